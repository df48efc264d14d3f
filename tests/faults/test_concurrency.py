"""Writers at the same time: every acknowledged write is there once, review chains stay linear,
and no claim ends up with two statuses."""

from __future__ import annotations

import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from rdflib import URIRef
from rdflib.namespace import PROV

from claimgraph.kg import curation, reviews
from claimgraph.kg.ingest import ingest
from claimgraph.kg.namespaces import CG, claim_iri
from claimgraph.kg.store import Store
from claimgraph.kg.updates import validated_update
from claimgraph.kg.validation import problems
from tests.api.conftest import bearer, make_app, serve
from tests.kg.test_ingest import PUBLISHED, TEXT

CLAIM = "uk-ai-sector-vc-funding-2024"
OTHER_CLAIMS = ("openai-valuation-300bn", "nvidia-market-cap-3tn")


def article(n: int) -> str:
    """A short article of its own for each ingest (a different text, so a different document)."""
    return (
        f"Quarrow{n} Robotics, the Bristol-based start-up, is valued at about £{100 + n}m, sources close to the deal said. "
        f"Quarrow{n} Robotics raised £{10 + n}m last year, according to Dealroom."
    )


def statuses(store: Store) -> Counter:
    """How many statuses each claim has."""
    return Counter(str(s) for s, _, _ in store.dataset.triples((None, CG.status, None)))


def review_chain_problems(store: Store, claim: URIRef) -> list[str]:
    """What is wrong with a claim's review chain: it must be one line, newest first, with one current review."""
    found = []
    chain = store.select(
        f"SELECT ?review ?revises WHERE {{ ?review schema:itemReviewed <{claim}> . OPTIONAL {{ ?review prov:wasRevisionOf ?revises }} }}"
    )
    revised = Counter(str(row["revises"]) for row in chain if row["revises"] is not None)
    if [name for name, times in revised.items() if times > 1]:
        found.append(f"a review revised twice: {revised}")
    firsts = [row for row in chain if row["revises"] is None]
    if chain and len(firsts) != 1:
        found.append(f"{len(firsts)} reviews revise nothing")
    current = {str(row["review"]) for row in chain} - set(revised)
    if chain and len(current) != 1:
        found.append(f"{len(current)} current reviews")
    return found


def test_a_deleted_review_never_makes_its_number_come_round_again(built_store: Store) -> None:
    """An editor may delete a review with SPARQL; the next review must not take a number still in use
    (counting the reviews did, and merged two reviews into one IRI)."""
    first = reviews.add_review(built_store, CLAIM, "true", "Matches the report.", [], "Ann")
    second = reviews.add_review(built_store, CLAIM, "mixed", "Only partly.", [], "Bob")
    validated_update(built_store, f"DELETE WHERE {{ <{first['iri']}> ?p ?o }} ; DELETE WHERE {{ <{first['iri']}#rating> ?p ?o }} ;"
                                  f" DELETE WHERE {{ <{first['iri']}#author> ?p ?o }}", agent="Ed")
    third = reviews.add_review(built_store, CLAIM, "false", "The report was corrected.", [], "Cy")
    assert third["iri"] not in (first["iri"], second["iri"])
    assert third["revises"] == second["id"]
    assert [item["rationale"] for item in reviews.history(built_store, CLAIM)] == ["The report was corrected.", "Only partly."]
    assert problems(built_store.quads()) == []


def test_a_writer_that_read_a_stale_chain_neither_merges_nor_forks_it(built_store: Store, monkeypatch) -> None:
    """What another process (sharing a remote store) could do: read the chain, then write after someone
    else did. The insert is conditional inside the update's transaction, so it moves on to the next number."""
    first = reviews.add_review(built_store, CLAIM, "true", "Matches the report.", [], "Ann")
    real = reviews._next_review
    stale = iter([(1, None)])  # what a writer saw before ``first`` was stored

    def next_review(store, claim, claim_id):
        return next(stale, None) or real(store, claim, claim_id)

    monkeypatch.setattr(reviews, "_next_review", next_review)
    second = reviews.add_review(built_store, CLAIM, "mixed", "Only partly.", [], "Bob")
    assert second["iri"] != first["iri"] and second["revises"] == first["id"]
    assert review_chain_problems(built_store, claim_iri(CLAIM)) == []
    assert problems(built_store.quads()) == []


def test_a_review_that_lands_while_a_curation_decides_waits_for_it(built_store: Store, monkeypatch) -> None:
    """A curation reads the claim's status, decides, and writes the new one. A review that changed the
    status in between left the claim with two statuses; now the review waits for the curation's write."""
    candidate = ingest(built_store, TEXT, PUBLISHED).claims[0].id
    read, reviewed = threading.Event(), threading.Event()
    real_read = curation.read_claim

    def read_then_linger(store, claim_id):
        claim = real_read(store, claim_id)
        read.set()
        reviewed.wait(timeout=1.0)  # long enough for a review to land, if one can
        return claim

    monkeypatch.setattr(curation, "read_claim", read_then_linger)

    def review() -> None:
        assert read.wait(timeout=20)
        reviews.add_review(built_store, candidate, "false", "The deal never happened.", [], "Ann")
        reviewed.set()

    with ThreadPoolExecutor(1) as pool:
        pending = pool.submit(review)
        curation.curate(built_store, candidate, "accept", "Cy")
        pending.result(timeout=60)
    assert statuses(built_store)[str(claim_iri(candidate))] == 1
    (current,) = [item for item in reviews.history(built_store, candidate) if item["current"]]
    assert status_of(built_store, candidate) == reviews.scale().verdicts[current["verdict"]].status
    assert problems(built_store.quads()) == []


