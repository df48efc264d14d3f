"""Python's cycle collector held off while the network is read whole or its graph assembled.

Both allocate hundreds of thousands of objects that all live on. Each allocation
counts towards the collector's next run, and a full run walks every object alive,
so while the structure grows the collector walks it again and again and frees
nothing: 1.1 s of a 6.4 s first home page at 100,000 claims, half of the graph's
assembly. Held off, it runs as usual once the last holder is done, in whatever
state (on or off) it was found.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_was_enabled = False


@contextmanager
def collector_held() -> Iterator[None]:
    """Hold the cycle collector off for the block (or the decorated function); threads may hold it at once."""
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()
