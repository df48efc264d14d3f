"""Progress of a long command: one line on standard error, rewritten as the work goes on.

Shown only when standard error is a terminal and the command was not given ``--quiet``: piped or logged, a command
prints its result and nothing else. The line is cleared when the command is done, so its result follows as usual.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

TICK = 0.5
"""Seconds between rewrites of a line that counts the time of a step with no counts of its own."""


class Progress:
    """The progress line of one command, ``what`` (``build``, ``export``...)."""

    def __init__(self, what: str, quiet: bool = False, stream: TextIO | None = None) -> None:
        self.what = what
        self.stream = stream or sys.stderr
        self.shown = not quiet and self.stream.isatty()
        self._lock = threading.Lock()
        self._written = False

    def __call__(self, text: str) -> None:
        """Show where the work is (``"1,500 claims validated"``)."""
        if self.shown:
            with self._lock:
                self.stream.write(f"\r\x1b[K{self.what}: {text}")
                self.stream.flush()
                self._written = True

    @contextmanager
    def step(self, text: str) -> Iterator[None]:
        """Show ``text`` with the seconds it has taken so far, for a step that gives no counts while it runs."""
        if not self.shown:
            yield
            return
        started, stop = time.monotonic(), threading.Event()

        def tick() -> None:
            while not stop.wait(TICK):
                self(f"{text} ({time.monotonic() - started:.0f} s)")

        self(text)
        ticker = threading.Thread(target=tick, daemon=True)
        ticker.start()
        try:
            yield
        finally:
            stop.set()
            ticker.join()

    def done(self) -> None:
        """Clear the line."""
        if self._written:
            with self._lock:
                self.stream.write("\r\x1b[K")
                self.stream.flush()
                self._written = False


@contextmanager
def progress(what: str, quiet: bool = False) -> Iterator[Progress]:
    """A progress line for the length of a block, cleared at its end (failed or not)."""
    line = Progress(what, quiet)
    try:
        yield line
    finally:
        line.done()
