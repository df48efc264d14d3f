"""The filter forms as a reader uses them: choose one filter, leave the others empty, press the button. A form sends
every field, the empty ones too, and the page filters by the one chosen (an empty date once refused the whole form)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit


def _submit(visit, origin: str, path: str, form: str, choose: dict[str, str]) -> dict[str, list[str]]:
    """Open ``path``, choose the values of ``choose`` (select name -> option value) in ``form``, press its button; the
    query the browser sent. The page answered must be a page of results, not an error."""
    page = visit.page
    page.goto(origin + path)
    for name, value in choose.items():
        page.select_option(f'{form} select[name="{name}"]', value)
    with page.expect_navigation():
        page.click(f'{form} button[type="submit"]')
    assert "Unprocessable" not in page.title() and page.locator("h1").first.inner_text() != "Unprocessable Entity", page.content()[:2000]
    return parse_qs(urlsplit(page.url).query, keep_blank_values=True)


def test_the_claim_list_filtered_by_claimant_from_its_form(bundled_server, visit) -> None:
    page = visit.page
    page.goto(bundled_server.origin + "/claims")
    options = page.locator('form.filters select[name="claimant"] option').all()
    claimant = next(option.get_attribute("value") for option in options if option.get_attribute("value"))
    sent = _submit(visit, bundled_server.origin, "/claims", "form.filters", {"claimant": claimant})
    assert sent["claimant"] == [claimant] and sent["as_of"] == [""], "the form sent its empty fields too"
    listed = page.locator("table tbody tr")
    assert listed.count() >= 1
    assert all(f"/entities/{claimant}" in row.inner_html() for row in listed.all())


def test_the_pledges_filtered_by_state_from_their_form(bundled_server, visit) -> None:
    sent = _submit(visit, bundled_server.origin, "/pledges", 'form:has(select[name="state"])', {"state": "open"})
    assert sent["state"] == ["open"] and sent["due_before"] == [""] and sent["as_of"] == [""]


def test_the_entities_filtered_by_type_and_the_timeline_left_empty_from_their_forms(bundled_server, visit) -> None:
    sent = _submit(visit, bundled_server.origin, "/entities", 'form:has(select[name="type"])', {"type": "firm"})
    assert sent["type"] == ["firm"] and sent["as_of"] == [""]
    sent = _submit(visit, bundled_server.origin, "/timeline", 'form:has(input[name="from"])', {})
    assert sent["from"] == [""] and sent["to"] == [""]
