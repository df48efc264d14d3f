"""Who a sentence attributes its information to.

Finds "according to X", "X said / warned / confirmed / estimated ...",
inverted "..., said X", "a spokesperson for X", "analysts at X", "X data
show" and anonymous sources ("sources close to the deal", "people familiar
with the matter"), and resolves descriptions and pronouns ("the company
said") with a :class:`~claimgraph.claims.extraction.mentions.Tracker`. A
sentence with none of these is in the article's own voice: no attribution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from claimgraph.claims.extraction.mentions import DESCRIPTIONS, LEGAL_FORMS, PRONOUNS, Mention, Tracker
from claimgraph.claims.extraction.segment import Span

SAY_VERBS = frozenset(
    "said says say warned warns warn confirmed confirms confirm estimated estimates estimate told tells reported reports "
    "found finds noted notes added adds claimed claims argued argues predicted predicts forecast forecasts cautioned "
    "cautions disclosed discloses revealed reveals stated states wrote writes insisted insists acknowledged acknowledges "
    "calculated calculates projected projects".split()
)
"""Verbs of saying that attribute what follows (or precedes) to their subject."""
DATA_VERBS = frozenset("show shows showed suggest suggests suggested indicate indicates indicated".split())
"""Verbs that attribute only when their subject is data, a report or figures."""
WEAK_VERBS = frozenset("expects expected expect announced announces saying".split())
"""Verbs that attribute only with a named or described subject, not a bare pronoun ("which it expects to open")."""
SOURCE_VERBS = frozenset("ranks ranked puts put places placed counts counted lists listed".split())
"""Verbs that attribute only when their subject was already cited as a source ("Scaleboard ranks ...")."""
_RECKONINGS = frozenset("count reckoning estimate estimates calculation calculations tally figures measure".split())
"""What a source's own figure is called after "by X's" ("by the watchdog's count")."""
_BEFORE_RANKED = frozenset("the a an its their it them this these those some about more only all nearly almost over".split())
"""Words that may follow a verb of ranking or counting as it takes its object ("ranks the country fifth", "counts about 40")."""
DATA_NOUNS = frozenset("data figures report study survey poll research analysis estimates numbers statistics filings filing prospectus accounts calculations".split())
ANONYMOUS_HEADS = frozenset("sources source people person insiders insider officials official executives bankers someone".split())
ROLE_WORDS = frozenset(
    "chief executive founder co-founder head director partner analyst analysts economist minister secretary president chair "
    "chairman chairwoman spokesperson spokesman spokeswoman officer managing general principal professor researcher fellow "
    "ceo cfo cto boss leader".split()
)
_BEFORE_A_VERB = frozenset("it they we he she i who which that and also now still then later previously recently has have had".split())
"""Words after which "forecast" or "estimates" is a verb ("it forecast"), not a noun ("income forecast")."""
_SKIP_BEFORE_VERB = frozenset("also previously recently has have had was were is are later earlier separately then on in a statement".split())
_TIME_LEAD = frozenset("in on last earlier since after before during".split())
"""Words that open a time phrase before a source ("In February the regulator warned")."""
_STOP = frozenset({",", ";", ":", "—", "–", "(", ")", '"', "“", "”", "‘", "’", "'", "that", "which", "who", "and", "but", "while"})
_CLAUSE_OPENERS = frozenset("after before because when although though since until once if".split())
"""Words that open a clause of their own ("rose 6% after the operator said"): the speaker's phrase starts after them."""
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_SOURCE_WRAPPERS = re.compile(
    r"^(?:(?:a|the|its|their)\s+)?(?:(?:new|latest|recent|annual|quarterly)\s+)?(?:data|figures|estimates|research|analysis|report|study|survey|filings?|numbers|statistics)\s+(?:from|by|of|at)\s+",
    re.IGNORECASE,
)
_SPOKES = re.compile(r"^(?:a\s+|the\s+)?(?:spokes(?:person|man|woman)|representative|analysts?|economists?|researchers?|officials?|executives?|bankers?)\s+(?:for|of|at|from|with)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Attribution:
    """A claimant and the words of the sentence that name it."""

    label: str
    start: int
    end: int


def _phrase_label(doc: Doc, tokens: list[Token], mentions: list[Mention], tracker: Tracker) -> str | None:
    """The claimant named by a short noun phrase."""
    if not tokens:
        return None
    by = next((k for k, t in enumerate(tokens) if t.lower_ in ("by", "from") and any(u.lower_ in DATA_NOUNS for u in tokens[:k])), None)
    if by is not None and by + 1 < len(tokens):
        return _phrase_label(doc, tokens[by + 1 :], mentions, tracker)  # "a poll compiled by the company": the company
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = doc[tokens[0].i : tokens[-1].i + 1].text.strip()
    text = _SOURCE_WRAPPERS.sub("", text)
    text = _SPOKES.sub("", text)
    bare = _LEADING.sub("", text)
    words = bare.lower().split()
    if not words:
        return None
    if words[0] in ("its", "their") and words[-1] in DATA_NOUNS:
        return tracker.resolve(words[0], before=start)  # "according to its annual report": the firm's own
    possessor = re.match(r"^([\w-]+)(?:'s|’s)\s+[\w-]+$", bare)
    if possessor and not any(m.start >= start and m.end <= end for m in mentions):
        resolved = tracker.resolve(possessor.group(1), before=start)  # "the firm's partners said"
        if resolved:
            return resolved
    if words[0] in ANONYMOUS_HEADS and not any(m.start >= start and m.end <= end and m.kind in ("org", "name") and words[0] not in ("sources", "people") for m in mentions):
        return bare
    names = [m for m in mentions if start < m.end <= end and m.kind != "demonym"]  # a name the phrase holds, or ends ("... and Trade said")
    placed = {t.idx for t in tokens if _places_what_follows(doc, t.i)}
    names = [m for m in names if m.end not in placed] or names  # "the Brussels-based think tank Ember Policy": not Brussels
    if names and DESCRIPTIONS.get(words[-1]) == "org" and tokens[-1].is_lower and all(m.kind == "place" or (m.kind == "name" and " " not in m.label) for m in names):
        resolved = tracker.resolve(words[-1], before=start)  # "the Lisbon company confirmed": the company, not the city
        if resolved:
            return resolved
    if names:
        people = [m for m in names if m.kind == "person"]
        firms = [m for m in names if m.kind != "place"]
        possessive = {t.idx for t in tokens if t.lower_ in ("'s", "’s")}
        owned = [m for m in firms if m.end in possessive]
        firms = [m for m in firms if m not in owned] or firms  # "the Bank of Latvia's stability committee": the committee speaks
        return tracker.full_name((people or firms or names)[0].label)
    if words[0] in DESCRIPTIONS and len(words) > 1:
        resolved = tracker.resolve(words[0], before=start)  # "a prospectus published on Monday"
        if resolved:
            return resolved
    if words[-1] in DATA_NOUNS and len(words) > 1 and words[0] not in ("the", "its", "their", "this"):
        return None
    if len(words) <= 3:
        resolved = tracker.resolve(bare, before=start)
        if resolved is not None:
            return resolved
        if words[-1] in PRONOUNS or words[-1] in DESCRIPTIONS:
            return None
    if words[-1] in ("analysts", "economists", "experts", "investors", "researchers", "observers", "critics"):
        return words[-1] if re.search(r"\d", bare) else bare  # "below the €9.1 billion analysts had expected": analysts
    if _LEADING.match(text) and len(words) <= 3 and words[-1] in ROLE_WORDS | {"chancellor"}:
        return bare  # "the chancellor confirmed": a source known by office alone
    return None


def _before(doc: Doc, verb: Token, floor: int) -> list[Token]:
    """The noun phrase just before a verb of saying, back to a clause boundary."""
    i = verb.i - 1
    while i >= floor and doc[i].lower_ in ("today", "yesterday"):
        i -= 1  # "the country's regulator, today warned"
    if i - 2 >= floor and doc[i].text == ")" and doc[i - 2].text == "(":
        i -= 3  # "The Australian Securities and Investments Commission (ASIC) warned": the name before its initials
    if i >= floor and doc[i].lower_ in ("which", "who") and i - 1 >= floor and doc[i - 1].text == ",":
        i -= 2  # "a report by the institute, which found ..."
    elif i >= floor and doc[i].text == ",":  # "Jane Doe, chief executive of Acme, said"
        i -= 1
        j = i
        while j >= floor and doc[j].text != "," and i - j < 24:
            j -= 1
        opener = next((k for k in range(j, max(floor, i - 24) - 1, -1) if doc[k].text == "," and doc[k + 1].lower_ in _ASIDE_OPENERS), None)
        j = opener if opener is not None and doc[j + 1].lower_ not in _ASIDE_OPENERS else j  # "Dalmore, based in Cleveland, Ohio, said"
        apposition = doc[j + 1].lower_ in ("the", "a", "an") or (j + 2 < i and doc[j + 2].lower_ in ("'s", "’s"))  # "NFCB, Norway's regulator,"
        named = j - 1
        if named > floor and doc[named].text == ")" and j - 4 >= floor and doc[j - 3].text == "(":
            named = j - 4  # "The Norwegian Financial Conduct Board (NFCB), the country's regulator,"
        if named - 2 >= floor and doc[named].lower_ in LEGAL_FORMS and doc[named - 1].text == ",":
            named -= 2  # "Nimbly, Inc., the scheduling platform, today announced": the firm before its legal form
        described = named - 1 >= floor and doc[named].lower_ in DESCRIPTIONS and doc[named - 1].lower_ == "the"  # "The company, a joint venture ..., said"
        if j > floor and (doc[j + 1].lower_ in _ASIDE_OPENERS or (apposition and (doc[named].text[:1].isupper() or described))):
            i = named  # skip a relative clause or apposition: "Tessaly, in which X owns a stake, reported"
    while i >= floor and (doc[i].lower_ in _SKIP_BEFORE_VERB or (doc[i].is_lower and doc[i].lower_.endswith("ly"))):  # an adverb, not "Nimbly"
        i -= 1
    end = i
    while i >= floor and (doc[i].lower_ not in _STOP or _plural_apostrophe(doc, i)) and doc[i].lower_ not in _CLAUSE_OPENERS and end - i < 8:
        i -= 1
    phrase = list(doc[i + 1 : end + 1])
    if phrase and phrase[0].lower_ in _TIME_LEAD:  # "In February the regulator warned": the regulator
        phrase = phrase[max((k for k, t in enumerate(phrase) if t.lower_ in ("the", "a", "an", "its", "their")), default=0) :]
    # "Jane Doe, chief executive of Acme, said": the role phrase points back to the name
    if phrase and phrase[0].lower_ in ROLE_WORDS | {"the", "its"} and any(t.lower_ in ROLE_WORDS for t in phrase[:3]) and i >= floor and doc[i].text == ",":
        j = i - 1
        while j >= floor and doc[j].text not in _STOP and i - j < 5:
            j -= 1
        name = list(doc[j + 1 : i])
        if name and all(t.text[:1].isupper() or t.text in ("-", "'", "’") for t in name):  # "Helena Marsh-Okoro, Chief Executive, said"
            return name
    return phrase


def _plural_apostrophe(doc: Doc, i: int) -> bool:
    """Whether the token is a plural's apostrophe inside a name ("Public Service Workers' Union"), not a closing quote."""
    return doc[i].text in ("'", "’") and i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text.endswith("s") and doc[i - 1].text[:1].isupper()


def _after(doc: Doc, verb: Token, ceiling: int) -> list[Token]:
    """The noun phrase just after an inverted verb of saying ("..., said Jane Doe")."""
    i = verb.i + 1
    while i < ceiling and doc[i].text not in _STOP and i - verb.i <= 6:
        i += 1
    return list(doc[verb.i + 1 : i])


def find_attribution(doc: Doc, span: Span, mentions: list[Mention], tracker: Tracker) -> Attribution | None:
    """The source a sentence (or clause) attributes its information to, if any.

    Args:
        doc: the parsed text.
        span: the sentence or clause.
        mentions: the names found in it.
        tracker: names of the document so far.

    >>> from claimgraph.claims.extraction.segment import parse
    >>> from claimgraph.claims.extraction.mentions import find_mentions
    >>> text = "UK start-ups raised £4.7bn last year, according to Dealroom data."
    >>> doc = parse(text)
    >>> find_attribution(doc, Span(0, len(text)), find_mentions(doc, Span(0, len(text))), Tracker()).label
    'Dealroom'
    """
    sub = doc.char_span(span.start, span.end, alignment_mode="expand")
    if sub is None:
        return None
    floor, ceiling = sub.start, sub.end
    for token in sub:
        if token.lower_ == "according" and token.i + 1 < ceiling and doc[token.i + 1].lower_ == "to":
            j, limit = token.i + 2, 10
            while j < ceiling and doc[j].text not in _STOP and ((not doc[j].is_punct and j - token.i < limit) or _places_what_follows(doc, j)):
                limit = max(limit, j - token.i + 6) if doc[j].is_punct else limit  # "according to a report by the Brussels-based think tank Ember Policy"
                if doc[j].lower_ == "by" and any(t.lower_ in DATA_NOUNS for t in doc[token.i + 2 : j]):
                    limit = max(limit, j - token.i + 8)  # "according to a study published on Wednesday by the Oslo think tank Bellona Analytics"
                j += 1
            label = _phrase_label(doc, list(doc[token.i + 2 : j]), mentions, tracker)
            if label:
                return Attribution(label, token.idx, doc[j - 1].idx + len(doc[j - 1].text))
    for token in sub:
        if token.lower_ == "by" and token.i >= 2 and doc[token.i - 1].lower_ in ("survey", "report", "study", "ranking", "analysis", "poll", "index"):
            j = token.i + 1
            while j < ceiling and doc[j].text not in _STOP and not doc[j].is_punct and doc[j].lower_ not in ("in", "on", "at", "last", "this") and j - token.i < 8:
                j += 1
            label = _phrase_label(doc, list(doc[token.i + 1 : j]), mentions, tracker)
            if label:  # "in a consumer survey by Which Money"
                return Attribution(label, doc[token.i - 1].idx, doc[j - 1].idx + len(doc[j - 1].text))
    for token in sub:
        if token.lower_ == "by":  # "by the watchdog's count", "by Dealroom's estimate": whose reckoning it is
            k = next((k for k in range(token.i + 2, min(token.i + 7, ceiling)) if doc[k].lower_ in _RECKONINGS and doc[k - 1].lower_ in ("'s", "’s", "own")), None)
            owner = [t for t in doc[token.i + 1 : k - 1] if t.lower_ not in ("'s", "’s")] if k is not None else []
            label = _phrase_label(doc, owner, mentions, tracker) if owner else None
            if label:
                return Attribution(label, token.idx, doc[k].idx + len(doc[k].text))
    for token in sub:
        lower = token.lower_
        if lower not in SAY_VERBS and lower not in DATA_VERBS and lower not in WEAK_VERBS and lower not in SOURCE_VERBS:
            continue
        if token.i > 0 and doc[token.i - 1].lower_ in ("a", "an", "the", "its", "their", "is", "are", "was", "were", "be", "been", "being"):
            continue  # "an estimated $2.6bn", "revenue is projected to", "raised its forecast" are no attribution
        if lower in ("forecast", "forecasts", "estimates", "projects", "reports", "notes") and token.i > floor and doc[token.i - 1].is_lower and doc[token.i - 1].lower_ not in _BEFORE_A_VERB and (
            token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "that"
        ):
            continue  # "raises income forecast", "sales estimates": a noun, not a verb of saying; but "the report estimates that"
        if lower in SOURCE_VERBS and token.i + 1 < len(doc) and doc[token.i + 1].is_alpha and doc[token.i + 1].is_lower and not doc[token.i + 1].like_num and doc[token.i + 1].lower_ not in _BEFORE_RANKED:
            continue  # "Kitestring's larger listed rival": a word describing a noun, not a source listing anything
        if lower == "states" and (token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "that"):
            continue  # "hospitals across 28 U.S. states": a noun, unless it says "states that"
        label = None
        named_before = any(m.end == doc[token.i - 1].idx for m in mentions) if token.i > 0 else False  # "the minister, Conor Walsh, said"
        if token.i > floor and doc[token.i - 1].text in (",", '"', "”", "’") and not named_before and _names_a_speaker(doc, token.i + 1, ceiling):  # "..., said Jane Doe"
            phrase = _after(doc, token, ceiling)
            label = _phrase_label(doc, phrase, mentions, tracker)
        if not label:
            phrase = _before(doc, token, floor)
            if lower in DATA_VERBS and not any(t.lower_ in DATA_NOUNS for t in phrase):
                continue
            if lower in WEAK_VERBS and (not phrase or phrase[-1].lower_ in PRONOUNS) and not (
                len(phrase) == 1 and phrase[0].text == "It" and phrase[0].is_sent_start and lower.startswith("expect")
            ):
                continue  # but "It expects its first sales ...": the firm's own forecast
            label = _phrase_label(doc, phrase, mentions, tracker)
            if lower in SOURCE_VERBS and not tracker.is_source(label):
                continue
            firms = [m for m in mentions if m.kind in ("org", "name") and m.start < token.idx]
            opener = firms[0] if len(firms) == 1 and firms[0] is next((m for m in mentions if m.kind in ("org", "name")), None) else None
            if not label and lower in SAY_VERBS and opener and token.i > floor and doc[token.i - 1].lower_ in ("and", "but"):
                label, phrase = opener.label, []  # "Acme cut its prices, and said it would ...": the firm the sentence opens with speaks
        if label:
            edges = [token.idx, token.idx + len(token.text)] + [t.idx for t in phrase] + [t.idx + len(t.text) for t in phrase]
            return Attribution(label, min(edges), max(edges))
    text = sub.text
    anonymous = re.search(r"\b(?:sources|people|persons|insiders)\s+(?:close to|familiar with|briefed on|with knowledge of|involved in)\s+(?:the\s+)?[\w-]+(?:\s+(?:matter|deal|talks|company|negotiations|plans|process))?", text, re.IGNORECASE)
    if anonymous:
        return Attribution(anonymous.group(), span.start + anonymous.start(), span.start + anonymous.end())
    return None


def _names_a_speaker(doc: Doc, i: int, ceiling: int) -> bool:
    """Whether the words after an inverted verb of saying can name its speaker ("said Jane Doe", "said the company", "said
    analysts at X"), not open what was said ("RenewableUK, the industry body, said offshore wind capacity ...")."""
    if i >= ceiling:
        return False
    if any(doc[k].lower_ in _CLAUSE_VERBS for k in range(i + 1, min(i + 4, ceiling))):
        return False  # "..., said the company would invest": what was said, not who said it
    word = doc[i]
    return word.text[:1].isupper() or word.lower_ in _SPEAKER_WORDS


_CLAUSE_VERBS = frozenset("would will had has is was were could can may might must".split())
"""Verbs a few words after an inverted "said" that make what follows it a clause."""
_SPEAKER_WORDS = frozenset({"the", "a", "an", "its", "their", "one", "two", "three"} | ROLE_WORDS | ANONYMOUS_HEADS | {"analysts", "economists", "experts", "investors"})
_ASIDE_OPENERS = frozenset("which who whose in where based headquartered listed founded owned advised backed controlled run chaired represented".split())
"""First words of an aside between a source and its verb ("Tessaly, in which X owns a stake, reported")."""


def _places_what_follows(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the hyphen of "-based" or "-headquartered": the place before it says where the name after it is."""
    return doc[i].text == "-" and i + 1 < len(doc) and doc[i + 1].lower_ in ("based", "headquartered")
_LINE = re.compile(r"\S.*")
"""A line's text."""
_WE = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y)\b")



def interview_answers(text: str) -> list[Span]:
    r"""The answers of a question-and-answer interview (a text with two questions or more, each a paragraph of its own):
    the paragraph after each question, and those after it that speak in the first person.

    >>> text = "Intro.\n\nWhy?\n\nWe grew.\n\nOur staff doubled.\n\nAcme lost money.\n\nAnd now?\n\nNot yet."
    >>> [text[s.start : s.end] for s in interview_answers(text)]
    ['We grew.', 'Our staff doubled.', 'Not yet.']
    """
    paragraphs = [Span(m.start(), m.start() + len(m.group().rstrip())) for m in _LINE.finditer(text)]  # a question may close a line of its own
    questions = {p.start for p in paragraphs if text[p.end - 1] == "?" and p.end - p.start < 400}
    if len(questions) < 2:
        return []
    answers: list[Span] = []
    state = None  # what the paragraph before was: a question, an answer, or neither
    for paragraph in paragraphs:
        if paragraph.start in questions:
            state = "question"
        elif state == "question" or (state == "answer" and _WE.search(text, paragraph.start, paragraph.end)):
            answers.append(paragraph)
            state = "answer"
        else:
            state = None
    return answers
