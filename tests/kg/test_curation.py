"""Curation: accept, reject, edit and retract, the record of who and when (queried with plain SPARQL), and
refused changes that leave the store exactly as it was."""

from __future__ import annotations

import datetime as dt

import pytest
from rdflib.namespace import RDF

from claimgraph.claims.errors import ClaimStatusError, InputError
from claimgraph.kg.errors import NotFoundError, ValidationError
from claimgraph.claims.model import Money
from claimgraph.claims.times import parse_time
from claimgraph.kg import curation, resources
from claimgraph.kg.curation import Edit, curate
from claimgraph.kg.ingest import ingest, validate
from claimgraph.kg.mapping import DEFAULT
from claimgraph.kg.namespaces import CG, STATUS, claim_iri
from claimgraph.kg.reviews import add_review
from claimgraph.kg.store import Store
from tests.conftest import snapshot
from tests.kg.test_ingest import PUBLISHED, TEXT

WHEN = dt.datetime(2025, 5, 3, 9, 30, tzinfo=dt.timezone.utc)

RECORDS = """
SELECT ?action ?curator ?when ?before ?after ?note WHERE {
  ?record a prov:Activity ; cg:curated <%s> ; cg:action ?action ; prov:wasAssociatedWith/schema:name ?curator ;
          prov:endedAtTime ?when ; cg:statusBefore ?b ; cg:statusAfter ?a .
  OPTIONAL { ?record rdfs:comment ?note }
  BIND (STRAFTER(STR(?b), "#") AS ?before) BIND (STRAFTER(STR(?a), "#") AS ?after)
} ORDER BY ?when ?action
"""


@pytest.fixture
def candidates(built_store: Store) -> dict[str, str]:
    """The bundled claims plus the candidates of a short article; candidate ids by type."""
    return {claim.type: claim.id for claim in ingest(built_store, TEXT, PUBLISHED).claims}


def _status(store: Store, claim_id: str) -> str:
    return resources.get_claim(store, claim_id)["status"]


def test_accept_makes_a_candidate_unverified_and_is_recorded(built_store: Store, candidates: dict[str, str]) -> None:
    claim = candidates["valuation"]
    record = curate(built_store, claim, "accept", "Ann Curator", note="matches the filing", now=WHEN)
    assert _status(built_store, claim) == "unverified"
    rows = built_store.select(RECORDS % claim_iri(claim))
    assert [(r["action"], r["curator"], r["before"], r["after"], r["note"]) for r in rows] == [
        ("accept", "Ann Curator", "candidate", "unverified", "matches the filing")
    ]
    assert rows[0]["when"] == WHEN and record["date"] == WHEN.isoformat()
    assert curation.history(built_store, claim) == [record]


def test_a_rejected_candidate_stays_on_record(built_store: Store, candidates: dict[str, str]) -> None:
    claim = candidates["location"]
    curate(built_store, claim, "reject", "Ann Curator", note="an aside, not the point", now=WHEN)
    assert _status(built_store, claim) == "rejected"
    listed = resources.find_claims(built_store, resources.ClaimFilter(status="rejected")).items
    assert [item["id"] for item in listed] == [claim]
    before = snapshot(built_store)
    for action in ("accept", "edit"):
        with pytest.raises(ClaimStatusError, match="is rejected"):
            curate(built_store, claim, action, "Bob", edit=Edit(statement="Nimbus Labs is in Leeds."))
    assert snapshot(built_store) == before


def test_a_reviewed_claim_cannot_be_curated(built_store: Store) -> None:
    add_review(built_store, "uk-ai-sector-vc-funding-2024", "true", "Dealroom says so.", [], "Rev")
    before = snapshot(built_store)
    with pytest.raises(ClaimStatusError):
        curate(built_store, "uk-ai-sector-vc-funding-2024", "reject", "Ann")
    assert snapshot(built_store) == before


