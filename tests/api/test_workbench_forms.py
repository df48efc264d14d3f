"""The workbench's forms over HTTP: sign-in and its cookie, the refusals of every form POST (no session, a wrong CSRF
token, another origin, a role too low, a revoked token) with the store unchanged after each, and the writes they make."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.api.workbench import marked_segments
from claimgraph.kg import tokens
from claimgraph.kg.build import vocabulary_quads
from claimgraph.kg.curation import Edit, curate
from claimgraph.kg.ingest import IngestReport, ingest
from claimgraph.kg.locations import MEMORY
from claimgraph.kg.mapping import Quad
from claimgraph.kg.store import Store, insert_data, open_store
from tests.api.conftest import make_app
from tests.conftest import snapshot
from tests.kg.test_ingest import PUBLISHED, TEXT
from tests.kg.test_pledges import ARTICLE as PLEDGE_ARTICLE
from tests.server_process import ServerProcess, store_on_disk

OWN = "http://testserver"
FOREIGN = "https://attacker.example"
REVIEWED = "uk-ai-sector-vc-funding-2024"
"""A claim of the bundled set, on the record."""


@dataclass(frozen=True)
class Bench:
    """A store for the workbench: the bundled claims, the pledge article's claims accepted, the test article's candidates."""

    store: Store
    candidates: IngestReport
    pledge: str
    """A pledge on the record."""


def bench_store(bundled_quads: list[Quad]) -> Bench:
    """A fresh in-memory :class:`Bench`."""
    store = open_store(MEMORY)
    store.update(insert_data(vocabulary_quads() + bundled_quads))
    pledges = ingest(store, PLEDGE_ARTICLE.read_text(encoding="utf-8"), "2025-03-10")
    for claim in pledges.claims:
        curate(store, claim.id, "accept", "a tester")
    pledge = next(claim.id for claim in pledges.claims if claim.type == "pledge")
    return Bench(store, ingest(store, TEXT, PUBLISHED), pledge)


@pytest.fixture
def bench(bundled_quads: list[Quad]) -> Iterator[Bench]:
    fresh = bench_store(bundled_quads)
    yield fresh
    fresh.store.close()


@pytest.fixture
def client(bench: Bench, token_file: Path, secrets: dict[str, str]) -> Iterator[TestClient]:
    with TestClient(make_app(bench.store, token_file)) as opened:
        yield opened


@pytest.fixture(scope="module")
def shared(bundled_quads: list[Quad], tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Bench, TestClient, dict[str, str]]]:
    """One bench, client and tokens for the tests of refusals: a refusal changes nothing (each test checks it did not),
    so they can share a store."""
    fresh, token_file = bench_store(bundled_quads), tmp_path_factory.mktemp("tokens") / "store.tokens.json"
    secrets = {role: tokens.create(token_file, f"{role}-1", role) for role in tokens.ROLES}
    with TestClient(make_app(fresh.store, token_file)) as opened:
        yield fresh, opened, secrets
    fresh.store.close()


def sign_in(client: TestClient, secret: str) -> str:
    """Sign in; the CSRF token of the session's forms."""
    response = client.post("/signin", data={"token": secret}, headers={"Origin": OWN}, follow_redirects=False)
    assert response.status_code == 303, response.text
    return csrf_of(client.get("/claims").text)


