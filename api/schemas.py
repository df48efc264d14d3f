"""The shapes of what the JSON routes answer, as pydantic models, so that ``/openapi.json`` describes real answers.

Fields mirror the dicts ``kg.resources``, ``kg.reviews`` and ``kg.analysis``
build; FastAPI checks every answer against its model before it is sent.
"""

from __future__ import annotations

from typing import Annotated, Generic, Literal, TypeVar, Union

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from claimgraph.claims.errors import InputError
from claimgraph.kg.reviews import evidence_links

T = TypeVar("T")


def _evidence(links: list[str]) -> list[str]:
    try:
        evidence_links(links)
    except InputError as error:
        raise ValueError(str(error)) from None
    return links


EvidenceLinks = Annotated[list[str], AfterValidator(_evidence)]
"""Evidence as a request gives it: http or https links, refused with the reason otherwise."""


class Shape(BaseModel):
    """A closed answer shape: a field the model does not name is an error, not a silent extra."""

    model_config = ConfigDict(extra="forbid")


class Page(Shape, Generic[T]):
    """A window of a list: its items, how many there are in all, and where the window sits."""

    items: list[T]
    total: int
    limit: int | None = Field(description="None: every item from offset on")
    offset: int


class Ref(Shape):
    """An entity or document named by a claim."""

    id: str
    iri: str
    label: str | None = None


class DocumentRef(Shape):
    id: str
    iri: str


class TimeAbout(Shape):
    """The time a claim is about: all null when its sentence gives none."""

    value: str | None
    precision: Literal["year", "month", "day"] | None
    expression: str | None = Field(description="the original words, e.g. 'last year'")
    start: str | None = Field(description="first day covered (ISO date)")
    end: str | None = Field(description="last day covered (ISO date)")


class Anchor(Shape):
    """Where the claim sits in its document (Unicode code points, end exclusive)."""

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


class Claim(Shape):
    """A claim with its provenance, as lists show it."""

    id: str
    iri: str
    type: str
    statement: str
    status: str
    verdict: str | None = Field(description="the current review's normalised verdict; null when not reviewed")
    subject: Ref
    predicate: str
    object: Ref | None
    claimant: Ref
    document: DocumentRef
    time_about: TimeAbout
    stated: str | None = Field(description="when it was stated (the document's date unless the sentence says)")
    anchor: Anchor | None
    offered_verdicts: list[OfferedVerdict] | None = Field(
        None, description="in the curation queue (status=candidate): the verdicts of matching claims on the record, offered, not copied"
    )


class AmountValue(Shape):
    kind: Literal["money"]
    currency: str
    amount: float | None
    minimum: float | None
    maximum: float | None
    approximate: bool


class TextValue(Shape):
    kind: Literal["literal"]
    value: str


class EntityValue(Shape):
    kind: Literal["entity"]
    id: str
    iri: str
    label: str | None


Value = Annotated[Union[AmountValue, TextValue, EntityValue], Field(discriminator="kind")]


class Context(Shape):
    """The quote with the document's text around it."""

    before: str
    exact: str
    after: str


class Review(Shape):
    """One review of a claim."""

    id: str
    iri: str
    claim: DocumentRef
    verdict: str
    label: str
    rating_value: int
    worst_rating: int
    best_rating: int
    rationale: str
    evidence: list[str]
    reviewer: str = Field(description="who was authenticated when the review was written")
    display_name: str | None = Field(None, description="a name the reviewer gave to show beside their own")
    date: str
    revises: str | None
    current: bool


class ClaimDetails(Claim):
    """A claim with its value, hedges, the quote in context, its reviews and related claims."""

    value: Value | None
    hedges: list[str]
    context: Context | None
    reviews: list[Review]
    current_review: Review | None
    related: list[Claim]


class Entity(Shape):
    """An entity with its counts of claims on the record."""

    id: str
    iri: str
    label: str
    type: str
    aliases: list[str]
    description: str | None
    claims_about: int
    claims_mentioning: int
    claims_attributed: int


