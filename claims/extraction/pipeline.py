"""From text to candidate claims: the steps of the other modules in order."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from claimgraph.claims.extraction.attribution import Attribution, find_attribution
from claimgraph.claims.extraction.candidate import Candidate
from claimgraph.claims.extraction.inputs import MAX_BYTES, check_text
from claimgraph.claims.extraction.mentions import Mention, Tracker, common_words, find_mentions
from claimgraph.claims.extraction.money import MoneyMention, find_money
from claimgraph.claims.extraction.objects import founders, object_phrases
from claimgraph.claims.extraction.scoring import THRESHOLD, is_question, score
from claimgraph.claims.extraction.segment import Span, clauses, parse, sentences
from claimgraph.claims.extraction.statement import describe
from claimgraph.claims.extraction.timex import Published, TimeMention, find_times, publication_time
from claimgraph.claims.extraction.typing_rules import FACT_CUES, MAIN_CUES, Cue, find_cues, money_type

HEDGE_WORDS = re.compile(
    r"\b(?:reportedly|projected|expected|forecast|estimated|briefly|roughly|about|around|approximately|nearly|almost|"
    r"potentially|closing in on|could|may|might|is said to|understood to)\b",
    re.IGNORECASE,
)
DRIVERS = re.compile(r",?\s+(?:driven|fuell?ed|boosted|helped|powered)\s+(?:\w+\s+)?by\b", re.IGNORECASE)
"""A cause given for a figure ("revenue ... to $8bn, driven by enterprise contracts"): a claim of its own."""
SPLIT_TYPES = frozenset({"adoption", "comparison", "funding", "pledge"})
"""Types whose coordinated objects become one claim each."""


@dataclass(frozen=True)
class _Proposal:
    type: str
    clause: Span
    anchor: int
    money: MoneyMention | None = None
    cue: Cue | None = None
    object: str | None = None
    own_voice: bool = False


def _clause_of(parts: list[Span], offset: int, fallback: Span) -> Span:
    return next((part for part in parts if part.start <= offset < part.end), fallback)


def _nearest_time(times: list[TimeMention], clause: Span, anchor: int, prefer_deadline: bool) -> TimeMention | None:
    inside = [t for t in times if clause.contains(t.start, t.end)] or times
    if not inside:
        return None
    if prefer_deadline and any(t.deadline for t in inside):
        inside = [t for t in inside if t.deadline]
    return min(inside, key=lambda t: abs((t.start + t.end) // 2 - anchor))


def _subject(text: str, clause: Span, sentence: Span, anchor: int, names: list[Mention], tracker: Tracker, exclude: Span | None) -> str | None:
    """The entity a claim is about: the nearest name before it in its clause, else what the clause's head refers to."""
    usable = [m for m in names if m.kind in ("org", "name", "place") and not (exclude and exclude.contains(m.start))]
    before_anchor = sorted((m for m in usable if clause.start <= m.start < anchor), key=lambda m: (m.kind != "place", m.start))
    if before_anchor:
        return before_anchor[-1].label
    head = re.match(r"\s*(?:(?:the|its|their)\s+)?[\w-]+", text[clause.start : clause.end], re.IGNORECASE)
    if head:
        resolved = tracker.resolve(head.group(), before=clause.start)
        if resolved:
            return resolved
    in_sentence = [m for m in usable if sentence.start <= m.start < anchor]
    if in_sentence:
        return in_sentence[-1].label
    return tracker.resolve("it", before=clause.start) or (usable[0].label if usable else None)


def _hedges(text: str, clause: Span, money: MoneyMention | None) -> tuple[str, ...]:
    found = list(money.hedges) if money else []
    for match in HEDGE_WORDS.finditer(text, clause.start, clause.end):
        word = match.group().lower()
        if word not in found and not (money and money.start <= match.start() < money.end):
            found.append(word)
    return tuple(found)


def _in_apposition(text: str, sentence: Span, offset: int, attribution: Attribution | None) -> bool:
    """Whether ``offset`` sits in a comma-enclosed aside ("the company, founded by ..., has") the source does not own."""
    left = text.rfind(",", sentence.start, offset)
    right = text.find(",", offset, sentence.end)
    if left < 0 or right < 0:
        return False
    return attribution is None or not (left <= attribution.start < right)


