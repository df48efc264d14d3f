"""build, validate, query and export through the installed ``claimgraph`` entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from claimgraph.cli import parser
from claimgraph.kg.cpus import default_workers
from tests.conftest import MINI, claimgraph


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """An on-disk store built once by the real command."""
    location = tmp_path_factory.mktemp("cli") / "store"
    done = claimgraph("build", "--store", str(location))
    assert done.returncode == 0, done.stderr
    assert "built 32 claims" in done.stdout
    return location


def test_every_command_has_help() -> None:
    for command in ("build", "validate", "query", "export", "serve"):
        done = claimgraph(command, "--help")
        assert done.returncode == 0 and "--store" in done.stdout, command


def test_a_build_uses_one_worker_per_cpu_unless_told() -> None:
    assert parser().parse_args(["build"]).workers == default_workers()
    assert parser().parse_args(["build", "--workers", "1"]).workers == 1


def test_validate_the_bundled_set() -> None:
    done = claimgraph("validate")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("valid: 32 claims")


def test_store_from_the_environment(built: Path) -> None:
    done = claimgraph("query", "ASK { ?c a <https://w3id.org/claimgraph/ns#Claim> }", env={"CLAIMGRAPH_STORE": str(built)})
    assert done.stdout.strip() == "true"


def test_query_formats(built: Path) -> None:
    query = "SELECT ?c WHERE { ?c <http://www.w3.org/ns/prov#wasAttributedTo> <https://w3id.org/claimgraph/id/entity/dealroom> }"
    claim = "https://w3id.org/claimgraph/id/claim/uk-ai-sector-vc-funding-2024"
    table = claimgraph("query", "--store", str(built), query)
    assert f"<{claim}>" in table.stdout and "(1 rows)" in table.stdout
    csv = claimgraph("query", "--store", str(built), "--format", "csv", query)
    assert csv.stdout.splitlines() == ["c", claim]
    tsv = claimgraph("query", "--store", str(built), "--format", "tsv", query)
    assert tsv.stdout.splitlines() == ["?c", f"<{claim}>"]
    answer = json.loads(claimgraph("query", "--store", str(built), "--format", "json", query).stdout)
    assert answer["results"]["bindings"] == [{"c": {"type": "uri", "value": claim}}]


def test_query_from_a_file_and_construct(built: Path, tmp_path: Path) -> None:
    rq = tmp_path / "q.rq"
    rq.write_text("CONSTRUCT { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } WHERE { ?e a <https://w3id.org/claimgraph/ns#Country> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }")
    done = claimgraph("query", "--store", str(built), "-f", str(rq))
    graph = Graph().parse(data=done.stdout, format="turtle")
    assert len(graph) >= 1


def test_malformed_query_is_one_clear_error(built: Path) -> None:
    done = claimgraph("query", "--store", str(built), "SELECT WHERE {")
    assert done.returncode != 0
    assert "Traceback" not in done.stderr and done.stderr.startswith("claimgraph: error:")


@pytest.mark.parametrize("fmt,parse_as", [("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld")])
def test_export_keeps_every_graph(built: Path, tmp_path: Path, fmt: str, parse_as: str) -> None:
    out = tmp_path / f"graph.{fmt}"
    done = claimgraph("export", "--store", str(built), "--format", fmt, "-o", str(out))
    assert done.returncode == 0, done.stderr
    dataset = Dataset()
    dataset.parse(out, format=parse_as)
    names = {str(g.identifier) for g in dataset.graphs()}
    assert "https://w3id.org/claimgraph/id/claim/openai-valuation-300bn" in names
    assert len(list(dataset.quads((None, None, None, None)))) > 1000


def test_export_turtle_to_stdout(built: Path) -> None:
    done = claimgraph("export", "--store", str(built), "--format", "turtle")
    graph = Graph().parse(data=done.stdout, format="turtle")
    assert len(graph) > 1000


def test_failing_build_writes_nothing_and_names_the_claim(built: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text((MINI / "zephyr.yaml").read_text(encoding="utf-8").replace("currency: GBP", "currency: QQQ"), encoding="utf-8")
    before = claimgraph("export", "--store", str(built), "--format", "nquads").stdout
    done = claimgraph("build", "--store", str(built), "--claims", str(broken), "--articles", str(MINI))
    assert done.returncode != 0
    assert "claim 'zephyr-valuation-2024' (value) at schema:currency" in done.stderr
    after = claimgraph("export", "--store", str(built), "--format", "nquads").stdout
    assert sorted(after.splitlines()) == sorted(before.splitlines())


def test_unknown_entity_is_reported_with_file_claim_and_field(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text((MINI / "zephyr.yaml").read_text(encoding="utf-8").replace("claimant: northwind-data", "claimant: nobody"), encoding="utf-8")
    done = claimgraph("validate", "--claims", str(broken), "--articles", str(MINI))
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"claimgraph: error: {broken}: claim 'zephyr-valuation-2024': field 'claimant': unknown entity 'nobody'"
    )
