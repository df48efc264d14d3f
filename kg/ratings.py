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


OTHER = "other"
"""The normalised verdict of another fact-checker's rating label that the mapping does not list."""
OTHER_IRI = "https://w3id.org/claimgraph/ns/verdict#other"


def match_key(label: str) -> str:
    """A text as exact lookups match it (a rating label, a claim's words): case folded, each run of other characters
    than letters and digits one space.

    >>> match_key("  Pants on Fire! "), match_key("Half-True")
    ('pants on fire', 'half true')
    """
    return " ".join("".join(c if c.isalnum() else " " for c in label.casefold()).split())


@cache
def _external_labels() -> dict[str, str]:
    import yaml

    from claimgraph.kg import data

    mapping = yaml.safe_load(Path(data.__file__).with_name("external-ratings.yaml").read_text(encoding="utf-8"))
    unknown = set(mapping) - set(scale().verdicts)
    if unknown:
        raise ValueError(f"external-ratings.yaml maps labels to verdicts not on the scale: {', '.join(sorted(unknown))}")
    return {match_key(str(label)): verdict for verdict, labels in mapping.items() for label in labels}


def external_verdict(label: str | None) -> str:
    """The verdict of our scale that another fact-checker's rating label stands for (``kg/data/external-ratings.yaml``),
    or :data:`OTHER` for a label the mapping does not list (or none).

    >>> external_verdict("Pants on Fire!"), external_verdict("Mostly False"), external_verdict("Spicy"), external_verdict(None)
    ('false', 'misleading', 'other', 'other')
    """
    return _external_labels().get(match_key(label or ""), OTHER)
