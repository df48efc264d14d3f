"""Ingest a document: store its text and the candidate claims extracted from it, in one transaction.

The candidates become claims of the claim model with status ``candidate`` and
go through the same mapping (:mod:`claimgraph.kg.mapping`) and the same SHACL
shapes as curated claims. Names are linked to the store's entities where they
can be (:mod:`claimgraph.kg.linking`); the rest become proposed entities, and an
anonymous source is always the document's own. The
document, the claims, the proposed entities and a ``cg:Ingestion`` activity
that records who ingested it and when are written by one SPARQL Update request,
after all of it has passed validation; a document whose SHA-256 the store
already holds adds nothing. The same request holds the links proposed between a
new entity and one the record has under another label ("Veloria" and "Veloria
Robotics"), for a curator to confirm or refuse (:mod:`claimgraph.kg.resolution`).

How a candidate's type and object choose its predicate (the extractor's
predicates are phrases such as "valued at"; the store's are terms of
``ontology/predicates.ttl``):

- with money: the money property of its type (valuation, marketCapitalisation,
  fundingRaised, investmentAmount, revenue, pledgedAmount), else ``amount``;
- a founding year: ``foundingDate``; an entity object: foundedBy, parentOrganization,
  location, adoptedBy, comparedWith or fundedBy by type;
- otherwise its statement as text: warnedAbout, pledged, else ``fact``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import PurePath

from rdflib import URIRef
from rdflib.namespace import PROV, RDF

from claimgraph.claims.errors import InputError
from claimgraph.kg.errors import ValidationError
from claimgraph.claims.extraction import Candidate, extract
from claimgraph.claims.texts import MAX_BYTES, check_text
from claimgraph.claims.model import Anchor, Claim, ClaimSet, Document, Entity, Money, TimeRef
from claimgraph.claims.model import Literal as LiteralValue
from claimgraph.claims.times import parse_time
from claimgraph.kg import linking, resolution
from claimgraph.kg.activities import activity_quads, ended
from claimgraph.kg.locks import WRITE_LOCK
from claimgraph.kg.build import vocabulary_quads
from claimgraph.kg.mapping import DEFAULT, Quad, claim_set_quads
from claimgraph.kg.namespaces import BASE, CG, ONTOLOGY_GRAPH, claim_iri, document_iri, entity_iri, short_id
from claimgraph.kg.reviews import evidence_links
from claimgraph.kg.store import Store, Touched, insert_data
from claimgraph.kg.validation import problems

LANGUAGE = "en"
"""The language of ingested documents: the extractor reads English."""
CONTEXT = 32
"""Characters of text kept as an anchor's prefix and suffix."""

MONEY_PREDICATES = {
    "valuation": "valuation", "market_cap": "marketCapitalisation", "funding": "fundingRaised",
    "investment": "investmentAmount", "revenue": "revenue", "pledge": "pledgedAmount",
}  # fmt: skip
ENTITY_PREDICATES = {
    "founding": ("foundedBy", "founder"), "ownership": ("parentOrganization", "object"), "location": ("location", "place"),
    "adoption": ("adoptedBy", "object"), "comparison": ("comparedWith", "object"), "funding": ("fundedBy", "investor"),
}  # fmt: skip
"""Predicate and linking role of a candidate's object entity, by claim type."""
TEXT_PREDICATES = {"warning": "warnedAbout", "pledge": "pledged"}
GENERAL_MONEY, GENERAL_TEXT = "amount", "fact"

def anchor(text: str, start: int, end: int, exact: str | None = None) -> Anchor:
    """The anchor of ``text[start:end]`` (or of ``exact`` there), with its prefix and suffix."""
    return Anchor(start, end, text[start:end] if exact is None else exact, text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT])


