"""Entity resolution across documents: two entities proposed as one, with the evidence; a curator confirms or refuses.

A document may name an entity the record holds under another label ("Veloria" and "Veloria Robotics", "Britain"
and "United Kingdom"). Ingest then proposes the link (:func:`propose`): a ``cg:LinkProposal`` naming the entity
the record had (kept) and the other one, with its evidence: a name they share, a country both name (the table
``country_names.yaml``), or names alike by rapidfuzz's token-set ratio, always of the same type. Anonymous
sources are never proposed: they belong to their document. A pair proposed once (whatever became of it) is never
proposed again, so a refused link stays refused; :func:`scan` proposes links among every entity of the store.

Confirming a proposal merges the other entity into the kept one (:func:`confirm`): the other's label and aliases
become aliases of the kept one, and every claim, value and document that named the other names the kept one. It
is one ``cg:EntityResolution`` activity (its agent and time as every write's, :mod:`claimgraph.kg.activities`)
written with the change in one SPARQL Update request; the activity keeps the quads the merge removed and added
(``cg:removed``, ``cg:added``, as N-Quads), the claims it re-pointed (``cg:touched``), and so the merge can be
undone (:func:`undo`) as long as nothing it wrote has changed since. Refusing (:func:`refuse`) is an activity
too. A request that cannot be honoured raises before anything is written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml
from rapidfuzz import fuzz, process
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from claimgraph.claims.errors import InputError
from claimgraph.claims.evaluation import normalise_label
from claimgraph.claims.model import ANONYMOUS_SOURCE, Entity
from claimgraph.kg.activities import activity_quads, agent_name, ended, new_iri, record_changes
from claimgraph.kg.errors import ConflictError, NotFoundError, ValidationError, excerpt
from claimgraph.kg.linking import DESCRIPTION
from claimgraph.kg.locks import WRITE_LOCK
from claimgraph.kg.mapping import DEFAULT, Quad
from claimgraph.kg.namespaces import BASE, CG, entity_iri, is_id, short_id, sparql_prefixes
from claimgraph.kg.network import entity_type_name
from claimgraph.kg.store import Store, Touched, insert_data, nquads
from claimgraph.kg.updates import parse_nquads
from claimgraph.kg.validation import problems

SIMILARITY = 90
"""The least token-set ratio (0-100) of two names for a proposal."""
SHORTEST_SHARED_WORD = 4
"""Names alike only through words shorter than this ("AI", "UK") are not proposed on similarity alone."""
PROPOSED, CONFIRMED, REFUSED = "proposed", "confirmed", "refused"
STATUSES = (PROPOSED, CONFIRMED, REFUSED)
CHECK_BATCH = 200
"""Quads per ASK when checking that a merge is still as it left the store."""


@cache
def country_names() -> dict[str, str]:
    """Every name of a country in the table (normalised) -> the country's usual name."""
    table = yaml.safe_load(files("claimgraph.kg").joinpath("country_names.yaml").read_text(encoding="utf-8"))
    return {normalise_label(name): country for country, names in table.items() for name in [country, *names]}


@dataclass(frozen=True)
class Candidate:
    """An entity as resolution compares it."""

    id: str
    type: str
    names: tuple[str, ...]
    """Its label and aliases, normalised; descriptions ("the company") left out."""


def candidate(entity: Entity) -> Candidate:
    """An entity of the claim model as resolution compares it."""
    return _candidate(entity.id, entity.type, entity.label, entity.aliases)


def _candidate(entity_id: str, kind: str, label: str, aliases: tuple[str, ...] | list[str]) -> Candidate:
    names = [normalise_label(label)] + [normalise_label(a) for a in aliases if not DESCRIPTION.match(a)]
    return Candidate(entity_id, kind, tuple(dict.fromkeys(name for name in names if name)))


def evidence(kept: Candidate, other: Candidate) -> tuple[list[str], int]:
    """Why two entities of one type may be one (empty when nothing says so), and their names' best similarity."""
    found: list[str] = []
    if kept.type != other.type or ANONYMOUS_SOURCE in (kept.type, other.type):
        return found, 0
    shared = sorted(set(kept.names) & set(other.names))
    if shared:
        found.append(f"they share the name {shared[0]!r}")
    countries = country_names()
    kept_countries = {countries[name] for name in kept.names if name in countries}
    both = sorted(kept_countries & {countries[name] for name in other.names if name in countries})
    if both:
        found.append(f"both are names of {both[0]} (country names table)")
    best, pair = 0, ("", "")
    for a in kept.names:
        for b in other.names:
            score = round(fuzz.token_set_ratio(a, b))
            if score > best and any(len(word) >= SHORTEST_SHARED_WORD for word in set(a.split()) & set(b.split())):
                best, pair = score, (a, b)
    if best >= SIMILARITY and not shared:
        found.append(f"names {pair[0]!r} and {pair[1]!r} are {best}% alike (token set ratio)")
    if found:
        found.append(f"both are of type {kept.type}")
    return found, best


