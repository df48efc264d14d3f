"""Pledges: a due date only from a deadline in their own words, and their state at any time from stored times."""

from __future__ import annotations

import datetime as dt

import pytest

from claimgraph.kg import pledges, reviews
from claimgraph.kg.curation import curate
from claimgraph.kg.ingest import ingest
from claimgraph.kg.store import Store
from tests.conftest import REPO

ARTICLE = REPO / "tests" / "data" / "labelled" / "dutch-compute-pledge.txt"
DAY = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.timezone.utc)
PAST_2027 = dt.datetime(2028, 1, 1, tzinfo=dt.timezone.utc)


def _at(hours: float) -> dt.datetime:
    return DAY + dt.timedelta(hours=hours)


@pytest.fixture
def pledged(store: Store) -> dict[str, list[str]]:
    """The article ingested at hour 0, its claims accepted at hour 1; pledge ids by their time's words.
    One of the two pledges due by 2027 is reviewed at hour 2; the one announced on Tuesday is retracted at hour 3."""
    report = ingest(store, ARTICLE.read_text(encoding="utf-8"), "2025-03-10", agent="Ian", now=_at(0))
    for claim in report.claims:
        curate(store, claim.id, "accept", "Ann", now=_at(1))
    by_words: dict[str, list[str]] = {}
    for claim in report.claims:
        if claim.type == "pledge":
            by_words.setdefault(claim.about.expression or "", []).append(claim.id)
    reviews.add_review(store, by_words["by 2027"][0], "true", "The budget law says so.", [], "Ann", now=_at(2))
    curate(store, by_words["Tuesday"][0], "retract", "Ed", note="a duplicate", now=_at(3))
    return by_words


def _states(store: Store, when: dt.datetime) -> dict[str, tuple[str, str | None]]:
    return {pledge.record.id: (pledge.state, None if pledge.due is None else pledge.due.isoformat()) for pledge in pledges.pledges(store, when)}


def test_candidates_are_no_pledges_yet(store: Store, pledged: dict[str, list[str]]) -> None:
    assert _states(store, _at(0.5)) == {}


def test_only_a_deadline_in_the_words_gives_a_due_date(store: Store, pledged: dict[str, list[str]]) -> None:
    reviewed, unreviewed = pledged["by 2027"]
    (tuesday,), (no_time, *more) = pledged["Tuesday"], pledged[""]
    states = _states(store, _at(1))
    assert states[reviewed] == states[unreviewed] == ("open", "2027-12-31")
    assert states[tuesday] == ("open", None) and states[no_time] == ("open", None)
    assert set(states) == {reviewed, unreviewed, tuesday, no_time, *more}


def test_states_as_of_a_time(store: Store, pledged: dict[str, list[str]]) -> None:
    reviewed, unreviewed = pledged["by 2027"]
    (tuesday,), (no_time, *_) = pledged["Tuesday"], pledged[""]
    assert _states(store, _at(2))[reviewed] == ("reviewed", "2027-12-31")
    assert _states(store, _at(2.5))[tuesday] == ("open", None)
    later = _states(store, PAST_2027)
    assert tuesday not in later, "a retracted pledge is off the record"
    assert later[reviewed] == ("reviewed", "2027-12-31") and later[unreviewed] == ("overdue", "2027-12-31")
    assert later[no_time] == ("open", None), "no due date, never overdue"
    assert _states(store, PAST_2027 - dt.timedelta(microseconds=1))[unreviewed] == ("open", "2027-12-31")
    assert [p.record.id for p in pledges.pledges(store, PAST_2027, "overdue")] == [unreviewed]


def test_a_pledges_history_is_every_change_of_its_state(store: Store, pledged: dict[str, list[str]]) -> None:
    reviewed, unreviewed = pledged["by 2027"]
    (tuesday,) = pledged["Tuesday"]
    found = {pledge.record.id: pledge for pledge in pledges.pledges(store, _at(2.5))}
    assert [(c.time, c.state, c.verdict) for c in found[reviewed].history] == [(_at(1), "open", None), (_at(2), "reviewed", "true")]
    assert [(c.time, c.state) for c in found[unreviewed].history] == [(_at(1), "open"), (PAST_2027, "overdue")]
    assert [(c.time, c.state) for c in found[tuesday].history] == [(_at(1), "open"), (_at(3), "off_record")]
    assert pledges.state_at(found[tuesday].history, _at(0)) is None


def test_the_export_has_a_row_per_pledge(store: Store, pledged: dict[str, list[str]]) -> None:
    found = pledges.pledges(store, PAST_2027)
    lines = pledges.pledges_csv(found).splitlines()
    assert lines[0] == ",".join(pledges.CSV_COLUMNS) and len(lines) == len(found) + 1
    reviewed, _ = pledged["by 2027"]
    assert any(line.startswith(f"{reviewed},") and line.endswith(",by 2027,2027-12-31,reviewed,true") for line in lines)
