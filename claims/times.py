"""Dates as claims give them: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` text read into a :class:`TimeRef`, and the days it covers.

Every reader of such text (ingest, curation, the claim filters, the network's
time filter, the command line) parses it here, so one spelling means one thing.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from claimgraph.claims.errors import InputError
from claimgraph.claims.model import TimeRef

PRECISION_BY_LENGTH = {4: "year", 7: "month", 10: "day"}
_SHAPE = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")


def parse_time(value: str | None, expression: str | None = None, name: str | None = None) -> TimeRef:
    """A time from ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` text (precision from its length); no text gives no value.

    Raises:
        InputError: text that is not such a date (the message starts with ``name`` when given).

    >>> parse_time("2025-03")
    TimeRef(value='2025-03', precision='month', expression=None, basis=None)
    >>> parse_time("2025-02-30", name="from")
    Traceback (most recent call last):
    ...
    claimgraph.claims.errors.InputError: from: '2025-02-30' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD
    """
    if value is None or not str(value).strip():
        return TimeRef(None, None, expression or None)
    value = str(value).strip()
    precision = PRECISION_BY_LENGTH.get(len(value))
    try:
        if precision is None or not _SHAPE.fullmatch(value):
            raise ValueError
        dt.date.fromisoformat(value + {"year": "-01-01", "month": "-01", "day": ""}[precision])
    except ValueError:
        shown = value if len(value) <= 40 else value[:40] + "..."
        raise InputError(f"{name + ': ' if name else ''}{shown!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD") from None
    return TimeRef(value, precision, expression or None)


def interval(time: TimeRef) -> tuple[str, str] | None:
    """The first and last day a time value covers, as ISO dates; None for a time without a value.

    >>> interval(TimeRef("2024-02", "month"))
    ('2024-02-01', '2024-02-29')
    """
    if time.value is None:
        return None
    parts = [int(part) for part in time.value.split("-")]
    year = parts[0]
    if time.precision == "year":
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    month = parts[1]
    if time.precision == "month":
        last = calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    return time.value, time.value


def bound(text: str | None, end: bool, name: str) -> dt.date | None:
    """The first (or, with ``end``, the last) day of a date a filter gives; None for no text.

    Raises:
        InputError: text that is not a date.

    >>> bound("2024", end=True, name="to")
    datetime.date(2024, 12, 31)
    """
    days = interval(parse_time(text, name=name))
    return None if days is None else dt.date.fromisoformat(days[1 if end else 0])


def due_date(time: TimeRef) -> dt.date | None:
    """The day a pledge falls due, when its time's own words set a deadline; None when they do not (never a guess).

    "by ..." and "until ..." fall due on the last day the time covers, "before ..." on the day before its first.

    >>> due_date(TimeRef("2028", "year", "by 2028")), due_date(TimeRef("2026-04", "month", "before April"))
    (datetime.date(2028, 12, 31), datetime.date(2026, 3, 31))
    >>> due_date(TimeRef("2025", "year", "this year")), due_date(TimeRef(None, None, "by the end of the decade"))
    (None, None)
    """
    days = interval(time)
    word = (time.expression or "").split(maxsplit=1)[:1]
    if days is None or not word:
        return None
    if word[0].lower() in ("by", "until"):
        return dt.date.fromisoformat(days[1])
    if word[0].lower() == "before":
        return dt.date.fromisoformat(days[0]) - dt.timedelta(days=1)
    return None
