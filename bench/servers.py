"""Start SPARQL servers on free loopback ports, wait until they answer, and stop them.

Used by the benchmark (the peers it measures against) and by the tests (a real
Oxigraph server as a remote store).
"""

from __future__ import annotations

import os
import random
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Server:
    """A running server: its base address and process."""

    url: str
    process: subprocess.Popen

    @property
    def query_url(self) -> str:
        return f"{self.url}/query"

    @property
    def update_url(self) -> str:
        return f"{self.url}/update"


def free_port() -> int:
    """A TCP port nothing listens on at 127.0.0.1 right now: one of ``CLAIMGRAPH_PORTS`` (``FIRST-LAST``, for a
    machine whose users share out port ranges) when it is set, else any the system gives. In a range the search
    starts at a random port, so that two calls before either port is taken rarely give the same one."""
    wanted = os.environ.get("CLAIMGRAPH_PORTS")
    first, last = (int(end) for end in wanted.split("-")) if wanted else (0, 0)
    start = random.randint(first, last)
    for port in [*range(start, last + 1), *range(first, start)]:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return probe.getsockname()[1]
    raise RuntimeError(f"no free port in CLAIMGRAPH_PORTS={wanted}")


def wait_until_up(url: str, process: subprocess.Popen, timeout: float = 60.0) -> None:
    """Poll ``url`` until it answers (any HTTP status); fail if the process dies or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server for {url} exited with {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=30).close()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing answered at {url} within {timeout:.0f} s")


def oxigraph_binary() -> str:
    """The ``oxigraph`` command of the PyPI package, beside this Python or on the PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if found is None:
        raise RuntimeError("the oxigraph server is missing: pip install oxigraph (in the test and bench extras)")
    return found


@contextmanager
def running(command: list[str], url: str, probe: str, log: Path | None = None, timeout: float = 60.0) -> Iterator[subprocess.Popen]:
    """Run a server command until the block ends; ``probe`` is the address polled to know it is up."""
    output = log.open("wb") if log is not None else subprocess.DEVNULL
    process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
    try:
        wait_until_up(probe, process, timeout)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        if log is not None:
            output.close()


@contextmanager
def oxigraph_server(location: Path | None = None, read_only: bool = False) -> Iterator[Server]:
    """``oxigraph serve`` on a free loopback port; in memory unless ``location`` is given."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [oxigraph_binary(), "serve-read-only" if read_only else "serve", "--bind", f"127.0.0.1:{port}"]
    if location is not None:
        command += ["--location", str(location)]
    with running(command, url, f"{url}/query?query=ASK%7B%7D") as process:
        yield Server(url, process)
