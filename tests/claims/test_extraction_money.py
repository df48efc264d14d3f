"""Money parsing: currencies, magnitudes, ranges, hedges, bounds; and a round-trip property."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimgraph.claims.extraction.money import find_money, parse_money
from claimgraph.claims.model import Money


@pytest.mark.parametrize(
    ("text", "amount", "low", "high", "currency", "approximate"),
    [
        ("£4.7bn", 4.7e9, None, None, "GBP", False),
        ("$1 trillion", 1e12, None, None, "USD", False),
        ("€250m", 250e6, None, None, "EUR", False),
        ("US$4.5 billion", 4.5e9, None, None, "USD", False),
        ("USD 310m", 310e6, None, None, "USD", False),
        ("GBP 40m", 40e6, None, None, "GBP", False),
        ("EUR 400m", 400e6, None, None, "EUR", False),
        ("3bn euros", 3e9, None, None, "EUR", False),
        ("50 million dollars", 50e6, None, None, "USD", False),
        ("$500k", 500e3, None, None, "USD", False),
        ("$1,250,000", 1.25e6, None, None, "USD", False),
        ("¥1.9tn", 1.9e12, None, None, "JPY", False),
        ("roughly $900bn to $1.1tn", None, 900e9, 1.1e12, "USD", True),
        ("between €2bn and €2.5bn", None, 2e9, 2.5e9, "EUR", False),
        ("between 2 and 2.5 billion euros", None, 2e9, 2.5e9, "EUR", False),
        ("$2-3bn", None, 2e9, 3e9, "USD", False),
        ("$500,000 to $1m", None, 500e3, 1e6, "USD", False),
        ("about £3bn", 3e9, None, None, "GBP", True),
        ("nearly €900m", 900e6, None, None, "EUR", True),
        ("an estimated $2.6bn", 2.6e9, None, None, "USD", True),
        ("closing in on a $1 trillion valuation", 1e12, None, None, "USD", True),
        ("more than $20bn", None, 20e9, None, "USD", False),
        ("up to €30m", None, None, 30e6, "EUR", False),
        ("as much as €120m", None, None, 120e6, "EUR", False),
        ("revenue is projected to triple this year to $8bn", 8e9, None, None, "USD", False),
        ("revenue rose from $2bn to $3bn", 3e9, None, None, "USD", False),
    ],
)
def test_parse(text: str, amount: float | None, low: float | None, high: float | None, currency: str, approximate: bool) -> None:
    assert parse_money(text) == Money(currency, amount, low, high, approximate)


def test_two_amounts_joined_by_and_stay_two() -> None:
    assert [m.value.amount for m in find_money("It raised $2m and $3m.")] == [2e6, 3e6]


def test_not_money() -> None:
    assert find_money("a trillion-dollar valuation, 40% growth, 2024 and 1,200 staff") == []


@pytest.mark.parametrize(
    ("text", "amount", "low", "high"),
    [
        ("Net income climbed from $61 million in Q1 to $90 million.", 90e6, None, None),
        ("Revenue rose in Q2 to $90 million.", 90e6, None, None),  # the period's digit starts no range
        ("It cut the estimate from USD 10-12 million to USD 8-9 million.", None, 8e6, 9e6),
        ("It gave guidance from USD 10-12 million.", None, 10e6, 12e6),  # a range after "from" keeps both ends
    ],
)
def test_a_figure_changed_from_one_value_to_another_is_the_later_one(text: str, amount: float | None, low: float | None, high: float | None) -> None:
    (mention,) = find_money(text)
    assert (mention.value.amount, mention.value.minimum, mention.value.maximum) == (amount, low, high)
    assert text[mention.start : mention.end].startswith(("from", "$", "USD"))


def test_a_year_after_an_amount_is_no_range() -> None:
    assert [m.value.amount for m in find_money("It will spend $5m to 2026.")] == [5e6]


def test_mention_offsets_cover_hedge_and_range() -> None:
    text = "valued at roughly $900bn to $1.1tn today"
    (mention,) = find_money(text)
    assert text[mention.start : mention.end] == "roughly $900bn to $1.1tn"


SYMBOLS = {"$": "USD", "£": "GBP", "€": "EUR"}
SUFFIXES = [("k", 1e3), ("m", 1e6), ("bn", 1e9), ("tn", 1e12), (" million", 1e6), (" billion", 1e9), (" trillion", 1e12)]


@given(
    symbol=st.sampled_from(sorted(SYMBOLS)),
    whole=st.integers(min_value=1, max_value=999),
    decimals=st.one_of(st.just(""), st.integers(min_value=0, max_value=99).map(lambda d: f".{d:02d}")),
    suffix=st.sampled_from(SUFFIXES),
)
def test_round_trip(symbol: str, whole: int, decimals: str, suffix: tuple[str, float]) -> None:
    number = f"{whole}{decimals}"
    value = parse_money(f"{symbol}{number}{suffix[0]}")
    expected = float(number) * suffix[1]
    assert value is not None and value.currency == SYMBOLS[symbol]
    assert abs(value.amount - expected) <= 1e-9 * expected


def test_pence_are_hundredths_of_a_pound() -> None:
    from claimgraph.claims.extraction.money import find_money

    assert [m.value.amount for m in find_money("a final dividend of 6.2 pence a share, after 4.8p")] == [0.062, 0.048]
    assert [(m.value.amount, m.value.currency) for m in find_money("Tarrow will pay 12p a share.")] == [(0.12, "GBP")]
    assert find_money("a rise of 3.5pp at 2p.m.") == []


def test_rupees_in_crore_and_lakh_and_money_written_in_words() -> None:
    amounts = [(m.value.currency, m.value.amount) for m in find_money("Rs 500 crore, Rs. 40 lakh, half a billion euros and two million pounds")]
    assert amounts == [("INR", 5e9), ("INR", 4e6), ("EUR", 5e8), ("GBP", 2e6)]
    assert find_money("The Audi RS 6 and the RS 3 sold well.") == []
