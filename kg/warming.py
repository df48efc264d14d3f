"""What the pages read first, computed ahead of them: once the service starts, and again after every write.

Reading the network of 100,000 claims and ranking its entities takes seconds
after a start and half a second after a write; a page asked for in that time
waits for it. :class:`Warmer` asks the :class:`~claimgraph.kg.cache.DerivedCache`
for those values in a thread of its own whenever the store's version moves, so
that a page that comes a moment after the write finds them kept. It works
while the service answers no request: Python runs one thread at a time, and a
page answered beside the warming waited for both (the home page right after a
curation at 100,000 claims 0.6 s -> 1.0 s). A page that comes during a step
waits for that step instead of computing the same again. Only an embedded
store is warmed: nothing is kept for a remote one.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from claimgraph.kg.cache import DerivedCache

POLL_SECONDS = 0.25
"""How long the thread waits for a write before it looks again whether it is to stop."""
IDLE_POLL_SECONDS = 0.01
"""How often the thread looks whether the service is idle, when it is not."""
STOP_SECONDS = 30.0
"""How long stopping waits for a computation under way (reading the store, which is closed next) before it gives up."""

_log = logging.getLogger(__name__)


class Warmer:
    """A daemon thread that keeps the network, its PageRank and centrality, and the claim list's count, order and
    filter menus computed for the store's current version."""

    def __init__(self, derived: DerivedCache, idle: Callable[[], bool] = lambda: True) -> None:
        """``idle``: whether the service is answering no request (each step waits for it)."""
        self.derived = derived
        self.idle = idle
        self.warmed: int | None = None
        """The store's version the values were last computed for."""
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="warmer", daemon=True)

    def start(self) -> Warmer:
        """Start warming (nothing for a remote store); returns itself."""
        if self.derived.store.version is not None:
            self._thread.start()
        return self

    @property
    def running(self) -> bool:
        """Whether the thread is warming or waiting for a write."""
        return self._thread.is_alive()

    def stop(self) -> None:
        """End the thread, waiting up to :data:`STOP_SECONDS` for a computation under way."""
        self._stop.set()
        if self.running:
            self._thread.join(STOP_SECONDS)

    def _run(self) -> None:
        steps = (self.derived.network_with_pagerank, self.derived.network_with_centrality, self.derived.claim_count,
                 self.derived.claim_order, self.derived.claim_filter_choices)
        while not self._stop.is_set():
            version = self.derived.store.version
            if version != self.warmed:
                try:
                    for step in steps:
                        if not self._wait_for_idle():
                            return
                        step()
                except Exception:  # a page asking for the same computes it again and reports what fails
                    _log.exception("warming the derived values failed")
                self.warmed = version
            self.derived.store.wait_for_write(self.warmed, POLL_SECONDS)

    def _wait_for_idle(self) -> bool:
        """Wait while the service answers requests; False once asked to stop."""
        while not self.idle():
            if self._stop.wait(IDLE_POLL_SECONDS):
                return False
        return not self._stop.is_set()
