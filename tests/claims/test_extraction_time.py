"""Time resolution against the publication date (full date and year only)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimgraph.claims.extraction.segment import Span, parse
from claimgraph.claims.extraction.timex import Published, find_times

MARCH_14 = Published(dt.date(2025, 3, 14))  # a Friday
YEAR_ONLY = Published.coerce("2025")


def resolve(text: str, published: Published) -> list[tuple[str, str | None, str | None]]:
    return [(t.expression, t.value, t.precision) for t in find_times(parse(text), Span(0, len(text)), published)]


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("It was founded in 2021.", "2021", "year"),
        ("It grew last year.", "2024", "year"),
        ("It grew this year.", "2025", "year"),
        ("It hit $300bn earlier this year.", "2025", "year"),
        ("It will list next year.", "2026", "year"),
        ("It grew last month.", "2025-02", "month"),
        ("It grew earlier this month.", "2025-03", "month"),
        ("It grew last quarter.", "2024-12", "month"),
        ("It grew in the first half of this year.", "2025-06", "month"),
        ("It grew in the second half of last year.", "2024-12", "month"),
        ("It grew in the fourth quarter of 2024.", "2024-12", "month"),
        ("It will open by 2027.", "2027", "year"),
        ("It opened in November.", "2024-11", "month"),
        ("It opened in March.", "2025-03", "month"),
        ("It opened in May 2023.", "2023-05", "month"),
        ("It opened on 3 March 2024.", "2024-03-03", "day"),
        ("It said on Tuesday.", "2025-03-11", "day"),
        ("It said on Friday.", "2025-03-07", "day"),
        ("It grew by the end of September.", "2024-09", "month"),
        ("It now has 9,000 customers.", "2025-03-14", "day"),
        ("It has so far paid out half of its budget.", "2025-03-14", "day"),
        ("It has lost 80 listings so far this year.", "2025", "year"),
        ("It grew in recent months.", None, None),
        ("It was smaller a year earlier.", None, None),
        ("It earned $4m in the six months to the end of May.", "2024-05", "month"),
        ("It lost money over the twelve months to the end of February.", "2025-02", "month"),
        ("Revenue rose in the quarter ended June 30.", "2024-06", "month"),
        ("Revenue rose in the quarter ended 31 December 2023.", "2023-12", "month"),
        ("It reported sales for the financial year to March.", "2025-03", "month"),
        ("It raised $2m in March last year.", "2024-03", "month"),
        ("It will open in June next year.", "2026-06", "month"),
        ("It expects revenue of $5m in the fourth quarter.", "2025-12", "month"),  # a forecast looks ahead
        ("It made $5m in the fourth quarter.", "2024-12", "month"),
        ("Second-quarter revenue rose.", "2024-06", "month"),
    ],
)
def test_resolution_table(text: str, value: str | None, precision: str | None) -> None:
    (found,) = resolve(text, MARCH_14)
    assert found[1:] == (value, precision)


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("Last month, the institute warned.", "2025", "year"),
        ("It grew last year.", "2024", "year"),
        ("It hit $300bn earlier this year.", "2025", "year"),
        ("It grew in the first half of this year.", "2025-06", "month"),
        ("It said on Tuesday.", "2025", "year"),
        ("It opened in 2019.", "2019", "year"),
        ("It is now part of Globex.", "2025", "year"),
        ("It earned $4m in the six months to the end of May.", "2025", "year"),
        ("It raised $2m in March last year.", "2024-03", "month"),
    ],
)
def test_year_only_publication_resolves_only_as_far_as_known(text: str, value: str, precision: str) -> None:
    (found,) = resolve(text, YEAR_ONLY)
    assert found[1:] == (value, precision)


def test_expression_keeps_the_words() -> None:
    assert resolve("Last month, it grew.", MARCH_14)[0][0] == "Last month"
    assert resolve("It earned $4m in the six months to the end of May.", MARCH_14)[0][0] == "the six months to the end of May"
    assert resolve("It raised $2m in March last year.", MARCH_14)[0][0] == "March last year"


def test_numbers_that_are_not_years() -> None:
    assert resolve("It has 2,000 staff and 2024 employees and $2025.", MARCH_14) == []


def test_modal_may_is_no_month() -> None:
    assert resolve("Shares may rise.", MARCH_14) == []


def test_bad_publication_date() -> None:
    with pytest.raises(ValueError, match="publication date"):
        Published.coerce("March 2025")
