"""Money in text: currencies, magnitudes, ranges, hedges and bounds.

Amounts are returned in full units of an ISO 4217 currency: ``£4.7bn`` is
``4.7e9`` GBP. A range gives ``minimum`` and ``maximum`` and no ``amount``;
"more than X" gives a minimum, "up to X" a maximum; hedges such as "roughly"
set ``approximate`` and keep the amount. Adjectives such as
"trillion-dollar" carry no figure and are not read as money.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from claimgraph.claims.model import Money

SYMBOLS = {
    "US$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "HK$": "HKD", "S$": "SGD", "NZ$": "NZD",
    "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW", "Rs.": "INR", "Rs": "INR",
}  # fmt: skip
"""Currency symbols and the ISO 4217 code each stands for in English-language news."""

CODES = ("USD", "GBP", "EUR", "JPY", "CHF", "CNY", "AUD", "CAD", "INR", "HKD", "SGD", "SEK", "NOK", "DKK", "NZD", "KRW")
"""ISO 4217 codes recognised before or after a number, in any case."""
OTHER_CODES = frozenset(
    "AED AFN AMD ANG AOA ARS AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CDF CLP COP CRC CVE CZK DJF "
    "DOP DZD EGP ERN ETB FJD FKP GEL GHS GIP GMD GNF GTQ GYD HNL HTG HUF IDR ILS IQD IRR ISK JMD JOD KES KGS KHR KMF KPW KWD "
    "KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NPR OMR PAB PEN PGK PHP "
    "PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SHP SLE SRD SSP STN SVC SYP SZL THB TJS TMT TND TRY TTD TWD TZS UAH UGX "
    "UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL".split()
)
"""The other current ISO 4217 codes, recognised in capitals only; those that are also English words in capitals ("ALL",
"TOP", "CUP", "MOP", "SOS") are left out."""
ALL_CODES = frozenset(CODES) | OTHER_CODES

WORDS = {
    "dollars": "USD", "dollar": "USD", "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "euros": "EUR",
    "euro": "EUR", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "francs": "CHF",
}  # fmt: skip
"""Currency names after a number."""

MAGNITUDES = {
    "k": 10**3, "thousand": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "million": 10**6,
    "b": 10**9, "bn": 10**9, "billion": 10**9, "tn": 10**12, "trn": 10**12, "trillion": 10**12, "lakh": 10**5, "crore": 10**7,
}  # fmt: skip
"""Magnitude words and suffixes."""

APPROXIMATE_HEDGES = ("roughly", "about", "around", "approximately", "nearly", "almost", "some", "an estimated",
                      "estimated", "close to", "circa", "in the region of", "or so", "closing in on", "approaching",
                      "nearing")  # fmt: skip
MIN_HEDGES = ("more than", "over", "above", "in excess of", "upwards of", "at least", "north of", "just over")
MAX_HEDGES = ("up to", "as much as", "as high as", "at most", "no more than", "less than", "under", "below", "just under")

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MAG_WORD = r"thousand|million|billion|trillion|lakh|crore"
_MAG_SUFFIX = r"k|mn|mln|m|bn|b|trn|tn"
_MAGNITUDE = rf"(?:\s?(?P<{{n}}>{_MAG_WORD})|(?P<{{s}}>{_MAG_SUFFIX}))(?![A-Za-z0-9])"
_SYMBOL = "|".join(re.escape(s) for s in sorted(SYMBOLS.keys() - {"Rs.", "Rs"}, key=len, reverse=True)) + r"|(?-i:Rs\.?)"  # not "RS 6", a car
_CODE = "|".join(CODES) + "|(?-i:" + "|".join(sorted(OTHER_CODES)) + ")"
_WORD = "|".join(sorted(WORDS, key=len, reverse=True))

_PREFIXED = re.compile(
    rf"(?<![A-Za-z0-9$])(?:(?P<sym>{_SYMBOL})\s?|(?P<code>{_CODE})\s?)(?P<num>{_NUMBER})"
    rf"(?:{_MAGNITUDE.format(n='mag', s='suf')})?(?![\d])",
    re.IGNORECASE,
)
_SUFFIXED = re.compile(
    rf"(?<![A-Za-z0-9$£€.,:])(?P<num>{_NUMBER})(?:{_MAGNITUDE.format(n='mag', s='suf')})?"
    rf"\s?(?:(?P<code>{_CODE})|(?P<word>{_WORD}))(?![A-Za-z])",
    re.IGNORECASE,
)
_PENCE = re.compile(r"(?<![A-Za-z0-9$£€.,])(?P<num>\d+(?:\.\d+)?)(?:\s?pence\b|p(?![A-Za-z0-9]|\.\w))")
"""An amount in pence ("6.2 pence", "4.8p a share"): hundredths of a pound."""
SPELLED_NUMBERS = {
    "half a": Decimal("0.5"), "a": Decimal(1), "one": Decimal(1), "two": Decimal(2), "three": Decimal(3), "four": Decimal(4),
    "five": Decimal(5), "six": Decimal(6), "seven": Decimal(7), "eight": Decimal(8), "nine": Decimal(9), "ten": Decimal(10),
    "twelve": Decimal(12), "fifteen": Decimal(15), "twenty": Decimal(20), "thirty": Decimal(30), "fifty": Decimal(50), "a hundred": Decimal(100),
}  # fmt: skip
"""Numbers written out before a magnitude and a currency's name ("two billion euros", "half a billion dollars")."""
_SPELLED = re.compile(
    rf"(?<![A-Za-z0-9-])(?P<num>{'|'.join(sorted(SPELLED_NUMBERS, key=len, reverse=True))})\s+(?P<mag>million|billion|trillion)\s+(?P<word>{_WORD})(?![A-Za-z])",
    re.IGNORECASE,
)
_BARE = re.compile(rf"(?P<num>{_NUMBER})(?:{_MAGNITUDE.format(n='mag', s='suf')})?", re.IGNORECASE)
_JOIN_AFTER = re.compile(r"\s*(?:to|-|–|—|and)\s*", re.IGNORECASE)
_JOIN_BEFORE = re.compile(rf"(?P<between>between\s+)?(?<![\w.,])(?P<num>{_NUMBER})(?:{_MAGNITUDE.format(n='mag', s='suf')})?\s*(?:to|-|–|and)\s*$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO_NEXT = re.compile(r"(?:\s+(?:in|at|for)\s+(?:the\s+)?[\w-]+)?\s+to\s+$", re.IGNORECASE)
"""What lies between the two figures of "from $61m (in Q1) to $90m": the second is the figure now."""
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_HEDGES_BEFORE = re.compile(
    r"(?:^|(?<=\W))(?P<hedge>" + "|".join(re.escape(h) for h in sorted(APPROXIMATE_HEDGES + MIN_HEDGES + MAX_HEDGES, key=len, reverse=True)) + r")\s+(?:of\s+)?(?:between\s+|from\s+)?(?:an?\s+)?$",
    re.IGNORECASE,
)
_HEDGES_AFTER = re.compile(r"(?:\s+or\s+so|[- ]plus\b|\+)", re.IGNORECASE)


def money_json(money: Money) -> dict[str, object]:
    """Money in the fixed JSON form of extraction results: ``amount``, ``min``, ``max``, ``currency``, ``approximate``."""
    return {"amount": money.amount, "min": money.minimum, "max": money.maximum, "currency": money.currency, "approximate": money.approximate}


@dataclass(frozen=True)
class MoneyMention:
    """Money found in a text: where it is, its value and the hedge words read with it."""

    start: int
    end: int
    value: Money
    hedges: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class _Atom:
    start: int
    end: int
    number: Decimal
    magnitude: int | None
    currency: str | None

    @property
    def value(self) -> Decimal:
        return self.number * (self.magnitude or 1)


def _magnitude(match: re.Match[str]) -> int | None:
    word = match.group("mag") or match.group("suf")
    return MAGNITUDES[word.lower()] if word else None


def _currency(match: re.Match[str]) -> str:
    groups = match.groupdict()
    if groups.get("sym"):
        return SYMBOLS[groups["sym"].upper() if groups["sym"].upper() in SYMBOLS else groups["sym"]]
    if groups.get("code"):
        return groups["code"].upper()
    return WORDS[groups["word"].lower()]


def _atoms(text: str, start: int, end: int) -> list[_Atom]:
    found: list[_Atom] = []
    for pattern in (_PREFIXED, _SUFFIXED):
        for m in pattern.finditer(text, start, end):
            # a single-letter suffix ("$5b") counts only when glued to the number
            found.append(_Atom(m.start(), m.end(), Decimal(m.group("num").replace(",", "")), _magnitude(m), _currency(m)))
    for m in _PENCE.finditer(text, start, end):
        found.append(_Atom(m.start(), m.end(), Decimal(m.group("num")) / 100, None, "GBP"))
    for m in _SPELLED.finditer(text, start, end):
        found.append(_Atom(m.start(), m.end(), SPELLED_NUMBERS[m.group("num").lower()], MAGNITUDES[m.group("mag").lower()], WORDS[m.group("word").lower()]))
    found.sort(key=lambda a: (a.start, -a.end))
    atoms: list[_Atom] = []
    for atom in found:
        if atoms and atom.start < atoms[-1].end:
            continue
        atoms.append(atom)
    return atoms


def _scaled(first: _Atom, second: _Atom) -> Decimal:
    """The first number of a range, borrowing the second's magnitude ("$2-3bn")."""
    if first.magnitude is None and second.magnitude is not None and first.number * second.magnitude <= second.value:
        return first.number * second.magnitude
    return first.value


def find_money(text: str, start: int = 0, end: int | None = None) -> list[MoneyMention]:
    """Find money in ``text[start:end]``.

    Args:
        text: the text.
        start: where to start looking.
        end: where to stop (exclusive); the end of the text by default.

    Returns:
        Mentions in order; each range ("$900bn to $1.1tn", "between €2bn and
        €2.5bn") is one mention.

    >>> [money_json(m.value) for m in find_money("valued at roughly $900bn to $1.1tn")]
    [{'amount': None, 'min': 900000000000.0, 'max': 1100000000000.0, 'currency': 'USD', 'approximate': True}]
    >>> [m.value.amount for m in find_money("revenue will triple to $8bn from £2.5m")]
    [8000000000.0, 2500000.0]
    """
    end = len(text) if end is None else end
    atoms = _atoms(text, start, end)
    mentions: list[MoneyMention] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        m_start, m_end = atom.start, atom.end
        amount: Decimal | None = atom.value
        low = high = None
        currency = atom.currency or "USD"
        before = text[max(start, m_start - 40) : m_start]
        join = _JOIN_AFTER.match(text, atom.end, end)
        if join and join.group().strip().lower() == "and" and not _BETWEEN_BEFORE.search(before):
            join = None  # "$2m and $3m" are two amounts; "between $2m and $3m" is a range
        partner: _Atom | None = None
        if join:
            if i + 1 < len(atoms) and atoms[i + 1].start == join.end():
                if atoms[i + 1].currency == atom.currency:
                    partner = atoms[i + 1]
            else:
                bare = _BARE.match(text, join.end(), end)
                if bare and (bare.end() == end or not text[bare.end()].isalnum()):
                    partner = _Atom(bare.start(), bare.end(), Decimal(bare.group("num").replace(",", "")), _magnitude(bare), atom.currency)
        from_to = _FROM_BEFORE.search(before) and join and join.group().strip().lower() == "to"
        if partner is not None and _scaled(atom, partner) > partner.value and not from_to:
            partner = None  # "$5m to 2026" is no range
        if partner is not None:
            m_end = partner.end
            if from_to:  # "from $2bn to $3bn": the figure now is the second; "from $10-12m" is a range
                amount = partner.value
                m_start -= len(before) - _FROM_BEFORE.search(before).start()
            else:
                amount, low, high = None, _scaled(atom, partner), partner.value
        else:
            lead = _JOIN_BEFORE.search(before)
            first = lead and _Atom(0, 0, Decimal(lead.group("num").replace(",", "")), _magnitude(lead), atom.currency)
            if (
                first
                and not (lead.group(0).strip().lower().endswith("and") and not lead.group("between"))
                and m_start - len(before) + lead.start() >= (mentions[-1].end if mentions else start)
                and (first.magnitude is not None or atom.magnitude is None or first.number * atom.magnitude <= atom.value)
                and _scaled(first, atom) <= atom.value
            ):
                m_start -= len(before) - lead.start()
                before = text[max(start, m_start - 40) : m_start]
                amount, low, high = None, _scaled(first, atom), atom.value
        hedges: list[str] = []
        approximate = False
        hedge = _HEDGES_BEFORE.search(before)
        if hedge:
            word = hedge.group("hedge").lower()
            hedges.append(word)
            m_start -= len(before) - hedge.start("hedge")
            if word in MIN_HEDGES and amount is not None:
                amount, low = None, amount
            elif word in MAX_HEDGES and amount is not None:
                amount, high = None, amount
            elif word in APPROXIMATE_HEDGES:
                approximate = True
        after = _HEDGES_AFTER.match(text, m_end, end)
        if after:
            word = after.group().strip().lower().lstrip("-")
            hedges.append(word)
            m_end = after.end()
            if word == "or so":
                approximate = True
            elif amount is not None:
                amount, low = None, amount
        value = Money(
            currency=currency,
            amount=None if amount is None else float(amount),
            minimum=None if low is None else float(low),
            maximum=None if high is None else float(high),
            approximate=approximate,
        )
        mention = MoneyMention(m_start, m_end, value, tuple(hedges))
        earlier = mentions[-1] if mentions else None
        since = earlier and _FROM_BEFORE.search(text, max(start, earlier.start - 6), earlier.start)
        if earlier and since and _TO_NEXT.fullmatch(text, earlier.end, m_start):
            # "from $61m in Q1 to $90m", "from $10-12m to $8-9m": one figure, the later one
            mention = MoneyMention(since.start(), m_end, value, tuple(hedges))
            mentions.pop()
        mentions.append(mention)
        i += 2 if partner is not None and i + 1 < len(atoms) and partner is atoms[i + 1] else 1
    return mentions


def parse_money(text: str) -> Money | None:
    """Parse the first money expression in ``text``.

    >>> parse_money("£1.2 trillion")
    Money(currency='GBP', amount=1200000000000.0, minimum=None, maximum=None, approximate=False)
    >>> parse_money("more than €250m").minimum
    250000000.0
    >>> parse_money("no money here") is None
    True
    """
    mentions = find_money(text)
    return mentions[0].value if mentions else None