@dataclass(frozen=True)
class Proposal:
    """Two entities proposed as one."""

    kept: str
    other: str
    evidence: tuple[str, ...]
    similarity: int

    @property
    def id(self) -> str:
        """The proposal's id: the two entity ids."""
        return f"{self.kept}--{self.other}"


def proposal_iri(proposal_id: str) -> URIRef:
    """The IRI of a link proposal."""
    return URIRef(f"{BASE}link/{proposal_id}")


def proposal_quads(proposal: Proposal) -> list[Quad]:
    """A proposal as stored: its two entities, evidence, similarity and status ``proposed``."""
    iri = proposal_iri(proposal.id)
    return [
        (iri, RDF.type, CG.LinkProposal, DEFAULT),
        (iri, CG.keptEntity, entity_iri(proposal.kept), DEFAULT),
        (iri, CG.otherEntity, entity_iri(proposal.other), DEFAULT),
        (iri, CG.similarity, Literal(proposal.similarity, datatype=XSD.integer), DEFAULT),
        (iri, CG.linkStatus, Literal(PROPOSED), DEFAULT),
        *((iri, CG.evidence, Literal(text), DEFAULT) for text in proposal.evidence),
    ]


_ENTITIES = """
SELECT ?entity ?label ?class (GROUP_CONCAT(?alias; separator="\\u001f") AS ?aliases) WHERE {
  ?entity a cg:Entity ; rdfs:label ?label .
  FILTER NOT EXISTS { ?entity a cg:AnonymousSource }
  OPTIONAL { ?entity a ?class . FILTER (?class != cg:Entity && STRSTARTS(STR(?class), STR(cg:))) }
  OPTIONAL { ?entity skos:altLabel ?alias }
}
GROUP BY ?entity ?label ?class
"""
_PAIRS = "SELECT ?kept ?other WHERE { ?link a cg:LinkProposal ; cg:keptEntity ?kept ; cg:otherEntity ?other }"


def stored_candidates(store: Store) -> list[Candidate]:
    """Every entity of the store but anonymous sources, as resolution compares them (one query)."""
    found = []
    for row in store.select(_ENTITIES):
        aliases = str(row["aliases"]).split("\u001f") if row["aliases"] else []
        kind = "entity" if row["class"] is None else entity_type_name(str(row["class"]))
        found.append(_candidate(short_id(row["entity"]), kind, str(row["label"]), aliases))
    return found


def proposed_pairs(store: Store) -> set[frozenset[str]]:
    """The pairs of entities proposed once, whatever became of the proposal."""
    return {frozenset((short_id(row["kept"]), short_id(row["other"]))) for row in store.select(_PAIRS)}


def propose(new: list[Candidate], known: list[Candidate], asked: set[frozenset[str]]) -> list[Proposal]:
    """Links from each of ``new`` to ``known`` entities and to the new ones before it, skipping ``asked`` pairs.

    The entity kept is the one known first. Names are compared by rapidfuzz against every name of the same type at
    once; a pair is proposed when :func:`evidence` finds a reason.
    """
    proposals: list[Proposal] = []
    pool = list(known)
    countries = country_names()
    for entity in new:
        owned = [(name, index) for index, other in enumerate(pool) if other.type == entity.type for name in other.names]
        choices = [name for name, _ in owned]  # every name of every entity, each found again by its position
        near: set[int] = set()
        for name in entity.names:
            found = process.extract(name, choices, scorer=fuzz.token_set_ratio, score_cutoff=SIMILARITY, limit=None)
            near |= {owned[position][1] for _, _, position in found}
        if any(name in countries for name in entity.names):
            near |= {index for index, other in enumerate(pool) if other.type == entity.type and any(n in countries for n in other.names)}
        for index in sorted(near):
            kept = pool[index]
            pair = frozenset((kept.id, entity.id))
            if kept.id == entity.id or pair in asked:
                continue
            found, score = evidence(kept, entity)
            if found:
                asked.add(pair)
                proposals.append(Proposal(kept.id, entity.id, tuple(found), score))
        pool.append(entity)
    return proposals


