"""Reviews: the rating scale as data, history with revisions, status, shapes, and surviving a rebuild."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from rdflib import URIRef

from claimgraph.claims.errors import ClaimStatusError, InputError
from claimgraph.kg.errors import NotFoundError, ValidationError
from claimgraph.claims.model import ClaimSet
from claimgraph.kg import reviews
from claimgraph.kg.build import build
from claimgraph.kg.curation import curate
from claimgraph.kg.ingest import ingest
from claimgraph.kg.mapping import DEFAULT
from claimgraph.kg.namespaces import SCHEMA, claim_iri
from claimgraph.kg.store import Store
from claimgraph.kg.validation import check
from tests.conftest import snapshot
from tests.faults.test_atomicity import dump
from tests.kg.test_ingest import PUBLISHED, TEXT

CLAIM = "uk-ai-sector-vc-funding-2024"


def _status(store: Store, claim_id: str) -> str:
    (row,) = store.select(f"SELECT ?status WHERE {{ <{claim_iri(claim_id)}> cg:status ?status }}")
    return str(row["status"]).rsplit("#", 1)[-1]


def test_the_scale_is_read_from_the_data() -> None:
    scale = reviews.scale()
    assert list(scale.verdicts) == ["true", "mostly_true", "mixed", "misleading", "false", "unverifiable"]
    assert scale.verdicts["mostly_true"].label == "Mostly true"
    assert (scale.worst, scale.best) == (1, 5)
    assert all(scale.worst <= v.value <= scale.best for name, v in scale.verdicts.items() if name != "unverifiable")


def test_a_review_is_stored_as_a_claim_review_and_sets_the_status(built_store: Store) -> None:
    assert _status(built_store, CLAIM) == "unverified"
    stored = reviews.add_review(built_store, CLAIM, "mostly_true", "Dealroom's own report gives £4.7bn.", ["https://example.org/report"], "Ann Checker")
    assert stored["verdict"] == "mostly_true" and stored["label"] == "Mostly true" and stored["rating_value"] == 4
    assert stored["evidence"] == ["https://example.org/report"] and stored["reviewer"] == "Ann Checker"
    assert stored["current"] is True and stored["revises"] is None
    assert _status(built_store, CLAIM) == "reviewed"
    rows = built_store.select(
        f"""SELECT ?name ?value ?best ?worst ?author WHERE {{
            ?review a schema:ClaimReview ; schema:itemReviewed <{claim_iri(CLAIM)}> ;
                    schema:reviewRating [ schema:alternateName ?name ; schema:ratingValue ?value ;
                                          schema:bestRating ?best ; schema:worstRating ?worst ] ;
                    schema:author/schema:name ?author ; schema:datePublished ?date . }}"""
    )
    assert rows == [{"name": "Mostly true", "value": 4, "best": 5, "worst": 1, "author": "Ann Checker"}]


def test_a_later_review_revises_the_earlier_one_and_nothing_is_deleted(built_store: Store) -> None:
    first = reviews.add_review(built_store, CLAIM, "true", "Matches the report.", [], "Ann")
    second = reviews.add_review(built_store, CLAIM, "unverifiable", "The report was withdrawn.", [], "Bob")
    history = reviews.history(built_store, CLAIM)
    assert [item["id"] for item in history] == [second["id"], first["id"]]
    assert history[0]["revises"] == first["id"] and history[0]["current"] and not history[1]["current"]
    assert history[1]["rationale"] == "Matches the report."
    assert _status(built_store, CLAIM) == "in_review"  # the scale says an unverifiable claim stays in review


def test_history_of_an_unreviewed_claim_is_empty_and_unknown_claims_are_404(built_store: Store) -> None:
    assert reviews.history(built_store, CLAIM) == []
    with pytest.raises(NotFoundError):
        reviews.history(built_store, "no-such-claim")
    with pytest.raises(NotFoundError):
        reviews.add_review(built_store, "no-such-claim", "true", "x", [], "Ann")


@pytest.mark.parametrize(
    "verdict,rationale,evidence,reviewer,message",
    [
        ("pants_on_fire", "x", [], "Ann", "unknown verdict"),
        ("true", "   ", [], "Ann", "rationale"),
        ("true", "x", ["ftp://example.org/a"], "Ann", "http or https"),
        ("true", "x", ["https://example.org/a b"], "Ann", "http or https"),
        ("true", "x", [], " ", "reviewer"),
    ],
)
def test_bad_reviews_are_refused_and_write_nothing(
    built_store: Store, verdict: str, rationale: str, evidence: list[str], reviewer: str, message: str
) -> None:
    before = snapshot(built_store)
    with pytest.raises(InputError, match=message):
        reviews.add_review(built_store, CLAIM, verdict, rationale, evidence, reviewer)
    assert snapshot(built_store) == before


def test_the_claim_review_shape_rejects_a_review_without_rationale_or_verdict() -> None:
    review = URIRef("https://w3id.org/claimgraph/id/review/x--1")
    verdict = reviews.scale().verdicts["false"]
    quads = reviews.review_quads(review, claim_iri(CLAIM), verdict, "why", [], "Ann", datetime.now(timezone.utc), None, reviews.reviewing_iri("x", 1))
    check(quads)
    broken = [q for q in quads if q[1] != SCHEMA.reviewBody]
    broken = [q for q in broken if not (str(q[0]).endswith("#rating") and str(q[1]).endswith("#verdict"))]
    with pytest.raises(ValidationError) as caught:
        check(broken)
    assert any("rationale" in message for message in caught.value.messages)
    assert any("rating" in message for message in caught.value.messages)


def test_newest_first_follows_the_dates(built_store: Store) -> None:
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    for day, verdict in enumerate(["false", "mixed", "true"]):
        reviews.add_review(built_store, CLAIM, verdict, f"day {day}", [], "Ann", now=start + timedelta(days=day))
    assert [item["verdict"] for item in reviews.history(built_store, CLAIM)] == ["true", "mixed", "false"]


def test_reviews_and_status_survive_a_rebuild(store: Store, bundled: ClaimSet) -> None:
    build(store, [bundled])
    reviews.add_review(store, CLAIM, "false", "The report says otherwise.", [], "Ann")
    other = (URIRef("https://example.org/note"), URIRef("https://example.org/says"), URIRef("https://example.org/x"), DEFAULT)
    store.update(f"INSERT DATA {{ <{other[0]}> <{other[1]}> <{other[2]}> }}")
    build(store, [bundled])
    assert [item["verdict"] for item in reviews.history(store, CLAIM)] == ["false"]
    assert _status(store, CLAIM) == "reviewed"
    assert _status(store, "openai-valuation-300bn") == "unverified"
    assert store.query(f"ASK {{ <{other[0]}> <{other[1]}> <{other[2]}> }}").askAnswer, "a build removes only its own documents' quads"


@pytest.mark.parametrize("status", ["candidate", "rejected", "retracted"])
def test_a_claim_off_the_record_cannot_be_reviewed_and_nothing_is_written(built_store: Store, status: str) -> None:
    claim = ingest(built_store, TEXT, PUBLISHED).claims[0].id
    if status == "rejected":
        curate(built_store, claim, "reject", "Ann")
    elif status == "retracted":
        curate(built_store, claim, "accept", "Ann")
        curate(built_store, claim, "retract", "Ann", note="the article was corrected")
    before = dump(built_store)
    with pytest.raises(ClaimStatusError, match=f"is {status}; only a claim that is unverified, in_review or reviewed can be reviewed"):
        reviews.add_review(built_store, claim, "true", "Looks right.", [], "Ann")
    assert dump(built_store) == before
    assert _status(built_store, claim) == status


def test_the_author_is_the_authenticated_name_and_a_display_name_only_sits_beside_it(built_store: Store) -> None:
    stored = reviews.add_review(built_store, CLAIM, "true", "Matches the report.", [], "alice", display_name="Bob")
    assert (stored["reviewer"], stored["display_name"]) == ("alice", "Bob")
    rows = built_store.select(
        f"""SELECT ?author ?display ?agent WHERE {{
              ?review schema:itemReviewed <{claim_iri(CLAIM)}> ; schema:author ?a . ?a schema:name ?author ; cg:displayName ?display .
              ?activity a cg:Reviewing ; prov:generated ?review ; prov:used <{claim_iri(CLAIM)}> ;
                        prov:wasAssociatedWith/schema:name ?agent ; prov:endedAtTime ?when }}"""
    )
    assert [(row["author"], row["display"], row["agent"]) for row in rows] == [("alice", "Bob", "alice")]
