"""Rules for errors of a general kind, each on invented sentences: names, money, types, subjects, attribution and times."""

from __future__ import annotations

import datetime as dt

from claimgraph.claims.extraction import extract
from claimgraph.claims.extraction.mentions import find_mentions
from claimgraph.claims.extraction.segment import Span, parse


def claims(text: str, published: dt.date = dt.date(2025, 5, 14)) -> list[dict[str, object]]:
    return [c.to_json() for c in extract(text, published)]


def kinds(text: str) -> dict[str, str]:
    return {m.label: m.kind for m in find_mentions(parse(text), Span(0, len(text)))}


def test_a_legal_form_in_lower_case_makes_a_name_a_firm() -> None:
    assert kinds("Results of Tamsin Ropes plc for the year.")["Tamsin Ropes"] == "org"
    assert kinds("Orla Brennan ltd. was dissolved.")["Orla Brennan"] == "org"
    assert kinds("Orla Brennan, a lawyer, spoke.")["Orla Brennan"] == "person"
    text = "Tamsin Ropes plc: annual results\n\nTamsin Ropes plc, the rope maker, reports.\n\n- Revenue of GBP 80 million.\n\nTamsin will spend GBP 5 million on a new mill."
    subjects = {c["quote"]: c["subject"] for c in claims(text)}
    assert subjects["- Revenue of GBP 80 million."] == "Tamsin Ropes"
    assert subjects["Tamsin will spend GBP 5 million on a new mill."] == "Tamsin Ropes"