def scan(store: Store, agent: str, now: dt.datetime | None = None) -> list[Proposal]:
    """Propose links among every entity of the store (pairs proposed once are skipped), written as one activity.

    Raises:
        InputError: no agent's name.
    """
    agent = agent_name(agent, "curator")
    when = ended(now)
    with WRITE_LOCK:
        found = propose(stored_candidates(store), [], proposed_pairs(store))
        if found:
            activity = new_iri("resolution", when)
            quads = activity_quads(activity, CG.EntityResolution, agent, when) + [(activity, CG.action, Literal("propose"), DEFAULT)]
            for proposal in found:
                quads += proposal_quads(proposal) + [(activity, PROV.generated, proposal_iri(proposal.id), DEFAULT)]
            store.update(insert_data(quads), touched=Touched())
    return found


_LIST = """
SELECT ?link ?kept ?other ?status ?similarity ?keptLabel ?otherLabel (GROUP_CONCAT(?evidence; separator="\\u001f") AS ?evidences) WHERE {
  ?link a cg:LinkProposal ; cg:keptEntity ?kept ; cg:otherEntity ?other ; cg:linkStatus ?status ; cg:similarity ?similarity .
  %s
  OPTIONAL { ?link cg:evidence ?evidence }
  OPTIONAL { ?kept rdfs:label ?keptLabel }
  OPTIONAL { ?other rdfs:label ?otherLabel }
}
GROUP BY ?link ?kept ?other ?status ?similarity ?keptLabel ?otherLabel
ORDER BY ?link
"""
_DECISIONS = """
SELECT ?link ?activity ?action ?when WHERE {
  ?activity a cg:EntityResolution ; prov:used ?link ; cg:action ?action ; prov:endedAtTime ?when .
  %s
}
ORDER BY ?when ?activity
"""


def proposals(store: Store, status: str | None = None, proposal_id: str | None = None) -> list[dict[str, object]]:
    """Link proposals (those in one status, or one by id), each with its entities, evidence and the decisions on it.

    Raises:
        InputError: an unknown status.
    """
    if status is not None and status not in STATUSES:
        raise InputError(f"unknown proposal status {excerpt(status)}; use one of {', '.join(STATUSES)}")
    if proposal_id is not None and not _is_proposal_id(proposal_id):
        return []
    where = "" if status is None else f'FILTER (?status = "{status}")'
    if proposal_id is not None:
        where += f" VALUES ?link {{ <{proposal_iri(proposal_id)}> }}"
    decisions: dict[str, list[dict[str, object]]] = {}
    scope = "" if proposal_id is None else f"VALUES ?link {{ <{proposal_iri(proposal_id)}> }}"
    for row in store.select(_DECISIONS % scope):
        decisions.setdefault(str(row["link"]), []).append(
            {"id": short_id(row["activity"]), "action": str(row["action"]), "time": row["when"].isoformat()}
        )
    items = []
    for row in store.select(_LIST % where):
        link = str(row["link"])
        items.append({
            "id": short_id(link), "iri": link, "status": str(row["status"]), "similarity": int(row["similarity"]),
            "kept": {"id": short_id(row["kept"]), "label": None if row["keptLabel"] is None else str(row["keptLabel"])},
            "other": {"id": short_id(row["other"]), "label": None if row["otherLabel"] is None else str(row["otherLabel"])},
            "evidence": sorted(str(row["evidences"]).split("\u001f")) if row["evidences"] else [],
            "decisions": decisions.get(link, []),
        })  # fmt: skip
    return items


def get_proposal(store: Store, proposal_id: str) -> dict[str, object]:
    """One link proposal.

    Raises:
        NotFoundError: no proposal has this id.
    """
    found = proposals(store, proposal_id=proposal_id)
    if not found:
        raise NotFoundError(f"no link proposal with id {excerpt(proposal_id)}")
    return found[0]


def _is_proposal_id(proposal_id: str) -> bool:
    kept, _, other = proposal_id.partition("--")
    return is_id(proposal_id) and bool(kept) and bool(other)


