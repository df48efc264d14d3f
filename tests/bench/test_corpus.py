"""The benchmark's corpus: deterministic, shaped like curated data (it passes the shapes), hubs and a long tail."""

from __future__ import annotations

from collections import Counter

from bench.corpus import corpus
from claimgraph.kg.build import build
from claimgraph.kg.locations import MEMORY
from claimgraph.kg.store import open_store


def test_the_same_size_and_seed_give_the_same_claim_sets() -> None:
    assert list(corpus(60)) == list(corpus(60))
    assert list(corpus(60, seed=1)) != list(corpus(60))
    assert sum(len(claim_set.claims) for claim_set in corpus(95)) == 95


def test_anchors_agree_with_the_text() -> None:
    for claim_set in corpus(200):
        text = claim_set.document.text
        for claim in claim_set.claims:
            anchor = claim.anchor
            assert text[anchor.start:anchor.end] == anchor.exact
            assert text[:anchor.start].endswith(anchor.prefix) and text[anchor.end:].startswith(anchor.suffix)


def test_the_corpus_builds_through_the_shapes() -> None:
    store = open_store(MEMORY)
    report = build(store, corpus(120))
    assert report.claims == 120 and report.documents == 12
    kinds = {row["type"] for row in store.select("SELECT DISTINCT ?type WHERE { ?c cg:claimType ?t BIND (STRAFTER(STR(?t), '#') AS ?type) }")}
    assert {"valuation", "funding", "warning", "pledge"} <= kinds
    store.close()


def test_a_few_hubs_and_a_long_tail() -> None:
    subjects = Counter(claim.subject for claim_set in corpus(5000) for claim in claim_set.claims)
    counts = sorted(subjects.values(), reverse=True)
    assert counts[0] > 20 * counts[len(counts) // 2]
