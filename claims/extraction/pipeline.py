"""From text to candidate claims: the steps of the other modules in order."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace

from claimgraph.claims.extraction.attribution import ANONYMOUS_HEADS, SAY_VERBS, Attribution, find_attribution, interview_answers
from claimgraph.claims.extraction.candidate import Candidate
from claimgraph.claims.texts import MAX_BYTES, check_text
from claimgraph.claims.extraction.mentions import BODY_WORDS, COUNTRY_DEMONYMS, DEMONYMS, DESCRIPTIONS, FIRM_NOUNS, GROUP_NOUNS, ONLY_PUBLIC, Mention, Tracker, alone_words, common_words, find_mentions, government_name, inside_words, tidy
from claimgraph.claims.extraction.money import ALL_CODES, MAGNITUDES, SYMBOLS, MoneyMention, find_money
from claimgraph.claims.model import Money
from claimgraph.claims.extraction.objects import PHRASE_END, founders, object_phrases
from claimgraph.claims.extraction.scoring import NUMBER, PERCENT, THRESHOLD, is_question, score
from claimgraph.claims.extraction.segment import LIVE_TIME, SECOND_PREDICATE, Span, clauses, parse, sentences, strip
from claimgraph.claims.extraction.statement import UNKNOWN_SUBJECT, describe
from claimgraph.claims.extraction.timex import MONTHS, WEEKDAYS, Published, TimeMention, find_times
from claimgraph.claims.extraction.typing_rules import FACT_CUES, MAIN_CUES, ON_A_MARKET, TRADING, Cue, find_cues, money_type

HEDGE_WORDS = re.compile(
    r"\b(?:reportedly|projected|expected|forecast|estimated|briefly|roughly|about|around|approximately|nearly|almost|"
    r"potentially|closing in on|could|may|might|is said to|understood to)\b",
    re.IGNORECASE,
)
DRIVERS = re.compile(r",?\s+(?:driven|fuell?ed|boosted|helped|powered)\s+(?:\w+\s+)?by\b", re.IGNORECASE)
"""A cause given for a figure ("revenue ... to $8bn, driven by enterprise contracts"): a claim of its own."""
SPLIT_TYPES = frozenset({"adoption", "comparison", "funding", "pledge"})
LEAD_INVESTOR = re.compile(r"\b(?:co-)?led by\s+(?:the\s+)?", re.IGNORECASE)
"""A round's lead investor: a funding claim of its own."""
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


def _with_its_subject(text: str, parts: list[Span], clause: Span) -> Span:
    """A clause that goes on with the verb after a relative clause ("Shares in X, which listed in 2016, rose 4% ..."), from
    the words it goes on from."""
    index = parts.index(clause) if clause in parts else -1
    if index < 2 or not _PREDICATE_AFTER_ASIDE.match(text, clause.start) or not re.match(r"(?:which|who|whose)\s", text[parts[index - 1].start : parts[index - 1].end]):
        return clause
    return Span(parts[index - 2].start, clause.end)


def _compared_in_brackets(text: str, sentence: Span, money: MoneyMention | None) -> list[Span]:
    """Brackets that hold another amount than the claim's, with its own period ("NOK 2,140 million (NOK 1,870 million in Q3
    2024)"): the period of a figure compared with, not the claim's."""
    spans = [Span(b.start(), b.end()) for b in _BRACKETS.finditer(text, sentence.start, sentence.end)]
    return [span for span in spans if (money is None or not span.contains(money.start)) and find_money(text, span.start, span.end)]


_BRACKETS = re.compile(r"\([^()\n]*\)")


def _with_its_time(text: str, parts: list[Span], clause: Span, times: list[TimeMention]) -> Span:
    """A second predicate of the same doer that names no time of its own, with the clause before it, whose time it shares
    ("carried 6.2 million passengers last year and made a net profit of EUR 74m")."""
    index = parts.index(clause) if clause in parts else -1
    if index < 1 or not SECOND_PREDICATE.match(text, clause.start) or any(clause.contains(t.start) for t in times):
        return clause
    return Span(parts[index - 1].start, clause.end)


_ASIDE = re.compile(
    r"(?:(?<=[\w.&'’)-]),\s+(?=(?:a|an|the)\s)|,\s+(?=(?:which|who|whose|where|in which|of which|now|once|founded|based|headquartered|owned)\s)|"
    r"(?<=[\w.&'’)-]),\s+(?=[A-Z][\w.-]+['’]s\s+(?:(?:second|third)[- ])?(?:largest|biggest|oldest|most valuable|fastest[- ]growing)\s))[^,]*(?:,|(?=[.!?]?$))"
)
_DESCRIBED = re.compile(r"(?:(?:^|\s)[A-Z][\w.&'’-]*|\bthe (?:company|firm|group|start-?up|bank|lender|business|fund))\s*,\s*$")
"""An aside on a firm, named or described ("the company, founded by former OpenAI staff, ..."): the writer's words."""
_DATE_WORDS = "|".join(word.capitalize() for word in (*MONTHS, *WEEKDAYS) if len(word) > 3 or word == "may")
_NAME_BEFORE = re.compile(
    r"(?:^|\s)(?!(?:%s)$)\(?[A-Z][\w.&'’-]*\)?$|\b[Tt]he\s+(?:%s)$" % (_DATE_WORDS, "|".join(sorted(DESCRIPTIONS, key=len, reverse=True)))
)
"""The word before an apposition's comma is a name's ("Brennick Energy, the Glasgow-based utility"), not a month's or a day's
("in May, the biggest drop"), or a description's ("The company, a joint venture between ...")."""
_DESCRIBED_DOER = re.compile(
    r"\b(the\s+(?:government|ministry|regulator|authority|commission|council|company|group|bank|firm|lender|fund))\s+"
    r"(?:would|will|has|had|plans\s+to|aims\s+to|intends\s+to|agreed\s+to)\s+[a-z]+", re.IGNORECASE
)
"""A doer named by a description before its verb, ahead of any name in the clause."""
_CARRIED_KINDS = frozenset({"revenue", "valuation", "market_cap", "funding"})
"""Kinds of figure a next sentence's bare amount may go on with ("Analysts had expected $1.29bn"); not a pledge's."""
_TIME_LEAD = re.compile(r"\s*(?:In|On|By|Since|Until|From|Last|Earlier|Later|This|Next|Early|Late)\b[^,.;]{0,25}")
"""A time that opens a sentence before its comma ("In March, ...")."""
_CHANGE_BEFORE = re.compile(
    r"(?:\b(?:up|down|rose|fell|grew|climbed|increased|decreased|jumped|dropped|gained|lost)\b[^,;]{0,30}\b(?:since|from)\s+|\b(?:up|down)\s+from\b[^,;]{0,25}|\b(?:up|down)\s+[\d.]+\s?(?:%|per ?cent)\s+on\s+|[\d.]+\s?(?:%|per ?cent)\s+(?:higher|lower|more|less|above|below)\s+than\s+(?:in\s+)?(?:the\s+same\s+(?:period|quarter|month|half|months)\s+(?:of|in)\s+)?|\b(?:highest|lowest|biggest|smallest|strongest|weakest|fastest|slowest)\b[^,;]{0,20}\bsince\s+|\bfrom\s+[\d.]+\s?(?:%|per ?cent)\s+in\s+|\b(?:times|twice|double|half)\s+(?:what|the|its|our|their)\b[^,;]{0,30}\bin\s+)$",
    re.IGNORECASE,
)
_SAYING = re.compile(r"\b(?:said|says|told|according)\b", re.IGNORECASE)
_CONTINUES = re.compile(r"\W*(?:(?:[A-Z][\w'’-]*\s+)+(?:was|were|came|ranked|is)\s+(?:next|second|third|fourth|fifth)\b|[Ff]ollowed by\b)")
"""A sentence that goes on down a list ("Spain was next, with $2bn"): its amount is of the kind the list is about."""
_RECORD = re.compile(
    r"\b(?:its|their|the)\s+(?:largest|biggest|highest|lowest|smallest)\s+(?:ever|yet|to date|on record)\b|\ba\s+(?:new\s+)?record\b(?!\s+(?:of|in)\b)|"
    r"\bthe\s+(?:highest|lowest|largest|biggest|smallest|strongest|weakest|fastest|slowest)\s+(?:level\s+|rate\s+|figure\s+|reading\s+)?(?:in|for|since)\s+"
    r"(?:(?:more than|almost|nearly|over|at least)\s+)?(?:a\s+|[\w-]+\s+)?(?:years?|decades?|months?|(?:19|20)\d\d)\b|"
    r"\b(?:first|second|third|fourth|fifth|sixth|\w+th)\s+(?:[\w-]+\s+)?(?:cut|rise|increase|fall|decline|hike|drop|gain)s?\s+in\s+a\s+row\b",
    re.IGNORECASE,
)
"""A record set by the amount or level before it ("$2bn of turbines, its largest ever purchase", "14%, the highest in two decades"):
a comparison claim of its own."""
_RECORD_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?:largest|biggest|highest)\s+(?:single\s+|ever\s+)?[\w-]+\s+(?:was|is|of the year was)\s+(?:the\s+)?$", re.IGNORECASE)
"""A record named before its amount ("The largest single round was the EUR 95m raised ..."): a comparison claim of its own."""
_CHANGE_BASE = re.compile(
    r"\b(?:up|down)\s+from\s+(?:(?:its|an?|the)\s+)?(?:(?:earlier|previous|prior)\s+)?(?:(?:guidance|forecast|estimate|range|target)\s+of\s+)?$|"
    r"\b(?:up|down)\s+[\d.]+\s?(?:%|per ?cent)\s+from\s+$|"
    r"\b(?:above|below|beating|ahead of|short of|against|exceeding|missing)\s+(?:(?:its|an?|the|their)\s+)?(?:[\w-]+\s+)?(?:target|forecast|guidance|estimate|expectations|goal|consensus)\s+of\s+$"
    r"|,\s+from\s+$"  # "cut its forecast to between $310m and $330m, from $380m"
    r"|\b(?:rose|fell|grew|climbed|increased|jumped|dropped|declined|slipped|edged up|edged down)\s+to\s+\S+(?:\s+[\w,]+){0,6}?\s+from\s+$",
    re.IGNORECASE,  # "rose to €312bn at the end of December from €289bn"
)
"""What an amount changed from ("$5m, up from $3m"): the base of a change, no claim of its own."""
_RESTATED = re.compile(r"(?:\s+(?:at|on)\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)?\s*\(\s*(?:(?:(?:19|20)\d\d(?:[/-]\d\d)?|FY\s?\d\d(?:\d\d)?|prior year|last year|[HQ][1-4](?:\s(?:19|20)\d\d)?|"
                       r"(?:the\s+)?(?:first|second|third|fourth)\s+(?:half|quarter)(?:\s+of)?\s+(?:19|20)\d\d|same period(?: of)? (?:last year|(?:19|20)\d\d))\s*:\s*)?(?:about|around|roughly|approximately|some|or)?\s*", re.IGNORECASE)
"""Between an amount and one in brackets right after it: a conversion ("PLN 480m (USD 121m)") or the year before's
figure ("GBP 58.1m (2024: GBP 41.7m)", "SEK 2.1 billion at 30 June (SEK 2.4 billion at 31 December 2024)"), not a fact of its own."""
STATE_TYPES = frozenset({"ownership", "location", "market_cap", "adoption"})
"""Claims about a state of affairs: the day a source reported them is not their time."""
_WARNING = {"warning": MAIN_CUES["warning"]}


def asides(text: str, sentence: Span) -> list[Span]:
    """Comma-enclosed asides of a sentence: appositions and relative clauses ("Acme, the Leeds-based lab, ...")."""
    found = []
    for match in _ASIDE.finditer(text, sentence.start, sentence.end):
        if text.startswith(", ", match.start()) and re.match(r",\s+(?:a|an|the)\s", text[match.start() : match.start() + 6]) and not _NAME_BEFORE.search(
            text, max(sentence.start, match.start() - 40), match.start()
        ) or _TIME_LEAD.fullmatch(text, sentence.start, match.start()):
            continue  # "In March, the Federal Court ordered ...": the sentence itself after its time, no apposition
        span = strip(text, match.start() + 1, match.end() - (1 if match.group().endswith(",") else 0))
        if span is not None and not _SAYING.search(text, span.start, span.end):
            found.append(span)
    return found