_AROUND = """
SELECT ?s ?p ?o ?g WHERE {
  { BIND (%(e)s AS ?s) %(e)s ?p ?o } UNION { BIND (%(e)s AS ?o) ?s ?p %(e)s }
  UNION { BIND (%(e)s AS ?s) GRAPH ?g { %(e)s ?p ?o } } UNION { BIND (%(e)s AS ?o) GRAPH ?g { ?s ?p %(e)s } }
  FILTER NOT EXISTS { ?s a prov:Activity } FILTER NOT EXISTS { ?s a cg:LinkProposal }
}
"""
"""The quads that name an entity, apart from the records of writes and proposals (history, left as it was)."""


def _around(store: Store, entity: URIRef) -> list[Quad]:
    result = store.query(sparql_prefixes() + _AROUND % {"e": f"<{entity}>"})
    return [(s, p, o, DEFAULT if g is None else g) for s, p, o, g in result]


def _merged(quads: list[Quad], kept: URIRef, other: URIRef) -> list[Quad]:
    """The quads naming ``other`` as they read once it is merged into ``kept``: its label an alias, its type dropped."""
    moved = []
    for s, p, o, g in quads:
        if s == other and g == DEFAULT:
            if p == RDF.type:
                continue
            if p == RDFS.label:
                p = SKOS.altLabel
        moved.append((kept if s == other else s, p, kept if o == other else o, g))
    return moved


def _activity(action: str, agent: str, when: dt.datetime, used: URIRef, note: str | None) -> tuple[URIRef, list[Quad]]:
    activity = new_iri("resolution", when)
    quads = activity_quads(activity, CG.EntityResolution, agent, when) + [
        (activity, CG.action, Literal(action), DEFAULT),
        (activity, PROV.used, used, DEFAULT),
    ]
    if note:
        quads.append((activity, RDFS.comment, Literal(note), DEFAULT))
    return activity, quads


def _status_change(link: URIRef, before: str, after: str) -> tuple[Quad, Quad]:
    return (link, CG.linkStatus, Literal(before), DEFAULT), (link, CG.linkStatus, Literal(after), DEFAULT)


def _claims_of(quads: list[Quad]) -> list[URIRef]:
    prefix = f"{BASE}claim/"
    return sorted({URIRef(str(term).split("#", 1)[0]) for quad in quads for term in (quad[0], quad[3]) if str(term).startswith(prefix)})


def _decidable(store: Store, proposal_id: str) -> dict[str, object]:
    proposal = get_proposal(store, proposal_id)
    if proposal["status"] != PROPOSED:
        raise ConflictError(f"link proposal {proposal_id!r} is {proposal['status']} already; nothing was written")
    return proposal


def confirm(store: Store, proposal_id: str, curator: str, note: str | None = None, now: dt.datetime | None = None) -> dict[str, object]:
    """Merge the proposal's other entity into the kept one (see the module docstring); answers the proposal.

    Raises:
        NotFoundError: no proposal has this id.
        ConflictError: it is decided already, or one of its entities is no longer stored (merged into another).
        ValidationError: the merged entity would break a shape; nothing was written.
        InputError: no curator's name.
    """
    curator = agent_name(curator, "curator")
    when = ended(now)
    with WRITE_LOCK:
        proposal = _decidable(store, proposal_id)
        kept, other = entity_iri(proposal["kept"]["id"]), entity_iri(proposal["other"]["id"])
        for entity in (kept, other):
            if not store.query(f"ASK {{ <{entity}> a <{CG.Entity}> }}").askAnswer:
                raise ConflictError(f"entity {short_id(entity)!r} is no longer stored (merged into another?); nothing was written")
        removed = _around(store, other)
        present = set(_around(store, kept))
        added = [quad for quad in dict.fromkeys(_merged(removed, kept, other)) if quad not in present]
        broken = problems([quad for quad in [*present, *added] if quad[0] == kept], [kept])
        if broken:
            raise ValidationError(broken)
        link = proposal_iri(proposal_id)
        before, after = _status_change(link, PROPOSED, CONFIRMED)
        removed, added = removed + [before], added + [after]
        claims = _claims_of(removed)
        activity, record = _activity("merge", curator, when, link, note)
        record += [
            (activity, CG.removed, Literal("".join(nquads(removed))), DEFAULT),
            (activity, CG.added, Literal("".join(nquads(added))), DEFAULT),
            *((activity, CG.touched, claim, DEFAULT) for claim in claims),
        ]
        store.update(
            insert_data(removed, "DELETE DATA") + " ;\n" + insert_data(added + record) + " ;\n" + record_changes(activity, claims),
            touched=Touched(frozenset(short_id(c) for c in claims), frozenset({short_id(kept), short_id(other)})),
        )
    return get_proposal(store, proposal_id)