def test_edit_changes_only_the_edited_fields_and_records_old_and_new(built_store: Store) -> None:
    """Editing a curated claim's statement rewrites that one triple; everything else stays as it was."""
    claim = "uk-ai-sector-vc-funding-2024"
    old = resources.get_claim(built_store, claim)["statement"]
    before = snapshot(built_store)
    curate(built_store, claim, "edit", "Ann Curator", edit=Edit(statement="UK AI start-ups raised £4.7bn in 2024."), now=WHEN)
    after = snapshot(built_store)
    iri = claim_iri(claim)
    removed, added = before - after, after - before
    assert {(s, p, str(o)) for s, p, o, _ in removed} == {(iri, CG.statement, old)}
    assert (iri, CG.statement, "UK AI start-ups raised £4.7bn in 2024.") in {(s, p, str(o)) for s, p, o, _ in added}
    changes = built_store.select(
        f"""SELECT ?field ?old ?new WHERE {{ ?r cg:curated <{iri}> ; cg:action "edit" ; cg:change ?c .
              ?c cg:field ?field ; cg:oldValue ?old ; cg:newValue ?new }}"""
    )
    assert changes == [{"field": "statement", "old": old, "new": "UK AI start-ups raised £4.7bn in 2024."}]
    assert all(s == iri and p == CG.statement or str(s).startswith("https://w3id.org/claimgraph/id/curation/") for s, p, _, _ in added)


def test_edit_any_field(built_store: Store, candidates: dict[str, str]) -> None:
    claim = candidates["funding"]
    edit = Edit(
        type="investment", subject="uk-ai-sector", predicate="investmentAmount", claimant="Sifted",
        money=Money("EUR", minimum=4e7, maximum=5e7, approximate=True), time=parse_time("2024-12", "last December"),
        hedges=("roughly",), quote="Nimbus Labs raised £40m last year",
    )  # fmt: skip
    record = curate(built_store, claim, "edit", "Ann", edit=edit)
    assert {c["field"] for c in record["changes"]} == {"type", "subject", "predicate", "object", "claimant", "time", "hedges", "anchor"}
    stored = resources.claim_details(built_store, claim)
    assert stored["type"] == "investment" and stored["subject"]["id"] == "uk-ai-sector" and stored["claimant"]["id"] == "sifted"
    assert stored["value"] == {"kind": "money", "currency": "EUR", "amount": None, "minimum": 4e7, "maximum": 5e7, "approximate": True}
    assert stored["time_about"]["value"] == "2024-12" and stored["time_about"]["expression"] == "last December"
    assert stored["hedges"] == ["roughly"] and stored["status"] == "candidate"
    start = TEXT.index("Nimbus Labs raised £40m last year")
    assert (stored["anchor"]["start"], stored["anchor"]["end"], stored["anchor"]["exact"]) == (start, start + 33, TEXT[start : start + 33])


def test_edit_proposes_an_entity_for_a_new_name(built_store: Store, candidates: dict[str, str]) -> None:
    record = curate(built_store, candidates["valuation"], "edit", "Ann", edit=Edit(object="Northwall Capital", predicate="fundedBy"))
    assert resources.get_claim(built_store, candidates["valuation"])["object"]["label"] == "Northwall Capital"
    entity = resources.get_entity(built_store, "northwall-capital")
    assert entity["type"] == "investor"
    generated = built_store.select(f"SELECT ?e WHERE {{ <{record['iri']}> prov:generated ?e }}")
    assert [str(row["e"]) for row in generated] == [entity["iri"]]


@pytest.mark.parametrize(
    "edit",
    [
        Edit(start=0, end=40, quote="Nimbus Labs raised £40m last year"),  # the quote is not what the offsets hold
        Edit(start=100, end=len(TEXT) + 5),  # past the end of the text
        Edit(start=50, end=50),  # empty
        Edit(predicate="notAProperty"),  # undeclared
        Edit(money=Money("XYZ", amount=1.0)),  # not an ISO 4217 code
    ],
)
def test_edits_that_break_a_shape_change_nothing(built_store: Store, candidates: dict[str, str], edit: Edit) -> None:
    before = snapshot(built_store)
    with pytest.raises(ValidationError):
        curate(built_store, candidates["funding"], "edit", "Ann", edit=edit)
    assert snapshot(built_store) == before


@pytest.mark.parametrize(
    ("action", "edit", "message"),
    [
        ("edit", None, "at least one field"),
        ("edit", Edit(statement="   "), "must not be blank"),
        ("edit", Edit(type="gossip"), "unknown claim type"),
        ("edit", Edit(quote="not in the article at all"), "is not in the document"),
        ("edit", Edit(object="Dealroom", money=Money("USD", amount=1.0)), "one object"),
        ("edit", Edit(start=-1), "must not be negative"),
        ("approve", None, "unknown curation action"),
    ],
)
def test_bad_curation_is_one_clear_error(built_store: Store, candidates: dict[str, str], action: str, edit: Edit | None, message: str) -> None:
    before = snapshot(built_store)
    with pytest.raises(InputError, match=message):
        curate(built_store, candidates["funding"], action, "Ann", edit=edit)
    assert snapshot(built_store) == before


