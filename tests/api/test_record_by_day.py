"""The record as of each day, read three ways that must agree: the service's ``as_of``, the command line's ``--as-of``
(in a subprocess, on the same store on disk) and the SPARQL pattern of ``kg/queries/record-as-of.rq``.

A store is built on 1 March; a review is written on day 1 (2 March), a candidate is accepted on day 2 (3 March), and a
claim is retracted on day 3 (4 March), every time set through the writes' ``now``."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from claimgraph.claims.model import ClaimSet
from claimgraph.kg import projection, reviews, sparql_text
from claimgraph.kg.build import build
from claimgraph.kg.curation import curate
from claimgraph.kg.history import parse_since
from claimgraph.kg.ingest import ingest
from claimgraph.kg.namespaces import short_id
from claimgraph.kg.store import Store, open_store
from tests.api.conftest import make_app
from tests.conftest import REPO, claimgraph
from tests.kg.test_ingest import PUBLISHED, TEXT

QUERY = REPO / "kg" / "queries" / "record-as-of.rq"
REVIEWED = "openai-valuation-300bn"
RETRACTED = "uk-ai-sector-vc-funding-2024"
DAYS = ("2026-02-28", "2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04")


def _on(day: str, hour: int) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{hour:02d}:00:00+00:00")


@pytest.fixture(scope="module")
def record(tmp_path_factory: pytest.TempPathFactory, bundled: ClaimSet) -> tuple[Path, str]:
    """The store on disk (closed), and the id of the candidate accepted on day 2."""
    location = tmp_path_factory.mktemp("by-day") / "store"
    store = open_store(location)
    try:
        build(store, [bundled], agent="Bea", now=_on("2026-03-01", 9))
        accepted = ingest(store, TEXT, PUBLISHED, agent="Ian", now=_on("2026-03-01", 10)).claims[0].id
        reviews.add_review(store, REVIEWED, "false", "The filing says otherwise.", [], "Ann", now=_on("2026-03-02", 10))
        curate(store, accepted, "accept", "Cy", now=_on("2026-03-03", 10))
        curate(store, RETRACTED, "retract", "Ed", note="the publisher corrected it", now=_on("2026-03-04", 10))
    finally:
        store.close()
    return location, accepted


def _expected(day: str, bundled: ClaimSet, accepted: str) -> dict[str, tuple[str, str | None]]:
    """What the record held at the end of a day: claim -> (status, verdict)."""
    if day < "2026-03-01":
        return {}
    claims = {claim.id: ("unverified", None) for claim in bundled.claims}
    if day >= "2026-03-02":
        claims[REVIEWED] = ("reviewed", "false")
    if day >= "2026-03-03":
        claims[accepted] = ("unverified", None)
    if day >= "2026-03-04":
        del claims[RETRACTED]
    return claims


@pytest.fixture
def opened(record: tuple[Path, str]) -> Iterator[Store]:
    store = open_store(record[0])
    yield store
    store.close()


@pytest.mark.parametrize("day", DAYS)
def test_the_service_and_the_sparql_pattern(opened: Store, record: tuple[Path, str], bundled: ClaimSet, day: str) -> None:
    expected = _expected(day, bundled, record[1])
    with TestClient(make_app(opened)) as client:
        body = client.get("/api/claims", params={"as_of": day, "limit": 1000}).json()
        assert {item["id"]: (item["status"], item["verdict"]) for item in body["items"]} == expected
        assert body["total"] == len(expected)
        one = client.get(f"/api/claims/{RETRACTED}", params={"as_of": day})
        assert one.status_code == (200 if RETRACTED in expected else 404)
        if RETRACTED in expected:
            assert one.json()["status"] == "unverified", "a claim retracted later is there with its status of the day"
    bound = sparql_text.bind(QUERY.read_text(encoding="utf-8"), "asOf", projection.moment(parse_since(day, "as_of", end_of_day=True))).text
    by_pattern = {short_id(row["claim"]): (row["status"], None if row["verdict"] == "none" else row["verdict"]) for row in opened.select(bound)}
    assert by_pattern == expected


@pytest.mark.parametrize("day", DAYS)
def test_the_command_line(record: tuple[Path, str], bundled: ClaimSet, day: str) -> None:
    expected = _expected(day, bundled, record[1])
    store = str(record[0])
    done = claimgraph("query", "--store", store, "-f", str(QUERY), "--as-of", day, "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert {short_id(row["claim"]): (row["status"], None if row["verdict"] == "none" else row["verdict"]) for row in rows} == expected
    done = claimgraph("export", "--store", store, "--format", "csv", "--as-of", day)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert {row["id"]: (row["status"], row["verdict"] or None) for row in rows} == expected


def test_analyze_view_and_export_as_of_a_day(record: tuple[Path, str], bundled: ClaimSet, tmp_path: Path) -> None:
    store = str(record[0])
    before, after = (claimgraph("analyze", "sources", "--store", store, "--format", "json", "--as-of", day) for day in ("2026-03-03", "2026-03-04"))
    assert before.returncode == after.returncode == 0, before.stderr + after.stderr
    counts = [sum(row["claims"] for row in json.loads(done.stdout)["claimants"]) for done in (before, after)]
    assert counts == [len(_expected("2026-03-03", bundled, record[1])), len(_expected("2026-03-04", bundled, record[1]))]
    empty = claimgraph("analyze", "centrality", "--store", store, "--format", "json", "--as-of", "2026-02-28")
    assert empty.returncode == 0 and all(row["links"] == 0 for row in json.loads(empty.stdout)), "no claim links anyone before the build"
    view = claimgraph("view", "--store", store, "--out", str(tmp_path / "v.html"), "--claim", RETRACTED, "--as-of", "2026-03-04")
    assert view.returncode == 2 and RETRACTED in view.stderr, "not on the record that day"
    assert claimgraph("view", "--store", store, "--out", str(tmp_path / "v.html"), "--claim", RETRACTED, "--as-of", "2026-03-03").returncode == 0
    review = json.loads(claimgraph("export", "--store", store, "--format", "claimreview", "--as-of", "2026-03-01").stdout)
    assert review["@graph"] == [], "no review was written by the end of day 0"
    refused = claimgraph("export", "--store", store, "--format", "trig", "--as-of", "2026-03-01")
    assert refused.returncode == 2 and "not read as of a time" in refused.stderr and "Traceback" not in refused.stderr


def test_the_exports_over_http(opened: Store) -> None:
    with TestClient(make_app(opened)) as client:
        reviewed = {day: [item["itemReviewed"]["@id"] for item in client.get("/api/export/claimreview", params={"as_of": day}).json()["@graph"]]
                    for day in ("2026-03-01", "2026-03-02")}  # fmt: skip
        assert reviewed == {"2026-03-01": [], "2026-03-02": [f"https://w3id.org/claimgraph/id/claim/{REVIEWED}"]}
        rows = list(csv.DictReader(io.StringIO(client.get("/api/export", params={"format": "csv", "as_of": "2026-03-03"}).text)))
        assert RETRACTED in {row["id"] for row in rows}
        refused = client.get("/api/export", params={"format": "trig", "as_of": "2026-03-03"})
        assert refused.status_code == 400 and "not read as of a time" in refused.json()["detail"]


def test_a_claims_provenance_view_as_of_a_day(opened: Store) -> None:
    with TestClient(make_app(opened)) as client:
        before, after = (client.get(f"/views/claim/{REVIEWED}", params={"as_of": day}) for day in ("2026-03-01", "2026-03-02"))
        assert before.status_code == after.status_code == 200
        assert "False (2026-03-02)" in after.text and "False (2026-03-02)" not in before.text, "the review counts from day 1"
        assert client.get(f"/views/claim/{RETRACTED}", params={"as_of": "2026-03-04"}).status_code == 404
        assert client.get(f"/views/claim/{RETRACTED}", params={"as_of": "2026-03-03"}).status_code == 200