class Link(Shape):
    """An entity linked to another through claims."""

    id: str
    iri: str
    label: str | None
    claims: list[str]


class EntityDetails(Entity):
    about: list[Claim]
    mentioned_in: list[Claim]
    attributed: list[Claim]
    linked: list[Link]


class Published(Shape):
    value: str | None
    precision: str | None
    basis: str | None


class DocumentBase(Shape):
    id: str
    iri: str
    title: str | None
    publisher: Ref | None
    language: str
    sha256: str
    url: str | None
    published: Published


class Document(DocumentBase):
    """A document without its text, with how many of its claims are on the record."""

    claims: int


class DocumentDetails(DocumentBase):
    """A document with its text and its claims on the record."""

    text: str | None
    claims: list[Claim]


class Source(Shape):
    id: str
    iri: str
    label: str
    type: str
    anonymous: bool
    claims: int


class Health(Shape):
    status: Literal["ok"]


class CentralityRow(Shape):
    id: str
    label: str
    type: str
    links: int
    claims: int
    degree: float
    betweenness: float
    betweenness_estimated: bool
    pagerank: float


class Centrality(Shape):
    items: list[CentralityRow]
    total: int


class Member(Shape):
    id: str
    label: str
    type: str


class Community(Shape):
    community: int
    size: int
    members: list[Member]
    claims: list[str]


class Communities(Shape):
    seed: int
    items: list[Community]
    total: int


class Claimant(Shape):
    id: str
    label: str
    type: str | None


class ClaimSummary(Shape):
    """What a reader needs to trace a claim in an analysis."""

    id: str
    iri: str
    type: str
    predicate: str
    statement: str
    quote: str | None
    claimant: Claimant
    document: str
    about: str | None
    stated: str | None
    value: str | None
    verdict: str


class HopClaim(ClaimSummary):
    link: Literal["assertion", "attribution"]
    direction: list[str]


class Named(Shape):
    id: str
    label: str


class Hop(Shape):
    from_: Named = Field(alias="from")
    to: Named
    claims: list[HopClaim]

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Path(Shape):
    from_: Named = Field(alias="from")
    to: Named
    length: int
    entities: list[Named]
    hops: list[Hop]

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class ClaimantCount(Claimant):
    claims: int
    anonymous: bool


class SingleSourceEntity(Claimant):
    source: Claimant
    claims: list[str]


class MatchedClaim(ClaimSummary):
    status: str


class MatchSource(Shape):
    """One independent claimant of a group: a named one, or every anonymous source of the group counted once."""

    id: str | None = Field(description="the claimant's entity id; null for the anonymous sources, counted as one")
    label: str
    anonymous: bool
    claims: list[str]


class MatchValue(Shape):
    value: str = Field(description="the value in a few words")
    claims: list[str]


class Appearance(Shape):
    claim: str
    document: str
    stated: str | None


class MatchGroup(Shape):
    """One claim made in several documents: claims of one subject and predicate whose values and times all agree."""

    subject: Named
    predicate: str
    documents: int
    independent_claimants: int = Field(description="claimants counted once each, every anonymous source of the group as one")
    claimants: list[MatchSource]
    earliest: Appearance
    values: list[MatchValue]
    values_differ: bool = Field(description="the members give the value in different words or precision (all compatible)")
    claims: list[MatchedClaim] = Field(description="earliest stated first, each with its verdict")


class OfferedVerdict(Shape):
    """The current verdict of a matching claim on the record, offered to a curator; never copied."""

    claim: str
    document: str
    verdict: str
    label: str
    review: str


class Matches(Shape):
    """The claims on the record that make the same claim as this one."""

    claim: str
    on_record: bool = Field(description="false: the claim is not on the record (a candidate), and the group is the one it would join")
    group: MatchGroup | None
    offered_verdicts: list[OfferedVerdict]


