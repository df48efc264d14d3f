"""The scripts and styles a view needs: vis-network from pyvis' own package, and ours.

Nothing is fetched from a network: the files are read from installed packages,
then either inlined into a view or served by the API under one URL prefix.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pyvis

from claimgraph.kg.errors import NotFoundError
from claimgraph.kg.errors import excerpt

VIS_VERSION = "9.1.2"

_OWN = files("claimgraph.viz") / "static"


def _vis(name: str) -> Path:
    return Path(pyvis.__file__).resolve().parent / "lib" / f"vis-{VIS_VERSION}" / name


ASSETS: dict[str, tuple[object, str]] = {
    "vis-network.min.js": (_vis("vis-network.min.js"), "text/javascript"),
    "vis-network.css": (_vis("vis-network.css"), "text/css"),
    "network.js": (_OWN / "network.js", "text/javascript"),
    "network.css": (_OWN / "network.css", "text/css"),
}
"""Every asset by name: where it is read from and its media type."""

SCRIPTS = ("vis-network.min.js", "network.js")
STYLES = ("vis-network.css", "network.css")


def asset(name: str) -> tuple[str, str]:
    """The text and media type of one asset.

    Raises:
        NotFoundError: no asset has this name.
    """
    if name not in ASSETS:
        raise NotFoundError(f"no view asset named {excerpt(name)}")
    path, media_type = ASSETS[name]
    return path.read_text(encoding="utf-8"), media_type
