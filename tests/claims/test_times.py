"""One parser for the dates claims, filters and curation give: what it reads, what it refuses, and the days it covers."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimgraph.claims.errors import InputError
from claimgraph.claims.model import TimeRef
from claimgraph.claims.times import bound, interval, parse_time


def test_precision_comes_from_the_length() -> None:
    assert parse_time("2024") == TimeRef("2024", "year")
    assert parse_time(" 2024-03 ", "last March") == TimeRef("2024-03", "month", "last March")
    assert parse_time("2024-02-29") == TimeRef("2024-02-29", "day")
    assert parse_time("", "post-Brexit") == TimeRef(None, None, "post-Brexit")  # words that fix no date
    assert parse_time(None) == TimeRef()


@pytest.mark.parametrize("bad", ["yesterday", "2024-13", "2024-1-1-1", "2023-02-29", "24", "2024-3", "２０２４", "2024-0２"])
def test_what_is_not_a_date_is_refused_with_the_field_named(bad: str) -> None:
    with pytest.raises(InputError, match=r"^from: .* is not a date"):
        parse_time(bad, name="from")


def test_the_days_a_time_covers_and_filter_bounds() -> None:
    assert interval(TimeRef("2024", "year")) == ("2024-01-01", "2024-12-31")
    assert interval(TimeRef("2023-02", "month")) == ("2023-02-01", "2023-02-28")
    assert interval(TimeRef(None, None, "post-Brexit")) is None
    assert bound("2024-03", end=False, name="from") == date(2024, 3, 1)
    assert bound("2024-03", end=True, name="to") == date(2024, 3, 31)  # a period's end, not its first day
    assert bound("", end=True, name="to") is None


@given(st.dates())
def test_every_day_reads_back_as_itself(day: date) -> None:
    for text, precision in ((day.isoformat(), "day"), (day.isoformat()[:7], "month"), (day.isoformat()[:4], "year")):
        if day.year < 1000:
            continue
        time = parse_time(text)
        assert time.precision == precision
        start, end = interval(time)
        assert start <= day.isoformat() <= end or precision == "day" and start == end == day.isoformat()


@given(st.text(max_size=30))
def test_any_text_is_a_time_or_one_of_our_errors(text: str) -> None:
    try:
        time = parse_time(text)
    except InputError:
        return
    assert time.value is None or interval(time) is not None
