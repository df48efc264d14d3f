"""The states a reviewer records of a pledge's fulfilment; a pledge with none recorded is open."""

from __future__ import annotations

OPEN, KEPT, PARTLY_KEPT, BROKEN, WITHDRAWN = "open", "kept", "partly_kept", "broken", "withdrawn"
STATES = (OPEN, KEPT, PARTLY_KEPT, BROKEN, WITHDRAWN)
