"""The streaming build: bulk and atomic writes agree, a failed bulk write is undone, chunks are checked across."""

from __future__ import annotations

import dataclasses
import os

import pytest

from claimgraph.kg.errors import ValidationError
from claimgraph.kg import build as build_module
from claimgraph.kg.build import build
from claimgraph.kg.locations import MEMORY
from claimgraph.kg.store import open_store
from tests.conftest import snapshot, without_builds


@pytest.fixture
def store(any_store):
    """The behaviour below holds on the embedded store and on a remote SPARQL store alike."""
    return any_store


def test_bulk_and_atomic_builds_give_the_same_graph(bundled, mini) -> None:
    graphs = []
    for bulk in (False, True):
        store = open_store(MEMORY)
        report = build(store, [bundled, mini], bulk=bulk)
        assert report.bulk is bulk and report.claims == len(bundled.claims) + 2
        graphs.append(without_builds(snapshot(store)))
        build(store, [bundled, mini], bulk=bulk)
        assert without_builds(snapshot(store)) == graphs[-1], "a rebuild must change nothing but the record of builds"
        store.close()
    assert graphs[0] == graphs[1]


def test_a_failing_bulk_write_leaves_the_store_as_it_was(store, bundled, mini, monkeypatch) -> None:
    build(store, [bundled])
    before = snapshot(store)
    load = store.load_nquads

    def half_then_fail(path, bulk):
        if bulk:
            lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
            path.write_text("".join(lines[: len(lines) // 2]), encoding="utf-8")
            load(path, bulk)
            raise OSError("disk full")
        load(path, bulk)

    monkeypatch.setattr(store, "load_nquads", half_then_fail)
    changed = dataclasses.replace(bundled, claims=bundled.claims[:5])
    with pytest.raises(OSError, match="disk full"):
        build(store, [changed, mini], bulk=True)
    assert snapshot(store) == before


def test_chunks_are_validated_one_by_one_and_across(bundled, mini, monkeypatch) -> None:
    monkeypatch.setattr(build_module, "CHUNK_CLAIMS", 1)  # every claim set is a chunk of its own
    renamed = dataclasses.replace(
        mini,
        entities=tuple(dataclasses.replace(e, label=e.label + " (other)") if e.id == mini.claims[0].subject else e
                       for e in mini.entities),
    )
    twin = dataclasses.replace(renamed, document=dataclasses.replace(mini.document, id="zephyr-copy"),
                               claims=tuple(dataclasses.replace(c, document="zephyr-copy") for c in mini.claims))
    store = open_store(MEMORY)
    with pytest.raises(ValidationError) as raised:
        build(store, [mini, twin])
    found = "\n".join(raised.value.messages)
    assert f"entity '{mini.claims[0].subject}'" in found and "exactly one label" in found
    assert f"claim '{mini.claims[0].id}': belongs to more than one claim set" in found
    assert snapshot(store) == set()
    store.close()


def test_parallel_validation_finds_the_same_problem(bundled, mini, monkeypatch) -> None:
    monkeypatch.setattr(build_module, "CHUNK_CLAIMS", 1)  # two chunks, so that workers start
    broken = dataclasses.replace(mini, claims=(dataclasses.replace(
        mini.claims[0], object_money=dataclasses.replace(mini.claims[0].object_money, currency="QQQ")),) + mini.claims[1:])
    store = open_store(MEMORY)
    with pytest.raises(ValidationError, match="currency must be one ISO 4217 code"):
        build(store, [bundled, broken], workers=2)
    assert snapshot(store) == set()
    store.close()


def _checked_where(chunk: list) -> tuple[list[str], str]:
    """A chunk check that reports the process it ran in."""
    return [str(os.getpid())], ""


def test_workers_start_only_for_more_than_one_chunk(bundled, mini, monkeypatch) -> None:
    monkeypatch.setattr(build_module, "CHUNK_CLAIMS", 1)
    here = str(os.getpid())
    with open(os.devnull, "w", encoding="utf-8") as spool:
        alone = build_module.prepare([mini], spool, workers=2, check=_checked_where)
        shared = build_module.prepare([bundled, mini], spool, workers=2, check=_checked_where)
    assert alone.problems == {here}
    assert len(shared.problems) >= 1 and here not in shared.problems
