"""The service that holds a store: commands on the store go through it while it runs.

Oxigraph lets one process at a time open a store on disk, and a second process that opens it read-only while the
first writes reads undefined data (pyoxigraph's ``Store.read_only`` says so). So while ``claimgraph serve`` holds a
store, the command line does not open it: reads go to the service's public routes, writes to its REST routes with
the bearer token in ``CLAIMGRAPH_TOKEN``, and a command the service has no route for (``build``) says how to run it.

``claimgraph serve`` says where it listens in a file beside the store (``STORE.service.json``: its URL and process
id) for as long as it runs; a command finds it there. Only the standard library here, and its HTTP client only when a
request is sent: every command imports this.
"""

from __future__ import annotations

import fcntl
import json
import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from claimgraph.api.settings import Settings
from claimgraph.claims.errors import InputError
from claimgraph.kg.errors import StoreError

if TYPE_CHECKING:
    from email.message import Message
    from urllib.error import HTTPError

    from claimgraph.kg.store import Store

TIMEOUT = 600.0
"""Seconds a request to the service may wait for each read from it (an export of a large store takes long)."""
_WILDCARDS = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}
"""Addresses that mean every interface, and the loopback address to reach them on."""


def service_file(store: str) -> Path | None:
    """Where the service that holds an on-disk store says where it listens (None for ``memory:`` or a remote store)."""
    if store == "memory:" or store.startswith(("http://", "https://")):
        return None
    return Path(f"{store}.service.json")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _locked(store: str) -> bool:
    """Whether a process holds the store's lock (RocksDB's ``LOCK`` file, a POSIX record lock), so that a file left
    by a service that was killed, whose process id another process may have since, is not believed."""
    try:
        descriptor = os.open(Path(store) / "LOCK", os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(descriptor)  # releases the lock if it was taken here
    return False


class Service(NamedTuple):
    """A running ``claimgraph serve`` that holds ``store`` (a named tuple: importing ``dataclasses`` would add about
    15 ms, a tenth, to every command's ``--help``)."""

    url: str
    pid: int
    store: str

    def request(
        self, method: str, path: str, params: dict[str, object] | None = None, body: bytes | None = None,
        content_type: str | None = None, accept: str = "application/json", token: str | None = None,
    ) -> tuple[bytes, Message]:
        """Send a request to the service; its body and headers.

        Raises:
            InputError: the service refused the request (its message).
            StoreError: the service cannot be reached, or failed.
        """  # fmt: skip
        from urllib.error import HTTPError, URLError
        from urllib.parse import urlencode
        from urllib.request import ProxyHandler, Request, build_opener

        query = urlencode({k: v for k, v in (params or {}).items() if v is not None}, doseq=True)
        headers = {"Accept": accept}
        if content_type:
            headers["Content-Type"] = content_type
        if token:
            headers["Authorization"] = f"Bearer {token}"
        request = Request(f"{self.url}{path}{'?' + query if query else ''}", data=body, headers=headers, method=method)
        try:  # no proxy: a request for the local service, and the token in it, go nowhere else
            with build_opener(ProxyHandler({})).open(request, timeout=TIMEOUT) as response:
                return response.read(), response.headers
        except HTTPError as error:
            raise self._refused(error) from None
        except (URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            unknown = "; whether the write was made is not known: look before sending it again" if method == "POST" else ""
            raise StoreError(f"{self.held()}, but it cannot be reached: {reason}{unknown}") from None

    def get_json(self, path: str, params: dict[str, object] | None = None) -> object:
        """GET a JSON resource."""
        return json.loads(self.request("GET", path, params)[0])

    def write(
        self, path: str, role: str, body: object = None, params: dict[str, object] | None = None, data: bytes | None = None,
        content_type: str = "text/plain; charset=utf-8",
    ) -> object:
        """POST a write with the token of ``CLAIMGRAPH_TOKEN`` (``body`` as JSON, or ``data`` as it is, of
        ``content_type``); the JSON answer.

        Raises:
            InputError: no token (the message says how to get one), or the service refused the write.
        """
        token = Settings().token
        if not token:
            raise InputError(
                f"{self.held()}, so this write goes through it: set CLAIMGRAPH_TOKEN to the secret of a token "
                f"with the {role} role (claimgraph token create --name NAME --role {role} --store {self.store}) and "
                f"run the command again; the change is then recorded as that token's, not --by's"
            )
        if data is not None:
            payload, kind = data, content_type
        else:
            payload, kind = json.dumps(body).encode("utf-8"), "application/json"
        return json.loads(self.request("POST", path, params, payload, kind, token=token)[0])

    def held(self) -> str:
        """The words that say who holds the store."""
        return f"the store at {self.store} is held by the claimgraph service at {self.url} (process {self.pid})"

    def _refused(self, error: HTTPError) -> Exception:
        text = error.read().decode("utf-8", "replace")
        try:
            detail = json.loads(text).get("detail", text)
        except (ValueError, AttributeError):
            detail = text
        if not isinstance(detail, str):  # a validation error: a list of what was wrong
            detail = "; ".join(f"{'.'.join(str(p) for p in item.get('loc', ()))}: {item.get('msg')}" for item in detail)
        message = f"the claimgraph service at {self.url} answered {error.code}: {' '.join(detail.split())[:2000]}"
        return StoreError(message) if error.code >= 500 else InputError(message)


def copy_of_store(service: Service) -> Store:
    """An in-memory copy of the store a service holds, from its whole N-Quads export, for a read the service has no
    route for, or that needs more rows than its ``/sparql`` answers at once (a view)."""
    import pyoxigraph

    from claimgraph.kg.store import open_store

    store = open_store("memory:")
    store.oxigraph.load(service.request("GET", "/api/export", {"format": "nquads"}, accept="*/*")[0], pyoxigraph.RdfFormat.N_QUADS)
    return store


def path_of(*parts: str) -> str:
    """A route's path with each part quoted, as ``/api/claims/{id}/reviews`` needs.

    >>> path_of("api", "claims", "a/b", "reviews")
    '/api/claims/a%2Fb/reviews'
    """
    from urllib.parse import quote

    return "/" + "/".join(quote(part, safe="") for part in parts)


def holder(store: str) -> Service | None:
    """The running service that holds the store, or None when no service says it does."""
    file = service_file(store)
    if file is None:
        return None
    try:
        said = json.loads(file.read_text(encoding="utf-8"))
        service = Service(str(said["url"]), int(said["pid"]), store)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return service if _alive(service.pid) and _locked(store) else None


@contextmanager
def announced(store: str, host: str, port: int) -> Iterator[None]:
    """While serving: the file beside the store that says where (removed on leaving).

    Raises:
        StoreError: another service already says it holds the store.
    """
    file = service_file(store)
    if file is None:
        yield
        return
    if (other := holder(store)) is not None:  # its file is not ours to replace
        raise StoreError(f"{other.held()}; stop it first, or serve another store")
    host = _WILDCARDS.get(host, host)
    url = f"http://{'[' + host + ']' if ':' in host else host}:{port}"
    file.parent.mkdir(parents=True, exist_ok=True)
    partial = file.with_name(f"{file.name}.{os.getpid()}")
    partial.write_text(json.dumps({"url": url, "pid": os.getpid()}), encoding="utf-8")
    partial.replace(file)
    stopped = signal.signal(signal.SIGTERM, _exit)  # uvicorn raises SIGTERM again once it has stopped: end here
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, stopped)
        file.unlink(missing_ok=True)


def _exit(number: int, frame: object) -> None:
    """End the process with the status a shell gives one that the signal ended, leaving by its ``finally`` blocks."""
    raise SystemExit(128 + number)
