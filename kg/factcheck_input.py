"""Read other fact-checkers' reviews from JSON: schema.org ClaimReview JSON-LD (one object, a list, or a document
with an ``@graph``) or the Google Fact Check Tools API's answer (``{"claims": [{"text", "claimant", "claimDate",
"claimReview": [{"publisher", "url", "title", "reviewDate", "textualRating", "languageCode"}]}]}``).

Every review is checked before anything is stored: a missing or non-http URL, a date that is not one (or is after
today), a field of the wrong kind, is one error naming the review and the field. URLs are kept as data; nothing
here or later fetches them.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from claimgraph.claims.errors import InputError
from claimgraph.kg.errors import excerpt
from claimgraph.kg.reviews import web_link

MAX_TEXT = 10_000
"""The most characters a text field of an imported review may have."""


@dataclass(frozen=True)
class ExternalReview:
    """One fact-check published elsewhere, as read: what it says, about which claim, and who published it."""

    url: str
    rating: str | None
    """The rating label as published (``alternateName``, ``textualRating``); None when it gives none."""
    publisher: str | None
    publisher_site: str | None
    date: str | None
    """When the review was published: ``YYYY-MM-DD``, or an ISO 8601 moment with its zone (``xsd:dateTime``'s form)."""
    title: str | None
    language: str | None
    claim_text: str | None
    """The claim the review is about, in the reviewer's words (``claimReviewed``, the API's ``text``)."""
    claimant: str | None
    claim_date: str | None
    item_refs: tuple[str, ...]
    """What the review names as the item it reviewed: the claim's ``@id`` and ``url`` (how a claim of ours is named)."""


def parse(text: str | bytes) -> list[ExternalReview]:
    """The reviews a JSON text holds, in either shape.

    Raises:
        InputError: not JSON, neither shape, no review in it, or a review with a bad field.

    >>> [r.rating for r in parse('{"claims": [{"text": "x", "claimReview": [{"url": "https://f.example/1", "textualRating": "False"}]}]}')]
    ['False']
    """
    try:
        data = json.loads(text.decode("utf-8") if isinstance(text, bytes) else text)
    except UnicodeDecodeError:
        raise InputError("the file is not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise InputError(f"the file is not JSON: {error}") from None
    if isinstance(data, dict) and "claims" in data and "@context" not in data:
        found = _from_fact_check_api(data)
    else:
        found = _from_json_ld(data)
    if not found:
        raise InputError("no ClaimReview in the file (a ClaimReview object, a list or @graph of them, or a Fact Check Tools answer)")
    return found


def _from_fact_check_api(data: dict[str, object]) -> list[ExternalReview]:
    claims = data["claims"]
    if not isinstance(claims, list):
        raise InputError("'claims' must be a list of claims")
    found = []
    for number, claim in enumerate(claims, 1):
        where = f"claim {number}"
        claim = _object(claim, where)
        reviews = claim.get("claimReview")
        if not isinstance(reviews, list) or not reviews:
            raise InputError(f"{where}: 'claimReview' must be a non-empty list of reviews")
        for index, review in enumerate(reviews, 1):
            at = f"{where}, review {index}"
            review = _object(review, at)
            publisher = _object(review.get("publisher") or {}, f"{at}: publisher")
            found.append(ExternalReview(
                url=_url(review.get("url"), at),
                rating=_text(review.get("textualRating"), at, "textualRating"),
                publisher=_text(publisher.get("name"), at, "publisher.name"),
                publisher_site=_text(publisher.get("site"), at, "publisher.site"),
                date=_date(review.get("reviewDate"), at, "reviewDate"),
                title=_text(review.get("title"), at, "title"),
                language=_text(review.get("languageCode"), at, "languageCode"),
                claim_text=_text(claim.get("text"), where, "text"),
                claimant=_text(claim.get("claimant"), where, "claimant"),
                claim_date=_date(claim.get("claimDate"), where, "claimDate"),
                item_refs=(),
            ))  # fmt: skip
    return found


def _is_claim_review(node: dict[str, object]) -> bool:
    kinds = node.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(kind, str) and kind.rsplit("/", 1)[-1].rsplit(":", 1)[-1] == "ClaimReview" for kind in kinds)


def _from_json_ld(data: object) -> list[ExternalReview]:
    if isinstance(data, dict) and "@graph" in data:
        nodes = data["@graph"]
        if not isinstance(nodes, list):
            raise InputError("'@graph' must be a list")
        nodes = [node for node in nodes if isinstance(node, dict) and _is_claim_review(node)]
    elif isinstance(data, list):
        nodes = data
    elif isinstance(data, dict):
        nodes = [data]
    else:
        raise InputError("the file must hold a ClaimReview object, a list or @graph of them, or a Fact Check Tools answer")
    found = []
    for number, node in enumerate(nodes, 1):
        at = f"review {number}"
        node = _object(node, at)
        if not _is_claim_review(node):
            raise InputError(f"{at}: its @type is {excerpt(str(node.get('@type')))}, not ClaimReview")
        publisher = _object(_first(node.get("author") or node.get("publisher") or {}), f"{at}: author")
        rating = _object(node.get("reviewRating") or {}, f"{at}: reviewRating")
        item = _object(_first(node.get("itemReviewed") or {}), f"{at}: itemReviewed")
        claimant = _object(_first(item.get("author") or {}), f"{at}: itemReviewed.author")
        refs = tuple(ref for ref in (_text(item.get("@id"), at, "itemReviewed.@id"), _text(item.get("url"), at, "itemReviewed.url")) if ref)
        found.append(ExternalReview(
            url=_url(node.get("url"), at),
            rating=_text(rating.get("alternateName") or rating.get("name"), at, "reviewRating.alternateName"),
            publisher=_text(publisher.get("name"), at, "author.name"),
            publisher_site=_text(publisher.get("url"), at, "author.url"),
            date=_date(node.get("datePublished"), at, "datePublished"),
            title=_text(node.get("headline") or node.get("name"), at, "headline"),
            language=_text(node.get("inLanguage"), at, "inLanguage"),
            claim_text=_text(node.get("claimReviewed"), at, "claimReviewed"),
            claimant=_text(claimant.get("name"), at, "itemReviewed.author.name"),
            claim_date=_date(item.get("datePublished"), at, "itemReviewed.datePublished"),
            item_refs=refs,
        ))  # fmt: skip
    return found


def _first(value: object) -> object:
    """The first of a list (JSON-LD allows several authors), else the value."""
    return value[0] if isinstance(value, list) and value else value


def _object(value: object, at: str) -> dict[str, object]:
    if not isinstance(value, dict):
        raise InputError(f"{at}: must be a JSON object, not {type(value).__name__}")
    return value


def _text(value: object, at: str, field: str) -> str | None:
    """A text field on one line, or None when absent or blank."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"{at}: {field} must be text, not {type(value).__name__}")
    if len(value) > MAX_TEXT:
        raise InputError(f"{at}: {field} is longer than {MAX_TEXT} characters")
    return " ".join(value.split()) or None


def _url(value: object, at: str) -> str:
    url = _text(value, at, "url")
    if url is None:
        raise InputError(f"{at}: the review's url is missing; every imported review names where it was published")
    return str(web_link(url, f"{at}: url"))


def _date(value: object, at: str, field: str) -> str | None:
    """A date (``YYYY-MM-DD``) or a moment with its zone, no later than today; None when absent."""
    text = _text(value, at, field)
    if text is None:
        return None
    try:
        if len(text) == len("YYYY-MM-DD"):
            day = dt.date.fromisoformat(text)
            written = day.isoformat()
        else:
            moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
            if moment.tzinfo is None:
                raise ValueError("no time zone")
            day, written = moment.astimezone(dt.timezone.utc).date(), moment.isoformat()
    except ValueError:
        raise InputError(f"{at}: {field} {excerpt(text)} is not a date (YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SSZ with its zone)") from None
    if day > dt.datetime.now(dt.timezone.utc).date() + dt.timedelta(days=1):
        raise InputError(f"{at}: {field} {text} is in the future")
    return written
