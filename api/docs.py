"""The Swagger UI and ReDoc pages, with their scripts and styles served from here (no CDN), and nothing fetched
from elsewhere: ReDoc's sidebar credit keeps its words but not the logo it would load from Redocly's CDN."""

from __future__ import annotations

from importlib.resources import files

from fastapi import APIRouter, HTTPException, Request, Response
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse

from claimgraph.kg.errors import excerpt

router = APIRouter(include_in_schema=False)

ASSETS = "/docs/assets"
_TYPES = {
    "swagger-ui-bundle.js": "text/javascript",
    "swagger-ui.css": "text/css",
    "redoc.standalone.js": "text/javascript",
    "favicon.png": "image/png",
}
REDOC_LOGO = b"https://cdn.redoc.ly/redoc/logo-mini.svg"
"""The image ReDoc's sidebar loads from another origin; without an address, ReDoc drops the image."""


@router.get("/docs")
def swagger(request: Request) -> HTMLResponse:
    """Interactive API documentation."""
    return get_swagger_ui_html(
        openapi_url=request.app.openapi_url,
        title=f"{request.app.title}: API",
        swagger_js_url=f"{ASSETS}/swagger-ui-bundle.js",
        swagger_css_url=f"{ASSETS}/swagger-ui.css",
        swagger_favicon_url=f"{ASSETS}/favicon.png",
    )


@router.get("/redoc")
def redoc(request: Request) -> HTMLResponse:
    """Readable API reference."""
    return get_redoc_html(
        openapi_url=request.app.openapi_url,
        title=f"{request.app.title}: API reference",
        redoc_js_url=f"{ASSETS}/redoc.standalone.js",
        redoc_favicon_url=f"{ASSETS}/favicon.png",
        with_google_fonts=False,
    )


@router.get(ASSETS + "/{name}")
def asset(name: str) -> Response:
    """One of the documentation pages' own files (from the fastapi-offline package)."""
    if name not in _TYPES:
        raise HTTPException(404, f"no documentation asset named {excerpt(name)}")
    data = (files("fastapi_offline") / "static" / name).read_bytes()
    if name == "redoc.standalone.js":
        data = data.replace(REDOC_LOGO, b"")
    return Response(data, media_type=_TYPES[name], headers={"Cache-Control": "public, max-age=86400"})
