"""The errors of the graph and the service: the store, SHACL validation, SPARQL requests, lookups and tokens."""

from __future__ import annotations

from claimgraph.claims.errors import ClaimgraphError, InputError

EXCERPT = 40
"""The most characters of a client's text an error message repeats."""


def excerpt(text: str) -> str:
    """A short, printable piece of a client's text for an error message (also imported from ``kg.sparql_text``).

    >>> excerpt("x" * 100)[-5:]
    "xxx…'"
    """
    return repr(text[:EXCERPT] + ("…" if len(text) > EXCERPT else ""))


class ValidationError(ClaimgraphError):
    """Data that breaks the SHACL shapes; nothing was written."""

    def __init__(self, messages: list[str]) -> None:
        self.messages = messages
        super().__init__("invalid data, nothing written:\n" + "\n".join(messages))


class StoreError(ClaimgraphError):
    """A store that cannot be opened or used."""


class NotFoundError(ClaimgraphError):
    """A resource that does not exist."""


class QueryError(InputError):
    """A SPARQL query or update that does not parse or is not allowed."""


class QuerySyntaxError(QueryError):
    """A SPARQL query or update that does not parse; the message is the parser's."""


class QueryRefusedError(QueryError):
    """A SPARQL request the service will not run (``SERVICE`` federation, ``LOAD``)."""


class QueryTimeoutError(ClaimgraphError):
    """A query that ran past its time limit; its answer was abandoned."""


class AuthenticationError(ClaimgraphError):
    """A write without a bearer token, or with one that is unknown or revoked."""


class PermissionDeniedError(ClaimgraphError):
    """A valid token whose role does not allow the operation."""


class ConflictError(InputError):
    """A request the record's present state does not allow (a proposal decided already, a merge changed since)."""
