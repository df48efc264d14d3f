"""What routes take from the app, as FastAPI dependencies: the store, what is derived from it, the public address."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import Depends, Query, Request
from pydantic import BeforeValidator

from claimgraph.api import schemas
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


def _blank_is_absent(value: object) -> object:
    """A form's field nobody filled (a filter form sends every field) as a parameter not given."""
    return None if isinstance(value, str) and not value.strip() else value


def _time_parameter(name: str, end_of_day: bool, description: str, form: bool = False) -> object:
    """A query parameter that names a time (a day: its start, or with ``end_of_day`` its end, UTC); a bad one is a
    validation error, answered 422 with a message that names the parameter. Left empty it is a bad one too (an API
    client that meant a time and sent none would otherwise be shown the record of now), unless it comes from a
    ``form``."""

    def parse(value: object) -> dt.datetime | None:
        if form:
            value = _blank_is_absent(value)
        if value is None or isinstance(value, dt.datetime):
            return value
        try:
            return parse_since(str(value), name, end_of_day=end_of_day)
        except InputError as error:
            raise ValueError(str(error)) from None

    return Annotated[dt.datetime | None, BeforeValidator(parse), Query(alias=name, description=description)]


_FORMS = "YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ"
AsOf = _time_parameter("as_of", True, f"the record as of this time: {_FORMS} (a day means its end, UTC)")
"""The record as it was at a time, as a query parameter (read from what the service keeps, with what changed since read as it was)."""
FormAsOf = _time_parameter("as_of", True, f"the record as of this time: {_FORMS} (a day means its end, UTC); empty: now", form=True)
""":data:`AsOf` as a page's filter form sends it: empty means now (every HTML page takes it so; the JSON API takes
:data:`AsOf`)."""
From = _time_parameter("from", False, f"from this time on: {_FORMS} (a day means its start, UTC)")
To = _time_parameter("to", True, f"up to this time: {_FORMS} (a day means its end, UTC)")
FormFrom = _time_parameter("from", False, f"from this time on: {_FORMS} (a day means its start, UTC); empty: from the first", form=True)
FormTo = _time_parameter("to", True, f"up to this time: {_FORMS} (a day means its end, UTC); empty: up to now", form=True)
FormDueBefore = Annotated[dt.date | None, BeforeValidator(_blank_is_absent), Query(description="only pledges due before this day (YYYY-MM-DD); empty: any")]
"""Pledges due before a day, as the pledges page's form sends it."""
FormPledgeState = Annotated[schemas.PledgeState | None, BeforeValidator(_blank_is_absent), Query(description="only pledges in this state; empty: any")]
"""Pledges in one state, as the pledges page's form sends it."""
