"""A generated network of 2,000 entities: the view is produced and becomes interactive (timing is for the benchmark)."""

from __future__ import annotations

import random
from collections import Counter

from claimgraph.claims.model import CLAIM_TYPES, ENTITY_TYPES, Anchor, TimeRef
from claimgraph.kg.analysis import pagerank
from claimgraph.kg.network import Entity, Network
from claimgraph.kg.projection import ClaimRecord
from claimgraph.viz.render import render
from claimgraph.viz.views import HOVER_LINKS, entity_view

ENTITIES = 2000


def generated_network(entities: int = ENTITIES, claims_per_entity: float = 1.5, seed: int = 11) -> Network:
    """A network shaped like real coverage: a few sources state most claims, a few firms draw most of them."""
    rng = random.Random(seed)
    ids = [f"entity-{number:05d}" for number in range(entities)]
    kinds = [kind for kind in ENTITY_TYPES if kind != "anonymous_source"]
    people = {entity: Entity(entity, f"https://example.org/{entity}", f"Entity {number}", rng.choice(kinds)) for number, entity in enumerate(ids)}
    sources = ids[: max(2, entities // 40)]
    claims = {}
    for number in range(int(entities * claims_per_entity)):
        subject = ids[min(int(rng.paretovariate(1.2)) - 1, entities - 1)] if rng.random() < 0.3 else rng.choice(ids)
        target = rng.choice(ids)
        claim_id = f"claim-{number:05d}"
        claims[claim_id] = ClaimRecord(
            id=claim_id, iri=f"https://example.org/{claim_id}", type=rng.choice(CLAIM_TYPES),
            statement=f"Statement {number}", status="unverified", subject=subject,
            predicate="https://w3id.org/claimgraph/ns#comparedWith", claimant=rng.choice(sources), document="generated",
            anchor=Anchor(0, 9, f"Quote {number}", "", ""), about=TimeRef("2024", "year"),
            about_interval=("2024-01-01", "2024-12-31"), stated=TimeRef(), object=target if target != subject else None,
        )
    return Network(entities=people, claims=claims)


FREE_LINK = """(ids) => ids.find(id => {
  const link = edges.get(id);
  network.fit({nodes: [link.from, link.to], animation: false});
  return network.getNodeAt(network.canvasToDOM(network.body.edges[id].edgeType.getPoint(0.5))) === undefined;
})"""
"""The first of these links with no node drawn over its middle, once zoomed in on its ends."""

FREE_NODE = """(ids) => ids.find(id => {
  network.focus(id, {scale: 1.5, animation: false});
  return network.getNodeAt(network.canvasToDOM(network.getPositions([id])[id])) === id;
})"""
"""The first of these nodes with no other node drawn over its centre, once focused on (left focused)."""


def test_a_2000_entity_view_becomes_interactive(visit, tmp_path, hover_edge) -> None:
    network = generated_network()
    graph = network.graph()
    view = entity_view(graph, pagerank(graph), network, title="Generated", cap=ENTITIES)
    assert len(view.nodes) == ENTITIES and view.omitted is None
    assert len(view.edges) > HOVER_LINKS and view.options["interaction"]["hover"] is False
    page_file = tmp_path / "large.html"
    page_file.write_text(render(view), encoding="utf-8")
    page = visit.page
    page.goto(page_file.as_uri())
    page.wait_for_selector("body[data-network=ready]", timeout=300_000)
    assert page.evaluate("nodes.length") == ENTITIES
    assert page.evaluate("network.physics.options.enabled") is False
    # interactive: the wheel zooms, and a click selects the node under it
    canvas = page.locator("#mynetwork canvas").bounding_box()
    before = page.evaluate("network.getScale()")
    page.mouse.move(canvas["x"] + canvas["width"] / 2, canvas["y"] + canvas["height"] / 2)
    page.mouse.wheel(0, -400)
    page.wait_for_function("(before) => network.getScale() > before", arg=before)
    node = page.evaluate(FREE_NODE, [entry["id"] for entry in view.nodes[:50]])
    assert node is not None
    point = page.evaluate("(id) => network.canvasToDOM(network.getPositions([id])[id])", node)
    page.mouse.click(canvas["x"] + point["x"], canvas["y"] + point["y"])
    page.wait_for_function("(id) => network.getSelectedNodes().includes(id)", arg=node)
    # without hover highlighting, a link's tooltip still shows
    pairs = Counter(frozenset((edge["from"], edge["to"])) for edge in view.edges)
    alone = [edge["id"] for edge in view.edges if pairs[frozenset((edge["from"], edge["to"]))] == 1]
    hover_edge(page, page.evaluate(FREE_LINK, alone))
    headings = sorted({edge["info"]["heading"] for edge in view.edges})
    # the way there may pass a node, whose tooltip shows first; and other links may cross this one's middle
    page.wait_for_function("(headings) => headings.includes(document.querySelector('div.vis-tooltip').innerText.split('\\n')[0])",
                           arg=headings)
    assert visit.errors == []