def _time_for(times: list[TimeMention], clause: Span, anchor: int, *, pledge: bool, skip: list[Span], aside: Span | None,
              other_money: list[MoneyMention], text: str, published: Published, said: list[Span]) -> TimeMention | None:  # fmt: skip
    """The time expression a claim refers to: the nearest fitting one in its clause, or None.

    When the attribution was made ("warned on Tuesday", "today said") is
    the claim's time only when the clause gives no other.

    A pledge takes its deadline, else a time after publication ("would list
    early next year", not "said on Monday"), where the clause gives one.

    Times inside asides the claim is not in, in the attribution (except for
    pledges: when they were announced), in a change ("up 65% since January"),
    in the words of a founding ("founded in 2018") or nearer to another amount
    are not the claim's.
    """
    found = []
    for time in times:
        if not clause.contains(time.start, time.end) or (aside is not None and not aside.contains(time.start, time.end)):
            continue
        if any(span.contains(time.start, time.end) for span in skip):
            continue
        window = max(clause.start, time.start - 36)
        if _CHANGE_BEFORE.search(text[window : time.start]) and not any(window <= m.end <= time.start for m in other_money):
            continue
        middle = (time.start + time.end) // 2
        if any(abs((m.start + m.end) // 2 - middle) < abs(anchor - middle) and not (time.end <= m.start and _is_change_base(text, clause, m)) for m in other_money):
            continue  # nearer another amount, unless that one is what a change is from and comes after ("last year, down from EUR 4.4bn")
        found.append(time)
    found = [t for t in found if not any(span.contains(t.start, t.end) for span in said)] or found
    if any(t.value and _PERIOD_WORDS.search(t.expression or "") for t in found) and _REPORTED.search(text, clause.start, clause.end):
        found = [t for t in found if t.precision != "day"] or found  # "reported a fall in fourth-quarter profit on Thursday": the quarter
    if pledge and any(t.deadline for t in found):
        found = [t for t in found if t.deadline]
    elif pledge:
        today = published.date.isoformat()
        found = [t for t in found if t.value and t.value > today[: len(t.value)]] or found
    if not found:
        return None
    found = [t for t in found if t.value or t.expression not in _VAGUE] or found  # "most recently £12m in a round ... in February": February
    # the nearest, counting a phrase before the claim as half as far again as one after it
    return min(found, key=lambda t: (anchor - t.end) * 1.5 if t.start < anchor else t.start - anchor)


def _founding_end(text: str, cue_end: int, sentence: Span, times: list[TimeMention]) -> int:
    """Where the words of a founding end: past its time where its phrase gives one ("founded by A and B in 2019 and is
    owned by C": not the ownership's), else a few characters past its verb ("founded in 2018")."""
    stop = PHRASE_END.search(text, cue_end, sentence.end)
    own = [t.end for t in times if cue_end <= t.start and t.end <= (stop.start() if stop else sentence.end)]
    return max(cue_end + 12, own[0]) if own else cue_end + 12


_VAGUE = frozenset({"recently", "lately", "in recent months", "in recent years", "to date"})
"""Time words that fix no time and give way to one that does in the same clause."""
_PERIOD_WORDS = re.compile(r"\b(?:quarter|half|months|weeks|full-year)\b", re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:reported|reports|posted|posts|announced|announces|published|publishes|unveiled)\b", re.IGNORECASE)
"""A period a figure is of, and the verb of its report: the day of the report is not the figure's time."""


def _is_change_base(text: str, clause: Span, money: MoneyMention) -> bool:
    """Whether an amount is what a change is from ("down from EUR 4.4bn", "rose to €312bn at the end of December from €289bn")."""
    return _CHANGE_BEFORE.search(text[max(clause.start, money.start - 36) : money.start]) is not None or _changed_from(text, clause.start, money)


def _changed_from(text: str, floor: int, money: MoneyMention) -> bool:
    """Whether the words before an amount, from ``floor`` on, make it the base of a change (:data:`_CHANGE_BASE`)."""
    return _CHANGE_BASE.search(text, max(floor, money.start - 80), money.start) is not None


_PLACE_PREPOSITION = re.compile(
    r"\b(?i:in|into|from|to|at|across|outside|near|throughout)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s+|\s+(?:and|or)\s+))*$"
)
"""Words before a place named as where something happened ("opened an office in Madrid", "customers in Spain and Italy"), not what a claim is about."""
_DESCRIPTOR = re.compile(r"[\w.&'’-]+-(?:based|headquartered)$")
"""A location cue that describes a firm ("Leeds-based"): the writer's words, scored on their own."""
_FIRM_AFTER = re.compile(r"(?:\s+(?!(?:by|of|from|with|for|and|in)\b)[a-z][\w-]*){0,4}\s+")
"""The words between such a description and the firm it describes ("-based electronics group Kurobe", none in "Berlin-based Klarwerk")."""
_TOWN_TRADE = re.compile(r"[A-Z][\w'’]+(?: [A-Z][\w'’]+)? [a-z]")
"""A location cue that opens with the town and goes on with the firm's trade ("Lisbon payments start-up")."""
_WHAT_FOUNDED = re.compile(r"\s+(?=[A-Z])")
"""Between an active founding verb and the firm founded ("co-founded Veloria Robotics")."""
_FIRM_NOUN = re.compile(r"(?:-based)?(?:\s+[a-z-]+){0,2}?\s+(?:%s)\b" % "|".join(sorted({k for k, v in DESCRIPTIONS.items() if v == "org"} | FIRM_NOUNS)))


_DESCRIBED_BY_PLACE = re.compile(r"\W*(?i:the|its|their)\s+[A-Z][\w-]*\s+(?:[a-z-]+\s+){0,3}?(?:%s)\b" % "|".join(sorted(FIRM_NOUNS)))
"""A clause opening with a firm described by its town ("The Galway supplier made ..."): the firm meant."""


_HEADLINE_VERB = re.compile(
    r"\s+(?:buys|sells|raises|wins|agrees|takes|makes|cuts|sues|fines|backs|hires|signs|plans|seeks|acquires|eyes|nears|bought|sold|raised|won|"
    r"agreed|took|made|hired|signed|acquired|withdrew|rose|fell|grew|paid|lost|kept|held|[a-z]+ed)\b"
)
"""A verb right after a name ("Pemberton buys data firm Arkwell"): the name does something, it describes no firm."""


_SHARE_PRICE = re.compile(
    r"\bshares?\b(?:(?!valu|worth|market)[^.;$£€¥]){0,100}?\b(?:rose|fell|jumped|dropped|climbed|gained|slipped|slumped|soared|tumbled|plunged|"
    r"closed|ended|traded|opened|were|stood)\s+(?:(?:(?:up|down|by)\s+)?[\d.]+\s?(?:%|per ?cent)\s+)?(?:to|at)\s+$",
    re.IGNORECASE,
)
_PER_SHARE = re.compile(r"\s*(?:a|per|each)\s+share\b", re.IGNORECASE)
"""An amount that is a share's price ("shares fell 4% to $37.20", "$12 a share")."""


def _describes_a_firm(text: str, mention: Mention) -> bool:
    """Whether a one-word name only describes the firm after it ("a Rotterdam firm", "the Lisbon company"): the firm is meant."""
    before = text[max(0, mention.start - 6) : mention.start]
    return bool(_FIRM_NOUN.match(text, mention.end)) and not _HEADLINE_VERB.match(text, mention.end) and bool(re.search(r"\b(?:an?|the)\s+$|(?:^|[.!?\n]\s*)$", before, re.IGNORECASE))


_SOURCE_GOES_ON = re.compile(
    r"(?:\s+(?:(?:on|in|last|this|next|earlier|early|late)(?:\s+(?:this|last|next))?\s+\w+|today|yesterday))*\s*,?\s*(?:that\s+)?(?:it|its|they|their|we|our)\b",
    re.IGNORECASE,
)
"""A source that goes on to speak of itself ("Acme said on Monday it had ordered ..."): the claim is about the source."""
_BOUGHT_STAKE = re.compile(r"\b(?:bought|buys?|buying|acquired?|acquires|acquiring|took|takes|taking|purchased?)\s+(?:[\w%.-]+\s+){0,4}?stake\b", re.IGNORECASE)
"""A stake bought ("has bought a 35% stake in"): with its price, one purchase."""
_FINDING = re.compile(r"(?:\bafter|,)\s+finding that\b", re.IGNORECASE)
"""What a body found, told as why it acted ("fined X after finding that ...", "blocked the deal, finding that ...")."""
_OWN_WARNING = re.compile(r"\bwarn(?:ed|s)?\s+(?:that\s+)?(?:it|its|they|their)\b", re.IGNORECASE)
"""A warning about the warner itself ("warned that it would miss its target")."""
_ANNOUNCED = re.compile(r"\b(?:announced|announces|unveiled|unveils)$")
"""A source's verb of making public its own act."""
_TO_DO = re.compile(r"\s+to\s+[a-z]+\b")
"""A source that goes on with what it is to do ("Fjordline expects to harvest 78,000 tonnes"): the claim is about the source."""
_REPORTS_ITS_OWN = re.compile(
    r"\s+(?:(?:a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:revenue|revenues|sales|profits?|loss|losses|earnings|turnover|income)\b", re.IGNORECASE
)
"""A source that goes on with a figure of its own ("Tandem Digital reported revenue of ..."): the claim is about the source."""
_SAID_HEAD = re.compile(r"(?:\s+(?:on|in)\s+\w+)?\s*,?\s*(?:that\s+)?((?:the|its|their)\s+[\w-]+)", re.IGNORECASE)
"""What a source speaks of ("sources confirm that the company ..."): the claim is about what it refers to."""


_PREDICATE_AFTER_ASIDE = re.compile(
    r"(?!(?:which|who|whose|where|when|while|and|but|or|as|after|before|because|although|though|if|with|including|according|up|down|"
    r"from|to|than|a|an|the|its|their|his|her|it|they|he|she|that|this|said|says|told)\b)[a-z]"
)
"""A clause that goes on with the verb after an aside ("..., which is listed in New York, bought Quayline"): the name before the aside did it."""


def _head_of(text: str, aside: Span, names: list[Mention]) -> str | None:
    """The firm an aside describes: the one named just before it ("Kryptovik, which is based in Bergen")."""
    return next((m.label for m in reversed(names) if m.kind in ("org", "name") and m.end <= aside.start and not text[m.end : aside.start].strip(" ,")), None)


_DESCRIPTION_BEFORE = re.compile(r"\W*(?:the|this|that)\s+[a-z][\w-]*\s*,?\s*$", re.IGNORECASE)
"""A sentence that opens with a description and then an aside ("The chain, which was founded in 1990, ...")."""


def _described_head(text: str, sentence: Span, aside: Span, tracker: Tracker) -> str | None:
    """What the description a sentence opens with, just before an aside, stands for."""
    match = _DESCRIPTION_BEFORE.fullmatch(text, sentence.start, aside.start)
    return tracker.resolve(match.group().strip(" ,\n\"“"), before=sentence.start) if match else None


def _sentence_before(tracker: Tracker, sentence: Span, clause: Span) -> str | None:
    """What "it" opening a sentence stands for: the subject of the sentence before, else the last firm before the clause."""
    return tracker.previous_subject(sentence.start) or tracker.resolve("it", before=clause.start)


def _body_of(text: str, source: str, names: list[Mention]) -> str:
    """The body a person speaks for when the sentence names them as its officer ("The Bank of England's deputy governor,
    Helen Archer, warned"), else the source itself."""
    person = next((m for m in names if m.label == source and m.kind == "person"), None)
    if person is None:
        return source
    body = next((m for m in reversed(names) if m.kind == "org" and m.end < person.start and _OFFICER_OF.fullmatch(text, m.end, person.start)), None)
    return body.label if body else source


_OFFICER_OF = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}[a-z-]+,?\s+")
"""Between a body and its officer's name ("'s deputy governor, ")."""


def _subject(text: str, clause: Span, sentence: Span, anchor: int, names: list[Mention], tracker: Tracker, exclude: Span | None,
             side: list[Span] = (), source: str | None = None) -> str | None:  # fmt: skip
    """The entity a claim is about.

    In an aside, the firm it describes; else the source when it goes on to
    speak of itself, or what the description after the source refers to
    ("confirm that the company ..."); else the first firm named before the
    claim in its clause (or at it), outside asides it is not in; else what
    the clause's head refers to; else the last place named before the claim,
    not after a preposition nor describing a firm ("a Rotterdam firm"); in the
    end, the document's main firm.
    """
    if _DONE_BULLET.match(text, clause.start, anchor) and (firm := tracker.most_named_firm()):
        return firm  # "- Completed the acquisition of Tamar Pumps": what the firm reporting did
    aside = _aside_of(side, anchor)
    if aside is not None:
        head = _head_of(text, aside, names) or _described_head(text, sentence, aside, tracker)
        if head is not None:
            return head
    if aside is None and clause.start > sentence.start and (
        re.match(r"and\s+(?:also\s+)?(?:[a-z]+s|will|would|has|had|is|was)\b", text[clause.start : clause.end]) or SECOND_PREDICATE.match(text, clause.start)
    ):
        # "Tessaly was spun out of Kurobe in 2012 and employs 1,400 people": the subject of what came before goes on
        return _subject(text, Span(sentence.start, clause.start), sentence, clause.start, names, tracker, exclude, side, source)
    if source and exclude and exclude.contains(anchor) and not tracker.is_person(source):
        return source  # "Bit2Me, the largest Spanish exchange, said": the source's own description is about it
    usable = [m for m in names if m.kind in ("org", "name", "place") and not (exclude and exclude.contains(m.start))]
    usable = [
        m for m in usable
        if not (m.kind == "place" and _PLACE_PREPOSITION.search(text, max(0, m.start - 48), m.start))
        and not (m.kind in ("place", "name") and " " not in m.label and _describes_a_firm(text, m))
        and not (m.kind == "place" and text.startswith(")", m.end) and re.search(r"\w\s*\($", text[max(0, m.start - 3) : m.start]))  # "Kassavo (Amsterdam)"
    ]  # fmt: skip
    if aside is None and _PREDICATE_AFTER_ASIDE.match(text, clause.start) and any(0 <= clause.start - s.end <= 2 for s in side):
        before = next((s for s in side if 0 <= clause.start - s.end <= 2), None)
        heads = [m for m in usable if sentence.start <= m.start < clause.start and m.kind != "place" and _aside_of(side, m.start) is None]
        head = next((m for m in reversed(heads) if before is not None and m.end <= before.start and not text[m.end : before.start].strip(" ,")), None)
        head = head or next(iter(heads), None)
        if head is not None:
            return head.label  # "Ardent Pay, which is listed in New York, bought Quayline": the firm just before the aside, else the first
        described = _described_head(text, sentence, before, tracker) if before else None
        if described is not None:
            return described  # "The chain, which was founded in 1990, has 140 shops": what "the chain" stands for
        if before and not heads and _NATIONAL_FIGURE.match(text, sentence.start, before.start) and (country := tracker.home_country()):
            return country  # "Core inflation, which excludes energy, eased to 5.4%": the country's
    founded = _FOUNDING_LEAD.match(text, sentence.start, sentence.end)
    before_anchor = [m for m in usable if clause.start <= m.start <= anchor and _aside_of(side, m.start) in (None, aside) and not (
        _FROM_SELLER.search(text, max(clause.start, m.start - 12), m.start) and _BUYING.search(text, clause.start, m.start))  # "agreed to buy a stake from Iberdrola": the buyer's
        and not (founded and m.start < founded.end())  # "Founded in 2020 by former DHL managers, Quillon says": not DHL
        and not _PASSIVE_AGENT.search(text, max(clause.start, m.start - 80), m.start)]  # "The firm was set up by Derek Tallis and was bought by": the firm
    if not [m for m in before_anchor if m.kind != "place"] and exclude and exclude.end <= anchor:
        if _NATIONAL_FIGURE.match(text, exclude.end, anchor) and (country := tracker.home_country()):
            return country  # "The Office for National Statistics said the economy grew 0.2%": the country's
        if source and source.split()[0].lower() not in ANONYMOUS_HEADS and (  # "a person familiar with the matter said it was": not the person's
            _SOURCE_GOES_ON.match(text, exclude.end) or not tracker.is_person(source) and (
                _REPORTS_ITS_OWN.match(text, exclude.end) or _TO_DO.match(text, exclude.end)
                or _ANNOUNCED.search(text, exclude.start, exclude.end)  # "The ministry announced a €1.5bn package"
                or re.search(r"\b(?:its|their)\b", text[exclude.end : clause.end])  # "Dalmore said the deal would add 8% to its earnings"
            )
        ):
            return source  # "Acme said on Monday it had ordered ...", "Tandem reported revenue of ..."
        said = _SAID_HEAD.match(text, exclude.end, anchor)
        resolved = tracker.resolve(said.group(1), before=exclude.end) if said else None
        if resolved:
            return resolved
    does = _DESCRIBED_DOES.match(text, sentence.start) if aside is None and clause.start <= sentence.start + 2 else None
    if does is not None and does.end() <= anchor and (resolved := tracker.resolve(f"the {does.group(1)}", before=sentence.start)):
        return resolved  # "The central bank also cut its forecast, citing demand for Aldorian machinery": the bank, not what it names after
    if aside is None and clause.start <= sentence.start + 2 and _IT_DOES.match(text, sentence.start):
        resolved = _sentence_before(tracker, sentence, clause)
        if resolved:
            return resolved  # "It now counts Royal Parcel among its customers": the firm, not the names after the verb
    firms = [m for m in before_anchor if m.kind != "place"]
    group = None if firms else _GROUP_AT.match(text, clause.start, anchor) or _GROUP_IN.search(text, clause.start, anchor)
    if group is not None and group.group(3).lower() in COUNTRY_DEMONYMS:
        words = " ".join(w if w.isupper() else w.lower() for w in group.group(1).split())
        return f"{COUNTRY_DEMONYMS[group.group(3).lower()]} {words}"  # "AI start-ups in the Netherlands raised ...": Dutch AI start-ups
    if not firms and (named := _DEMONYM_GROUP.match(text, clause.start, clause.end)) and named.group(1).lower() in DEMONYMS:
        return f"{named.group(1)} {named.group(2)}"  # "Portuguese start-ups raised ...": the group, not a firm named earlier
    if not firms and (sector := _SECTOR_FUNDING.match(text, clause.start, anchor)) and sector.group(1).lower() in DEMONYMS:
        return f"{sector.group(1)} {sector.group(2).strip()}"  # "European fintech funding fell to $9.7bn": European fintech
    if not firms and (into := _INTO_GROUP.search(text, clause.start, clause.end)) and into.group(1).lower() in DEMONYMS:
        return f"{into.group(1)} {into.group(2)}"  # "Investors put EUR 6.8bn into Nordic start-ups": the group funded
    flow = None if firms else _FLOW_IN.match(text, clause.start, anchor)
    if flow is not None and flow.group(1).lower() in COUNTRY_DEMONYMS:
        return flow.group(1)  # "Venture investment in Portugal reached ...": the country
    if not firms and (bare := _BARE_GROUP.match(text, clause.start, clause.end)) and (home := tracker.home_demonym()):
        group = bare.group(1).lower()  # "Households owed EUR 96bn" in a text about Portugal: Portuguese households
        return group if group.startswith(("foreign ", "overseas ", "international ")) else f"{home} {group}"  # but "Foreign investors": no one's
    if not firms and _SALES_IN.match(text, clause.start, anchor) and (firm := tracker.most_named_firm()):
        return firm  # "Sales in the Republic of Ireland rose 6%": the firm's, in that market
    if not firms and _EURO_ZONE.match(text, clause.start, anchor):
        return "euro zone"  # "Euro zone inflation was 1.8%", "inflation in the euro zone fell"
    if not firms and (currency := _CURRENCY_MOVES.match(text, clause.start, anchor)):
        return currency.group(1).lower()  # "The euro was flat at $1.08": the currency, not the firm named before
    if not firms and _NATIONAL_FIGURE.match(text, clause.start, anchor) and (country := tracker.home_country()):
        return country  # "Inflation fell to 3.2% in October": the country the text is about, not the firm named before
    doer = _DESCRIBED_DOER.search(text, clause.start, firms[0].start) if firms else None
    if doer is not None and (resolved := tracker.resolve(doer.group(1), before=doer.start())):
        return resolved  # "the government would give ASIC an extra A$48m": the giver, not the name after the verb
    if len(firms) > 1 and re.match(r"['’]s\b", text[firms[0].end : firms[0].end + 2]):
        firms = firms[1:]  # "Helixgrid's closest competitor, Voltaic, has ...": the competitor
    if firms:
        return firms[0].label
    opens_with_it = _OPENS_WITH_IT.match(text, sentence.start, sentence.end) is not None
    if opens_with_it and clause.start <= sentence.start + 2 and not before_anchor:
        return _sentence_before(tracker, sentence, clause)  # "Its shares rose": the sentence before's firm
    head = (
        _DESCRIBED_BY_PLACE.match(text, clause.start, clause.end) or _OPENS_DESCRIBED.match(text, clause.start, clause.end)
        or re.match(r"\s*(?:(?:the|its|their)\s+)?[\w-]+", text[clause.start : clause.end], re.IGNORECASE)
    )  # "The central bank also cut ...": the bank
    resolved = tracker.resolve(head.group(), before=clause.start) if head else None
    if resolved:
        return resolved  # "The company ... is one of Portugal's most valuable start-ups": the company
    if head and head.group().split()[-1].lower() in ONLY_PUBLIC and not before_anchor:
        return None  # "The regulator found ..." in a text that names no public body: none of its firms
    if before_anchor:
        last = before_anchor[-1]
        country = COUNTRY_DEMONYMS.get(last.label.lower()) if last.kind == "place" and _COUNTRY_S_MINISTER.match(text, last.end) else None
        return f"{government_name(country)} government" if country else last.label  # "Ireland's housing minister pledged": Ireland's government
    in_sentence = [m for m in usable if sentence.start <= m.start < anchor]
    if in_sentence:
        return in_sentence[-1].label
    if opens_with_it:
        return _sentence_before(tracker, sentence, clause)
    return tracker.resolve("it", before=clause.start) or (usable[0].label if usable else None) or tracker.previous_subject(sentence.start)


_DONE_BULLET = re.compile(r"[ \t]*[-•*–][ \t]+(?:[A-Z][a-z]+ed|Won|Sold|Cut|Made|Began|Took|Grew|Hired|Paid|Bought|Built|Set)\b")
"""A bullet that opens with what was done, its doer left out ("- Opened 14 new branches"): the firm reporting."""
_GROUP_NOUNS = r"(?i:start-?ups|%s)" % "|".join(sorted(GROUP_NOUNS, key=len, reverse=True))
"""Plural nouns that name a group of firms or people."""
_GROUP = r"((?:(?:[A-Z]{2,5}|[A-Za-z][a-z-]+)\s+){0,2}?" + _GROUP_NOUNS + r")\s+(in|from)\s+(?:the\s+)?([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
_GROUP_AT = re.compile(r"[\W]*" + _GROUP)
_GROUP_IN = re.compile(r"(?:(?<=[,:] )|(?<=\bsaid )|(?<=\bthat ))" + _GROUP)
"""A group that opens its clause, named by where it is ("Businesses in Denmark spent ..."): the country's, by its demonym."""
_SHARE_OF_GROUP = r"(?i:(?:(?:about|nearly|almost|more than|less than|some|over|under|only)\s+)?(?:\d[\d.]*\s?%|half|a (?:third|quarter|fifth|tenth)|two thirds|one in \w+)\s+of\s+(?:the\s+|all\s+)?)?"
"""A share of a group before it ("About 9% of Irish households")."""
_DEMONYM_GROUP = re.compile(r"\W*(?:[^:;.\n]{1,40}:\s+)?" + _SHARE_OF_GROUP + r"([A-Z][a-z]+)\s+((?:(?:[A-Z]{2,5}|[a-z][a-z-]+)\s+){0,2}?" + _GROUP_NOUNS + r")\b")
"""A group that opens its clause, named by its nationality ("Portuguese start-ups raised ...")."""
_BARE_GROUP = re.compile(
    r"\W*" + _SHARE_OF_GROUP + r"((?:(?!(?:It|Its|They|Their|We|Our|He|She|This|That|These|Those|There|The|A|An)\b)(?-i:[A-Z])[a-z-]+\s+"
    r"(?:(?!(?:the|of|a|an|and|or|that|which|who|number|share)\b)[a-z][\w-]*(?<![a-z]s)\s+){0,2}?)?" + _GROUP_NOUNS + r")\b(?!['’]|\s+(?:in|from|of)\s)"
)
"""A group that opens its clause named by no country ("Households owed ...", "Small firms spent ..."): the text's country's."""
_INTO_GROUP = re.compile(r"\binto\s+([A-Z][a-z]+)\s+((?:(?:[A-Z]{2,5}|[a-z][a-z-]+)\s+){0,2}?" + _GROUP_NOUNS + r")\b")
"""Money put into a group named by its nationality ("into Nordic start-ups")."""
_SECTOR_FUNDING = re.compile(r"\W*([A-Z][a-z]+)\s+((?:(?:[A-Z]{2,5}|[a-z][a-z-]+)\s+){1,2}?)(?:venture\s+)?(?:funding|investment|financing)\b")
"""A sector's funding named by its nationality ("European fintech funding fell ..."): the sector's firms of that place."""
_FLOW_IN = re.compile(
    r"\W*(?:[A-Za-z-]+\s+){0,2}?(?i:investment|funding|spending|exports|imports|lending|housebuilding|construction|output|production|unemployment|inflation)"
    r"\s+in(?:to)?\s+(?:the\s+)?([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b(?!['’])"
)
"""Money flowing in a country, opening its clause ("Venture investment in Portugal reached ..."): the country's."""
_SALES_IN = re.compile(r"\W*(?:(?:its|our|online|like-for-like|group)\s+)?(?:sales|revenue|turnover|orders)\s+in\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)
"""A firm's figure in one market, opening its clause ("Sales in the Republic of Ireland rose ..."), unlike a market's ("Retail sales in ...")."""
_CURRENCY_MOVES = re.compile(r"\W*(?:[^,.;]{0,40},\s+)?(?:(?:while|and|but)\s+)?(?:the\s+)?(euro|dollar|pound|sterling|yen|yuan|franc|rouble|rupee|krona|krone|zloty)\s+(?:was|is|has|had|rose|fell|gained|slipped|climbed|dropped|traded|stood|held|firmed|weakened|strengthened|closed|ended|finished|touched|hit|eased|edged)\b", re.IGNORECASE)
"""A currency's move opening its clause ("The euro was flat at $1.08", "Sterling rose 0.3%")."""
_EURO_ZONE = re.compile(
    r"\W*(?:(?:as|while|and|but|after|the|annual)\s+)*(?:euro[- ]?zone|eurozone)\s+(?:inflation|unemployment|economy|growth|gdp)\b|"
    r"\W*(?:(?:as|while|and|but|after|the|annual)\s+)*(?:inflation|unemployment|economic growth|growth|gdp)\s+in\s+the\s+(?:euro[- ]?zone|eurozone)\b",
    re.IGNORECASE,
)
"""A figure of the euro zone's economy, which is no one country's."""
_NATIONAL_FIGURE = re.compile(
    r"\W*(?:(?:the|annual|consumer[- ]price|headline|core|its)\s+)*(?:inflation|unemployment|jobless rate|economy|gdp|gross domestic product|"
    r"economic (?:growth|output)|(?:regular\s+|average\s+)?(?:wage|pay|earnings) growth|house prices|retail sales|public debt|national debt|budget deficit|"
    r"government borrowing)\b(?!\s+(?:in|at)\s|\s+of\s+[A-Za-z])",
    re.IGNORECASE,
)
"""A figure of a whole economy opening its clause ("Inflation fell to ...", "The economy grew ..."), not one said to be of a place or firm."""
_OPENS_WITH_IT = re.compile(r"\s*[\"“]?(?:It|Its)\s")
"""A sentence that opens with "It" or "Its": what it is about is what that means, not the first name in it."""
_IT_DOES = re.compile(r"\s*[\"“]?It\s+(?:(?:now|also|still|then|already|later|recently)\s+)?(?!(?:%s)\b)[a-z]+\b" % "|".join(sorted(SAY_VERBS)))
"""A sentence whose subject is "It" before its verb: names after the verb are what it does something to."""
_SOURCE_GOES_ON_SAYING = re.compile(r"(?:which|who)\s+(?:also\s+|has\s+|had\s+)?(?:%s)\b" % "|".join(sorted(SAY_VERBS)), re.IGNORECASE)
"""A relative clause in which the source speaks ("a report by the institute, which found that ..."): the clause is attributed."""
_SPEECH_GOES_ON = re.compile(r"and\s+(?:that\s+)?(?:it\s+|they\s+|the\s+\w+\s+)?(?:would|will|had|has|expects?|plans?)\b", re.IGNORECASE)
"""A clause that goes on with what the source said ("said it expected to hire 150 engineers and would open a plant")."""
_SAID_WHEN = re.compile(r"\b(?:%s)\s+(?:on\s+)?$" % "|".join(sorted(SAY_VERBS)), re.IGNORECASE)
"""Words before when something was said ("found last month that ...")."""
_BACK_REFERENCE = re.compile(r"(?:That|This)\s(?!\s*(?:company|firm|bank|group|fund)\b)(?:[^\d]*)$")
"""A clause about "that" or "this" with no figure ("That had been promised in the spring."): with no name either, a remark on the
sentence before, no claim of its own."""
_HELD = re.compile(
    r"\b(?:stakes? in|(?:owns?|holds?|keeps?|kept|retains?|retained) (?:about |nearly |some |almost |roughly |more than )?(?:\d[\d.]*%|(?:a|one) (?:third|quarter|fifth|tenth|half)|half|two thirds|a majority|a minority) of|(?<!-)backed(?! by)|backs|backing|invested in|fine[ds]|fine (?:(?:imposed|levied) )?on|ordered|required|(?:investigation|inquiry|probe) into(?: whether)?|"
    r"raised (?:(?:in|on|last) \w+ )?by|(?:dismissed|rejected|upheld|allowed|heard) (?:an|the|its) appeal by)\s+|"
    r"\bvalu(?:e|es|ed|ing)\s+(?=the\s|(?-i:[A-Z]))|\b(?:offer(?:ed|s)?|bid)\b(?:[^.;]|\.(?=\d)){0,40}?\bfor\s+(?=the\s)|"
    r"\b((?:largest|biggest|main) (?:outside |institutional |external )?(?:shareholder|investor|owner|backer))\b(?:\s+in\s+)?|"
    r"\b((?:holds?|owns?|keeps?|retains?)\s+(?:about |nearly |some |almost |roughly |more than )?(?:an?\s+)?\d[\d.]*%(?:\s+stake)?|"
    r"(?:sells?|sold|selling)\s+(?:(?:part|some|half|all)\s+of\s+)?(?:its|their)\s+\d[\d.]*%\s+stake)(?!\s+(?:stake\s+|share\s+)?(?:of|in)\b)",
    re.IGNORECASE,
)
"""Words before what a stake, a backing, a fine, an order, a value or an offer is in, and a largest holder (of the firm at
hand unless "in" names one): the subject of an ownership, funding, fine, order or valuation claim."""

_OPENS_WITH_DESCRIPTION = re.compile(r"\W*((?:[Tt]he|[Ii]ts)\s+[a-z-]+|It)\s+(?:(?:has|had|also|then|later)\s+)?$")
"""A clause that opens with a description or "It" just before the verb of a stake, fine or order ("The regulator fined ..."): its
doer."""

_REPORT = re.compile(r"\b(?:report|study|survey|analysis|research|ranking|index)\b", re.IGNORECASE)
"""A source cited by its report ("according to a report by CEFA"): "the report" after it is that one."""
_COUNTRY_S_MINISTER = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}(?:minister|ministry|government)\b")
"""What makes a country named before it its government ("Ireland's housing minister", "Spain's economy ministry")."""
_DEFINED = re.compile(r"(?:,?\s+(?:plc|Inc\.?|Ltd\.?|AG|SA|NV|AB|ASA|GmbH|LLC))?\s*\((?=[^()]{0,80}[\"“])[^()]{1,80}\)")
"""Short names a text defines for a firm in brackets after it, in quotation marks ('Acme plc ("Acme" or "the Company")')."""
_TERM = re.compile(r"((?:the\s+)?)[\"“]([^\"”]{1,40})[\"”]", re.IGNORECASE)


def _defined_terms(brackets: str) -> list[str]:
    """The terms defined in brackets, each with the "the" written before its quotation mark (the "Company": "the Company")."""
    return [" ".join((the + term).split()) for the, term in _TERM.findall(brackets) if term.strip()]


_COMMITMENT_LEAD = re.compile(r"\b(?:commit(?:s|ted|ments?)?|pledge[sd]?|promise[sd]?|undertak(?:es?|ings?)|undertook|agreed|will)\b[^.:;]*:$", re.IGNORECASE)
"""A sentence that introduces a list of what its doer commits to ("Veltro and Kairon have offered the following binding commitments:")."""
_BULLET = re.compile(r"\s*[-•*–]\s")
_TO_BULLET = re.compile(r"\s*[-•*–]\s+to\s+[a-z]+")
"""A bullet of such a list, what is to be done ("- to sell 1,400 mast sites ...")."""
_LIST_HEADING = re.compile(r"[A-Z][a-z]+(?:\s+[a-z]+){0,3}:")
"""A heading over a list, in a few words ending with a colon ("Key facts:", "Highlights:")."""
_LEAD_LABEL = re.compile(r"[ \t]*[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}:\s+")
"""A short label before a colon that opens a paragraph's sentence ("Zaragoza: ", "Castlegate Bank: "), as in a column of briefs."""
_VERB = (
    r"\s+(?:also\s+|now\s+|still\s+|then\s+)?(?:[a-z]+(?:ed|s)|is|was|has|had|have|will|would|can|could|may|might|must|found|said|saw|gave|took|"
    r"told|won|lost|paid|led|became|began|grew|rose|fell|cut|set|kept|held|sold|bought|made|put|spent)\b"
)
"""A verb after its doer, perhaps after an adverb."""
_HEAD = r"(?:[a-z-]+\s+){0,2}?(%s)\b" % "|".join(sorted(DESCRIPTIONS, key=len, reverse=True))
"""A description's head noun, after up to two words ("central bank", "parcel carrier")."""
_DESCRIPTION = _HEAD + r"(?=['’,]|" + _VERB + ")"
"""A description's words up to its head noun, before the verb ("central bank also cut", "parcel carrier said")."""
_DESCRIBED_DOES = re.compile(r"\W*[Tt]he\s+" + _HEAD + r"(?=" + _VERB + ")")
"""A sentence whose doer is a description, its verb next ("The central bank also cut its forecast for Aldorian ...")."""
_OPENS_DESCRIBED = re.compile(r"\W*[Tt]he\s+" + _DESCRIPTION)
"""A sentence that opens with a description ("The institute warned ...", "The central bank also cut ...")."""
_DESCRIBED_SPEAKS = re.compile(r",\s+[Tt]he\s+" + _DESCRIPTION + r"\s+(?:said|says|added|reported|announced)\s+(?:that\s+)?(?:it|its)\b|\b(?:said|says)\s+(?:that\s+)?the\s+" + _DESCRIPTION)
"""A description that speaks of itself after an opening phrase, or that a speaker tells of ("In its quarterly report, the bank said
it ...", "Heller said the bank had sold ..."): what the sentence is about."""
_FIGURE = re.compile(r"[$£€¥₹]\s?\d|\b[A-Z]{3}\s?\d|\d\s?(?:%|per ?cent\b)")
"""An amount or a share: a name after a sentence's first is seldom what the sentence is about (not a year: "In 2024, Acme ...")."""
_BASED_LEAD = re.compile(r"\s*(?:Based|Headquartered)\s+in\s+[^,.;]*(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?,\s*(?=[A-Z])")
"""Where a firm is based, opening the sentence before the firm ("Based in Austin, Texas, Kitestring ...")."""
_FOUNDING_LEAD = re.compile(r"\s*(?:Co-)?(?:Founded|Set up|Started|Established|Launched)\b[^,.;]*,\s*")
"""A founding that opens a sentence, before the firm it founded ("Founded in 2020 by former DHL managers, Quillon ...")."""
_OPENING = re.compile(r"[^\w]*(?:" + LIVE_TIME + r"[^\w]*)?(?:the\s+)?", re.IGNORECASE)
"""What may come before the firm a sentence opens with: marks, a live blog's time, "the"."""
_IT_SAID = re.compile(r"\W*It\s+(?:(?:also|later|then)\s+)?(%s)\b" % "|".join(sorted(SAY_VERBS)))
"""A sentence that opens with "It said": the source is what the sentence before opened with."""
_LED_A_ROUND = re.compile(r"(?:which|who)\s+(?:also\s+|had\s+|has\s+)?(?:co-)?led\s+(?:a|an|the|its)\b", re.IGNORECASE)
"""An aside on an investor that led a round: the round is the firm at hand's."""
_REFERS_BACK = re.compile(r"(?:which|who)\b[^.;]*?\b(?:for|on|in|into)\s+(?:it|them)\b", re.IGNORECASE)
"""A relative clause whose amount is for what the main clause is about ("which paid £310m for it")."""
_RANKS = re.compile(r"\b(?:ranks|ranked|puts|put|places|placed|counts|counted)\s+((?:the\s+)?[a-z]+(?=\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|among|top|bottom)\b)|(?-i:[A-Z])[\w'’-]+)", re.IGNORECASE)
"""A source's verb of ranking and what it ranks ("ranks the country fifth", "counts Madrid among ..."): the comparison's subject."""
_BUYING = re.compile(r"\b(?:buy|buys|buying|bought|acquire|acquires|acquiring|acquired|purchase|purchases|purchasing|purchased)\b", re.IGNORECASE)
_FROM_SELLER = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
"""A verb of buying, and the word before the seller after it ("bought the unit from Acme for $5m": Acme sold)."""
_PASSIVE_AGENT = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:[\w,-]+\s+){0,6}?by\s+(?:[a-z][\w-]*\s+){0,3}$")
"""What comes before the doer of a passive ("was founded in 1978 by haulier "): the doer is not what the clause is about."""
_PURCHASE_BY = re.compile(r"\b(?:purchase|acquisition|takeover|buyout) of\b[^.;,]{1,80}?\bby\b|\b(?:be|been|being|was|were|is) (?:bought|acquired|taken over) by\b", re.IGNORECASE)
"""A purchase named with its buyer after "by": the claim is the buyer's."""
_QUOTED = re.compile(r"[\"“][^\"“”\n]*[\"”]")
"""Words in quotation marks."""
_OPENS_QUOTE = re.compile(r"\s*[\"“]")
_QUOTE_MARKS = re.compile(r"[\"“”]")
_QUOTE_AFTER_SAYING = re.compile(r":\s*[\"“]")
"""A quotation opened after its speaker ("Fiona Marchetti said: \"Our customers ...")."""
_WE = re.compile(r"\W*(?:(?:[A-Z]\w*\s+and\s+)?(?:we|I)|our|us|the founders)\b", re.IGNORECASE)
"""A clause whose subject is the speaker's side ("We had", "Our staff", "Tom and I still hold")."""
_OUR = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
_ROLE_OF = re.compile(
    r",\s+(?:(?:the|its|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:of|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$|"
    r",\s+who\s+(?:runs|leads|heads|chairs|founded|co-founded|set up|started|owns)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$"
)
"""Words between a person and the firm they speak for, after the name ("Jane Roe, chief executive of", ", who runs the Newport firm")."""
_ROLE_AT = re.compile(r"^(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}[\w-]+(?:,\s+|\s+)$")
"""Words between a firm and a person who speaks for it, before the name ("Acme's chief executive, ", "Acme chief executive ")."""