def _propose(text: str, sentence: Span, parts: list[Span], names: list[Mention], times: list[TimeMention], tracker: Tracker,
             attribution: Attribution | None) -> list[_Proposal]:  # fmt: skip
    """The typed proposals of one sentence, before scoring."""
    proposals: list[_Proposal] = []
    money_clauses: set[Span] = set()
    for money in find_money(text, sentence.start, sentence.end):
        clause = _clause_of(parts, money.start, sentence)
        claim_type, cue = money_type(text, clause.start, clause.end, money.start, money.end)
        if claim_type in ("other", "comparison") and clause != sentence:
            claim_type, cue = money_type(text, sentence.start, sentence.end, money.start, money.end)
        proposals.append(_Proposal(claim_type, clause, money.start, money, cue))
        money_clauses.add(clause)
        driver = DRIVERS.search(text, money.end, sentence.end)
        if driver and not find_money(text, money.end, driver.start()):
            proposals.append(_Proposal(claim_type, sentence, driver.end(), None, cue))
    seen = {p.type for p in proposals}
    for cue in find_cues(FACT_CUES, text, sentence.start, sentence.end):
        if cue.type in seen:
            continue
        clause = _clause_of(parts, cue.start, sentence)
        aside = cue.type in ("founding", "ownership", "location") and _in_apposition(text, sentence, cue.start, attribution)
        if cue.type == "location":
            places = [m for m in names if m.kind == "place" and (cue.start - 40 <= m.start < cue.start or cue.end <= m.start < cue.end + 3)]
            if not places:
                continue
            proposals.append(_Proposal("location", clause, cue.start, None, cue, places[0].label, aside))
        elif cue.type == "founding":
            people = founders(names, cue.end, clause, text)
            year = next((t for t in times if t.precision == "year" and t.expression and t.expression.isdigit() and cue.end <= t.start < cue.end + 12), None)
            if year is not None:
                proposals.append(_Proposal("founding", clause, cue.start, None, cue, year.expression, aside))
            for person in people:
                proposals.append(_Proposal("founding", clause, cue.start, None, cue, person, aside))
            if year is None and not people:
                proposals.append(_Proposal("founding", clause, cue.start, None, cue, None, aside))
        elif cue.type == "adoption":
            for obj in object_phrases(text, cue.end, clause) or [None]:
                proposals.append(_Proposal("adoption", clause, cue.start, None, cue, obj))
        else:
            proposals.append(_Proposal(cue.type, clause, cue.start, None, cue, None, aside))
        seen.add(cue.type)
    main = [c for c in find_cues(MAIN_CUES, text, sentence.start, sentence.end) if _clause_of(parts, c.start, sentence) not in money_clauses]
    if main and main[0].type not in seen and not (main[0].type == "other" and proposals):
        cue = main[0]
        clause = _clause_of(parts, cue.start, sentence)
        objects = object_phrases(text, cue.end, clause) if cue.type in SPLIT_TYPES else []
        if cue.type == "comparison" and len(objects) > 1 and not all(re.search(r"[A-Z]", o) for o in objects):
            objects = []  # only names are compared one by one
        for obj in objects if len(objects) > 1 else [None]:
            proposals.append(_Proposal(cue.type, clause, cue.start, None, cue, obj))
    return proposals


def extract(text: str | bytes, published: Published | dt.date | int | str, *, max_bytes: int = MAX_BYTES) -> list[Candidate]:
    """Propose the check-worthy factual claims of a news text.

    Args:
        text: the article (``str``, or bytes decoded strictly as UTF-8).
        published: the publication date: a ``date``, or a year (``2025`` or
            ``"2025"``) or ``"YYYY-MM"`` when only that much is known.
        max_bytes: the size limit.

    Returns:
        Candidates in text order; each ``quote`` equals ``text[start:end]``.

    Raises:
        InputError: empty, binary, non-UTF-8 or oversized text.

    >>> [c.to_json()["value"]["amount"] for c in extract("Acme raised $5m last year.", dt.date(2025, 5, 1))]
    [5000000.0]
    """
    text = check_text(text, max_bytes)
    published = Published.coerce(published)
    default_time = publication_time(published)
    doc = parse(text)
    common = common_words(doc)
    tracker = Tracker()
    candidates: list[Candidate] = []
    for sentence in sentences(text, doc):
        sentence_text = sentence.of(text)
        names = find_mentions(doc, sentence, common)
        tracker.add_sentence(names)
        if is_question(sentence_text):
            continue
        attribution = find_attribution(doc, sentence, names, tracker)
        if attribution and not any(m.kind == "person" and m.label == attribution.label for m in names):
            tracker.sources.append(attribution.label)
        exclude = Span(attribution.start, attribution.end) if attribution else None
        parts = clauses(text, sentence)
        times = find_times(doc, sentence, published)
        for proposal in _propose(text, sentence, parts, names, times, tracker, attribution):
            clause, money, claim_type = proposal.clause, proposal.money, proposal.type
            time = _nearest_time(times, clause, proposal.anchor, prefer_deadline=claim_type == "pledge")
            source = None if proposal.own_voice or attribution is None else attribution.label
            value = score(
                clause.of(text) if money or clause != sentence else sentence_text,
                claim_type,
                money=money is not None,
                time=time is not None and time.value is not None,
                attributed=source is not None,
                named=bool(names),
            )
            if value < THRESHOLD:
                continue
            if claim_type == "warning" and source:
                subject = source
            else:
                subject = _subject(text, clause, sentence, proposal.anchor, names, tracker, exclude)
            predicate, obj, statement = describe(
                claim_type, subject, text, clause, proposal.cue, names, money.value if money else None, time, proposal.object
            )
            candidates.append(
                Candidate(
                    type=claim_type,
                    statement=statement,
                    subject=subject,
                    predicate=predicate,
                    object=obj,
                    value=money.value if money else None,
                    time=time or default_time,
                    attribution=source,
                    start=clause.start,
                    end=clause.end,
                    quote=text[clause.start : clause.end],
                    score=value,
                    hedges=_hedges(text, clause, money),
                )
            )
    return candidates