def csrf_of(page: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', page).group(1)


FORMS = [
    (f"/claims/{REVIEWED}/reviews", {"verdict": "false", "rationale": "The figure is wrong."}, "reviewer"),
    ("/claims/{pledge}/fulfilment", {"state": "kept", "rationale": "Done."}, "reviewer"),
    ("/claims/{candidate}/accept", {}, "editor"),
    ("/claims/{candidate}/reject", {"note": "an aside"}, "editor"),
    ("/claims/{candidate}/edit", {"statement": "Something else entirely."}, "editor"),
    ("/ingest", {"text": "Acme Corp raised $5m from Beta Ventures, the firm said.", "published": "2025-01-02"}, "editor"),
    ("/signout", {}, "reviewer"),
]
"""Every form POST of the workbench, with fields that would be written if the request passed, and the role it needs."""


def form_path(bench: Bench, path: str) -> str:
    return path.format(candidate=bench.candidates.claims[0].id, pledge=bench.pledge)



@pytest.mark.parametrize(("path", "fields"), [(path, fields) for path, fields, _ in FORMS])
@pytest.mark.parametrize("attack", ["no session", "wrong csrf", "no csrf", "foreign origin", "foreign referer", "no origin", "null origin"])
def test_every_form_refuses_a_cross_site_or_unsigned_post_and_changes_nothing(
    shared: tuple[Bench, TestClient, dict[str, str]], path: str, fields: dict[str, str], attack: str
) -> None:
    bench, client, secrets = shared
    path = form_path(bench, path)
    client.cookies.clear()
    csrf = sign_in(client, secrets["editor"]) if attack != "no session" else "x" * 43
    headers = {"Origin": OWN}
    if attack == "wrong csrf":
        csrf = csrf[:-1] + ("A" if csrf[-1] != "A" else "B")
    elif attack == "foreign origin":
        headers = {"Origin": FOREIGN}
    elif attack == "foreign referer":
        headers = {"Referer": f"{FOREIGN}/claims/{REVIEWED}"}
    elif attack == "no origin":
        headers = {}
    elif attack == "null origin":
        headers = {"Origin": "null"}
    body = fields if attack == "no csrf" else {**fields, "csrf": csrf}
    before = snapshot(bench.store)
    response = client.post(path, data=body, headers=headers, follow_redirects=False)
    assert response.status_code == 403, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert snapshot(bench.store) == before
    if attack != "no session":  # the session was not ended either
        assert "Signed in as" in client.get("/claims").text


@pytest.mark.parametrize(("path", "fields"), [(path, fields) for path, fields, role in FORMS if role == "editor"])
def test_a_reviewer_cannot_curate_or_ingest(shared: tuple[Bench, TestClient, dict[str, str]], path: str, fields: dict[str, str]) -> None:
    bench, client, secrets = shared
    path = form_path(bench, path)
    client.cookies.clear()
    csrf = sign_in(client, secrets["reviewer"])
    before = snapshot(bench.store)
    response = client.post(path, data={**fields, "csrf": csrf}, headers={"Origin": OWN}, follow_redirects=False)
    assert response.status_code == 403 and "this needs editor" in response.text
    assert snapshot(bench.store) == before


def test_a_referer_of_our_own_stands_in_for_a_missing_origin(client: TestClient, bench: Bench, secrets: dict[str, str]) -> None:
    csrf = sign_in(client, secrets["reviewer"])
    response = client.post(f"/claims/{REVIEWED}/reviews", data={"csrf": csrf, "verdict": "mostly_true", "rationale": "Close."},
                           headers={"Referer": f"{OWN}/claims/{REVIEWED}"}, follow_redirects=False)  # fmt: skip
    assert response.status_code == 303, response.text


def test_the_session_cookie_and_the_secret_kept_out_of_sight(client: TestClient, secrets: dict[str, str], token_file: Path) -> None:
    secret = secrets["reviewer"]
    response = client.post("/signin", data={"token": secret, "next": "/claims"}, headers={"Origin": OWN}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/claims"
    cookie = response.headers["set-cookie"]
    name, _, rest = cookie.partition("=")
    value, *flags = [part.strip() for part in rest.split(";")]
    assert name == "claimgraph_session" and len(value) >= 40 and secret not in value
    assert {"HttpOnly", "SameSite=Strict", "Path=/"} <= set(flags) and "Secure" not in flags
    page = client.get("/claims")
    assert "Signed in as" in page.text and "reviewer-1" in page.text and secret not in page.text
    assert secret not in str(response.headers) and secret not in response.text
    with TestClient(client.app, base_url="https://testserver") as secure:
        answer = secure.post("/signin", data={"token": secret}, headers={"Origin": "https://testserver"}, follow_redirects=False)
        assert answer.status_code == 303 and "Secure" in [part.strip() for part in answer.headers["set-cookie"].split(";")]


def test_a_wrong_token_or_a_foreign_sign_in_starts_no_session(client: TestClient, secrets: dict[str, str]) -> None:
    wrong = client.post("/signin", data={"token": "cg_not-a-token"}, headers={"Origin": OWN}, follow_redirects=False)
    assert wrong.status_code == 401 and "set-cookie" not in wrong.headers and "cg_not-a-token" not in wrong.text
    foreign = client.post("/signin", data={"token": secrets["editor"]}, headers={"Origin": FOREIGN}, follow_redirects=False)
    assert foreign.status_code == 403 and "set-cookie" not in foreign.headers
    away = client.post("/signin", data={"token": secrets["editor"], "next": "//attacker.example/x"}, headers={"Origin": OWN}, follow_redirects=False)
    assert away.headers["location"] == "/"


def test_a_revoked_token_ends_its_session(client: TestClient, bench: Bench, secrets: dict[str, str], token_file: Path) -> None:
    csrf = sign_in(client, secrets["reviewer"])
    tokens.revoke(token_file, "reviewer-1")
    before = snapshot(bench.store)
    response = client.post(f"/claims/{REVIEWED}/reviews", data={"csrf": csrf, "verdict": "false", "rationale": "x"}, headers={"Origin": OWN})
    assert response.status_code == 403 and snapshot(bench.store) == before
    assert "Max-Age=0" in response.headers["set-cookie"] and 'id="sign-in-link"' in response.text
    assert "Signed in as" not in client.get("/claims").text


def test_sign_out_ends_the_session(client: TestClient, secrets: dict[str, str]) -> None:
    csrf = sign_in(client, secrets["editor"])
    session = client.cookies["claimgraph_session"]
    assert client.post("/signout", data={"csrf": csrf}, headers={"Origin": OWN}, follow_redirects=False).status_code == 303
    client.cookies.set("claimgraph_session", session)
    assert "Signed in as" not in client.get("/claims").text


@pytest.mark.parametrize("path", ["/", "/claims", f"/claims/{REVIEWED}", "/curation", "/api/claims", "/no-such-page"])
def test_a_signed_in_browser_is_told_to_store_no_page(client: TestClient, secrets: dict[str, str], path: str) -> None:
    """Every page of a signed-in browser may carry the session's CSRF token (the header's sign-out form), so no answer
    to it may be kept by a cache, whatever the route set."""
    sign_in(client, secrets["editor"])
    answer = client.get(path)
    assert answer.headers.get_list("cache-control") == ["no-store"]
    assert "Cookie" in answer.headers.get("vary", "")


def test_a_review_is_shown_at_once_and_a_bad_one_keeps_what_was_typed(client: TestClient, bench: Bench, secrets: dict[str, str]) -> None:
    csrf = sign_in(client, secrets["reviewer"])
    page = client.get(f"/claims/{REVIEWED}")
    assert 'id="review-form"' in page.text and "default-src 'self'" in page.headers["content-security-policy"]
    before = snapshot(bench.store)
    bad = client.post(f"/claims/{REVIEWED}/reviews", data={"csrf": csrf, "verdict": "false", "rationale": "", "evidence": "ftp://x.example/a"},
                      headers={"Origin": OWN})  # fmt: skip
    assert bad.status_code == 422 and snapshot(bench.store) == before
    assert "rationale" in bad.text and "ftp://x.example/a" in bad.text and 'value="false" checked' in bad.text
    good = client.post(f"/claims/{REVIEWED}/reviews", data={"csrf": csrf, "verdict": "false", "rationale": "Dealroom's own figure differs.",
                       "evidence": "https://example.org/dealroom\n\nhttps://example.org/b"}, headers={"Origin": OWN}, follow_redirects=False)  # fmt: skip
    assert good.status_code == 303 and good.headers["location"] == f"/claims/{REVIEWED}#reviews"
    shown = client.get(good.headers["location"]).text
    assert "Dealroom&#39;s own figure differs." in shown and "(current)" in shown and "https://example.org/b" in shown
    history = client.get(f"/api/claims/{REVIEWED}/reviews").json()["items"]
    assert (history[0]["reviewer"], sorted(history[0]["evidence"])) == ("reviewer-1", ["https://example.org/b", "https://example.org/dealroom"])


def test_a_pledge_takes_its_fulfilment_state(client: TestClient, bench: Bench, secrets: dict[str, str]) -> None:
    csrf = sign_in(client, secrets["reviewer"])
    claim = bench.pledge
    assert 'id="fulfilment-form"' in client.get(f"/claims/{claim}").text
    assert 'id="fulfilment-form"' not in client.get(f"/claims/{REVIEWED}").text  # not a pledge
    late = client.post(f"/claims/{claim}/fulfilment", data={"csrf": csrf, "state": "kept", "rationale": "Done.", "date": "2999-01-01"}, headers={"Origin": OWN})
    assert late.status_code == 422 and "2999-01-01" in late.text
    done = client.post(f"/claims/{claim}/fulfilment", data={"csrf": csrf, "state": "partly_kept", "rationale": "Half done."}, headers={"Origin": OWN},
                       follow_redirects=False)  # fmt: skip
    assert done.status_code == 303, done.text
    assert [item["state"] for item in client.get(f"/api/claims/{claim}/fulfilment").json()["items"]] == ["partly_kept"]
    assert "pledge recorded" in client.get(f"/claims/{claim}").text


def test_curation_through_the_forms(client: TestClient, bench: Bench, secrets: dict[str, str]) -> None:
    csrf = sign_in(client, secrets["editor"])
    document = bench.candidates.document
    valuation, second, funding = (claim.id for claim in bench.candidates.claims)
    queue = client.get("/curation").text
    assert queue.index(valuation) < queue.index(second) < queue.index(funding)
    post = lambda action, claim, **fields: client.post(  # noqa: E731
        f"/claims/{claim}/{action}", data={"csrf": csrf, **fields}, headers={"Origin": OWN}, follow_redirects=False
    )
    accepted = post("accept", valuation)
    assert accepted.status_code == 303 and accepted.headers["location"].startswith(f"/curation/{document}?done={valuation}")
    assert client.get(f"/api/claims/{valuation}").json()["status"] == "unverified"
    assert post("accept", valuation).status_code == 409  # no longer a candidate: refused, shown on the queue page
    assert post("reject", second, note="said twice").status_code == 303
    assert client.get(f"/api/claims/{second}/curation").json()["items"][0]["note"] == "said twice"
    quote = "Nimbus Labs raised £40m last year"
    start = TEXT.index(quote)
    before = snapshot(bench.store)
    wrong = post("edit", funding, start=str(start + 1), end=str(start + 1 + len(quote)), quote=quote)
    assert wrong.status_code == 422 and "exact quote disagrees" in wrong.text and snapshot(bench.store) == before
    assert f'value="{start + 1}"' in wrong.text  # what was typed is kept
    page = client.get(f"/curation/{document}").text
    fields = dict(re.findall(r'<input name="(\w+)" value="([^"]*)"', page[page.index(f'id="claim-{funding}"'):]))
    fields.update(start=str(start), end=str(start + len(quote)), quote=quote, time_value="2024-05", note="the quote alone")
    moved = post("edit", funding, **fields)
    assert moved.status_code == 303, moved.text
    history = client.get(f"/api/claims/{funding}/curation").json()["items"][0]
    assert {change["field"] for change in history["changes"]} == {"anchor", "time"} and history["note"] == "the quote alone"
    assert client.get(f"/api/claims/{funding}").json()["anchor"]["exact"] == quote
    shown = client.get(f"/curation/{document}").text
    assert "the quote alone" in shown and "<ins>" in shown
    claim_page = client.get(f"/claims/{funding}").text  # the claim's own history says what changed
    assert "<li>anchor: <del>" in claim_page and "<li>time: <del>" in claim_page and "the quote alone" in claim_page


def test_ingest_from_a_pasted_text_and_a_file(client: TestClient, secrets: dict[str, str]) -> None:
    csrf = sign_in(client, secrets["editor"])
    text = "Orbit Foods raised $12m from Delta Capital last year, the company said.\r\nOrbit Foods is valued at $90m, sources said."
    pasted = client.post("/ingest", data={"csrf": csrf, "text": text, "published": "2025-06-01", "title": "Orbit Foods raises"},
                         files={"file": ("", b"", "application/octet-stream")}, headers={"Origin": OWN})  # fmt: skip
    assert pasted.status_code == 201, pasted.text
    document = re.search(r'href="/curation/([^"#]+)" id="queue-link"', pasted.text).group(1)
    stored = client.get(f"/api/documents/{document}").json()
    assert stored["text"] == text.replace("\r\n", "\n") and stored["title"] == "Orbit Foods raises"
    assert pasted.text.count(f'href="/curation/{document}#claim-') >= 1
    uploaded = client.post("/ingest", data={"csrf": csrf, "published": "2025-06-02"}, files={"file": ("orbit.txt", b"Orbit Foods bought Kale Co for $3m, the firm said.\r\n", "text/plain")},
                           headers={"Origin": OWN})  # fmt: skip
    assert uploaded.status_code == 201, uploaded.text
    other = re.search(r'href="/curation/([^"#]+)" id="queue-link"', uploaded.text).group(1)
    assert client.get(f"/api/documents/{other}").json()["text"].endswith("\r\n")  # a file is taken byte for byte
    again = client.post("/ingest", data={"csrf": csrf, "text": text, "published": "2025-06-01"}, files={"file": ("", b"", "application/octet-stream")},
                        headers={"Origin": OWN})  # fmt: skip
    assert again.status_code == 200 and "Already stored" in again.text
    undated = client.post("/ingest", data={"csrf": csrf, "text": "Acme raised $5m.", "published": ""}, files={"file": ("", b"", "application/octet-stream")},
                          headers={"Origin": OWN})  # fmt: skip
    assert undated.status_code == 400 and "publication date" in undated.text and "Acme raised $5m." in undated.text


def test_no_secret_of_a_sign_in_reaches_the_log(tmp_path: Path, bundled_quads: list[Quad]) -> None:
    location = tmp_path / "store"
    store_on_disk(location, bundled_quads)
    path = tokens.tokens_path(str(location))
    reviewer, revoked = tokens.create(path, "rev", "reviewer"), tokens.create(path, "old", "reviewer")
    tokens.revoke(path, "old")
    log = tmp_path / "serve.log"
    with ServerProcess(location, log) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        origin = {"Origin": server.url}
        assert client.post("/signin", data={"token": revoked}, headers=origin).status_code == 401
        assert client.post("/signin", data={"token": reviewer[:-1]}, headers=origin).status_code == 401
        assert client.post("/signin", data={"token": reviewer}, headers={"Origin": FOREIGN}).status_code == 403
        assert client.post("/signin", data={"token": reviewer, "next": f"/claims/{REVIEWED}"}, headers=origin).status_code == 303
        csrf = csrf_of(client.get(f"/claims/{REVIEWED}").text)
        review = {"csrf": csrf, "verdict": "true", "rationale": "Checked."}
        assert client.post(f"/claims/{REVIEWED}/reviews", data=review, headers=origin, follow_redirects=False).status_code == 303
    text = log.read_text(errors="replace")
    assert "POST /signin" in text, "the log holds no request lines: the test would prove nothing"
    for secret in (reviewer, revoked):
        assert secret not in text and secret[3:20] not in text


@given(st.text(alphabet="ab\r\n é😀", max_size=30).flatmap(
    lambda text: st.tuples(st.just(text), st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(sorted), max_size=5))
))  # fmt: skip
def test_the_marked_text_is_the_text_and_each_quote_is_its_marks(case: tuple[str, list[list[int]]]) -> None:
    text, spans = case
    named = [(f"c{number}", start, end) for number, (start, end) in enumerate(spans)]
    pieces = marked_segments(text, named)
    assert "".join(piece["text"] for piece in pieces) == text
    for claim, start, end in named:
        assert "".join(piece["text"] for piece in pieces if claim in piece["claims"]) == text[start:end]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=st.integers(-3, len(TEXT) + 3), length=st.integers(-2, 40), shift=st.sampled_from([0, 0, 1, -1]))
