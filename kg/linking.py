"""Link names in text to the store's entities, and propose typed new entities for the rest.

A name links to an entity when it equals the entity's label or one of its
aliases (``skos:altLabel``), compared after :func:`normalise_label` (case, a
leading article, possessives and punctuation do not count). Aliases that are
descriptions rather than names ("the company") are not used: they only make
sense inside the article they were curated from. A name that links nowhere
becomes a proposed entity with an id made from its label and a type guessed
from its words and the role it plays in the claim.

Anonymous sources ("people familiar with the matter") belong to their
document: the same words in two articles need not mean the same people. Such
a phrase is never linked by label or alias, and no name links to an
anonymous source of the store; it resolves to the document's own entity for
that phrase, whose id is made from the phrase and the document's id (so the
same phrase twice in one document is one entity, the same on every run) and
whose label names the document.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from claimgraph.claims.evaluation import normalise_label
from claimgraph.claims.extraction.mentions import COUNTRY_CODES, ORG_WORDS, PLACES
from claimgraph.claims.model import ANONYMOUS_SOURCE, Entity
from claimgraph.kg.namespaces import short_id
from claimgraph.kg.store import Store

ROLES = ("subject", "claimant", "publisher", "founder", "place", "investor", "object")
"""The part a name plays in a claim; it steers the type guessed for a new entity."""

DESCRIPTION = re.compile(r"^(?:the|a|an|every|its|their|his|her)\s", re.IGNORECASE)
"""An alias that describes rather than names (\"the company\"): it makes sense only in its own article."""
_ANONYMOUS = re.compile(
    r"^(?:sources?|people|persons?|insiders?|officials?|executives?|analysts?|bankers?|advisers?|advisors?)\b"
    r"|\b(?:familiar with|close to|briefed on|with knowledge of)\b",
    re.IGNORECASE,
)
_REGIONS = frozenset(
    ("europe", "eu", "european union", "asia", "africa", "north america", "south america", "latin america", "middle east", "nordics")
)
_COUNTRIES = frozenset(
    ("uk", "us", "usa", "united kingdom", "united states", "britain", "great britain", "england", "scotland", "wales",
     "ireland", "france", "germany", "spain", "italy", "portugal", "netherlands", "belgium", "sweden", "norway", "denmark",
     "finland", "poland", "switzerland", "austria", "china", "japan", "india", "canada", "mexico", "brazil", "israel",
     "singapore", "australia", "south korea", "korea", "taiwan", "uae", "united arab emirates", "saudi arabia")
)  # fmt: skip
_INVESTOR_WORDS = frozenset("capital ventures venture partners fund funds investors investments".split())
_GOVERNMENT_WORDS = frozenset("government ministry department treasury parliament taskforce cabinet senate congress".split())
_POLICY_WORDS = frozenset("act scheme programme program policy strategy law regulation bill directive plan initiative".split())
_INSTITUTION_WORDS = frozenset(
    "institute university council commission authority agency association foundation board court observatory "
    "regulator watchdog academy college school".split()
)
_DATA_WORDS = frozenset("data research statistics insights intelligence".split())
_NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?$")


def slug(label: str) -> str:
    """A lower-case ASCII id made from a label (a hash of it when no letter survives).

    >>> slug("Société Générale’s AI Lab")
    'societe-generales-ai-lab'
    """
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-")
    return text or "entity-" + hashlib.sha256(label.encode("utf-8")).hexdigest()[:8]


def _looks_like_person(label: str) -> bool:
    words = label.split()
    return 2 <= len(words) <= 3 and all(_NAME_WORD.match(word) for word in words)


def guess_type(label: str, role: str = "object") -> str:
    """An entity type for a new name, from its words and its ``role`` (one of :data:`ROLES`).

    >>> [guess_type(n, r) for n, r in [("Northwall Capital", "object"), ("Priya Nair", "claimant"),
    ...  ("people familiar with the matter", "claimant"), ("Madrid", "place"), ("Clean Grid Grant Scheme", "subject")]]
    ['investor', 'person', 'anonymous_source', 'place', 'policy']
    """
    key = normalise_label(label) or ""
    words = key.split()
    if role == "publisher":
        return "publication"
    if key in _REGIONS:
        return "region"
    if key in _COUNTRIES or label.strip() in COUNTRY_CODES:
        return "country"
    if key in PLACES:
        return "place"
    if _ANONYMOUS.search(label):
        return ANONYMOUS_SOURCE
    if not words:
        return "firm"
    if words[-1] in _INVESTOR_WORDS:
        return "investor"
    if any(word in _GOVERNMENT_WORDS for word in words):
        return "government_body"
    if words[-1] in _POLICY_WORDS:
        return "policy"
    if any(word in _INSTITUTION_WORDS for word in words):
        return "institution"
    if words[-1] in ("sector", "industry"):
        return "sector"
    if role == "claimant" and any(word in _DATA_WORDS for word in words):
        return "data_provider"
    if any(word in ORG_WORDS for word in words):
        return "firm"
    if role in ("founder", "claimant") and _looks_like_person(label):
        return "person"
    if role == "place":
        return "place"
    if role == "investor":
        return "investor"
    return "group" if label[:1].islower() else "firm"


_ENTITIES = """
SELECT ?entity ?label ?alias ?anonymous WHERE {
  ?entity a cg:Entity ; rdfs:label ?label .
  OPTIONAL { ?entity skos:altLabel ?alias }
  BIND (EXISTS { ?entity a cg:AnonymousSource } AS ?anonymous)
}
"""


@dataclass
class Linker:
    """Resolves the names of one document to entity ids; remembers which it linked and which it proposed."""

    names: dict[str, str]
    """Normalised label or alias -> entity id (anonymous sources left out)."""
    ids: set[str]
    """Every entity id in the store."""
    document: str
    """The id of the document the names are read from."""
    document_name: str
    """How an anonymous source's label names the document: its title, else its id."""
    linked: dict[str, None] = field(default_factory=dict)
    """Existing entities a name resolved to, in the order first met."""
    proposed: dict[str, Entity] = field(default_factory=dict)
    """New entities, by id, in the order first met."""

    def resolve(self, name: str, role: str = "object", *, by_id: bool = False) -> str:
        """The id of the entity a name stands for; a new entity is proposed when none fits.

        An anonymous source's phrase resolves to this document's entity for it (see the module docstring).

        Args:
            name: a label or alias as the text writes it (or, with ``by_id``, an entity id).
            role: the part the name plays, for the guessed type of a new entity.
            by_id: accept an existing entity id as the name (for curators' edits).
        """
        name = " ".join(name.split())
        if by_id and name in self.ids:
            return self._link(name)
        key = normalise_label(name)
        if key is None:
            key = name
        kind = guess_type(name, role)
        if kind == ANONYMOUS_SOURCE:
            return self._anonymous(name, key)
        if key in self.names:
            found = self.names[key]
            return found if found in self.proposed else self._link(found)
        entity_id = base = slug(name)
        number = 1
        while entity_id in self.ids:
            number += 1
            entity_id = f"{base}-{number}"
        self.ids.add(entity_id)
        self.names[key] = entity_id
        self.proposed[entity_id] = Entity(id=entity_id, type=kind, label=name)
        return entity_id

    def _anonymous(self, name: str, key: str) -> str:
        """The document's own anonymous source for a phrase: linked when stored already, else proposed."""
        entity_id = f"{slug(key)[:40].strip('-')}-in-{self.document}"
        if entity_id in self.proposed:
            return entity_id
        if entity_id in self.ids:
            return self._link(entity_id)
        self.ids.add(entity_id)
        self.proposed[entity_id] = Entity(id=entity_id, type=ANONYMOUS_SOURCE, label=f"{name} (in {self.document_name})")
        return entity_id

    def _link(self, entity_id: str) -> str:
        self.linked.setdefault(entity_id, None)
        return entity_id


def linker(store: Store, document: str, title: str | None = None) -> Linker:
    """A linker for the names of one document over the entities the store holds now (one query).

    Where a name is the label of one entity and the alias of another, the label
    wins; among equals, the smallest id. ``title`` is the document's, when it
    has one, for the labels of its anonymous sources.
    """
    best: dict[str, tuple[int, str]] = {}
    ids: set[str] = set()
    for row in store.select(_ENTITIES):
        entity_id = short_id(row["entity"])
        ids.add(entity_id)
        if str(row["anonymous"]) == "true":
            continue  # an anonymous source is its document's: no name elsewhere stands for it
        candidates = [(0, str(row["label"]))]
        if row["alias"] is not None and not DESCRIPTION.match(str(row["alias"])):
            candidates.append((1, str(row["alias"])))
        for rank, name in candidates:
            key = normalise_label(name)
            if key is not None and (key not in best or (rank, entity_id) < best[key]):
                best[key] = (rank, entity_id)
    return Linker(names={key: entity_id for key, (_, entity_id) in best.items()}, ids=ids, document=document, document_name=title or document)
