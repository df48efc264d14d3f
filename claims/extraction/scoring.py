"""Check-worthiness: how much a clause looks like a checkable fact.

Amounts, percentages, dates, rankings, attributions, warnings, pledges and
founding or ownership facts raise the score; opinion, rhetoric, the writer's
speculation and first-person voice lower it; a question scores zero.
Candidates scoring below :data:`THRESHOLD` are not proposed.
"""

from __future__ import annotations

import re

THRESHOLD = 0.5
"""Candidates need at least this score to be proposed."""

TYPE_WEIGHTS = {
    "valuation": 0.3, "market_cap": 0.3, "funding": 0.3, "investment": 0.25, "revenue": 0.3, "pledge": 0.3,
    "warning": 0.3, "founding": 0.35, "ownership": 0.3, "location": 0.3, "adoption": 0.25, "comparison": 0.2,
    "policy": 0.25, "other": 0.2,
}  # fmt: skip
_I = re.IGNORECASE
OPINION = re.compile(
    r"\b(?:should|must|ought to|needs? to|(?<!will )have to)\b|\b(?:clearly|obviously|arguably|surely|undoubtedly|frankly|paradoxically|ironically|"
    r"simply|truly)\b|\bthe (?:question|lesson|message|problem|truth|reality|point) is\b|\bnothing short of\b|\bit is time\b|\btoo late\b|"
    r"\brunning out\b|\bremains to be seen\b|\b(?:feels?|seems?|looks? like)\b|\b(?:meteoric|staggering|astonishing|remarkable|stunning|"
    r"breathtaking|dystopian|spectacular|extraordinary|dizzying|eye-watering|jaw-dropping)\b|"
    r"\b(?:is|are) a (?:real )?(?:risk|danger|threat)\b|\bnot just\b|\b(?:I|we|they) (?:believe|think|feel|hope)\b|\bdeserves?\b|\bhonestly\b",
    _I,
)
"""Words of opinion and rhetoric."""
FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y)\b")
"""First-person words, capitalised or not ("US" is a country, not "us")."""
SINGULAR_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|me)\b")
SPECULATION = re.compile(r"\b(?:could|might|(?-i:may)|would)\b(?! (?:not )?(?:have )?(?:been )?(?:reached|valued))(?<!would(?= have been\b))", _I)
"""Words of speculation ("May" is a month); "would have been" states what a figure was before a change ("the fine would have been EUR 3.4m")."""
NUMBER = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b", _I)
"""A figure, in digits or in words ("forty-two start-ups")."""
QUOTE = re.compile(r"[\"“”]")
PERCENT = re.compile(r"\d\s?(?:%|per ?cent)", _I)


def is_question(sentence: str) -> bool:
    """Whether a sentence is a question (its last mark, quotes aside, is ``?``)."""
    return sentence.rstrip("\"'”’ )").endswith("?")


def score(clause: str, claim_type: str, *, money: bool, time: bool, attributed: bool, named: bool, answer: bool = False) -> float:
    """Score a candidate claim in ``[0, 1]``.

    Args:
        clause: the text of the claim's clause.
        claim_type: its type.
        money: whether it has a money value.
        time: whether it has a time expression.
        attributed: whether the sentence names a source.
        named: whether a name (firm, person, place) occurs in it.
        answer: whether it is an interview's answer, where "we" is the speaker's firm stating its facts (only "I" and "my" count
            as opinion, and not beside a figure; any first person beside "believe" or "think" does).

    >>> score("Acme raised $5m last year, according to PitchBook.", "funding", money=True, time=True, attributed=True, named=True)
    1.0
    >>> score("We must act before it is too late.", "other", money=False, time=False, attributed=False, named=False) < THRESHOLD
    True
    """
    if is_question(clause):
        return 0.0
    value = 0.25 + TYPE_WEIGHTS.get(claim_type, 0.1)
    value += 0.25 if money else 0.1 if PERCENT.search(clause) else 0.05 if NUMBER.search(clause) else 0.0
    value += 0.1 if time else 0.0
    value += 0.15 if attributed else 0.0
    value += 0.05 if named else 0.0
    penalty = 0.3 * len(OPINION.findall(clause))
    if answer:  # "I still hold 31%": a figure the speaker gives of themself is a fact; without one, "I" is their view
        penalty += 0.3 * len(FIRST_PERSON.findall(clause)) if OPINION.search(clause) else (
            0.0 if NUMBER.search(clause) else 0.3 * len(SINGULAR_FIRST_PERSON.findall(clause)))  # but "We believe" is a view
    elif (not attributed or QUOTE.search(clause)) and not (
        (NUMBER.search(clause) or time) and not OPINION.search(clause) and not SPECULATION.search(clause)
    ):  # a quoted "we" is the speaker's view, attributed or not; but "We opened our 200th store in November" is the firm's fact
        penalty += 0.3 * len(FIRST_PERSON.findall(clause))
    if not attributed and claim_type != "warning":  # a warning speaks of what could happen; in a pledge "would" is the commitment, in a rule "may"
        penalty += 0.25 * sum(
            not (claim_type == "pledge" and word.lower() == "would") and not (claim_type == "policy" and word == "may") for word in SPECULATION.findall(clause)
        )
    return round(max(0.0, min(1.0, value - min(penalty, 0.9))), 3)
