"""The index pages /entities, /documents and /sources list what their /api lists list, with the same filters."""

from __future__ import annotations

import html
import re

import pytest
from fastapi.testclient import TestClient

LONG_AGO = "2000-01-01"


def _rows(page: str) -> list[str]:
    body = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return re.findall(r"<tr>(.*?)</tr>", body, re.S)


def _entity_ids(page: str) -> list[str]:
    return [re.search(r'href="/entities/([^"]+)"', row).group(1) for row in _rows(page)]


def test_the_nav_links_the_index_pages(api: TestClient) -> None:
    nav = api.get("/claims").text.split('<nav class="site-nav"', 1)[1].split("</nav>", 1)[0]
    for path in ("/entities", "/documents", "/sources"):
        assert f'href="{path}"' in nav
        assert api.get(path).status_code == 200


@pytest.mark.parametrize("params", [{}, {"type": "firm"}, {"type": "person"}, {"q": "anthro"}, {"type": "firm", "q": "deep"}, {"type": "no_such_type"}])
def test_entities_are_filtered_as_the_api_filters_them(api: TestClient, params: dict[str, str]) -> None:
    listed = api.get("/api/entities", params={**params, "limit": 1000}).json()
    page = api.get("/entities", params={**params, "limit": 1000}).text
    rows = _rows(page)
    assert len(rows) == listed["total"]
    names = [html.unescape(re.sub(r"<[^>]+>", "", row.split("</td>", 1)[0]).strip()) for row in rows]
    assert names == [item["label"] for item in listed["items"]]
    assert f"{listed['total']} entit" in page
    if "type" in params:
        assert all(f"<td>{params['type'].replace('_', ' ')}</td>" in row for row in rows)
        assert f'<option value="{params["type"]}" selected>' in page or params["type"] == "no_such_type"


def test_an_entitys_links_go_to_its_page_and_its_claims(api: TestClient) -> None:
    page = api.get("/entities", params={"q": "Anthropic"}).text
    row = next(row for row in _rows(page) if 'href="/entities/anthropic"' in row)
    assert 'href="/claims?entity=anthropic"' in row
    claims = api.get("/api/claims", params={"entity": "anthropic"}).json()["total"]
    assert f"{claims} claims" in api.get("/claims?entity=anthropic").text
    assert api.get("/entities/anthropic").status_code == 200


def test_entities_page_through_as_the_api_does(api: TestClient) -> None:
    everyone = _entity_ids(api.get("/entities", params={"limit": 1000}).text)
    assert len(everyone) > 6
    first = api.get("/entities", params={"limit": 4}).text
    assert _entity_ids(first) == everyone[:4] and 'rel="prev"' not in first
    following = re.search(r'<a href="([^"]+)" rel="next">', first).group(1).replace("&amp;", "&")
    second = api.get(following).text
    assert _entity_ids(second) == everyone[4:8] and 'rel="prev"' in second
    last = api.get("/entities", params={"limit": 4, "offset": len(everyone) - 1}).text
    assert _entity_ids(last) == everyone[-1:] and 'rel="next"' not in last


def test_documents_list_their_claims_now_and_as_of_a_time(api: TestClient) -> None:
    listed = api.get("/api/documents").json()["items"]
    page = api.get("/documents").text
    rows = _rows(page)
    assert len(rows) == len(listed) >= 1
    for item, row in zip(listed, rows):
        assert f"({item['id']})" in row and f'<a href="/claims?document={item["id"]}">{item["claims"]}</a>' in row
    assert '<time datetime="2025" title="2025">2025</time> (year)' in page
    then = _rows(api.get("/documents", params={"as_of": LONG_AGO}).text)
    assert len(then) == len(listed) and all("<td>0</td>" in row for row in then)


def test_sources_list_who_claims_most_first(api: TestClient) -> None:
    listed = api.get("/api/sources", params={"limit": 1000}).json()["items"]
    rows = _rows(api.get("/sources", params={"limit": 1000}).text)
    assert _entity_ids(api.get("/sources", params={"limit": 1000}).text) == [item["id"] for item in listed]
    for item, row in zip(listed, rows):
        assert ("<td>anonymous</td>" in row) == item["anonymous"]
        assert f'<a href="/claims?claimant={item["id"]}">{item["claims"]}</a>' in row
    assert any(item["anonymous"] for item in listed)
    assert _rows(api.get("/sources", params={"as_of": LONG_AGO}).text) == []


@pytest.mark.parametrize("path", ["/entities", "/documents", "/sources"])
@pytest.mark.parametrize("params", [{"as_of": "2026-02-30"}, {"limit": "0"}, {"offset": "-1"}, {"limit": "lots"}])
def test_a_bad_filter_is_an_error_page(api: TestClient, path: str, params: dict[str, str]) -> None:
    answer = api.get(path, params=params)
    assert answer.status_code == 422 and answer.headers["content-type"].startswith("text/html")
    assert "Back to the network" in answer.text and next(iter(params)) in answer.text
    problem = api.get("/api" + path, params=params)
    assert problem.status_code == 422 and problem.headers["content-type"] == "application/problem+json"
