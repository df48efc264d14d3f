"""The service asks glibc's allocator for few arenas, unless the environment already said how many."""

from __future__ import annotations

import platform

import pytest

from claimgraph.api.allocator import limit_arenas


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="the arenas are glibc's")
def test_glibc_takes_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    assert limit_arenas(8) is True  # eight: the test process itself keeps enough


def test_the_environment_s_own_setting_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    assert limit_arenas() is False
