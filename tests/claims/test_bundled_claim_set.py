"""The curated claim set of the bundled article: anchors, hash and coverage."""

from __future__ import annotations

import hashlib
from collections import Counter

from claimgraph.claims.model import CLAIM_TYPES, ClaimSet


def test_document_hash_matches_the_article_file(bundled: ClaimSet, articles_dir) -> None:
    raw = (articles_dir / bundled.document.file).read_bytes()
    assert hashlib.sha256(raw).hexdigest() == bundled.document.sha256
    assert bundled.document.text == raw.decode("utf-8")


def test_every_anchor_points_at_its_quote(bundled: ClaimSet) -> None:
    text = bundled.document.text
    for claim in bundled.claims:
        anchor = claim.anchor
        assert text[anchor.start : anchor.end] == anchor.exact, claim.id
        assert anchor.exact == anchor.exact.strip(), claim.id
        assert text[: anchor.start].endswith(anchor.prefix), claim.id
        assert text[anchor.end :].startswith(anchor.suffix), claim.id
        assert anchor.prefix or anchor.start == 0, claim.id
        assert anchor.suffix or anchor.end == len(text), claim.id


def test_claims_cover_the_article(bundled: ClaimSet) -> None:
    types = Counter(claim.type for claim in bundled.claims)
    assert len(bundled.claims) > 20
    wanted = set(CLAIM_TYPES) - {"other"}
    assert wanted <= set(types), f"missing types: {wanted - set(types)}"
    assert len({claim.id for claim in bundled.claims}) == len(bundled.claims)


def test_unknown_document_fields_are_left_empty(bundled: ClaimSet) -> None:
    document = bundled.document
    assert document.title is None and document.url is None
    assert (document.published.value, document.published.precision) == ("2025", "year")
    assert document.published.basis


def test_dealroom_claim_is_structured(bundled: ClaimSet) -> None:
    (claim,) = [c for c in bundled.claims if c.claimant == "dealroom"]
    assert claim.type == "funding"
    assert claim.object_money.amount == 4.7e9 and claim.object_money.currency == "GBP"
    assert (claim.about.value, claim.about.precision, claim.about.expression) == ("2024", "year", "last year")


def test_range_valuation_has_min_and_max(bundled: ClaimSet) -> None:
    money = {c.id: c.object_money for c in bundled.claims if c.type == "valuation"}
    ranged = [m for m in money.values() if m.minimum is not None]
    assert len(ranged) == 1
    (value,) = ranged
    assert (value.minimum, value.maximum, value.amount, value.currency, value.approximate) == (9.0e11, 1.1e12, None, "USD", True)


def test_last_month_resolves_only_to_the_year(bundled: ClaimSet) -> None:
    (warning,) = [c for c in bundled.claims if c.type == "warning"]
    assert warning.claimant == "alan-turing-institute"
    assert (warning.about.value, warning.about.precision) == ("2025", "year")
    assert warning.about.expression.lower() == "last month"