def status_of(store: Store, claim_id: str) -> str:
    (row,) = store.select(f"SELECT ?status WHERE {{ <{claim_iri(claim_id)}> cg:status ?status }}")
    return str(row["status"]).rsplit("#", 1)[-1]


def test_clients_reviewing_ingesting_and_curating_at_once(built_store: Store, token_file: Path, secrets: dict[str, str]) -> None:
    """Reviewers on the same claims, editors ingesting and curating, all at once against a live server:
    every acknowledged write is stored once, and the store still passes every shape."""
    candidates = [claim.id for claim in ingest(built_store, TEXT, PUBLISHED).claims]
    acknowledged: list[dict] = []
    ingested: list[dict] = []
    curated: list[tuple[str, str]] = []
    refused: list[str] = []

    def reviewer(n: int, client: httpx.Client) -> None:
        for k in range(4):
            claim = (CLAIM, *OTHER_CLAIMS)[(n + k) % 3]
            body = {"verdict": ("true", "mixed", "false")[k % 3], "rationale": f"reviewer {n}, review {k}", "evidence": []}
            response = client.post(f"/api/claims/{claim}/reviews", json=body, headers=bearer(secrets["reviewer"]))
            assert response.status_code == 201, response.text
            acknowledged.append(response.json())

    def editor(n: int, client: httpx.Client) -> None:
        for k in range(2):
            response = client.post(
                "/api/documents", params={"published": "2025-06-01", "title": f"Quarrow {n}-{k}"},
                content=article(10 * n + k).encode(), headers={**bearer(secrets["editor"]), "Content-Type": "text/plain"},
            )  # fmt: skip
            assert response.status_code == 201, response.text
            ingested.append(response.json())

    def curator(client: httpx.Client) -> None:
        for claim_id, action in zip(candidates, ("accept", "reject", "accept", "reject")):
            response = client.post(f"/api/claims/{claim_id}/{action}", json={}, headers=bearer(secrets["editor"]))
            assert response.status_code == 200, response.text
            curated.append((claim_id, action))

    def candidate_reviewer(client: httpx.Client) -> None:
        for claim_id in candidates[:2]:
            body = {"verdict": "misleading", "rationale": f"candidate {claim_id}", "evidence": []}
            response = client.post(f"/api/claims/{claim_id}/reviews", json=body, headers=bearer(secrets["reviewer"]))
            if response.status_code == 409:  # not accepted yet, or rejected: only a claim on the record is reviewed
                refused.append(claim_id)
                continue
            assert response.status_code == 201, response.text
            acknowledged.append(response.json())

    with serve(make_app(built_store, token_file)) as url:
        clients = [httpx.Client(base_url=url, timeout=120) for _ in range(6)]
        try:
            with ThreadPoolExecutor(6) as pool:
                jobs = [pool.submit(reviewer, n, clients[n]) for n in range(3)]
                jobs += [pool.submit(editor, n, clients[3 + n]) for n in range(2)]
                jobs += [pool.submit(curator, clients[5]), pool.submit(candidate_reviewer, clients[5])]
                for job in jobs:
                    job.result(timeout=300)
        finally:
            for client in clients:
                client.close()

    assert len(acknowledged) == 3 * 4 + 2 - len(refused) and len(ingested) == 4
    assert candidates[1] in refused, "a rejected claim, or a candidate, was reviewed"
    for item in acknowledged:
        assert status_of(built_store, item["claim"]["id"]) in ("in_review", "reviewed"), item["claim"]["id"]
    iris = [item["iri"] for item in acknowledged]
    assert len(set(iris)) == len(iris), "two acknowledged reviews got the same IRI"
    for item in acknowledged:
        stored = {entry["iri"]: entry for entry in reviews.history(built_store, item["claim"]["id"])}
        assert stored[item["iri"]]["rationale"] == item["rationale"]
    for claim_id in {item["claim"]["id"] for item in acknowledged}:
        assert review_chain_problems(built_store, claim_iri(claim_id)) == [], claim_id
    assert all(report["claims"] for report in ingested)
    for report in ingested:
        for claim in report["claims"]:
            assert (URIRef(claim["iri"]), PROV.wasDerivedFrom, URIRef(report["document"]["iri"])) in built_store.dataset
    assert all(times == 1 for times in statuses(built_store).values()), "a claim with more than one status"
    for claim_id, action in curated:
        assert any(entry["action"] == action for entry in curation.history(built_store, claim_id))
    assert problems(built_store.quads()) == []
