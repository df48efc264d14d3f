"""The workbench in Chromium: sign in, review, curate (accept, reject, edit with the anchor chosen by selecting text with
the mouse and with a Selection range), ingest; every request the pages make goes to the service itself, and a form sent
from another site is refused."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from claimgraph.kg import tokens
from claimgraph.kg.mapping import Quad
from claimgraph.kg.store import Store
from tests.api.test_workbench_forms import REVIEWED, Bench, bench_store
from tests.browser.conftest import Server, Visit
from tests.conftest import snapshot
from tests.kg.test_ingest import TEXT


class Workbench:
    """A server on a fresh bench, with an editor's and a reviewer's token."""

    def __init__(self, serve: Callable[..., Server], bundled_quads: list[Quad], folder: Path) -> None:
        self.bench: Bench = bench_store(bundled_quads)
        token_file = folder / "store.tokens.json"
        self.secrets = {role: tokens.create(token_file, f"{role}-1", role) for role in tokens.ROLES}
        self.server = serve(self.bench.store, tokens=token_file)

    @property
    def store(self) -> Store:
        return self.bench.store

    def url(self, path: str) -> str:
        return self.server.origin + path

    def sign_in(self, page: Page, role: str, then: str = "/claims") -> None:
        page.goto(self.url(f"/signin?next={then}"))
        page.fill("input[name=token]", self.secrets[role])
        page.click("form[action='/signin'] button[type=submit]")
        page.wait_for_url(self.url(then))
        expect(page.locator("#signed-in-name")).to_have_text(f"{role}-1")
        expect(page.locator("#signed-in-role")).to_have_text(role)


@pytest.fixture
def bench(serve, bundled_quads: list[Quad], tmp_path: Path) -> Workbench:
    return Workbench(serve, bundled_quads, tmp_path)


def only_our_origin(visit: Visit, origin: str) -> None:
    """Every request the pages made went to the service, and no script failed."""
    assert visit.requests and all(url.startswith(origin + "/") for url in visit.requests), [u for u in visit.requests if not u.startswith(origin + "/")]
    assert visit.errors == []


def test_sign_in_and_out(visit: Visit, bench: Workbench) -> None:
    page = visit.page
    page.goto(bench.url("/claims"))
    expect(page.locator("#sign-in-link")).to_be_visible()
    page.goto(bench.url("/signin"))
    page.fill("input[name=token]", "cg_wrong")
    page.click("form[action='/signin'] button[type=submit]")
    expect(page.locator(".form-error")).to_contain_text("unknown or revoked")
    bench.sign_in(page, "reviewer")
    cookie = next(c for c in page.context.cookies() if c["name"] == "claimgraph_session")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and cookie["path"] == "/"
    assert page.evaluate("document.cookie") == ""  # out of the reach of scripts
    assert bench.secrets["reviewer"] not in page.content()
    page.click("form[action='/signout'] button")
    expect(page.locator("#sign-in-link")).to_be_visible()
    only_our_origin(visit, bench.server.origin)
    assert not any(bench.secrets["reviewer"] in url for url in visit.requests)


def test_review_on_the_claim_page(visit: Visit, bench: Workbench) -> None:
    page = visit.page
    bench.sign_in(page, "reviewer", f"/claims/{REVIEWED}")
    form = page.locator("#review-form")
    form.locator("input[name=verdict][value=mostly_true]").check()
    form.locator("textarea[name=evidence]").fill("https://example.org/dealroom-report")
    form.locator("button[type=submit]").click()
    errors = page.locator("#review-form .form-error")
    expect(errors).to_contain_text("rationale")
    expect(page.locator("#review-form textarea[name=evidence]")).to_have_value("https://example.org/dealroom-report")
    expect(page.locator("#review-form input[name=verdict][value=mostly_true]")).to_be_checked()
    page.fill("#review-form textarea[name=rationale]", "Dealroom's report gives the same figure.")
    page.click("#review-form button[type=submit]")
    page.wait_for_url(bench.url(f"/claims/{REVIEWED}#reviews"))
    newest = page.locator("ol.reviews > li").first
    expect(newest).to_contain_text("Mostly true")
    expect(newest).to_contain_text("(current)")
    expect(newest).to_contain_text("by reviewer-1")
    expect(newest).to_contain_text("Dealroom's report gives the same figure.")
    only_our_origin(visit, bench.server.origin)


def select_text(page: Page, quote: str) -> None:
    """Select ``quote`` in the document's text with a Selection range (across the marks it may span)."""
    page.evaluate(
        """(quote) => {
          const root = document.getElementById('document-text');
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          const nodes = []; let text = '';
          while (walker.nextNode()) { nodes.push([walker.currentNode, text.length]); text += walker.currentNode.data; }
          const at = text.indexOf(quote), end = at + quote.length;
          const place = (offset) => { for (const [node, from] of nodes) { if (offset <= from + node.data.length) return [node, offset - from]; } };
          const range = document.createRange();
          range.setStart(...place(at)); range.setEnd(...place(end));
          const selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);
        }""",
        quote,
    )