class SourceDependence(Shape):
    claimants: list[ClaimantCount]
    anonymous: list[ClaimSummary]
    single_claimant: list[ClaimSummary]
    own_word: list[ClaimSummary]
    single_source_entities: list[SingleSourceEntity]
    corroborated: list[MatchGroup] = Field(description="claims made in several documents, most independent claimants first")


class Conflict(Shape):
    subject: Named
    predicate: str
    reason: str
    claims: list[ClaimSummary]


class Conflicts(Shape):
    items: list[Conflict]
    total: int
    unknown_time: list[Conflict]


class Change(Shape):
    """One field an edit changed, old and new as text."""

    field: str
    old: str | None
    new: str | None


class Curation(Shape):
    """One curation of a claim: who accepted, rejected, edited or retracted it, and when."""

    id: str
    iri: str
    claim: DocumentRef
    action: Literal["accept", "reject", "edit", "retract"]
    curator: str
    date: str
    status_before: str
    status_after: str
    note: str | None
    changes: list[Change]


class Curated(Shape):
    """What a curation answers: its record and the claim as it is now."""

    curation: Curation
    claim: Claim


class UpdateRecord(Shape):
    """An editor's SPARQL update as it was sent, with the quads it added and removed (N-Quads)."""

    text: str
    added: str | None
    removed: str | None


class Activity(Shape):
    """One write on the record: a build, an ingest, a curation, a review or an editor's SPARQL update."""

    id: str
    iri: str
    kind: str
    agent: str = Field(description="who was authenticated (the token's name; --by on the command line)")
    display_name: str | None
    time: str
    claims: list[DocumentRef]
    documents: list[DocumentRef]
    review: DocumentRef | None
    verdict: str | None
    action: str | None
    status_before: str | None
    status_after: str | None
    note: str | None
    update: UpdateRecord | None


class IngestedClaim(Shape):
    id: str
    iri: str
    type: str
    statement: str
    status: str
    subject: str
    predicate: str
    claimant: str
    anchor: dict[Literal["start", "end"], int]


class ProposedEntity(Shape):
    id: str
    iri: str
    label: str
    type: str


class IngestedEntities(Shape):
    linked: list[DocumentRef]
    proposed: list[ProposedEntity]


class IngestedLink(Shape):
    """A link proposed between an entity of the document and one the record has under another label."""

    id: str
    kept: str
    other: str
    evidence: list[str]
    similarity: int


class Ingested(Shape):
    """What an ingest stored: the document, its candidate claims, the entities they were linked to or proposed, and
    the links proposed between new entities and known ones."""

    document: DocumentRef
    sha256: str
    created: bool
    claims: list[IngestedClaim]
    entities: IngestedEntities
    skipped: list[str]
    link_proposals: list[IngestedLink]


class LinkedEntity(Shape):
    id: str
    label: str | None = Field(description="null once the entity was merged into another")


class LinkDecision(Shape):
    id: str
    action: Literal["propose", "merge", "refuse", "undo"]
    time: str


class LinkProposal(Shape):
    """Two entities proposed as one, with the evidence, and what curators decided."""

    id: str
    iri: str
    status: Literal["proposed", "confirmed", "refused"]
    similarity: int = Field(description="the best token-set ratio of their names, 0 to 100")
    kept: LinkedEntity = Field(description="the entity the record had first; a merge keeps it")
    other: LinkedEntity = Field(description="the entity a merge folds into the kept one")
    evidence: list[str]
    decisions: list[LinkDecision]


PledgeState = Literal["open", "kept", "partly_kept", "broken", "withdrawn"]
"""The fulfilment states a reviewer records for a pledge (``open`` too while none is recorded)."""


class FulfilmentRecord(Shape):
    """One record of a pledge's fulfilment state."""

    id: str
    state: PledgeState
    rationale: str
    evidence: list[str]
    date: str = Field(description="the day the state holds from, as the reviewer gave it")
    recorded: str | None = Field(description="when it entered the record (set by the server)")
    by: str = Field(description="who recorded it: the authenticated name")
    revises: str | None
    current: bool


