"""Editors' SPARQL updates: the lifecycle is checked in the write path, and every update is on record
with its agent, its text and the quads it added and removed."""

from __future__ import annotations

import datetime as dt

import pytest

from claimgraph.claims.errors import ClaimStatusError, InputError
from claimgraph.kg import history, reviews
from claimgraph.kg.curation import curate
from claimgraph.kg.ingest import ingest
from claimgraph.kg.namespaces import claim_iri
from claimgraph.kg.store import Store, insert_data
from claimgraph.kg.updates import validated_update
from tests.faults.test_atomicity import dump
from tests.kg.test_ingest import PUBLISHED, TEXT

ACCEPTED = "openai-valuation-300bn"
WHEN = dt.datetime(2026, 2, 3, 4, 5, 6, tzinfo=dt.timezone.utc)


@pytest.fixture
def off_record(built_store: Store) -> dict[str, str]:
    """The bundled claims, and the candidates of a short article: one left a candidate, one rejected."""
    candidate, rejected, *_ = [claim.id for claim in ingest(built_store, TEXT, PUBLISHED).claims]
    curate(built_store, rejected, "reject", "Ann", note="not a claim")
    return {"candidate": candidate, "rejected": rejected}


def _review_insert(claim_id: str) -> str:
    review = reviews.review_iri(claim_id, 1)
    quads = reviews.review_quads(
        review, claim_iri(claim_id), reviews.scale().verdicts["true"], "looks right", [], "Ed", WHEN, None, None
    )  # fmt: skip
    return insert_data(quads)


@pytest.mark.parametrize("status", ["candidate", "rejected"])
def test_a_review_inserted_over_sparql_for_a_claim_off_the_record_is_refused(built_store: Store, off_record: dict[str, str], status: str) -> None:
    before = dump(built_store)
    with pytest.raises(ClaimStatusError, match=f"is {status}: only a claim on the record can be reviewed"):
        validated_update(built_store, _review_insert(off_record[status]), agent="Ed")
    assert dump(built_store) == before


@pytest.mark.parametrize(
    "status,new",
    [("candidate", "reviewed"), ("rejected", "reviewed"), ("rejected", "unverified"), ("candidate", "retracted")],
)
def test_a_status_change_the_lifecycle_does_not_allow_is_refused(built_store: Store, off_record: dict[str, str], status: str, new: str) -> None:
    claim = claim_iri(off_record[status])
    before = dump(built_store)
    with pytest.raises(ClaimStatusError, match=f"cannot go from {status} to {new}"):
        validated_update(built_store, f"DELETE {{ <{claim}> cg:status ?s }} INSERT {{ <{claim}> cg:status cgs:{new} }} WHERE {{ <{claim}> cg:status ?s }}", agent="Ed")
    assert dump(built_store) == before


def test_a_new_claim_cannot_enter_already_reviewed(built_store: Store, off_record: dict[str, str]) -> None:
    """Copying a claim's description under a new IRI with status reviewed skips the lifecycle."""
    before = dump(built_store)
    copy = f"""INSERT {{ claim:copy ?p ?o . claim:copy cg:status cgs:reviewed }}
               WHERE {{ <{claim_iri(off_record["candidate"])}> ?p ?o FILTER (?p != cg:status) }}"""
    with pytest.raises(ClaimStatusError, match="from nothing to reviewed"):
        validated_update(built_store, copy, agent="Ed")
    assert dump(built_store) == before


def test_allowed_changes_go_through_and_a_review_of_an_accepted_claim_is_allowed(built_store: Store, off_record: dict[str, str]) -> None:
    claim = claim_iri(off_record["candidate"])
    validated_update(built_store, f"DELETE DATA {{ <{claim}> cg:status cgs:candidate }} ; INSERT DATA {{ <{claim}> cg:status cgs:unverified }}", agent="Ed")
    validated_update(built_store, _review_insert(ACCEPTED), agent="Ed")
    assert [item["verdict"] for item in reviews.history(built_store, ACCEPTED)] == ["true"]