def _speakers_firm(text: str, sentence: Span, speaker: str, names: list[Mention]) -> str | None:
    """The firm a person quoted in the sentence speaks for, where the sentence says ("said Jane Roe, chief executive of Acme")."""
    person = next((m for m in names if m.label == speaker and sentence.contains(m.start)), None)
    if person is None:
        return None
    firms = [m for m in names if m.kind in ("org", "name") and sentence.contains(m.start)]
    after = next((m for m in firms if person.end < m.start <= person.end + 80 and _ROLE_OF.search(text, person.end, m.start)), None)
    before = next((m for m in reversed(firms) if person.start - 40 <= m.end < person.start and _ROLE_AT.match(text[m.end : person.start])), None)
    return (after or before).label if after or before else None


_INVESTOR_BEFORE = re.compile(r"\b(?:(?:co-)?led by|backed by|backers?|investors?|(?:money|funding|investment|participation) from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
"""Words before an investor's name ("led by the Swedish fund", "existing backer")."""


def _is_investor(text: str, sentence: Span, label: str | None, names: list[Mention]) -> bool:
    """Whether a funding claim's subject is named in its sentence only as an investor: the firm funded is another."""
    named = [m for m in names if m.label == label and sentence.contains(m.start)]
    return bool(named) and all(
        _INVESTOR_BEFORE.search(text, max(sentence.start, m.start - 50), m.start) or _INVESTOR_AFTER.match(text, m.end, sentence.end) for m in named
    )


_TOOK_PART = re.compile(r"(?:also\s+)?(?:took part|participated|invested|joined|(?:co-)?led the (?:round|investment|raise))\b")
"""What backers of a round did ("also took part", "led the round")."""
_INVESTOR_AFTER = re.compile(r"(?:\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?)?\s*" + _TOOK_PART.pattern)
"""Words after an investor's name ("Almvik Capital and the US fund Cedar Point Bio also took part")."""


_BEFORE_HELD = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w-]+\s+(?=(?:[a-z-]+\s+){0,2}(?:%s)\s+[A-Z]))?(?:(?!(?:and|or|but)\s)[a-z-]+\s+){0,3}(?:[a-z-]+,\s+)?" % "|".join(sorted(FIRM_NOUNS))
)
"""Words between a stake's, fine's or backing's verb and the firm it is in: a description, perhaps with the firm's town ("the Oslo
battery maker Fjellkraft"), or an apposition ("the unit, Solvane")."""


