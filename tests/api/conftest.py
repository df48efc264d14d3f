"""Fixtures for the service: tokens, an in-process client, and a live uvicorn server on a free loopback port."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from bench.servers import free_port  # within CLAIMGRAPH_PORTS when set
from claimgraph.api.app import create_app
from claimgraph.api.settings import Settings
from claimgraph.kg import tokens
from claimgraph.kg.locations import MEMORY
from claimgraph.kg.store import Store


@contextmanager
def serve(app: FastAPI) -> Iterator[str]:
    """Run an app with uvicorn in a thread on a free loopback port; yield its base URL; stop it after."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    for _ in range(20):  # another process may take the port found free before this binds it
        try:
            sock.bind(("127.0.0.1", free_port()))
            break
        except OSError:
            continue
    else:
        raise RuntimeError("no free port stayed free long enough to bind")
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=20)
        sock.close()
        assert not thread.is_alive(), "the server did not stop"


@pytest.fixture
def token_file(tmp_path: Path) -> Path:
    """A token file beside a (pretend) store folder."""
    return tmp_path / "store.tokens.json"


@pytest.fixture
def secrets(token_file: Path) -> dict[str, str]:
    """One reviewer and one editor token; their secrets by role."""
    return {role: tokens.create(token_file, f"{role}-1", role) for role in tokens.ROLES}


def bearer(secret: str) -> dict[str, str]:
    """The Authorization header for a secret."""
    return {"Authorization": f"Bearer {secret}"}


def make_app(store: Store, token_file: Path | None = None, **settings: object) -> FastAPI:
    """The app on a given store, with test settings (the nanopublication key, made when first used, beside the token file;
    no warming unless asked for, so that a test sees what its own requests compute)."""
    settings.setdefault("nanopub_key", None if token_file is None else token_file.with_name("store.nanopub-key"))
    settings.setdefault("warm", False)
    return create_app(Settings(store=MEMORY, tokens=token_file, **settings), store=store)


@pytest.fixture
def api(built_store: Store, token_file: Path, secrets: dict[str, str]) -> Iterator[TestClient]:
    """A test client on the bundled claims, with a reviewer and an editor token."""
    with TestClient(make_app(built_store, token_file)) as client:
        yield client
