"""One current verdict: the network, the REST resources, the ClaimReview export and a SPARQL query with the example
queries' fragment name the same review, also after an editor writes one over SPARQL with an older date."""

from __future__ import annotations

from fastapi.testclient import TestClient

from claimgraph.kg import projection, reviews
from claimgraph.kg.namespaces import claim_iri, sparql_prefixes
from tests.api.conftest import bearer
from tests.conftest import snapshot

CLAIM = "openai-valuation-300bn"


def _editors_review(revises: str) -> str:
    """An editor's ClaimReview revising the current one, dated before it (the date does not make a review current)."""
    verdict, scale = reviews.scale().verdicts["false"], reviews.scale()
    review = "https://w3id.org/claimgraph/id/review/by-hand-1"
    return sparql_prefixes() + f"""
INSERT DATA {{
  <{review}> a schema:ClaimReview ; schema:itemReviewed <{claim_iri(CLAIM)}> ;
    schema:reviewBody "the filing says otherwise" ; schema:datePublished "2020-01-01T00:00:00+00:00"^^xsd:dateTime ;
    prov:wasRevisionOf <{revises}> ;
    schema:author <{review}#author> ; schema:reviewRating <{review}#rating> .
  <{review}#author> a schema:Person ; schema:name "An editor" .
  <{review}#rating> a schema:Rating ; cg:verdict <{verdict.iri}> ; schema:alternateName "{verdict.label}" ;
    schema:ratingValue {verdict.value} ; schema:worstRating {scale.worst} ; schema:bestRating {scale.best} .
}}"""


def _verdicts(api: TestClient) -> dict[str, str]:
    """The current verdict's normalised name as each reader gives it."""
    rest = api.get(f"/api/claims/{CLAIM}").json()
    (published,) = [entry for entry in api.get("/api/export/claimreview").json()["@graph"] if entry["itemReviewed"]["@id"] == str(claim_iri(CLAIM))]
    (row,) = api.get("/sparql", params={"query": sparql_prefixes() + f"""
        SELECT ?label WHERE {{ VALUES ?claim {{ <{claim_iri(CLAIM)}> }} {projection.current_review()}
                              ?review schema:reviewRating/schema:alternateName ?label }}"""},
        headers={"Accept": "application/sparql-results+json"}).json()["results"]["bindings"]
    (summary,) = [claim for claim in api.get("/api/analysis/sources").json()["own_word"] if claim["id"] == CLAIM]
    page = api.get("/entities/openai").text
    shown = [name for name, verdict in reviews.scale().verdicts.items() if f"verdict {verdict.label}<" in page]
    return {
        "rest": rest["verdict"],
        "rest, its current review": rest["current_review"]["verdict"],
        "claimreview": reviews.verdict_name(published["reviewRating"]["alternateName"]),
        "sparql": reviews.verdict_name(row["label"]["value"]),
        "network": summary["verdict"],
        "entity page": ",".join(shown),
    }


def test_every_reader_names_the_same_current_verdict(api: TestClient, secrets: dict[str, str]) -> None:
    first = api.post(f"/api/claims/{CLAIM}/reviews", json={"verdict": "mostly_true", "rationale": "one source"},
                     headers=bearer(secrets["reviewer"]))
    assert first.status_code == 201, first.text
    assert set(_verdicts(api).values()) == {"mostly_true"}
    update = api.post("/sparql", data={"update": _editors_review(first.json()["iri"])}, headers=bearer(secrets["editor"]))
    assert update.status_code == 204, update.text
    assert set(_verdicts(api).values()) == {"false"}


def test_an_editors_review_that_revises_nothing_is_refused(api: TestClient, secrets: dict[str, str], built_store) -> None:
    """Two reviews nothing revises would be two current verdicts: the shapes refuse the second, and nothing is written."""
    first = api.post(f"/api/claims/{CLAIM}/reviews", json={"verdict": "mostly_true", "rationale": "one source"},
                     headers=bearer(secrets["reviewer"]))
    assert first.status_code == 201, first.text
    before = snapshot(built_store)
    forked = _editors_review(first.json()["iri"]).replace(f"prov:wasRevisionOf <{first.json()['iri']}> ;", "")
    answer = api.post("/sparql", data={"update": forked}, headers=bearer(secrets["editor"]))
    assert answer.status_code == 422 and "two current reviews" in answer.text, answer.text
    assert snapshot(built_store) == before
    assert set(_verdicts(api).values()) == {"mostly_true"}
