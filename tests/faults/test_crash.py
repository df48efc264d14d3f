"""SIGKILL in the middle of a stream of reviews: after a restart on the same store every acknowledged
review is there, none twice, and the store still passes every shape."""

from __future__ import annotations

import threading
import time
from collections import Counter
from pathlib import Path

import httpx

from claimgraph.kg import tokens
from claimgraph.kg.mapping import Quad
from claimgraph.kg.namespaces import claim_iri
from claimgraph.kg.store import open_store
from claimgraph.kg.validation import problems
from tests.faults.test_concurrency import review_chain_problems
from tests.server_process import ServerProcess, store_on_disk

CLAIMS = ("uk-ai-sector-vc-funding-2024", "openai-valuation-300bn", "nvidia-market-cap-3tn")
ACKNOWLEDGED_BEFORE_KILL = 8
MAX_REVIEWS = 200
"""The stream stops here at the latest (it is killed long before)."""


def test_sigkill_mid_stream_loses_no_acknowledged_review(tmp_path: Path, bundled_quads: list[Quad]) -> None:
    location = tmp_path / "store"
    store_on_disk(location, bundled_quads)
    secret = tokens.create(tokens.tokens_path(str(location)), "stream", "reviewer")
    headers = {"Authorization": f"Bearer {secret}"}

    acknowledged: list[dict] = []
    sent: list[str] = []
    stopped = threading.Event()

    def stream(url: str) -> None:
        with httpx.Client(base_url=url, timeout=30) as client:
            for k in range(MAX_REVIEWS):
                rationale = f"stream review {k}"
                sent.append(rationale)
                try:
                    response = client.post(
                        f"/api/claims/{CLAIMS[k % len(CLAIMS)]}/reviews", headers=headers,
                        json={"verdict": ("true", "mixed", "false")[k % 3], "rationale": rationale, "evidence": ["https://example.org/e"]},
                    )  # fmt: skip
                except httpx.TransportError:
                    break  # the server is gone
                if response.status_code == 201:
                    acknowledged.append(response.json())
                else:
                    raise AssertionError(response.text)
        stopped.set()

    first = ServerProcess(location, tmp_path / "first.log")
    with first:
        writer = threading.Thread(target=stream, args=(first.url,), daemon=True)
        writer.start()
        deadline = time.monotonic() + 120
        while len(acknowledged) < ACKNOWLEDGED_BEFORE_KILL and time.monotonic() < deadline and writer.is_alive():
            time.sleep(0.01)
        assert len(acknowledged) >= ACKNOWLEDGED_BEFORE_KILL, first.log.read_text(errors="replace")
        first.kill()
        writer.join(timeout=60)
    assert stopped.is_set(), "the stream did not notice the server had gone"
    assert len(sent) > len(acknowledged), "the kill did not land while reviews were still being sent"

    with ServerProcess(location, tmp_path / "second.log") as second, httpx.Client(base_url=second.url, timeout=30) as client:
        stored = []
        for claim in CLAIMS:
            response = client.get(f"/api/claims/{claim}/reviews")
            assert response.status_code == 200
            stored += response.json()["items"]
    by_iri = {item["iri"]: item for item in stored}
    for item in acknowledged:
        assert item["iri"] in by_iri, f"acknowledged review {item['iri']} was lost"
        assert by_iri[item["iri"]]["rationale"] == item["rationale"]
    assert len(by_iri) == len(stored), "a review IRI is listed twice"
    twice = [text for text, times in Counter(item["rationale"] for item in stored).items() if times > 1]
    assert twice == [], f"reviews stored twice: {twice}"
    assert len(stored) in (len(acknowledged), len(acknowledged) + 1)  # at most the one in flight at the kill

    reopened = open_store(location)
    try:
        assert problems(reopened.quads()) == []
        for claim in CLAIMS:
            assert review_chain_problems(reopened, claim_iri(claim)) == []
    finally:
        reopened.close()
