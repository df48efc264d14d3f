"""The SPARQL editor in Chromium: queries run on our endpoint and their results read as a table, a chart and
downloads; the example queries are its tabs; /queries opens it; nothing is fetched from any other origin."""

from __future__ import annotations

from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import expect

from claimgraph.api.editor import ASSETS
from claimgraph.api.templating import static_installed
from claimgraph.kg.mapping import Quad
from claimgraph.kg.sparql import GRAPH_MEDIA_TYPES, RESULT_MEDIA_TYPES
from tests.browser.conftest import bundled_store
from tests.browser.test_markup_is_text import EVIL_LABEL, assert_nothing_ran

BY_TYPE = """SELECT ?type (COUNT(?claim) AS ?claims) WHERE { ?claim a cg:Claim ; cg:claimType ?type }
GROUP BY ?type ORDER BY DESC(?claims) ?type"""
STATEMENTS = "SELECT ?claim ?statement WHERE { ?claim a cg:Claim ; cg:statement ?statement } ORDER BY ?claim LIMIT 7"
GRAPH = "CONSTRUCT { ?claim cg:statement ?statement } WHERE { ?claim a cg:Claim ; cg:statement ?statement } ORDER BY ?claim LIMIT 5"
ACTIVE = ".tabPanel.active"


@pytest.fixture(autouse=True)
def _editor_installed() -> None:
    if not all(static_installed(name) for name in ASSETS):
        pytest.fail("the SPARQL editor's files are not in api/static: run make editor (make test does)")


def _examples() -> dict[str, str]:
    return {path.name.removesuffix(".rq"): path.read_text(encoding="utf-8") for path in files("claimgraph.kg.queries").iterdir() if path.name.endswith(".rq")}


def _endpoint(server, query: str, accept: str = "application/sparql-results+json") -> httpx.Response:
    answer = httpx.post(f"{server.origin}/sparql", data={"query": query}, headers={"Accept": accept}, timeout=60)
    assert answer.status_code == 200, answer.text
    return answer


def _open(visit, server, after: str = "") -> None:
    visit.page.goto(f"{server.origin}/sparql{after}")
    visit.page.wait_for_function("window.yasgui && yasgui.getTab()")


def _run(page, query: str | None = None) -> None:
    """Put a query in the open tab (when given) and press the editor's run button; wait for the answer."""
    if query is not None:
        page.evaluate("(text) => yasgui.getTab().getYasqe().setValue(text)", query)
    page.locator(f"{ACTIVE} .yasqe_queryButton").click()
    page.wait_for_function("() => !yasgui.getTab().getYasqe().isQuerying && yasgui.getTab().getYasr().results")


def _table(page) -> tuple[list[str], list[list[str]]]:
    """The result table's column names and cells (without its row-number column)."""
    page.locator(f"{ACTIVE} .yasr table tbody tr").first.wait_for()
    header = [cell.strip() for cell in page.locator(f"{ACTIVE} .yasr table thead th").all_inner_texts()]
    rows = [[cell.strip() for cell in row.locator("td").all_inner_texts()] for row in page.locator(f"{ACTIVE} .yasr table tbody tr").all()]
    return header[1:], [row[1:] for row in rows]


def _same_origin(visit, server) -> None:
    foreign = [url for url in visit.requests if not url.startswith(server.origin + "/")]
    assert foreign == [], f"requests to other origins: {foreign}"


def test_a_query_typed_in_the_editor_shows_its_table(bundled_server, visit) -> None:
    page = visit.page
    _open(visit, bundled_server)
    _run(page, STATEMENTS)  # cg: is one of the endpoint's own prefixes: no PREFIX line needed
    header, rows = _table(page)
    expected = _endpoint(bundled_server, STATEMENTS).json()["results"]["bindings"]
    assert header == ["claim", "statement"] and len(rows) == len(expected) == 7
    assert [row[1] for row in rows] == [binding["statement"]["value"] for binding in expected]
    assert [row[0] for row in rows] == [f"<{binding['claim']['value']}>" for binding in expected]
    _same_origin(visit, bundled_server)
    assert visit.errors == []


