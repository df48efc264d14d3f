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


def test_any_current_iso_code_is_a_currency_in_capitals() -> None:
    found = claims("Mirova Foods had revenue of HUF 52bn last year. Its rival Taskent raised ZAR 300m.")
    assert [(c["value"]["currency"], c["value"]["amount"]) for c in found] == [("HUF", 52e9), ("ZAR", 300e6)]
    assert found[1]["subject"] == "Taskent" and all(c["subject"] != "ZAR" for c in found)
    assert all(c["value"] is None for c in claims("ALL 12 shops were shut, and TOP 10 lists were printed."))


def test_an_amount_restated_in_brackets_is_one_fact() -> None:
    found = claims("Brasa Tech raised ZAR 300m (USD 16m) in a round led by Kalahari Partners.")
    assert [(c["type"], c["value"] and c["value"]["currency"]) for c in found if c["value"]] == [("funding", "ZAR")]
    found = claims("Results of Noven plc\n\n- Operating profit of EUR 12.4 million (2024: EUR 9.1 million).")
    assert [c["value"]["amount"] for c in found if c["value"]] == [12.4e6]
    found = claims("Noven raised EUR 5m in May and EUR 7m (about USD 8m) in June.")
    assert [c["value"]["amount"] for c in found if c["value"]] == [5e6, 7e6]
