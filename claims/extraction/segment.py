"""Sentence and clause segmentation with spaCy's rule-based components.

A blank English pipeline (tokenizer with its abbreviation exceptions, so
``Dr.``, ``U.S.`` and ``Inc.`` do not end sentences, and decimals such as
``£4.7bn`` stay whole) plus the rule-based sentencizer; no trained model is
loaded or downloaded. A small component after the sentencizer mends what the
punctuation rules get wrong in news text: an opening quote after a full stop,
a magnitude such as ``$5m.`` ending a sentence, an abbreviation such as
``U.S.``, a round's ``Series B.`` or a firm's ``GmbH.`` or ``Inc.`` ending one, and line breaks (headlines, datelines)
without a stop.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

_OPENING_QUOTES = frozenset("\"'“‘«")
_MAGNITUDES = frozenset({"k.", "m.", "mn.", "b.", "bn.", "tn.", "trn."})
_SENTENCE_END_ABBREVIATIONS = frozenset({"u.s.", "u.k.", "e.u.", "u.n.", "inc.", "ltd.", "corp.", "co.", "plc.", "llc.", "etc.", "jr.", "sr."})
_LEGAL_FORM_STOPS = frozenset({"inc.", "ltd.", "corp.", "co.", "llc.", "gmbh.", "plc."})
"""A firm's legal form written with a stop, which ends the sentence when a new one opens with a name after it."""
_AFTER_LEGAL_FORM = frozenset("ltd limited inc plc llc gmbh ag sa kg chief executive president chairman chairwoman vice senior managing head".split())
"""Words that may follow a legal form inside one sentence ("Acme Co. Ltd", "Apple Inc. Chief Executive Tim Cook said")."""
_ROUND_LETTER = re.compile(r"[A-H]\.")
"""A funding round's letter with the sentence's stop ("Series B.")."""
_SENTENCE_STARTERS = frozenset(
    {"The", "It", "He", "She", "They", "We", "But", "This", "That", "These", "Those", "Its", "Their", "A", "An", "In", "However", "Meanwhile", "And", "Yet"}
)
SECOND_PREDICATE = re.compile(
    r"and\s+(?:also\s+)?(?:made|carried|employs|employed|flies|flew|operates|operated|runs|ran|sells|sold|raised|reported|posted|opened|serves|served|won|hired)\s"
)
"""A clause that goes on with a second verb of the same doer ("carried 6.2 million passengers and made a net profit of EUR 74m")."""
_CLAUSE_BREAK = re.compile(
    r"\s*;\s*"  # semicolons
    r"|(?<![\d$£€])\s*[—―]\s*(?![\d$£€])|\s+[–-]{1,2}\s+"  # dashes, not inside a range
    r"|,\s+(?=(?:a|an|the)\s+(?:[\w'’-]+\s+){1,3}(?:that|which|who)\s[^,;.]*,)"  # an apposition holding a relative clause
    r"|,\s+(?=(?:but|while|whereas|although|though|and|which|who|with|as(?! well| much| many| part| of| a result))\s|in (?:a|an) (?:float|deal|round|sale|listing|move|transaction)\b)"  # coordinated and relative clauses
    r"|\s+(?=(?:and|but)\s+(?:[A-Z][\w'’.-]*\s+){1,3}[a-z]+(?:ed|s)\s)"  # "... and Microsoft pumped ..."
    r"(?!and\s+(?:[A-Z][\w'’.-]*\s+){0,2}(?:Authority|Commission|Agency|Board|Office|Council|Bureau|Partners|Capital|Holdings|Group|Company|Markets)\s)"
    # but not inside a body's name ("the Competition and Markets Authority blocked ...")
    r"|\s+(?=and\s+(?:would|will|plans\s+to|aims\s+to|expects\s+to)\s)"  # "... expected to hire 150 engineers and would open a plant"
    r"|\s+(?=" + SECOND_PREDICATE.pattern + ")"  # a second predicate of the same doer
    r"|\s+(?=and\s+(?:also\s+)?[a-z]{3,}s\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?\d[\d,.]*\s+[a-z])"  # "... and brews 40,000 barrels a year"
)


