"""A build into a store on disk whose process dies while it writes: the next opening finds the store as it was
before the build, or, if the build's last transaction went through, as the build left it; never half of it.

The build runs in a child process that ends itself with ``os._exit`` (no clean-up of any kind runs, as under
SIGKILL) at a chosen step; the store is then opened again by this process. A load cut short is modelled as every
other quad of the file loaded: Oxigraph's bulk loader writes its batches in parallel, so any part of the file may be
in when it stops, a claim's named graph without the link to its document included.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest

from claimgraph.claims.model import ClaimSet
from claimgraph.kg import reviews
from claimgraph.kg.build import build
from claimgraph.kg.journal import JOURNAL, SPOOLS
from claimgraph.kg.store import open_store
from tests.conftest import ARTICLES, MINI, REPO

KILLED = 9
CHILD = """
import dataclasses, datetime as dt, os, sys
from pathlib import Path
from claimgraph.claims.loader import bundled_claim_sets, load_claim_set
from claimgraph.kg import build as build_module
from claimgraph.kg.store import Store, open_store

location, step, articles, mini = sys.argv[1:]
(path,) = bundled_claim_sets()
bundled = load_claim_set(path, Path(articles))
# the rebuild removes five claims and words every other one anew
changed = dataclasses.replace(bundled, claims=[dataclasses.replace(claim, statement=claim.statement + " (revised)")
                                               for claim in bundled.claims[:-5]])
real_load, real_begin, real_end = Store.load_nquads, build_module.begin, build_module.end
loads = []

def load(self, path, bulk):
    loads.append(path)
    if len(loads) == 1 and step in ("loading", "undoing"):
        lines = Path(path).read_text(encoding="utf-8").splitlines(keepends=True)
        half = Path(path).with_name("half.nq")
        half.write_text("".join(lines[::2]), encoding="utf-8")  # the bulk loader's batches land in any order
        real_load(self, half, bulk)
        if step == "loading":
            os._exit(9)
        raise OSError("the disk filled up half-way through loading")
    if len(loads) == 2 and step == "undoing":
        os._exit(9)
    return real_load(self, path, bulk)

def begin(*args, **kwargs):
    journal = real_begin(*args, **kwargs)
    if step == "journalled":
        os._exit(9)
    return journal

def end(journal):
    if step == "committed":
        os._exit(9)
    real_end(journal)

Store.load_nquads, build_module.begin, build_module.end = load, begin, end
store = open_store(location)
build_module.build(store, [changed, load_claim_set(Path(mini) / "zephyr.yaml", Path(mini))], agent="Kit",
                   now=dt.datetime(2026, 1, 2, tzinfo=dt.timezone.utc))
store.close()
"""
_BUILD_IRI = re.compile(rb"<https://w3id.org/claimgraph/id/build/[^>]*>")


def dump(location: Path) -> bytes:
    """The store's quads as sorted N-Quads lines, each build's activity IRI the same (it holds a random part)."""
    store = open_store(location)
    try:
        text = store.oxigraph.dump(format=pyoxigraph.RdfFormat.N_QUADS)
    finally:
        store.close()
    return b"".join(sorted(_BUILD_IRI.sub(b"<build>", line) for line in text.splitlines(keepends=True)))


def rebuild(location: Path, step: str) -> int:
    """The rebuild of the child, ended at ``step`` (``none``: let it finish); its exit code."""
    done = subprocess.run([sys.executable, "-c", CHILD, str(location), step, str(ARTICLES), str(MINI)], cwd=REPO,
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode in (0, KILLED), done.stderr
    return done.returncode


@pytest.fixture(scope="module")
def lived_in(tmp_path_factory: pytest.TempPathFactory, bundled: ClaimSet, mini: ClaimSet) -> Path:
    """A store on disk with the bundled claims and a review, closed."""
    location = tmp_path_factory.mktemp("kill") / "store"
    store = open_store(location)
    build(store, [bundled, mini])
    reviews.add_review(store, "openai-valuation-300bn", "mixed", "Reported, not confirmed.", [], "Ann")
    store.close()
    return location


@pytest.fixture(scope="module")
def finished(lived_in: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """What the rebuild leaves when nothing stops it."""
    copy = tmp_path_factory.mktemp("finished") / "store"
    shutil.copytree(lived_in, copy)
    assert rebuild(copy, "none") == 0
    return dump(copy)


@pytest.mark.parametrize("step", ["journalled", "loading", "undoing"])
def test_a_build_killed_before_its_last_transaction_leaves_the_store_as_it_was(lived_in: Path, finished: bytes, tmp_path: Path,
                                                                                step: str) -> None:
    copy = tmp_path / "store"
    shutil.copytree(lived_in, copy)
    before = dump(copy)
    assert before != finished, "the rebuild changes nothing: the test would prove nothing"
    assert rebuild(copy, step) == KILLED
    assert (copy / JOURNAL).is_dir() and list(copy.glob(SPOOLS + "*")), "the kill left no journal or spool to settle"
    assert dump(copy) == before
    assert not (copy / JOURNAL).exists() and not list(copy.glob(SPOOLS + "*"))


def test_a_build_killed_after_its_last_transaction_is_kept(lived_in: Path, finished: bytes, tmp_path: Path) -> None:
    copy = tmp_path / "store"
    shutil.copytree(lived_in, copy)
    assert rebuild(copy, "committed") == KILLED
    assert (copy / JOURNAL).is_dir()
    assert dump(copy) == finished
    assert not (copy / JOURNAL).exists()
