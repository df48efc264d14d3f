"""Predicate, object and a normalised statement for a candidate claim."""

from __future__ import annotations

import re

from claimgraph.claims.extraction.mentions import SPEAKS, Mention
from claimgraph.claims.extraction.segment import Span
from claimgraph.claims.extraction.timex import TimeMention
from claimgraph.claims.extraction.typing_rules import LARGEST_HOLDER, Cue
from claimgraph.claims.model import Money

PREDICATES = {
    "valuation": "valued at", "market_cap": "market capitalisation", "funding": "raised", "investment": "invested",
    "revenue": "revenue", "founding": "founded", "ownership": "owned by", "location": "based in", "adoption": "used by",
    "warning": "warned", "policy": "policy", "pledge": "pledged", "comparison": "compared with", "other": "stated",
}  # fmt: skip
"""The predicate each type is given."""

_SCALES = ((10**12, "tn"), (10**9, "bn"), (10**6, "m"), (10**3, "k"))


def format_amount(amount: float) -> str:
    """Write an amount short, as news does.

    >>> format_amount(4.7e9), format_amount(1.1e12), format_amount(250)
    ('4.7bn', '1.1tn', '250')
    """
    for scale, suffix in _SCALES:
        if abs(amount) >= scale:
            return f"{amount / scale:.6g}{suffix}"
    return f"{amount:.6g}"


def format_money(value: Money) -> str:
    """Write a money value in plain words ("about USD 900bn to 1.1tn").

    >>> format_money(Money("GBP", minimum=2e9))
    'more than GBP 2bn'
    """
    lead = "about " if value.approximate else ""
    if value.amount is not None:
        return f"{lead}{value.currency} {format_amount(value.amount)}"
    if value.minimum is not None and value.maximum is not None:
        return f"{lead}{value.currency} {format_amount(value.minimum)} to {format_amount(value.maximum)}"
    if value.minimum is not None:
        return f"{lead}more than {value.currency} {format_amount(value.minimum)}"
    return f"{lead}up to {value.currency} {format_amount(value.maximum or 0.0)}"


def _object(claim_type: str, cue: Cue | None, names: list[Mention], clause: Span, text: str) -> str | None:
    if cue is None or claim_type not in ("ownership", "location", "adoption", "founding"):
        return None
    if claim_type == "location":
        places = [m for m in names if m.kind == "place" and m.end <= cue.end + 1 and m.start >= clause.start] or [m for m in names if m.start >= cue.end and m.kind == "place"]
        return places[-1].label if places else None
    if claim_type == "ownership" and re.match(r"[a-z]+-owned\b", text[cue.start : cue.end]):
        return None  # "a family-owned developer based in Nantes": an owner of a kind, none named
    if claim_type == "ownership" and _HOLDS.match(text, cue.start):  # "Alvik Partners holds 22% of Tessaly": the holder, named before
        holders = [m for m in names if m.end <= cue.start and m.kind in ("org", "name", "person") and not re.match(r"['’]s\b", text[m.end : m.end + 2])]
        return holders[-1].label if holders else None
    after = [m for m in names if m.start >= cue.end and m.start < clause.end and not SPEAKS.match(text, m.end)]  # not "..., the FCA found"
    after = [m for m in after if m.kind != "demonym"] or after  # "the Norwegian fund Fjordvik Investment": the fund, not "Norwegian"
    if claim_type in ("ownership", "adoption"):  # "part of India's Kaveri Group": the group; "homes in Kent and Sussex": no user named
        after = [m for m in after if m.kind != "place" and not _WHERE.search(text, max(0, m.start - 40), m.start)] or ([] if claim_type == "adoption" else after)
    if claim_type == "founding":
        people = [m.label for m in after if m.kind == "person"]
        return " and ".join(people) or None
    return after[0].label if after else None


_HOLDS = re.compile(
    r"(?:owns?|hold|holds|held|keeps?|kept|retains?|retained)\b|stakes? in\b|(?:a|an|its|their) \d|"
    r"(?<=\bis the )" + LARGEST_HOLDER,
    re.IGNORECASE,
)
"""An ownership cue told by the holder ("owns 22% of", "a 20% stake", "Atlantico is the largest investor in"), not by what is held
("owned by", "part of", "its largest shareholder is")."""
_WHERE = re.compile(r"\b(?:in|across|throughout)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s+|\s+(?:and|or)\s+))*$")
"""The words before a place where something is, which no user or owner is ("homes in Kent and Sussex")."""
UNKNOWN_SUBJECT = "unknown subject"
"""What a statement names when its claim has no subject yet."""


def describe(
    claim_type: str,
    subject: str | None,
    text: str,
    clause: Span,
    cue: Cue | None,
    names: list[Mention],
    value: Money | None,
    time: TimeMention | None,
    obj: str | None = None,
) -> tuple[str, str | None, str]:
    """Return ``(predicate, object, statement)`` for a claim.

    The statement is "subject predicate object-or-value (time)" for money and
    entity facts, else the clause in plain form with the time appended.
    """
    predicate = PREDICATES[claim_type]
    obj = obj or _object(claim_type, cue, names, clause, text)
    when = f" ({time.value})" if time is not None and time.value else ""
    who = subject or UNKNOWN_SUBJECT
    if value is not None:
        statement = f"{who} {predicate} {format_money(value)}{when}"
    elif obj is not None and claim_type in ("founding", "ownership", "location", "adoption"):
        statement = f"{who} {predicate} {obj}{when}"
    else:
        words = re.sub(r"\s+", " ", clause.of(text)).strip().rstrip(".;:,")
        statement = f"{words}{' (' + obj + ')' if obj else ''}{when}"
    return predicate, obj, statement
