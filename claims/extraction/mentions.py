"""Names in text, and what "the company", "it" or "she" refers to.

Without a trained model there is no named-entity recogniser; names are runs of
capitalised tokens (with connectors such as "of" in "Bank of England"), typed
coarsely as person, organisation, place or demonym by their words and
context. A :class:`Tracker` remembers them through a document so that simple
descriptions and pronouns resolve to the last fitting name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from claimgraph.claims.extraction.money import ALL_CODES, SYMBOLS
from claimgraph.claims.extraction.segment import LIVE_TIME, Span
from claimgraph.claims.extraction.timex import MONTHS, WEEKDAYS

ORG_WORDS = frozenset(
    "inc inc. ltd ltd. plc llc corp corp. co co. group capital partners ventures venture bank institute authority agency "
    "office ministry department university commission council fund funds holdings labs lab technologies technology systems "
    "ai act treasury association foundation trust board reserve exchange securities corporation company research centre "
    "center network networks robotics therapeutics energy analytics software media bio health insurance finance financial "
    "management advisors advisers consulting studios motors industries airlines semiconductor semiconductors compute cloud "
    "administration data house court parliament congress senate union organisation organization forum party service services "
    "telecom telecoms logistics freight haulage shipping aerospace airways mining minerals chemicals pharma pharmaceuticals biotech "
    "solar utilities foods payments electronics materials automotive bureau committee panel directorate inspectorate secretariat "
    "tribunal ombudsman statistics rovers wanderers athletic albion hotspur fc afc rangers pay".split()
)
INDUSTRY_WORDS = frozenset(
    "cement rail railways homes water oil petroleum brewing breweries brewery engineering construction properties estates retail "
    "stores supermarkets ports shipyards textiles metals renewables batteries devices instruments diagnostics medical healthcare "
    "mobile broadband games gaming entertainment publishing bancorp lending assurance investments wealth credit leasing hotels "
    "resorts travel aviation defence defense dynamics automation sensors optics photonics plastics packaging scientific genomics "
    "vaccines dairy beverages drinks spirits distillery apparel furniture appliances electric nuclear hydrogen infrastructure "
    "transport marine maritime digital interactive cyber ales wines farms seafood mutual ferries buses trains air wind power gas steel chips fashion bakeries "
    "tools machinery pumps cables coatings glass paper timber mills clinics care".split()
)
"""Words for a trade that end a firm's name of several words ("Dalvik Cement", "Grantley Homes"): a firm, not a person."""
PLACE_WORDS = frozenset("valley city county street bay island islands republic kingdom states emirates coast province region".split())
COUNTRY_CODES = frozenset({"UK", "US", "USA", "EU", "UAE", "U.S.", "U.K.", "E.U."})
COUNTRY_NAMES = {
    "UK": "United Kingdom", "U.K.": "United Kingdom", "US": "United States", "USA": "United States", "U.S.": "United States",
    "EU": "European Union", "E.U.": "European Union", "UAE": "United Arab Emirates",
}
"""The names the codes stand for, as an entity is named."""
DEMONYMS = frozenset(
    "american british english french german european chinese japanese indian canadian australian irish dutch swedish "
    "spanish italian korean israeli swiss nordic asian african scottish welsh portuguese norwegian danish finnish polish "
    "estonian latvian lithuanian greek croatian belgian austrian czech hungarian romanian baltic slovak slovenian bulgarian "
    "serbian ukrainian russian turkish icelandic mexican brazilian chilean argentine colombian peruvian egyptian nigerian kenyan "
    "moroccan singaporean indonesian vietnamese thai malaysian taiwanese pakistani bangladeshi qatari saudi emirati kuwaiti "
    "bahraini omani iranian iraqi jordanian lebanese filipino cypriot maltese ghanaian ethiopian algerian tunisian venezuelan "
    "ecuadorian uruguayan cuban kazakh".split()
)
COUNTRY_DEMONYMS = {
    "britain": "British", "england": "English", "scotland": "Scottish", "wales": "Welsh", "ireland": "Irish", "france": "French",
    "germany": "German", "spain": "Spanish", "italy": "Italian", "portugal": "Portuguese", "netherlands": "Dutch",
    "belgium": "Belgian", "sweden": "Swedish", "norway": "Norwegian", "denmark": "Danish", "finland": "Finnish",
    "poland": "Polish", "switzerland": "Swiss", "austria": "Austrian", "china": "Chinese", "japan": "Japanese", "india": "Indian",
    "canada": "Canadian", "israel": "Israeli", "australia": "Australian", "korea": "Korean", "estonia": "Estonian",
    "latvia": "Latvian", "lithuania": "Lithuanian", "greece": "Greek", "croatia": "Croatian", "hungary": "Hungarian",
    "romania": "Romanian", "america": "American", "czechia": "Czech", "slovakia": "Slovak", "slovenia": "Slovenian",
    "bulgaria": "Bulgarian", "serbia": "Serbian", "ukraine": "Ukrainian", "russia": "Russian", "turkey": "Turkish",
    "iceland": "Icelandic", "luxembourg": "Luxembourgish", "mexico": "Mexican", "brazil": "Brazilian", "chile": "Chilean",
    "argentina": "Argentine", "colombia": "Colombian", "peru": "Peruvian", "egypt": "Egyptian", "nigeria": "Nigerian",
    "kenya": "Kenyan", "morocco": "Moroccan", "singapore": "Singaporean", "indonesia": "Indonesian", "vietnam": "Vietnamese",
    "thailand": "Thai", "malaysia": "Malaysian", "taiwan": "Taiwanese", "pakistan": "Pakistani", "bangladesh": "Bangladeshi",
    "qatar": "Qatari", "kuwait": "Kuwaiti", "bahrain": "Bahraini", "oman": "Omani", "iran": "Iranian", "iraq": "Iraqi",
    "lebanon": "Lebanese", "philippines": "Filipino", "cyprus": "Cypriot", "malta": "Maltese",
    "ghana": "Ghanaian", "ethiopia": "Ethiopian", "algeria": "Algerian", "tunisia": "Tunisian", "venezuela": "Venezuelan",
    "ecuador": "Ecuadorian", "uruguay": "Uruguayan", "cuba": "Cuban", "kazakhstan": "Kazakh",
}  # fmt: skip
"""Countries and the demonym their government goes by ("Latvia's government" is "the Latvian government")."""
CITY_COUNTRIES = {
    **dict.fromkeys("london edinburgh manchester glasgow leeds birmingham cardiff belfast sheffield bristol liverpool".split(), "British"),
    "paris": "French", "lyon": "French", "berlin": "German", "munich": "German", "frankfurt": "German", "hamburg": "German",
    "madrid": "Spanish", "barcelona": "Spanish", "lisbon": "Portuguese", "porto": "Portuguese", "dublin": "Irish", "cork": "Irish",
    "amsterdam": "Dutch", "rotterdam": "Dutch", "brussels": "Belgian", "stockholm": "Swedish", "gothenburg": "Swedish",
    "oslo": "Norwegian", "copenhagen": "Danish", "helsinki": "Finnish", "warsaw": "Polish", "rome": "Italian", "milan": "Italian",
    "vienna": "Austrian", "zurich": "Swiss", "geneva": "Swiss", "tallinn": "Estonian", "riga": "Latvian", "vilnius": "Lithuanian",
    "prague": "Czech", "budapest": "Hungarian", "athens": "Greek", "tokyo": "Japanese", "ottawa": "Canadian", "toronto": "Canadian",
    "new york": "American", "washington": "American", "san francisco": "American",
}  # fmt: skip
"""Cities a dateline may name, and the demonym of their country."""
CURRENCY_COUNTRIES = {
    "GBP": "British", "SEK": "Swedish", "NOK": "Norwegian", "DKK": "Danish", "PLN": "Polish", "CHF": "Swiss", "JPY": "Japanese",
    "CZK": "Czech", "HUF": "Hungarian", "CAD": "Canadian", "AUD": "Australian", "INR": "Indian", "KRW": "Korean",
}
"""Currencies one country uses, and its demonym."""
_OWN_SYMBOLS = {symbol: code for symbol, code in SYMBOLS.items() if code in CURRENCY_COUNTRIES}
_OWN_CURRENCY = re.compile(r"(%s)\s?\d|\b(%s)\s?\d" % ("|".join(map(re.escape, sorted(_OWN_SYMBOLS, key=len, reverse=True))), "|".join(CURRENCY_COUNTRIES)))
"""An amount in a currency one country uses, by its symbol ("£", "A$") or code."""
_COUNTRY_OF = {
    **{demonym: name.title() for name, demonym in COUNTRY_DEMONYMS.items()},
    "British": "United Kingdom", "English": "United Kingdom", "American": "United States",
}
"""A country's name by its demonym, as an entity is named."""
GOVERNMENT_NAMES = {"British": "UK", "English": "UK"}
"""How a country's government is named when not by its demonym ("the UK government")."""


