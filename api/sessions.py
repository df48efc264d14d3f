"""Signing in to the pages with a token: sessions kept in memory, their cookie, and the checks of every form POST.

A session is a random id in an HttpOnly, SameSite=Strict cookie; the server keeps, for each id, the token's secret (in
memory only, never in a page, a URL or a log) and the session's CSRF token. The token is checked against the token file
again on every request, as the bearer auth of the API checks it, so a revoked token ends its sessions at once.

A form POST passes only if it comes from the service's own origin (``Origin``, else ``Referer``), carries the session
cookie and the session's CSRF token in its ``csrf`` field, and the token's role allows the action; otherwise it is
refused with 403 before anything is written.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass
from urllib.parse import urlsplit

from fastapi import Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from claimgraph.api.bodies import read_bounded
from claimgraph.kg import tokens
from claimgraph.kg.errors import AuthenticationError, PermissionDeniedError
from claimgraph.kg.tokens import Token

COOKIE = "claimgraph_session"
LIFETIME = 12 * 3600
"""Seconds a session lasts from sign-in."""
MAX_SESSIONS = 10_000
"""Sessions kept at most; beyond, the oldest ends."""
FORM_BYTES = 64 * 1024
"""The size limit of a form that holds no document."""
CSRF_FIELD = "csrf"
FORM_PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'",
    "Cache-Control": "no-store",
}
"""Headers of a page that holds forms: nothing from another origin, forms sent only here, not framed by other sites,
and not kept in a cache (it holds the session's CSRF token)."""


@dataclass(frozen=True)
class Session:
    """One signed-in browser: the id in its cookie, the token's secret and the CSRF token of its forms."""

    id: str
    secret: str
    csrf: str
    started: float


@dataclass(frozen=True)
class Visitor:
    """Who is signed in on this request: the session and the token it stands for, checked on this request."""

    session: Session
    token: Token


class Sessions:
    """The sessions of one app, in memory (a restart signs everyone out)."""

    def __init__(self) -> None:
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()

    def start(self, secret: str) -> Session:
        """A new session for a secret that was just authenticated."""
        session = Session(secrets.token_urlsafe(32), secret, secrets.token_urlsafe(32), time.monotonic())
        with self._lock:
            while len(self._sessions) >= MAX_SESSIONS:
                del self._sessions[next(iter(self._sessions))]
            self._sessions[session.id] = session
        return session

    def get(self, session_id: str) -> Session | None:
        """The live session with this id, if there is one (an expired one ends here)."""
        with self._lock:
            session = self._sessions.get(session_id)
            if session is not None and time.monotonic() - session.started > LIFETIME:
                del self._sessions[session_id]
                return None
            return session

    def end(self, session_id: str) -> None:
        """End a session (nothing if there is none)."""
        with self._lock:
            self._sessions.pop(session_id, None)


_VISITOR: ContextVar[Visitor | None] = ContextVar("claimgraph_visitor", default=None)


def visitor() -> Visitor | None:
    """Who is signed in on the current request, if anyone."""
    return _VISITOR.get()


def cookie_header(request: Request, session_id: str | None) -> str:
    """A ``Set-Cookie`` value that holds a session id, or (with None) that removes it."""
    value, lifetime = (session_id, "") if session_id else ("", "; Max-Age=0")
    public = request.app.state.public_url or ""
    secure = "; Secure" if request.url.scheme == "https" or public.startswith("https:") else ""
    return f"{COOKIE}={value}; HttpOnly; SameSite=Strict; Path=/{lifetime}{secure}"


class SessionMiddleware:
    """Find the session of each request's cookie and check its token again; a revoked or unknown one is ended and its
    cookie removed. Who is signed in is then :func:`visitor` for the rest of the request."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        session_id = request.cookies.get(COOKIE)
        if not session_id:
            await self.app(scope, receive, send)
            return
        state = scope["app"].state
        session = state.sessions.get(session_id)
        token = None
        if session is not None:
            try:
                token = await run_in_threadpool(tokens.authenticate, state.tokens_path, session.secret)
            except AuthenticationError:
                state.sessions.end(session_id)
        send_as_is = send
        if token is not None:

            async def send_unstored(message: Message) -> None:
                if message["type"] == "http.response.start":  # the page may hold the session's CSRF token (the header's sign-out form)
                    headers = [(name, value) for name, value in message.get("headers", []) if name.lower() != b"cache-control"]
                    message["headers"] = [*headers, (b"cache-control", b"no-store"), (b"vary", b"Cookie")]
                await send_as_is(message)

            send = send_unstored
        else:

            async def send_removing_cookie(message: Message) -> None:
                if message["type"] == "http.response.start":
                    headers = list(message.get("headers", []))
                    if not any(name.lower() == b"set-cookie" and value.startswith(COOKIE.encode() + b"=") for name, value in headers):
                        headers.append((b"set-cookie", cookie_header(request, None).encode()))  # unless the answer starts a new one
                    message["headers"] = headers
                await send_as_is(message)

            send = send_removing_cookie
        reset = _VISITOR.set(None if token is None else Visitor(session, token))
        try:
            await self.app(scope, receive, send)
        finally:
            _VISITOR.reset(reset)


def _origin(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def own_origins(request: Request) -> set[str]:
    """The origins that are this service: the one a request came to, and the configured public address's."""
    found = {_origin(str(request.base_url))}
    if request.app.state.public_url:
        found.add(_origin(request.app.state.public_url))
    return found - {None}


def require_same_origin(request: Request) -> None:
    """Refuse a request whose ``Origin`` (else ``Referer``) is not the service's own, or that names neither.

    Raises:
        PermissionDeniedError: answered 403.
    """
    claimed = request.headers.get("origin") or request.headers.get("referer")
    if claimed is None:
        raise PermissionDeniedError("a form must be sent from this service's pages (the request names no origin)")
    if _origin(claimed) not in own_origins(request):
        raise PermissionDeniedError("a form must be sent from this service's pages, not from another site")


async def read_form(request: Request, limit: int) -> FormData:
    """The fields of a urlencoded or multipart form body of at most ``limit`` bytes (read no further)."""
    body = await read_bounded(request, limit, f"the form is over the size limit of {limit} bytes; nothing was stored")
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return await Request(request.scope, replay).form(max_files=1, max_fields=100, max_part_size=limit)


@dataclass(frozen=True)
class Submitted:
    """A form that passed the checks: its fields and who sent it."""

    form: FormData
    visitor: Visitor

    def text(self, name: str) -> str:
        """A text field, '' when absent (a file field is not text)."""
        value = self.form.get(name)
        return value if isinstance(value, str) else ""


def form_from(role: str | None, limit: int = FORM_BYTES) -> Callable[[Request], Awaitable[Submitted]]:
    """A dependency that lets a form POST through only from our own origin, with a session whose token (checked again
    on this request) has ``role`` or higher (any role with None), and with the session's CSRF token; else 403 and nothing is read further."""

    async def dependency(request: Request) -> Submitted:
        require_same_origin(request)
        signed_in = visitor()
        if signed_in is None:
            raise PermissionDeniedError("sign in first: this form needs a signed-in session")
        if role is not None:
            tokens.require(signed_in.token, role)
        form = await read_form(request, limit)
        sent = form.get(CSRF_FIELD)
        if not isinstance(sent, str) or not hmac.compare_digest(sent.encode(), signed_in.session.csrf.encode()):
            raise PermissionDeniedError("the form's CSRF token is missing or wrong: reload the page and send it again")
        return Submitted(form, signed_in)

    return dependency
