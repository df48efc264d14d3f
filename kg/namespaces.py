"""The IRIs claimgraph mints and the vocabularies it uses."""

from __future__ import annotations

import re
from functools import lru_cache

from rdflib import Namespace, URIRef

from claimgraph.kg.errors import NotFoundError
from claimgraph.kg.prefixes import BASE, PREFIX_IRIS
from claimgraph.kg.errors import excerpt

PREFIXES = {name: Namespace(iri) for name, iri in PREFIX_IRIS.items()}
"""The prefixes as rdflib namespaces."""
CG = PREFIXES["cg"]
CLAIM_TYPE = PREFIXES["cgt"]
STATUS = PREFIXES["cgs"]
SCHEMA = PREFIXES["schema"]
OA = PREFIXES["oa"]
ONTOLOGY_GRAPH = URIRef("https://w3id.org/claimgraph/ns")
"""The named graph holding the vocabulary in a store."""


class Terms:
    """A namespace whose terms are built once, for code that mints many quads.

    rdflib builds a new ``URIRef`` (and, for closed namespaces, checks the name)
    at every attribute access, which costs microseconds; here the first access
    keeps the term as an attribute.

    >>> cg = Terms(CG)
    >>> cg.Claim is cg.Claim, cg.Claim == CG.Claim
    (True, True)
    """

    def __init__(self, namespace: Namespace | type) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = getattr(self._namespace, name)
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> URIRef:
        return getattr(self, name)


_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def is_id(value: str) -> bool:
    """Whether a value has the form of our ids and term names (matched whole: no trailing newline slips by).

    >>> is_id("anthropic-valuation"), is_id("anthropic\\n"), is_id("a b")
    (True, False, False)
    """
    return _ID.fullmatch(value) is not None


def _iri(kind: str, ident: str) -> URIRef:
    """Our IRI for an id; ids from outside (URLs, files) never reach a query unchecked.

    Raises:
        NotFoundError: the id has characters no id of ours has, so nothing has it.
    """
    if not is_id(ident):
        raise NotFoundError(f"no {kind} has the id {excerpt(ident)} (ids are letters, digits, '.', '_' and '-')")
    return URIRef(f"{BASE}{kind}/{ident}")


def claim_iri(claim_id: str) -> URIRef:
    """The IRI of a claim, which also names the graph of its assertion.

    >>> claim_iri("openai-valuation")
    rdflib.term.URIRef('https://w3id.org/claimgraph/id/claim/openai-valuation')
    >>> claim_iri("x> } ; DROP ALL ; <y")
    Traceback (most recent call last):
    claimgraph.kg.errors.NotFoundError: no claim has the id 'x> } ; DROP ALL ; <y' (ids are letters, digits, '.', '_' and '-')
    """
    return _iri("claim", claim_id)


@lru_cache(maxsize=65536)
def entity_iri(entity_id: str) -> URIRef:
    """The IRI of an entity; cached, as a build names the same entities claim after claim."""
    return _iri("entity", entity_id)


@lru_cache(maxsize=65536)
def document_iri(document_id: str) -> URIRef:
    """The IRI of a document; cached, as every claim names its document."""
    return _iri("document", document_id)


def short_id(iri: str) -> str:
    """The id at the end of one of our IRIs.

    >>> short_id("https://w3id.org/claimgraph/id/entity/anthropic")
    'anthropic'
    """
    return str(iri).rstrip("/").rsplit("/", 1)[-1].split("#", 1)[0]


def sparql_prefixes() -> str:
    """PREFIX lines for every namespace above, to put before a query."""
    return "".join(f"PREFIX {name}: <{namespace}>\n" for name, namespace in PREFIXES.items())
