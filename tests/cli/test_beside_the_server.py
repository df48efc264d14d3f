"""Commands on a store that a running ``claimgraph serve`` holds: reads answer as without the server and as the API
does, writes go through the service with a token or are refused with how, and the command line never opens the
store's files itself.

One real server process for the module (``tests/server_process.py``), on a store built by the real command.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import httpx
import pytest

from claimgraph.cli import running
from tests.conftest import built_by_command, claimgraph
from tests.kg.test_factchecks import LOCATED, api_claim, fact_check_tools
from tests.kg.test_ingest import PUBLISHED, TEXT
from tests.server_process import ServerProcess

CLAIM = "uk-ai-sector-vc-funding-2024"
QUERY = "SELECT ?claim ?statement WHERE { ?claim a cg:Claim ; cg:statement ?statement } ORDER BY ?claim LIMIT 15"
CONSTRUCT = "CONSTRUCT { ?claim cg:statement ?statement } WHERE { ?claim a cg:Claim ; cg:statement ?statement } LIMIT 15"
MAX_ROWS = 20
"""The server's row cap here: below the bundled store's claims, entities and quads."""

READS = {
    "query table": ("query", QUERY),
    "query csv": ("query", "--format", "csv", QUERY),
    "query json": ("query", "--format", "json", QUERY),
    "query ask": ("query", "ASK { ?claim a cg:Claim }"),
    "query construct": ("query", CONSTRUCT),
    "analyze centrality": ("analyze", "centrality", "--format", "json", "--limit", "10"),
    "analyze communities": ("analyze", "communities", "--format", "json"),
    "analyze sources": ("analyze", "sources"),
    "analyze conflicts": ("analyze", "conflicts", "--format", "json"),
    "analyze path": ("analyze", "path", "uk", "anthropic", "--format", "json"),
    "export csv": ("export", "--format", "csv"),
    "export pledges-json": ("export", "--format", "pledges-json"),
    "export nanopub": ("export", "--format", "nanopub"),
    "curate history": ("curate", CLAIM, "history"),
    "analyze matches": ("analyze", "matches", "--format", "json"),
    "analyze matches of a claim": ("analyze", "matches", "--claim", CLAIM, "--format", "json"),
    "links list": ("links", "list", "--format", "json"),
}
"""Read-only commands whose answer does not depend on who serves it; ``read(name)`` adds ``--store``."""


def fingerprint(folder: Path) -> dict[str, tuple[int, int, str]]:
    """Every file of a store folder: size, modification time and SHA-256."""
    return {
        str(path.relative_to(folder)): (path.stat().st_size, path.stat().st_mtime_ns, hashlib.sha256(path.read_bytes()).hexdigest())
        for path in sorted(folder.rglob("*")) if path.is_file()
    }  # fmt: skip


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return built_by_command(tmp_path_factory, "beside")


@pytest.fixture(scope="module")
def alone(store: Path) -> dict[str, str]:
    """What each read answers with no server running."""
    answers = {}
    for name, argv in READS.items():
        done = claimgraph(*argv, "--store", str(store))
        assert done.returncode == 0, (name, done.stderr)
        answers[name] = done.stdout
    out = store.parent / "alone.html"
    answers["view"] = claimgraph("view", "--out", str(out), "--store", str(store)).stdout.replace(str(store.parent), "OUT").replace("alone.html", "network.html")
    return answers


@pytest.fixture(scope="module")
def server(store: Path, alone: dict[str, str], tmp_path_factory) -> ServerProcess:
    log = tmp_path_factory.mktemp("beside-log") / "serve.log"
    with ServerProcess(store, log, CLAIMGRAPH_QUERY_MAX_ROWS=str(MAX_ROWS)) as process:
        yield process


def cli(store: Path, *argv: str, token: str | None = None) -> tuple[int, str, str]:
    env = {"CLAIMGRAPH_TOKEN": token} if token else {}
    done = claimgraph(*argv, "--store", str(store), env=env)
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, done.stdout, done.stderr


def new_token(store: Path, name: str, role: str) -> str:
    """A token made while the server runs: the token file is not the store, and the service reads it on each request."""
    code, out, err = cli(store, "token", "create", "--name", name, "--role", role)
    assert code == 0, err
    return out.strip().splitlines()[-1]


def test_the_service_says_where_it_listens_beside_the_store(server: ServerProcess, store: Path) -> None:
    said = json.loads(Path(f"{store}.service.json").read_text())
    assert said["url"] == server.url and said["pid"] == server.process.pid
    assert running.holder(str(store)) == running.Service(server.url, server.process.pid, str(store))


@pytest.mark.parametrize("name", READS)
def test_a_read_answers_as_without_the_server(server: ServerProcess, store: Path, alone: dict[str, str], name: str) -> None:
    code, out, err = cli(store, *READS[name])
    assert code == 0, err
    assert out == alone[name]


def test_a_read_answers_as_the_api(server: ServerProcess, store: Path) -> None:
    code, out, _ = cli(store, "query", "--format", "json", QUERY)
    api = httpx.post(f"{server.url}/sparql", content=QUERY, headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    assert code == 0 and json.loads(out) == api.json()
    code, out, _ = cli(store, "analyze", "centrality", "--format", "json", "--limit", "5")
    assert code == 0 and json.loads(out) == httpx.get(f"{server.url}/api/analysis/centrality", params={"limit": 5}).json()["items"]
    for fmt in ("nquads", "trig", "claimreview"):
        code, out, _ = cli(store, "export", "--format", fmt)
        route = "/api/export/claimreview" if fmt == "claimreview" else "/api/export"
        assert code == 0 and out == httpx.get(f"{server.url}{route}", params={"format": fmt}).text, fmt


def test_view_reads_a_copy_of_the_whole_store_from_the_service(server: ServerProcess, store: Path, alone: dict[str, str], tmp_path: Path) -> None:
    """The bundled network has more rows than the service's row cap here; the view is whole all the same."""
    code, out, err = cli(store, "view", "--out", str(tmp_path / "network.html"))
    assert code == 0, err
    assert out.replace(str(tmp_path), "OUT") == alone["view"]
    assert "OpenAI" in (tmp_path / "network.html").read_text()


