"""Splitting a claim with coordinated objects into one claim per object.

The conventions (and the knowledge graph) want one claim per subject,
predicate and object: "founded in 2021 by A and B" is a founding year and two
founders; "adopted by businesses ranging from hedge funds to healthcare
providers" two adopters; "less than their French and German counterparts"
two comparisons; "pledged to cap its profits and reinvest" two pledges.
"""

from __future__ import annotations

import re

from claimgraph.claims.extraction.mentions import Mention
from claimgraph.claims.extraction.segment import Span

PHRASE_END = re.compile(
    r"[;:!?()—–\"“”]|,(?!\d{3}\b)|\.(?!\d)|\s(?:but|while|which|who|whose|that|at a|at an|at the|because|driven|after|before|as|for|in order|also|and (?:is|was|are|were|has|have|had|now|later|then|also))\s",
    re.IGNORECASE,
)
"""Where an object's phrase ends: a mark, or a word that opens another clause ("and is backed by")."""
_CIRCUMSTANCE = re.compile(r"(?:without|in|on|at|for|over|under|across|after|before|during|despite|since|until)\s", re.IGNORECASE)
"""A preposition that opens how, where or when, not who."""
_COUNTED = re.compile(r"(?:about |around |some |nearly |almost |more than |over )?\d")
"""What opens a phrase that counts what follows rather than naming it."""
_MODIFIES = re.compile(r"\s+(?!(?:as|is|was|has|its|this|plus)\b)[a-z][\w-]*s\b")
"""A plural noun after a name, which the name describes ("former DHL managers Jonas Reuter and Mira Albers": not DHL)."""
_RANGING = re.compile(r"\b(?:ranging |range )?from\s+(?P<a>.+?)\s+to\s+(?P<b>.+)$", re.IGNORECASE)
_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*", re.IGNORECASE)
_LEAD = re.compile(r"^(?:by|from|than|to|as|with|of)\s+", re.IGNORECASE)
MAX_OBJECTS = 4


def _clean(piece: str) -> str:
    piece = re.sub(r"^(?:the|a|an|their|its|his|her|former)\s+", "", piece.strip(), flags=re.IGNORECASE)
    return piece.strip(" '\"‘’“”")


def object_phrases(text: str, start: int, clause: Span) -> list[str]:
    """The coordinated objects of the phrase starting at ``start`` (after a cue).

    >>> text = "adopted by businesses ranging from hedge funds to healthcare providers."
    >>> object_phrases(text, 11, Span(0, len(text)))
    ['hedge funds', 'healthcare providers']
    >>> text = "raised less than their French and German counterparts"
    >>> object_phrases(text, 17, Span(0, len(text)))
    ['French', 'German counterparts']
    """
    head = _LEAD.sub("", text[start : clause.end].lstrip())
    if _COUNTED.match(head) or _CIRCUMSTANCE.match(head):
        return []  # "serves 1.8 million customers in the UK and Ireland": a count, no parties named; "customers without checks"
    end = PHRASE_END.search(head)
    phrase = head[: end.start()] if end else head
    including = re.match(r",\s+(?:including|such as|among them)\s+(.+?)(?:[,;.]|$)", head[len(phrase) :])
    extra = [_clean(p) for p in _SPLIT.split(including.group(1)) if _clean(p)] if including else []
    ranging = _RANGING.search(phrase)
    if ranging:
        pieces = [ranging.group("a"), ranging.group("b")]
    else:
        pieces = [p for p in _SPLIT.split(phrase) if p.strip()]
    cleaned = [_clean(p) for p in pieces if _clean(p)] + extra
    return cleaned[:MAX_OBJECTS]


def founders(names: list[Mention], start: int, clause: Span, text: str) -> list[str]:
    """The names after "by" that follow a founding cue at ``start``.

    >>> from claimgraph.claims.extraction.mentions import Mention
    >>> text = "Founded in 2021 by Ann Lee and Bo Chan, Acme"
    >>> founders([Mention(19, 26, "Ann Lee", "person"), Mention(31, 38, "Bo Chan", "person")], 0, Span(0, len(text)), text)
    ['Ann Lee', 'Bo Chan']
    >>> text = "founded by the brothers Cian and Ronan Hegarty"
    >>> founders([Mention(24, 28, "Cian", "person"), Mention(33, 46, "Ronan Hegarty", "person")], 0, Span(0, len(text)), text)
    ['Cian Hegarty', 'Ronan Hegarty']
    """
    by = re.compile(r"\bby\s+", re.IGNORECASE).search(text, start, min(clause.end, start + 40))
    if not by:
        return []
    stop = PHRASE_END.search(text, by.end(), clause.end)
    limit = stop.start() if stop else clause.end
    found = [m for m in names if by.end() <= m.start < limit and m.kind in ("person", "org", "name") and not _MODIFIES.match(text, m.end)][:MAX_OBJECTS]
    return [
        f"{m.label} {after.label.split()[-1]}" if " " not in m.label and len(after.label.split()) == 2 and text[m.end : after.start].strip() == "and" else m.label
        for m, after in zip(found, [*found[1:], found[-1]] if found else [])
    ]  # "Cian and Ronan Hegarty": one surname for both
