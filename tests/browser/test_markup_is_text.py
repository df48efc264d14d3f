"""Labels, statements and quotes full of markup and script show as text, and run nothing."""

from __future__ import annotations

import pytest

EVIL_LABEL = "<img src=x onerror=window.__xss=1;alert(1)>Evil Corp"
EVIL_STATEMENT = "Harmless Ltd belongs to Evil Corp <script>window.__xss=3;alert('statement')</script>."


def assert_nothing_ran(visit) -> None:
    page = visit.page
    assert visit.dialogs == []
    for frame in page.frames:
        assert frame.evaluate("typeof window.__xss") == "undefined"
        assert frame.evaluate("document.title") != "pwned"
        assert frame.locator("img").count() == 0
        # the data travels in a JSON block, which the browser never runs; no script that runs holds any of it
        runnable = "[...document.scripts].filter(s => !s.type || s.type === 'text/javascript')"
        assert frame.evaluate(f"{runnable}.filter(s => s.textContent.includes('__xss')).length") == 0
        assert frame.evaluate("[...document.scripts].every(s => !s.type || s.type === 'text/javascript' || s.type === 'application/json')")
        assert frame.evaluate("document.querySelectorAll('i, b').length") == 0
    assert visit.errors == []


@pytest.mark.parametrize(
    "path",
    ["/", "/views/network", "/views/entity/evil-corp?radius=2", "/views/claim/harmless-owned-by-evil", "/entities/evil-corp",
     "/entities/harmless-ltd", "/claims", "/claims/harmless-owned-by-evil", "/claims/evil-deal-value", "/entities", "/documents",
     "/sources"],
)
def test_pages_show_markup_as_text(hostile_server, visit, path: str) -> None:
    page = visit.page
    page.goto(hostile_server.origin + path)
    page.wait_for_load_state("networkidle")
    for frame in page.frames:
        if "/views/" in frame.url:
            frame.wait_for_selector("body[data-network=ready]")
    assert_nothing_ran(visit)
    text = "\n".join(frame.locator("body").inner_text() for frame in page.frames)
    if path.startswith("/claims/harmless"):
        assert EVIL_STATEMENT in text
        assert "Evil Corp <b>said</b> it now owns Harmless Ltd" in page.locator("mark#quote").inner_text()
    if path == "/entities/evil-corp":
        assert page.locator("h1").inner_text() == EVIL_LABEL


def test_tooltips_and_the_details_panel_show_markup_as_text(hostile_server, visit, hover_edge) -> None:
    page = visit.page
    page.goto(f"{hostile_server.origin}/views/network")
    page.wait_for_selector("body[data-network=ready]")
    assert page.evaluate("nodes.get('evil-corp').label").startswith("<img src=x")
    tooltip, point = hover_edge(page, "assertion:harmless-ltd:evil-corp")
    tooltip.locator(".cg-tip-statement").wait_for()
    assert EVIL_STATEMENT in tooltip.inner_text()
    assert "Evil Corp <b>said</b> it now owns Harmless Ltd" in tooltip.inner_text()
    assert tooltip.locator("script, img, b").count() == 0
    page.mouse.click(*point)  # keeps the link's claims in the details panel
    details = page.locator("#cg-details")
    assert EVIL_STATEMENT in details.inner_text()
    assert details.locator("script, img, b").count() == 0
    assert_nothing_ran(visit)