_SHARES_IN = re.compile(r"\b(?:shares|stock|stake)\s+(?:in|of)\s+(?:the\s+)?$", re.IGNORECASE)
"""The words before a firm whose shares a sentence is about."""


def _respective(text: str, clause: Span, names: list[Mention], monies: list[MoneyMention], money: MoneyMention | None) -> str | None:
    """The one of several names a clause's amount goes with, in the same order, where it says "respectively" ("Germany,
    France and Italy will spend €4bn, €3bn and €2bn respectively": €3bn is France's)."""
    if money is None or not _RESPECTIVELY.search(text, clause.start, clause.end):
        return None
    amounts = [m for m in monies if clause.contains(m.start)]
    if money not in amounts:
        return None
    named = [m for m in names if m.kind in ("org", "name", "place") and clause.start <= m.start < amounts[0].start]
    return named[amounts.index(money)].label if len(named) == len(amounts) > 1 else None


_EXPECTED_BY = re.compile(r"\s+(?:that\s+)?(?:analysts|economists|investors|the market)\s+(?:had\s+|have\s+)?(?:expected|forecast|predicted|estimated)\b", re.IGNORECASE)
"""The words after an amount that others expected ("€9.1 billion analysts had expected")."""
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


def _held(text: str, clause: Span, names: list[Mention], tracker: Tracker) -> str | None:
    """What the clause's stake, backing, fine, value or offer is in ("owns 38% of the company" -> the company), if it says."""
    match = _HELD.search(text, clause.start, clause.end)
    if match is None:
        return None
    rest = text[match.end() : clause.end]
    at = match.end() + _BEFORE_HELD.match(rest).end()
    # "the trading platform Kryptovik", "the Oslo battery maker Fjellkraft", "the unit, Solvane"
    named = next((m.label for m in names if (m.kind in ("org", "name", "person") or m.guessed_place) and at <= m.start <= at + 1), None)
    if named is not None:
        return named
    head = re.match(r"the\s+(company|firm|start-?up|bank|group|business|lender|unit|division|arm|subsidiary)\b", rest, re.IGNORECASE)
    if match.group(2) and re.search(r"\b(?:in|of) which\b", text[max(clause.start, match.start() - 60) : match.start()]):
        return None  # "Tessaly, in which Hayamoto owns a 20% stake": the aside says in whom
    traded = next((m.label for m in names if clause.start <= m.start < match.start() and _SHARES_IN.search(text, max(0, m.start - 16), m.start)), None)
    if head and traded:
        return traded  # "Shares in Kestrel fell ..., valuing the company at": Kestrel
    doers = [m.label for m in names if m.kind in ("org", "name") and m.start < match.start() and not re.match(r"['’]s\b", text[m.end : m.end + 2])]
    doer = next((m.label for m in names if m.kind in ("org", "name") and clause.start <= m.start < match.start() and not re.match(r"['’]s\b", text[m.end : m.end + 2])), None)
    doer = doer or (doers[-1] if doers and match.group(2) else None)  # "Alvik, which led the round, holds 22%": not Alvik
    opening = None if doer else _OPENS_WITH_DESCRIPTION.match(text, clause.start, match.start())
    if opening is not None:  # "The regulator fined the company", "It ordered the company": the opener of the sentence before
        doer = (opening.group(1) == "It" and tracker.previous_subject(clause.start)) or tracker.resolve(opening.group(1), before=clause.start)
    if head:  # "Larchmont invested in the company": not Larchmont; but "Marlim raised €180m, valuing the company at": Marlim
        return tracker.resolve(head.group(1), before=clause.start, unlike=None if match.group().lower().startswith("valu") else doer)
    if re.match(r"(?:its|their)\s+(?:shares|stock|equity|capital)\b", rest, re.IGNORECASE):
        return tracker.resolve("it", before=clause.start, unlike=doer)  # "The Rasmussen family holds 34% of its shares": the firm's
    # "Atlantico is the largest outside investor", "Alvik Partners holds 22%": in the firm at hand
    return tracker.resolve("it", before=clause.start, unlike=doer) if match.group(1) or match.group(2) else None