def government_name(demonym: str) -> str:
    """The word a country's government goes by: its demonym ("Dutch"), or its name where usage has it ("UK")."""
    return GOVERNMENT_NAMES.get(demonym, demonym)
DATELINE_DATE = re.compile(r"(?:,\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})\b|--\s*\([A-Z][A-Za-z ]+\)--)")
"""What follows a dateline's place: its date (", 25 July 2025", ", Oct 2") or a wire's name ("--(BUSINESS WIRE)--")."""
_DATELINE_CITY = re.compile(r"^\s*([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)" + DATELINE_DATE.pattern, re.MULTILINE)
"""A dateline's city and date at the start of a line ("LEEDS, 25 July 2025", "London, 17 September 2025")."""
TITLE_VERBS = frozenset(
    "raises announces launches acquires reports expands opens buys sells cuts appoints completes secures closes signs wins unveils "
    "introduces posts hires enters agrees files lifts boosts invests receives achieves releases debuts adds selects taps".split()
)
"""Verbs a headline in title case capitalises ("Nimbly Raises $45 Million"): they end the name before them."""
TITLES = frozenset("mr mr. ms ms. mrs mrs. dr dr. prof prof. sir dame lord lady".split())
ROLE_TITLES = frozenset("minister president governor commissioner chancellor senator mayor judge ceo cfo chairman chairwoman chief prime".split())
"""Offices written before a person's name, in capitals ("Minister Anna Kowalczyk", "CEO Ingrid Solberg")."""
_OFFICE_WORDS = frozenset("executive financial operating officer technology information minister secretary economist".split())
"""The rest of an office's name after its first word ("Chief Financial Officer")."""
GENERIC_CAPS = frozenset(
    "ai ceo cfo cto coo ipo vc gdp api arr gpu gpus llm llms esg saas fintech series i ok tv pc q1 q2 q3 q4 h1 h2 gw gwh mw mwh kw kwh tw twh "
    "ebit ebitda eps capex opex chief sterling q&a mhz ghz khz".split()
)
FIGURE_NOUNS = frozenset(
    "revenue turnover profit income spending investment funding growth demand output compliance debt borrowing lending "
    "capital cash inflation unemployment employment staff headcount production pay net gross operating underlying "
    "venture equity trading retail research basic diluted adjusted statutory reported organic total core headline shares stocks prices".split()
)
"""Words for what a figure measures ("Revenue was ...", "Compliance will cost ..."): opening a sentence alone, no name."""
CONNECTORS = frozenset({"of", "for", "&", "de", "la", "du", "do", "da", "dos", "das", "von", "van", "der", "al"})
_PLACE_BEFORE = frozenset({"in", "across", "throughout", "near"})
_HELD_IN = frozenset({"shares", "stake", "stakes", "holding", "holdings", "invested", "investment", "investing", "invests"})
"""Words before "in" and the firm they are in ("shares in", "a stake in")."""
PLACES = frozenset(
    "britain england scotland wales ireland france germany spain italy portugal netherlands belgium sweden norway denmark "
    "finland poland switzerland austria europe america china japan india canada mexico brazil israel singapore australia "
    "korea taiwan africa asia london paris berlin amsterdam stockholm dublin munich madrid new york boston seattle tokyo "
    "beijing shanghai shenzhen bangalore toronto dubai silicon valley san francisco washington brussels cambridge oxford "
    "manchester edinburgh".split()
)
GROUP_NOUNS = frozenset(
    "start-ups companies firms businesses households banks lenders insurers investors manufacturers exporters retailers developers employers "
    "carmakers airlines utilities suppliers producers farmers farms hospitals universities councils consumers borrowers homeowners landlords "
    "tenants savers workers families shoppers drivers builders housebuilders miners brewers pubs shops stores".split()
) | {"pension funds", "fund managers", "asset managers"}
"""Plural nouns that name a group of firms or people ("Danish businesses", "Households owed ...")."""
PREMODIFIERS = frozenset("rival new former fellow smaller larger bigger struggling troubled embattled ailing loss-making".split())
"""Words that open a sentence before a name and describe it ("Rival Optisort Systems"), not part of it."""
_NON_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS)
LEGAL_FORMS = frozenset("inc inc. corp corp. ltd ltd. plc llc s.a. sa ag as asa bv b.v. nv n.v. gmbh ab oyj spa s.p.a.".split())
"""Legal forms after a firm's name ("Arbor Health Inc.", "Kryptovik AS"): not part of the name it goes by."""
_VERB_AFTER = re.compile(
    r"\s+(?:is|was|are|were|has|had|have|will|would|could|can|may|might|must|said|says|also|now|still|\w+ed|\w+[^s\W]s|"
    r"bought|sold|won|paid|took|led|became|told|spent|lent|built|gave|brought|sought|struck|shut|met|chose|wrote|sent|bid|beat|"
    r"withdrew|overtook|rose|fell|grew|slid|sank|shrank|slumped|jumped|soared|surged|climbed|dipped|gained|lost|made|cut|hit|set|kept|held|ran|fought|drew|threw|flew|froze|stood)\b|\s*[,'’(]|:[ \t]+(?=[A-Z])"
)
"""What follows a name that starts a sentence ("Veloria now expects", "Orsk bought", "Lithuania, which"), unlike a common word ("Net loss")."""