def test_an_anchor_from_the_form_is_checked_against_the_text(shared: tuple[Bench, TestClient, dict[str, str]], start: int, length: int, shift: int) -> None:
    """Offsets as a page's script or a hand-made request may send them: written only when the quote is the text there."""
    bench, client, secrets = shared
    claim = bench.candidates.claims[-1].id
    client.cookies.clear()
    csrf = sign_in(client, secrets["editor"])
    quote = TEXT[max(0, start) : max(0, start + length)]
    fields = {"csrf": csrf, "start": str(start + shift), "end": str(start + shift + length), "quote": quote}
    before, old = snapshot(bench.store), client.get(f"/api/claims/{claim}").json()["anchor"]
    response = client.post(f"/claims/{claim}/edit", data=fields, headers={"Origin": OWN}, follow_redirects=False)
    anchor = client.get(f"/api/claims/{claim}").json()["anchor"]
    if response.status_code == 303:
        assert TEXT[anchor["start"] : anchor["end"]] == anchor["exact"] == quote != "" and (anchor["start"], anchor["end"]) == (start + shift, start + shift + length)
    else:
        assert response.status_code in (400, 422) and response.headers["content-type"].startswith("text/html")
        assert snapshot(bench.store) == before and anchor == old


def test_a_quote_across_lines_survives_the_text_area(client: TestClient, bench: Bench, secrets: dict[str, str]) -> None:
    """A browser sends a text area's line breaks as CRLF: an edit of another field leaves a quote across lines as it is."""
    csrf = sign_in(client, secrets["editor"])
    text = "Orbit Foods raised $12m from Delta Capital\nlast year, the company said."
    page = client.post("/ingest", data={"csrf": csrf, "text": text.replace("\n", "\r\n"), "published": "2025-06-01"}, headers={"Origin": OWN})
    assert page.status_code == 201, page.text
    claim = re.findall(r'#claim-([^"]+)"', page.text)[0]
    curate(bench.store, claim, "edit", "a tester", edit=Edit(start=0, end=len(text)))  # the whole text, across its line break
    document = client.get(f"/api/claims/{claim}").json()["document"]["id"]
    form = client.get(f"/curation/{document}").text
    fields = dict(re.findall(r'<input name="(\w+)" value="([^"]*)"', form))
    quote = html.unescape(re.search(r'<textarea name="quote"[^>]*>([^<]*)</textarea>', form).group(1))
    edited = client.post(f"/claims/{claim}/edit", data={**fields, "csrf": csrf, "quote": quote.replace("\n", "\r\n"), "statement": "Orbit Foods raised $12m in 2024."},
                         headers={"Origin": OWN}, follow_redirects=False)  # fmt: skip
    assert edited.status_code == 303, edited.text
    assert [change["field"] for change in client.get(f"/api/claims/{claim}/curation").json()["items"][0]["changes"]] == ["statement"]