def _hedges(text: str, clause: Span, money: MoneyMention | None) -> tuple[str, ...]:
    found = list(money.hedges) if money else []
    for match in HEDGE_WORDS.finditer(text, clause.start, clause.end):
        word = match.group().lower()
        if word not in found and not (money and money.start <= match.start() < money.end):
            found.append(word)
    return tuple(found)


TABLE_ROWS = 100
"""How many rows above a table row are searched for its header."""
ROW_CHARS = 400
"""The longest line read as a table's row or caption; a longer one is prose (a page flattened to one line, say)."""


class Tables:
    """A text's plain-text tables ("Spain | EUR 3.9bn | 612"): where its lines end and which hold a "|", found once,
    so that finding a row's heading costs the same in a text of one long line as in a short one."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends = [match.start() for match in re.finditer("\n", text)]
        self.pipes = [match.start() for match in re.finditer(r"\|", text)]
        self.piped = {bisect_left(self.ends, pipe) for pipe in self.pipes}
        """The numbers of the lines that hold a "|"."""

    def _start(self, line: int) -> int:
        return self.ends[line - 1] + 1 if line > 0 else 0

    def _end(self, line: int) -> int:
        return self.ends[line] if line < len(self.ends) else len(self.text)

    def _short(self, line: int) -> bool:
        return self._end(line) - self._start(line) <= ROW_CHARS

    def heading(self, sentence: Span) -> Span | None:
        """For a row of a table, its header row and the caption line above it (the nearest line with words)."""
        row = bisect_left(self.ends, sentence.start)
        at = bisect_left(self.pipes, self._start(row))
        if at == len(self.pipes) or self.pipes[at] >= sentence.end or not self._short(row):
            return None
        first = row
        for _ in range(TABLE_ROWS):  # bounded, so that a long table costs no more per row than a short one
            if first == 0 or first - 1 not in self.piped or not self._short(first - 1):
                break
            first -= 1
        caption = first - 1
        while caption >= 0 and self._short(caption) and not self.text[self._start(caption) : self._end(caption)].strip():
            caption -= 1  # skip blank lines up to the caption
        start = self._start(caption) if caption >= 0 and self._short(caption) else self._start(first)
        return Span(start, self._end(first))

    def header_cell(self, heading: Span, sentence: Span, offset: int) -> Span | None:
        """The header cell of the column an offset of a table's row is in ("Paid out" over "EUR 1.1bn"), if the header has one."""
        header_start = self._start(bisect_left(self.ends, heading.end))
        if header_start >= sentence.start:
            return None
        column = self.text.count("|", sentence.start, offset)
        cells = self.text[header_start : heading.end].split("|")
        if column >= len(cells):
            return None
        start = header_start + sum(len(cell) + 1 for cell in cells[:column])
        return Span(start, start + len(cells[column]))

    def column_money(self, sentence: Span, heading: Span | None) -> list[MoneyMention]:
        """Bare figures of a table's row in columns whose header names a currency and a scale ("Spending (DKK bn)")."""
        if heading is None:
            return []
        header_start = self._start(bisect_left(self.ends, heading.end))
        units = [_COLUMN_UNIT.search(cell) for cell in self.text[header_start : heading.end].split("|")]
        if not any(units):
            return []
        found, at = [], sentence.start
        for index, cell in enumerate(self.text[sentence.start : sentence.end].split("|")):
            unit = units[index] if index < len(units) else None
            figure = _BARE_FIGURE.fullmatch(cell)
            if unit and figure and (unit.group("sym") or unit.group("code") in ALL_CODES):
                currency = SYMBOLS.get(unit.group("sym") or "", (unit.group("code") or "").upper())
                scale = MAGNITUDES.get((unit.group("scale") or "").lower(), 1)
                amount = float(figure.group(1).replace(",", "")) * scale
                found.append(MoneyMention(at + figure.start(1), at + figure.end(1), Money(currency=currency, amount=amount)))
            at += len(cell) + 1
        return found


_ABOUT_THE_TABLE = re.compile(r"\W*(?:The|This|These)\s+(?:table|chart|graph|figures?|list)s?\s+(?:below|above)\b")
"""A sentence that introduces a table or chart."""
_WITHDRAWN = re.compile(
    r"\b(?:an?|the) (?:earlier|previous|original) version of this (?:article|story|report|piece)\b|\bthis (?:article|story|report|piece) (?:has been|was) (?:amended|corrected)\b",
    re.IGNORECASE,
)
"""A correction's account of what the text wrongly said before ("An earlier version of this article said ..."): not a claim."""
_ROW_HEAD = re.compile(r"\s*([A-Z][\w.&'’ -]{0,58}?)\s*\|")
"""The first cell of a table's row, when it is a name."""
_COLUMN_UNIT = re.compile(r"\(\s*(?:(?P<sym>[$£€])|(?P<code>[A-Z]{3}))\s?(?P<scale>bn|billion|m|mn|million|k|thousand)?\s*\)")
"""A column header's currency and scale in brackets ("(DKK bn)", "(£m)")."""
_BARE_FIGURE = re.compile(r"\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*")


def _aside_of(spans: list[Span], offset: int) -> Span | None:
    return next((span for span in spans if span.contains(offset)), None)


def _lead_investor(text: str, start: int, names: list[Mention]) -> Mention | None:
    """The firm named right after "led by", past at most three words that describe it ("the Swedish fund Granholm Ventures")."""
    return next(
        (m for m in names if m.kind in ("org", "name") and start <= m.start <= start + 60 and re.fullmatch(r"(?:[\w-]+\s+){0,3}", text[start : m.start])), None
    )


