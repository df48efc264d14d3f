"""The Jinja2 templates of the HTML pages (autoescaped) and the pages' own static files."""

from __future__ import annotations

from importlib.resources import files

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from claimgraph.api.sessions import visitor

from claimgraph.kg.errors import NotFoundError
from claimgraph.kg.errors import excerpt

STYLESHEET = "/static/style.css"

_ENV = Environment(
    loader=PackageLoader("claimgraph.api", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)

_STATIC = {"style.css": "text/css", "workbench.js": "text/javascript"}


def _exact_text(text: str) -> Markup:
    """Text escaped so that the page's DOM holds exactly it: a carriage return, which HTML parsing would turn into a
    line feed, is written as a character reference (offsets counted in the DOM then match the stored text's)."""
    return Markup(str(escape(text)).replace("\r", "&#13;"))


_ENV.filters["exact_text"] = _exact_text


def render_template(name: str, **context: object) -> str:
    """Render one page template, with who is signed in (``viewer``); every value is escaped unless marked safe."""
    return _ENV.get_template(name).render(stylesheet=STYLESHEET, viewer=visitor(), **context)


def static_file(name: str) -> tuple[str, str]:
    """The text and media type of one of the pages' static files.

    Raises:
        NotFoundError: no such file.
    """
    if name not in _STATIC:
        raise NotFoundError(f"no static file named {excerpt(name)}")
    return (files("claimgraph.api") / "static" / name).read_text(encoding="utf-8"), _STATIC[name]
