"""Tokens: secrets shown once and stored only as hashes, roles, revocation."""

from __future__ import annotations

import hashlib
import multiprocessing
import stat
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from claimgraph.claims.errors import InputError
from claimgraph.kg.errors import AuthenticationError, NotFoundError, PermissionDeniedError
from claimgraph.kg import tokens


def test_secrets_are_stored_only_as_hashes(tmp_path: Path) -> None:
    path = tmp_path / "store.tokens.json"
    secret = tokens.create(path, "ann", "reviewer")
    text = path.read_text()
    assert secret not in text and hashlib.sha256(secret.encode()).hexdigest() in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert tokens.authenticate(path, secret) == tokens.Token("ann", "reviewer")
    assert tokens.create(path, "bob", "reviewer") != secret


def test_roles_rank(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    reviewer = tokens.authenticate(path, tokens.create(path, "ann", "reviewer"))
    editor = tokens.authenticate(path, tokens.create(path, "eve", "editor"))
    tokens.require(reviewer, "reviewer")
    tokens.require(editor, "reviewer")
    tokens.require(editor, "editor")
    with pytest.raises(PermissionDeniedError, match="needs editor"):
        tokens.require(reviewer, "editor")


def test_revoked_unknown_and_missing_secrets_fail(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    secret = tokens.create(path, "ann", "editor")
    for presented in (None, "", secret + "x", "cg_" + "a" * 43):
        with pytest.raises(AuthenticationError):
            tokens.authenticate(path, presented)
    with pytest.raises(AuthenticationError):
        tokens.authenticate(None, secret)
    tokens.revoke(path, "ann")
    with pytest.raises(AuthenticationError, match="revoked"):
        tokens.authenticate(path, secret)
    assert [(e["name"], bool(e["revoked"])) for e in tokens.listing(path)] == [("ann", True)]
    assert "sha256" not in tokens.listing(path)[0]
    with pytest.raises(NotFoundError):
        tokens.revoke(path, "ann")
    assert tokens.authenticate(path, tokens.create(path, "ann", "reviewer")).role == "reviewer"


def test_bad_token_requests(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    with pytest.raises(InputError, match="unknown role"):
        tokens.create(path, "ann", "admin")
    with pytest.raises(InputError, match="name"):
        tokens.create(path, " ", "editor")
    tokens.create(path, "ann", "editor")
    with pytest.raises(InputError, match="exists"):
        tokens.create(path, "ann", "reviewer")
    path.write_text("not json")
    with pytest.raises(InputError, match="cannot read the token file"):
        tokens.authenticate(path, "x")


def _create_and_revoke(path: Path, worker: int) -> list[str]:
    """Create five tokens, revoking each right after the next is made; the secrets of those left active."""
    kept = []
    for number in range(5):
        kept.append(tokens.create(path, f"w{worker}-{number}", "reviewer"))
        if number % 2:
            tokens.revoke(path, f"w{worker}-{number}")
            kept.pop()
    return kept


def test_commands_changing_the_file_at_once_lose_nothing(tmp_path: Path) -> None:
    """Processes creating and revoking at the same time (as ``claimgraph token`` run twice would): every token made is
    listed, every revocation holds, every secret of an active token signs in."""
    path = tmp_path / "store.tokens.json"
    with ProcessPoolExecutor(8, mp_context=multiprocessing.get_context("spawn")) as pool:
        kept = [secret for secrets in pool.map(_create_and_revoke, [path] * 8, range(8)) for secret in secrets]
    listed = tokens.listing(path)
    assert len(listed) == 40
    assert sum(entry["revoked"] is not None for entry in listed) == 16
    assert {tokens.authenticate(path, secret).name for secret in kept} == {f"w{w}-{n}" for w in range(8) for n in (0, 2, 4)}
