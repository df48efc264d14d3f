"""What routes take from the app, as FastAPI dependencies: the store, what is derived from it, the public address."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from claimgraph.kg.cache import DerivedCache
from claimgraph.kg.store import Store


def _store(request: Request) -> Store:
    return request.app.state.store


def _derived(request: Request) -> DerivedCache:
    return request.app.state.derived


def _public_url(request: Request) -> str:
    return request.app.state.public_url or str(request.base_url).rstrip("/")


StoreDep = Annotated[Store, Depends(_store)]
"""The app's store."""
DerivedDep = Annotated[DerivedCache, Depends(_derived)]
"""What the service keeps derived from the store between writes."""
PublicUrl = Annotated[str, Depends(_public_url)]
"""The service's public address: the configured one, else the address the request came to."""
