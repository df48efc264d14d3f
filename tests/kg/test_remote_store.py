"""A remote SPARQL 1.1 store (a real Oxigraph server): the commands and the service work on it as on the embedded store."""

from __future__ import annotations

import json

import pytest
from SPARQLWrapper import JSON, SPARQLWrapper

from bench.servers import free_port, running
from claimgraph.kg.errors import QueryError, StoreError
from claimgraph.kg.build import build
from claimgraph.kg.locations import MEMORY
from claimgraph.kg.store import open_store
from tests.conftest import ENTRY_POINT, claimgraph, snapshot

DEALROOM_CLAIM = "https://w3id.org/claimgraph/id/claim/uk-ai-sector-vc-funding-2024"


@pytest.fixture
def remote(oxigraph):
    """The session's Oxigraph server, emptied."""
    store = open_store(oxigraph.query_url, oxigraph.update_url)
    store.update("CLEAR ALL")
    store.close()
    return oxigraph


def test_build_query_and_export_through_the_command_line(remote, bundled) -> None:
    done = claimgraph("build", "--store", remote.query_url, "--update-url", remote.update_url)
    assert done.returncode == 0, done.stderr
    assert "built 32 claims" in done.stdout
    env = {"CLAIMGRAPH_STORE": remote.query_url, "CLAIMGRAPH_UPDATE_URL": remote.update_url}
    query = "SELECT ?c WHERE { ?c <http://www.w3.org/ns/prov#wasAttributedTo> <https://w3id.org/claimgraph/id/entity/dealroom> }"
    answer = claimgraph("query", "--format", "json", query, env=env)
    assert json.loads(answer.stdout)["results"]["bindings"] == [{"c": {"type": "uri", "value": DEALROOM_CLAIM}}]
    exported = claimgraph("export", "--format", "nquads", env=env)
    embedded = open_store(MEMORY)
    build(embedded, [bundled])
    assert len(set(exported.stdout.splitlines()) - {""}) == embedded.quad_count()
    embedded.close()


def test_the_service_answers_sparql_and_rest_from_the_remote_store(remote, bundled) -> None:
    store = open_store(remote.query_url, remote.update_url)
    build(store, [bundled])
    store.close()
    port = free_port()
    command = [str(ENTRY_POINT), "serve", "--store", remote.query_url, "--update-url", remote.update_url, "--port", str(port)]
    base = f"http://127.0.0.1:{port}"
    with running(command, base, f"{base}/health"):
        client = SPARQLWrapper(f"{base}/sparql")
        client.setQuery("SELECT (COUNT(?c) AS ?n) WHERE { ?c a <https://w3id.org/claimgraph/ns#Claim> }")
        client.setReturnFormat(JSON)
        rows = client.queryAndConvert()["results"]["bindings"]
        assert int(rows[0]["n"]["value"]) == len(bundled.claims)
        import urllib.request

        with urllib.request.urlopen(f"{base}/api/claims/uk-ai-sector-vc-funding-2024", timeout=30) as response:
            claim = json.load(response)
        assert claim["claimant"]["label"] == "Dealroom"


def test_a_malformed_query_is_our_error_and_the_store_keeps_its_data(remote, mini) -> None:
    store = open_store(remote.query_url, remote.update_url)
    build(store, [mini])
    before = snapshot(store)
    with pytest.raises(QueryError, match="malformed query"):
        store.query("SELECT WHERE {")
    with pytest.raises(QueryError, match="malformed update"):
        store.update("INSERT DATA { <a> }")
    assert snapshot(store) == before
    store.close()


def test_an_unreachable_service_is_a_clear_error() -> None:
    store = open_store(f"http://127.0.0.1:{free_port()}/query")
    with pytest.raises(StoreError, match="cannot reach the SPARQL service"):
        store.quad_count()
    done = claimgraph("query", "--store", f"http://127.0.0.1:{free_port()}/query", "ASK {}")
    assert done.returncode == 2 and done.stderr.startswith("claimgraph: error: cannot reach the SPARQL service")


def test_an_update_url_needs_a_remote_store() -> None:
    with pytest.raises(StoreError, match="goes with a remote store"):
        open_store(MEMORY, "http://127.0.0.1:1/update")
