"""The index pages: entities, documents and sources, with the filters and paging of their ``/api`` lists
(the same readers answer both)."""

from __future__ import annotations

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse

from claimgraph.api.deps import FormAsOf, StoreDep
from claimgraph.api.templating import pager_links, render_template
from claimgraph.claims.model import ENTITY_TYPES
from claimgraph.kg import resources

router = APIRouter(tags=["pages"])


def _chosen(**values: object) -> list[tuple[str, str]]:
    """The filters given, as query pairs."""
    return [(name, value.isoformat() if hasattr(value, "isoformat") else str(value)) for name, value in values.items() if value]


def _page(template: str, path: str, page: resources.Page, query: list[tuple[str, str]], **context: object) -> HTMLResponse:
    links = pager_links(path, "/api" + path, query, page.limit, page.offset, page.total)
    return HTMLResponse(render_template(template, page=page, chosen=dict(query), links=links, **context))


@router.get("/entities", response_class=HTMLResponse)
def entity_index(
    store: StoreDep,
    type: str | None = Query(None),  # noqa: A002 - the name of the filter in /api/entities
    q: str | None = Query(None),
    as_of: FormAsOf = None,
    limit: int = Query(50, ge=1, le=1000),
    offset: int = Query(0, ge=0),
) -> HTMLResponse:
    """Entities with their counts of claims, by label, filtered as ``/api/entities`` filters them."""
    page = resources.list_entities(store, type or None, q or None, limit, offset, as_of)
    return _page("entities.html", "/entities", page, _chosen(type=type, q=q, as_of=as_of), types=ENTITY_TYPES)


@router.get("/documents", response_class=HTMLResponse)
def document_index(store: StoreDep, as_of: FormAsOf = None, limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0)) -> HTMLResponse:
    """Documents with their counts of claims on the record (now, or ``as_of`` a time), as ``/api/documents`` lists them."""
    page = resources.list_documents(store, limit, offset, as_of)
    return _page("documents.html", "/documents", page, _chosen(as_of=as_of))


@router.get("/sources", response_class=HTMLResponse)
def source_index(store: StoreDep, as_of: FormAsOf = None, limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0)) -> HTMLResponse:
    """Claimants, most claims first, anonymous ones marked, as ``/api/sources`` lists them."""
    page = resources.list_sources(store, limit, offset, as_of)
    return _page("sources.html", "/sources", page, _chosen(as_of=as_of))
