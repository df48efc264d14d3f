"""Fixtures for the fault tests: the service's token fixtures, shared with tests/api."""

from __future__ import annotations

from tests.api.conftest import secrets, token_file  # noqa: F401 - fixtures used here too