def word_point(page: Page, word: str) -> tuple[float, float]:
    """The middle of the first occurrence of a word in the document's text, on the screen."""
    return page.evaluate(
        """(word) => {
          const root = document.getElementById('document-text');
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const at = walker.currentNode.data.indexOf(word);
            if (at >= 0) {
              const range = document.createRange();
              range.setStart(walker.currentNode, at); range.setEnd(walker.currentNode, at + word.length);
              range.startContainer.parentElement.scrollIntoView({block: 'center'});
              const box = range.getBoundingClientRect();
              return [box.x + box.width / 2, box.y + box.height / 2];
            }
          }
        }""",
        word,
    )


def test_curate_accept_reject_and_edit_by_selecting_text(visit: Visit, bench: Workbench) -> None:
    page = visit.page
    valuation, second, funding = (claim.id for claim in bench.bench.candidates.claims)
    document = bench.bench.candidates.document
    bench.sign_in(page, "editor", "/curation")
    links = page.locator(f"a[href^='/curation/{document}#claim-']")
    assert [link.get_attribute("href").rsplit("#claim-", 1)[1] for link in links.all()] == [valuation, second, funding]  # the document's order
    page.click(f"a[href='/curation/{document}']")
    expect(page.locator("#document-text mark").first).to_contain_text("Nimbus Labs, the Leeds-based start-up")

    page.click(f"#claim-{valuation} form[action$='/accept'] button")
    expect(page.locator("#done")).to_contain_text(f"{valuation} is now unverified")
    page.fill(f"#claim-{second} form[action$='/reject'] input[name=note]", "the same sentence as the valuation")
    page.click(f"#claim-{second} form[action$='/reject'] button")
    expect(page.locator("#done")).to_contain_text(f"{second} is now rejected")
    expect(page.locator(f"#claim-{valuation}")).to_have_count(0)

    card = page.locator(f"#claim-{funding}")
    card.locator("details.edit > summary").click()
    quote = "Nimbus Labs raised £40m last year"
    select_text(page, quote)
    card.locator("button.use-selection").click()
    start = TEXT.index(quote)
    expect(card.locator("input[name=start]")).to_have_value(str(start))
    expect(card.locator("input[name=end]")).to_have_value(str(start + len(quote)))
    expect(card.locator("textarea[name=quote]")).to_have_value(quote)
    card.locator("form.edit-form input[name=note]").fill("the quote without its source")
    card.locator("form.edit-form button[type=submit]").click()
    expect(page.locator("#done")).to_contain_text(f"{funding} is now candidate")
    card = page.locator(f"#claim-{funding}")
    expect(card.locator(".curation-history")).to_contain_text("edit by editor-1")
    expect(card.locator(".curation-history ins")).to_contain_text(quote)

    card.locator("details.edit > summary").click()
    page.mouse.dblclick(*word_point(page, "Dealroom"))  # a word chosen with the mouse
    assert page.evaluate("window.getSelection().toString()") == "Dealroom"
    card.locator("button.use-selection").click()
    expect(card.locator("textarea[name=quote]")).to_have_value("Dealroom")
    expect(card.locator("input[name=start]")).to_have_value(str(TEXT.index("Dealroom")))
    card.locator("form.edit-form button[type=submit]").click()
    expect(page.locator("#done")).to_be_visible()
    response = page.request.get(bench.url(f"/api/claims/{funding}"))
    assert response.json()["anchor"] | {"prefix": None, "suffix": None} == {
        "exact": "Dealroom", "start": TEXT.index("Dealroom"), "end": TEXT.index("Dealroom") + len("Dealroom"), "prefix": None, "suffix": None
    }
    history = page.request.get(bench.url(f"/api/claims/{valuation}/curation")).json()["items"]
    assert [(item["action"], item["curator"]) for item in history] == [("accept", "editor-1")]
    only_our_origin(visit, bench.server.origin)


