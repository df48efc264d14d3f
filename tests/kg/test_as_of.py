"""The record as of a time: every write dates the claims it puts on the record or takes off, and reads as of a time
see the claims, reviews and statuses of then."""

from __future__ import annotations

import datetime as dt

import pytest

from claimgraph.claims.model import ClaimSet
from claimgraph.kg import projection, reviews
from claimgraph.kg.build import build
from claimgraph.kg.curation import curate
from claimgraph.kg.errors import ValidationError
from claimgraph.kg.ingest import ingest
from claimgraph.kg.store import Store
from claimgraph.kg.updates import validated_update
from tests.conftest import snapshot
from tests.kg.test_ingest import PUBLISHED, TEXT

DAY = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.timezone.utc)
REVIEWED = "openai-valuation-300bn"
RETRACTED = "uk-ai-sector-vc-funding-2024"


def _at(hours: float) -> dt.datetime:
    return DAY + dt.timedelta(hours=hours)


@pytest.fixture
def history_store(store: Store, bundled: ClaimSet) -> Store:
    """Built at hour 0, one claim reviewed at hour 1 and again at hour 3, another retracted at hour 2."""
    build(store, [bundled], agent="Bea", now=_at(0))
    reviews.add_review(store, REVIEWED, "unverifiable", "Cannot tell yet.", [], "Ann", now=_at(1))
    curate(store, RETRACTED, "retract", "Ed", note="the publisher corrected it", now=_at(2))
    reviews.add_review(store, REVIEWED, "true", "The filing confirms it.", [], "Ann", now=_at(3))
    return store


def test_nothing_was_on_the_record_before_the_first_build(history_store: Store) -> None:
    assert projection.every_claim(history_store, as_of=_at(-1)) == {}
    assert projection.read_claims(history_store, [REVIEWED], as_of=_at(-1)) == {}


def test_the_record_between_writes_holds_what_was_on_it_then(history_store: Store, bundled: ClaimSet) -> None:
    everything = {claim.id for claim in bundled.claims}
    assert set(projection.every_claim(history_store, as_of=_at(0))) == everything, "the build's own instant counts"
    assert set(projection.every_claim(history_store, as_of=_at(1.5))) == everything
    assert set(projection.every_claim(history_store, as_of=_at(2))) == everything - {RETRACTED}
    assert set(projection.every_claim(history_store)) == everything - {RETRACTED}


def test_a_claims_review_and_status_are_those_of_the_time_asked(history_store: Store) -> None:
    seen = {}
    for hours in (0.5, 1, 2.5, 3):
        record = projection.every_claim(history_store, as_of=_at(hours))[REVIEWED]
        looked_up = projection.read_claims(history_store, [REVIEWED], as_of=_at(hours))[REVIEWED]
        assert looked_up == record, "the scan and the lookup agree"
        seen[hours] = (record.status, record.verdict)
    assert seen == {0.5: ("unverified", "none"), 1: ("in_review", "unverifiable"), 2.5: ("in_review", "unverifiable"), 3: ("reviewed", "true")}
    assert projection.every_claim(history_store)[REVIEWED].review == projection.every_claim(history_store, as_of=_at(4))[REVIEWED].review


def test_a_retracted_claim_reads_as_it_was_while_on_the_record(history_store: Store) -> None:
    (record,) = projection.read_claims(history_store, [RETRACTED], as_of=_at(1)).values()
    assert record.status == "unverified"
    assert projection.read_claims(history_store, [RETRACTED], as_of=_at(2)) == {}
    assert projection.read_claims(history_store, [RETRACTED])[RETRACTED].status == "retracted"


def test_a_rebuild_keeps_when_each_claim_entered(history_store: Store, bundled: ClaimSet) -> None:
    entries = "SELECT ?claim ?when WHERE { ?write cg:putOnRecord ?claim ; prov:endedAtTime ?when }"
    before = {(str(row["claim"]), str(row["when"])) for row in history_store.select(entries)}
    build(history_store, [bundled], agent="Bea", now=_at(5))
    after = {(str(row["claim"]), str(row["when"])) for row in history_store.select(entries)}
    assert before == after, "a rebuild puts nothing on the record again, not even the retracted claim"
    assert RETRACTED not in projection.every_claim(history_store, as_of=_at(5))