def _propose(text: str, sentence: Span, parts: list[Span], names: list[Mention], times: list[TimeMention],
             monies: list[MoneyMention], attribution: Attribution | None, side: list[Span], tables: Tables,
             listed: str | None = None, previous: str | None = None) -> list[_Proposal]:  # fmt: skip
    """The typed proposals of one sentence, before scoring.

    ``listed`` is the type of the last amount before this sentence, for a
    sentence that goes on down a list; ``previous`` the type of the amount
    of the sentence before, for an amount with no word of its own kind.
    """
    proposals: list[_Proposal] = []
    money_clauses: set[Span] = set()
    founded = _FOUNDING_LEAD.match(text, sentence.start, sentence.end)

    def own_voice(offset: int, descriptor: bool = False) -> bool:
        """A fact told in an aside, or in the words naming the source ("the Leeds-based Acme said"), is the writer's."""
        if descriptor and attribution is not None and attribution.start <= offset < attribution.end:
            return True
        if founded and offset < founded.end() and attribution is not None and attribution.start >= founded.end():
            return True  # "Set up in 2021 by Lena Ruh, Voltwerk says its sales doubled": the founding is the writer's
        aside = _aside_of(side, offset)
        return (
            aside is not None and attribution is not None and not aside.contains(attribution.start)
            and (aside.start < attribution.end or _SOURCE_THEN_ASIDE.fullmatch(text, attribution.end, aside.start) is not None or _DESCRIBED.search(text, max(0, aside.start - 40), aside.start) is not None)
            and not _SOURCE_GOES_ON_SAYING.match(text, aside.start)
        )  # what follows the source's words is what it said ("it would cut its debt, which stood at £1.3bn"), but for a firm's description

    heading = tables.heading(sentence)
    if heading is not None and not NUMBER.search(text, sentence.start, sentence.end):
        return proposals  # a table's header row ("Country | Pledged | Paid out") names what its columns count, and states nothing
    if _ABOUT_THE_TABLE.match(text, sentence.start, sentence.end):
        return proposals  # "The table below gives ...": the text pointing at itself
    if _WITHDRAWN.search(text, sentence.start, sentence.end):
        return proposals  # "An earlier version of this article said the profit was £84m": a figure withdrawn, not stated
    for money in monies:
        if _changed_from(text, sentence.start, money) and any(m.end <= money.start for m in monies):
            continue
        clause = _with_its_subject(text, parts, _clause_of(parts, money.start, sentence))
        claim_type, cue = money_type(text, clause.start, clause.end, money.start, money.end)
        if claim_type in ("other", "comparison") and clause != sentence and cue is None:  # but "which manages $28bn of assets" says what it is
            claim_type, cue = money_type(text, sentence.start, sentence.end, money.start, money.end)
        if claim_type in ("funding", "revenue", "other") and _POLICY_TOOK_IN.match(text, clause.start, money.start):
            claim_type = "policy"  # "The levy raised £1.3bn last year": how a policy has fared
        elif _SHARE_PRICE.search(text, max(sentence.start, money.start - 120), money.start) or _PER_SHARE.match(text, money.end):
            claim_type = "other"  # "shares fell 4% to $37.20", "6.2p a share": the price of a share, no value of the firm
        elif claim_type == "valuation" and (TRADING.search(text, sentence.start, money.start) or ON_A_MARKET.match(text, money.end)):
            claim_type = "market_cap"
        elif claim_type in ("other", "comparison") and any(c.start < money.start for c in find_cues(_WARNING, text, sentence.start, sentence.end)):
            claim_type = "warning"  # "warned that investors lost NOK 2.3bn"
        elif claim_type in ("other", "comparison") and heading is not None:
            column = tables.header_cell(heading, sentence, money.start)
            claim_type = money_type(text, column.start, column.end, column.end, column.end)[0] if column else "other"
            if claim_type == "other":
                claim_type = money_type(text, heading.start, heading.end, heading.end, heading.end)[0]  # the table's caption says what it counts
        elif claim_type in ("other", "comparison") and listed and _CONTINUES.match(text, sentence.start, sentence.end):
            claim_type = listed
        elif cue is None and claim_type == "other" and previous in _CARRIED_KINDS and not find_cues(MAIN_CUES, text, sentence.start, sentence.end) and not (
            _CURRENCY_MOVES.match(text, sentence.start, sentence.end)
        ):  # but "Sterling closed at $1.31" after a revenue figure is a currency's price
            claim_type = previous  # "Revenue rose to $1.34bn. Analysts had expected $1.29bn.": the same kind of figure
        proposals.append(_Proposal(claim_type, clause, money.start, money, cue, None, own_voice(money.start)))
        money_clauses.add(clause)
        record = _RECORD.search(text, money.end, clause.end) or _RECORD_BEFORE.search(text, clause.start, money.start)
        if record and claim_type != "comparison" and not find_money(text, min(money.end, record.start()), max(money.start, record.start())):
            proposals.append(_Proposal("comparison", clause, money.start, None, None, None, own_voice(record.start())))  # the figure's record: its subject and time
        driver = DRIVERS.search(text, money.end, sentence.end)
        if driver and not find_money(text, money.end, driver.start()):
            proposals.append(_Proposal(claim_type, sentence, driver.end(), None, cue))
        lead = LEAD_INVESTOR.search(text, clause.start, clause.end)
        if claim_type == "funding" and lead:
            investor = _lead_investor(text, lead.end(), names)
            if investor is not None and not any(p.object == investor.label and p.clause == clause for p in proposals):  # once for two amounts
                proposals.append(_Proposal("funding", clause, lead.start(), None, cue, investor.label, own_voice(lead.start())))
    seen = {(p.type, p.clause) for p in proposals}
    for cue in find_cues(FACT_CUES, text, sentence.start, sentence.end):
        clause = _clause_of(parts, cue.start, sentence)
        if any(t == cue.type and (cue.type != "other" or c.contains(cue.start)) for t, c in seen):
            continue  # one fact of a kind per sentence, but a count per clause ("carried 6.2 million passengers and made a net profit of EUR 74m")
        if cue.type == "ownership" and _BOUGHT_STAKE.search(text, max(clause.start, cue.start - 40), cue.end) and any(
            p.money is not None and p.type in ("investment", "funding") and p.clause == clause for p in proposals
        ):
            continue  # "bought a 35% stake in Aubrac Solar for EUR 120m": one purchase, its price the claim's value
        aside = own_voice(cue.start, descriptor=True) or _DESCRIPTOR.search(text, cue.start, cue.end) is not None  # "the Leeds-based Acme": the writer's words
        aside = aside or (cue.type == "location" and _TOWN_TRADE.match(text, cue.start, cue.end) is not None)  # "the Keswick brewer X": the writer's words too
        if cue.type == "location":
            places = [m for m in names if m.kind == "place" and (cue.start - 40 <= m.start <= cue.start or cue.end <= m.start < cue.end + 3)] or [
                m for m in names if m.kind in ("place", "name") and cue.start < m.start < cue.end and re.match(r"(?i:an?|the)\s", text[cue.start : cue.start + 4])
            ] or [
                m for m in names if m.kind in ("place", "name") and m.start == cue.start and _TOWN_TRADE.match(text, cue.start, cue.end)
            ]  # "Cobalto, a Barcelona payments company", "Lisbon payments start-up Brasapay"
            if not places:
                continue
            proposals.append(_Proposal("location", clause, cue.start, None, cue, places[-1].label, aside))
        elif cue.type == "founding":
            people = founders(names, cue.end, clause, text)
            doer = next((m for m in reversed(names) if m.kind == "person" and sentence.start <= m.start and _FOUNDER_BEFORE.fullmatch(text, m.end, cue.start)), None)
            partner = next((m for m in names if m.kind == "person" and (w := _WITH_PARTNER.search(text, cue.end, clause.end)) and m.start == w.end()), None)
            people = [m.label for m in (doer, partner) if m is not None and m.label not in people] + people  # "Linnea Dahlqvist founded the company ... with Oskar Brandt"
            year = next((t for t in times if t.precision == "year" and t.expression and t.expression.isdigit() and cue.end <= t.start < cue.end + 90), None)
            if year is not None:
                proposals.append(_Proposal("founding", clause, cue.start, None, cue, year.expression, aside))
            town = next((m for m in names if m.kind == "place" and cue.end < m.start < cue.end + 40 and _FOUNDED_IN.fullmatch(text, cue.end, m.start)), None)
            if town is not None:  # "founded in Dublin in 2018": where as well as when
                proposals.append(_Proposal("founding", clause, cue.start, None, cue, town.label, aside))
            for person in people:
                proposals.append(_Proposal("founding", clause, cue.start, None, cue, person, aside))
            if year is None and town is None and not people:
                proposals.append(_Proposal("founding", clause, cue.start, None, cue, None, aside))
        elif cue.type == "adoption":
            user = next((m for m in reversed(names) if m.kind in ("org", "name") and clause.start <= m.start < cue.start), None) if _USING.search(text, cue.start, cue.end) else None
            for obj in [user.label] if user else object_phrases(text, cue.end, clause) or [None]:  # "Vastra Care will start using the test": who uses it
                proposals.append(_Proposal("adoption", clause, cue.start, None, cue, obj, aside))
        else:
            proposals.append(_Proposal(cue.type, clause, cue.start, None, cue, None, aside))
        seen.add((cue.type, clause))
    for index, clause in enumerate(parts):
        after_money = max((p.money.end for p in proposals if p.money is not None and (p.clause == clause or clause.start <= p.money.start < clause.end)), default=None)
        if after_money is not None and not _FINDING.search(text, after_money, clause.end):
            continue  # a clause's amount is its fact, unless what a body found follows it ("fined Lumeno EUR 22m after finding that ...")
        here = {p.type for p in proposals if p.clause == clause}
        taken = [p.cue for p in proposals if p.cue is not None and p.money is None] + [
            c for c in find_cues(FACT_CUES, text, clause.start, clause.end) if c.type in {p.type for p in proposals}
        ]  # every cue of a fact already proposed ("largest shareholder ... owns 14.8%" is one stake)
        main = [
            c for c in find_cues(MAIN_CUES, text, clause.start, clause.end)
            if c.type not in here and not any(c.start < t.end and t.start < c.end for t in taken)
            and not (c.type == "comparison" and any(q.start() < c.start and c.end < q.end() for q in _QUOTED.finditer(text, sentence.start, sentence.end)))
        ]  # not a cue within a fact's own words ("owns 18%", "the largest outside investor"), nor a comparison in quoted words ("\"cleaner than feared\"")
        if not main:
            continue
        stakes = find_cues({"ownership": FACT_CUES["ownership"]}, text, clause.start, clause.end) if "ownership" in here else []
        if main[0].type == "other" and _SHARE_OF.search(text, main[0].start, main[0].end) and any(abs(c.start - main[0].end) < 30 or abs(main[0].start - c.end) < 30 for c in stakes):
            continue  # "Mirecourt is 40% owned by Auvance", "which owns about a fifth of the company": the share is the stake
        if main[0].type == "comparison" and index and parts[index - 1] in money_clauses and text[clause.start].islower():
            continue  # "..., more than twice as much as before": a change added to the amount before it
        if main[0].type == "pledge" and "pledge" in {p.type for p in proposals} and (
            re.match(r"which\b", text[clause.start : clause.end]) or (index and re.match(r"and\b", text[clause.start : clause.end]) and re.match(r"which\b", text[parts[index - 1].start : parts[index - 1].end]))
        ):
            continue  # "plans to spend $35m on a plant, which it aims to open by 2027 (and will create 400 jobs)": one plan
        cue = main[0]
        if cue.type == "comparison":
            count = next((c for c in main if c.type == "other" and c.start < cue.start and not PERCENT.search(text, c.start, c.end)), None)
            level = next((c for c in main if c.type == "other" and c.start < cue.start), None) if _RECORD.match(text, cue.start) else None
            cue = count or level or cue  # "counts forty-two start-ups, twice as many as ...": a count with its change; "reached 14%, the highest in ...": a level and its record
        objects: list[str] = []
        if cue.type == "comparison":
            for other in (c for c in main if c.type == "comparison"):
                found = object_phrases(text, other.end, clause)
                if len(found) > len(objects) and all(re.search(r"[A-Z]", o) for o in found):
                    cue, objects = other, found
        elif cue.type in SPLIT_TYPES and (cue.type != "pledge" or re.match(r"\s+to\s", text[cue.end : cue.end + 4])):
            objects = object_phrases(text, cue.end, clause)
        if cue.type == "funding" and len(objects) < 2:
            lead = LEAD_INVESTOR.search(text, cue.start, clause.end)
            investor = _lead_investor(text, lead.end(), names) if lead else None  # "The round was led by Harlow Ventures": who led it
            backers = [m.label for m in names if m.kind in ("org", "name") and clause.start <= m.start < cue.start] if _TOOK_PART.match(text, cue.start) else []
            backed = objects if text[cue.start : cue.end].lower().endswith(" by") and all(o[:1].isupper() for o in objects) else []
            objects = backers or ([investor.label] if investor else backed or [None])  # "Almvik Capital and the US fund Cedar Point Bio also took part": each backer; "backed by Balder Ventures"
        for obj in objects if len(objects) > 1 or cue.type == "funding" else [None]:
            proposals.append(_Proposal(cue.type, clause, cue.start, None, cue, obj, own_voice(cue.start)))
        record = _RECORD.search(text, cue.end, clause.end) if cue.type == "other" else None
        if record is not None:  # "3.2 million passengers carried, a record for the period"
            proposals.append(_Proposal("comparison", clause, record.start(), None, None, None, own_voice(record.start())))
    for aside in side:
        head = next((m for m in names if m.kind in ("org", "name") and m.end <= aside.start and not text[m.end : aside.start].strip(" ,")), None)
        if head is not None and _RANKED_ASIDE.match(text, aside.start, aside.end) and not any(
            p.type == "comparison" and p.clause.start < aside.end and aside.start < p.clause.end for p in proposals
        ):  # "Helvik Pharma, the country's largest drug maker, said ...": a ranking of its own
            proposals.append(_Proposal("comparison", Span(head.start, aside.end), aside.start, None, None, None, True))
    if not proposals:
        dated = next((t for t in times if t.value and t.precision in ("month", "day")), None)
        done = _DONE.search(text, sentence.start, sentence.end) if dated is not None else None  # the date before or after the act
        doer = done is not None and (
            any(m.kind in ("org", "name") and m.start < done.start() for m in names) or _OPENS_WITH_DOER.match(text, sentence.start, done.start())
        )
        if doer:
            proposals.append(_Proposal("other", _clause_of(parts, done.start(), sentence), done.start()))  # "renewed the contract in March"
    return proposals


_FOUNDER_BEFORE = re.compile(r"(?:,[^,.;]{1,80},)?\s+(?:(?:also|later|first)\s+)?(?:co-?)?")
"""Between a founder named as the doer and the founding verb: an apposition at most ("Linnea Dahlqvist, a professor, founded")."""
_WITH_PARTNER = re.compile(r"\bwith\s+(?:(?:her|his|their|a|an|the)\s+)?(?:(?:former|fellow|then|old|long-time)\s+)?(?:[a-z-]+\s+){0,3}")
"""Words before a co-founder named after the verb ("with her former doctoral student Oskar Brandt")."""
_FOUNDED_IN = re.compile(r"\s+(?:(?:the|its)\s+[\w-]+\s+|it\s+)?in\s+")
"""Between a founding verb and the town: perhaps what was founded ("founded the company in Gothenburg")."""
_POLICY_TOOK_IN = re.compile(
    r"\W*(?:the\s+)?(?:[\w-]+\s+){0,2}(?:tax|levy|duty|scheme|charge|toll|programme|windfall tax)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:raised|brought in|generated|collected|paid out|cost)\b",
    re.IGNORECASE,
)
"""A tax or scheme opening its clause with what it took in or paid out: how a policy has fared, not a firm's money."""


def _reports(label: str, tracker: Tracker) -> bool:
    """Whether a source is a body that measures others (a statistics office, a regulator, an institute), not a firm or a government."""
    words = set(label.lower().split())
    return not label.endswith(" government") and (
        tracker.is_public(label) or bool(words & _MEASURING_WORDS)
    )