def refuse(store: Store, proposal_id: str, curator: str, note: str | None = None, now: dt.datetime | None = None) -> dict[str, object]:
    """Refuse a proposal: the two stay apart and the pair is never proposed again; answers the proposal.

    Raises:
        NotFoundError: no proposal has this id.
        ConflictError: it is decided already.
        InputError: no curator's name.
    """
    curator = agent_name(curator, "curator")
    when = ended(now)
    with WRITE_LOCK:
        _decidable(store, proposal_id)
        link = proposal_iri(proposal_id)
        before, after = _status_change(link, PROPOSED, REFUSED)
        _, record = _activity("refuse", curator, when, link, note)
        store.update(insert_data([before], "DELETE DATA") + " ;\n" + insert_data([after] + record), touched=Touched())
    return get_proposal(store, proposal_id)


_MERGE = """
SELECT ?activity ?added ?removed WHERE {
  ?activity a cg:EntityResolution ; prov:used <%(link)s> ; cg:action "merge" ; cg:added ?added ; cg:removed ?removed ; prov:endedAtTime ?when .
}
ORDER BY DESC(?when) DESC(STR(?activity))
LIMIT 1
"""
"""The newest merge of a proposal: a proposal is confirmed again only after its merge was undone."""


def _all_present(store: Store, quads: list[Quad]) -> bool:
    for start in range(0, len(quads), CHECK_BATCH):
        patterns = " ".join(
            f"{s.n3()} {p.n3()} {o.n3()} ." if g == DEFAULT else f"GRAPH {g.n3()} {{ {s.n3()} {p.n3()} {o.n3()} }}"
            for s, p, o, g in quads[start : start + CHECK_BATCH]
        )
        if not store.query(f"ASK {{ {patterns} }}").askAnswer:
            return False
    return True


def _any_present(store: Store, quads: list[Quad]) -> bool:
    return any(_all_present(store, [quad]) for quad in quads)


def undo(store: Store, proposal_id: str, curator: str, note: str | None = None, now: dt.datetime | None = None) -> dict[str, object]:
    """Undo the merge that confirmed a proposal: every quad it removed is back, every quad it added gone, and the
    proposal is ``proposed`` again; answers the proposal.

    Raises:
        NotFoundError: no proposal has this id.
        ConflictError: the proposal is not confirmed, or the store changed since the merge where the merge wrote
            (a claim it re-pointed was edited): undoing it would lose that change.
        InputError: no curator's name.
    """
    curator = agent_name(curator, "curator")
    when = ended(now)
    with WRITE_LOCK:
        proposal = get_proposal(store, proposal_id)
        if proposal["status"] != CONFIRMED:
            raise ConflictError(f"link proposal {proposal_id!r} is {proposal['status']}, not confirmed: there is no merge to undo")
        link = proposal_iri(proposal_id)
        rows = store.select(_MERGE % {"link": link})
        if not rows:
            raise ConflictError(f"no merge of link proposal {proposal_id!r} is recorded")
        (merge,) = rows
        added = parse_nquads(str(merge["added"]).encode("utf-8").splitlines())
        removed = parse_nquads(str(merge["removed"]).encode("utf-8").splitlines())
        if not _all_present(store, added) or _any_present(store, removed):
            raise ConflictError(f"the store changed since link proposal {proposal_id!r} was merged; undoing it would lose that change, so nothing was written")
        claims = _claims_of(removed)
        activity, record = _activity("undo", curator, when, link, note)
        record += [
            (activity, CG.undid, URIRef(str(merge["activity"])), DEFAULT),
            (activity, CG.removed, Literal("".join(nquads(added))), DEFAULT),
            (activity, CG.added, Literal("".join(nquads(removed))), DEFAULT),
            *((activity, CG.touched, claim, DEFAULT) for claim in claims),
        ]
        entities = frozenset({proposal["kept"]["id"], proposal["other"]["id"]})
        store.update(
            insert_data(added, "DELETE DATA") + " ;\n" + insert_data(removed + record) + " ;\n" + record_changes(activity, claims),
            touched=Touched(frozenset(short_id(c) for c in claims), entities),
        )
    return get_proposal(store, proposal_id)
