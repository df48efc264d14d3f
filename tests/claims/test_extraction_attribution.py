"""Attribution: sources named, described, anonymous, and the article's own voice."""

from __future__ import annotations

import datetime as dt

import pytest

from claimgraph.claims.extraction import extract


def attributions(text: str) -> list[str | None]:
    return [c.attribution for c in extract(text, dt.date(2025, 5, 1))]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("UK start-ups raised £4.7bn last year, according to Dealroom data.", "Dealroom"),
        ("Acme raised $5m in a seed round, the company said.", "Acme"),
        ("Acme is a lab. The company said it raised $5m in a round.", "Acme"),
        ("Jane Doe, chief executive of Acme, said revenue rose to $5m last year.", "Jane Doe"),
        ("Revenue hit $3m last year, said Jane Doe, the founder.", "Jane Doe"),
        ("A spokesperson for Beta Capital confirmed it raised $5m in a round.", "Beta Capital"),
        ("Acme raised $5m in a round, people familiar with the matter said.", "people familiar with the matter"),
        ("Sources close to the deal confirm that Acme raised $5m in a round.", "Sources close to the deal"),
        ("Last month, the Alan Turing Institute warned that chips were scarce.", "Alan Turing Institute"),
        ("Figures from PitchBook show start-ups raised $3bn last year.", "PitchBook"),
    ],
)
def test_sources(text: str, source: str) -> None:
    assert source in attributions(text)


def test_surname_resolves_to_the_full_name() -> None:
    text = "Acme is run by Priya Nair. Nair said revenue rose to $5m last year."
    assert attributions(text) == ["Priya Nair"]


def test_own_voice_is_null() -> None:
    assert attributions("Acme raised $5m in a Series A round last year.") == [None]


def test_apposition_is_the_writers() -> None:
    text = "Sources close to the deal confirm that the company, founded by former Beta employees, has attracted bids from funds."
    by_type = {c.type: c.attribution for c in extract(text, "2025")}
    assert by_type["founding"] is None
    assert by_type["funding"] == "Sources close to the deal"


def test_an_estimated_amount_is_no_attribution() -> None:
    assert attributions("Acme agreed on Friday to buy chips from Beta for an estimated $2.6bn.") == [None]