def test_an_update_is_on_record_with_its_agent_text_and_diff(built_store: Store) -> None:
    claim = claim_iri(ACCEPTED)
    text = f'DELETE {{ <{claim}> cg:statement ?s }} INSERT {{ <{claim}> cg:statement "OpenAI was valued at $300bn." }} WHERE {{ <{claim}> cg:statement ?s }}'
    validated_update(built_store, text, agent="Eve Editor", now=WHEN)
    (item,) = history.activities(built_store, since=WHEN)["items"]
    assert (item["kind"], item["agent"], item["time"]) == ("sparql_update", "Eve Editor", WHEN.isoformat())
    assert [c["id"] for c in item["claims"]] == [ACCEPTED]
    assert item["update"]["text"] == text
    assert item["update"]["added"] == f'<{claim}> <https://w3id.org/claimgraph/ns#statement> "OpenAI was valued at $300bn." .\n'
    assert item["update"]["removed"] == f'<{claim}> <https://w3id.org/claimgraph/ns#statement> "OpenAI reached a valuation of 300 billion US dollars in 2025." .\n'
    plain = built_store.select(
        "SELECT ?who ?text ?added WHERE { ?u a cg:SparqlUpdate ; prov:wasAssociatedWith/schema:name ?who ; cg:updateText ?text ; cg:added ?added ; cg:touched ?claim }"
    )
    assert [(row["who"], row["text"]) for row in plain] == [("Eve Editor", text)], "the record is plain SPARQL"


def test_an_update_that_changes_nothing_records_nothing_and_one_needs_an_agent(built_store: Store) -> None:
    before = dump(built_store)
    validated_update(built_store, "DELETE DATA { <urn:nothing> <urn:here> <urn:at-all> }", agent="Ed")
    assert dump(built_store) == before
    with pytest.raises(InputError, match="editor's name"):
        validated_update(built_store, "INSERT DATA { <urn:a> rdfs:comment 'x' }", agent=" ")
    assert dump(built_store) == before


def test_a_review_with_a_blank_node_for_a_claim_off_the_record_is_refused(built_store: Store, off_record: dict[str, str]) -> None:
    claim = claim_iri(off_record["candidate"])
    before = dump(built_store)
    with pytest.raises(ClaimStatusError, match="is candidate"):
        validated_update(built_store, f'INSERT DATA {{ [] a schema:ClaimReview ; schema:itemReviewed <{claim}> ; schema:reviewBody "ok" }}', agent="Ed")
    assert dump(built_store) == before


def test_odd_statuses_and_reviews_are_judged_not_crashed_on(built_store: Store, off_record: dict[str, str]) -> None:
    """A status on a blank node, or a review of a literal, is no claim's business: the shapes judge such data."""
    validated_update(built_store, "INSERT DATA { [] cg:status cgs:reviewed . [] a schema:ClaimReview ; schema:itemReviewed 'a claim' }", agent="Ed")


def test_an_ill_typed_boolean_is_refused_as_the_store_would_hold_it(store: Store, mini) -> None:
    """rdflib reads "none"^^xsd:boolean as "false"; validation must see what the store would hold."""
    from claimgraph.kg.build import build
    from claimgraph.kg.errors import ValidationError

    build(store, [mini])
    claim = claim_iri("zephyr-valuation-2024")
    approximate, boolean = "<https://w3id.org/claimgraph/ns#approximate>", "<http://www.w3.org/2001/XMLSchema#boolean>"
    before = dump(store)
    with pytest.raises(ValidationError, match="cg:approximate: value must be a literal of datatype xsd:boolean"):
        validated_update(store, f'DELETE DATA {{ GRAPH <{claim}> {{ <{claim}#value> {approximate} true }} }} ; '
                                f'INSERT DATA {{ GRAPH <{claim}> {{ <{claim}#value> {approximate} "none"^^{boolean} }} }}', agent="Ed")
    assert dump(store) == before
