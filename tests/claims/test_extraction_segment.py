"""Sentence and clause segmentation edge cases."""

from __future__ import annotations

import pytest

from claimgraph.claims.extraction.segment import Span, clauses, sentences


def split(text: str) -> list[str]:
    return [s.of(text) for s in sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The UK sector attracted £4.7bn last year. It was not enough.", ["The UK sector attracted £4.7bn last year.", "It was not enough."]),
        ("Dr. Lee joined Acme Inc. in 2021. She left.", ["Dr. Lee joined Acme Inc. in 2021.", "She left."]),
        ("The U.S. Treasury agreed. Shares rose.", ["The U.S. Treasury agreed.", "Shares rose."]),
        ("Its sales hit $5m. The firm grew.", ["Its sales hit $5m.", "The firm grew."]),
        ("It moved to the U.S. The firm grew.", ["It moved to the U.S.", "The firm grew."]),
        ('Acme raised $5m. "It is big," she said.', ["Acme raised $5m.", '"It is big," she said.']),
        ("He said: “We grew.” Then he left.", ["He said: “We grew.”", "Then he left."]),
        ("Acme nears $1tn valuation\nBy Jane Doe\n\nAcme is close.", ["Acme nears $1tn valuation", "By Jane Doe", "Acme is close."]),
        ("Revenue — roughly $900bn to $1.1tn — was reported.", ["Revenue — roughly $900bn to $1.1tn — was reported."]),
        ("Acme raised $9m in a Series A. The round was led by Beta.", ["Acme raised $9m in a Series A.", "The round was led by Beta."]),  # a round's letter
        ("J. B. Acme spoke. It grew.", ["J. B. Acme spoke.", "It grew."]),  # initials stay
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_sentence_spans_have_no_surrounding_whitespace() -> None:
    text = "\n\n  First one.   Second one.\n\n\n"
    for span in sentences(text):
        quote = span.of(text)
        assert quote == quote.strip() and quote


def test_clauses_split_semicolons_dashes_and_coordination() -> None:
    text = "Acme raised $5m; Beta raised $3m — a record, while Gamma lost $1m."
    parts = [c.of(text) for c in clauses(text, Span(0, len(text)))]
    assert parts == ["Acme raised $5m", "Beta raised $3m", "a record", "while Gamma lost $1m."]


def test_clauses_keep_a_range_dash_whole() -> None:
    text = "It is valued at $2bn—$3bn."
    assert [c.of(text) for c in clauses(text, Span(0, len(text)))] == [text]


def test_relative_clause_closes_at_its_comma() -> None:
    text = "Rival Brightmoor, which listed in 2022, trades at £3bn."
    assert [c.of(text) for c in clauses(text, Span(0, len(text)))] == ["Rival Brightmoor", "which listed in 2022", "trades at £3bn."]


def test_an_as_clause_is_a_clause_of_its_own() -> None:
    text = "Acme said it had ordered $2bn of turbines, as it reported second-quarter results, as well as a loss."
    assert [c.of(text) for c in clauses(text, Span(0, len(text)))] == [
        "Acme said it had ordered $2bn of turbines",
        "as it reported second-quarter results, as well as a loss.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orvalle agreed to buy Kelmar Pumps GmbH. Kelmar Pumps had sales of EUR 40m.", 2),
        ("The fund invested $5m in Nimbly Inc. Nimbly said revenue rose.", 2),
        ("Apple Inc. Chief Executive Tim Cook said so.", 1),
        ("It bought Halden Co. Ltd for $5m.", 1),
        ("Nimbly Inc. said revenue rose.", 1),
    ],
)
def test_a_legal_form_with_a_stop_ends_a_sentence_when_a_name_opens_the_next(text: str, expected: int) -> None:
    assert len(sentences(text)) == expected
