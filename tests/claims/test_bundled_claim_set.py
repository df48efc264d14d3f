"""The curated claim set of the bundled article: anchors, hash, coverage and times."""

from __future__ import annotations

import hashlib
import re
from collections import Counter

from claimgraph.claims.extraction.segment import sentences
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


TIME_WORDS = [
    r"\b(?:1[89]|20)\d\d\b",  # a year, bare or in "by 2030", "in 2024"
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b",
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    r"(?i)\b(?:last|this|next|past|previous|coming|earlier this|later this)\s+(?:year|month|quarter|week)\b",
    r"(?i)\b(?:first|second|third|fourth|final|last)\s+(?:quarter|half)\b|\b[QH][1-4]\b",
    r"(?i)\b(?:now|today|yesterday|tomorrow|recently|so far)\b",
    r"(?i)\b(?:in recent|over the past)\s+(?:weeks|months|years)\b|\b(?:a|\d+)\s+(?:years?|months?)\s+(?:ago|earlier|later)\b",
    r"(?i)\bpost-[a-z]+|\bsince\b",
]
"""Words that date a statement; a sentence with none of them gives no time (kept here, apart from the extractor)."""


def _has_time_words(sentence: str) -> bool:
    return any(re.search(pattern, sentence) for pattern in TIME_WORDS)


def test_the_time_word_list_tells_dated_sentences_from_undated_ones() -> None:
    assert _has_time_words("Acme raised $5m last year.") and _has_time_words("Acme plans to list by 2030.")
    assert _has_time_words("Acme made a profit in the second quarter.") and _has_time_words("Acme, now part of Globex, hires.")
    assert not _has_time_words("Acme, the Leeds-based start-up, may raise $5m.")


def test_every_time_about_is_given_by_its_own_sentence(bundled: ClaimSet) -> None:
    """A claim's time-about comes from the words of its sentence, never from the publication date."""
    text = bundled.document.text
    spans = sentences(text)
    wrong = []
    for claim in bundled.claims:
        sentence = next(span for span in spans if span.contains(claim.anchor.start)).of(text)
        time = claim.about
        if time.known and not (_has_time_words(sentence) and time.expression and time.expression in sentence):
            wrong.append(claim.id)
    assert wrong == []
    undated = [c for c in bundled.claims if not _has_time_words(next(s for s in spans if s.contains(c.anchor.start)).of(text))]
    assert undated and not any(claim.about.known for claim in undated)


def test_when_a_claim_was_stated_is_kept_apart(bundled: ClaimSet) -> None:
    """Every claim keeps its stated time, the document's date unless its sentence dates the statement."""
    for claim in bundled.claims:
        assert claim.stated.value is not None, claim.id
        if claim.stated != bundled.document.published:
            assert claim.stated.expression and claim.stated.expression in claim.anchor.exact, claim.id
