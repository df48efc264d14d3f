"""The record of changes: every kind of write leaves an activity with its agent and time, read back newest first."""

from __future__ import annotations

import datetime as dt

import pytest

from claimgraph.claims.errors import InputError
from claimgraph.kg.errors import NotFoundError
from claimgraph.claims.model import ClaimSet
from claimgraph.kg import history, reviews
from claimgraph.kg.build import build
from claimgraph.kg.curation import curate
from claimgraph.kg.ingest import ingest
from claimgraph.kg.store import Store
from claimgraph.kg.updates import validated_update
from tests.kg.test_ingest import PUBLISHED, TEXT

DAY = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.timezone.utc)
CLAIM = "openai-valuation-300bn"


def _at(hours: int) -> dt.datetime:
    return DAY + dt.timedelta(hours=hours)


def test_build_and_ingest_are_on_record_with_their_agents(store: Store, bundled: ClaimSet) -> None:
    build(store, [bundled], agent="Bea Builder", now=_at(0))
    report = ingest(store, TEXT, PUBLISHED, agent="Ian Ingester", now=_at(1))
    items = history.activities(store)["items"]
    assert [(item["kind"], item["agent"], item["time"]) for item in items] == [
        ("ingest", "Ian Ingester", _at(1).isoformat()), ("build", "Bea Builder", _at(0).isoformat()),
    ]  # fmt: skip
    assert [d["id"] for d in items[0]["documents"]] == [report.document]
    assert sorted(c["id"] for c in items[0]["claims"]) == sorted(claim.id for claim in report.claims)
    assert [d["id"] for d in items[1]["documents"]] == [bundled.document.id] and items[1]["claims"] == []
    rows = store.select("SELECT ?who WHERE { ?build a cg:Build ; prov:wasAssociatedWith/schema:name ?who ; prov:endedAtTime ?t ; prov:used ?doc }")
    assert [row["who"] for row in rows] == ["Bea Builder"], "the record is plain SPARQL"


def test_a_claims_trail_is_every_write_that_touched_it_newest_first(store: Store, bundled: ClaimSet) -> None:
    build(store, [bundled], agent="Bea", now=_at(0))
    ingest(store, TEXT, PUBLISHED, agent="Ian", now=_at(1))
    reviews.add_review(store, CLAIM, "mixed", "One source.", [], "alice", display_name="Bob", now=_at(2))
    validated_update(store, f"INSERT DATA {{ claim:{CLAIM} cg:hedge 'reportedly' }}", agent="Eve", now=_at(3))
    curate(store, CLAIM, "retract", "Ed", note="corrected", now=_at(4))
    validated_update(store, "INSERT DATA { <urn:elsewhere> rdfs:comment 'not about the claim' }", agent="Eve", now=_at(5))
    trail = history.activities(store, claim_id=CLAIM)
    assert [(item["kind"], item["agent"]) for item in trail["items"]] == [
        ("curation", "Ed"), ("sparql_update", "Eve"), ("review", "alice"), ("build", "Bea"),
    ]  # fmt: skip
    assert trail["total"] == 4
    curation, update, review, _ = trail["items"]
    assert (curation["action"], curation["status_before"], curation["status_after"], curation["note"]) == ("retract", "reviewed", "retracted", "corrected")
    assert "'reportedly'" in update["update"]["text"] and "reportedly" in update["update"]["added"] and update["update"]["removed"] == ""
    assert (review["display_name"], review["verdict"], review["review"]["id"]) == ("Bob", "mixed", f"{CLAIM}--1")
    assert history.activities(store)["total"] == 6


def test_since_and_paging(store: Store, bundled: ClaimSet) -> None:
    build(store, [bundled], agent="Bea", now=_at(0))
    for hour in (1, 2, 3):
        validated_update(store, f"INSERT DATA {{ <urn:note:{hour}> rdfs:comment 'n' }}", agent=f"E{hour}", now=_at(hour))
    assert [item["agent"] for item in history.activities(store, since=_at(2))["items"]] == ["E3", "E2"]
    assert [item["agent"] for item in history.activities(store, since=history.parse_since("2026-03-02"))["items"]] == []
    page = history.activities(store, limit=2, offset=1)
    assert [item["agent"] for item in page["items"]] == ["E2", "E1"] and page["total"] == 4


@pytest.mark.parametrize("value", ["2026-13-01", "yesterday", "2026-03-01T25:00:00Z", "2026-03-01 10:00", "2026-03-01T10:00:00Z\n"])
def test_a_bad_since_is_one_clear_error(value: str) -> None:
    with pytest.raises(InputError, match="since"):
        history.parse_since(value)


def test_an_unknown_claim_has_no_trail(built_store: Store) -> None:
    with pytest.raises(NotFoundError):
        history.activities(built_store, claim_id="no-such-claim")
