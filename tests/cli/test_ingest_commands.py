"""``claimgraph extract``, ``ingest``, ``curate`` and ``eval`` through the entry point."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from claimgraph.claims import evaluation
from claimgraph.claims.extraction import extract
from claimgraph.cli.agent import os_user
from claimgraph.kg.store import open_store
from tests.cli.test_graph_commands import claimgraph
from tests.conftest import MINI, snapshot
from tests.kg.test_ingest import PUBLISHED, TEXT

LABELLED = Path(__file__).resolve().parents[1] / "data" / "labelled"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "nimbus.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    return path


def test_extract_prints_the_fixed_json(article: Path) -> None:
    done = claimgraph("extract", str(article), "--published", PUBLISHED, "--format", "json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [candidate.to_json() for candidate in extract(TEXT, PUBLISHED)]


def test_extract_prints_a_table(article: Path) -> None:
    done = claimgraph("extract", str(article), "--published", PUBLISHED)
    assert done.returncode == 0, done.stderr
    expected = extract(TEXT, PUBLISHED)
    lines = done.stdout.splitlines()
    assert lines[0].split()[:3] == ["span", "type", "score"] and lines[-1] == f"{len(expected)} candidate claim(s)"
    assert [line.split()[0] for line in lines[2:-1]] == [f"{c.start}-{c.end}" for c in expected]


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (b"", [], "empty"),
        (b"\xff\xfe\x00b", [], "not UTF-8"),
        (b"Acme raised $5m.\x00\x00", [], "binary"),
        (TEXT.encode(), ["--max-bytes", "20"], "over the limit"),
    ],
)
def test_bad_files_are_one_clear_error(tmp_path: Path, content: bytes, args: list[str], message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    store = tmp_path / "store"
    for command in (["extract"], ["ingest", "--store", str(store)]):
        done = claimgraph(*command, str(path), "--published", PUBLISHED, *args)
        assert done.returncode == 2 and done.stderr.startswith("claimgraph: error:") and message in done.stderr, done.stderr
        assert done.stdout == ""
    assert not store.exists()  # nothing opened, nothing stored


def test_a_bad_date_is_refused_by_the_parser(article: Path) -> None:
    done = claimgraph("extract", str(article), "--published", "May 2025")
    assert done.returncode == 2 and "is not a date" in done.stderr


def test_ingest_then_curate_on_disk(article: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert claimgraph("build", "--store", str(store)).returncode == 0
    done = claimgraph("ingest", str(article), "--published", PUBLISHED, "--store", str(store), "--publisher", "The Daily Ledger", "--by", "Ann")
    assert done.returncode == 0, done.stderr
    assert "with 3 candidate claim(s)" in done.stdout
    document = done.stdout.split()[2]
    assert (f"proposed entities: the-daily-ledger (publication), nimbus-labs (firm), "
            f"sources-close-to-the-deal-in-{document} (anonymous_source), leeds (place)") in done.stdout
    claim_ids = [line.split()[0] for line in done.stdout.splitlines() if line.startswith("nimbus-")]
    assert len(claim_ids) == 3

    again = claimgraph("ingest", str(article), "--published", PUBLISHED, "--store", str(store))
    assert again.returncode == 0 and "nothing added" in again.stdout

    accepted = claimgraph("curate", claim_ids[0], "accept", "--by", "Ann", "--note", "checked", "--store", str(store))
    assert accepted.returncode == 0, accepted.stderr
    assert json.loads(accepted.stdout)["status_after"] == "unverified"
    edited = claimgraph(
        "curate", claim_ids[2], "edit", "--by", "Bob", "--statement", "Nimbus Labs raised £40m in 2024.",
        "--amount", "4e7", "--currency", "gbp", "--approximate", "--store", str(store),
    )  # fmt: skip
    assert edited.returncode == 0, edited.stderr
    assert {c["field"] for c in json.loads(edited.stdout)["changes"]} == {"statement", "object"}
    refused = claimgraph("curate", claim_ids[2], "edit", "--by", "Bob", "--start", "0", "--end", "5", "--quote", "Dealroom", "--store", str(store))
    assert refused.returncode == 2 and "exact quote disagrees" in refused.stderr
    rejected = claimgraph("curate", claim_ids[1], "reject", "--by", "Cy", "--store", str(store))
    assert rejected.returncode == 0
    assert claimgraph("curate", claim_ids[1], "accept", "--by", "Cy", "--store", str(store)).returncode == 2
    no_reason = claimgraph("curate", claim_ids[0], "retract", "--by", "Cy", "--store", str(store))
    assert no_reason.returncode == 2 and no_reason.stderr.startswith("claimgraph: error: a retraction needs a reason")
    retracted = claimgraph("curate", claim_ids[0], "retract", "--reason", "the figure was corrected", "--store", str(store))
    assert retracted.returncode == 0, retracted.stderr
    record = json.loads(retracted.stdout)
    assert (record["status_after"], record["note"], record["curator"]) == ("retracted", "the figure was corrected", os_user())
    history = json.loads(claimgraph("curate", claim_ids[2], "history", "--store", str(store)).stdout)
    assert [(item["action"], item["curator"]) for item in history] == [("edit", "Bob")]

    opened = open_store(store)
    try:
        rows = opened.select("SELECT ?status (COUNT(?c) AS ?n) WHERE { ?c cg:status ?s . BIND (STRAFTER(STR(?s), '#') AS ?status) } GROUP BY ?status")
        counts = {row["status"]: int(row["n"]) for row in rows}
        money = opened.select(f"SELECT ?amount WHERE {{ GRAPH <https://w3id.org/claimgraph/id/claim/{claim_ids[2]}> {{ ?v schema:value ?amount ; cg:approximate true }} }}")
    finally:
        opened.close()
    assert counts == {"unverified": 32, "retracted": 1, "candidate": 1, "rejected": 1}
    assert [float(row["amount"]) for row in money] == [4e7]


def test_a_failed_edit_leaves_the_store_on_disk_as_it_was(article: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    done = claimgraph("ingest", str(article), "--published", PUBLISHED, "--store", str(store))
    claim = next(line.split()[0] for line in done.stdout.splitlines() if line.startswith("nimbus-"))
    opened = open_store(store)
    before = snapshot(opened)
    opened.close()
    refused = claimgraph("curate", claim, "edit", "--by", "Ann", "--predicate", "noSuchTerm", "--store", str(store))
    assert refused.returncode == 2 and "not declared" in refused.stderr
    opened = open_store(store)
    try:
        assert snapshot(opened) == before
    finally:
        opened.close()


def test_eval_prints_the_evaluation_table(tmp_path: Path) -> None:
    labelled = tmp_path / "labelled"
    labelled.mkdir()
    for name in ("orvane-chip-order.txt", "orvane-chip-order.gold.json"):
        shutil.copy(LABELLED / name, labelled / name)
    claim_set = MINI / "zephyr.yaml"
    done = claimgraph("eval", "--labelled", str(labelled), "--claim-set", str(claim_set), "--articles", str(MINI))
    assert done.returncode == 0, done.stderr
    rows = evaluation.run(labelled, [claim_set], MINI)
    assert done.stdout.strip() == evaluation.render_table(rows)
    assert [line.split()[0] for line in done.stdout.splitlines()[2:] if not line.startswith("-")] == ["orvane-chip-order", "zephyr", "overall"]
