"""Pledges: a due date only from a deadline in their own words, fulfilment states recorded by reviewers and kept as
history, ``overdue`` as a flag, all as of any time."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from claimgraph.claims.errors import ClaimStatusError, InputError
from claimgraph.claims.model import TimeRef
from claimgraph.kg import fulfilment, pledges
from claimgraph.kg.curation import Edit, curate
from claimgraph.kg.errors import NotFoundError, ValidationError
from claimgraph.kg.ingest import ingest
from claimgraph.kg.namespaces import CG
from claimgraph.kg.store import Store
from claimgraph.kg.updates import validated_update
from claimgraph.kg.validation import check
from tests.conftest import REPO, snapshot

ARTICLE = REPO / "tests" / "data" / "labelled" / "dutch-compute-pledge.txt"
DAY = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.timezone.utc)


def _at(hours: float) -> dt.datetime:
    return DAY + dt.timedelta(hours=hours)


@pytest.fixture
def pledged(store: Store) -> dict[str, str]:
    """The article ingested at hour 0; one of its two pledges due by 2027 edited to be due by 2025; every claim accepted
    at hour 1. The other is recorded partly kept at hour 2 and kept at hour 3; the one due by 2025 broken at hour 4; the
    one announced on Tuesday retracted at hour 5. Pledge ids by role."""
    report = ingest(store, ARTICLE.read_text(encoding="utf-8"), "2025-03-10", agent="Ian", now=_at(0))
    by_words: dict[str, list[str]] = {}
    for claim in report.claims:
        if claim.type == "pledge":
            by_words.setdefault(claim.about.expression or "", []).append(claim.id)
    future, past = by_words["by 2027"]
    curate(store, past, "edit", "Ed", edit=Edit(time=TimeRef("2025", "year", "by 2025")), now=_at(0.5))
    for claim in report.claims:
        curate(store, claim.id, "accept", "Ann", now=_at(1))
    ids = {"future": future, "past": past, "tuesday": by_words["Tuesday"][0], "none": by_words[""][0]}
    fulfilment.record_fulfilment(store, future, "partly_kept", "Half the budget is spent.", ["https://example.org/budget"], "Ann", "2026-02-15", now=_at(2))
    fulfilment.record_fulfilment(store, future, "kept", "The machine is running.", [], "Bo", now=_at(3))
    fulfilment.record_fulfilment(store, past, "broken", "Nothing was built by 2025.", [], "Ann", "2026-01-10", now=_at(4))
    curate(store, ids["tuesday"], "retract", "Ed", note="a duplicate", now=_at(5))
    return ids


def _read(store: Store, when: dt.datetime | None, **kwargs: object) -> dict[str, pledges.Pledge]:
    return {pledge.record.id: pledge for pledge in pledges.pledges(store, when, **kwargs)}


def test_candidates_are_no_pledges_yet(store: Store, pledged: dict[str, str]) -> None:
    assert _read(store, _at(0.5)) == {}


def test_a_due_date_only_where_the_words_set_a_deadline(store: Store, pledged: dict[str, str]) -> None:
    found = _read(store, _at(1.5))
    assert (found[pledged["future"]].due, found[pledged["future"]].record.about.precision) == (dt.date(2027, 12, 31), "year")
    assert found[pledged["past"]].due == dt.date(2025, 12, 31)
    assert found[pledged["tuesday"]].due is None and found[pledged["none"]].due is None


def test_overdue_is_a_flag_on_an_open_pledge_past_its_due_date(store: Store, pledged: dict[str, str]) -> None:
    found = _read(store, _at(1.5))
    assert {key: (found[pledge].state, found[pledge].overdue) for key, pledge in pledged.items()} == {
        "future": ("open", False), "past": ("open", True), "tuesday": ("open", False), "none": ("open", False),
    }  # fmt: skip
    later = _read(store, _at(4.5))
    assert (later[pledged["past"]].state, later[pledged["past"]].overdue) == ("broken", False), "a recorded state is not overdue"
    assert [p.record.id for p in pledges.pledges(store, _at(1.5)) if p.overdue] == [pledged["past"]]
    assert not _read(store, None, today=_at(0))[pledged["future"]].overdue
    assert not _read(store, None)[pledged["none"]].overdue


def test_states_are_kept_in_order_and_read_as_of_a_time(store: Store, pledged: dict[str, str]) -> None:
    future = pledged["future"]
    assert [(r.state, r.date.isoformat(), r.by) for r in _read(store, _at(2.5))[future].history] == [("partly_kept", "2026-02-15", "Ann")]
    assert _read(store, _at(2.5))[future].state == "partly_kept"
    now = _read(store, None)[future]
    assert now.state == "kept" and [r.state for r in now.history] == ["partly_kept", "kept"]
    first, second = now.history
    assert second.revises == first.id and first.recorded == _at(2) and second.recorded == _at(3)
    assert second.date == _at(3).date(), "the day defaults to the day it was recorded"
    assert [item["current"] for item in fulfilment.history(store, future)] == [False, True]
    assert [item["state"] for item in fulfilment.history(store, future, _at(2))] == ["partly_kept"]


def test_a_retracted_pledge_leaves_the_list_and_takes_no_state(store: Store, pledged: dict[str, str]) -> None:
    assert pledged["tuesday"] in _read(store, _at(4.5)) and pledged["tuesday"] not in _read(store, _at(5))
    before = snapshot(store)
    with pytest.raises(ClaimStatusError, match="only a pledge on the record"):
        fulfilment.record_fulfilment(store, pledged["tuesday"], "kept", "Done.", [], "Ann")
    assert snapshot(store) == before


def test_filters_by_state_and_due_date(store: Store, pledged: dict[str, str]) -> None:
    assert set(_read(store, None, state="open")) == set(_read(store, None)) - {pledged["future"], pledged["past"]}
    assert set(_read(store, None, state="kept")) == {pledged["future"]}
    assert set(_read(store, _at(1.5), due_before=dt.date(2026, 1, 1))) == {pledged["past"]}
    assert set(_read(store, _at(1.5), due_before=dt.date(2028, 1, 1))) == {pledged["past"], pledged["future"]}
    with pytest.raises(InputError, match="unknown fulfilment state"):
        pledges.pledges(store, state="overdue")


@pytest.mark.parametrize(
    "state,rationale,date,message",
    [
        ("done", "x", None, "unknown fulfilment state 'done'"),
        ("kept", "  ", None, "needs a rationale"),
        ("kept", "x", "2026-02-30", "date must be a day"),
        ("kept", "x", "2026", "date must be a day"),
        ("kept", "x", "2026-03-02", "after today"),
    ],
)
def test_bad_input_writes_nothing(store: Store, pledged: dict[str, str], state: str, rationale: str, date: str | None, message: str) -> None:
    before = snapshot(store)
    with pytest.raises(InputError, match=message):
        fulfilment.record_fulfilment(store, pledged["none"], state, rationale, [], "Ann", date, now=_at(6))
    assert snapshot(store) == before


def test_only_a_pledge_takes_a_state(store: Store, pledged: dict[str, str]) -> None:
    other = next(claim for claim in _all_claims(store) if claim not in pledged.values())
    with pytest.raises(ClaimStatusError, match="is not a pledge"):
        fulfilment.record_fulfilment(store, other, "kept", "x", [], "Ann")
    with pytest.raises(NotFoundError):
        fulfilment.record_fulfilment(store, "no-such-claim", "kept", "x", [], "Ann")


def _all_claims(store: Store) -> list[str]:
    return [str(row["claim"]).rsplit("/", 1)[-1] for row in store.select("SELECT ?claim WHERE { ?claim a cg:Claim }")]


def test_the_exports_carry_the_states(store: Store, pledged: dict[str, str]) -> None:
    found = pledges.pledges(store, _at(1.5))
    rows = list(csv.DictReader(io.StringIO(pledges.pledges_csv(found))))
    assert [row["id"] for row in rows] == [p.record.id for p in found]
    past = next(row for row in rows if row["id"] == pledged["past"])
    assert (past["due"], past["due_precision"], past["state"], past["overdue"], past["deadline"]) == ("2025-12-31", "year", "open", "yes", "by 2025")
    body = json.loads(pledges.pledges_json(pledges.pledges(store), None))
    future = next(item for item in body["pledges"] if item["id"] == pledged["future"])
    assert [(item["state"], item["current"]) for item in future["history"]] == [("partly_kept", False), ("kept", True)]


def test_a_state_changes_no_structure_and_the_shapes_hold_it(store: Store, pledged: dict[str, str]) -> None:
    structure, version = store.structure_version, store.version
    fulfilment.record_fulfilment(store, pledged["none"], "withdrawn", "The agency dropped it.", [], "Ann", now=_at(6))
    assert store.structure_version == structure and store.version != version, "a verdicts-only write: the kept network stays"
    quads = [quad for quad in store.quads() if str(quad[0]).startswith(str(fulfilment.record_iri(pledged["none"], 1)))]
    bad = [(s, p, fulfilment.FULFILMENT["overdue"] if p == CG.fulfilmentState else o, g) for s, p, o, g in quads]
    with pytest.raises(ValidationError, match="one state: open, kept"):
        check(bad)


_RECORD = "<https://w3id.org/claimgraph/id/fulfilment/%(future)s--1"


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <https://w3id.org/claimgraph/id/fulfilment/x--1> a cg:Fulfilment ; cg:fulfilmentOf claim:%(none)s ; "
        "cg:fulfilmentState <https://w3id.org/claimgraph/ns/fulfilment#kept> ; cg:rationale 'Done.' ; dcterms:date '2026-03-01'^^xsd:date ; "
        "schema:author <https://w3id.org/claimgraph/id/fulfilment/x--1#author> . <https://w3id.org/claimgraph/id/fulfilment/x--1#author> schema:name 'Eve' }",
        f"DELETE {{ {_RECORD}> cg:rationale ?why }} INSERT {{ {_RECORD}> cg:rationale 'Another reason.' }} WHERE {{ {_RECORD}> cg:rationale ?why }}",
        f"DELETE {{ {_RECORD}#author> schema:name ?who }} INSERT {{ {_RECORD}#author> schema:name 'Eve' }} WHERE {{ {_RECORD}#author> schema:name ?who }}",
    ],
)
def test_an_editors_update_cannot_write_a_pledges_states(store: Store, pledged: dict[str, str], update: str) -> None:
    before = snapshot(store)
    with pytest.raises(ValidationError, match="written by the service alone"):
        validated_update(store, update % pledged, agent="Eve", now=_at(6))
    assert snapshot(store) == before


def test_a_deleted_record_never_makes_its_number_come_round_again(store: Store, pledged: dict[str, str]) -> None:
    """An editor deletes a pledge's first fulfilment record whole; the next state still takes a number of its own."""
    future = pledged["future"]
    first = fulfilment.record_iri(future, 1)
    store.update(f"DELETE WHERE {{ <{first}> ?p ?o }}")
    fulfilment.record_fulfilment(store, future, "broken", "Cancelled.", [], "Ann", now=_at(5))
    assert fulfilment.histories(store, [future])[future][-1].state == "broken"
