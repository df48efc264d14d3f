"""Pages show dates as a reader reads them; the exact value stays in the ``<time>`` element's ``datetime``."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from fastapi.testclient import TestClient

from claimgraph.kg import reviews
from claimgraph.kg.store import Store

REVIEWED = "openai-valuation-300bn"
RAW_INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def _text(page: str) -> str:
    """What a reader sees: the page without its tags (and so without their attributes)."""
    return re.sub(r"<[^>]+>", "", page.split("<main", 1)[1])


AT = dt.datetime.now(dt.timezone(dt.timedelta(hours=2))).replace(microsecond=0)
"""When the review is written (after the store was built): in a zone two hours east of UTC."""


@pytest.fixture
def reviewed(api: TestClient, built_store: Store) -> TestClient:
    reviews.add_review(built_store, REVIEWED, "mostly_true", "Checked.", [], "Ann", now=AT)
    return api


@pytest.mark.parametrize("path", [f"/claims/{REVIEWED}", "/timeline", "/claims", "/pledges", "/documents", "/entities/openai?as_of=2099-03-01"])
def test_no_page_shows_a_raw_timestamp(reviewed: TestClient, path: str) -> None:
    page = reviewed.get(path)
    assert page.status_code == 200
    assert RAW_INSTANT.findall(_text(page.text)) == []


def test_a_review_shows_its_instant_in_utc_and_keeps_the_exact_value(reviewed: TestClient) -> None:
    page = reviewed.get(f"/claims/{REVIEWED}").text
    section = page.split('<ol class="reviews">', 1)[1].split("</ol>", 1)[0]
    utc = AT.astimezone(dt.timezone.utc)
    exact = utc.isoformat()
    assert f'<time datetime="{exact}" title="{exact}">{utc.day} {utc:%b %Y, %H:%M} UTC</time>' in section


def test_a_partial_date_is_never_made_more_precise(api: TestClient) -> None:
    page = api.get("/claims/uk-ai-sector-vc-funding-2024").text
    assert '<dt>About</dt><dd><time datetime="2024" title="2024">2024</time> (year)' in page
    assert '<dt>Stated</dt><dd><time datetime="2025" title="2025">2025</time></dd>' in page
