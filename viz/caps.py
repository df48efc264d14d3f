"""How many entities a network view shows: by default, and at most."""

from __future__ import annotations

DEFAULT_NODE_CAP = 300
"""How many entities a view shows at most unless asked for more."""

MAX_NODE_CAP = 5000
"""The largest cap a caller may ask for."""
