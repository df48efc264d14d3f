"""Importing other publishers' fact-checks (ClaimReview JSON-LD, Fact Check Tools answers): what is stored, how it is
matched to claims on the record, how ratings are normalised, that bad input stores nothing, and that an imported
review is never a verdict of ours."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.claims.errors import InputError
from claimgraph.kg import claimreview, factchecks, history, projection
from claimgraph.kg.curation import curate
from claimgraph.kg.factcheck_input import parse
from claimgraph.kg.namespaces import claim_iri
from claimgraph.kg.ratings import external_verdict
from claimgraph.kg.reviews import add_review
from claimgraph.kg.store import Store
from claimgraph.kg.updates import validated_update
from claimgraph.kg.errors import ValidationError
from tests.conftest import snapshot

LOCATED = "anthropic-location-san-francisco"
NEAR_1TN = "anthropic-valuation-approaching-1tn"
WHEN = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.timezone.utc)


def fact_check_tools(*claims: dict) -> bytes:
    """A Fact Check Tools answer holding these claims."""
    return json.dumps({"claims": list(claims), "nextPageToken": "x"}).encode()


def api_claim(text: str, url: str, rating: str, **review: object) -> dict:
    return {
        "text": text, "claimant": "A speaker", "claimDate": "2025-04-30T00:00:00Z",
        "claimReview": [{"publisher": {"name": "Checkers", "site": "checkers.example"}, "url": url, "title": "A check",
                         "reviewDate": "2025-05-02T09:30:00Z", "textualRating": rating, "languageCode": "en", **review}],
    }  # fmt: skip


def json_ld(*reviews: dict, wrap: str = "list") -> bytes:
    """ClaimReview JSON-LD: a list, an @graph document, or (``wrap="single"``) one object."""
    nodes = [{"@context": "https://schema.org", "@type": "ClaimReview", **review} for review in reviews]
    if wrap == "single":
        return json.dumps(nodes[0]).encode()
    if wrap == "graph":
        return json.dumps({"@context": "https://schema.org", "@graph": [{"@type": "Organization", "name": "x"}, *nodes]}).encode()
    return json.dumps(nodes).encode()


def _import(store: Store, content: bytes, source: str = "checks.json") -> dict:
    return factchecks.import_claimreviews(store, content, source, "ivy", base_url="https://claims.example", now=WHEN)


def test_fact_check_tools_answer_is_stored_with_publisher_url_date_and_both_ratings(built_store: Store) -> None:
    report = _import(built_store, fact_check_tools(
        api_claim("Anthropic is based in San Francisco.", "https://checkers.example/sf", "Pants on Fire!"),
        api_claim("The moon is made of cheese.", "https://checkers.example/moon", "Cheesy"),
    ))  # fmt: skip
    assert (report["imported"], report["matched"], report["already_stored"]) == (2, 1, 0)
    listed = factchecks.external_reviews(built_store)
    assert listed["total"] == 2
    by_url = {item["url"]: item for item in listed["items"]}
    sf = by_url["https://checkers.example/sf"]
    assert sf["publisher"] == {"name": "Checkers", "site": "checkers.example"}
    assert (sf["date"], sf["rating"], sf["verdict"]) == ("2025-05-02T09:30:00Z", "Pants on Fire!", "false")
    assert (sf["claimant"], sf["claim_date"], sf["headline"], sf["language"]) == ("A speaker", "2025-04-30T00:00:00Z", "A check", "en")
    assert [claim["id"] for claim in sf["claims"]] == [LOCATED] and sf["matched_by"] == "text"
    assert sf["imported"] == {"activity": report["activity"], "by": "ivy", "at": "2026-03-01T12:00:00Z", "source": "checks.json"}
    moon = by_url["https://checkers.example/moon"]
    assert (moon["verdict"], moon["rating"], moon["claims"], moon["matched_by"]) == ("other", "Cheesy", [], None)


@pytest.mark.parametrize("wrap", ["single", "list", "graph"])
def test_json_ld_in_every_wrapping(built_store: Store, wrap: str) -> None:
    review = {
        "url": "https://checkers.example/ld", "claimReviewed": "Anthropic is based in San Francisco.",
        "datePublished": "2025-05-03", "author": {"@type": "Organization", "name": "LD Checks", "url": "https://ld.example"},
        "reviewRating": {"@type": "Rating", "alternateName": "Half-True"},
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "A speaker"}, "datePublished": "2025-05-01"},
    }  # fmt: skip
    assert _import(built_store, json_ld(review, wrap=wrap))["imported"] == 1
    (item,) = factchecks.external_reviews(built_store)["items"]
    assert (item["verdict"], item["rating"], item["date"], item["claimant"]) == ("mixed", "Half-True", "2025-05-03", "A speaker")
    assert item["publisher"] == {"name": "LD Checks", "site": "https://ld.example"}
    assert [claim["id"] for claim in item["claims"]] == [LOCATED]


def test_a_review_naming_our_claim_by_iri_or_page_matches_it_whatever_its_words(built_store: Store) -> None:
    by_iri = {"url": "https://checkers.example/1", "claimReviewed": "Other words entirely",
              "itemReviewed": {"@type": "Claim", "@id": str(claim_iri(NEAR_1TN))}}
    by_page = {"url": "https://checkers.example/2", "claimReviewed": "Still other words",
               "itemReviewed": {"@type": "Claim", "url": f"https://claims.example/claims/{LOCATED}"}}
    elsewhere = {"url": "https://checkers.example/3", "itemReviewed": {"@type": "Claim", "url": f"https://other.example/claims/{LOCATED}"}}
    _import(built_store, json_ld(by_iri, by_page, elsewhere))
    found = {item["url"]: ([c["id"] for c in item["claims"]], item["matched_by"]) for item in factchecks.external_reviews(built_store)["items"]}
    assert found == {
        "https://checkers.example/1": ([NEAR_1TN], "iri"),
        "https://checkers.example/2": ([LOCATED], "url"),
        "https://checkers.example/3": ([], None),
    }


def test_a_quote_matches_too_and_only_claims_on_the_record_are_matched(built_store: Store) -> None:
    curate(built_store, LOCATED, "retract", "ed", note="the article corrected it")
    _import(built_store, fact_check_tools(
        api_claim("Anthropic is based in San Francisco.", "https://checkers.example/sf", "False"),
        api_claim("“Anthropic, the San Francisco-based AI safety lab, is closing in on a $1 trillion valuation following a "
                  "secondary share sale”", "https://checkers.example/q", "Mostly True"),
    ))  # fmt: skip
    assert [item["url"] for item in factchecks.external_reviews(built_store, matched=False)["items"]] == ["https://checkers.example/sf"]
    (matched,) = factchecks.external_reviews(built_store, matched=True)["items"]
    assert [c["id"] for c in matched["claims"]] == [NEAR_1TN] and matched["verdict"] == "mostly_true"
    assert factchecks.external_reviews(built_store, claim=claim_iri(NEAR_1TN))["total"] == 1


@pytest.mark.parametrize(
    ("label", "verdict"),
    [("True", "true"), ("MOSTLY TRUE", "mostly_true"), ("Half-true", "mixed"), ("Missing context", "misleading"),
     ("mostly false", "misleading"), ("Pants on Fire!", "false"), ("Four Pinocchios", "false"), ("Unproven", "unverifiable"),
     ("Satire", "other"), ("", "other"), (None, "other")],
)  # fmt: skip
def test_rating_labels_map_to_our_scale_or_other(label: str | None, verdict: str) -> None:
    assert external_verdict(label) == verdict


def test_an_unknown_label_is_kept_as_published(built_store: Store) -> None:
    _import(built_store, json_ld({"url": "https://checkers.example/s", "reviewRating": {"alternateName": "Three Pinocchios and a half"}}))
    (item,) = factchecks.external_reviews(built_store)["items"]
    assert (item["rating"], item["verdict"]) == ("Three Pinocchios and a half", "other")


def test_the_same_file_twice_adds_nothing(built_store: Store) -> None:
    content = fact_check_tools(api_claim("Anthropic is based in San Francisco.", "https://checkers.example/sf", "False"))
    _import(built_store, content)
    before = snapshot(built_store)
    report = _import(built_store, content)
    assert (report["activity"], report["imported"], report["already_stored"]) == (None, 0, 1)
    assert snapshot(built_store) == before


def test_the_import_is_an_audited_activity_in_the_record_and_in_the_claims_history(built_store: Store) -> None:
    report = _import(built_store, fact_check_tools(api_claim("Anthropic is based in San Francisco.", "https://checkers.example/sf", "False")))
    found = history.activities(built_store, claim_id=LOCATED)["items"]
    (entry,) = [item for item in found if item["kind"] == "claimreview_import"]
    assert (entry["agent"], entry["id"]) == ("ivy", report["activity"])
    assert entry["time"].startswith("2026-03-01T12:00:00")


def test_an_imported_review_is_never_a_verdict_of_ours(built_store: Store) -> None:
    add_review(built_store, NEAR_1TN, "mostly_true", "Checked the filing.", [], "rita")
    before_export = claimreview.claimreview_json(built_store)
    before_csv = claimreview.claims_csv(built_store)
    _import(built_store, fact_check_tools(
        api_claim("Anthropic is based in San Francisco.", "https://checkers.example/sf", "Pants on Fire!"),
        api_claim("A secondary share sale is bringing Anthropic's valuation close to one trillion US dollars.",
                  "https://checkers.example/1tn", "False"),
    ))  # fmt: skip
    assert factchecks.external_reviews(built_store, matched=True)["total"] == 2
    records = projection.read_claims(built_store, [LOCATED, NEAR_1TN])
    assert (records[LOCATED].status, records[LOCATED].review) == ("unverified", None)
    assert (records[NEAR_1TN].status, records[NEAR_1TN].review.verdict) == ("reviewed", "mostly_true")
    assert projection.read_verdicts(built_store).keys() == {NEAR_1TN}
    assert claimreview.claimreview_json(built_store) == before_export
    assert claimreview.claims_csv(built_store) == before_csv
    # a review of ours after the import still revises our own, not an imported one
    add_review(built_store, LOCATED, "true", "The article says so.", [], "rita")
    assert projection.read_claims(built_store, [LOCATED])[LOCATED].review.verdict == "true"


BAD_INPUTS = {
    "not JSON": (b"{\"claims\": [", "not JSON"),
    "not UTF-8": (b"\xff\xfe{}", "not UTF-8"),
    "a number": (b"42", "must hold a ClaimReview"),
    "no review": (b"[]", "no ClaimReview"),
    "missing url": (fact_check_tools({"text": "x", "claimReview": [{"textualRating": "False"}]}), "url is missing"),
    "url that is not http": (json_ld({"url": "file:///etc/passwd"}), "http or https"),
    "url with a space": (json_ld({"url": "https://a.example/x y"}), "http or https"),
    "bad review date": (fact_check_tools(api_claim("x", "https://a.example/1", "False", reviewDate="yesterday")), "reviewDate"),
    "no such day": (json_ld({"url": "https://a.example/1", "datePublished": "2025-02-30"}), "datePublished"),
    "moment without a zone": (json_ld({"url": "https://a.example/1", "datePublished": "2025-02-03T10:00:00"}), "datePublished"),
    "date in the future": (json_ld({"url": "https://a.example/1", "datePublished": "2999-01-01"}), "in the future"),
    "bad claim date": (fact_check_tools({**api_claim("x", "https://a.example/1", "False"), "claimDate": "soon"}), "claimDate"),
    "not a ClaimReview": (json.dumps([{"@type": "NewsArticle", "url": "https://a.example/1"}]).encode(), "not ClaimReview"),
    "rating that is a number": (fact_check_tools(api_claim("x", "https://a.example/1", 3)), "textualRating must be text"),
    "claims not a list": (b'{"claims": {"text": "x"}}', "must be a list"),
    "review list empty": (fact_check_tools({"text": "x", "claimReview": []}), "non-empty list"),
}


@pytest.mark.parametrize("name", BAD_INPUTS)
def test_bad_input_is_one_clear_error_and_stores_nothing(built_store: Store, name: str) -> None:
    content, message = BAD_INPUTS[name]
    good = api_claim("Anthropic is based in San Francisco.", "https://checkers.example/ok", "False")
    before = snapshot(built_store)
    with pytest.raises(InputError, match=message):
        _import(built_store, content)
    assert snapshot(built_store) == before
    if content.startswith(b'{"claims"') and b"claimReview" in content:  # a good review beside a bad one is not stored either
        mixed = json.loads(content)
        mixed["claims"].insert(0, good)
        with pytest.raises(InputError, match=message):
            _import(built_store, json.dumps(mixed).encode())
        assert snapshot(built_store) == before


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
                        st.sampled_from(["claims", "claimReview", "url", "@type", "@graph", "text", "reviewDate", "datePublished",
                                         "publisher", "author", "reviewRating", "itemReviewed", "textualRating", "x"]),
                        inner, max_size=5),
                    max_leaves=12))  # fmt: skip
def test_any_json_is_either_imported_or_refused_with_input_error(built_store: Store, data: object) -> None:
    """Arbitrary JSON never crashes the import with anything but a clear InputError, and a refusal writes nothing."""
    before = snapshot(built_store)
    try:
        parse(json.dumps(data))
    except InputError:
        with pytest.raises(InputError):
            _import(built_store, json.dumps(data).encode())
        assert snapshot(built_store) == before
    else:
        assert _import(built_store, json.dumps(data).encode())["imported"] >= 0


def test_an_editor_cannot_change_an_imported_review_over_sparql(built_store: Store) -> None:
    _import(built_store, fact_check_tools(api_claim("Anthropic is based in San Francisco.", "https://checkers.example/sf", "False")))
    (item,) = factchecks.external_reviews(built_store)["items"]
    before = snapshot(built_store)
    with pytest.raises(ValidationError, match="written by the service alone"):
        validated_update(built_store, f'INSERT DATA {{ <{item["iri"]}> cg:reviewsClaim <{claim_iri(NEAR_1TN)}> }}', agent="eddie")
    assert snapshot(built_store) == before


def test_urls_in_imported_reviews_are_kept_never_fetched(built_store: Store, listener) -> None:
    """Every URL a review names (its own, its publisher's, its item's) points at a loopback listener: none is opened,
    by the import or by listing the reviews."""
    base = f"http://127.0.0.1:{listener.port}"
    _import(built_store, json_ld({
        "url": f"{base}/review", "author": {"name": "Loop", "url": f"{base}/publisher"},
        "itemReviewed": {"@type": "Claim", "@id": f"{base}/claim", "url": f"{base}/claim-page", "appearance": {"url": f"{base}/a"}},
        "reviewRating": {"alternateName": "False", "image": f"{base}/image.png"},
    }))  # fmt: skip
    (item,) = factchecks.external_reviews(built_store)["items"]
    assert item["url"] == f"{base}/review" and item["publisher"]["site"] == f"{base}/publisher"
    assert listener.connections == 0


def test_import_and_listing_on_both_kinds_of_store(any_built_store: Store) -> None:
    """The embedded store and a remote one over SPARQL 1.1 store and list the same, and refuse the same."""
    _import(any_built_store, fact_check_tools(
        api_claim("Anthropic is based in San Francisco.", "https://checkers.example/sf", "False"),
        api_claim("Nothing we hold", "https://checkers.example/none", "Misleading"),
    ))  # fmt: skip
    listed = factchecks.external_reviews(any_built_store)["items"]
    assert sorted((item["url"], item["verdict"], [c["id"] for c in item["claims"]]) for item in listed) == [
        ("https://checkers.example/none", "misleading", []),
        ("https://checkers.example/sf", "false", [LOCATED]),
    ]
    before = snapshot(any_built_store)
    with pytest.raises(InputError):
        _import(any_built_store, json_ld({"url": "https://a.example/1", "datePublished": "never"}))
    assert snapshot(any_built_store) == before
