"""Entity resolution: links proposed at ingest with their evidence, a merge that re-points every claim and can be
undone, a refusal that holds, and requests refused without a trace."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Literal as RdfLiteral
from rdflib.namespace import RDF, RDFS

from claimgraph.claims.errors import InputError
from claimgraph.kg import history, resolution
from claimgraph.kg.curation import Edit, curate
from claimgraph.kg.errors import ConflictError, NotFoundError, ValidationError
from claimgraph.kg.ingest import ingest
from claimgraph.kg.mapping import DEFAULT
from claimgraph.kg.namespaces import BASE, CG, entity_iri
from claimgraph.kg.store import Store, insert_data
from claimgraph.kg.updates import validated_update
from tests.conftest import ingest_veloria, snapshot

VELORIA, BRITAIN = "veloria-robotics--veloria", "united-kingdom--britain"


def _names(store: Store, entity: str) -> set[str]:
    rows = store.select(f"SELECT ?name WHERE {{ <{entity_iri(entity)}> rdfs:label|skos:altLabel ?name }}")
    return {str(row["name"]) for row in rows}


def _naming(store: Store, entity: str) -> set[tuple]:
    """The quads that name an entity, apart from the records of writes and the proposals."""
    iri = entity_iri(entity)
    return {
        quad for quad in store.quads()
        if iri in (quad[0], quad[2]) and not str(quad[0]).startswith((f"{BASE}link/", f"{BASE}resolution/", f"{BASE}ingestion/"))
    }  # fmt: skip


def _without_resolution_records(quads: set[tuple]) -> set[tuple]:
    return {quad for quad in quads if not str(quad[0]).startswith(f"{BASE}resolution/")}


def test_ingest_proposes_the_links_with_their_evidence(store: Store) -> None:
    first, second = ingest_veloria(store, accept=False)
    assert first.same_as == ()  # nothing to link to yet
    assert {link.id: link.evidence for link in second.same_as} == {
        VELORIA: ("names 'veloria robotics' and 'veloria' are 100% alike (token set ratio)", "both are of type firm"),
        BRITAIN: ("both are names of United Kingdom (country names table)", "both are of type country"),
    }
    listed = {item["id"]: item for item in resolution.proposals(store)}
    assert set(listed) == {VELORIA, BRITAIN}
    assert listed[VELORIA]["status"] == "proposed" and listed[VELORIA]["kept"] == {"id": "veloria-robotics", "label": "Veloria Robotics"}
    assert listed[VELORIA]["similarity"] == 100
    # two documents' anonymous sources are never proposed as one: they belong to their documents
    assert not any("people" in item["id"] for item in listed.values())


def test_a_merge_re_points_every_claim_keeps_the_label_and_is_recorded(store: Store) -> None:
    _, second = ingest_veloria(store)
    about_veloria = {claim.id for claim in second.claims if claim.subject == "veloria"}
    assert about_veloria
    result = resolution.confirm(store, VELORIA, "ann", note="the same firm")
    assert result["status"] == "confirmed" and [d["action"] for d in result["decisions"]] == ["merge"]
    assert _names(store, "veloria-robotics") == {"Veloria Robotics", "Veloria"}
    assert _naming(store, "veloria") == set()  # no claim, value or document names the merged entity any more
    subjects = store.select("SELECT ?claim ?subject WHERE { ?claim a cg:Claim ; schema:about ?subject }")
    for row in subjects:
        if row["claim"].rsplit("/", 1)[-1] in about_veloria:
            assert row["subject"] == str(entity_iri("veloria-robotics"))
    asserted = store.select(f"SELECT ?g WHERE {{ GRAPH ?g {{ <{entity_iri('veloria-robotics')}> ?p ?o }} }}")
    assert {row["g"].rsplit("/", 1)[-1] for row in asserted} >= about_veloria  # the assertion graphs too
    (record,) = [item for item in history.activities(store)["items"] if item["kind"] == "entity_resolution"]
    assert record["agent"] == "ann" and record["action"] == "merge" and record["note"] == "the same firm"
    assert {claim["id"] for claim in record["claims"]} == about_veloria
    # the next document that says "Veloria" links to the kept entity, and proposes nothing
    third = ingest(store, "Veloria was valued at $500m in March, according to Tallyfield Data.", "2025-06-01", title="Veloria again")
    assert "veloria-robotics" in third.linked and "veloria" not in {e.id for e in third.proposed} and not third.same_as


def test_undo_gives_back_the_store_as_it_was(store: Store) -> None:
    ingest_veloria(store)
    before = snapshot(store)
    resolution.confirm(store, VELORIA, "ann")
    undone = resolution.undo(store, VELORIA, "ann")
    assert undone["status"] == "proposed" and [d["action"] for d in undone["decisions"]] == ["merge", "undo"]
    assert _without_resolution_records(snapshot(store)) == before
    assert resolution.confirm(store, VELORIA, "bob")["status"] == "confirmed"  # and it can be decided again


def test_a_refused_link_is_never_proposed_again(store: Store) -> None:
    ingest_veloria(store)
    assert resolution.refuse(store, BRITAIN, "ann", note="kept apart")["status"] == "refused"
    scanned = {frozenset((link.kept, link.other)) for link in resolution.scan(store, "ann")}
    assert frozenset(("united-kingdom", "britain")) not in scanned
    assert {item["id"] for item in resolution.proposals(store, "refused")} == {BRITAIN}
    assert {item["id"] for item in resolution.proposals(store, "proposed")} == {VELORIA}
    # the same three names in a new document link to the entities as they are, and propose nothing new
    report = ingest(store, "Britain and the United Kingdom are one country.", "2025-06-02", title="Names")
    assert not report.same_as


def test_scan_proposes_across_the_store_once(store: Store) -> None:
    ingest(store, "Anthropic raised $13bn last month, the company said.", "2025-09-01", title="A")
    ingest(store, "Anthropic PBC was valued at $183bn, the company said.", "2025-09-02", title="B")
    pending = {item["id"] for item in resolution.proposals(store)}
    assert "anthropic--anthropic-pbc" in pending
    assert resolution.scan(store, "ann") == []  # everything worth proposing was proposed at ingest


@pytest.mark.parametrize(
    "call",
    [
        lambda store: resolution.confirm(store, "no-such--link", "ann"),
        lambda store: resolution.confirm(store, "<bad>", "ann"),
        lambda store: resolution.confirm(store, VELORIA, "  "),
        lambda store: resolution.undo(store, VELORIA, "ann"),  # not confirmed: nothing to undo
        lambda store: resolution.proposals(store, "maybe"),
    ],
)
def test_a_refused_request_changes_nothing(store: Store, call) -> None:
    ingest_veloria(store)
    before = snapshot(store)
    with pytest.raises((NotFoundError, InputError)):
        call(store)
    assert snapshot(store) == before


def test_decisions_are_taken_once(store: Store) -> None:
    ingest_veloria(store)
    resolution.confirm(store, VELORIA, "ann")
    resolution.refuse(store, BRITAIN, "ann")
    before = snapshot(store)
    for call in (resolution.confirm, resolution.refuse):
        for link in (VELORIA, BRITAIN):
            with pytest.raises(ConflictError):
                call(store, link, "bob")
    assert snapshot(store) == before


def test_undo_is_refused_once_what_the_merge_wrote_has_changed(store: Store) -> None:
    _, second = ingest_veloria(store)
    resolution.confirm(store, VELORIA, "ann")
    claim = next(claim.id for claim in second.claims if claim.subject == "veloria" and claim.type == "funding")
    curate(store, claim, "edit", "ann", edit=Edit(subject="Hensor Agritech"))  # the subject the merge set, changed
    before = snapshot(store)
    with pytest.raises(ConflictError, match="changed since"):
        resolution.undo(store, VELORIA, "ann")
    assert snapshot(store) == before


def test_undo_keeps_an_edit_that_left_the_merge_alone(store: Store) -> None:
    _, second = ingest_veloria(store)
    resolution.confirm(store, VELORIA, "ann")
    claim = next(claim.id for claim in second.claims if claim.subject == "veloria" and claim.type == "funding")
    curate(store, claim, "edit", "ann", edit=Edit(statement="Veloria raised 40 million dollars."))
    resolution.undo(store, VELORIA, "ann")
    (row,) = store.select(f"SELECT ?subject ?statement WHERE {{ <{BASE}claim/{claim}> schema:about ?subject ; cg:statement ?statement }}")
    assert (row["subject"], row["statement"]) == (str(entity_iri("veloria")), "Veloria raised 40 million dollars.")


def test_a_merged_entity_cannot_be_merged_again(store: Store) -> None:
    """A second proposal naming an entity merged away is refused with a reason, not applied to nothing."""
    ingest(store, "Veloria Robotics raised $40m, the company said.", "2025-05-01", title="one")
    ingest(store, "Veloria raised $40m, the company said.", "2025-05-02", title="two")
    ingest(store, "Veloria Robotics Group raised $40m, the company said.", "2025-05-03", title="three")  # "Ltd" would be dropped
    pending = {item["id"] for item in resolution.proposals(store)}
    assert {"veloria-robotics--veloria", "veloria-robotics--veloria-robotics-group", "veloria--veloria-robotics-group"} <= pending
    resolution.confirm(store, "veloria-robotics--veloria", "ann")
    before = snapshot(store)
    with pytest.raises(ConflictError, match="no longer stored"):
        resolution.confirm(store, "veloria--veloria-robotics-group", "ann")
    assert snapshot(store) == before


def _candidate(entity_id: str, kind: str, label: str, *aliases: str) -> resolution.Candidate:
    return resolution._candidate(entity_id, kind, label, list(aliases))


@pytest.mark.parametrize(
    ("kept", "other", "proposed"),
    [
        (("anthropic", "firm", "Anthropic"), ("anthropic-pbc", "firm", "Anthropic PBC"), True),
        (("uk", "country", "the UK"), ("britain", "country", "Britain"), True),
        (("united-kingdom", "country", "United Kingdom"), ("uk", "country", "the UK"), True),
        (("uk", "country", "UK"), ("us", "country", "US"), False),
        (("veloria", "firm", "Veloria"), ("veloria-capital", "investor", "Veloria Capital"), False),  # another type
        (("ai-lab", "institution", "AI Lab"), ("ai-council", "institution", "AI Council"), False),  # only a short word shared
        (("orbit", "firm", "Orbit Labs", "Orbital"), ("orbital", "firm", "Orbital"), True),  # a shared name
    ],
)
def test_evidence(kept: tuple[str, ...], other: tuple[str, ...], proposed: bool) -> None:
    found = resolution.propose([_candidate(*other)], [_candidate(*kept)], set())
    assert bool(found) is proposed, found


_LABELS = st.text(alphabet=st.sampled_from("abcdeklmnorsuvUKB "), min_size=1, max_size=24).filter(str.strip)
_TYPES = st.sampled_from(["firm", "country", "investor", "anonymous_source"])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_TYPES, _LABELS), min_size=2, max_size=8))
def test_proposals_join_only_entities_of_one_type_never_anonymous_and_never_twice(entities: list[tuple[str, str]]) -> None:
    candidates = [_candidate(f"e{number}", kind, label) for number, (kind, label) in enumerate(entities)]
    found = resolution.propose(candidates, [], set())
    kinds = {candidate.id: candidate.type for candidate in candidates}
    pairs = [frozenset((link.kept, link.other)) for link in found]
    assert len(pairs) == len(set(pairs))
    for link in found:
        assert kinds[link.kept] == kinds[link.other] != "anonymous_source" and link.evidence
    asked = set(pairs)
    assert resolution.propose(candidates, [], asked) == []  # nothing is proposed twice


def test_a_merge_that_would_break_a_shape_is_refused(store: Store) -> None:
    """An alias must be a plain string: a label with a language tag cannot become one, so the merge is refused."""
    quads = []
    for entity, label in (("veloria-robotics", RdfLiteral("Veloria Robotics")), ("veloria", RdfLiteral("Veloria", lang="en"))):
        quads += [(entity_iri(entity), RDF.type, CG.Entity, DEFAULT), (entity_iri(entity), RDF.type, CG.Firm, DEFAULT),
                  (entity_iri(entity), RDFS.label, label, DEFAULT)]  # fmt: skip
    store.update(insert_data(quads))
    (link,) = resolution.scan(store, "ann")
    before = snapshot(store)
    with pytest.raises(ValidationError, match="altLabel"):
        resolution.confirm(store, link.id, "ann")
    assert snapshot(store) == before


def test_merge_and_undo_on_both_kinds_of_store(any_store: Store) -> None:
    """The embedded store and a remote one over SPARQL 1.1 merge and undo alike."""
    ingest_veloria(any_store)
    before = snapshot(any_store)
    resolution.confirm(any_store, BRITAIN, "ann")
    assert _names(any_store, "united-kingdom") == {"United Kingdom", "Britain"} and _naming(any_store, "britain") == set()
    resolution.undo(any_store, BRITAIN, "ann")
    assert _without_resolution_records(snapshot(any_store)) == before


def test_every_name_of_a_known_entity_is_compared() -> None:
    """A name the two share is found whichever of the known entity's names it is (its label, not only its last alias)."""
    known = [_candidate("openai", "firm", "OpenAI", "Open AI Global LLC")]
    (proposal,) = resolution.propose([_candidate("openai-2", "firm", "OpenAI")], known, set())
    assert (proposal.kept, proposal.other) == ("openai", "openai-2")


@pytest.mark.parametrize("change", [
    'DELETE WHERE {{ <{link}> cg:linkStatus ?status }} ; INSERT DATA {{ <{link}> cg:linkStatus "refused" }}',
    'DELETE WHERE {{ <{link}> ?p ?o }}',
    'INSERT DATA {{ <{link}> cg:similarity 1 }}',
])  # fmt: skip
def test_an_editor_cannot_decide_a_link_over_sparql(store: Store, change: str) -> None:
    """A proposal's status is set by confirm, refuse and undo alone, each recorded with its activity."""
    ingest_veloria(store, accept=False)
    before = snapshot(store)
    with pytest.raises(ValidationError, match="written by the service alone"):
        validated_update(store, change.format(link=f"{BASE}link/{VELORIA}"), agent="eddie")
    assert snapshot(store) == before
    assert {item["status"] for item in resolution.proposals(store)} == {"proposed"}
