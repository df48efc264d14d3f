"""The rating scale of reviews, read from ``ontology/ratings.ttl`` with Oxigraph's parser, so that the command line
can offer the verdicts at once (no rdflib, dataclasses or importlib.resources: each would double the time
``claimgraph review --help`` takes)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import NamedTuple

import pyoxigraph

from claimgraph import ontology

VERDICT_SCHEME = "https://w3id.org/claimgraph/ns/verdict#scheme"

_SKOS = "http://www.w3.org/2004/02/skos/core#"
_SCHEMA = "http://schema.org/"
_IN_SCHEME = _SKOS + "inScheme"
_NOTATION, _LABEL = _SKOS + "notation", _SKOS + "prefLabel"
_VALUE, _WORST, _BEST = _SCHEMA + "ratingValue", _SCHEMA + "worstRating", _SCHEMA + "bestRating"
_STATUS = "https://w3id.org/claimgraph/ns#resultingStatus"


class Verdict(NamedTuple):
    """One point of the rating scale."""

    name: str
    iri: str
    label: str
    value: int
    status: str


class Scale(NamedTuple):
    """The rating scale: verdicts by normalised name, best first, and the scale's bounds."""

    verdicts: dict[str, Verdict]
    worst: int
    best: int


@cache
def scale() -> Scale:
    """The rating scale, read from the vocabulary (``ontology/ratings.ttl``).

    >>> list(scale().verdicts)[:2], scale().verdicts["false"].status
    (['true', 'mostly_true'], 'reviewed')
    """
    text = Path(ontology.__file__).with_name("ratings.ttl").read_bytes()
    values: dict[str, dict[str, str]] = {}
    for triple in pyoxigraph.parse(text, pyoxigraph.RdfFormat.TURTLE):
        values.setdefault(triple.subject.value, {})[triple.predicate.value] = triple.object.value
    verdicts = [
        Verdict(
            name=fields[_NOTATION], iri=iri, label=fields[_LABEL], value=int(fields[_VALUE]),
            status=fields[_STATUS].rsplit("#", 1)[-1],
        )
        for iri, fields in values.items()
        if fields.get(_IN_SCHEME) == VERDICT_SCHEME
    ]  # fmt: skip
    ordered = {verdict.name: verdict for verdict in sorted(verdicts, key=lambda verdict: -verdict.value)}
    bounds = values[VERDICT_SCHEME]
    return Scale(ordered, int(bounds[_WORST]), int(bounds[_BEST]))