def sha256_hex(text: str) -> str:
    """The SHA-256 of a text's UTF-8 bytes, in lower-case hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def find_document(store: Store, sha256: str) -> str | None:
    """The id of the document with this SHA-256 in the store, if there is one."""
    rows = store.select(f'SELECT ?document WHERE {{ ?document a cg:Document ; cg:sha256 "{sha256}" }} ORDER BY ?document LIMIT 1')
    return short_id(rows[0]["document"]) if rows else None


@dataclass(frozen=True)
class IngestReport:
    """What an ingest stored (or found already stored)."""

    document: str
    sha256: str
    created: bool
    claims: tuple[Claim, ...] = ()
    linked: tuple[str, ...] = ()
    """Ids of existing entities the claims link to."""
    proposed: tuple[Entity, ...] = ()
    """New entities the ingest proposed."""
    skipped: tuple[str, ...] = ()
    """Quotes of candidates that name no subject and no source, so could not become claims."""
    same_as: tuple[resolution.Proposal, ...] = ()
    """Links proposed between the new entities and entities the record has under another label."""

    def json(self) -> dict[str, object]:
        """The report as the API answers it."""
        return {
            "document": {"id": self.document, "iri": str(document_iri(self.document))},
            "sha256": self.sha256,
            "created": self.created,
            "claims": [
                {"id": c.id, "iri": str(claim_iri(c.id)), "type": c.type, "statement": c.statement, "status": c.status,
                 "subject": c.subject, "predicate": c.predicate, "claimant": c.claimant,
                 "anchor": {"start": c.anchor.start, "end": c.anchor.end}}
                for c in self.claims
            ],  # fmt: skip
            "entities": {
                "linked": [{"id": e, "iri": str(entity_iri(e))} for e in self.linked],
                "proposed": [{"id": e.id, "iri": str(entity_iri(e.id)), "label": e.label, "type": e.type} for e in self.proposed],
            },
            "skipped": list(self.skipped),
            "link_proposals": [
                {"id": p.id, "kept": p.kept, "other": p.other, "evidence": list(p.evidence), "similarity": p.similarity}
                for p in self.same_as
            ],
        }


def _object(candidate: Candidate, names: linking.Linker) -> tuple[str, str | None, Money | None, LiteralValue | None]:
    """``(predicate, object entity, money, literal)`` of a candidate; exactly one object is set."""
    kind = candidate.type
    if candidate.value is not None:
        return MONEY_PREDICATES.get(kind, GENERAL_MONEY), None, candidate.value, None
    if candidate.object and kind == "founding" and re.fullmatch(r"\d{4}", candidate.object):
        return "foundingDate", None, None, LiteralValue(candidate.object, "gYear")
    if candidate.object and kind in ENTITY_PREDICATES:
        predicate, role = ENTITY_PREDICATES[kind]
        return predicate, names.resolve(candidate.object, role), None, None
    return TEXT_PREDICATES.get(kind, GENERAL_TEXT), None, None, LiteralValue(_statement(candidate))


def _statement(candidate: Candidate) -> str:
    return " ".join(candidate.statement.split()) or " ".join(candidate.quote.split())


def candidate_claim(
    candidate: Candidate, claim_id: str, document: Document, text: str, claimant: str, names: linking.Linker
) -> Claim | None:
    """A candidate as a claim of the model with status ``candidate``; None when it names no subject and no source.

    A candidate with no subject takes its source as subject; one in the
    article's own voice is attributed to ``claimant`` (the publisher).
    """
    subject_name = candidate.subject or candidate.attribution
    if not subject_name:
        return None
    subject = names.resolve(subject_name, "subject")
    source = claimant if candidate.attribution is None else names.resolve(candidate.attribution, "claimant")
    predicate, entity, money, literal = _object(candidate, names)
    time = candidate.time
    return Claim(
        id=claim_id,
        document=document.id,
        type=candidate.type,
        statement=_statement(candidate),
        subject=subject,
        predicate=predicate,
        claimant=source,
        anchor=anchor(text, candidate.start, candidate.end),
        about=TimeRef() if time is None else TimeRef(time.value, time.precision, time.expression),
        stated=document.published,
        object_entity=entity,
        object_money=money,
        object_literal=literal,
        hedges=tuple(candidate.hedges),
        status="candidate",
    )


def ingestion_iri(document_id: str) -> URIRef:
    """The IRI of the activity that ingested a document."""
    return URIRef(f"{BASE}ingestion/{document_id}")


def ingestion_quads(document_id: str, generated: list[URIRef], agent: str, when: dt.datetime) -> list[Quad]:
    """The ``cg:Ingestion`` activity: the document it used, what it generated, who ran it and when."""
    activity = ingestion_iri(document_id)
    quads = activity_quads(activity, CG.Ingestion, agent, when) + [(activity, PROV.used, document_iri(document_id), DEFAULT)]
    return quads + [(activity, PROV.generated, iri, DEFAULT) for iri in generated]


def document_id(sha256: str, title: str | None, file: str | None) -> str:
    """A readable, unique id: the title's (or file name's) words and the start of the hash.

    >>> document_id("ab" * 32, "Helixgrid raises €85m", None)
    'helixgrid-raises-85m-abababab'
    """
    words = title or (PurePath(file).stem if file else None) or "document"
    return f"{linking.slug(words)[:50].strip('-')}-{sha256[:8]}"


def _checked_url(url: str | None) -> str | None:
    if url is None or not url.strip():
        return None
    try:
        evidence_links([url.strip()])
    except InputError:
        raise InputError(f"url {url!r} is not an http or https link") from None
    return url.strip()


def _clean(value: str | None, field: str) -> str | None:
    if value is None or not value.strip():
        return None
    if "\n" in value.strip() or len(value) > 1000:
        raise InputError(f"{field} must be one line of at most 1000 characters")
    return " ".join(value.split())


def validate(quads: list[Quad], context: list[Quad]) -> None:
    """Raise ``ValidationError`` for any violation of the nodes ``quads`` describe.

    ``context`` holds what the store already has and the shapes look at (the
    types of linked entities, a document's text); its nodes are not validated.
    """
    known = {s for s, _, _, _ in context}
    focus = sorted({s for s, _, _, _ in quads if isinstance(s, URIRef) and s not in known})
    found = problems(quads + context, focus)
    if found:
        raise ValidationError(found)


def ingest(
    store: Store,
    text: str | bytes,
    published: str,
    *,
    title: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    file: str | None = None,
    agent: str = "claimgraph",
    max_bytes: int = MAX_BYTES,
    now: dt.datetime | None = None,
) -> IngestReport:
    """Store a document and its candidate claims; a document already stored (same SHA-256) adds nothing.

    Args:
        store: where to write.
        text: the article (``str``, or bytes decoded strictly as UTF-8).
        published: the publication date, ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.
        title, publisher, url, file: what is known of the document; left out, they are recorded as unknown
            (``publisher`` is a name, linked to an entity or proposed as a publication).
        agent: who ingests, for the record.
        max_bytes: the size limit of the text.
        now: when, for the record (default: the present).

    Raises:
        InputError: empty, binary, non-UTF-8 or oversized text, a bad date or URL; nothing is stored.
        ValidationError: the result would break a shape; nothing is stored.
    """
    text = check_text(text, max_bytes)
    when = parse_time(published)
    if when.value is None:
        raise InputError("the publication date is required (YYYY, YYYY-MM or YYYY-MM-DD)")
    title, publisher, url = _clean(title, "title"), _clean(publisher, "publisher"), _checked_url(url)
    agent = _clean(agent, "agent") or "claimgraph"
    digest = sha256_hex(text)
    if (found := find_document(store, digest)) is not None:
        return IngestReport(found, digest, created=False)
    candidates = extract(text, when.value, max_bytes=max_bytes)
    with WRITE_LOCK:
        if (found := find_document(store, digest)) is not None:
            return IngestReport(found, digest, created=False)
        doc_id = document_id(digest, title, file)
        names = linking.linker(store, doc_id, title)
        publisher_id = names.resolve(publisher, "publisher") if publisher else None
        claimant = publisher_id or names.resolve(f"Unnamed publisher of {doc_id}", "publisher")
        document = Document(
            id=doc_id, sha256=digest, published=when, language=LANGUAGE, file=PurePath(file).name if file else None,
            title=title, publisher=publisher_id, url=url, text=text,
        )  # fmt: skip
        claims, skipped = [], []
        for candidate in candidates:
            claim = candidate_claim(candidate, f"{doc_id}-{len(claims) + 1:02d}", document, text, claimant, names)
            if claim is None:
                skipped.append(candidate.quote)
            else:
                claims.append(claim)
        proposed = list(names.proposed.values())
        links = resolution.propose(
            [resolution.candidate(e) for e in proposed], resolution.stored_candidates(store), resolution.proposed_pairs(store)
        )
        quads = claim_set_quads(ClaimSet(document, tuple(proposed), tuple(claims)))
        quads += [quad for link in links for quad in resolution.proposal_quads(link)]
        generated = [claim_iri(c.id) for c in claims] + [entity_iri(e.id) for e in proposed] + [resolution.proposal_iri(link.id) for link in links]
        quads += ingestion_quads(doc_id, generated, agent, ended(now))
        validate(quads, [(entity_iri(e), RDF.type, CG.Entity, DEFAULT) for e in names.linked])
        if not store.query(f"ASK {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}").askAnswer:
            quads = vocabulary_quads() + quads
        store.update(insert_data(quads), touched=Touched(frozenset(c.id for c in claims), frozenset(names.linked) | frozenset(names.proposed)))
    return IngestReport(doc_id, digest, True, tuple(claims), tuple(names.linked), tuple(proposed), tuple(skipped), tuple(links))
