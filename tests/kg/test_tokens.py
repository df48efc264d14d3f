"""Tokens: secrets shown once and stored only as hashes, roles, revocation."""

from __future__ import annotations

import hashlib
import stat
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