DESCRIPTIONS = {
    "company": "org", "firm": "org", "startup": "org", "start-up": "org", "group": "org", "business": "org", "club": "org",
    "association": "org", "federation": "org",
    "lab": "org", "laboratory": "org", "bank": "org", "lender": "org", "fund": "org", "investor": "org",
    "regulator": "org", "watchdog": "org", "institute": "org", "think-tank": "org", "agency": "org", "ministry": "org",
    "department": "org", "government": "org", "maker": "org", "chipmaker": "org", "insurer": "org",
    "retailer": "org", "platform": "org", "developer": "org", "provider": "org", "unit": "org", "arm": "org", "division": "org",
    "utility": "org", "authority": "org", "commission": "org", "tribunal": "org", "court": "org", "board": "org", "centre": "org", "center": "org", "forum": "org",
    "foundation": "org", "bureau": "org", "committee": "org", "council": "org", "panel": "org", "office": "org", "report": "source",
    "study": "source", "survey": "source", "data": "source", "analysis": "source", "research": "source",
    "prospectus": "org", "filing": "org", "accounts": "org", "results": "org",
}  # fmt: skip
"""Head nouns of descriptions ("the company") and what kind of name they stand for."""
FIRM_NOUNS = frozenset(k for k, v in DESCRIPTIONS.items() if v == "org" and k != "investor") | frozenset(
    "association designer carmaker broker grocer operator manufacturer producer supplier owner rival competitor tank "
    "brewer distiller baker airline carrier miner shipper builder housebuilder haulier wholesaler exporter publisher".split()
)
"""Nouns that describe the firm named right after them ("the cloud provider Strato Nimbus"): a firm, not a person."""
_FIRM_AFTER_NAME = re.compile(
    r"\s*,\s+(?:a|an|the)\s+(?:(?!(?:at|of|for|with|in|on|to)\s)[\w-]+\s+){0,4}?(?:%s)\b(?![’'])|\s*(?:has\s+|had\s+|also\s+)?(?:raised\s+(?=[$£€¥]|[A-Z]{3}\s?\d)|(?:bought|acquired)\s+(?=[A-Z])|(?:employs|operates|processed|lent)\b)|\s*,?\s*(?:serves|supplies|runs)\s+(?:more than |about |some |over |nearly )?\d"
    % "|".join(sorted(FIRM_NOUNS - {"investor"}))
)
"""What follows a firm's name: an apposition naming a firm ("Quayline, a Cork-based payments firm") or what firms do ("Ardent Pay bought")."""
ONLY_PUBLIC = frozenset("regulator watchdog authority ministry government parliament treasury court tribunal".split())
"""Descriptions only a public body goes by (a firm has a board, an office, a council of its own)."""
PUBLIC_NOUNS = frozenset(
    "regulator watchdog authority office commission ministry department government agency board council parliament treasury court "
    "supervisor bureau committee panel".split()
)
"""Last words of a public body's name, and descriptions of one ("the regulator"): "the company" is not one of these."""
NAMED_ONLY = frozenset("bureau committee council panel office".split())
"""Descriptions that stand only for a body named before with that word ("the bureau" after "the Bureau of Energy Statistics"):
"the office" may be a building, "the council" a town's."""
RESEARCH_BODIES = frozenset("institute think-tank centre center foundation".split())
"""Descriptions of a body that writes reports: with no name of theirs in the text, the author of the last report cited."""
TRADES = FIRM_NOUNS - frozenset(DESCRIPTIONS) - frozenset("association owner rival competitor tank".split())
"""Trades that describe a firm already named ("the supplier", "the brewer"), as "the company" does."""
FIRM_HEADS = frozenset("company firm startup start-up business lender bank group maker chipmaker insurer retailer".split())
"""Descriptions of a firm, which do not refer to a public body."""
PRONOUNS = {"it": "org", "its": "org", "they": "org", "their": "org", "he": "person", "his": "person", "him": "person",
            "she": "person", "her": "person"}  # fmt: skip


@dataclass(frozen=True)
class Mention:
    """A name in the text and a coarse kind: ``person``, ``org``, ``place``, ``demonym`` or ``name``."""

    start: int
    end: int
    label: str
    kind: str

    @property
    def guessed_place(self) -> bool:
        """A place only by the "in" before it ("a stake in Nordvind"), no place the lists know: perhaps a firm."""
        return self.kind == "place" and self.label.lower() not in PLACES and self.label not in COUNTRY_CODES


def _is_cap(text: str) -> bool:
    return bool(text) and (text[0].isupper() or (len(text) > 1 and text[0].islower() and any(c.isupper() for c in text[1:])))


def common_words(doc: Doc) -> frozenset[str]:
    """Words the text also uses in lower case: a capitalised one at a sentence start is no name."""
    return frozenset(t.text for t in doc if t.is_lower)


_LEADING_PARTICIPLES = frozenset(
    "following including excluding according regarding concerning considering during pending barring notwithstanding assuming "
    "speaking citing adding using looking writing reporting commenting responding announcing referring noting saying quoting "
    "morning evening spring".split()
)
"""Words ending in -ing that open sentences as words, not names."""


def _named_in_ing(run: list[Token], common: frozenset[str]) -> bool:
    """Whether a sentence's first word ending in -ing is a name ("Kitestring, the Austin company", "Boeing said"): no word
    that opens a clause as a word, not used in lower case in the text, and followed by an apposition, a possessive or a verb of saying ("Spending was
    cut" keeps its word)."""
    first = run[0]
    if not first.lower_.endswith("ing") or first.lower_ in _LEADING_PARTICIPLES or first.lower_ in common:
        return False
    after = first.doc[first.i + 1 : first.i + 3]
    return len(after) == 2 and (
        after[0].text in ("'s", "’s") or after[0].lower_ in ("said", "says") or (after[0].text == "," and after[1].lower_ in ("the", "a", "an"))
    )


