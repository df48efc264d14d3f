"""Names in text, and what "the company", "it" or "she" refers to.

Without a trained model there is no named-entity recogniser; names are runs of
capitalised tokens (with connectors such as "of" in "Bank of England"), typed
coarsely as person, organisation, place or demonym by their words and
context. A :class:`Tracker` remembers them through a document so that simple
descriptions and pronouns resolve to the last fitting name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from claimgraph.claims.extraction.segment import Span
from claimgraph.claims.extraction.timex import MONTHS, WEEKDAYS

ORG_WORDS = frozenset(
    "inc inc. ltd ltd. plc llc corp corp. co co. group capital partners ventures venture bank institute authority agency "
    "office ministry department university commission council fund funds holdings labs lab technologies technology systems "
    "ai act treasury association foundation trust board reserve exchange securities corporation company research centre "
    "center network networks robotics therapeutics energy analytics software media bio health insurance finance financial "
    "management advisors advisers consulting studios motors industries airlines semiconductor semiconductors compute cloud "
    "data house court parliament congress senate union organisation organization forum party service services".split()
)
PLACE_WORDS = frozenset("valley city county street bay island islands republic kingdom states emirates coast province region".split())
COUNTRY_CODES = frozenset({"UK", "US", "USA", "EU", "UAE", "U.S.", "U.K.", "E.U."})
DEMONYMS = frozenset(
    "american british english french german european chinese japanese indian canadian australian irish dutch swedish "
    "spanish italian korean israeli swiss nordic asian african scottish welsh".split()
)
TITLES = frozenset("mr mr. ms ms. mrs mrs. dr dr. prof prof. sir dame lord lady".split())
GENERIC_CAPS = frozenset(
    "ai ceo cfo cto coo ipo vc gdp api arr gpu gpus llm llms esg saas fintech series i ok tv pc q1 q2 q3 q4 h1 h2".split()
)
CONNECTORS = frozenset({"of", "for", "&", "de", "la", "du", "von", "van", "der", "al"})
_PLACE_BEFORE = frozenset({"in", "across", "throughout", "near"})
PLACES = frozenset(
    "britain england scotland wales ireland france germany spain italy portugal netherlands belgium sweden norway denmark "
    "finland poland switzerland austria europe america china japan india canada mexico brazil israel singapore australia "
    "korea taiwan africa asia london paris berlin amsterdam stockholm dublin munich madrid new york boston seattle tokyo "
    "beijing shanghai shenzhen bangalore toronto dubai silicon valley san francisco washington brussels cambridge oxford "
    "manchester edinburgh".split()
)
_NON_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS)

DESCRIPTIONS = {
    "company": "org", "firm": "org", "startup": "org", "start-up": "org", "group": "org", "business": "org",
    "lab": "org", "laboratory": "org", "bank": "org", "lender": "org", "fund": "org", "investor": "org",
    "regulator": "org", "watchdog": "org", "institute": "org", "agency": "org", "ministry": "org",
    "department": "org", "government": "org", "maker": "org", "chipmaker": "org", "insurer": "org",
    "retailer": "org", "platform": "org", "developer": "org", "provider": "org", "report": "source",
    "study": "source", "survey": "source", "data": "source", "analysis": "source", "research": "source",
    "prospectus": "org", "filing": "org", "accounts": "org", "results": "org",
}  # fmt: skip
"""Head nouns of descriptions ("the company") and what kind of name they stand for."""
PRONOUNS = {"it": "org", "its": "org", "they": "org", "their": "org", "he": "person", "his": "person", "him": "person",
            "she": "person", "her": "person"}  # fmt: skip


@dataclass(frozen=True)
class Mention:
    """A name in the text and a coarse kind: ``person``, ``org``, ``place``, ``demonym`` or ``name``."""

    start: int
    end: int
    label: str
    kind: str


def _is_cap(text: str) -> bool:
    return bool(text) and (text[0].isupper() or (len(text) > 1 and text[0].islower() and any(c.isupper() for c in text[1:])))


def common_words(doc: Doc) -> frozenset[str]:
    """Words the text also uses in lower case: a capitalised one at a sentence start is no name."""
    return frozenset(t.text for t in doc if t.is_lower)


def find_mentions(doc: Doc, span: Span, common: frozenset[str] = frozenset()) -> list[Mention]:
    """Find the names in ``span`` of a parsed text.

    Args:
        doc: the parsed text.
        span: where to look.
        common: words known to be common nouns (see :func:`common_words`).

    >>> from claimgraph.claims.extraction.segment import parse
    >>> text = "Last month, the Bank of England and Jane Doe of San Francisco-based Acme Labs met."
    >>> [(m.label, m.kind) for m in find_mentions(parse(text), Span(0, len(text)))]
    [('Bank of England', 'org'), ('Jane Doe', 'person'), ('San Francisco', 'place'), ('Acme Labs', 'org')]
    """
    sub = doc.char_span(span.start, span.end, alignment_mode="expand")
    if sub is None:
        return []
    tokens = list(sub)
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not _is_cap(token.text) or token.is_punct or token.lower_.rstrip(".") in _NON_NAMES:
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            nxt = tokens[j]
            if _is_cap(nxt.text) and not nxt.is_punct and nxt.lower_ not in _NON_NAMES and tokens[j - 1].whitespace_ or (
                _is_cap(nxt.text) and tokens[j - 1].text == "-" and not tokens[j - 2].whitespace_
            ):
                j += 1
            elif nxt.text == "-" and not tokens[j - 1].whitespace_ and not nxt.whitespace_ and j + 1 < len(tokens) and _is_cap(tokens[j + 1].text):
                j += 1
            elif (
                nxt.lower_ in CONNECTORS
                and j + 1 < len(tokens)
                and _is_cap(tokens[j + 1].text)
                and (nxt.lower_ not in ("of", "for") or tokens[j - 1].lower_ in ORG_WORDS)
            ):  # "Bank of England", "Department for Education", "AT&T", "Banco de España"
                j += 1
            else:
                break
        run = tokens[i:j]
        while run and run[-1].lower_ in CONNECTORS | {"-"}:
            run = run[:-1]
        i = j
        if not run:
            continue
        sentence_start = run[0].is_sent_start or (run[0].i > 0 and run[0].nbor(-1).is_sent_start and run[0].nbor(-1).is_punct)
        if sentence_start and (run[0].lower_ in STOP_WORDS or re.search(r"(ed|ing|ly)$", run[0].lower_) or (len(run) == 1 and (run[0].lower_.endswith("s") or run[0].lower_ in common))):
            run = run[1:]
        titled = False
        while run and (run[0].lower_ in STOP_WORDS | CONNECTORS or run[0].lower_ in TITLES):
            titled = titled or run[0].lower_ in TITLES
            run = run[1:]
        if not run or (len(run) == 1 and run[0].lower_ in GENERIC_CAPS):
            continue
        words = [t.lower_ for t in run]
        label = doc[run[0].i : run[-1].i + 1].text
        before = run[0].nbor(-1).lower_ if run[0].i > 0 else ""
        after = (run[-1].whitespace_ + doc[run[-1].i + 1 : run[-1].i + 15].text_with_ws)[:14].lower()
        if len(run) == 1 and words[0] in DEMONYMS:
            kind = "demonym"
        elif label in COUNTRY_CODES or label.lower() in PLACES or words[-1] in PLACE_WORDS or re.match(r"-(based|headquartered|listed)", after):
            kind = "place"
        elif any(w in ORG_WORDS for w in words) or (len(run) == 1 and run[0].is_upper and len(run[0].text) > 1):
            kind = "org"
        elif titled or before in TITLES or (2 <= len(run) <= 3 and all(t.is_title for t in run) and before not in ("the", "a", "an") and before not in _PLACE_BEFORE):
            kind = "person"
        elif before in _PLACE_BEFORE and len(run) <= 2:
            kind = "place"
        else:
            kind = "name"
        mentions.append(Mention(run[0].idx, run[-1].idx + len(run[-1].text), label, kind))
    return mentions


@dataclass
class Tracker:
    """Names seen so far in a document, for resolving descriptions and pronouns."""

    mentions: list[Mention] = field(default_factory=list)
    subjects: list[Mention] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    def add_sentence(self, mentions: list[Mention]) -> None:
        """Remember a sentence's names; its first organisation-like name is its subject."""
        self.mentions.extend(mentions)
        for mention in mentions:
            if mention.kind in ("org", "name"):
                self.subjects.append(mention)
                break

    def full_name(self, label: str) -> str:
        """The full name of a person named earlier, for a later surname ("Okafor" -> "Miriam Okafor")."""
        if " " in label:
            return label
        return next((m.label for m in reversed(self.mentions) if m.kind == "person" and m.label.split()[-1] == label), label)

    def resolve(self, phrase: str, before: int | None = None) -> str | None:
        """The name a description or pronoun refers to, or None.

        Args:
            phrase: e.g. "the company", "it", "the institute", "she".
            before: only names starting before this offset count.

        >>> t = Tracker()
        >>> t.add_sentence([Mention(0, 4, "Acme", "name"), Mention(10, 18, "Jane Doe", "person")])
        >>> t.resolve("the company"), t.resolve("she")
        ('Acme', 'Jane Doe')
        """
        words = re.findall(r"[\w-]+", phrase.lower())
        if not words:
            return None
        head = words[-1]
        seen = [m for m in self.mentions if before is None or m.start < before]
        subjects = [m for m in self.subjects if before is None or m.start < before]
        if head in PRONOUNS and len(words) == 1:
            kind = PRONOUNS[head]
            if kind == "person":
                return next((m.label for m in reversed(seen) if m.kind == "person"), None)
            return self._main_recent(subjects)
        if head.endswith("s") and head[:-1] in DESCRIPTIONS and head not in DESCRIPTIONS:
            head = head[:-1]
        kind = DESCRIPTIONS.get(head)
        if kind is None:
            return None
        if kind == "source":
            return self.sources[-1] if self.sources else None
        named = next((m.label for m in reversed(seen) if head in m.label.lower().split()), None)
        if named is not None:
            return named
        return self._main_recent(subjects)

    def _main_recent(self, subjects: list[Mention]) -> str | None:
        """Of the last few sentence subjects, the one the document names most (the latest on a tie)."""
        recent: list[str] = []
        for mention in reversed(subjects):
            if mention.label not in recent:
                recent.append(mention.label)
            if len(recent) == 3:
                break
        if not recent:
            return None
        counts = {label: sum(m.label == label for m in self.mentions) for label in recent}
        return max(recent, key=lambda label: (counts[label], -recent.index(label)))
