"""Curation of claims: accept, edit, reject or retract one, recording who did it and when.

- ``accept``: a candidate becomes ``unverified`` (a confirmed claim, not yet reviewed).
- ``reject``: a candidate becomes ``rejected``; it is kept, but not on the record.
- ``edit``: any field of a candidate or unverified claim; the claim is rebuilt through the
  same mapping as curated claims and must pass the same shapes (the anchor is checked
  against the document's stored text), else nothing is written.
- ``retract``: a claim on the record (unverified, in review, reviewed) becomes
  ``retracted``, with a reason; its triples are kept.

Which action a status allows is the lifecycle's to say (:mod:`claimgraph.claims.lifecycle`).
Each change is a ``cg:Curation`` PROV activity (:mod:`claimgraph.kg.activities`):
``cg:curated`` the claim, ``cg:action``, ``cg:statusBefore`` / ``cg:statusAfter``,
``prov:wasAssociatedWith`` a named curator, ``prov:endedAtTime``, an ``rdfs:comment``
(optional; a retraction's reason, required), and for an edit one ``cg:change`` per
field with its old and new value as text. The change and its record are written by
one SPARQL Update request.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, replace

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from claimgraph.claims import lifecycle
from claimgraph.claims.errors import InputError
from claimgraph.kg.errors import NotFoundError
from claimgraph.claims.model import CLAIM_TYPES, Anchor, Claim, Money, TimeRef
from claimgraph.claims.model import Literal as LiteralValue
from claimgraph.kg import linking, projection
from claimgraph.kg.projection import require_claim
from claimgraph.kg.activities import activity_quads, agent_name, ended, record_changes
from claimgraph.kg.locks import WRITE_LOCK
from claimgraph.kg.ingest import anchor, validate
from claimgraph.kg.mapping import DEFAULT, Quad, claim_quads, entity_quads
from claimgraph.kg.namespaces import BASE, CG, OA, STATUS, claim_iri, document_iri, entity_iri, is_id, short_id, sparql_prefixes
from claimgraph.kg.store import Store, Touched, insert_data
from claimgraph.kg.errors import excerpt

ACTIONS = lifecycle.CURATION
FIELDS = ("type", "statement", "subject", "predicate", "object", "claimant", "time", "hedges", "anchor")
"""The fields an edit can change, as the curation record names them."""
_PREDICATE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class Edit:
    """The fields an edit sets; None leaves a field as it is.

    ``subject``, ``claimant`` and ``object`` are entity ids or names (linked, or
    proposed as new entities). The object is one of ``object``, ``money`` or
    ``literal``. The anchor is ``start``/``end`` into the document's text, or a
    ``quote`` found in it (nearest to the old anchor), or all three.
    """

    type: str | None = None
    statement: str | None = None
    subject: str | None = None
    predicate: str | None = None
    object: str | None = None
    money: Money | None = None
    literal: LiteralValue | None = None
    claimant: str | None = None
    time: TimeRef | None = None
    hedges: tuple[str, ...] | None = None
    start: int | None = None
    end: int | None = None
    quote: str | None = None


def curation_iri(claim_id: str, number: int) -> URIRef:
    """The IRI of the ``number``-th curation of a claim.

    >>> curation_iri("acme-01", 2)
    rdflib.term.URIRef('https://w3id.org/claimgraph/id/curation/acme-01--2')
    """
    return URIRef(f"{BASE}curation/{claim_id}--{number}")


def _rows(store: Store, sparql: str) -> list[dict[str, object]]:
    """Rows of RDF terms (not Python values: dates and years stay as their lexical form)."""
    result = store.query(sparql_prefixes() + sparql)
    names = [str(var) for var in result.vars]
    return [dict(zip(names, row)) for row in result]


def _text(term: object) -> str | None:
    return None if term is None else str(term)


def read_claim(store: Store, claim_id: str) -> Claim:
    """A stored claim, in whatever state, as a claim of the model.

    Raises:
        NotFoundError: no claim has this id.
    """
    record = projection.read_claims(store, [claim_id]).get(claim_id) if is_id(claim_id) else None
    if record is None:
        raise NotFoundError(f"no claim with id {excerpt(claim_id)}")
    return record.claim()


def _object_json(claim: Claim) -> dict[str, object]:
    if claim.object_entity is not None:
        return {"entity": claim.object_entity}
    if claim.object_money is not None:
        m = claim.object_money
        return {"money": {"currency": m.currency, "amount": m.amount, "min": m.minimum, "max": m.maximum, "approximate": m.approximate}}
    return {"literal": claim.object_literal.text, "datatype": claim.object_literal.datatype}


def fields(claim: Claim) -> dict[str, str]:
    """The editable fields of a claim written as text, as curation records keep them."""
    time = claim.about
    return {
        "type": claim.type,
        "statement": claim.statement,
        "subject": claim.subject,
        "predicate": claim.predicate,
        "object": json.dumps(_object_json(claim), ensure_ascii=False),
        "claimant": claim.claimant,
        "time": json.dumps({"value": time.value, "precision": time.precision, "expression": time.expression}, ensure_ascii=False),
        "hedges": json.dumps(list(claim.hedges), ensure_ascii=False),
        "anchor": json.dumps({"start": claim.anchor.start, "end": claim.anchor.end, "exact": claim.anchor.exact}, ensure_ascii=False),
    }


def _locate(text: str, quote: str, near: int) -> int:
    """Where ``quote`` occurs in ``text``, the occurrence nearest to ``near``."""
    found, at = [], text.find(quote)
    while quote and at >= 0:
        found.append(at)
        at = text.find(quote, at + 1)
    if not found:
        raise InputError(f"the quote {quote!r} is not in the document's text")
    return min(found, key=lambda start: abs(start - near))


def _new_anchor(claim: Claim, edit: Edit, text: str | None) -> Anchor:
    if text is None:
        raise InputError(f"document {claim.document!r} has no stored text, so its anchors cannot be changed")
    if edit.quote is not None and edit.start is None and edit.end is None:
        start = _locate(text, edit.quote, claim.anchor.start)
        end = start + len(edit.quote)
    else:
        start = claim.anchor.start if edit.start is None else edit.start
        end = claim.anchor.end if edit.end is None else edit.end
    if start < 0 or end < 0:
        raise InputError(f"anchor offsets must not be negative (got {start}..{end})")
    return anchor(text, start, end, edit.quote)


def apply_edit(claim: Claim, edit: Edit, text: str | None, names: linking.Linker) -> Claim:
    """The claim with the edit's fields set (names linked or proposed through ``names``).

    Raises:
        InputError: a field that cannot be set so (an unknown type, a blank statement,
            two objects, a predicate that is not a name, a quote not in the text).
    """
    changes: dict[str, object] = {}
    if edit.type is not None:
        if edit.type not in CLAIM_TYPES:
            raise InputError(f"unknown claim type {edit.type!r}; use one of {', '.join(CLAIM_TYPES)}")
        changes["type"] = edit.type
    if edit.statement is not None:
        if not edit.statement.strip():
            raise InputError("a claim's statement must not be blank")
        changes["statement"] = " ".join(edit.statement.split())
    if edit.predicate is not None:
        if not _PREDICATE.match(edit.predicate):
            raise InputError(f"predicate {edit.predicate!r} is not the local name of a term (such as fundingRaised)")
        changes["predicate"] = edit.predicate
    for field, role in (("subject", "subject"), ("claimant", "claimant")):
        value = getattr(edit, field)
        if value is not None:
            if not value.strip():
                raise InputError(f"a claim's {field} must not be blank")
            changes[field] = names.resolve(value, role, by_id=True)
    objects = [value for value in (edit.object, edit.money, edit.literal) if value is not None]
    if len(objects) > 1:
        raise InputError("give one object: an entity, money or a literal")
    if edit.object is not None:
        if not edit.object.strip():
            raise InputError("an object entity must not be blank")
        changes.update(object_entity=names.resolve(edit.object, "object", by_id=True), object_money=None, object_literal=None)
    elif edit.money is not None:
        changes.update(object_entity=None, object_money=edit.money, object_literal=None)
    elif edit.literal is not None:
        changes.update(object_entity=None, object_money=None, object_literal=edit.literal)
    if edit.time is not None:
        changes["about"] = edit.time
    if edit.hedges is not None:
        changes["hedges"] = tuple(dict.fromkeys(h.strip() for h in edit.hedges if h.strip()))
    if (edit.start, edit.end, edit.quote) != (None, None, None):
        changes["anchor"] = _new_anchor(claim, edit, text)
    return replace(claim, **changes)


def curation_quads(
    record: URIRef,
    claim: URIRef,
    action: str,
    before: str,
    after: str,
    curator: str,
    when: dt.datetime,
    note: str | None,
    changed: list[tuple[str, str, str]],
    generated: list[URIRef],
) -> list[Quad]:
    """The quads of one curation record (see the module docstring)."""
    quads = activity_quads(record, CG.Curation, curator, when, agent_node=URIRef(f"{record}#curator")) + [
        (record, CG.curated, claim, DEFAULT),
        (record, CG.action, Literal(action), DEFAULT),
        (record, CG.statusBefore, STATUS[before], DEFAULT),
        (record, CG.statusAfter, STATUS[after], DEFAULT),
    ]
    if note:
        quads.append((record, RDFS.comment, Literal(note), DEFAULT))
    for field, old, new in changed:
        node = URIRef(f"{record}#change-{field}")
        quads += [
            (record, CG.change, node, DEFAULT),
            (node, RDF.type, CG.Change, DEFAULT),
            (node, CG.field, Literal(field), DEFAULT),
            (node, CG.oldValue, Literal(old), DEFAULT),
            (node, CG.newValue, Literal(new), DEFAULT),
        ]
    return quads + [(record, PROV.generated, iri, DEFAULT) for iri in generated]


_HISTORY = """
SELECT ?curation ?action ?curator ?ended ?before ?after ?note WHERE {
  ?curation a cg:Curation ; cg:curated <%(claim)s> ; cg:action ?action ; prov:wasAssociatedWith/schema:name ?curator ;
            prov:endedAtTime ?ended ; cg:statusBefore ?beforeIri ; cg:statusAfter ?afterIri .
  OPTIONAL { ?curation rdfs:comment ?note }
  BIND (STRAFTER(STR(?beforeIri), "#") AS ?before)
  BIND (STRAFTER(STR(?afterIri), "#") AS ?after)
}
"""
_CHANGES = """
SELECT ?curation ?field ?old ?new WHERE {
  ?curation cg:curated <%(claim)s> ; cg:change ?change .
  ?change cg:field ?field .
  OPTIONAL { ?change cg:oldValue ?old }
  OPTIONAL { ?change cg:newValue ?new }
}
ORDER BY ?field
"""


def _sequence(record: object) -> int:
    return int(str(record).rsplit("--", 1)[-1])


def history(store: Store, claim_id: str) -> list[dict[str, object]]:
    """Every curation of a claim, newest first.

    Raises:
        NotFoundError: no claim has this id.
    """
    iri = require_claim(store, claim_id)
    changes: dict[str, list[dict[str, object]]] = {}
    for row in _rows(store, _CHANGES % {"claim": iri}):
        changes.setdefault(str(row["curation"]), []).append(
            {"field": str(row["field"]), "old": _text(row["old"]), "new": _text(row["new"])}
        )
    records = [
        {
            "id": short_id(row["curation"]),
            "iri": str(row["curation"]),
            "claim": {"id": claim_id, "iri": str(iri)},
            "action": str(row["action"]),
            "curator": str(row["curator"]),
            "date": str(row["ended"]),
            "status_before": str(row["before"]),
            "status_after": str(row["after"]),
            "note": _text(row["note"]),
            "changes": changes.get(str(row["curation"]), []),
        }
        for row in _rows(store, _HISTORY % {"claim": iri})
    ]
    return sorted(records, key=lambda record: -_sequence(record["iri"]))


def _remove_claim(iri: URIRef) -> str:
    """Update operations that remove a claim's assertion graph and its provenance nodes."""
    return (
        f"DELETE WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }} ;\n"
        f"DELETE {{ ?s ?p ?o }} WHERE {{ <{iri}> (<{CG.anchor}>|<{CG.anchor}>/<{OA.hasSelector}>|"
        f"<{CG.stated}>|<{CG.timeAbout}>)? ?s . ?s ?p ?o }} ;\n"
    )