def find_mentions(doc: Doc, span: Span, common: frozenset[str] = frozenset(), inside: frozenset[str] = frozenset(), alone: frozenset[str] = frozenset()) -> list[Mention]:
    """Find the names in ``span`` of a parsed text.

    Args:
        doc: the parsed text.
        span: where to look.
        common: words known to be common nouns (see :func:`common_words`).
        inside: words the text capitalises inside sentences (see :func:`inside_words`): names,
            even when they end like an adverb ("Tessaly, in which ...").
        alone: capitalised words the text also uses as a name of one word (see :func:`alone_words`).

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
        if not _is_cap(token.text) or token.is_punct or token.lower_.rstrip(".") in _NON_NAMES or "$" in token.text:  # "A$", "US$": currencies
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            nxt = tokens[j]
            if _is_cap(nxt.text) and not nxt.is_punct and nxt.lower_ not in _NON_NAMES | TITLE_VERBS and tokens[j - 1].whitespace_ or (
                _is_cap(nxt.text) and tokens[j - 1].text == "-" and not tokens[j - 2].whitespace_
            ):
                j += 1
            elif nxt.text == "-" and not tokens[j - 1].whitespace_ and not nxt.whitespace_ and j + 1 < len(tokens) and _is_cap(tokens[j + 1].text):
                j += 1
            elif nxt.text in ("'", "’") and not tokens[j - 1].whitespace_ and tokens[j - 1].text.endswith("s") and nxt.whitespace_ and _ends_in(tokens, j + 1, _MEMBERS_BODIES):
                j += 1  # "Public Service Workers' Union", "the Farmers' Union": the plural's apostrophe inside a body's name
            elif (
                nxt.lower_ in CONNECTORS
                and j + 1 < len(tokens)
                and _is_cap(tokens[j + 1].text)
                and (nxt.lower_ not in ("of", "for") or tokens[j - 1].lower_ in ORG_WORDS)
            ):  # "Bank of England", "Department for Education", "AT&T", "Banco de España"
                j += 1
            elif nxt.lower_ == "and" and sum(t.lower_ not in STOP_WORDS for t in tokens[i:j]) <= (2 if any(t.lower_ in DEMONYMS for t in tokens[i:j]) else 1) and _ends_in(tokens, j + 1, _BODY_HEADS):
                j += 1  # "Competition and Markets Authority", "Australian Securities and Investments Commission" (after a name of several words, "and" starts a second body)
            elif nxt.lower_ == "and" and _body_of_what(tokens, i + (tokens[i].lower_ == "the"), j):
                j += 1  # "Office of Gas and Electricity Markets", "Department for Business and Trade": a body named for what it oversees
            elif nxt.lower_ == "and" and sum(t.lower_ not in STOP_WORDS for t in tokens[i:j]) <= 2 and _ends_in(tokens, j + 1, _TRADE_BODIES):
                j += 1  # "British Beer and Pub Association", "Food and Drink Federation": a trade body's name
            elif nxt.lower_ == "and" and sum(t.lower_ not in STOP_WORDS for t in tokens[i:j]) <= 3 and _ends_in(tokens, j + 1, _LAW_HEADS):
                j += 1  # "Financial Conduct and Redress Act": a law's name
            else:
                break
        run = tokens[i:j]
        while run and run[-1].lower_ in CONNECTORS | {"-"}:
            run = run[:-1]
        i = j
        if not run:
            continue
        sentence_start = run[0].is_sent_start or (run[0].i > 0 and run[0].nbor(-1).is_sent_start and (
            run[0].nbor(-1).is_punct or re.fullmatch(LIVE_TIME, run[0].nbor(-1).text)  # "12:02 Official figures show": a live blog's time
        )) or (run[0].i > 1 and run[0].nbor(-1).text == ":" and run[0].nbor(-2).is_sent_start and run[0].nbor(-2).text in ("A", "Q"))  # "A: Fourteen ..."
        if sentence_start and (run[0].lower_ in STOP_WORDS or (re.search(r"(ed|ing|ly)$", run[0].lower_) and run[0].text not in inside and not _named_in_ing(run, common) and not _legal_form_after(doc, run[0].i)) or (len(run) == 1 and ((run[0].lower_.endswith("s") and run[0].text not in inside) or run[0].lower_ in common or run[0].lower_ in _DESCRIBING_WORDS))):
            run = run[1:]
        if sentence_start and len(run) > 1 and run[0].lower_ in PREMODIFIERS and (
            run[0].lower_ != "new" or run[1].text in COUNTRY_CODES
        ):  # but "New York Life", "New Zealand"
            run = run[1:]  # "Rival Optisort Systems raised", "New EU rules": a word describing the name, not in it
        titled = False
        if len(run) >= 4 and run[1].lower_ in ROLE_TITLES | _OFFICES and all(t.is_title for t in run):
            run, titled = run[2:], True  # "Finance Minister Jana Horakova", "Deputy Governor Ana Lopes": the person
        while run and (run[0].lower_ in STOP_WORDS | CONNECTORS or run[0].lower_ in TITLES or (
            run[0].lower_ in ROLE_TITLES and len(run) >= 3 and all(t.is_title for t in run[1:])
        )):  # "Minister Anna Kowalczyk", "CEO Ingrid Solberg": the person, not the office
            office = run[0].lower_ in ROLE_TITLES
            titled = titled or office or run[0].lower_ in TITLES
            run = run[1:]
            while office and len(run) > 2 and run[0].lower_ in _OFFICE_WORDS:
                run = run[1:]  # "Chief Financial Officer Mark Ellis"
        if not run or (len(run) == 1 and run[0].lower_ in GENERIC_CAPS) or (titled or len(run) > 1) and all(t.lower_ in _OFFICE_WORDS | ROLE_TITLES for t in run):
            continue  # "Chief Executive Officer of Orvalle", "Helena Marsh, Chief Executive, said": an office, no one's name
        words = [t.lower_ for t in run]
        if _portfolio(doc, run[0].i, run[-1].i) or (len(run) <= 3 and run[-1].lower_ in _OFFICES):  # "Assistant Treasurer"
            continue  # "Minister for Finance", "Finance minister": an office, not a body or a firm
        label = doc[run[0].i : run[-1].i + 1].text
        if label.endswith(".") and run[-1].lower_ not in LEGAL_FORMS and run[-1].lower_[:-1] in LEGAL_FORMS:
            label = label[:-1]  # "Kelmar Pumps GmbH." ending a sentence: the stop is the sentence's
        before = run[0].nbor(-1).lower_ if run[0].i > 0 else ""
        after = (run[-1].whitespace_ + doc[run[-1].i + 1 : run[-1].i + 15].text_with_ws)[:14].lower()
        if len(run) == 1 and words[0] in DEMONYMS:
            kind = "demonym"
        elif label in COUNTRY_CODES or label.lower() in PLACES or label.lower() in CITY_COUNTRIES or words[-1] in PLACE_WORDS or re.match(r"-(based|headquartered|listed)", after) or (
            before == "," and len(run) <= 2 and run[0].i >= 3 and mentions and mentions[-1].kind == "place" and mentions[-1].end == run[0].nbor(-1).idx and (
                _ends_a_phrase(doc, run[-1].i)
                or run[0].nbor(-3).lower_ in ("in", "at", "near", "from") and run[-1].i + 1 < len(doc) and doc[run[-1].i + 1].text == ","
            )
        ):  # "Headquartered in Boston, Massachusetts", "Based in Austin, Texas, Kitestring": a place's region; but "In London, Barclays said" is a firm
            kind = "place"
        elif any(w in ORG_WORDS for w in words) or (len(run) > 1 and words[-1] in INDUSTRY_WORDS) or (len(run) == 1 and run[0].is_upper and len(run[0].text) > 1) or before in FIRM_NOUNS or _legal_form_after(doc, run[-1].i):
            kind = "org"  # a legal form after the name, even in lower case ("Halvard Cables plc"), makes it a firm's
        elif not titled and before not in TITLES and _FIRM_AFTER_NAME.match(doc[run[-1].i + 1 : run[-1].i + 12].text_with_ws):
            kind = "org"  # "Quayline, a Cork-based payments firm", "Ardent Pay bought": what a firm is or does
        elif not titled and before not in TITLES and run[0].text in alone and run[-1].text not in alone:
            kind = "name"  # "Ostley Haulage", then "Ostley": a firm goes by its first word, a person by the last
        elif titled or before in TITLES or (
            2 <= sum(t.text != "-" for t in run) <= 3 and all(t.is_title or (t.text == "-" and k >= 2) for k, t in enumerate(run))
            and before not in ("the", "a", "an") and before not in _PLACE_BEFORE
        ):  # "Helena Marsh-Okoro" too, but not "Rolls-Royce"
            kind = "person"
        elif before in _PLACE_BEFORE and len(run) <= 2 and not (before == "in" and run[0].i > 1 and run[0].nbor(-2).lower_ in _HELD_IN):
            kind = "place"  # but "shares in Harbour Rail", "a stake in Nordvind": the firm held
        elif len(run) == 1 and before in ("the", "its", "their") and _MODIFIES.match(text_after := doc[run[-1].i + 1 : run[-1].i + 3].text_with_ws) and not _VERB_AFTER.match(" " + text_after):
            kind = "place"  # "the Teesside plant", "its Kaunas office": where something is, no firm named
        else:
            kind = "name"
        mentions.append(Mention(run[0].idx, run[-1].idx + len(run[-1].text), label, kind))
    return mentions


_OFFICES = frozenset("minister ministers secretary secretaries commissioner treasurer chancellor governor".split())
"""The last word of an office's name ("Finance Minister", "Assistant Treasurer"): an office, not a body or a firm."""


def _portfolio(doc: Doc, first: int, last: int) -> bool:
    """Whether the words ``first``..``last`` name an office's portfolio: after "Minister for/of", or before a lower-case "minister"."""
    if first >= 2 and doc[first - 1].lower_ in ("for", "of") and doc[first - 2].lower_ in _OFFICES:
        return True
    return last + 1 < len(doc) and doc[last + 1].text in _OFFICES


def _legal_form_after(doc: Doc, i: int) -> bool:
    """Whether the token after token ``i`` is a legal form ("plc", "Ltd.", "GmbH")."""
    return i + 1 < len(doc) and doc[i].whitespace_ != "" and doc[i + 1].lower_ in LEGAL_FORMS


def _ends_a_phrase(doc: Doc, i: int) -> bool:
    """Whether token ``i`` ends its sentence or phrase, as a place's region does ("Boston, Massachusetts." but "London,
    Barclays said"): the text ends or goes on with a stop, a bracket, a line break or a comma before a word in lower case."""
    if i + 1 >= len(doc):
        return True
    after = doc[i + 1]
    if after.text in (".", ";", ":", ")") or after.is_space:
        return True
    return after.text == "," and (i + 2 >= len(doc) or not doc[i + 2].text[:1].isupper())


_MODIFIES = re.compile(r"[a-z]{3,}\b")
"""A common noun right after a one-word name ("the Teesside plant")."""


_BODY_HEADS = PUBLIC_NOUNS | {"administration"}
"""Last words of a public body's name."""


_NUMBERED_FUND = re.compile(r"\bFund\s+(?:[IVX]+|\d+)$")
"""A firm's numbered fund ("Corrowin Fund III")."""
_INDEX = re.compile(r"(?:FTSE|S&P|Stoxx|STOXX|Nikkei|DAX|CAC|Dow Jones|Hang Seng|MSCI|Euro Stoxx|IBEX|AEX|OMX|SMI)\b")
"""A share index's name ("FTSE 100", "S&P 500"), which no description of a firm means."""


def _oversees(label: str) -> bool:
    """Whether a name is a public body's, named for what it oversees ("Office of Gas and Electricity Markets")."""
    words = label.lower().split()
    return len(words) > 2 and words[0] in _BODY_HEADS and words[1] in ("of", "for")


