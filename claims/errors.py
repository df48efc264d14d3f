"""The project's exception tree: every bad input raises one of these."""

from __future__ import annotations


class ClaimgraphError(Exception):
    """Base of all errors claimgraph raises on purpose."""


class InputError(ClaimgraphError):
    """Input that cannot be read or does not follow its format."""


class ClaimSetError(InputError):
    """A curated claim set that is malformed; the message names file, claim and field."""

    def __init__(self, file: str, where: str, field: str, problem: str) -> None:
        self.file, self.where, self.field, self.problem = file, where, field, problem
        super().__init__(f"{file}: {where}: field '{field}': {problem}")


class ValidationError(ClaimgraphError):
    """Data that breaks the SHACL shapes; nothing was written."""

    def __init__(self, messages: list[str]) -> None:
        self.messages = messages
        super().__init__("invalid data, nothing written:\n" + "\n".join(messages))


class StoreError(ClaimgraphError):
    """A store that cannot be opened or used."""


class NotFoundError(ClaimgraphError):
    """A resource that does not exist."""


class EmptyInputError(InputError):
    """Text with nothing to read in it (empty or only whitespace)."""


class EncodingError(InputError):
    """Bytes that are not UTF-8 text, or text holding binary data."""


class InputTooLargeError(InputError):
    """Text over the size limit."""


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


class ClaimStatusError(InputError):
    """A change the claim's lifecycle does not allow (accepting a rejected claim, reviewing a candidate); 409."""
