"""The Jinja2 templates of the HTML pages (autoescaped), how they show dates, the links of a paged list, and the
pages' own static files."""

from __future__ import annotations

import datetime as dt
from importlib.resources import files
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from claimgraph.api.sessions import visitor

from claimgraph.claims.errors import InputError
from claimgraph.claims.times import parse_time
from claimgraph.kg.errors import NotFoundError
from claimgraph.kg.errors import excerpt

STYLESHEET = "/static/style.css"

_ENV = Environment(
    loader=PackageLoader("claimgraph.api", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)

_STATIC = {
    "style.css": "text/css",
    "workbench.js": "text/javascript",
    "editor.js": "text/javascript",
    "yasgui.min.js": "text/javascript",
    "yasgui.min.css": "text/css",
    "yasgui.min.js.LICENSE.txt": "text/plain",
    "yasgui-LICENSE.txt": "text/plain",
}
"""The pages' static files; the ``yasgui`` ones are copied here by ``make editor`` (see :mod:`claimgraph.api.editor`)."""


def shown_date(value: dt.datetime | dt.date | str | None) -> str:
    """A date or time as a reader reads it: an instant in UTC to the minute, a day, a month or a year as given
    (never more precise than the value); text that is no date, as it is.

    >>> shown_date("2026-03-01T09:05:59.5+01:00"), shown_date("2025-02-03"), shown_date("2024-11"), shown_date("2024")
    ('1 Mar 2026, 08:05 UTC', '3 Feb 2025', 'Nov 2024', '2024')
    >>> shown_date("last year")
    'last year'
    """
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        instant = value
    elif isinstance(value, dt.date):
        return f"{value.day} {value:%b %Y}"
    elif "T" in value:
        try:
            instant = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    else:
        try:
            time = parse_time(value)
        except InputError:
            return value
        day = dt.date.fromisoformat(time.value + "-01" * (2 - time.value.count("-")))
        return {"year": time.value, "month": f"{day:%b %Y}", "day": f"{day.day} {day:%b %Y}"}[time.precision]
    if instant.tzinfo is None:
        return f"{instant.day} {instant:%b %Y, %H:%M}"
    return f"{instant.day} {instant.astimezone(dt.timezone.utc):%b %Y, %H:%M} UTC"


def time_element(value: dt.datetime | dt.date | str | None) -> Markup:
    """A ``<time>`` element showing :func:`shown_date`, the exact value in its ``datetime`` and ``title``."""
    if value is None or value == "":
        return Markup("")
    exact = value.isoformat() if isinstance(value, dt.date) else str(value)
    return Markup('<time datetime="{0}" title="{0}">{1}</time>').format(exact, shown_date(value))


_ENV.filters["when"] = time_element


def pager_links(path: str, api: str, query: list[tuple[str, str]], limit: int, offset: int, total: int) -> dict[str, str | None]:
    """The links of a paged list (``pager.html``): the same page as JSON (``api``), the previous and the next page."""

    def at(base: str, start: int) -> str:
        return f"{base}?{urlencode([*query, ('limit', limit), ('offset', start)])}"

    return {
        "api": at(api, offset),
        "previous": at(path, max(0, offset - limit)) if offset > 0 else None,
        "next": at(path, offset + limit) if offset + limit < total else None,
    }


def _exact_text(text: str) -> Markup:
    """Text escaped so that the page's DOM holds exactly it: a carriage return, which HTML parsing would turn into a
    line feed, is written as a character reference (offsets counted in the DOM then match the stored text's)."""
    return Markup(str(escape(text)).replace("\r", "&#13;"))


_ENV.filters["exact_text"] = _exact_text


def render_template(name: str, **context: object) -> str:
    """Render one page template, with who is signed in (``viewer``); every value is escaped unless marked safe."""
    return _ENV.get_template(name).render(stylesheet=STYLESHEET, viewer=visitor(), **context)


def static_installed(name: str) -> bool:
    """Whether one of the pages' static files is in this installation."""
    return name in _STATIC and (files("claimgraph.api") / "static" / name).is_file()


def static_file(name: str) -> tuple[str, str]:
    """The text and media type of one of the pages' static files.

    Raises:
        NotFoundError: no such file, or not in this installation.
    """
    if not static_installed(name):
        raise NotFoundError(f"no static file named {excerpt(name)}")
    return (files("claimgraph.api") / "static" / name).read_text(encoding="utf-8"), _STATIC[name]