def _document_text_and_title(store: Store, document: str) -> tuple[str | None, str | None]:
    iri = document_iri(document)
    (row,) = _rows(store, f"SELECT ?text ?title WHERE {{ OPTIONAL {{ <{iri}> cg:text ?text }} OPTIONAL {{ <{iri}> dcterms:title ?title }} }}")
    return _text(row["text"]), _text(row["title"])


def curate(
    store: Store,
    claim_id: str,
    action: str,
    curator: str,
    *,
    edit: Edit | None = None,
    note: str | None = None,
    now: dt.datetime | None = None,
) -> dict[str, object]:
    """Accept, reject, edit or retract a claim, and record the change; answers the record.

    ``note`` is why, for the record; a retraction needs one (its reason).

    Raises:
        NotFoundError: no claim has this id.
        ClaimStatusError: the claim's status does not allow the action (see :mod:`claimgraph.claims.lifecycle`).
        InputError: an unknown action, no curator, a retraction without a reason, an edit that
            changes nothing or sets a field wrongly.
        ValidationError: the edited claim breaks a shape (such as an anchor that disagrees
            with the document's text); nothing was written.
    """
    if action not in ACTIONS:
        raise InputError(f"unknown curation action {action!r}; use one of {', '.join(ACTIONS)}")
    curator = agent_name(curator, "curator")
    note = (note or "").strip() or None
    if action == "edit" and (edit is None or edit == Edit()):
        raise InputError("an edit needs at least one field to change")
    if action == "retract" and note is None:
        raise InputError("a retraction needs a reason")
    when = ended(now)
    with WRITE_LOCK:
        claim = read_claim(store, claim_id)
        lifecycle.require(action, claim.status, claim_id)
        iri = claim_iri(claim_id)
        count = _rows(store, f"SELECT (COUNT(?c) AS ?n) WHERE {{ ?c a cg:Curation ; cg:curated <{iri}> }}")
        record = curation_iri(claim_id, int(str(count[0]["n"])) + 1)
        if action == "edit":
            text, title = _document_text_and_title(store, claim.document)
            names = linking.linker(store, claim.document, title)
            edited = apply_edit(claim, edit, text, names)
            old, new = fields(claim), fields(edited)
            changed = [(field, old[field], new[field]) for field in FIELDS if old[field] != new[field]]
            if not changed:
                raise InputError("the edit changes nothing")
            proposed = list(names.proposed.values())
            quads = list(claim_quads(edited))
            quads += [quad for entity in proposed for quad in entity_quads(entity)]
            quads += curation_quads(record, iri, action, claim.status, claim.status, curator, when, note, changed,
                                    [entity_iri(e.id) for e in proposed])  # fmt: skip
            doc = document_iri(claim.document)
            context: list[Quad] = [(doc, RDF.type, CG.Document, DEFAULT)]
            if text is not None:
                context.append((doc, CG.text, Literal(text), DEFAULT))
            referred = {edited.subject, edited.claimant, edited.object_entity} - {None} - set(names.proposed)
            context += [(entity_iri(entity), RDF.type, CG.Entity, DEFAULT) for entity in sorted(referred)]
            validate(quads, context)
            store.update(_remove_claim(iri) + insert_data(quads), touched=Touched(frozenset({claim_id}), frozenset(names.proposed) | referred))
        else:
            after = lifecycle.ACTIONS[action][1]
            quads = curation_quads(record, iri, action, claim.status, after, curator, when, note, [], [])
            validate(quads, [(iri, RDF.type, CG.Claim, DEFAULT)])
            store.update(
                f"DELETE DATA {{ <{iri}> <{CG.status}> <{STATUS[claim.status]}> }} ;\n"
                + insert_data([(iri, CG.status, STATUS[after], DEFAULT), *quads])
                + " ;\n" + record_changes(record, [iri]),
                touched=Touched(frozenset({claim_id})),
            )
    return next(item for item in history(store, claim_id) if item["iri"] == str(record))
