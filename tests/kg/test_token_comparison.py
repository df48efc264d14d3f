"""Presented secrets are compared in constant time: by their SHA-256 digests (always the same length),
with ``hmac.compare_digest``, against every stored token, with no early exit on a match."""

from __future__ import annotations

import hmac
from pathlib import Path

import pytest

from claimgraph.kg.errors import AuthenticationError
from claimgraph.kg import tokens


def test_every_stored_token_is_compared_in_constant_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "store.tokens.json"
    first = tokens.create(path, "first", "editor")
    for n in range(4):
        tokens.create(path, f"other-{n}", "reviewer")
    calls: list[tuple[str, str]] = []
    real = hmac.compare_digest

    def recording(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(tokens.hmac, "compare_digest", recording)
    assert tokens.authenticate(path, first).name == "first"
    assert len(calls) == 5, "stopped at the first match: the time taken would tell which token matched"
    with pytest.raises(AuthenticationError):
        tokens.authenticate(path, first[:-1])
    with pytest.raises(AuthenticationError):
        tokens.authenticate(path, "x" * 500)
    assert len(calls) == 15
    assert {(len(a), len(b)) for a, b in calls} == {(64, 64)}, "not digests of one length: the time would tell the length"