def test_a_query_the_service_would_cut_is_an_error_not_a_short_answer(server: ServerProcess, store: Path) -> None:
    code, out, err = cli(store, "query", "SELECT * WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")
    assert code == 2 and out == ""
    assert f"at most {MAX_ROWS} rows" in err and server.url in err and "stop the service" in err


def test_build_is_refused_with_how_and_touches_nothing(server: ServerProcess, store: Path) -> None:
    cli(store, "query", "ASK {}")  # the service has taken its first snapshot: it writes nothing more while idle
    before = fingerprint(store)
    code, out, err = cli(store, "build")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and server.url in err and f"process {server.process.pid}" in err and "stop the service" in err
    code, out, err = cli(store, "links", "scan")
    assert code == 2 and out == "" and server.url in err and "stop the service" in err
    assert fingerprint(store) == before


def test_a_write_without_a_token_says_how_and_writes_nothing(server: ServerProcess, store: Path) -> None:
    before = fingerprint(store)
    for argv in (
        ("review", CLAIM, "--verdict", "true", "--rationale", "checked"),
        ("fulfilment", "anthropic-pledge-profit-cap", "--state", "kept", "--rationale", "checked"),
        ("curate", CLAIM, "retract", "--reason", "wrong"),
    ):
        code, out, err = cli(store, *argv)
        assert code == 2 and out == "", argv
        assert "CLAIMGRAPH_TOKEN" in err and server.url in err and "claimgraph token create" in err, err
    assert fingerprint(store) == before
    assert httpx.get(f"{server.url}/api/claims/{CLAIM}/reviews").json()["total"] == 0


def test_a_token_the_service_refuses_is_one_line(server: ServerProcess, store: Path) -> None:
    code, _, err = cli(store, "review", CLAIM, "--verdict", "true", "--rationale", "checked", token="cg_not-a-token")
    assert code == 2 and "answered 401" in err and err.count("\n") == 1
    reviewer = new_token(store, "rita", "reviewer")
    code, _, err = cli(store, "curate", CLAIM, "retract", "--reason", "wrong", token=reviewer)
    assert code == 2 and "answered 403" in err
    assert httpx.get(f"{server.url}/api/claims/{CLAIM}").json()["status"] != "retracted"


