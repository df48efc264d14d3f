"""Pledges: claims of type ``pledge``, the day each falls due, its fulfilment state and whether it is overdue.

A pledge falls due only when the words of its own time set a deadline
(:func:`claimgraph.claims.times.due_date`); one whose words give none has no
due date, and none is guessed. Its state is the one reviewers recorded
(:mod:`claimgraph.kg.fulfilment`), ``open`` while none is; ``overdue`` is not a
state but a flag: the due date has passed at the time asked and the pledge is
still open.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass

from claimgraph.claims.fulfilment import OPEN
from claimgraph.claims.times import due_date
from claimgraph.kg import fulfilment, projection
from claimgraph.kg.fulfilment import Fulfilment
from claimgraph.kg.namespaces import short_id
from claimgraph.kg.network import read_entities
from claimgraph.kg.projection import ClaimRecord
from claimgraph.kg.store import Store

_PLEDGES = "SELECT ?claim WHERE { ?claim cg:claimType cgt:pledge . %(record)s }"


def overdue(due: dt.date | None, state: str, when: dt.datetime) -> bool:
    """Whether a pledge is overdue at a time: still open, and its due date over (from the start of the next day, UTC).

    >>> overdue(dt.date(2027, 12, 31), "open", dt.datetime(2028, 1, 1, tzinfo=dt.timezone.utc))
    True
    >>> overdue(dt.date(2027, 12, 31), "kept", dt.datetime(2028, 1, 1, tzinfo=dt.timezone.utc)), overdue(None, "open", dt.datetime.max.replace(tzinfo=dt.timezone.utc))
    (False, False)
    """
    return due is not None and state == OPEN and when >= dt.datetime.combine(due + dt.timedelta(days=1), dt.time(), dt.timezone.utc)


@dataclass(frozen=True)
class Pledge:
    """A pledge on the record at the time asked: who made it, when it falls due, its state then and the records of it."""

    record: ClaimRecord
    claimant: str
    """The claimant's label."""
    due: dt.date | None
    state: str
    overdue: bool
    history: tuple[Fulfilment, ...]
    """Its fulfilment records written by the time asked, oldest first."""

    def json(self) -> dict[str, object]:
        """As ``/api/pledges`` shows it."""
        record, now = self.record, fulfilment.current(list(self.history))
        return {
            "id": record.id, "iri": record.iri, "statement": record.statement, "quote": record.quote,
            "claimant": {"id": record.claimant, "label": self.claimant}, "subject": record.subject, "document": record.document,
            "deadline": record.about.expression if self.due else None, "due": None if self.due is None else self.due.isoformat(),
            "due_precision": record.about.precision if self.due else None,
            "state": self.state, "overdue": self.overdue, "state_date": None if now is None else now.date.isoformat(),
            "history": [item.json(item == now) for item in self.history],
        }  # fmt: skip


def pledges(
    store: Store,
    as_of: dt.datetime | None = None,
    state: str | None = None,
    due_before: dt.date | None = None,
    *,
    today: dt.datetime | None = None,
) -> list[Pledge]:
    """The pledges on the record (now, or ``as_of`` a time) with their states then, in document order.

    ``state`` keeps those in one state, ``due_before`` those due before that day.
    ``overdue`` is judged at ``as_of``, else at ``today`` (the present when None).

    Raises:
        InputError: an unknown state.
    """
    if state is not None:
        fulfilment.parse_state(state)
    when = as_of or today or dt.datetime.now(dt.timezone.utc)
    ids = [short_id(row["claim"]) for row in store.select(_PLEDGES % {"record": projection.on_record("?claim", as_of)})]
    records = projection.read_claims(store, ids, as_of)
    histories = fulfilment.histories(store, list(records), as_of)
    labels = {key: entity.label for key, entity in read_entities(store, {r.claimant for r in records.values()}).items()}
    found = []
    for claim_id, claim in records.items():
        due = due_date(claim.about)
        history = histories.get(claim_id, [])
        now = fulfilment.current(history)
        current = OPEN if now is None else now.state
        if state not in (None, current) or (due_before is not None and (due is None or due >= due_before)):
            continue
        found.append(Pledge(claim, labels.get(claim.claimant, claim.claimant), due, current, overdue(due, current, when), tuple(history)))
    return sorted(found, key=lambda pledge: (pledge.record.document, pledge.record.anchor.start if pledge.record.anchor else 0, pledge.record.id))


CSV_COLUMNS = ("id", "statement", "quote", "claimant", "document", "deadline", "due", "due_precision", "state", "overdue",
               "state_date", "rationale", "evidence", "recorded_by", "recorded")  # fmt: skip


def pledges_csv(found: list[Pledge]) -> str:
    """Pledges as CSV, one row each with its current fulfilment record (earlier records left out)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for pledge in found:
        item, now = pledge.json(), fulfilment.current(list(pledge.history))
        writer.writerow({
            **{column: item[column] for column in CSV_COLUMNS if column in item and column != "claimant"},
            "claimant": pledge.claimant, "overdue": "yes" if pledge.overdue else "no",
            "rationale": "" if now is None else now.rationale, "evidence": "" if now is None else " ".join(now.evidence),
            "recorded_by": "" if now is None else now.by, "recorded": "" if now is None or now.recorded is None else now.recorded.isoformat(),
        })  # fmt: skip
    return out.getvalue()


def pledges_json(found: list[Pledge], as_of: dt.datetime | None) -> str:
    """Pledges as JSON for a tracker: the time they were read as of, and each pledge with every record of its state."""
    body = {"as_of": None if as_of is None else as_of.isoformat(), "pledges": [pledge.json() for pledge in found]}
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"
