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
        ("The Norwegian Financial Conduct Board (NFCB), the country's markets regulator, today warned that investors lost NOK 2.3bn.", "Norwegian Financial Conduct Board"),
        ("HOUSTON, Aug 7 (Wire) - Harrowgate Energy Corp said on Wednesday it had ordered $2bn worth of turbines.", "Harrowgate Energy"),  # past a dateline
        ("The pledge follows a report by the Amstel Institute, which found that Dutch companies spent €900m on cloud services.", "Amstel Institute"),
        ("The Baltic Policy Institute published its ranking. Estonia tops the ranking for the third year running, the report found.", "Baltic Policy Institute"),
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


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the apposition names the country, the source is the regulator before it
        ("The Norwegian Financial Conduct Board (NFCB) opened. The NFCB, Norway's regulator, warned that losses rose to NOK 2bn.",
         "Norwegian Financial Conduct Board"),
        # a city before "company" describes the company
        ("Veloria Robotics builds robots in Lisbon. The Lisbon company confirmed that it raised EUR 120m in a round.", "Veloria Robotics"),
    ],
)
def test_a_place_in_the_source_phrase_is_not_the_source(text: str, source: str) -> None:
    found = [a for a in attributions(text) if a]
    assert found and set(found) == {source}


def test_a_forecast_the_company_raised_is_no_source() -> None:
    text = "Acme Energy grew. The company raised its forecast for capital spending to between $3.6 billion and $3.9 billion."
    assert attributions(text)[-1] is None


def test_a_source_known_by_office_alone() -> None:
    assert attributions("Defence spending will rise to 2.6% of GDP by 2027, the chancellor confirmed.") == ["chancellor"]
