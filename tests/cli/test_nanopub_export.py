"""``claimgraph export --format nanopub`` through the entry point: signed nanopublications that check, the key made
beside the store with mode 0600 and kept, refusals that exit 2."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from tests.cli.test_graph_commands import claimgraph
from tests.conftest import built_by_command
from tests.kg.test_nanopub import checked, split


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An on-disk store built by the real command."""
    return built_by_command(tmp_path_factory, "nanopub-cli")


def test_the_export_checks_and_is_the_same_the_second_time(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.trig"
    done = claimgraph("export", "--format", "nanopub", "--store", str(store), "-o", str(out))
    assert done.returncode == 0, done.stderr
    key = store.with_name("store.nanopub-key")
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    parts = split(out.read_text(encoding="utf-8"))
    assert len(parts) > 20
    public = {checked(part)["public_key"] for part in parts}
    assert len(public) == 1 and public.pop() in key.read_text()
    again = claimgraph("export", "--format", "nanopub", "--store", str(store))
    assert again.returncode == 0 and again.stdout == out.read_text(encoding="utf-8")


def test_refusals_exit_2(store: Path) -> None:
    as_of = claimgraph("export", "--format", "nanopub", "--store", str(store), "--as-of", "2026-01-01")
    assert as_of.returncode == 2 and "not as of a time" in as_of.stderr
    keyless = claimgraph("export", "--format", "nanopub", "--store", "memory:")
    assert keyless.returncode == 2 and "CLAIMGRAPH_NANOPUB_KEY" in keyless.stderr