_MEASURING_WORDS = BODY_WORDS | {"statistics"}
"""Words in the name of a body whose figures are of others ("Danish Bureau of Business Statistics")."""
_BODY_NAMED = re.compile(
    r"\b(?:the|its)\s+(?:bureau|office|institute|authority|regulator|watchdog|agency|commission|board|council|centre|center|foundation|"
    r"think-tank|ministry|department|committee|panel|supervisor|treasury|court)\b",
    re.IGNORECASE,
)
"""A body named by description ("The bureau, which was set up in 1998"): what the clause says is about the body."""
_IS_GROUP = re.compile(r"(?:%s) (?:[\w-]+ ){0,3}%s$" % ("|".join(sorted(d.capitalize() for d in DEMONYMS)), _GROUP_NOUNS))
"""A subject that is a group named by its nationality ("Danish businesses")."""
_FORECAST = re.compile(r"\bwill (?:need|reach|grow|rise|fall|be|have|account for|exceed|top|hit|double|triple|halve)\b")
"""What will happen, in words that commit no one."""
_NO_COMMENT = re.compile(
    r"\b(?:declined|refused|was unavailable|were unavailable) (?:to|for) comment\b|\bdid not (?:immediately )?(?:respond|reply) to (?:a |an )?(?:requests?|emails?|calls?)\b|"
    r"\bcould not (?:immediately )?be reached\b|\bdid not (?:immediately )?return (?:a |an )?(?:requests?|calls?|emails?)\b|\bno comment\b",
    re.IGNORECASE,
)
"""The routine lines of a story that has asked for comment."""
_TO_US = re.compile(r"\b(?:lent|loaned|gave|granted|awarded|paid|sold|invested \S+ in)\s+us\b", re.IGNORECASE)
"""Money given to the speaker's side ("lent us $25m")."""
_PROCEEDS = re.compile(r"\W*(?:the|that|this)\s+(?:new\s+)?(?-i:money|proceeds|funds|funding|cash|capital)\b", re.IGNORECASE)
"""A clause about money just raised ("The money will pay for ..."): its use is the plan of the firm that raised it."""
_SAID_TAIL = re.compile(r"(?:\s+(?:on|in|at|late|early|last|earlier|this)\s+[\w-]+(?:\s+[\w-]+){0,2}|\s+(?:today|yesterday)|\s+in\s+a\s+statement)*\s*[.!\"”’]{0,2}\s*")
"""What may close a sentence after its source's verb ("said on Tuesday.", "said in a statement.")."""
_SOURCE_THEN_ASIDE = re.compile(r"\s*(?:\([A-Z]{2,8}\))?\s*,\s*")
"""What lies between a source's name and an aside that describes it ("the Centro de Estudios (CEFA), a Madrid think tank")."""
_RELATIVE = re.compile(r"(?:which|who|whose)\b", re.IGNORECASE)
"""A clause that opens as a relative one, about the name before it."""
_SHARE_OF = re.compile(r"\d\s?(?:%|per ?cent)|\b(?:half|third|quarter|fifth|tenth|majority|minority)\b", re.IGNORECASE)
"""A share of something, which beside a stake is the stake ("40% owned by"), unlike a count ("the family-owned brewer that runs 38 pubs")."""
_USING = re.compile(r"\b(?:use|uses|using)\b|\bused\b(?! by)")
"""An adoption told from its user's side ("Vastra Care will start using the test"): the user is named before, the supplier is another."""
_DONE = re.compile(r"\b(?:opened|closed|renewed|changed|launched|signed|completed|agreed|appointed|moved|cut|hired|sold|won|lost|filed|settled|received|secured|obtained|gained|rejected|upheld|dismissed|overturned|approved|blocked|cleared)\b")
"""A past act a firm did, which with a date is a fact of its own."""
_OPENS_WITH_DOER = re.compile(
    r"\W*(?:(?:the|its)\s+(?:company|firm|group|bank|business|start-?up|lender|regulator|authority)|it|we|its\s+(?:[\w-]+\s+){1,4}|"
    r"(?:a|the)\s+(?:[\w-]+\s+)?(?:court|judge|tribunal|jury)(?:\s+in\s+(?-i:[A-Z])[\w-]+)?(?:\s+(?:last|this)\s+(?:week|month|year))?)\s*(?:also\s+|then\s+|later\s+)?$",
    re.IGNORECASE,
)
"""A sentence whose doer is a firm or body it names by description or pronoun, or one of its products ("The company changed ...",
"We opened ...", "Its blood test received ...")."""


_RANKED_ASIDE = re.compile(
    r"(?:(?:the|its)\s+(?:[\w.-]+(?:['’]s|['’])\s+)?|(?-i:[A-Z])[\w.-]+(?:['’]s|['’])\s+)(?:(?:second|third)[- ])?"
    r"(?:largest|biggest|oldest|most valuable|fastest[- ]growing)\s+[\w-]+",
    re.IGNORECASE,
)
"""An apposition that ranks the firm it follows ("the country's largest drug maker", "Austria's second-largest airline")."""


