"""Schemathesis against the OpenAPI document of a live server on loopback: for generated requests to
every operation (a bounded number each, with an editor's token so the writing routes are reached),
no answer is a 5xx and every answer matches the schema the document gives it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error, response_schema_conformance

from claimgraph.kg import tokens
from claimgraph.kg.build import vocabulary_quads
from claimgraph.kg.mapping import Quad
from claimgraph.kg.locations import MEMORY
from claimgraph.kg.store import insert_data, open_store
from tests.api.conftest import bearer, make_app, serve

EXAMPLES = 15
"""Generated requests per operation: enough to reach every parameter, bounded for the suite's time."""
KNOWN = {
    "claim_id": ("uk-ai-sector-vc-funding-2024", "openai-valuation-300bn", "anthropic-founding-year-2021", "anthropic-pledge-profit-cap"),
    "entity_id": ("anthropic", "dealroom", "united-kingdom"),
    "document_id": ("uk-ai-gap-anthropic-valuation",),
    "name": ("style.css", "network.js", "network.css"),
}
"""Ids that exist in the bundled data, drawn as often as generated ones for path parameters."""


@pytest.fixture(scope="module")
def live(bundled_quads: list[Quad], tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """A server on the bundled claims, and an editor's secret."""
    token_file = tmp_path_factory.mktemp("schemathesis") / "store.tokens.json"
    secret = tokens.create(token_file, "fuzzer", "editor")
    store = open_store(MEMORY)
    store.update(insert_data(vocabulary_quads() + bundled_quads))
    with serve(make_app(store, token_file, query_time_limit=5.0)) as url:
        yield url, secret
    store.close()


@pytest.fixture(scope="module")
def api_schema(live: tuple[str, str]):
    """The OpenAPI document as the live server serves it."""
    url, _ = live
    return schemathesis.openapi.from_url(f"{url}/openapi.json")


def test_no_server_error_and_answers_match_the_schema(api_schema, live: tuple[str, str]) -> None:
    """Each operation in turn (schemathesis's pytest plugin does not run on this pytest, so hypothesis drives it)."""
    url, secret = live
    failures: list[str] = []
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 20, "the document lists too few operations: the fuzzing would prove little"
    for operation in operations:

        @given(case=operation.as_strategy(), data=st.data())
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
        def fuzz(case, data: st.DataObject) -> None:
            for name, value in (case.path_parameters or {}).items():  # random ids only ever reach the 404 path
                case.path_parameters[name] = data.draw(st.sampled_from([value, *KNOWN.get(name, ())]))
            response = case.call(base_url=url, headers=bearer(secret), timeout=30)
            case.validate_response(response, checks=[not_a_server_error, response_schema_conformance])

        try:
            fuzz()
        except Exception as error:  # noqa: BLE001 - every operation's failure is collected and reported together
            failures.append(f"{operation.label}: {error}")
    assert failures == [], "\n\n".join(failures)


def test_the_document_names_the_writing_routes(api_schema) -> None:
    """The fuzzing reaches the writes: they are in the document it reads."""
    paths = api_schema.raw_schema["paths"]
    assert "post" in paths["/api/documents"] and "post" in paths["/api/claims/{claim_id}/reviews"]

