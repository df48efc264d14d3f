"""Views made from networkx graphs, and the HTML pages rendered from them."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import networkx as nx
import pytest

from claimgraph.kg.analysis import pagerank
from claimgraph.kg.network import Network, claim_provenance, read_network
from claimgraph.viz import assets
from claimgraph.viz.render import render
from claimgraph.viz.views import TYPE_COLOURS, cap_nodes, claim_tips, entity_view, provenance_view, with_tips


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text of each script."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[tuple[dict[str, str], str]] = []
        self._script: dict[str, str] | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._script = dict(attrs)
            self.scripts.append((self._script, ""))

    def handle_data(self, data):
        if self._script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None


def parse(html: str) -> Tags:
    tags = Tags()
    tags.feed(html)
    return tags


def view_data(html: str) -> dict[str, object]:
    (text,) = [text for attrs, text in parse(html).scripts if attrs.get("id") == "cg-view-data"]
    return json.loads(text)


def test_entity_view_colours_sizes_and_labels(built_store) -> None:
    network = read_network(built_store)
    graph = network.graph()
    scores = pagerank(graph)
    view = entity_view(graph, scores, network, title="Network", link=lambda entity: f"/entities/{entity}")
    nodes = {node["id"]: node for node in view.nodes}
    assert set(nodes) == set(graph.nodes)
    assert nodes["anthropic"]["color"] == TYPE_COLOURS["firm"] and nodes["dealroom"]["color"] == TYPE_COLOURS["data_provider"]
    biggest = max(nodes.values(), key=lambda node: node["size"])
    assert biggest["id"] == max(scores, key=scores.get)
    assert nodes["openai"]["url"] == "/entities/openai"
    edges = {edge["id"]: edge for edge in view.edges}
    founding = edges["assertion:anthropic:openai"]
    assert founding["label"] == "founderFormerEmployer, comparedWith" and founding["value"] == 2
    assert (founding["from"], founding["to"], founding["dashes"]) == ("anthropic", "openai", False)
    source = edges["attribution:dealroom:uk-ai-sector"]
    assert source["dashes"] is True and source["label"] == "source: fundingRaised"
    assert source["info"]["claims"] == ["uk-ai-sector-vc-funding-2024"]
    claim = claim_tips(network, source["info"]["claims"])["uk-ai-sector-vc-funding-2024"]
    assert claim["quote"].startswith("For context, the entire UK AI sector") and claim["claimant"] == "Dealroom"
    assert claim["verdict"] == "not reviewed" and claim["about"] == "2024"
    publisher = edges["attribution:uk-ai-gap-article-publisher:anthropic"]
    assert publisher["info"]["total"] == 15 and len(publisher["info"]["claims"]) == 5 and publisher["info"]["more"] == 10
    assert publisher["info"]["claims"] == sorted(publisher["info"]["claims"])  # the first five in id order
    assert ("data provider", TYPE_COLOURS["data_provider"]) in view.legend
    assert view.omitted is None


def test_a_served_page_holds_claim_ids_not_their_words(built_store) -> None:
    network = read_network(built_store)
    graph = network.graph()
    html = render(entity_view(graph, pagerank(graph), network, title="Network", tips_url="/api/claim-tips"), asset_base="/views/assets")
    data = view_data(html)
    assert data["tips"] == {} and data["tips_url"] == "/api/claim-tips"
    named = {claim for edge in data["edges"] for claim in edge["info"]["claims"]}
    assert named and named <= set(network.claims)
    for claim in network.claims.values():  # the bundled statements and quotes are long enough to be unmistakable
        assert json.dumps(claim.statement)[1:-1] not in html
        assert claim.quote is None or json.dumps(claim.quote)[1:-1] not in html


def test_a_file_for_reading_alone_holds_what_its_tooltips_name(built_store) -> None:
    network = read_network(built_store)
    graph = network.graph()
    view = entity_view(graph, pagerank(graph), network, title="Network")
    data = view_data(render(with_tips(view, network)))
    named = {claim for edge in data["edges"] for claim in edge["info"]["claims"]}
    assert data["tips_url"] is None and set(data["tips"]) == named
    tip = data["tips"]["openai-valuation-300bn"]
    assert tip["statement"] == network.claims["openai-valuation-300bn"].statement and tip["claimant"]
    assert claim_tips(network, ["openai-valuation-300bn", "no-such-claim"]) == {"openai-valuation-300bn": tip}


def test_the_cap_keeps_the_most_central_and_what_was_asked_for(built_store) -> None:
    network = read_network(built_store)
    graph = network.graph()
    scores = pagerank(graph)
    view = entity_view(graph, scores, network, title="Capped", cap=5, keep=["london"])
    ids = {node["id"] for node in view.nodes}
    top_four = sorted(scores, key=lambda node: -scores[node])[:4]
    assert ids == set(top_four) | {"london"}
    assert view.omitted.count == graph.number_of_nodes() - 5 and view.omitted.total == 27
    assert sum(view.omitted.by_type.values()) == view.omitted.count
    assert view.omitted.links == graph.number_of_edges() - graph.subgraph(ids).number_of_edges()
    html = render(view, asset_base="/views/assets")
    assert "Showing the 5 most central of 27 entities (cap 5)" in html and "Left out: 22 entities" in html


def test_cap_nodes_keeps_everything_under_the_cap() -> None:
    graph = nx.path_graph(4)
    small, omitted = cap_nodes(graph, {}, 10)
    assert set(small) == set(graph) and omitted.count == 0


def test_a_linked_page_loads_only_our_assets(built_store) -> None:
    network = read_network(built_store)
    graph = network.graph()
    html = render(entity_view(graph, pagerank(graph), network, title="Network"), asset_base="/views/assets")
    tags = parse(html)
    sources = [attrs["src"] for tag, attrs in tags.tags if tag == "script" and "src" in attrs]
    sheets = [attrs["href"] for tag, attrs in tags.tags if tag == "link"]
    assert sources == ["/views/assets/vis-network.min.js", "/views/assets/network.js"]
    assert sheets == ["/views/assets/vis-network.css", "/views/assets/network.css"]
    assert not re.search(r"https?://(?!w3id\.org/claimgraph)", html)  # no address of any other origin, only our IRIs in data


def test_an_inline_page_needs_nothing_else() -> None:
    graph = nx.Graph()
    graph.add_node("a", label="A", type="firm")
    html = render(entity_view(graph, {"a": 1.0}, Network({}), title="One"))
    tags = parse(html)
    assert not [attrs for tag, attrs in tags.tags if tag in ("script", "link", "img", "iframe") and ({"src", "href"} & set(attrs))]
    vis_js, _ = assets.asset("vis-network.min.js")
    assert vis_js in html
    assert "var network;" in html  # the global tests and users' scripts reach


def test_data_is_never_markup(store) -> None:
    graph = nx.Graph()
    evil = "</script><script>alert(1)</script><img src=x onerror=alert(2)>"
    graph.add_node("a", label=evil, type="firm")
    graph.add_node("b", label="B & <b>C</b>", type="person")
    html = render(entity_view(graph, {"a": 0.5, "b": 0.5}, Network({}), title=evil, description=evil))
    assert "<script>alert(1)" not in html and "<img src=x" not in html and "<b>C</b>" not in html
    tags = parse(html)
    assert [tag for tag, _ in tags.tags].count("img") == 0
    assert view_data(html)["nodes"][0]["label"].startswith("</script><script>")  # intact as data
    assert "&lt;/script&gt;&lt;script&gt;alert(1)" in html  # the title, escaped


def test_provenance_view(built_store) -> None:
    network = read_network(built_store)
    view = provenance_view(claim_provenance(built_store, network, "openai-valuation-300bn"), title="Provenance", link=lambda e: f"/entities/{e}")
    kinds = {node["id"]: node for node in view.nodes}
    assert kinds["claim:openai-valuation-300bn"]["shape"] == "box"
    assert kinds["entity:openai"]["url"] == "/entities/openai"
    assert kinds["value"]["label"] == "300bn USD"
    assert {edge["label"] for edge in view.edges} == {"about", "valuation", "attributed to", "derived from", "quoted from", "anchored in"}
    assert view.claim_links is False


def test_unknown_asset() -> None:
    from claimgraph.kg.errors import NotFoundError

    with pytest.raises(NotFoundError):
        assets.asset("../../etc/passwd")