def extract(text: str | bytes, published: Published | dt.date | int | str, *, max_bytes: int = MAX_BYTES) -> list[Candidate]:
    """Propose the check-worthy factual claims of a news text.

    Args:
        text: the article (``str``, or bytes decoded strictly as UTF-8).
        published: the publication date: a ``date``, or a year (``2025`` or
            ``"2025"``) or ``"YYYY-MM"`` when only that much is known.
        max_bytes: the size limit.

    Returns:
        Candidates in text order; each ``quote`` equals ``text[start:end]``.
        A candidate's time comes from the words of its own clause; with none
        there, its time is None (unknown), never the publication date.

    Raises:
        InputError: empty, binary, non-UTF-8 or oversized text.

    >>> [c.to_json()["value"]["amount"] for c in extract("Acme raised $5m last year.", dt.date(2025, 5, 1))]
    [5000000.0]
    """
    text = check_text(text, max_bytes)
    published = Published.coerce(published)
    doc = parse(text)
    common, inside, alone = common_words(doc), inside_words(doc), alone_words(doc)
    leads = frozenset(
        t.text for t in doc[:-1] if t.whitespace_ and t.text[:1].isupper() and not t.is_stop and doc[t.i + 1].text[:1].isupper() and doc[t.i + 1].is_alpha and not doc[t.i + 1].is_stop
    )  # first words of names of several words ("Castellan" of "Castellan Banking Group"): a headline's "Castellan raises ..." names it
    tracker, tables = Tracker(text), Tables(text)
    answers = interview_answers(text)
    candidates: list[Candidate] = []
    listed = previous = previous_paragraph = None
    open_quote: int | None = None  # the paragraph of a quotation still open
    quoted_by: tuple[int, str] | None = None  # the paragraph and speaker of the last person quoted
    previous_source: str | None = None  # the source the sentence before cites, when not a person
    headline: Span | None = None
    committed: str | None = None  # who a list of commitments after a colon is made by, while the list goes on
    money_subjects: dict[str, str | None] = {}
    groups: Counter[str] = Counter()  # the groups claims are about so far, for a report's figures that name none
    for sentence in sentences(text, doc):
        sentence_text = sentence.of(text)
        if headline is None:  # a title: the first line, with no stop (else none, and an empty span)
            headline = sentence if not re.search(r"[.!?:;\"”’')]$", sentence_text) else Span(0, 0)
        if _LIST_HEADING.fullmatch(sentence_text):
            continue  # "Key facts:" over a list: it names nothing and states nothing
        names = tracker.canonical(tidy(find_mentions(doc, sentence, common, inside, alone), text, sentence, inside | leads))
        for mention in list(names):
            defined = _DEFINED.match(text, mention.end, sentence.end) if mention.kind in ("org", "name") else None
            if defined:
                tracker.define(mention.label, _defined_terms(defined.group()))  # 'Marlowe Vale Bank plc ("Marlowe Vale" or "the Bank")'
                names = [m for m in names if not defined.start() <= m.start < defined.end()]  # the terms name no one else
        label = _LEAD_LABEL.match(text, sentence.start, sentence.end)
        if label and any(m.start == label.end() and m.kind in ("org", "name") and re.match(_VERB, text[m.end : m.end + 40]) for m in names):
            names = [m for m in names if m.start >= label.end()]  # "Zaragoza: Volterra Batteries opened ...": the label only says where
        founding_lead = _FOUNDING_LEAD.match(text, sentence.start, sentence.end)
        opens_at = founding_lead.end() if founding_lead else sentence.start
        figure = _FIGURE.search(text, sentence.start, sentence.end)
        it_opens = _OPENS_WITH_IT.match(text, sentence.start, sentence.end)
        it_means = (tracker.previous_subject(sentence.start) or tracker.resolve("it", before=sentence.start)) if it_opens else None
        named_subject = tracker.add_sentence(names, sentence.end if it_means else opens_at, figure.start() if figure else None)
        if it_means:
            tracker.add_described_subject(it_means, sentence.start)  # "Its software is used by ... the retailer Halvorsen": about what "Its" means
        opener = next((m for m in names if m.kind in ("org", "name") and m.start >= opens_at and not tracker.is_person(m.label)), None)
        opens = opener.label if opener and _OPENING.fullmatch(text, opens_at, opener.start) else None
        described = None if opens else _OPENS_DESCRIBED.match(text, opens_at, sentence.end) or _DESCRIBED_SPEAKS.search(text, sentence.start, sentence.end)
        if described:
            opens = tracker.resolve(f"the {described.group(1) or described.group(2)}", before=sentence.start)  # "The institute warned ... Its director said": the institute
            if opens and named_subject is None:
                tracker.add_described_subject(opens, sentence.start)  # "The council insists ...": the council, as if named
        tracker.add_opener(sentence.start, opens)
        if is_question(sentence_text):
            continue
        attribution = find_attribution(doc, sentence, names, tracker)
        it_said = _IT_SAID.match(text, sentence.start, sentence.end)
        earlier_subject = (tracker.previous_subject(sentence.start) or previous_source) if it_said else None
        if earlier_subject and (attribution is None or attribution.start <= it_said.end()):
            attribution = Attribution(earlier_subject, text.index("It", it_said.start()), it_said.end())  # "The government set a target. It said ...": the government
        previous_source = attribution.label if attribution is not None and not tracker.is_person(attribution.label) else None  # "..., by the watchdog's count. It warned"
        answer = any(span.contains(sentence.start) for span in answers)
        speaker = tracker.first_person() if answer else None
        if answer and attribution is None and speaker:
            attribution = Attribution(speaker, sentence.start, sentence.start)  # an interview's answer: the person interviewed speaks
        paragraph = tracker.paragraph_of(sentence.start)
        inside_quote = open_quote == paragraph
        quoted = inside_quote or _OPENS_QUOTE.match(sentence_text) is not None or _QUOTE_AFTER_SAYING.search(sentence_text) is not None
        figures = NUMBER.search(sentence_text) is not None
        if quoted and attribution is None and quoted_by is not None and quoted_by[0] == paragraph:
            attribution = Attribution(quoted_by[1], sentence.start, sentence.start)  # a quotation that goes on is its speaker's still
        if quoted and speaker is None and attribution is not None and tracker.is_person(attribution.label):
            quoted_by = (paragraph, attribution.label)
            speaker = attribution.label if figures else None  # a person quoted on figures: "we" is their firm, as in an interview's answer
        open_quote = paragraph if inside_quote != (len(_QUOTE_MARKS.findall(sentence_text)) % 2 == 1) else None
        if attribution and not any(m.kind == "person" and m.label == attribution.label for m in names):
            tracker.add_source(attribution.label, report=_REPORT.search(text, attribution.start, attribution.end) is not None)
        parts = clauses(text, sentence)
        times = find_times(doc, sentence, published)
        heading = tables.heading(sentence)
        monies = find_money(text, sentence.start, sentence.end) or tables.column_money(sentence, heading)
        restated = [Span(m.end, money.end) for money in monies for m in monies if m.end <= money.start and _RESTATED.fullmatch(text, m.end, money.start)]
        monies = [money for money in monies if not any(span.contains(money.start) for span in restated)]
        side = asides(text, sentence)
        said: list[Span] = []
        if attribution:
            said.append(Span(attribution.start, attribution.end))
            said += [Span(t.start, t.end) for t in times if 0 <= t.start - attribution.end <= 4 or _SAID_WHEN.search(text, max(0, t.start - 16), t.start)]  # "said on Monday", "which found last month"
        founded = [Span(c.start, _founding_end(text, c.end, sentence, times)) for c in find_cues({"founding": FACT_CUES["founding"]}, text, sentence.start, sentence.end)]
        covers_all = attribution is not None and (
            attribution.start - sentence.start <= 2 or _SAID_TAIL.fullmatch(text, attribution.end, sentence.end) is not None or len(parts) == 1
        )  # "..., the carrier said on Tuesday.": the whole sentence is what it said
        if previous_paragraph != paragraph:
            previous = None  # a figure's kind carries to the next sentence of its paragraph only
        proposals = _propose(text, sentence, parts, names, times, monies, attribution, side, tables, listed, previous)
        to_do = _TO_BULLET.match(text, sentence.start, sentence.end) if committed else None
        if to_do:  # "have offered the following commitments:" then "- to sell 1,400 mast sites ...": each is a pledge of theirs
            proposals = [replace(p, type="pledge") for p in proposals if p.type != "comparison"] or [_Proposal("pledge", sentence, to_do.end())]
        elif _COMMITMENT_LEAD.search(text, sentence.start, sentence.end):
            committed = next((m.label for m in names if m.kind in ("org", "name")), None) or tracker.resolve("it", before=sentence.start)
        elif not _BULLET.match(text, sentence.start, sentence.end):
            committed = None
        previous_paragraph = paragraph
        listed = next((p.type for p in reversed(proposals) if p.money and p.type not in ("other", "comparison")), listed)
        previous = next((p.type for p in reversed(proposals) if p.money), None)
        for proposal in proposals:
            clause, money, claim_type = proposal.clause, proposal.money, proposal.type
            aside = _aside_of(side, proposal.anchor)
            descriptor = proposal.cue is not None and _DESCRIPTOR.search(text, proposal.cue.start, proposal.cue.end)
            described_place = claim_type == "location" and proposal.cue is not None and (
                re.match(r"(?:an?|the)\s", text[proposal.cue.start : proposal.cue.start + 4], re.IGNORECASE) or _TOWN_TRADE.match(text, proposal.cue.start, proposal.cue.end)
            )
            time = None if descriptor or described_place else _time_for(
                times, _with_its_time(text, parts, clause, times), proposal.anchor, pledge=claim_type == "pledge",
                skip=(said if claim_type in STATE_TYPES else []) + ([] if aside else side) + ([] if claim_type == "founding" else founded) + restated
                + ([Span(money.start, money.end)] if money else []) + _compared_in_brackets(text, sentence, money),
                aside=aside, other_money=[m for m in monies if m is not money and (aside is None or aside.contains(m.start))] if money or claim_type == "other" else [],
                text=text, published=published, said=said,
            )  # fmt: skip
            if time is None and money is not None and aside is not None and _REFERS_BACK.match(text, aside.start, aside.end) and not any(aside.contains(t.start) for t in times):
                time = _time_for(times, sentence, proposal.anchor, pledge=False, skip=said + restated, aside=None, other_money=[], text=text, published=published, said=said)
                # "Corran was bought in 2021 by Greyfield, which paid £310m for it": the purchase's year
            if time is None and claim_type == "pledge":  # a deadline, else a time still to come, elsewhere in the sentence ("..., which is due to open in 2027")
                today = published.date.isoformat()
                time = next((t for t in times if t.deadline), None) or next((t for t in times if t.value and t.value > today[: len(t.value)]), None)
            in_clause = attribution is not None and (
                attribution.start < clause.end and clause.start < attribution.end or _SOURCE_GOES_ON_SAYING.match(text, clause.start, clause.end) is not None
                or (attribution.end <= clause.start and _SPEECH_GOES_ON.match(text, clause.start, clause.end) is not None)
            )  # fmt: skip
            spoken_aside = _aside_of(side, attribution.end - 1) if attribution else None
            if (
                spoken_aside is not None and re.match(r"(?:which|who)\s", text[spoken_aside.start : spoken_aside.end])
                and not spoken_aside.contains(clause.start) and not spoken_aside.contains(proposal.anchor)
            ):  # fmt: skip
                in_clause = covers_all = False  # "Brightwater, which reported the cartel, was not fined": the aside's verb is not the sentence's source
            source = None if proposal.own_voice or attribution is None or not (covers_all or in_clause) else attribution.label
            expected = next((m for m in monies if attribution and (by := _EXPECTED_BY.match(text, m.end)) and m.end < attribution.end <= by.end()), None)
            if expected is not None and money is not expected:
                source = None  # "rose to €8.9bn, below the €9.1bn analysts had expected": the €8.9bn is the firm's own figure
            value = score(
                descriptor.group() if descriptor else aside.of(text) if aside and proposal.own_voice
                else clause.of(text) if money or clause != sentence else sentence_text,
                claim_type,
                money=money is not None,
                time=time is not None and time.value is not None,
                attributed=source is not None,
                named=bool(names),
                answer=speaker is not None and source == speaker,
            )
            if value < THRESHOLD or (
                money is None and _BACK_REFERENCE.match(text, clause.start, clause.end) and not any(clause.contains(m.start) for m in names)
            ) or (money is None and _NO_COMMENT.search(text, clause.start, clause.end)):
                continue  # a routine line ("A Treasury spokesperson declined to comment on the levy") states nothing
            exclude = Span(attribution.start, attribution.end) if attribution else None
            row_head = _ROW_HEAD.match(sentence_text) if heading is not None else None
            if claim_type == "warning" and source:
                subject = _body_of(text, source, names)
            elif row_head is not None:
                subject = row_head.group(1)  # a table's row is about what its first cell names ("Estonia | 410 | 92")
            else:
                held = _held(text, clause, names, tracker) if claim_type in ("ownership", "funding", "other", "valuation") else None
                named = proposal.cue.end if claim_type == "policy" and proposal.cue else proposal.anchor  # a cue that names the law ("the EU's AI Act")
                described = _FIRM_AFTER.match(text, proposal.cue.end) if descriptor else None  # "the Osaka-based electronics group Kurobe"
                if claim_type == "founding" and proposal.cue:
                    described = _WHAT_FOUNDED.match(text, proposal.cue.end)  # "Ines Carvalho co-founded Veloria Robotics": what was founded
                    if founding_lead and proposal.cue.start < founding_lead.end():
                        described = founding_lead  # "Set up in 2021 by ..., Voltwerk says": Voltwerk
                if claim_type == "location" and proposal.cue and not descriptor:
                    described = _BASED_LEAD.match(text, sentence.start, sentence.end) or re.compile(r"\s(?=[A-Z])").match(text, proposal.cue.end)
                    # "Based in Austin, Texas, Kitestring sells ...": the firm after the lead; "the Keswick brewer Skiddaw Ales": the firm after the trade
                subject = next((m.label for m in names if described and m.start == described.end() and m.kind in ("org", "name")), None)
                opened = _DESCRIBED_BY_PLACE.match(text, sentence.start, proposal.cue.end) if claim_type == "location" and described_place and not subject else None
                if opened is not None and opened.end() == proposal.cue.end:
                    subject = tracker.resolve(opened.group().strip(" \n\"“"), before=sentence.start)  # "The Galway supplier, owned by ...": the firm it stands for
                subject = subject or held or _subject(text, clause, sentence, named, names, tracker, exclude, side, attribution.label if attribution else None)
                subject = _respective(text, clause, names, monies, money) or subject
                if expected is not None and money is expected and subject == source:
                    subject = money_subjects.get(claim_type) or subject  # what analysts expected of the firm whose figure it is
            we = _WE.match(text, clause.start, clause.end)
            if speaker is not None and (
                (we or _OUR.search(text, sentence.start, sentence.end)) and not any(
                    m.kind in ("org", "name") and (we.end() if we else clause.start) <= m.start < proposal.anchor for m in names
                ) or _TO_US.search(text, clause.start, clause.end)
                or (answer and not any(m.kind in ("org", "name") and sentence.contains(m.start) for m in names))
            ):  # "About $140m.", an answer that names no one; "The IFC lent us $25m": the speaker's firm got it
                subject = _speakers_firm(text, sentence, speaker, names) or tracker.most_named_firm() or subject  # "We had revenue of £31m": the speaker's firm
            bought = _PURCHASE_BY.search(text, clause.start, clause.end) if claim_type in ("investment", "other") else None
            if bought is not None:
                buyer = next((m.label for m in names if m.kind in ("org", "name") and bought.end() <= m.start <= bought.end() + 40 and not text[bought.end() : m.start].strip(" ").count(" ") > 3), None)
                subject = buyer or subject  # "cleared the purchase of Gatewise by the American group Lumora": the buyer's
            ranked = _RANKS.search(text, clause.start, clause.end) if claim_type == "comparison" else None
            if ranked is not None:
                named = next((m.label for m in names if m.kind in ("org", "name", "place") and m.start == ranked.start(1)), None)
                subject = named or tracker.resolve(ranked.group(1), before=ranked.start(1)) or subject  # "Scaleboard ranks the country fifth": the country
            if claim_type == "funding" and aside is not None and _LED_A_ROUND.match(text, aside.start, aside.end):
                subject = tracker.resolve("it", before=sentence.start, unlike=subject) or subject  # "Alvik, which led a $40m round in 2023, ...": the firm funded
            if claim_type == "funding" and _is_investor(text, sentence, subject, names):
                funded = next(
                    (m.label for m in names if m.kind in ("org", "name") and sentence.contains(m.start) and not _is_investor(text, sentence, m.label, names)),
                    None,
                )
                if money is None:
                    subject = funded or money_subjects.get("funding") or tracker.resolve("it", before=sentence.start) or subject  # "The round was led by Granholm Ventures": the firm funded
                else:
                    subject = funded  # "Paylane: €18m Series A led by Northzone" with Paylane not read as a name: not Northzone, whoever it is
            if claim_type not in ("warning", "founding", "location", "ownership") and subject is not None and _reports(subject, tracker) and not any(
                m.kind in ("org", "name") and (m.label != subject or subject != source) and clause.start <= m.start < clause.end for m in names
            ) and not any(
                not (exclude and exclude.contains(b.start())) for b in _BODY_NAMED.finditer(text, sentence.start, sentence.end)
            ):  # "Spending has risen every year since 2015", "..., the bureau said": the group the report measures, not the bureau
                subject = groups.most_common(1)[0][0] if groups else subject  # the group the text is most about
            if claim_type == "pledge" and source and _reports(source, tracker) and subject != source and _FORECAST.search(text, clause.start, clause.end):
                claim_type = "other"  # "Norway will need 5 GWh a year by 2030, according to the forum": a body's forecast of others, no one's pledge
            if (_PROCEEDS.match(text, clause.start, clause.end) or _PROCEEDS.match(text, sentence.start, sentence.end) and not _RELATIVE.match(text, clause.start)) and not any(
                m.label == subject and clause.contains(m.start) for m in names
            ):  # but "The money comes on top of the €43bn European Chips Act": the act's own amount
                kinds = ("funding",) if claim_type == "pledge" else ("funding", "pledge", "investment")
                subject = next((money_subjects[kind] for kind in reversed(money_subjects) if kind in kinds), subject)  # who raised or pledged it last
            if claim_type == "funding" and proposal.object is not None and proposal.object == subject:
                firm = tracker.most_named_business()
                subject = firm if firm != subject else None  # a backer does not fund itself
            if claim_type == "adoption" and proposal.object is not None and proposal.object == subject:
                subject = source if source and source != subject else tracker.most_named_firm()  # the user is not its own supplier
            if claim_type == "warning" and subject and not tracker.is_public(subject) and _OWN_WARNING.search(text, clause.start, clause.end):
                claim_type = "other"  # "Basketful warned that it would miss its profit target": a firm's word on itself, no body's warning
            if claim_type == "warning" and source is None and subject and tracker.is_public(subject) and _FINDING.search(text, clause.start, clause.end):
                source = subject  # "The authority blocked the deal, finding that ...": what it found is its own word
            subject = committed if to_do else subject
            predicate, obj, statement = describe(
                claim_type, subject, text, clause, proposal.cue, names, money.value if money else None, time, proposal.object
            )
            if claim_type == "ownership" and obj is not None and obj == subject:  # no one owns itself
                subject = next((firm for firm in (tracker.resolve("it", before=clause.start, unlike=obj), tracker.most_named_business()) if firm and firm != obj), None)
                predicate, obj, statement = describe(
                    claim_type, subject, text, clause, proposal.cue, names, money.value if money else None, time, proposal.object
                )  # "Holmwood will keep 40% of the company": the firm at hand is owned, not Holmwood; else what is owned is not known
            candidates.append(
                Candidate(
                    type=claim_type,
                    statement=statement,
                    subject=subject,
                    predicate=predicate,
                    object=obj,
                    value=money.value if money else None,
                    time=time,
                    attribution=source,
                    start=clause.start,
                    end=clause.end,
                    quote=text[clause.start : clause.end],
                    score=value,
                    hedges=_hedges(text, clause, money),
                )
            )
            if money is not None:
                money_subjects.pop(claim_type, None)
                money_subjects[claim_type] = subject  # the last amount of each kind, latest last: for "the money" and a round's backers after it
            if subject is not None and _IS_GROUP.match(subject):
                groups[subject] += 1
    firm = tracker.most_named_business()
    return [
        _named_in_full(_headline_subject(candidate, firm) if headline is not None and candidate.end <= headline.end else candidate, tracker.short_forms)
        for candidate in candidates
    ]


def _headline_subject(candidate: Candidate, firm: str | None) -> Candidate:
    """A headline's claim with no subject ("Watchdog fines insurer £9m"): the firm the story names most, once it has named it."""
    if candidate.subject is not None or firm is None:
        return candidate
    return replace(candidate, subject=firm, statement=candidate.statement.replace(UNKNOWN_SUBJECT, firm, 1))


def _named_in_full(candidate: Candidate, full: dict[str, str]) -> Candidate:
    """A candidate whose firm was named short before it was named in full ("Quayline" in a headline, "Quayline Payments Ltd" after), with the full name."""
    subject, attribution, obj = (full.get(label, label) if label else label for label in (candidate.subject, candidate.attribution, candidate.object))
    if (subject, attribution, obj) == (candidate.subject, candidate.attribution, candidate.object):
        return candidate
    statement = re.sub(rf"\b{re.escape(candidate.subject)}\b", subject, candidate.statement, count=1) if candidate.subject and subject != candidate.subject else candidate.statement
    return replace(candidate, subject=subject, attribution=attribution, object=obj, statement=statement)
