"""Generated articles through ingest: never a crash, only our input errors (storing nothing), and every
stored anchor points at exactly its quote in the stored text."""

from __future__ import annotations

import hashlib

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from claimgraph.claims.errors import InputError
from claimgraph.kg.build import vocabulary_quads
from claimgraph.kg.ingest import ingest
from claimgraph.kg.locations import MEMORY
from claimgraph.kg.store import insert_data, open_store
from claimgraph.kg.validation import problems

NAMES = st.sampled_from(["Nimbus Labs", "Quarrow", "Anthropic", "the Treasury", "Élan Énergie", "株式会社テスト", "O'Neil & Co", "<b>Evil</b> Corp"])
AMOUNTS = st.sampled_from(["£4.7bn", "$300m", "€85 million", "about $1tn", "¥2bn", "£0", "$1.5-2bn", "12%"])
WHEN = st.sampled_from(["last year", "in 2024", "in March 2025", "next year", "on 3 May", "", "in Q3"])
SOURCES = st.sampled_from(["sources close to the deal said", "according to Dealroom", "the company said", "analysts warned", ""])
TEMPLATES = st.sampled_from([
    "{name} raised {amount} {when}, {source}.",
    "{name} is valued at {amount}, {source}.",
    "{source}: {name} was founded in 2021 by {other}.",
    "{name} pledged {amount} {when} to {other}.",
    "{name}, {other}'s parent, reported revenue of {amount} {when}.",
    "{name} warned that {other} could fail {when}.",
])  # fmt: skip
NOISE = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
"""Any Unicode at all, control characters, combining marks and emoji included (no lone surrogates: not UTF-8)."""


@st.composite
def articles(draw: st.DrawFn) -> str:
    """An article of a few sentences in the shape news uses, with noise between them."""
    parts = []
    for _ in range(draw(st.integers(1, 6))):
        sentence = draw(TEMPLATES).format(name=draw(NAMES), amount=draw(AMOUNTS), when=draw(WHEN), source=draw(SOURCES), other=draw(NAMES))
        parts.append(sentence)
        parts.append(draw(st.one_of(st.just(" "), st.just(" "), st.just("\n\n"), NOISE)))
    return "".join(parts)


def stored_anchors(store) -> list[dict]:
    return store.select(
        """SELECT ?claim ?text ?sha ?start ?end ?exact ?prefix ?suffix WHERE {
             ?claim a cg:Claim ; prov:wasDerivedFrom ?doc ; cg:anchor/oa:hasSelector ?q, ?p .
             ?doc cg:text ?text ; cg:sha256 ?sha .
             ?q a oa:TextQuoteSelector ; oa:exact ?exact . OPTIONAL { ?q oa:prefix ?prefix } OPTIONAL { ?q oa:suffix ?suffix }
             ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end . }"""
    )


@given(
    text=st.one_of(articles(), articles(), articles(), articles(), NOISE, st.binary(max_size=64)),
    published=st.sampled_from(["2025-05-01", "2025-05-01", "2025-05-01", "2025", "2025-13", "yesterday"]),
)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_article_is_stored_with_valid_anchors_or_refused_cleanly(text: str | bytes, published: str) -> None:
    store = open_store(MEMORY)
    try:
        store.update(insert_data(vocabulary_quads()))
        before = store.quad_count()
        try:
            report = ingest(store, text, published)
        except InputError as error:
            event(f"refused: {type(error).__name__}")
            assert str(error).strip(), "an error without a message"
            assert store.quad_count() == before, "a refused article left something behind"
            return
        assert published in ("2025-05-01", "2025"), "a bad date was accepted"
        event("stored with claims" if report.claims else "stored, no claims")
        anchors = stored_anchors(store)
        assert len({row["claim"] for row in anchors}) == len(report.claims)
        for row in anchors:
            body = row["text"]
            assert hashlib.sha256(body.encode("utf-8")).hexdigest() == row["sha"]
            assert 0 <= row["start"] < row["end"] <= len(body)
            assert body[row["start"] : row["end"]] == row["exact"]
            assert body[: row["start"]].endswith(row["prefix"] or "")
            assert body[row["end"] :].startswith(row["suffix"] or "")
        if report.claims:
            assert problems(store.quads()) == []
    finally:
        store.close()