def test_an_edit_that_changes_nothing_is_refused(built_store: Store, candidates: dict[str, str]) -> None:
    statement = resources.get_claim(built_store, candidates["funding"])["statement"]
    with pytest.raises(InputError, match="changes nothing"):
        curate(built_store, candidates["funding"], "edit", "Ann", edit=Edit(statement=statement))


def test_unknown_claims_and_curators(built_store: Store, candidates: dict[str, str]) -> None:
    for claim in ("no-such-claim", "bad id>"):
        with pytest.raises(NotFoundError):
            curate(built_store, claim, "accept", "Ann")
        with pytest.raises(NotFoundError):
            curation.history(built_store, claim)
    with pytest.raises(InputError, match="curator"):
        curate(built_store, candidates["funding"], "accept", "  ")


def test_history_is_newest_first(built_store: Store, candidates: dict[str, str]) -> None:
    claim = candidates["funding"]
    curate(built_store, claim, "edit", "Ann", edit=Edit(hedges=("reportedly",)), now=WHEN)
    curate(built_store, claim, "accept", "Bob", now=WHEN)
    curate(built_store, claim, "retract", "Cy", note="duplicate of a curated claim", now=WHEN + dt.timedelta(hours=1))
    assert [(r["action"], r["curator"]) for r in curation.history(built_store, claim)] == [("retract", "Cy"), ("accept", "Bob"), ("edit", "Ann")]
    assert _status(built_store, claim) == "retracted"


def test_retraction_keeps_the_claims_triples_and_records_the_reason(built_store: Store) -> None:
    claim = "openai-valuation-300bn"
    add_review(built_store, claim, "mixed", "One source only.", [], "Rev")
    iri = claim_iri(claim)
    before = snapshot(built_store)
    record = curate(built_store, claim, "retract", "Ed", note="the article was corrected", now=WHEN)
    after = snapshot(built_store)
    status = (iri, CG.status)
    assert {q for q in before - after} == {q for q in before if q[:2] == status}, "only the status is taken away"
    assert {q[:3] for q in after - before if q[:2] == status} == {(iri, CG.status, STATUS.retracted)}
    assert (record["status_before"], record["status_after"], record["note"]) == ("reviewed", "retracted", "the article was corrected")
    rows = built_store.select(RECORDS % iri)
    assert [(r["action"], r["curator"], r["before"], r["after"], r["note"]) for r in rows] == [
        ("retract", "Ed", "reviewed", "retracted", "the article was corrected")
    ]


def test_a_candidate_cannot_be_retracted_nor_anything_without_a_reason(built_store: Store, candidates: dict[str, str]) -> None:
    before = snapshot(built_store)
    with pytest.raises(ClaimStatusError, match="is candidate; only a claim that is unverified, in_review or reviewed can be retracted"):
        curate(built_store, candidates["funding"], "retract", "Ed", note="never mind")
    with pytest.raises(InputError, match="needs a reason"):
        curate(built_store, "openai-valuation-300bn", "retract", "Ed", note="  ")
    assert snapshot(built_store) == before


def test_a_retracted_claim_is_not_curated_again(built_store: Store) -> None:
    curate(built_store, "openai-valuation-300bn", "retract", "Ed", note="withdrawn by the paper")
    before = snapshot(built_store)
    for action in ("accept", "reject", "retract"):
        with pytest.raises(ClaimStatusError, match="is retracted"):
            curate(built_store, "openai-valuation-300bn", action, "Ed", note="again")
    assert snapshot(built_store) == before


def test_the_shapes_want_a_retractions_reason() -> None:
    """Whoever writes a retraction record (a SPARQL update too) must give its reason."""
    claim, record = claim_iri("openai-valuation-300bn"), curation.curation_iri("openai-valuation-300bn", 1)
    typed = [(claim, RDF.type, CG.Claim, DEFAULT)]
    validate(curation.curation_quads(record, claim, "retract", "unverified", "retracted", "Ed", WHEN, "a reason", [], []), typed)
    with pytest.raises(ValidationError, match="a retraction needs its reason"):
        validate(curation.curation_quads(record, claim, "retract", "unverified", "retracted", "Ed", WHEN, None, [], []), typed)
