"""Shared fixtures: the articles folder, the bundled claim set, and a fresh store per test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.servers import Server, oxigraph_server
from claimgraph.claims.loader import bundled_claim_sets, load_claim_set
from claimgraph.claims.model import ClaimSet
from claimgraph.kg.build import vocabulary_quads
from claimgraph.kg.curation import curate
from claimgraph.kg.ingest import IngestReport, ingest
from claimgraph.kg.mapping import Quad, claim_set_quads
from claimgraph.kg.namespaces import BASE
from claimgraph.kg.locations import MEMORY
from claimgraph.kg.store import Store, insert_data, open_store
from claimgraph.kg.validation import check
from tests.listener import Listener

REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO.parent / "shared" / "articles"
MINI = REPO / "tests" / "data" / "mini"
ANONYMOUS = REPO / "tests" / "data" / "anonymous"
ANONYMOUS_TITLES = {"corvid.txt": "Corvid Robotics raises £12m", "halden.txt": "Halden Labs funds a vaccine plant"}
"""Two unrelated made-up articles that each cite "people familiar with the matter", with their titles."""
MATCHING = REPO / "tests" / "data" / "matching"
VELORIA = (
    ("veloria-harbour.txt", "2025-05-05", "Veloria Robotics raises $40m", "Harbour Wire"),
    ("veloria-ledger.txt", "2025-05-08", "Fruit-picking robots draw investors", "The Ledger"),
)
"""Two made-up articles reporting some of the same facts in other words and under other labels ("Veloria Robotics"
and "Veloria", "United Kingdom" and "Britain"): file, publication date, title, publisher."""
ENTRY_POINT = Path(sys.executable).with_name("claimgraph")


def claimgraph(*args: str, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run the installed console script as a user would, reading the shared articles."""
    environment = {**os.environ, "CLAIMGRAPH_ARTICLES": str(ARTICLES), **(env or {})}
    return subprocess.run([str(ENTRY_POINT), *args], capture_output=True, text=True, timeout=timeout, env=environment)


def built_by_command(tmp_path_factory: pytest.TempPathFactory, name: str, *options: str) -> Path:
    """An on-disk store of the bundled claims, built by the real ``claimgraph build`` in a new folder ``name``."""
    location = tmp_path_factory.mktemp(name) / "store"
    done = claimgraph("build", "--store", str(location), *options)
    assert done.returncode == 0, done.stderr
    return location


@pytest.fixture(scope="session")
def articles_dir() -> Path:
    """The shared articles folder beside the checkout."""
    assert ARTICLES.is_dir(), f"the shared articles are missing at {ARTICLES}"
    return ARTICLES


@pytest.fixture(scope="session")
def bundled(articles_dir: Path) -> ClaimSet:
    """The curated claim set of the bundled article."""
    (path,) = bundled_claim_sets()
    return load_claim_set(path, articles_dir)


@pytest.fixture(scope="session")
def bundled_quads(bundled: ClaimSet) -> list[Quad]:
    """The bundled claim set as quads, validated once for the session."""
    quads = claim_set_quads(bundled)
    check(quads)
    return quads


@pytest.fixture(scope="session")
def mini() -> ClaimSet:
    """A two-claim set on a made-up article."""
    return load_claim_set(MINI / "zephyr.yaml", MINI)


@pytest.fixture
def store() -> Store:
    """A fresh, empty in-memory store."""
    fresh = open_store(MEMORY)
    yield fresh
    fresh.close()


@pytest.fixture
def two_anonymous_articles(store: Store) -> list[IngestReport]:
    """The two articles of ``ANONYMOUS_TITLES`` ingested into ``store``, with their claims accepted onto the record."""
    reports = []
    for name, title in ANONYMOUS_TITLES.items():
        report = ingest(store, (ANONYMOUS / name).read_text(encoding="utf-8"), "2025-04-01", title=title)
        for claim in report.claims:
            curate(store, claim.id, "accept", "a tester")
        reports.append(report)
    return reports


def ingest_veloria(store: Store, accept: bool = True) -> list[IngestReport]:
    """The two ``VELORIA`` articles ingested into ``store`` (their claims accepted onto the record with ``accept``)."""
    reports = []
    for name, published, title, publisher in VELORIA:
        report = ingest(store, (MATCHING / name).read_text(encoding="utf-8"), published, title=title, publisher=publisher)
        for claim in report.claims if accept else ():
            curate(store, claim.id, "accept", "a tester")
        reports.append(report)
    return reports


@pytest.fixture
def built_store(store: Store, bundled_quads: list[Quad]) -> Store:
    """A fresh in-memory store holding the vocabulary and the bundled claim set."""
    store.update(insert_data(vocabulary_quads() + bundled_quads))
    return store


@pytest.fixture
def listener() -> Listener:
    """A loopback listener, to see that no connection is made."""
    opened = Listener()
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def oxigraph(tmp_path_factory) -> Server:
    """A real Oxigraph server (the ``oxigraph`` PyPI package) on a free loopback port, for the session."""
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph-server")) as server:
        yield server


@pytest.fixture(params=["embedded", "remote"])
def any_store(request) -> Store:
    """A fresh, empty store: the embedded one, then a remote Oxigraph server over SPARQL 1.1."""
    if request.param == "embedded":
        fresh = open_store(MEMORY)
    else:
        server = request.getfixturevalue("oxigraph")
        fresh = open_store(server.query_url, server.update_url)
        fresh.update("CLEAR ALL")
    yield fresh
    fresh.close()


@pytest.fixture
def any_built_store(any_store: Store, bundled_quads: list[Quad]) -> Store:
    """``built_store`` on both kinds of store."""
    any_store.update(insert_data(vocabulary_quads() + bundled_quads))
    return any_store


def snapshot(store: Store) -> set[tuple]:
    """Every quad of a store, to compare before and after a write."""
    return set(store.quads())


def without_builds(quads: set[tuple]) -> set[tuple]:
    """Quads apart from the records of builds (every build leaves one of its own), to compare two builds' results."""
    return {quad for quad in quads if not str(quad[0]).startswith(f"{BASE}build/")}
