"""URLs carrying ``javascript:`` and ``data:`` links, in a store that holds them (written by another tool,
past our checks), are shown as text in a real browser: no link runs script, even when clicked."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from rdflib import Literal, URIRef

from claimgraph.claims.loader import load_claim_set
from claimgraph.kg.build import build
from claimgraph.kg.mapping import DEFAULT
from claimgraph.kg.namespaces import SCHEMA, claim_iri, document_iri
from claimgraph.kg.reviews import review_iri, review_quads, reviewing_iri, scale, status_from_reviews
from claimgraph.kg.locations import MEMORY
from claimgraph.kg.store import insert_data, open_store
from tests.browser.conftest import NETWORK_DATA
from tests.browser.test_markup_is_text import assert_nothing_ran

CLAIM = "harmless-owned-by-evil"
HOSTILE_LINKS = [
    "javascript:window.__xss=5;alert('evidence')",
    "JaVaScRiPt:window.__xss=6",
    "data:text/html,%3Cscript%3Ewindow.__xss=7%3C/script%3E",
    "javascript:window.__xss=8//%0Aalert(1)",
]
GOOD_LINK = "https://example.org/report?a=1&b=2"


@pytest.fixture(scope="module")
def link_server(serve):
    """The hostile claim set, with a review whose evidence and rationale carry script links, and a document URL that is one."""
    store = open_store(MEMORY)
    build(store, [load_claim_set(NETWORK_DATA / "hostile.yaml", NETWORK_DATA)])
    review = review_iri(CLAIM, 1)
    quads = review_quads(
        review, claim_iri(CLAIM), scale().verdicts["false"],
        "See <a href=\"javascript:window.__xss=9\">this</a> and [x](javascript:window.__xss=10).",
        [URIRef(link) for link in (*HOSTILE_LINKS, GOOD_LINK)], "<a href='javascript:window.__xss=11'>Mallory</a>",
        datetime(2025, 2, 1, tzinfo=timezone.utc), None, reviewing_iri(CLAIM, 1),
    )  # fmt: skip
    quads.append((document_iri("hostile-markup-article"), SCHEMA.url, URIRef("javascript:window.__xss=12"), DEFAULT))
    quads.append((document_iri("hostile-markup-article"), SCHEMA.name, Literal("<a href='javascript:window.__xss=13'>t</a>"), DEFAULT))
    store.update(insert_data(quads) + " ;\n" + status_from_reviews(claim_iri(CLAIM)))
    return serve(store)


@pytest.mark.parametrize("path", [f"/claims/{CLAIM}", "/claims", "/views/network", f"/views/claim/{CLAIM}", "/entities/evil-corp", "/documents"])
def test_script_links_are_text_and_clicking_them_runs_nothing(link_server, visit, path: str) -> None:
    page = visit.page
    page.goto(link_server.origin + path)
    page.wait_for_load_state("networkidle")
    for frame in page.frames:
        assert frame.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.protocol).filter(p => p !== 'http:' && p !== 'https:')") == []
        assert frame.evaluate("document.querySelectorAll('[href*=\"javascript:\" i], [src*=\"javascript:\" i], [action*=\"javascript:\" i]').length") == 0
    if path == f"/claims/{CLAIM}":
        evidence = page.locator("ol.reviews")
        text = evidence.inner_text()
        for link in HOSTILE_LINKS:
            assert link in text
        assert "<a href=\"javascript:window.__xss=9\">this</a>" in text and "Mallory" in text
        (good,) = evidence.locator("a").all()
        assert good.get_attribute("href") == GOOD_LINK and "noopener" in good.get_attribute("rel")
        for link in HOSTILE_LINKS:
            page.get_by_text(link, exact=False).first.click()
        assert page.url == link_server.origin + path
    assert_nothing_ran(visit)