def _body_of_what(tokens: list[Token], start: int, end: int) -> bool:
    """Whether ``tokens[start:end]`` name a public body by what it oversees ("Office of Gas", "Department for Business") and a
    capitalised word follows the "and" at ``end``, which goes on naming it."""
    return (
        end - start >= 3 and tokens[start].lower_ in _BODY_HEADS and tokens[start + 1].lower_ in ("of", "for")
        and end + 1 < len(tokens) and _is_cap(tokens[end + 1].text)
    )


_LAW_HEADS = frozenset("act bill directive regulation regulations code".split())
"""Last words of a law's name."""
_MEMBERS_BODIES = _BODY_HEADS | frozenset("union association federation forum fund scheme trust society league guild alliance club".split())
"""Heads of a body named after its members ("Public Service Workers' Union", "Teachers' Pension Scheme")."""


_DESCRIBING_WORDS = FIGURE_NOUNS | PREMODIFIERS | frozenset(
    "official preliminary provisional latest separate recent final flash one two three four five six seven eight nine ten eleven twelve "
    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundreds thousands "
    "dozens several".split()
)
"""A sentence's first word alone that says what a figure is, counts or describes a name or figures ("Revenue", "Fourteen",
"Rival", "Official figures show"): no name."""
_ALONE_NO_NAME = FIGURE_NOUNS | GROUP_NOUNS | frozenset(DESCRIPTIONS) | frozenset(
    "interview analysis comment opinion explainer update updates exclusive breaking profile review briefs brief markets factbox "
    "timeline outlook highlights note notes summary background correction statement podcast live".split()
)
"""A line's first word alone that names a figure, a group, a kind of body ("Watchdog fines ...") or a kind of story
("Interview: Amara Osei on ..."): no name."""
_TRADE_BODIES = frozenset("association federation confederation alliance".split())
BODY_WORDS = PUBLIC_NOUNS | RESEARCH_BODIES | _TRADE_BODIES | {"forum"}
"""Last words of bodies that speak for or measure others (a regulator, an institute, a trade association, a forum)."""
_NO_FIRM = BODY_WORDS | {"chamber", "society", "union", "university", "school"}
"""Last words of bodies that "the company" cannot mean."""


def _ends_in(tokens: list[Token], start: int, heads: frozenset[str]) -> bool:
    """Whether the capitalised words from ``start`` on end in one of ``heads`` ("Pub Association")."""
    end = start
    while end < len(tokens) and _is_cap(tokens[end].text) and not tokens[end].is_punct:
        end += 1
    return end > start and tokens[end - 1].lower_ in heads


GROUP_WORDS = frozenset("group holdings holding company corporation corp corp. inc inc. plc ltd ltd. co co.".split())
"""Words after a firm's own name that add nothing to it ("Solvane Group" is Solvane), unlike a unit's ("Solvane Storage")."""


def _goes_by(label: str, form: str) -> bool:
    """Whether ``form`` is what the firm ``label`` goes by: the label is the form and words of :data:`GROUP_WORDS` alone."""
    rest = label[len(form) :].lower().split()
    return label.startswith(form) and bool(rest) and all(word in GROUP_WORDS for word in rest)


def _initials(label: str) -> str:
    return "".join(word[0] for word in label.split() if word[:1].isupper())


_LEADER = re.compile(r"\W+|\s+|" + LIVE_TIME)
"""What may stand before a sentence's first word: punctuation, space, a live blog's "12:09"."""


def _opens_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a sentence's first word, past at most two leading marks ("12:09 - Shares fell") or a dateline
    ("MADRID, 9 October 2025 - Venture investment fell")."""
    if i >= 2 and doc[i - 1].text in ("-", "–", "—") and (doc[i - 2].like_num or doc[i - 2].text == ")" or doc[i - 2].is_upper):
        return True
    if i >= 1 and doc[i - 1].text == "|" and i + 1 < len(doc) and doc[i + 1].is_lower:
        return True  # a table's cell that opens with a word and goes on in lower case ("| Units sold, 2024 |"): a heading, as a line opens
    for back in range(i, max(-1, i - 3), -1):
        if doc[back].is_sent_start:
            return True
        if back == i - 2 or not _LEADER.fullmatch(doc[back - 1].text):
            return False
    return False


def alone_words(doc: Doc) -> frozenset[str]:
    """Capitalised words the text uses as a name of one word, with no capitalised word either side ("Ostley was fined")."""
    def cap(i: int) -> bool:
        return 0 <= i < len(doc) and _is_cap(doc[i].text) and not doc[i].is_punct

    return frozenset(t.text for t in doc if cap(t.i) and not cap(t.i - 1) and not cap(t.i + 1))


def inside_words(doc: Doc) -> frozenset[str]:
    """Capitalised words the text uses inside a sentence: a word capitalised only where a sentence starts may be no name."""
    return frozenset(t.text for t in doc if _is_cap(t.text) and not _opens_sentence(doc, t.i))


def tidy(mentions: list[Mention], text: str, sentence: Span, inside: frozenset[str]) -> list[Mention]:
    """Names as a firm goes by them: no currency code ("USD") or legal form ("Inc.") in them, no common word that only starts a sentence.

    A demonym before "government" names that government ("the Dutch government"), and so does a
    country's possessive ("Latvia's government" is "Latvian government").

    Args:
        mentions: what :func:`find_mentions` found in ``sentence``.
        text: the whole text.
        sentence: the sentence they are in.
        inside: see :func:`inside_words`.

    >>> text = "Net loss narrowed. The Board fined Kryptovik AS NOK 18m."
    >>> [m.label for m in tidy([Mention(0, 3, "Net", "name"), Mention(36, 48, "Kryptovik AS NOK", "org")], text, Span(0, len(text)), frozenset())]
    ['Kryptovik']
    """
    kept = []
    for mention in mentions:
        words = mention.label.split(" ")
        while words and (words[-1] in ALL_CODES or (len(words) < len(mention.label.split(" ")) and words[-1].lower() in CONNECTORS)):
            words.pop()  # "Kryptovik AS NOK 18m", "USD 40m", "Orsk Foods for EUR 90m"
        while len(words) > 1 and words[-1].lower().rstrip(",") in LEGAL_FORMS:
            words.pop()
        if not words or (len(words) == 1 and words[0].lower() in LEGAL_FORMS):
            continue  # "Nimbly, Inc.": the legal form after a comma is no name of its own
        if mention.kind == "demonym" and re.match(r" government\b", text[mention.end : mention.end + 11]):
            kept.append(Mention(mention.start, mention.end + 11, government_name(mention.label) + " government", "org"))  # "the Dutch government"
            continue
        if _ROUND_NAME.fullmatch(" ".join(words)):
            continue  # "a Series B round": a round's name, no firm's
        if len(words) == 1 and words[0].lower() in DESCRIPTIONS and re.search(r"\b[Tt]he\s+$", text[max(0, mention.start - 4) : mention.start]):
            continue  # "The Group intends", "the Board proposes": a description in capitals, which the tracker resolves
        if mention.label in COUNTRY_NAMES and COUNTRY_NAMES[mention.label] != "European Union" and re.match(r" government\b", text[mention.end : mention.end + 11]):
            kept.append(Mention(mention.start, mention.end + 11, mention.label.replace(".", "") + " government", "org"))  # "the U.S. government"
            continue
        country = re.match(r"['’]s government\b", text[mention.end : mention.end + 13])
        if country and mention.label.lower() in COUNTRY_DEMONYMS:  # "Latvia's government": the Latvian government, one entity
            demonym = COUNTRY_DEMONYMS[mention.label.lower()]
            kept.append(Mention(mention.start, mention.end + country.end(), government_name(demonym) + " government", "org"))
            continue
        label = " ".join(words)
        datelined = _DATELINE.match(text, sentence.start, sentence.end)
        if datelined and datelined.start(1) <= mention.start and mention.end <= datelined.end():
            continue  # "WARSAW, 6 March (Wire) - ...": the agency of a dateline is the publisher, no name of the story
        lead = re.sub(r"^\s*(?:" + LIVE_TIME + r"\b|[A-Z][A-Z .]+,[^-–—\n]{0,30}[-–—])", "", text[sentence.start : mention.start])  # "12:09", a dateline
        if "|" in lead and re.match(r" [a-z]", text[mention.end : mention.end + 2]):
            lead = lead.rsplit("|", 1)[1]  # a table's cell opening like a line (as in :func:`_opens_sentence`)
        first = not lead.strip(" \t\n-–—•*\"'“‘")
        if first and (DATELINE_DATE.match(text, mention.end) if label.isupper() else _DATELINE_TO_DASH.match(text, mention.end)):
            continue  # "NEW YORK, June 12 (Reuters) -", "Oslo, 28 October 2025 -": where the story was filed; not "BT, its parent,"
        heading = not re.search(r"[.!?:;\"”’')]$", text[sentence.start : sentence.end])  # a line with no stop: "Operational highlights"
        plural = _PLURAL_AFTER.match(text, mention.end) is not None  # "Rival manufacturers are", "Online sales at": a noun, not a verb, after it
        group = re.match(r"\s+([a-z]+)\b", text[mention.end : mention.end + 24])
        plural = plural or (group is not None and group.group(1) in GROUP_NOUNS)  # "Rail workers vote": the workers of a trade
        if first and len(words) == 1 and mention.kind in ("name", "org") and label not in inside and label.lower() not in COUNTRY_DEMONYMS and (
            (heading and len(_cell(text, sentence, mention).split()) <= 3) or plural or label.lower() in _ALONE_NO_NAME
            or not _VERB_AFTER.match(text, mention.end)
        ):  # "Net loss narrowed", "Cash and equivalents", "LISBON, 24 July", a short heading's first word ("Operational highlights")
            continue  # but not "Latvia sets out a plan", nor a brief's own headline ("Lumora cuts 300 jobs")
        if re.fullmatch(r"(?:[A-Z][\w-]* )?[A-Z]", label):
            continue  # "class B shares", "a Band D home", "Series A": a letter naming a kind, no one
        if label in COUNTRY_NAMES:
            kept.append(Mention(mention.start, mention.end, COUNTRY_NAMES[label], mention.kind))  # "UK inflation": the United Kingdom's
            continue
        indexed = _INDEX_NUMBER.match(text, mention.end) if label in MARKET_INDEXES else None
        if indexed is not None:
            kept.append(Mention(mention.start, indexed.end(), text[mention.start : indexed.end()], mention.kind))  # "FTSE 100", "S&P 500"
            continue
        kept.append(Mention(mention.start, mention.start + len(label), label, mention.kind))
    return kept


MARKET_INDEXES = frozenset("FTSE S&P Stoxx DAX CAC Nikkei Russell ASX OMX AEX IBEX Nasdaq".split()) | {"Euro Stoxx", "Stoxx Europe", "Hang Seng"}
"""Stock market indexes named with a number ("FTSE 100", "S&P 500"): the number is part of the name."""
_INDEX_NUMBER = re.compile(r" \d{2,4}\b(?![.,]\d|%)")
"""The number of an index's name, after it."""


