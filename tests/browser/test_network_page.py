"""The network page in a real browser: nodes, tooltips, clicks, and no request to any other origin."""

from __future__ import annotations

from claimgraph.claims.model import ClaimSet
from claimgraph.kg.analysis import pagerank
from claimgraph.kg.build import vocabulary_quads
from claimgraph.kg.locations import MEMORY
from claimgraph.kg.network import read_network
from claimgraph.kg.store import insert_data, open_store
from claimgraph.viz.render import render
from claimgraph.viz.views import entity_view, with_tips


def wait_ready(page) -> None:
    page.wait_for_selector("body[data-network=ready]")


def test_the_network_page_shows_every_entity(bundled_server, visit, bundled: ClaimSet) -> None:
    page = visit.page
    page.goto(f"{bundled_server.origin}/views/network")
    wait_ready(page)
    ids = page.evaluate("nodes.getIds()")
    assert sorted(ids) == sorted(entity.id for entity in bundled.entities)
    assert page.evaluate("network.body.data.nodes.length") == len(bundled.entities)
    labels = page.evaluate("nodes.get().map(n => n.label)")
    assert "Anthropic" in labels and "Dealroom" in labels
    assert page.evaluate("network.physics.options.enabled") is False  # frozen after stabilising
    legend = page.locator(".cg-legend").inner_text()
    assert "data provider" in legend and "anonymous source" in legend
    assert visit.errors == []


def test_an_edge_tooltip_shows_the_quote_claimant_and_verdict(bundled_server, visit, hover_edge) -> None:
    page = visit.page
    page.goto(f"{bundled_server.origin}/views/network")
    wait_ready(page)
    assert not [url for url in visit.requests if "/api/claim-tips" in url]
    tooltip, _ = hover_edge(page, "attribution:dealroom:uk-ai-sector")
    tooltip.locator(".cg-tip-statement").wait_for()  # read from the service once hovered
    text = tooltip.inner_text()
    assert "For context, the entire UK AI sector attracted just £4.7bn in venture capital funding last year" in text
    assert "UK AI companies raised 4.7 billion pounds of venture capital in 2024." in text
    assert "Claimant: Dealroom" in text and "verdict: not reviewed" in text and "about 2024" in text
    assert [url for url in visit.requests if "/api/claim-tips" in url] == [f"{bundled_server.origin}/api/claim-tips?id=uk-ai-sector-vc-funding-2024"]
    assert visit.errors == []


def test_a_written_file_shows_its_tooltips_without_the_service(bundled_quads, visit, hover_edge, tmp_path) -> None:
    store = open_store(MEMORY)
    store.update(insert_data(vocabulary_quads() + bundled_quads))
    network = read_network(store)
    graph = network.graph()
    page_file = tmp_path / "network.html"
    page_file.write_text(render(with_tips(entity_view(graph, pagerank(graph), network, title="Network"), network)), encoding="utf-8")
    page = visit.page
    page.goto(page_file.as_uri())
    wait_ready(page)
    tooltip, _ = hover_edge(page, "attribution:dealroom:uk-ai-sector")
    assert "UK AI companies raised 4.7 billion pounds of venture capital in 2024." in tooltip.inner_text()
    assert "Claimant: Dealroom" in tooltip.inner_text()
    assert [url for url in visit.requests if not url.startswith("file://")] == [] and visit.errors == []


COUNT_CANVAS_CALLS = """
window.canvasCalls = {fillText: [], rotate: 0};
const context = CanvasRenderingContext2D.prototype;
const fillText = context.fillText, rotate = context.rotate;
context.fillText = function (text, ...rest) { window.canvasCalls.fillText.push(String(text)); return fillText.call(this, text, ...rest); };
context.rotate = function (...args) { window.canvasCalls.rotate += 1; return rotate.apply(this, args); };
"""


def test_link_labels_are_drawn_level(bundled_server, visit) -> None:
    """Labels turned along their links made Chromium take seconds per redraw of a large view (see the benchmark)."""
    page = visit.page
    page.add_init_script(COUNT_CANVAS_CALLS)
    page.goto(f"{bundled_server.origin}/views/network")
    wait_ready(page)
    page.evaluate("network.moveTo({scale: 1.5, animation: false})")
    page.evaluate("window.canvasCalls = {fillText: [], rotate: 0}; network.redraw()")
    calls = page.evaluate("window.canvasCalls")
    link_labels = set(page.evaluate("edges.get().map(e => e.label)"))
    assert link_labels & set(calls["fillText"]), "no link label was drawn"
    assert calls["rotate"] == 0


def test_clicking_a_node_opens_its_entity_page(bundled_server, visit, click_node) -> None:
    page = visit.page
    page.goto(f"{bundled_server.origin}/")
    wait_ready(page)
    click_node(page, "openai")
    page.wait_for_url(f"{bundled_server.origin}/entities/openai")
    assert page.locator("h1").inner_text() == "OpenAI"
    assert "Claims about it (1)" in page.locator("main").inner_text()


def test_filters_and_cap_are_applied_on_the_server(bundled_server, visit) -> None:
    page = visit.page
    page.goto(f"{bundled_server.origin}/views/network?claim_type=funding&limit=3")
    wait_ready(page)
    assert page.evaluate("nodes.length") == 3
    notice = page.locator("#cg-omitted").inner_text()
    assert "Showing the 3 most central of 6 entities (cap 3)" in notice and "Left out: 3 entities" in notice


def test_every_request_goes_to_the_serving_origin(bundled_server, visit) -> None:
    page = visit.page
    origin = bundled_server.origin
    for path in ("/", "/views/network", "/claims", "/claims/uk-ai-sector-vc-funding-2024", "/entities/anthropic", "/queries"):
        page.goto(origin + path)
        page.wait_for_load_state("networkidle")
        for frame in page.frames:
            if frame.url.startswith(origin + "/views/"):
                frame.wait_for_selector("body[data-network=ready]")
    assert visit.requests, "the pages made no request at all"
    strangers = [url for url in visit.requests if not url.startswith(origin + "/")]
    assert strangers == []
    assert any(url.endswith("/views/assets/vis-network.min.js") for url in visit.requests)
    assert visit.errors == []


def test_the_claim_page_highlights_the_quote_in_its_document(bundled_server, visit) -> None:
    page = visit.page
    page.goto(f"{bundled_server.origin}/claims/uk-ai-sector-vc-funding-2024")
    mark = page.locator("#document-text mark#quote")
    assert mark.inner_text() == "For context, the entire UK AI sector attracted just £4.7bn in venture capital funding last year, according to Dealroom data."
    assert page.locator("#document-text").inner_text().startswith("Anthropic, the San Francisco-based AI safety lab")
    frame = page.frame_locator("iframe.view")
    frame.locator("body[data-network=ready]").wait_for()
