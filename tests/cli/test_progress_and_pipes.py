"""Progress on a terminal (a pseudo-terminal as standard error), none when piped or with ``--quiet``; and output into a
pipe whose reader has gone ends a command quietly."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from claimgraph.cli import BROKEN_PIPE
from claimgraph.cli.progress import Progress
from claimgraph.kg.build import CHUNK_CLAIMS
from tests.conftest import ARTICLES, ENTRY_POINT, REPO, built_by_command, claimgraph
from tests.kg.test_ingest import PUBLISHED, TEXT

ENV = {**os.environ, "CLAIMGRAPH_ARTICLES": str(ARTICLES)}


def on_a_terminal(argv: list[str], tmp_path: Path) -> tuple[int, str, str]:
    """Run with standard error on a pseudo-terminal and standard output to a file: (status, output, terminal)."""
    leader, follower = pty.openpty()
    out = tmp_path / "stdout"
    with out.open("wb") as stdout:
        process = subprocess.Popen(argv, stdout=stdout, stderr=follower, stdin=subprocess.DEVNULL, env=ENV, cwd=REPO)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: every end of the terminal's other side is closed
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    return process.wait(timeout=300), out.read_text(encoding="utf-8"), shown.decode("utf-8", "replace")


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return built_by_command(tmp_path_factory, "progress")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_progress_line_is_rewritten_and_cleared_on_a_terminal_only() -> None:
    terminal = Terminal()
    line = Progress("build", stream=terminal)
    line("1 claim")
    line("2 claims")
    line.done()
    assert terminal.getvalue() == "\r\x1b[Kbuild: 1 claim\r\x1b[Kbuild: 2 claims\r\x1b[K"
    for quiet, stream in ((False, io.StringIO()), (True, Terminal())):
        line = Progress("build", quiet, stream)
        line("1 claim")
        with line.step("writing"):
            pass
        line.done()
        assert stream.getvalue() == ""


def test_build_shows_chunks_validated_and_quads_written_on_a_terminal(tmp_path: Path) -> None:
    code, out, shown = on_a_terminal([str(ENTRY_POINT), "build", "--store", str(tmp_path / "store")], tmp_path)
    assert code == 0 and out.startswith("built 32 claims")
    assert f"build: 32 claims validated in 1 chunk(s) of {CHUNK_CLAIMS}" in shown
    assert "writing 1,189 quads in bulk" in shown and "1,189 quads written" in shown
    assert shown.endswith("\r\x1b[K")  # cleared, so that whatever follows starts a clean line


def test_build_is_quiet_when_piped_or_told(tmp_path: Path) -> None:
    done = claimgraph("build", "--store", str(tmp_path / "piped"))
    assert done.returncode == 0 and done.stderr == ""
    code, out, shown = on_a_terminal([str(ENTRY_POINT), "build", "--quiet", "--store", str(tmp_path / "quiet")], tmp_path)
    assert code == 0 and out.startswith("built 32 claims") and shown == ""


def test_export_and_ingest_show_progress_on_a_terminal(store: Path, tmp_path: Path) -> None:
    code, out, shown = on_a_terminal([str(ENTRY_POINT), "export", "--format", "nquads", "--store", str(store)], tmp_path)
    assert code == 0 and len(out.splitlines()) > 1900
    assert f"export: nquads of the store at {store}" in shown
    article = tmp_path / "nimbus.txt"
    article.write_text(TEXT, encoding="utf-8")
    code, out, shown = on_a_terminal([str(ENTRY_POINT), "ingest", str(article), "--published", PUBLISHED, "--store", str(store)], tmp_path)
    assert code == 0 and out.startswith("stored document")
    assert "ingest: extracting, linking, validating and storing the claims of" in shown
    done = claimgraph("export", "--format", "nquads", "--store", str(store))
    assert done.returncode == 0 and done.stderr == ""


def test_bench_steps_show_on_a_terminal_only(tmp_path: Path) -> None:
    argv = [sys.executable, "-c", "import sys; from bench.run import _log; _log('measuring')"]
    code, _, shown = on_a_terminal(argv, tmp_path)
    assert code == 0 and "measuring" in shown
    code, _, shown = on_a_terminal([*argv, "--quiet"], tmp_path)
    assert code == 0 and shown == ""
    done = subprocess.run(argv, capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0 and done.stderr == "" and done.stdout == ""


@pytest.mark.parametrize("argv", [
    ["export", "--format", "nquads"],
    ["query", "SELECT * WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"],
], ids=["export", "query"])  # fmt: skip
def test_output_into_a_pipe_whose_reader_has_gone_ends_quietly(store: Path, argv: list[str]) -> None:
    """The reader closes its end before reading anything, and stays alive: the command's first write finds no reader."""
    reading, writing = os.pipe()
    reader = subprocess.Popen(
        [sys.executable, "-c", "import os, sys, time; os.close(0); print('closed', flush=True); time.sleep(60)"],
        stdin=reading, stdout=subprocess.PIPE,
    )  # fmt: skip
    os.close(reading)
    try:
        assert reader.stdout.readline() == b"closed\n"
        done = subprocess.run([str(ENTRY_POINT), *argv, "--store", str(store)], stdout=writing, stderr=subprocess.PIPE, env=ENV, timeout=120)
    finally:
        os.close(writing)
        reader.kill()
        reader.wait()
    assert done.returncode == BROKEN_PIPE
    assert done.stderr == b""


def test_a_pipe_into_head_ends_without_a_traceback(store: Path) -> None:
    script = f'"{ENTRY_POINT}" export --format nquads --store "{store}" | head -1; echo "status ${{PIPESTATUS[0]}}" >&2'
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=ENV, timeout=120)
    assert len(done.stdout.splitlines()) == 1 and done.stdout.endswith(" .\n")
    assert "Traceback" not in done.stderr
    assert done.stderr.strip() in (f"status {BROKEN_PIPE}", "status 0")  # 0 when the output fitted in the pipe
