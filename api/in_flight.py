"""How many HTTP requests the service is answering, so that work in the background waits for a moment with none."""

from __future__ import annotations

import time

from starlette.types import ASGIApp, Receive, Scope, Send

QUIET_SECONDS = 0.1
"""How long the service must have answered nothing to count as idle: a page's requests come one after the other, with
gaps of a few milliseconds between them."""


class Answering:
    """The number of HTTP requests being answered, and when the last one ended."""

    def __init__(self) -> None:
        self.requests = 0
        self.last_ended = time.monotonic()

    def idle(self) -> bool:
        """Whether no request has been answered for :data:`QUIET_SECONDS`."""
        return self.requests == 0 and time.monotonic() - self.last_ended >= QUIET_SECONDS


class CountRequests:
    """ASGI middleware that keeps :class:`Answering` up to date (on the event loop, the only place that changes it)."""

    def __init__(self, app: ASGIApp, answering: Answering) -> None:
        self.app, self.answering = app, answering

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        self.answering.requests += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.answering.requests -= 1
            self.answering.last_ended = time.monotonic()
