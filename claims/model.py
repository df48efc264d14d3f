"""Plain Python types for documents, entities and claims.

Nothing here knows RDF: the ``kg`` package maps these types to triples.
"""

from __future__ import annotations

from dataclasses import dataclass, field

CLAIM_TYPES = (
    "valuation",
    "market_cap",
    "funding",
    "investment",
    "revenue",
    "founding",
    "ownership",
    "location",
    "adoption",
    "warning",
    "policy",
    "pledge",
    "comparison",
    "other",
)
"""Claim types, as in the extraction conventions."""

ENTITY_TYPES = (
    "firm",
    "investor",
    "person",
    "institution",
    "government_body",
    "policy",
    "country",
    "region",
    "place",
    "sector",
    "group",
    "data_provider",
    "product",
    "publication",
    "anonymous_source",
)
"""Entity types; ``anonymous_source`` marks claimants the article does not name."""

ANONYMOUS_SOURCE = "anonymous_source"
"""The type of a claimant the article does not name; such an entity belongs to its one document."""

PRECISIONS = ("year", "month", "day")


@dataclass(frozen=True)
class TimeRef:
    """A time a claim was stated or is about.

    Attributes:
        value: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; None when the words do
            not fix it.
        precision: ``year``, ``month`` or ``day``; None with no value.
        expression: the original words ("last year"), if any.
        basis: why the value holds when it was inferred, not read.
    """

    value: str | None = None
    precision: str | None = None
    expression: str | None = None
    basis: str | None = None

    @property
    def known(self) -> bool:
        """Whether anything is known of the time: a value, or at least the words for it."""
        return self.value is not None or self.expression is not None


@dataclass(frozen=True)
class Money:
    """An amount of money: an ``amount``, or a range ``minimum``..``maximum``.

    Amounts are in full units of an ISO 4217 ``currency``.
    """

    currency: str
    amount: float | None = None
    minimum: float | None = None
    maximum: float | None = None
    approximate: bool = False


@dataclass(frozen=True)
class Literal:
    """A plain value that is not money: a year, a date or a short text."""

    text: str
    datatype: str = "string"
    """One of ``string``, ``gYear``, ``gYearMonth``, ``date``."""


@dataclass(frozen=True)
class Anchor:
    """Where a claim sits in its document's text (code-point offsets, end exclusive)."""

    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


@dataclass(frozen=True)
class Entity:
    """A firm, person, institution, place, policy or other thing claims are about."""

    id: str
    type: str
    label: str
    aliases: tuple[str, ...] = ()
    description: str | None = None


@dataclass(frozen=True)
class Document:
    """A document claims are stated in.

    ``None`` in an optional field means the value is unknown.
    """

    id: str
    sha256: str
    published: TimeRef
    language: str
    file: str | None = None
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class Claim:
    """One checkable factual statement with its provenance.

    The object is exactly one of an entity id, money or a literal. ``about`` is
    the time the claim is about, from its sentence's own words; an empty
    ``TimeRef()`` when the sentence gives none (unknown, never the publication
    date). ``stated`` is when it was said: the document's date unless the
    sentence says otherwise.
    """

    id: str
    document: str
    type: str
    statement: str
    subject: str
    predicate: str
    claimant: str
    anchor: Anchor
    about: TimeRef
    stated: TimeRef
    object_entity: str | None = None
    object_money: Money | None = None
    object_literal: Literal | None = None
    hedges: tuple[str, ...] = ()
    status: str = "unverified"


@dataclass(frozen=True)
class ClaimSet:
    """A document with the entities and claims curated for it."""

    document: Document
    entities: tuple[Entity, ...]
    claims: tuple[Claim, ...] = field(default_factory=tuple)

    def entity(self, entity_id: str) -> Entity:
        """Return the entity with this id (KeyError when absent)."""
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)
