"""The example queries a fact-checker would run, with their answers on the bundled data."""

from __future__ import annotations

from importlib.resources import files

import pytest

from claimgraph.kg.namespaces import short_id


@pytest.fixture
def built_store(any_built_store):
    """The queries below give the same answers on the embedded store and on a remote SPARQL store."""
    return any_built_store


def _run(store, name: str) -> list[dict]:
    text = files("claimgraph.kg.queries").joinpath(name).read_text(encoding="utf-8")
    result = store.query(text)
    names = [str(v) for v in result.vars]
    return [{n: (None if v is None else v.toPython()) for n, v in zip(names, row)} for row in result]


def test_all_claims_with_provenance(built_store, bundled) -> None:
    rows = _run(built_store, "claims-with-provenance.rq")
    assert len(rows) == len(bundled.claims)
    by_id = {short_id(row["claim"]): row for row in rows}
    row = by_id["uk-ai-sector-vc-funding-2024"]
    assert row["claimant"] == "Dealroom"
    assert "£4.7bn in venture capital funding last year" in row["quote"]
    assert all(row["quote"] and row["stated"] for row in rows)


def test_claims_about_an_entity(built_store) -> None:
    rows = _run(built_store, "claims-about-entity.rq")
    roles = {(short_id(row["claim"]), row["role"]) for row in rows}
    assert ("openai-valuation-300bn", "subject") in roles
    assert ("anthropic-founders-former-openai-staff", "object") in roles
    assert all(role in ("subject", "object") for _, role in roles)


def test_claims_by_source_dealroom(built_store) -> None:
    (row,) = _run(built_store, "claims-by-source.rq")
    assert short_id(row["claim"]) == "uk-ai-sector-vc-funding-2024"
    assert (float(row["amount"]), row["currency"]) == (4.7e9, "GBP")
    assert (str(row["about"]), row["expression"]) == ("2024", "last year")


def test_valuations(built_store) -> None:
    rows = {short_id(row["claim"]): row for row in _run(built_store, "valuations.rq")}
    assert set(rows) == {"anthropic-valuation-approaching-1tn", "anthropic-valuation-secondary-range", "openai-valuation-300bn"}
    ranged = rows["anthropic-valuation-secondary-range"]
    assert (float(ranged["minimum"]), float(ranged["maximum"]), ranged["amount"]) == (9.0e11, 1.1e12, None)
    assert ranged["currency"] == "USD" and ranged["approximate"] is True
    assert float(rows["openai-valuation-300bn"]["amount"]) == pytest.approx(3.0e11)


def test_imprecise_times(built_store, bundled) -> None:
    """Unresolved times (words without a value) and times known to the year; a claim with no time is not one."""
    rows = {short_id(row["claim"]): row for row in _run(built_store, "imprecise-times.rq")}
    unresolved = {c.id for c in bundled.claims if c.about.expression and c.about.value is None}
    to_the_year = {c.id for c in bundled.claims if c.about.precision == "year"}
    assert unresolved and set(rows) == unresolved | to_the_year
    assert not {c.id for c in bundled.claims if not c.about.known} & set(rows)
    assert all(rows[claim]["about"] is None and rows[claim]["expression"] for claim in unresolved)
    warning = rows["alan-turing-institute-chip-access-warning"]
    assert warning["precision"] == "year" and warning["expression"].lower() == "last month"


def test_unknown_times(built_store, bundled) -> None:
    """Claims whose sentence gives no time, each with when it was stated and its quote."""
    rows = {short_id(row["claim"]): row for row in _run(built_store, "unknown-times.rq")}
    assert rows and set(rows) == {c.id for c in bundled.claims if not c.about.known}
    assert {str(row["stated"]) for row in rows.values()} == {bundled.document.published.value}
    nvidia = rows["nvidia-market-cap-3tn"]
    assert "$3tn market cap" in nvidia["quote"]


def test_anonymous_sources(built_store) -> None:
    rows = _run(built_store, "anonymous-sources.rq")
    assert {short_id(row["claim"]) for row in rows} == {
        "anthropic-bids-sovereign-wealth-funds",
        "anthropic-bids-institutional-investors",
    }
    assert {row["source"] for row in rows} == {"Sources close to the deal"}
