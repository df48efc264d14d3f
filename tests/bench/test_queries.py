"""The example queries as the benchmark asks them: about the corpus's hubs, so that they find claims."""

from __future__ import annotations

from bench.corpus import corpus
from bench.run import EXAMPLE_LABELS, _queries
from claimgraph.kg.build import build
from claimgraph.kg.locations import MEMORY
from claimgraph.kg.store import open_store


def test_queries_naming_an_entity_of_the_article_ask_about_corpus_hubs_and_find_claims() -> None:
    size = 600
    queries = _queries(size)
    store = open_store(MEMORY)
    build(store, corpus(size))
    for label in EXAMPLE_LABELS:
        assert not any(f'"{label}"' in text for text in queries.values())
    for name in ("claims-about-entity", "claims-by-source"):
        rows = list(store.query(queries[name]))
        assert len(rows) >= 5, name
    store.close()