def test_a_review_goes_through_the_service_and_the_api_shows_it(server: ServerProcess, store: Path) -> None:
    secret = new_token(store, "ana", "reviewer")
    code, out, err = cli(store, "review", CLAIM, "--verdict", "mostly_true", "--rationale", "Dealroom's figure", "--evidence",
                         "https://example.org/dealroom", token=secret)  # fmt: skip
    assert code == 0, err
    review = json.loads(out)
    assert review["reviewer"] == "ana" and review["verdict"] == "mostly_true"
    listed = httpx.get(f"{server.url}/api/claims/{CLAIM}/reviews").json()["items"]
    assert [item["id"] for item in listed] == [review["id"]]
    code, out, _ = cli(store, "query", f"SELECT ?status WHERE {{ claim:{CLAIM} cg:status ?status }}", "--format", "csv")
    assert code == 0 and out.splitlines()[1].endswith("#reviewed")


def test_ingest_and_curation_go_through_the_service(server: ServerProcess, store: Path, tmp_path: Path) -> None:
    editor = new_token(store, "eddie", "editor")
    article = tmp_path / "nimbus.txt"
    article.write_text(TEXT, encoding="utf-8")
    code, out, err = cli(store, "ingest", str(article), "--published", PUBLISHED, "--title", "Nimbus", token=editor)
    assert code == 0, err
    assert f"through the service at {server.url}" in out
    document = out.split("stored document ", 1)[1].split()[0]
    claims = httpx.get(f"{server.url}/api/documents/{document}").json()
    candidates = httpx.get(f"{server.url}/api/claims", params={"status": "candidate"}).json()["items"]
    first = next(c["id"] for c in candidates if c["id"].startswith(document))
    assert claims["id"] == document
    code, out, err = cli(store, "curate", first, "accept", "--note", "a real claim", token=editor)
    assert code == 0, err
    assert json.loads(out)["action"] == "accept"
    assert httpx.get(f"{server.url}/api/claims/{first}").json()["status"] == "unverified"
    history = httpx.get(f"{server.url}/api/claims/{first}/curation").json()["items"]
    assert history[0]["curator"] == "eddie"


def test_a_curation_or_a_link_decision_through_the_service_loads_no_extraction(server: ServerProcess, store: Path) -> None:
    """Writes that the service does need none of the extraction's rules on this side (spaCy alone took seconds); each
    is sent and refused there (no such claim or link), so the shared store stays as it was."""
    editor = new_token(store, "edna", "editor")
    for argv in (("curate", "no-such-claim", "accept"), ("links", "undo", "no-such-link")):
        done = claimgraph(*argv, "--store", str(store), env={"CLAIMGRAPH_TOKEN": editor, "PYTHONPROFILEIMPORTTIME": "1"})
        assert done.returncode != 0 and "no-such" in done.stderr and "Traceback" not in done.stderr, done.stderr[-500:]
        imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
        assert "claimgraph.cli" in imported  # the import times were printed
        assert not {"spacy", "claimgraph.claims.extraction"} & imported, argv


def test_an_import_goes_through_the_service(server: ServerProcess, store: Path, tmp_path: Path) -> None:
    tools = tmp_path / "tools.json"
    tools.write_bytes(fact_check_tools(api_claim("Anthropic is based in San Francisco.", "https://checkers.example/sf", "Pants on Fire!")))
    code, out, err = cli(store, "import", "claimreview", str(tools), "--format", "json")
    assert code == 2 and "CLAIMGRAPH_TOKEN" in err and "--role editor" in err
    code, out, err = cli(store, "import", "claimreview", str(tools), "--format", "json", token=new_token(store, "ivy", "editor"))
    assert code == 0, err
    assert json.loads(out)["items"][0]["claims"] == [LOCATED]
    listed = httpx.get(f"{server.url}/api/claimreviews", params={"claim": LOCATED}).json()["items"]
    assert [item["url"] for item in listed] == ["https://checkers.example/sf"]


def test_a_second_server_on_the_store_is_refused(server: ServerProcess, store: Path) -> None:
    code, _, err = cli(store, "serve", "--port", "1")
    assert code == 2 and f"held by the claimgraph service at {server.url}" in err


def test_a_file_whose_service_is_gone_is_not_believed(tmp_path: Path) -> None:
    """A service killed outright leaves its file: a live process id (this one) is not enough, the store's lock decides."""
    location = tmp_path / "store"
    assert claimgraph("build", "--store", str(location)).returncode == 0
    Path(f"{location}.service.json").write_text(json.dumps({"url": "http://127.0.0.1:9", "pid": os.getpid()}))
    assert running.holder(str(location)) is None
    code, out, err = cli(location, "query", "ASK { ?claim a cg:Claim }")
    assert (code, out) == (0, "true\n"), err
