"""The SPARQL editor: YASGUI on this service's own endpoint, served from its own origin, the example queries as tabs.

A browser that asks ``/sparql`` for HTML gets this page (:func:`claimgraph.api.sparql.sparql_get`); every other
request to ``/sparql`` is the SPARQL protocol. YASGUI's files are copied into ``api/static`` by ``make editor``
(``npm ci`` from the pinned ``package-lock.json``); an installation without them says so on the page.
"""

from __future__ import annotations

from fastapi.responses import HTMLResponse

from claimgraph.api.pages import example_queries
from claimgraph.api.templating import render_template, static_installed
from claimgraph.kg.prefixes import PREFIX_IRIS
from claimgraph.kg.sparql import GRAPH_MEDIA_TYPES, RESULT_MEDIA_TYPES, TRUNCATED_HEADER

DOWNLOADS = {
    "application/sparql-results+json": ("JSON", "srj"),
    "application/sparql-results+xml": ("XML", "srx"),
    "text/csv": ("CSV", "csv"),
    "text/tab-separated-values": ("TSV", "tsv"),
    "text/turtle": ("Turtle", "ttl"),
    "application/n-triples": ("N-Triples", "nt"),
    "application/ld+json": ("JSON-LD", "jsonld"),
    "application/n-quads": ("N-Quads", "nq"),
    "application/trig": ("TriG", "trig"),
    "application/rdf+xml": ("RDF/XML", "rdf"),
}
"""A label and a file extension for each media type the endpoint answers in."""

ASSETS = ("yasgui.min.js", "yasgui.min.css")


def _formats(media_types: tuple[str, ...]) -> list[dict[str, str]]:
    return [{"media_type": media, "label": DOWNLOADS[media][0], "extension": DOWNLOADS[media][1]} for media in media_types]


def editor_page() -> HTMLResponse:
    """The editor; without YASGUI's files, a page that says how to get them and how to query without them."""
    config = {
        "examples": [{"name": query["name"], "text": query["text"]} for query in example_queries()],
        "prefixes": PREFIX_IRIS,
        "downloads": {"results": _formats(RESULT_MEDIA_TYPES), "graphs": _formats(GRAPH_MEDIA_TYPES)},
        "cut_header": TRUNCATED_HEADER.lower(),
    }
    installed = all(static_installed(name) for name in ASSETS)
    page = render_template("sparql.html", config=config, installed=installed, downloads=config["downloads"])
    return HTMLResponse(page, headers={"Vary": "Accept"})
