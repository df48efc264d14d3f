"""The root of the project's exception tree, and the errors of the claim model: input that cannot be read, claim sets
that break their format, changes the lifecycle does not allow. The store's and the service's errors are in ``kg.errors``."""

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


class EmptyInputError(InputError):
    """Text with nothing to read in it (empty or only whitespace)."""


class EncodingError(InputError):
    """Bytes that are not UTF-8 text, or text holding binary data."""


class InputTooLargeError(InputError):
    """Text over the size limit."""


class ClaimStatusError(InputError):
    """A change the claim's lifecycle does not allow (accepting a rejected claim, reviewing a candidate); 409."""