@dataclass(frozen=True, order=True)
class Span:
    """A stretch of text: code-point offsets, end exclusive."""

    start: int
    end: int

    def of(self, text: str) -> str:
        """The text this span covers."""
        return text[self.start : self.end]

    def contains(self, start: int, end: int | None = None) -> bool:
        """Whether ``[start, end)`` (or the offset ``start``) lies within this span."""
        end = start + 1 if end is None else end
        return self.start <= start and end <= self.end


@Language.component("claimgraph_sentence_fixes")
def _sentence_fixes(doc: Doc) -> Doc:
    """Mend the sentencizer's boundaries, read and written as one array.

    Setting ``Token.is_sent_start`` checks the whole document for a parse each
    time: once per mended boundary, that would grow with the square of the text.
    """
    text = doc.text
    starts = doc.to_array("SENT_START").astype("int64")  # 1: starts a sentence; -1: does not; 0: unknown
    for i in range(1, len(doc)):
        token, prev = doc[i], doc[i - 1]
        if prev.is_space and "\n" in prev.text and not token.is_space:
            starts[i] = 1
        elif prev.lower_ in _MAGNITUDES and i >= 2 and doc[i - 2].like_num and (token.is_title or token.text in _OPENING_QUOTES):
            starts[i] = 1
        elif (prev.lower_ in _SENTENCE_END_ABBREVIATIONS or _ROUND_LETTER.fullmatch(prev.text) and i >= 2 and doc[i - 2].lower_ in ("series", "class")) and token.text in _SENTENCE_STARTERS:
            starts[i] = 1  # "... raised $40m in a Series B. The round ..."
        elif prev.lower_ in _LEGAL_FORM_STOPS and token.is_title and token.lower_ not in _AFTER_LEGAL_FORM:
            starts[i] = 1  # "... to buy Kelmar Pumps GmbH. Kelmar Pumps had ...": a firm's legal form ends the sentence before a name
        if (
            token.text in _OPENING_QUOTES
            and i + 1 < len(doc)
            and starts[i + 1] > 0
            and token.idx > 0
            and text[token.idx - 1].isspace()
            and not text[token.idx + 1 : token.idx + 2].isspace()
        ):
            starts[i] = 1
            starts[i + 1] = -1
    return doc.from_array(["SENT_START"], starts.astype("uint64"))


T = TypeVar("T")
_BUILDING = threading.RLock()
"""Held while a shared spaCy object is built (re-entrant: a matcher is built from the pipeline)."""


def built_once(build: Callable[[], T]) -> Callable[[], T]:
    """``build`` run by the first caller only, the others waiting for it and then given what it built. Built twice at once
    by two requests of a new service, a pipeline and a matcher held different vocabularies, and the first documents
    failed to ingest (spaCy's E084)."""
    built = lru_cache(maxsize=1)(build)

    def once() -> T:
        with _BUILDING:
            return built()

    once.cache_info = built.cache_info  # type: ignore[attr-defined]  # how often it was built, for the tests
    return once


@built_once
def pipeline() -> Language:
    """The shared blank English pipeline (tokenizer, sentencizer, fixes)."""
    nlp = spacy.blank("en")
    infixes = [*nlp.Defaults.infixes, r"--", r"(?<=--)\(", r"\)(?=--)"]  # "SAN FRANCISCO--(BUSINESS WIRE)--Nimbly": a wire's dateline
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("claimgraph_sentence_fixes")
    nlp.max_length = 10_000_000
    return nlp


def parse(text: str) -> Doc:
    """Tokenize ``text`` and mark its sentences."""
    return pipeline()(text)


