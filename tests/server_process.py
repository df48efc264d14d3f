"""``claimgraph serve`` as a real process on a free loopback port, for tests that kill it or read its log."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from bench.servers import free_port  # within CLAIMGRAPH_PORTS when set
from claimgraph.kg.build import vocabulary_quads
from claimgraph.kg.mapping import Quad
from claimgraph.kg.store import insert_data, open_store

START_TIMEOUT = 90.0
"""Seconds the server may take to answer its first request (it imports spaCy and opens the store)."""


class ServerProcess:
    """``python -m claimgraph serve --store STORE`` on 127.0.0.1; its output goes to ``log``.

    Use as a context manager: on leaving, the process is stopped (SIGTERM, then SIGKILL) if it still runs.
    """

    def __init__(self, store: Path, log: Path, **env: str) -> None:
        self.store, self.log, self.port = store, log, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, "PYTHONUNBUFFERED": "1", **env}
        self.process: subprocess.Popen | None = None

    def start(self) -> ServerProcess:
        """Start the server and wait until it answers."""
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "claimgraph", "serve", "--store", str(self.store), "--host", "127.0.0.1", "--port", str(self.port)],
                stdout=out, stderr=subprocess.STDOUT, env=self.env,
            )  # fmt: skip
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited with {self.process.returncode}:\n{self.log.read_text(errors='replace')}")
            try:
                if httpx.get(f"{self.url}/api/claims", params={"limit": 1}, timeout=2).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"the server did not answer within {START_TIMEOUT:g} s:\n{self.log.read_text(errors='replace')}")

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flushing, no closing of the store."""
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        """Stop the server politely, and forcibly if it does not stop within 20 s."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=20)

    def __enter__(self) -> ServerProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def store_on_disk(location: Path, quads: list[Quad]) -> None:
    """Write quads (the vocabulary is added) into a new on-disk store, and close it for a server to open."""
    store = open_store(location)
    try:
        store.update(insert_data(vocabulary_quads() + quads))
    finally:
        store.close()
