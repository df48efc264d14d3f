"""Pledges: claims of type ``pledge``, the day each falls due, and its state at any time.

A pledge falls due only when the words of its own time set a deadline
(:func:`claimgraph.claims.times.due_date`); one whose words give none has no
due date. Its state is read from the changes of the record
(:mod:`claimgraph.kg.changes`) and that due date, nothing else:

- ``open``: on the record, not reviewed, not past its due date;
- ``overdue``: on the record, not reviewed, and its due date has passed
  (from the start of the next day, UTC);
- ``reviewed``: on the record with a current review (its verdict beside it);
- ``off_record``: taken off the record (retracted, or removed).

Its history is every change of state with its time, so its state as of a
time is the last change at or before it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass

from claimgraph.claims.times import due_date
from claimgraph.kg import changes, projection
from claimgraph.kg.projection import ClaimRecord
from claimgraph.kg.store import Store

OPEN, OVERDUE, REVIEWED, OFF_RECORD = "open", "overdue", "reviewed", "off_record"
STATES = (OPEN, OVERDUE, REVIEWED, OFF_RECORD)

@dataclass(frozen=True)
class StateChange:
    """A pledge's state from a time on."""

    time: dt.datetime
    state: str
    verdict: str | None = None


@dataclass(frozen=True)
class Pledge:
    """A pledge on the record at the time asked, its state then, and the whole of its history."""

    record: ClaimRecord
    due: dt.date | None
    state: str
    verdict: str | None
    history: tuple[StateChange, ...]

    def json(self) -> dict[str, object]:
        """As ``/api/pledges`` shows it."""
        record = self.record
        return {
            "id": record.id, "iri": record.iri, "statement": record.statement, "subject": record.subject,
            "claimant": record.claimant, "document": record.document, "deadline": record.about.expression if self.due else None,
            "due": None if self.due is None else self.due.isoformat(), "state": self.state, "verdict": self.verdict,
            "history": [{"time": change.time.isoformat(), "state": change.state, "verdict": change.verdict} for change in self.history],
        }  # fmt: skip


def history(events: list[tuple[dt.datetime, str, str | None]], due: dt.date | None) -> tuple[StateChange, ...]:
    """A pledge's changes of state, oldest first, from its events (time, ``entered``/``left``/``reviewed``, verdict).

    >>> day = dt.datetime(2026, 1, 5, 9, tzinfo=dt.timezone.utc)
    >>> [(c.time.date().isoformat(), c.state) for c in history([(day, "entered", None)], dt.date(2026, 1, 31))]
    [('2026-01-05', 'open'), ('2026-02-01', 'overdue')]
    """
    if due is not None:
        passed = dt.datetime.combine(due + dt.timedelta(days=1), dt.time(), dt.timezone.utc)
        events = [*events, (passed, "due", None)]
    steps: list[StateChange] = []
    on, verdict, overdue = False, None, False
    for when, what, said in sorted(events, key=lambda event: event[0]):
        on = {"entered": True, "left": False}.get(what, on)
        verdict = said if what == "reviewed" else verdict
        overdue = overdue or what == "due"
        state = OFF_RECORD if not on else REVIEWED if verdict else OVERDUE if overdue else OPEN
        change = StateChange(when, state, verdict if on else None)
        if not steps and state == OFF_RECORD:
            continue
        if not steps or (steps[-1].state, steps[-1].verdict) != (change.state, change.verdict):
            steps.append(change)
    return tuple(steps)


def state_at(steps: tuple[StateChange, ...], when: dt.datetime) -> StateChange | None:
    """The change in force at a time: the last at or before it (None before the first)."""
    earlier = [step for step in steps if step.time <= when]
    return earlier[-1] if earlier else None


def pledges(store: Store, as_of: dt.datetime, state: str | None = None) -> list[Pledge]:
    """The pledges on the record at ``as_of`` (the present, for the record now), with their state then, in
    document order; ``state`` keeps those in one state.

    Raises:
        ValueError: an unknown state (the service checks it first).
    """
    if state is not None and state not in STATES:
        raise ValueError(f"unknown pledge state {state!r}")
    events: dict[str, list[tuple[dt.datetime, str, str | None]]] = {}
    for change in changes.changes(store, claim_type="pledge", limit=None)[0]:
        events.setdefault(change.claim, []).append((change.time, change.what, change.verdict))
    records = projection.read_claims(store, sorted(events), as_of)
    found = []
    for claim_id, record in records.items():
        due = due_date(record.about)
        steps = history(events[claim_id], due)
        now = state_at(steps, as_of)
        if now is not None and now.state != OFF_RECORD and state in (None, now.state):
            found.append(Pledge(record, due, now.state, now.verdict, steps))
    return sorted(found, key=lambda pledge: (pledge.record.document, pledge.record.anchor.start if pledge.record.anchor else 0, pledge.record.id))


CSV_COLUMNS = ("id", "statement", "subject", "claimant", "document", "deadline", "due", "state", "verdict")


def pledges_csv(found: list[Pledge]) -> str:
    """Pledges as CSV, one row each (their history left out)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_COLUMNS, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(pledge.json() for pledge in found)
    return out.getvalue()