def test_the_examples_are_tabs_and_one_runs_from_its_tab(bundled_server, visit) -> None:
    page = visit.page
    _open(visit, bundled_server)
    examples = _examples()
    assert sorted(page.evaluate("yasgui.persistentConfig.getTabs().map(id => yasgui.getTab(id).getName())")) == sorted(examples)
    page.get_by_role("tab", name="anonymous-sources").click()
    assert page.evaluate("yasgui.getTab().getName()") == "anonymous-sources"
    assert page.evaluate("yasgui.getTab().getQuery()") == examples["anonymous-sources"]
    _run(page)
    header, rows = _table(page)
    expected = _endpoint(bundled_server, examples["anonymous-sources"]).json()["results"]["bindings"]
    assert header == ["claim", "statement", "source"] and len(rows) == len(expected) > 0
    assert sorted(row[1] for row in rows) == sorted(binding["statement"]["value"] for binding in expected)
    _same_origin(visit, bundled_server)


def test_the_chart_draws_a_bar_for_each_row_of_a_numeric_column(bundled_server, visit) -> None:
    page = visit.page
    _open(visit, bundled_server)
    _run(page, BY_TYPE)
    expected = _endpoint(bundled_server, BY_TYPE).json()["results"]["bindings"]
    assert len(expected) >= 3
    page.locator(f"{ACTIVE} .yasr .select_chart").click()
    bars = page.locator(f"{ACTIVE} .cg-chart svg rect")
    bars.first.wait_for()
    assert page.locator(f"{ACTIVE} .cg-chart select[name=value]").input_value() == "claims"
    values = [int(value) for value in bars.evaluate_all("rects => rects.map(r => r.dataset.value)")]
    widths = bars.evaluate_all("rects => rects.map(r => r.getBBox().width)")
    assert values == [int(binding["claims"]["value"]) for binding in expected]
    for value, width in zip(values, widths):
        assert width == pytest.approx(widths[0] * value / values[0], rel=1e-3)
    labels = page.locator(f"{ACTIVE} .cg-chart svg .bar text:not(.figure)").all_text_contents()
    assert labels == [binding["type"]["value"].rsplit("#", 1)[-1] for binding in expected]
    page.locator(f"{ACTIVE} .cg-chart select[name=label]").select_option("")
    assert page.locator(f"{ACTIVE} .cg-chart svg .bar text:not(.figure)").all_text_contents() == [str(n) for n in range(1, len(expected) + 1)]
    _same_origin(visit, bundled_server)
    assert visit.errors == []


def test_a_run_it_link_opens_the_editor_with_its_query(bundled_server, visit) -> None:
    page = visit.page
    page.goto(f"{bundled_server.origin}/queries")
    page.locator("section.query", has=page.get_by_role("heading", name="valuations", exact=True)).get_by_role("link", name="Run it").click()
    page.wait_for_function("window.yasgui && yasgui.getTab() && yasgui.getTab().getYasr().results")
    assert page.url.startswith(f"{bundled_server.origin}/sparql")
    assert page.evaluate("yasgui.getTab().getName()") == "valuations"
    assert page.evaluate("yasgui.getTab().getQuery()") == _examples()["valuations"]
    header, rows = _table(page)
    expected = _endpoint(bundled_server, _examples()["valuations"]).json()
    assert header == expected["head"]["vars"] and len(rows) == len(expected["results"]["bindings"]) > 0
    _same_origin(visit, bundled_server)


@pytest.fixture(scope="module")
def capped_server(serve, bundled_quads: list[Quad]) -> Iterator:
    """The bundled claims served with a cap of 3 rows an answer."""
    yield serve(bundled_store(bundled_quads), query_max_rows=3)


def test_an_answer_cut_at_the_cap_says_so_and_a_whole_one_does_not(capped_server, visit) -> None:
    page = visit.page
    _open(visit, capped_server)
    note = page.locator("#answer-cut")
    page.get_by_role("tab", name="claims-with-provenance").click()
    _run(page)
    assert len(_table(page)[1]) == 3
    assert "at most 3 rows" in note.inner_text() and "cut this one" in note.inner_text()
    page.get_by_role("tab", name="claims-by-source").click()
    _run(page)
    assert len(_table(page)[1]) == 1 and note.inner_text() == ""
    page.get_by_role("tab", name="claims-with-provenance").click()
    assert "at most 3 rows" in note.inner_text()
    with page.expect_download():
        page.locator('#downloads button[data-media-type="text/csv"]').click()
    assert "its first 3 rows" in page.locator("#download-status").inner_text()
    assert visit.errors == []


