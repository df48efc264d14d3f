"""The cycle collector is held off while the network is read whole and its graph assembled, and is left afterwards as
it was found, whichever thread lets go last."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator

import pytest

from claimgraph.kg.collector import collector_held
from claimgraph.kg.network import read_network, read_structure
from claimgraph.kg.store import Store


_BUILDING = ("kg/network.py", "kg/projection.py", "kg/cells.py")
"""Where the network is read and its graph assembled."""


@pytest.fixture
def eager_collector() -> Iterator[list[str]]:
    """A collector that would run at nearly every allocation; for each run, the function of those files it interrupted
    (empty when it interrupted none)."""
    runs: list[str] = []
    threshold, enabled = gc.get_threshold(), gc.isenabled()

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            frame, inside = sys._getframe(1), ""
            while frame is not None and not inside:
                inside = frame.f_code.co_name if frame.f_code.co_filename.endswith(_BUILDING) else ""
                frame = frame.f_back
            runs.append(inside)

    gc.callbacks.append(count)
    gc.set_threshold(1, 1, 1)
    gc.enable()
    try:
        yield runs
    finally:
        gc.callbacks.remove(count)
        gc.set_threshold(*threshold)
        (gc.enable if enabled else gc.disable)()


@pytest.mark.parametrize("step", ["read_network", "read_structure", "graph"])
def test_no_collection_runs_while_the_network_is_built(built_store: Store, eager_collector: list[str], step: str) -> None:
    network = read_network(built_store)
    steps = {"read_network": lambda: read_network(built_store), "read_structure": lambda: read_structure(built_store),
             "graph": network.graph}
    eager_collector.clear()
    assert steps[step]()
    assert eager_collector and not any(eager_collector), "runs before and after, none inside"
    assert gc.isenabled()


def test_the_collector_comes_back_when_the_last_thread_lets_go() -> None:
    enabled = gc.isenabled()
    gc.enable()
    try:
        first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
        seen: dict[str, bool] = {}

        def first() -> None:
            with collector_held():
                first_in.set()
                second_in.wait(5)
            first_out.set()

        def second() -> None:
            with collector_held():
                second_in.set()
                first_out.wait(5)
                seen["after the first let go"] = gc.isenabled()

        threads = [threading.Thread(target=first), threading.Thread(target=second)]
        threads[0].start()
        first_in.wait(5)
        threads[1].start()
        for thread in threads:
            thread.join(10)
        assert seen == {"after the first let go": False}
        assert gc.isenabled()
        gc.disable()
        with collector_held():
            pass
        assert not gc.isenabled(), "a collector found off stays off"
    finally:
        (gc.enable if enabled else gc.disable)()