def strip(text: str, start: int, end: int) -> Span | None:
    """Shrink ``[start, end)`` to exclude surrounding whitespace; None if nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def sentences(text: str, doc: Doc | None = None) -> list[Span]:
    """Split ``text`` into sentences.

    Args:
        text: any text.
        doc: the parsed text, if already at hand.

    Returns:
        Sentence spans in order, without surrounding whitespace.

    >>> text = 'Dr. Lee said the U.S. unit raised £4.7bn. "It is big," she said.'
    >>> [s.of(text) for s in sentences(text)]
    ['Dr. Lee said the U.S. unit raised £4.7bn.', '"It is big," she said.']
    """
    doc = parse(text) if doc is None else doc
    spans = (strip(text, sent.start_char, sent.end_char) for sent in doc.sents)
    return [_past_timestamp(text, span) for span in spans if span is not None]


LIVE_TIME = r"\d{1,2}[:.]\d{2}"
"""A live blog's time of day ("09:20", "12.10")."""
_TIMESTAMP = re.compile(LIVE_TIME + r"(?:\s*[-–—])?\s+(?=[A-Z\"“])")
"""A live blog's time opening a line ("09:20 Shares in ...", "12:10 - The pound ...")."""


def _past_timestamp(text: str, span: Span) -> Span:
    """A sentence without the live blog's time that opens its line: the entry's words begin after it."""
    stamp = _TIMESTAMP.match(text, span.start, span.end) if span.start == 0 or text[span.start - 1] == "\n" else None
    return Span(stamp.end(), span.end) if stamp else span


def clauses(text: str, sentence: Span) -> list[Span]:
    """Split a sentence into clauses at semicolons, dashes and coordinating conjunctions.

    >>> text = "Nvidia touched a $3tn market cap and Microsoft pumped $100bn into data centres."
    >>> [c.of(text) for c in clauses(text, Span(0, len(text)))]
    ['Nvidia touched a $3tn market cap', 'and Microsoft pumped $100bn into data centres.']
    """
    pieces: list[Span] = []
    start = sentence.start
    for match in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if match.start() <= start:
            continue
        piece = strip(text, start, match.start())
        if piece is not None:
            pieces.append(piece)
        start = match.end()
    piece = strip(text, start, sentence.end)
    if piece is not None:
        pieces.append(piece)
    parts: list[Span] = []
    in_aside = False  # the piece before opened an aside that no comma closed: "which is listed in London and employs ..."
    for piece in pieces:
        closed = _close_aside(text, piece, in_aside)
        in_aside = (bool(_ASIDE_OPENER.match(text, piece.start)) or in_aside and _GOES_ON.match(text, piece.start) is not None) and len(closed) == 1
        parts += closed
    return parts or [sentence]


_ASIDE_OPENER = re.compile(r"(?:which|who|whose|(?:a|an|the)\s+(?:[\w'’-]+\s+){1,3}(?:that|which|who))\s", re.IGNORECASE)


_PLACE_IN_PLACE = re.compile(r"(?<=[a-z]), (?:[A-Z][\w.]*\s){0,2}[A-Z][\w.]*(?=, )")
"""A comma before the region of a town just named ("Austin, Texas,"), inside the aside that names them."""
_GOES_ON = re.compile(r"(?:and|or|but)\s", re.IGNORECASE)


def _close_aside(text: str, piece: Span, in_aside: bool = False) -> list[Span]:
    """A relative clause set off by commas ends at its closing comma: "which listed in 2022, trades at ...", and so does
    the rest of one the piece before opened ("which is listed in London | and employs 14,000 people, had argued")."""
    if not _ASIDE_OPENER.match(text, piece.start) and not (in_aside and _GOES_ON.match(text, piece.start)):
        return [piece]
    comma = text.find(", ", piece.start, piece.end)
    while comma >= 0 and _PLACE_IN_PLACE.match(text, comma, piece.end):
        comma = text.find(", ", comma + 2, piece.end)  # "which is headquartered in Austin, Texas, has": the aside goes on
    if comma < 0:
        return [piece]
    parts = [strip(text, piece.start, comma), strip(text, comma + 1, piece.end)]
    return [part for part in parts if part is not None]