def test_ingest_a_pasted_and_an_uploaded_article(visit: Visit, bench: Workbench) -> None:
    page = visit.page
    bench.sign_in(page, "editor", "/ingest")
    text = "Orbit Foods raised $12m from Delta Capital last year, the company said.\nOrbit Foods is valued at $90m, sources said."
    page.fill("textarea[name=text]", text)
    page.fill("input[name=published]", "2025-06-01")
    page.fill("input[name=title]", "Orbit Foods raises $12m")
    page.click("#ingest-form button[type=submit]")
    expect(page.locator("h1")).to_contain_text("Ingested: Orbit Foods raises $12m")
    items = page.locator("#candidates li")
    assert items.count() >= 1
    document = page.locator("#queue-link").get_attribute("href").rsplit("/", 1)[1]
    assert page.request.get(bench.url(f"/api/documents/{document}")).json()["text"] == text  # the textarea's CRLF made LF again
    items.first.locator("a").click()
    expect(page.locator("#document-text")).to_contain_text("Orbit Foods raised $12m")

    page.goto(bench.url("/ingest"))
    page.set_input_files("input[name=file]", files=[{"name": "kale.txt", "mimeType": "text/plain", "buffer": "Kale Co raised €3m from Leaf Capital, the firm said.".encode()}])
    page.fill("input[name=published]", "2025-07")
    page.click("#ingest-form button[type=submit]")
    expect(page.locator("h1")).to_contain_text("Ingested")
    expect(page.locator("#queue-link")).to_be_visible()
    only_our_origin(visit, bench.server.origin)


def test_a_form_sent_from_another_site_is_refused(visit: Visit, bench: Workbench) -> None:
    page = visit.page
    bench.sign_in(page, "reviewer")
    candidate = bench.bench.candidates.claims[0].id
    attacker = "http://localhost:9/"  # another site: a host name is not the address the service was opened at
    page.route(attacker, lambda route: route.fulfill(content_type="text/html", body=f"""
        <form id="f" method="post" action="{bench.url(f'/claims/{REVIEWED}/reviews')}">
          <input name="verdict" value="false"><input name="rationale" value="planted"><input name="csrf" value="guess">
        </form><script>document.getElementById('f').submit()</script>"""))  # fmt: skip
    before = snapshot(bench.store)
    with page.expect_response(lambda response: response.url.endswith("/reviews")) as answer:
        page.goto(attacker)
    assert answer.value.status == 403
    assert "not from another site" in page.content()
    assert page.locator("#sign-in-link").count() == 1  # SameSite=Strict: the session cookie was not even sent
    assert snapshot(bench.store) == before
    page.goto(bench.url(f"/curation/{bench.bench.candidates.document}"))
    assert page.locator(f"#claim-{candidate}").count() == 1
