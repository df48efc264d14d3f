"""What routes take from the app, as FastAPI dependencies: the store, what is derived from it, the public address."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import Depends, Query, Request
from pydantic import BeforeValidator

from claimgraph.claims.errors import InputError

from claimgraph.kg.cache import DerivedCache
from claimgraph.kg.history import parse_since
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


def _as_of(value: object) -> dt.datetime | None:
    """An ``as_of`` parameter as a time (a day means its end, UTC); a bad one is a validation error, answered 422."""
    if value is None or isinstance(value, dt.datetime):
        return value
    try:
        return parse_since(str(value), "as_of", end_of_day=True)
    except InputError as error:
        raise ValueError(str(error)) from None


AsOf = Annotated[
    dt.datetime | None,
    BeforeValidator(_as_of),
    Query(description="the record as of this time: YYYY-MM-DD (the end of that day, UTC) or YYYY-MM-DDTHH:MM:SSZ"),
]
"""The record as it was at a time, as a query parameter. Such a request reads the store, not what the service keeps."""