def _cell(text: str, sentence: Span, mention: Mention) -> str:
    """The line holding a name, or its table cell when the line is a table's row ("Country | Units sold, 2024")."""
    start = text.rfind("|", sentence.start, mention.start) + 1 or sentence.start
    end = text.find("|", mention.end, sentence.end)
    return text[start : end if end != -1 else sentence.end]


_APPOSED = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?([a-z][a-z-]{2,})\s*[,.;]")
"""The noun of an apposition that says what a name is ("Ofwat, the water regulator,"): a public body's is kept."""
_APPOSED_BEFORE = re.compile(r"\b([a-z][a-z-]{2,}),\s+(?:the\s+)?$")
"""The same said before the name ("Spain's securities regulator, the CNMV")."""
_INTRODUCED = re.compile(r"\b(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,3}?([a-z][a-z-]{2,})\s+$", re.IGNORECASE)
"""A noun that introduces the firm named right after it ("the savings app Pennyway")."""


_OF_A_FIRM = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:%s)\b(?!-)" % "|".join(sorted(FIRM_NOUNS - PUBLIC_NOUNS - RESEARCH_BODIES - {"government", "association", "tank"}))
)
"""A nationality that describes one firm ("the Canadian utility", "a Swedish group"), not the country a text is about."""
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
"""The end of a paragraph."""


_PLURAL_AFTER = re.compile(
    r"\s+[a-z]+s\s+(?:are|were|have|had|will|would|rose|fell|grew|get|got|make|made|account|accounted|at|of|in|for|from|on|with|and|"
    r"told|said|say|warned|agreed|voted|found|recommended|estimated|expect|expected)\b"
)
"""A plural noun after a sentence's first word, then a verb or a preposition ("Online sales at ..."): that word describes it."""
_DATELINE_TO_DASH = re.compile(DATELINE_DATE.pattern + r"(?:,?\s+\d{4})?\s*(?:\([^)\n]{1,30}\)\s*)?[-–—]")
"""A dateline's date up to its dash ("Oslo, 28 October 2025 -"), which a place in title case needs to count as one."""
_CITED = re.compile(r"\baccording to\b[^.;]*$")
"""The words that cite a source before its name ("according to a report by the think tank Ember Policy")."""
SPEAKS = re.compile(r"\s+(?:said|says|told|reported|reports|found|finds|estimated|estimates|warned|warns)\b")
"""A verb of saying right after a name: the name is a source."""
_ROUND_NAME = re.compile(r"Series [A-H]\d?")
"""A funding round's name in capitals."""
_DATELINE = re.compile(r"[A-Z][A-Z .]+(,[^-–—\n]{0,40}?\s[-–—]\s|--\s*\([A-Z][A-Za-z ]+\)--|\s\([A-Z][A-Za-z ]+\)\s[-–—]+\s)")
"""A dateline: a place in capitals, a date and perhaps an agency, then a dash."""


class _InOrder:
    """Names in text order, to find the last one before an offset by bisection."""

    def __init__(self) -> None:
        self.names: list[Mention] = []
        self.starts: list[int] = []

    def add(self, mention: Mention) -> None:
        self.names.append(mention)
        self.starts.append(mention.start)

    def count_before(self, offset: int | None) -> int:
        """How many start before ``offset`` (all of them for None)."""
        return len(self.names) if offset is None else bisect_left(self.starts, offset)

    def last_before(self, offset: int | None) -> Mention | None:
        count = self.count_before(offset)
        return self.names[count - 1] if count else None