def test_signing_in_again_over_an_ended_session(client: TestClient, secrets: dict[str, str]) -> None:
    """A browser still holding the cookie of a session that ended (a restart, a revoked token) can sign in again."""
    client.cookies.set("claimgraph_session", "a-session-that-ended")
    response = client.post("/signin", data={"token": secrets["editor"]}, headers={"Origin": OWN}, follow_redirects=False)
    assert response.status_code == 303 and "Max-Age=0" not in str(response.headers)
    assert "Signed in as" in client.get("/claims").text


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    verdict=st.one_of(st.sampled_from(["true", "false", "mixed", "", "True", "none"]), st.text(max_size=12)),
    rationale=st.text(max_size=40),
    evidence=st.lists(st.one_of(st.sampled_from(["https://example.org/a", "http://x.example", "javascript:alert(1)", "ftp://a.example/b"]), st.text(max_size=15)), max_size=3),
)  # fmt: skip
def test_any_review_form_is_recorded_as_the_api_would_or_refused_whole(
    shared: tuple[Bench, TestClient, dict[str, str]], verdict: str, rationale: str, evidence: list[str]
) -> None:
    bench, client, secrets = shared
    client.cookies.clear()
    csrf = sign_in(client, secrets["reviewer"])
    before = snapshot(bench.store)
    count = len(client.get(f"/api/claims/{REVIEWED}/reviews").json()["items"])
    form = {"csrf": csrf, "verdict": verdict, "rationale": rationale, "evidence": "\n".join(evidence)}
    response = client.post(f"/claims/{REVIEWED}/reviews", data=form, headers={"Origin": OWN}, follow_redirects=False)
    reviews = client.get(f"/api/claims/{REVIEWED}/reviews").json()["items"]
    if response.status_code == 303:
        assert len(reviews) == count + 1 and reviews[0]["current"] and reviews[0]["reviewer"] == "reviewer-1"
        assert all(link.startswith(("http://", "https://")) for link in reviews[0]["evidence"])
    else:
        assert response.status_code in (400, 422), response.text
        assert snapshot(bench.store) == before and len(reviews) == count
