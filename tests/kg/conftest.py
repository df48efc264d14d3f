"""Fixtures of the store-side tests."""

from __future__ import annotations

import pytest

from claimgraph.kg import analysis
from claimgraph.kg import cache as cache_module
from tests.kg.test_cache import Counted


@pytest.fixture
def counted(monkeypatch) -> dict[str, Counted]:
    """What the cache calls to read the whole network, and to compute betweenness, counted."""
    calls = {"network": Counted(cache_module.read_structure), "betweenness": Counted(analysis.betweenness)}
    monkeypatch.setattr(cache_module, "read_structure", calls["network"])
    monkeypatch.setattr(analysis, "betweenness", calls["betweenness"])
    return calls
