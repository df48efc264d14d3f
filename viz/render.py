"""Render a view into one HTML page: its scripts and styles inlined, or linked under a URL prefix of ours.

The page never loads anything from another origin. Data goes into a JSON
script element (Jinja2's ``tojson`` escapes ``<``, ``>``, ``&`` and quotes), and
the page script builds tooltips and notes with ``textContent``.
"""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from claimgraph.viz.assets import SCRIPTS, STYLES, asset
from claimgraph.viz.views import View

_ENV = Environment(
    loader=PackageLoader("claimgraph.viz", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def render(view: View, *, asset_base: str | None = None, header: Markup | None = None, stylesheets: tuple[str, ...] = ()) -> str:
    """The HTML page of a view.

    Args:
        view: what to draw.
        asset_base: URL prefix the scripts and styles are served under (the
            API's); None to inline them, for a file that works on its own.
        header: trusted markup to put above the network (navigation, filters),
            already escaped by its own template.
        stylesheets: URLs of further style sheets (for the header).
    """
    inline = asset_base is None
    return _ENV.get_template("view.html").render(
        view=view,
        data={"nodes": view.nodes, "edges": view.edges, "options": view.options, "tips": view.tips, "tips_url": view.tips_url},
        header=header,
        scripts=[Markup(asset(name)[0]) for name in SCRIPTS] if inline else [f"{asset_base}/{name}" for name in SCRIPTS],
        styles=[Markup(asset(name)[0]) for name in STYLES] if inline else [f"{asset_base}/{name}" for name in STYLES],
        inline=inline,
        stylesheets=stylesheets,
    )