def test_accepting_a_candidate_is_when_it_enters(store: Store) -> None:
    report = ingest(store, TEXT, PUBLISHED, agent="Ian", now=_at(0))
    claim = report.claims[0].id
    assert projection.every_claim(store, as_of=_at(0)) == {}, "a candidate is not on the record"
    curate(store, claim, "accept", "Ann", now=_at(1))
    assert set(projection.every_claim(store, as_of=_at(1))) == {claim}
    assert projection.every_claim(store, as_of=_at(0.5)) == {}


def test_an_editors_update_is_dated_by_its_own_write(history_store: Store) -> None:
    validated_update(history_store, f"DELETE WHERE {{ claim:{REVIEWED} cg:status ?s }} ; INSERT DATA {{ claim:{REVIEWED} cg:status cgs:retracted }}",
                     agent="Eve", now=_at(6))  # fmt: skip
    assert REVIEWED in projection.every_claim(history_store, as_of=_at(5))
    assert REVIEWED not in projection.every_claim(history_store, as_of=_at(6))


@pytest.mark.parametrize(
    "update",
    [
        "DELETE WHERE { ?write cg:putOnRecord ?claim }",
        "DELETE { ?write prov:endedAtTime ?t } INSERT { ?write prov:endedAtTime '2020-01-01T00:00:00Z'^^xsd:dateTime } WHERE { ?write a cg:Build ; prov:endedAtTime ?t }",
        "INSERT DATA { <urn:x:write> a prov:Activity ; prov:endedAtTime '2020-01-01T00:00:00Z'^^xsd:dateTime ; cg:putOnRecord claim:uk-ai-sector-vc-funding-2024 }",
        "DELETE WHERE { ?write a cg:Curation ; ?p ?o }",
    ],
    ids=["entries", "a-writes-time", "a-made-up-write", "a-whole-write"],
)
def test_an_editor_cannot_rewrite_when_things_entered_the_record(history_store: Store, update: str) -> None:
    before = snapshot(history_store)
    with pytest.raises(ValidationError, match="written by the service alone"):
        validated_update(history_store, update, agent="Eve", now=_at(7))
    assert snapshot(history_store) == before


REMOTE_PORT = 18317


@pytest.fixture(scope="module")
def remote_store(tmp_path_factory) -> Store:
    """An ``oxigraph serve`` on a port of its own, as a remote store over SPARQL 1.1."""
    from bench.servers import oxigraph_binary, running
    from claimgraph.kg.store import open_store

    url = f"http://127.0.0.1:{REMOTE_PORT}"
    command = [oxigraph_binary(), "serve", "--bind", f"127.0.0.1:{REMOTE_PORT}", "--location", str(tmp_path_factory.mktemp("remote"))]
    with running(command, url, f"{url}/query?query=ASK%7B%7D"):
        opened = open_store(f"{url}/query", f"{url}/update")
        yield opened
        opened.close()


def test_a_remote_store_keeps_and_reads_the_same_times(remote_store: Store, bundled: ClaimSet) -> None:
    build(remote_store, [bundled], agent="Bea", now=_at(0))
    reviews.add_review(remote_store, REVIEWED, "false", "Wrong.", [], "Ann", now=_at(1))
    curate(remote_store, RETRACTED, "retract", "Ed", note="corrected", now=_at(2))
    assert projection.every_claim(remote_store, as_of=_at(-1)) == {}
    then = projection.every_claim(remote_store, as_of=_at(1.5))
    assert len(then) == len(bundled.claims) and (then[REVIEWED].status, then[REVIEWED].verdict) == ("reviewed", "false")
    assert set(projection.every_claim(remote_store, as_of=_at(2))) == set(then) - {RETRACTED}
    assert projection.read_claims(remote_store, [RETRACTED], as_of=_at(1.5))[RETRACTED].status == "unverified"