class Tracker:
    """Names seen so far in a document, for resolving descriptions and pronouns.

    Sentences are added in text order. What a description or pronoun may refer
    to is kept indexed as names come (people, names by word, sentence subjects
    with the last three of them, counts by label), so a question costs the same
    at the end of a long document as at its start.
    """

    def __init__(self, text: str = "") -> None:
        self._paragraphs = [0] + [m.end() for m in _BLANK_LINE.finditer(text)]
        """Where the text's paragraphs start."""
        self._text = text
        self._introduced: dict[str, _InOrder] = {}
        """Firms by the noun that introduced them ("the savings app Pennyway": "app")."""
        self._last_start = 0
        self._people = _InOrder()
        self._bodies = _InOrder()
        """Names of bodies by their words ("Baltic Policy Institute"), which write reports."""
        self._by_word: dict[str, _InOrder] = {}
        self._surnames: dict[str, str] = {}
        self._counts: Counter[str] = Counter()
        self._subjects = _InOrder()
        self._recent: list[tuple[tuple[str, int], ...]] = []
        """For each subject, the last three distinct subject labels up to it, the latest first, each with where it was last a subject."""
        self._sources: set[str] = set()
        self._last_source: str | None = None
        self._last_report: str | None = None
        self.short_forms: dict[str, str] = {}
        """Short forms of the firms named in full so far, each to the latest full name it stands for."""
        self._firms: dict[str, str] = {}
        """The kind (``org`` or ``name``) each firm was first named with."""
        self._top_firm: str | None = None
        self._public: set[str] = set()
        """Names an apposition calls a public body ("Ofwat, the water regulator")."""
        self._described: dict[str, str] = {}
        """The last government or ministry a description was resolved to, by its head word."""
        self._defined: dict[str, str] = {}
        """Descriptions a text defines as a firm's ("the Bank" in 'Marlowe Vale Bank plc ("Marlowe Vale" or "the Bank")'), by head word."""
        self._countries: Counter[str] = Counter()
        """How often each country has been named, by its demonym ("Poland" and "Polish" are both "Polish")."""
        dateline = _DATELINE_CITY.search(text, 0, min(len(text), 600))
        self._dateline_country = CITY_COUNTRIES.get(dateline.group(1).lower()) if dateline else None
        """The country of the city a dateline names ("LEEDS, 25 July 2025 -"), for a text that names no country."""
        currency = _OWN_CURRENCY.search(text)
        self._currency_country = CURRENCY_COUNTRIES[currency.group(2) or _OWN_SYMBOLS[currency.group(1)]] if currency else None
        """The country of the first amount in a currency only one country uses ("GBP 1.2bn", "£40m"), for a text that names none."""
        self._country_names: Counter[str] = Counter()
        """How often each country has been named by its name ("the Netherlands")."""
        self._opener_starts: list[int] = []
        self._openers: list[str | None] = []
        """Each sentence's start and the firm it opens with, if any."""

    def canonical(self, mentions: list[Mention]) -> list[Mention]:
        """The same names, each short form of a firm named in full before labelled in full, and a firm named before kept a firm.

        A short form is the full name's first words ("Veloria" after "Veloria Robotics",
        unless the text had already named that firm alone more than once: "Quillon Homes", the arm of "Quillon"),
        its initials ("NFCB" after "Norwegian Financial Conduct Board") or its last
        word when that is a word for a body ("the Board"). A firm's name after "in"
        ("a stake in Helixgrid") is still the firm, not a place, and a name that starts
        with a firm's ("Quillon Homes") is a firm, not a person.
        """
        found = []
        for m in mentions:
            if m.guessed_place and m.label in self._firms:
                m = Mention(m.start, m.end, m.label, self._firms[m.label])
            elif m.kind == "person" and (m.label in self._firms or m.label.split(" ")[0] in self._firms):
                m = Mention(m.start, m.end, m.label, "org")  # "Quillon Homes" after "Quillon": the firm's arm, not a person
            if m.kind in ("org", "name", "person") and " " not in m.label and m.label in self._surnames and m.label not in self._firms and m.label not in self.short_forms:
                m = Mention(m.start, m.end, self._surnames[m.label], "person")  # "Okafor said", "Ms Okafor said" after "Adaeze Okafor": the person
            if m.kind in ("org", "name") and m.label in self.short_forms:
                m = Mention(m.start, m.end, self.short_forms[m.label], m.kind)
            found.append(m)
        return found

    def add_sentence(self, mentions: list[Mention], opens_at: int = 0, figures_at: int | None = None) -> Mention | None:
        """Remember a sentence's names (in text order, after those added before); its first organisation-like name from
        ``opens_at`` on is its subject (past a founding that opens it: "Founded by former DHL managers, Quillon ..."), if
        it comes before ``figures_at``, the sentence's first amount, or speaks ("Revenue rose 11% to £212m, driven by a run
        to the Champions League" has none: its subject is the one before; "... reached €1.6bn, Tagus Insights said" has). Returns
        that subject, if any."""
        for mention in mentions:
            if mention.start < self._last_start:
                raise ValueError(f"name {mention.label!r} at {mention.start} comes before a name already added")
            self._last_start = mention.start
            self._counts[mention.label] += 1
            if mention.kind in ("org", "name"):
                self._firms.setdefault(mention.label, mention.kind)
                if self._top_firm is None or self._counts[mention.label] > self._counts[self._top_firm]:
                    self._top_firm = mention.label
            country = mention.label if mention.kind == "demonym" else COUNTRY_DEMONYMS.get(mention.label.lower()) if mention.kind == "place" else None
            if country and not (mention.kind == "demonym" and self._text and _OF_A_FIRM.match(self._text, mention.end)):
                self._countries[country.capitalize() if country.islower() else country] += 1  # not "the Canadian utility X": that firm's country
            if mention.kind == "place" and mention.label.lower() in COUNTRY_DEMONYMS:
                self._country_names[mention.label] += 1
            if mention.kind == "org":
                self._bodies.add(mention)
            if mention.kind == "person":
                self._people.add(mention)
                self._surnames[mention.label.split()[-1]] = mention.label
            for word in set(mention.label.lower().split()):
                self._by_word.setdefault(word, _InOrder()).add(mention)
            if mention.kind in ("org", "name") and self._text:
                noun = _INTRODUCED.search(self._text, max(0, mention.start - 60), mention.start)
                if noun and noun.group(1) not in DESCRIPTIONS and noun.group(1) not in STOP_WORDS:
                    self._introduced.setdefault(noun.group(1), _InOrder()).add(mention)
                apposed = _APPOSED.match(self._text, mention.end) or _APPOSED_BEFORE.search(self._text, max(0, mention.start - 40), mention.start)
                if apposed and apposed.group(1).lower() in PUBLIC_NOUNS:  # "Ofwat, the water regulator,", "Spain's securities regulator, the CNMV,"
                    self._by_word.setdefault(apposed.group(1).lower(), _InOrder()).add(mention)
                    self._public.add(mention.label)
        subject = next((m for m in mentions if m.kind in ("org", "name") and opens_at <= m.start and (
            figures_at is None or m.start < figures_at or (self._text and (SPEAKS.match(self._text, m.end) or _CITED.search(self._text, max(0, m.start - 120), m.start))))), None)
        if subject is not None:
            self._add_subject(subject)
        for mention in mentions:
            words = mention.label.split(" ")
            if mention.kind not in ("org", "name") or len(words) < 2 or _NUMBERED_FUND.search(mention.label):
                continue  # "Corrowin Fund III" is no full name of "Corrowin": the fund of Corrowin Ventures
            forms = [" ".join(words[:k]) for k in range(1, len(words)) if words[k - 1].lower() not in ORG_WORDS]
            forms = [f for f in forms if f.lower() not in PLACES and f.lower() not in COUNTRY_DEMONYMS and f not in COUNTRY_CODES]  # "Netherlands" is no short form of "Netherlands Compute Agency"
            initials = _initials(mention.label)
            forms += [initials] if len(initials) > 2 else []
            forms += [words[-1]] if words[-1].lower() in ORG_WORDS else []
            for form in forms:
                held = self.short_forms.get(form)
                alone_before = self._counts[form] - sum(1 for later in mentions if later.label == form and later.start > mention.start)
                if alone_before < 2 and not (held and _goes_by(held, form) and not _goes_by(mention.label, form)) and not (
                    held and self._counts[held] > 2 * self._counts[mention.label]
                ):  # "Brightwater Photonics ... Brightwater's"; "Aldermann" stays the line the story is about, not its owner "Aldermann Beteiligungen"
                    self.short_forms[form] = mention.label  # "Solvane" stays "Solvane Group" after "Solvane Storage", its unit
        return subject

    def define(self, label: str, terms: list[str]) -> None:
        """Remember the short names a text defines for a firm in brackets ('Marlowe Vale Bank plc ("Marlowe Vale" or "the
        Bank")'): a short form, or a description that means the firm wherever it comes later."""
        for term in terms:
            words = term.split()
            if words[0].lower() == "the" and len(words) == 2:
                self._defined[words[1].lower()] = label
            elif term[:1].isupper() and term != label:
                self.short_forms[term] = label
                self._firms.setdefault(term, "org")  # a firm's, though it looks like a person's name ("Marlowe Vale")

    def add_described_subject(self, label: str, start: int) -> None:
        """Remember what a sentence that names no subject opens with or speaks as, told by a description ("The council
        insists ...", "the bank said it ..."): a subject like a named one, and a mention of it."""
        self._counts[label] += 1
        self._add_subject(Mention(start, start, label, self._firms.get(label, "org")))

    def _add_subject(self, subject: Mention) -> None:
        latest = self._recent[-1] if self._recent else ()
        self._recent.append(((subject.label, subject.start), *(item for item in latest if item[0] != subject.label))[:3])
        self._subjects.add(subject)

    def add_source(self, label: str, report: bool = False) -> None:
        """Remember a source the document cites (``report``: cited by its report, study or survey)."""
        self._sources.add(label)
        self._last_source = label
        if report:
            self._last_report = label

    def is_public(self, label: str) -> bool:
        """Whether a name is a public or research body's ("Energy Supply Authority", "Ofwat, the water regulator")."""
        return label.lower().split()[-1] in PUBLIC_NOUNS | RESEARCH_BODIES or label in self._public or label.endswith(" government") or _oversees(label)

    def is_source(self, label: str | None) -> bool:
        """Whether the document has cited this source."""
        return label in self._sources

    def full_name(self, label: str) -> str:
        """The full name of a person named earlier, for a later surname ("Okafor" -> "Miriam Okafor")."""
        if " " in label:
            return label
        return self._surnames.get(label, label)

    def resolve(self, phrase: str, before: int | None = None, unlike: str | None = None) -> str | None:
        """The name a description or pronoun refers to, or None.

        Args:
            phrase: e.g. "the company", "it", "the institute", "she".
            before: only names starting before this offset count.
            unlike: a name the phrase cannot mean (the subject of its own clause: "Larchmont invested in the company").

        >>> t = Tracker()
        >>> subject = t.add_sentence([Mention(0, 4, "Acme", "name"), Mention(10, 18, "Jane Doe", "person")])
        >>> t.resolve("the company"), t.resolve("she")
        ('Acme', 'Jane Doe')
        """
        words = re.findall(r"[\w-]+", phrase.lower())
        if words[-2:] == ["think", "tank"]:
            words = [*words[:-2], "think-tank"]  # "the think tank", written in two words
        if words in (["ministers"], ["minister"]):
            words = ["the", "government"]  # "Ministers say ...", a headline's "Minister pledges ...": the government speaks
        if not words:
            return None
        head = words[-1]
        if head in self._defined and not set(words) & set(PRONOUNS):
            return self._defined[head]  # "the Bank", as the text defined it
        if words in (["the", "country"], ["country"]) and self._country_names:
            return self._country_names.most_common(1)[0][0]  # "the country": the one the text names most
        if head in PRONOUNS and len(words) == 1:
            if PRONOUNS[head] == "person":
                person = self._people.last_before(before)
                return person.label if person else None
            return self._main_recent(before, unlike=unlike)
        if head.endswith("s") and head[:-1] in DESCRIPTIONS and head not in DESCRIPTIONS:
            head = head[:-1]
        kind = DESCRIPTIONS.get(head) or ("org" if head in TRADES else None)
        if kind is None and head in self._introduced and len(words) <= 3 and words[0] in ("the", "that", "this"):
            introduced = self._introduced[head].last_before(before)
            return introduced.label if introduced else None  # "the app" after "the savings app Pennyway"
        if kind is None:
            return None
        if kind == "source":
            body = self._bodies.last_before(before)
            return self._last_report or self._last_source or (body.label if body else None)  # "the report found": the last report's, else body's
        named = self._by_word[head].last_before(before) if head in self._by_word else None
        if named is not None:
            return named.label
        if head in NAMED_ONLY:
            return None
        country = self.home_demonym()
        if head in ("government", "ministry") and country and len(words) <= 3 and not set(words) & (set(PRONOUNS) | {"a", "an", "this", "that"}):
            # "the government", "the defence ministry" of a text about Poland, or datelined in Warsaw: Poland's; "the ministry" after it, the same
            words = words[1:] if words[0] == "the" else words
            if len(words) == 1 and head in self._described:
                return self._described[head]
            self._described[head] = " ".join([government_name(country), *words])
            return self._described[head]
        if head in RESEARCH_BODIES and self._last_report:
            return self._last_report  # "the institute warned": whoever wrote the report cited
        if head in ("board", "directors") and self._top_firm:
            return self._top_firm  # "The board expects ...", with no body of that name: the board of the firm the text is about
        public = head in PUBLIC_NOUNS if head in PUBLIC_NOUNS | FIRM_HEADS | TRADES else None
        return self._main_recent(before, public=public, unlike=unlike, only_public=head in ONLY_PUBLIC)

    def paragraph_of(self, offset: int) -> int:
        """Where the paragraph holding an offset starts."""
        return self._paragraphs[bisect_right(self._paragraphs, offset) - 1]

    def is_person(self, label: str | None) -> bool:
        """Whether the document has named a person so."""
        return label is not None and self._surnames.get(label.split()[-1]) == label

    def first_person(self) -> str | None:
        """The first person the document names (an interview's subject, named in its headline or first lines)."""
        return self._people.names[0].label if self._people.names else None

    def home_demonym(self) -> str | None:
        """The demonym of the country the text is about: the one it names most, else its dateline's or its currency's."""
        return self._countries.most_common(1)[0][0] if self._countries else self._dateline_country or self._currency_country

    def home_country(self) -> str | None:
        """The country the text is about, by name ("United Kingdom" for a text in pounds that names no country); not its
        dateline's alone (a story from Frankfurt may be about the euro zone)."""
        demonym = self._countries.most_common(1)[0][0] if self._countries else self._currency_country
        named = [name for name, _ in self._country_names.most_common() if COUNTRY_DEMONYMS.get(name.lower()) == demonym]
        return named[0] if named else _COUNTRY_OF.get(demonym or "")

    def most_named_firm(self) -> str | None:
        """The firm the document has named most so far (the first so named on a tie)."""
        return self._top_firm

    def most_named_business(self) -> str | None:
        """The firm the document names most that is no public body (the first so named on a tie): what a story is about, once read."""
        ranked = ((self._counts[label], -order, label) for order, label in enumerate(self._firms) if not self.is_public(label))
        return max(ranked, default=(0, 0, None))[2]

    def add_opener(self, start: int, label: str | None) -> None:
        """Remember the firm a sentence starting at ``start`` opens with, or None (in text order)."""
        self._opener_starts.append(start)
        self._openers.append(label)

    def previous_subject(self, before: int) -> str | None:
        """The firm the last sentence before an offset opens with ("Tessaly reported ... Its shares rose"), if it opens with one."""
        count = bisect_left(self._opener_starts, before)
        return self._openers[count - 1] if count else None

    def _main_recent(self, before: int | None, public: bool | None = None, unlike: str | None = None, only_public: bool = False) -> str | None:
        """Of the last few sentence subjects before an offset, the one the document names most (the latest on a tie).

        ``public`` keeps to public bodies ("the regulator") or to firms ("the company"), when that leaves any;
        ``only_public``, to public bodies or none ("the regulator" is never a firm, where "the board" may be its own).
        """
        count = self._subjects.count_before(before)
        if not count:
            return None
        items = [item for item in self._recent[count - 1] if item[0] != unlike] or self._recent[count - 1]
        recent = everywhere = tuple(label for label, _ in items)
        if before is not None:
            paragraph = self.paragraph_of(before)
            recent = tuple(label for label, start in items if start >= paragraph) or recent  # a description refers within its paragraph
        if public is not None:
            def fits(labels: tuple[str, ...]) -> tuple[str, ...]:
                if public:
                    return tuple(label for label in labels if label.lower().split()[-1] in PUBLIC_NOUNS or label in self._public or _oversees(label))
                return tuple(
                    label for label in labels if label.lower().split()[-1] not in _NO_FIRM and not self.is_public(label) and not _INDEX.match(label)
                )  # nor a forum or institute, nor a share index ("the group" after "FTSE 100 slips")

            fitting = fits(recent) or fits(everywhere)  # "the regulator" named in a paragraph about a firm: the body before it
            if not fitting and public is False and (business := self.most_named_business()):
                fitting = (business,)  # "The watchdog fined Pellow. The supplier ...": Pellow, though no sentence opened with it
            recent = fitting or (() if only_public else recent)
            if not recent:
                return None  # "the regulator" of a text that names no public body is none of its firms
        return max(recent, key=lambda label: (self._counts[label], -recent.index(label)))