@pytest.mark.parametrize(("query", "media_types"), [(STATEMENTS, RESULT_MEDIA_TYPES), (GRAPH, GRAPH_MEDIA_TYPES)], ids=["select", "construct"])
def test_downloads_in_every_format_are_the_endpoints_answers(bundled_server, visit, query: str, media_types: tuple[str, ...]) -> None:
    page = visit.page
    _open(visit, bundled_server)
    page.evaluate("(text) => yasgui.getTab().getYasqe().setValue(text)", query)
    name = page.evaluate("yasgui.getTab().getName()")
    for media_type in media_types:
        button = page.locator(f'#downloads button[data-media-type="{media_type}"]')
        with page.expect_download() as started:
            button.click()
        download = started.value
        assert download.suggested_filename == f"{name}.{button.get_attribute('data-extension')}"
        assert Path(download.path()).read_bytes() == _endpoint(bundled_server, query, media_type).content, media_type
    _same_origin(visit, bundled_server)


def test_a_download_the_endpoint_refuses_says_why(bundled_server, visit) -> None:
    page = visit.page
    _open(visit, bundled_server)
    page.evaluate("(text) => yasgui.getTab().getYasqe().setValue(text)", STATEMENTS)
    page.locator('#downloads button[data-media-type="text/turtle"]').click()
    status = page.locator("#download-status")
    status.filter(has_text="Not downloaded").wait_for()
    assert "cannot answer in any of: 'text/turtle'" in status.inner_text()


def test_typing_asks_no_other_origin_for_completions(bundled_server, visit) -> None:
    """YASGUI would ask prefix.cc for prefixes and the LOV service for classes and properties as one types."""
    page = visit.page
    _open(visit, bundled_server)
    page.locator(".tabsList .addTab").click()
    page.evaluate("yasgui.getTab().getYasqe().setValue('')")
    page.locator(f"{ACTIVE} .CodeMirror").click()
    page.keyboard.type("PREFIX c")
    hints = page.locator(".CodeMirror-hints li")
    hints.first.wait_for()
    assert "cg: <https://w3id.org/claimgraph/ns#>" in hints.all_inner_texts()
    page.keyboard.press("Escape")
    page.keyboard.press("End")
    page.keyboard.type("\nSELECT * WHERE { ?s a schema:Clai")
    page.keyboard.type("m ; schema:nam")
    page.keyboard.type("e ?n ; rdfs:lab")
    page.wait_for_timeout(1500)  # completions are asked for after a pause in typing
    _same_origin(visit, bundled_server)


def test_a_link_naming_another_endpoint_still_queries_ours(bundled_server, visit) -> None:
    page = visit.page
    foreign = "http://example.org/sparql"
    _open(visit, bundled_server, "#" + httpx.QueryParams({"query": STATEMENTS, "endpoint": foreign, "tabTitle": "shared"}).__str__())
    page.wait_for_function("yasgui.getTab().getYasr().results")
    assert page.evaluate("yasgui.getTab().getName()") == "shared"
    assert page.evaluate("yasgui.getTab().getEndpoint()") == f"{bundled_server.origin}/sparql"
    assert len(_table(page)[1]) == 7
    _same_origin(visit, bundled_server)


def test_markup_in_results_is_text_in_the_table_and_the_chart(hostile_server, visit) -> None:
    page = visit.page
    _open(visit, hostile_server)
    query = 'SELECT ?label (COUNT(?claim) AS ?claims) WHERE { ?entity rdfs:label ?label . OPTIONAL { ?claim schema:about ?entity } } GROUP BY ?label ORDER BY ?label'
    _run(page, query)
    header, rows = _table(page)
    assert EVIL_LABEL in [row[0] for row in rows]
    page.locator(f"{ACTIVE} .yasr .select_chart").click()
    page.locator(f"{ACTIVE} .cg-chart svg").wait_for()
    titles = page.locator(f"{ACTIVE} .cg-chart svg title").all_text_contents()
    assert len(titles) == len(rows) and any(title.startswith(EVIL_LABEL + ": ") for title in titles)
    assert_nothing_ran(visit)
    _same_origin(visit, hostile_server)


def test_redoc_and_swagger_fetch_nothing_from_another_origin(bundled_server, visit) -> None:
    page = visit.page
    page.goto(f"{bundled_server.origin}/redoc")
    page.get_by_text("API docs by Redocly").wait_for()
    page.wait_for_load_state("networkidle")
    expect(page.locator("img")).to_have_count(0)  # ReDoc may draw the logo's empty image for a moment before it drops it
    page.goto(f"{bundled_server.origin}/docs")
    page.locator(".swagger-ui .info").wait_for()
    page.wait_for_load_state("networkidle")
    _same_origin(visit, bundled_server)
    assert visit.errors == []
