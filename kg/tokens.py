"""Bearer tokens with roles, kept in a JSON file beside the store; secrets only as hashes.

The file sits beside the store folder (``var/store`` -> ``var/store.tokens.json``)
rather than in the store, because everything in the store can be read through
the public SPARQL endpoint, and because a file can be changed by
``claimgraph token`` while a server holds the store's lock: the server reads it
again on every authenticated request, so a new or revoked token counts at once.

Secrets are 256 random bits, so one SHA-256 is enough to store them (a slow
password hash guards guessable secrets; these are not guessable). Presented
secrets are compared with every stored hash in constant time.
"""

from __future__ import annotations

import fcntl
import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from claimgraph.claims.errors import InputError
from claimgraph.kg.errors import AuthenticationError, NotFoundError, PermissionDeniedError, excerpt

ROLES = ("reviewer", "editor")
"""Roles in rising order: an editor may do all a reviewer may."""

PREFIX = "cg_"


@dataclass(frozen=True)
class Token:
    """Who a presented secret belongs to."""

    name: str
    role: str


def tokens_path(store_location: str) -> Path | None:
    """The token file of a store on disk; None for an in-memory or a remote store
    (whose tokens file is given with ``--tokens`` or ``CLAIMGRAPH_TOKENS``).

    >>> tokens_path("var/store")
    PosixPath('var/store.tokens.json')
    """
    if store_location == "memory:" or store_location.startswith(("http://", "https://")):
        return None
    path = Path(store_location)
    return path.with_name(path.name + ".tokens.json")


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _read(path: Path) -> list[dict[str, object]]:
    if not path.exists():
        return []
    try:
        return json.loads(path.read_text(encoding="utf-8"))["tokens"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise InputError(f"cannot read the token file {path}: {error}") from None


@contextmanager
def _changing(path: Path) -> Iterator[list[dict[str, object]]]:
    """The entries, to change in place; written back when the block ends.

    An exclusive lock on a file beside it is held from the read to the write, so
    that two commands changing the file at once cannot lose each other's change
    (a revocation lost would leave the token working).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path.with_name(path.name + ".lock"), os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        entries = _read(path)
        yield entries
        _write(path, entries)
    finally:
        os.close(descriptor)


def _write(path: Path, entries: list[dict[str, object]]) -> None:
    """Replace the file atomically, readable by its owner only (the caller holds the lock)."""
    temporary = path.with_name(path.name + ".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        json.dump({"tokens": entries}, out, indent=2)
    os.replace(temporary, path)


def create(path: Path, name: str, role: str) -> str:
    """Add a token and return its secret, which is not stored and cannot be shown again.

    Raises:
        InputError: an unknown role, a blank name, or a name an active token already has.
    """
    if role not in ROLES:
        raise InputError(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
    if not name.strip():
        raise InputError("a token needs a name")
    with _changing(path) as entries:
        if any(entry["name"] == name and not entry["revoked"] for entry in entries):
            raise InputError(f"an active token named {name!r} exists; revoke it first or choose another name")
        secret = PREFIX + secrets.token_urlsafe(32)
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        entries.append({"name": name, "role": role, "sha256": _digest(secret), "created": now, "revoked": None})
    return secret


def listing(path: Path) -> list[dict[str, object]]:
    """Every token's name, role, creation and revocation dates (never the hash)."""
    return [{key: entry[key] for key in ("name", "role", "created", "revoked")} for entry in _read(path)]


def revoke(path: Path, name: str) -> None:
    """Revoke the active token with this name; it stays listed, marked revoked.

    Raises:
        NotFoundError: no active token has this name.
    """
    with _changing(path) as entries:
        active = [entry for entry in entries if entry["name"] == name and not entry["revoked"]]
        if not active:
            raise NotFoundError(f"no active token named {excerpt(name)}")
        active[0]["revoked"] = datetime.now(timezone.utc).isoformat(timespec="seconds")


def authenticate(path: Path | None, secret: str | None) -> Token:
    """The token a secret belongs to, compared in constant time with every active token.

    Raises:
        AuthenticationError: no secret, no token file, or no active token matches.
    """
    if not secret:
        raise AuthenticationError("this needs a bearer token (Authorization: Bearer <token>)")
    digest = _digest(secret)
    found = None
    for entry in _read(path) if path is not None else []:
        if hmac.compare_digest(digest, str(entry["sha256"])) and not entry["revoked"]:
            found = Token(str(entry["name"]), str(entry["role"]))
    if found is None:
        raise AuthenticationError("the bearer token is unknown or revoked")
    return found


def require(token: Token, role: str) -> None:
    """Check that a token's role is at least ``role``.

    Raises:
        PermissionDeniedError: the role is lower.
    """
    rank = ROLES.index(token.role) if token.role in ROLES else -1  # a role this version does not know allows nothing
    if rank < ROLES.index(role):
        raise PermissionDeniedError(f"the token {token.name!r} has the role {token.role}; this needs {role}")
