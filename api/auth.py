"""Bearer tokens on requests: who is writing, and whether their role allows it."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from claimgraph.kg import tokens
from claimgraph.kg.tokens import Token

bearer = HTTPBearer(auto_error=False, description="A token from `claimgraph token create`")


def authorize(request: Request, credentials: HTTPAuthorizationCredentials | None, role: str) -> Token:
    """The token of a request, checked against the token file and the role.

    Raises:
        AuthenticationError: no token, or an unknown or revoked one (401).
        PermissionDeniedError: the token's role is lower than ``role`` (403).
    """
    secret = credentials.credentials if credentials is not None else None
    token = tokens.authenticate(request.app.state.tokens_path, secret)
    tokens.require(token, role)
    return token


def require(role: str) -> Callable[..., Token]:
    """A dependency that lets a request through only with a token of ``role`` or higher."""

    def dependency(request: Request, credentials: HTTPAuthorizationCredentials | None = Security(bearer)) -> Token:
        return authorize(request, credentials, role)

    return dependency