class PledgeMaker(Shape):
    id: str
    label: str


class Pledge(Shape):
    """A pledge on the record: who made it, its quote, the day it falls due (none unless its words set a deadline), its state."""

    id: str
    iri: str
    statement: str
    quote: str | None
    claimant: PledgeMaker
    subject: str
    document: str
    deadline: str | None = Field(description="the words that set the deadline, e.g. 'by 2028'; null without a due date")
    due: str | None = Field(description="the day it falls due (ISO date); null when its words set no deadline")
    due_precision: Literal["year", "month", "day"] | None = Field(description="the precision of the deadline's words")
    state: PledgeState = Field(description="its fulfilment state at the time asked; open while none is recorded")
    overdue: bool = Field(description="its due date has passed at the time asked and it is still open")
    state_date: str | None = Field(description="the day its current state holds from; null while none is recorded")
    history: list[FulfilmentRecord] = Field(description="the records of its state written by the time asked, oldest first")


class Pledges(Shape):
    """The pledges on the record at a time, with their states then."""

    as_of: str
    items: list[Pledge]


class RecordChange(Shape):
    """A change of the record: a claim entered or left it, or a review of it was written."""

    time: str
    claim: str
    what: Literal["entered", "left", "reviewed"]
    write: str = Field(description="the id of the write (activity) that made the change")
    agent: str | None
    review: str | None
    verdict: str | None


class TimelineEvent(Shape):
    """One moment of a claim's life: when it was stated, the time it is about, or a write of the record about it."""

    what: Literal["stated", "about", "recorded", "accepted", "rejected", "edited", "retracted", "left_record", "reviewed", "fulfilment"]
    time: str | None = Field(description="a date of the claim's own (stated, about), else when the write entered the record")
    precision: str | None = Field(description="year, month or day, for stated and about")
    by: str | None = Field(description="the claimant for stated; the authenticated agent of a write")
    activity: str | None = Field(description="the IRI of the write")
    note: str | None = Field(description="the document's date, the time's words, a curation's note or reason, a fulfilment's rationale")
    verdict: str | None
    state: str | None = Field(description="a pledge's fulfilment state")
    date: str | None = Field(description="the day a fulfilment state holds from")


class Timeline(Shape):
    """A claim's timeline, its own dates first, then the writes oldest first."""

    claim: str
    items: list[TimelineEvent]


class Publisher(Shape):
    """Who published an external review, as it names itself."""

    name: str | None
    site: str | None


class Imported(Shape):
    """Where an external review came from: the import that stored it."""

    activity: str = Field(description="the id of the cg:ClaimReviewImport activity")
    by: str = Field(description="who imported it (the authenticated name)")
    at: str = Field(description="when it was imported (the server's time)")
    source: str = Field(description="the name of the file or request it was read from")


class ExternalReview(Shape):
    """A fact-check another publisher published, as imported: never a verdict of ours."""

    id: str
    iri: str
    url: str = Field(description="where it was published (kept as data, never fetched)")
    publisher: Publisher
    date: str | None = Field(description="when it was published, as given")
    headline: str | None
    language: str | None
    rating: str | None = Field(description="the rating label as published")
    verdict: str = Field(description="the verdict of our scale the label maps to, or other")
    claim_reviewed: str | None = Field(description="the claim in the reviewer's words")
    claimant: str | None
    claim_date: str | None
    claims: list[Ref] = Field(description="the claims on the record it was matched to at import (none: unmatched)")
    matched_by: Literal["iri", "url", "text"] | None
    imported: Imported


class ImportedReview(Shape):
    """One review an import stored."""

    id: str
    iri: str
    url: str
    rating: str | None
    verdict: str
    claims: list[str]
    matched_by: Literal["iri", "url", "text"] | None


class ClaimReviewImport(Shape):
    """What an import stored: its activity (none when every review was stored already), and the new reviews."""

    activity: str | None
    imported: int
    already_stored: int
    matched: int
    items: list[ImportedReview]
