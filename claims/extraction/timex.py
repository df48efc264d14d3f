"""Time expressions, resolved against the publication date.

Expressions are found with spaCy's rule-based ``Matcher`` and resolved with
python-dateutil's calendar arithmetic, following the labelling conventions:

- an explicit year gives ``YYYY``; an explicit month ``YYYY-MM``, the latest
  such month on or before publication (the next one after "by" or "next");
  a weekday the latest such day before publication;
- "last year", "this year", "earlier this year", "next year", "last month",
  "earlier this month" resolve relative to the publication date, and the
  present ("today", "now", "so far") to the publication date itself;
- a period shorter than a year resolves to the month in which it ends (a
  quarter or half without a year: the latest ended, or the next to end in a
  sentence that looks forward, "expects revenue of $50m in the fourth quarter"), and
  so does a period named by its end ("the six months to the end of May",
  "the quarter ended June 30", "the financial year to March");
- a month with "last year" or "next year" is that month of that year;
- "by 2028" is ``2028`` and marked as a deadline;
- where the words do not fix a value ("in recent months"), the expression is
  kept and the value left empty;
- when the publication date is known only to the year (or month), a value
  that depends on the finer part is coarsened to what is known.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from claimgraph.claims.extraction.segment import Span, built_once, pipeline

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}
_YEAR = r"^(?:1[89]|20|21)\d\d$"
_DAY = r"^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$"
_MONTH_NAMES = [name.capitalize() for name in MONTHS] + [name.capitalize() + "." for name in MONTHS if len(name) <= 4]


@dataclass(frozen=True)
class Published:
    """A publication date and how much of it is known.

    ``precision`` ``year`` means only ``date.year`` is known (the month and day
    are a nominal reference point and are never used).
    """

    date: dt.date
    precision: str = "day"

    @classmethod
    def coerce(cls, value: Published | dt.date | int | str) -> Published:
        """Accept a ``Published``, a ``date``, a year, or ``YYYY``/``YYYY-MM``/``YYYY-MM-DD`` text.

        >>> Published.coerce("2025")
        Published(date=datetime.date(2025, 6, 30), precision='year')
        """
        if isinstance(value, Published):
            return value
        if isinstance(value, dt.datetime):
            return cls(value.date())
        if isinstance(value, dt.date):
            return cls(value)
        if isinstance(value, int) and not isinstance(value, bool):
            return cls(dt.date(value, 6, 30), "year")
        if isinstance(value, str):
            text = value.strip()
            try:
                if re.fullmatch(r"\d{4}", text):
                    return cls(dt.date(int(text), 6, 30), "year")
                if re.fullmatch(r"\d{4}-\d{2}", text):
                    first = dt.date(int(text[:4]), int(text[5:]), 1)
                    return cls(first + relativedelta(day=15), "month")
                return cls(dt.date.fromisoformat(text))
            except ValueError:
                pass
        raise ValueError(f"publication date {value!r} is not a date, a year or YYYY[-MM[-DD]] text")


@dataclass(frozen=True)
class TimeMention:
    """A time expression: where it is, its words and what it resolves to."""

    start: int
    end: int
    expression: str | None
    value: str | None
    precision: str | None
    deadline: bool = False

    def to_json(self) -> dict[str, str | None]:
        """The fixed JSON form: ``value``, ``precision``, ``expression``."""
        return {"value": self.value, "precision": self.precision, "expression": self.expression}


EMPTY_TIME = {"value": None, "precision": None, "expression": None}
"""The JSON form of an unknown time: the claim's sentence gives no time phrase."""


def _pattern(*tokens: dict[str, object]) -> list[dict[str, object]]:
    return list(tokens)


_MONTH = {"TEXT": {"IN": _MONTH_NAMES}}
_YEAR_TOKEN = {"TEXT": {"REGEX": _YEAR}}
_SPLIT_YEAR = r"^(?:19|20)\d\d/\d\d$"
"""A financial year across two calendar years ("2024/25"): it ends in the second."""
_DAY_TOKEN = {"TEXT": {"REGEX": _DAY}}
_UNIT = {"LOWER": {"IN": ["year", "month", "quarter", "week"]}}
_REL = {"LOWER": {"IN": ["last", "this", "next", "past", "previous", "coming", "current"]}}
_HALF = {"LOWER": {"IN": ["first", "second"]}}
_COUNTS = {w: n for n, w in enumerate("two three four five six seven eight nine ten eleven".split(), start=2)} | {str(n): n for n in range(2, 12)}

PATTERNS: dict[str, list[list[dict[str, object]]]] = {
    "DATE": [
        _pattern(_MONTH, _DAY_TOKEN, {"TEXT": ",", "OP": "?"}, _YEAR_TOKEN),
        _pattern(_DAY_TOKEN, _MONTH, {"TEXT": ",", "OP": "?"}, _YEAR_TOKEN),
        _pattern(_MONTH, _DAY_TOKEN),
        _pattern(_DAY_TOKEN, _MONTH),
    ],
    "MONTH_YEAR": [_pattern({"LOWER": {"IN": ["in", "since", "during", "until", "by", "from", "to", "before", "after", "early", "late", "mid"]}, "OP": "?"}, {"TEXT": "-", "OP": "?"}, _MONTH, {"LOWER": "of", "OP": "?"}, _YEAR_TOKEN)],
    "MONTH": [
        _pattern({"LOWER": {"IN": ["in", "since", "during", "until", "till", "by", "from", "early", "late", "mid", "last", "this", "next", "through", "before", "after", "between", "to"]}}, {"TEXT": "-", "OP": "?"}, _MONTH),
        _pattern({"LOWER": {"IN": ["end", "start", "beginning", "middle"]}}, {"LOWER": "of"}, _MONTH),
        _pattern({"LOWER": {"IN": ["by", "before", "until"]}}, {"LOWER": "the"}, {"LOWER": {"IN": ["end", "start", "middle"]}}, {"LOWER": "of"}, _MONTH),
    ],
    "YEAR": [
        _pattern({"LOWER": {"IN": ["fiscal", "financial"]}, "OP": "?"}, {"LOWER": "year", "OP": "?"}, _YEAR_TOKEN),
        _pattern({"TEXT": {"REGEX": r"^(?:mid|early|late)-(?:19|20)\d\d$"}}),  # "mid-2023"
        _pattern({"LOWER": {"IN": ["fiscal", "financial"]}, "OP": "?"}, {"LOWER": "year", "OP": "?"}, {"TEXT": {"REGEX": _SPLIT_YEAR}}),  # "2024/25"
    ],
    "YEAR_EDGE": [  # "the end of last year", "the start of this year"
        _pattern({"LOWER": "the"}, {"LOWER": {"IN": ["end", "start", "beginning"]}}, {"LOWER": "of"}, {"LOWER": {"IN": ["last", "this", "next", "the"]}}, {"LOWER": "year"}),
    ],
    "SEASON": [_pattern({"LOWER": {"IN": ["last", "this", "next"]}}, {"LOWER": {"IN": ["spring", "summer", "autumn", "fall"]}})],
    "DEADLINE_YEAR": [
        _pattern({"LOWER": "by"}, {"LOWER": "the", "OP": "?"}, {"LOWER": "end", "OP": "?"}, {"LOWER": "of", "OP": "?"}, _YEAR_TOKEN),
        _pattern({"LOWER": {"IN": ["by", "before"]}}, {"TEXT": {"REGEX": r"^end-(?:19|20)\d\d$"}}),
    ],
    "DEADLINE_REL": [
        _pattern({"LOWER": {"IN": ["by", "before"]}}, {"LOWER": "the"}, {"LOWER": "end"}, {"LOWER": "of"}, {"LOWER": {"IN": ["the", "this", "next"]}}, {"LOWER": {"IN": ["year", "decade"]}}),
        _pattern({"LOWER": "by"}, {"LOWER": {"IN": ["next", "the"]}}, {"LOWER": "year"}),
    ],
    "RELATIVE": [
        _pattern(_REL, _UNIT),
        _pattern({"LOWER": {"IN": ["earlier", "later", "early", "late"]}}, {"LOWER": {"IN": ["this", "last", "next"]}}, _UNIT),
        _pattern({"LOWER": {"IN": ["so"]}}, {"LOWER": "far"}, {"LOWER": "this"}, {"LOWER": "year"}),
        _pattern({"LOWER": "a"}, {"LOWER": "year"}, {"LOWER": "ago"}),
        _pattern({"LOWER": {"IN": ["yesterday", "today", "now"]}}),
        _pattern({"LOWER": "this"}, {"LOWER": {"IN": ["morning", "afternoon"]}}),
        _pattern({"LOWER": "so"}, {"LOWER": "far"}),
    ],
    "PERIOD": [
        _pattern({"LOWER": "the"}, {"LOWER": {"IN": ["first", "second", "third", "fourth", "final", "last"]}}, {"LOWER": {"IN": ["quarter", "half"]}}, {"LOWER": "of", "OP": "?"}, {"LOWER": {"IN": ["this", "last", "next"]}, "OP": "?"}, {"LOWER": "year", "OP": "?"}),
        _pattern({"LOWER": "the"}, {"LOWER": {"IN": ["first", "second", "third", "fourth", "final", "last"]}}, {"LOWER": {"IN": ["quarter", "half"]}}, {"LOWER": "of"}, _YEAR_TOKEN),
        _pattern({"LOWER": {"IN": ["first", "second", "third", "fourth"]}}, {"TEXT": "-"}, {"LOWER": {"IN": ["quarter", "half"]}}),  # "Second-quarter revenue"
        _pattern({"TEXT": {"REGEX": r"^(?:Q[1-4]|H[12])$"}}, _YEAR_TOKEN),
        _pattern({"TEXT": {"REGEX": r"^(?:Q[1-4]|H[12])$"}}),
    ],
    "PERIOD_END": [  # "the six months to the end of May", "the quarter ended June 30", "the financial year to March", "between January and September"
        _pattern({"LOWER": "between"}, _MONTH, {"LOWER": "and"}, _MONTH, {"TEXT": {"REGEX": _YEAR}, "OP": "?"}),
        _pattern({"LOWER": {"IN": ["between", "from"]}}, _MONTH, _YEAR_TOKEN, {"LOWER": {"IN": ["and", "to", "until"]}}, _MONTH, _YEAR_TOKEN),  # "between July 2022 and March 2024"
        _pattern({"LOWER": {"IN": ["between", "from"]}}, _YEAR_TOKEN, {"LOWER": {"IN": ["and", "to", "until"]}}, _YEAR_TOKEN),  # "between 2019 and 2022"
        _pattern(  # "the two years to the end of 2023"
            {"LOWER": "the"}, {"LIKE_NUM": True, "OP": "?"}, {"LOWER": {"IN": ["months", "quarter", "half", "year", "years", "period"]}},
            {"LOWER": {"IN": ["to", "ended", "ending", "through"]}}, {"LOWER": "the"}, {"LOWER": "end"}, {"LOWER": "of"}, _YEAR_TOKEN,
        ),
        _pattern(  # "the five years to 2024"
            {"LOWER": "the"}, {"LIKE_NUM": True, "OP": "?"}, {"LOWER": {"IN": ["months", "quarters", "years", "decade"]}},
            {"LOWER": {"IN": ["to", "ended", "ending", "through", "until"]}}, _YEAR_TOKEN,
        ),
        _pattern(
            {"LOWER": "the"}, {"LOWER": {"IN": ["financial", "fiscal"]}, "OP": "?"}, {"LIKE_NUM": True, "OP": "?"},
            {"LOWER": {"IN": ["months", "weeks", "quarter", "half", "year", "years", "period"]}},
            {"LOWER": {"IN": ["to", "ended", "ending", "through"]}}, {"LOWER": "the", "OP": "?"}, {"LOWER": "end", "OP": "?"}, {"LOWER": "of", "OP": "?"},
            {"TEXT": {"REGEX": _DAY}, "OP": "?"}, _MONTH, {"TEXT": {"REGEX": _DAY}, "OP": "?"}, {"TEXT": ",", "OP": "?"}, {"TEXT": {"REGEX": _YEAR}, "OP": "?"},
        ),
    ],
    "FIRST_MONTHS": [  # "the first nine months of the year", "the first ten months of 2024"
        _pattern({"LOWER": "the"}, {"LOWER": "first"}, {"LOWER": {"IN": list(_COUNTS)}}, {"LOWER": "months"}, {"LOWER": "of"}, {"LOWER": {"IN": ["the", "this", "last"]}}, {"LOWER": "year"}),
        _pattern({"LOWER": "the"}, {"LOWER": "first"}, {"LOWER": {"IN": list(_COUNTS)}}, {"LOWER": "months"}, {"LOWER": "of"}, _YEAR_TOKEN),
    ],
    "MONTH_REL": [  # "in March last year"
        _pattern({"LOWER": {"IN": ["in", "since", "during", "until", "by", "from", "to", "early", "late", "mid"]}, "OP": "?"}, _MONTH, {"LOWER": {"IN": ["last", "this", "next"]}}, {"LOWER": "year"}),
    ],
    "WEEKDAY": [_pattern({"TEXT": {"IN": [day.capitalize() for day in WEEKDAYS]}})],
    "VAGUE": [
        _pattern({"LOWER": {"IN": ["in", "over"]}, "OP": "?"}, {"LOWER": {"IN": ["recent", "the"]}}, {"LOWER": {"IN": ["past", "last"]}, "OP": "?"}, {"LIKE_NUM": True, "OP": "?"}, {"LOWER": {"IN": ["months", "weeks", "years", "decade"]}}),
        _pattern({"LOWER": {"IN": ["in", "over"]}, "OP": "?"}, {"LOWER": "the"}, {"LOWER": {"IN": ["past", "last"]}}, {"LOWER": {"IN": ["year", "month", "week"]}}),
        _pattern({"LOWER": "recently"}),
        _pattern({"LOWER": "a"}, {"LOWER": {"IN": ["year", "month", "quarter"]}}, {"LOWER": {"IN": ["earlier", "later", "before"]}}),
        _pattern({"LOWER": "the"}, {"LOWER": {"IN": ["previous", "following", "prior"]}}, _UNIT),
        _pattern({"LIKE_NUM": True}, {"LOWER": {"IN": ["years", "months", "weeks"]}}, {"LOWER": {"IN": ["ago", "earlier"]}}),
    ],
}


@built_once
def _matcher() -> Matcher:
    matcher = Matcher(pipeline().vocab)
    for label, patterns in PATTERNS.items():
        matcher.add(label, patterns)
    return matcher


def _ym(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _latest_month(month: int, ref: dt.date, forward: bool) -> dt.date:
    candidate = dt.date(ref.year, month, 1)
    if forward:
        return candidate if month >= ref.month else candidate + relativedelta(years=1)
    return candidate if month <= ref.month else candidate - relativedelta(years=1)


def _quarter_or_half(words: list[str], year: int | None, ref: dt.date, relative: str | None, ahead: bool = False) -> tuple[str, str, bool]:
    """Resolve "the first half of this year", "Q3 2024", "the second quarter" to the month that ends it (looking ``ahead`` in a forecast)."""
    if words[0].startswith(("q", "h")) and len(words[0]) == 2:
        size = 3 if words[0][0] == "q" else 6
        index = int(words[0][1])
    else:
        size = 6 if "half" in words else 3
        index = _ORDINALS[words[0]]
        if size == 6:
            index = 1 if words[0] == "first" else 2
    end_month = size * index
    needs_ref = False
    if year is None:
        if relative == "last":
            year = ref.year - 1
        elif relative == "next":
            year = ref.year + 1
        elif relative == "this":
            year = ref.year
        elif ahead:  # a forecast: the next such period ending on or after publication
            needs_ref = True
            year = ref.year if end_month >= ref.month else ref.year + 1
        else:  # the latest such period ended on or before publication
            needs_ref = True
            year = ref.year if end_month <= ref.month else ref.year - 1
    return f"{year:04d}-{end_month:02d}", "month", needs_ref


def resolve(label: str, words: list[str], published: Published, ahead: bool = False, will: bool = False) -> tuple[str | None, str | None]:
    """Resolve the words of a matched expression against the publication date.

    Args:
        label: the pattern that matched (``YEAR``, ``RELATIVE``, ...).
        words: the expression's words, lower-cased.
        published: the publication date.
        ahead: the sentence looks forward ("expects", "will"): a quarter or half named without a year is the next one.
        will: the sentence says what will be: a month "in" it is still to come ("will pay a dividend in September").

    Returns:
        ``(value, precision)``, both None when the words do not fix a time.

    >>> p = Published(dt.date(2025, 3, 14))
    >>> resolve("RELATIVE", ["last", "quarter"], p)
    ('2024-12', 'month')
    >>> resolve("RELATIVE", ["last", "month"], Published.coerce("2025"))
    ('2025', 'year')
    """
    ref = published.date
    value: str | None = None
    precision: str | None = None
    needs = "year"  # how much of the publication date the result depends on
    years = [int(w) for w in words if re.match(_YEAR, w)]
    months = [MONTHS[w.rstrip(".")] for w in words if w.rstrip(".") in MONTHS]
    if label in ("YEAR", "DEADLINE_YEAR"):
        split = re.match(_SPLIT_YEAR, words[-1])
        value, precision = f"{years[0]:04d}" if years else f"{words[-1][:2]}{words[-1][-2:]}" if split else words[-1][-4:], "year"
        needs = "none"
    elif label == "YEAR_EDGE":  # the month the year's end or start falls in
        year = ref.year + {"last": -1, "next": 1}.get(words[-2], 0)
        value, precision = f"{year:04d}-{12 if words[1] == 'end' else 1:02d}", "month"
    elif label == "SEASON":
        value, precision = f"{ref.year + {'last': -1, 'next': 1}.get(words[0], 0):04d}", "year"
    elif label == "MONTH_YEAR":
        value, precision, needs = f"{years[0]:04d}-{months[0]:02d}", "month", "none"
    elif label == "DATE":
        days = [int(re.match(r"\d+", w).group()) for w in words if re.match(_DAY, w)]
        month = months[0]
        if years:
            year, needs = years[0], "none"
        else:
            year, needs = ref.year, "day"
            if month > ref.month and not will:  # the latest such month, as a month alone; "to be paid on 4 July", told in April: this July
                year -= 1
        try:
            value, precision = dt.date(year, month, days[0]).isoformat(), "day"
        except ValueError:
            value, precision = f"{year:04d}-{month:02d}", "month"
    elif label == "PERIOD_END":  # a period named by its end: the month it ends
        if years and not months and "end" in words:  # "to the end of 2023": its last month
            value, precision, needs = f"{years[-1]:04d}-12", "month", "none"
        elif years and not months:
            value, precision, needs = f"{years[-1]:04d}", "year", "none"
        elif years:
            value, precision, needs = f"{years[-1]:04d}-{months[-1]:02d}", "month", "none"
        else:
            value, precision, needs = _ym(_latest_month(months[-1], ref, False)), "month", "month"
    elif label == "FIRST_MONTHS":  # the month the period ends in, of the year named
        year = years[0] if years else ref.year - 1 if "last" in words else ref.year
        value, precision, needs = f"{year:04d}-{_COUNTS[words[2]]:02d}", "month", "none" if years else "year"
    elif label == "MONTH_REL":
        step = {"last": -1, "next": 1}.get(words[-2], 0)
        value, precision = f"{ref.year + step:04d}-{months[0]:02d}", "month"
    elif label == "MONTH":
        forward = words[0] == "next" or (ahead and words[0] in ("by", "before", "until", "till", "from")) or (will and words[0] == "in")  # "will close 40 branches by the end of June"
        day = _latest_month(months[0], ref, forward)
        value, precision, needs = _ym(day), "month", "month"
    elif label == "DEADLINE_REL":
        offset = 1 if "next" in words else 0
        if "decade" in words:
            value = f"{(ref.year // 10) * 10 + 9 + 10 * offset:04d}"
        else:
            value = f"{ref.year + offset:04d}"
        precision = "year"
    elif label == "RELATIVE":
        unit = next((w for w in words if w in ("year", "month", "quarter", "week")), None)
        rel = next((w for w in words if w in ("last", "this", "next", "past", "previous", "coming")), "this")
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
        if words == ["yesterday"]:
            value, precision, needs = (ref - dt.timedelta(days=1)).isoformat(), "day", "day"
        elif words in (["today"], ["now"], ["so", "far"], ["this", "morning"], ["this", "afternoon"]):  # the present: the publication date
            value, precision, needs = ref.isoformat(), "day", "day"
        elif words[-1] == "ago":
            value, precision = f"{ref.year - 1:04d}", "year"
        elif unit == "year":
            value, precision = f"{ref.year + step:04d}", "year"
        elif unit == "month":
            value, precision, needs = _ym(ref + relativedelta(months=step)), "month", "month"
        elif unit == "quarter":
            quarter_end = dt.date(ref.year, ((ref.month - 1) // 3 + 1) * 3, 1) + relativedelta(months=3 * step)
            value, precision, needs = _ym(quarter_end), "month", "month"
        elif unit == "week":
            end = ref - dt.timedelta(days=ref.weekday() + 1) if step < 0 else ref + dt.timedelta(days=6 - ref.weekday() + 7 * step)
            value, precision, needs = _ym(end), "month", "day"
    elif label == "PERIOD":
        body = [w for w in words if w not in ("the", "-")]
        after_of = body[body.index("of") + 1 :] if "of" in body else []
        rel = next((w for w in after_of if w in ("this", "last", "next")), None)
        value, precision, needs_ref = _quarter_or_half(body, years[0] if years else None, ref, rel, ahead)
        needs = "month" if needs_ref else "year"
    elif label == "WEEKDAY":
        back = (ref.weekday() - WEEKDAYS[words[-1]]) % 7 or 7
        value, precision, needs = (ref - dt.timedelta(days=back)).isoformat(), "day", "day"
    if value is None:
        return None, None
    if needs != "none" and _PRECISION_RANK.get(needs, 0) > _PRECISION_RANK[published.precision]:
        # the words fix more than the publication date does: keep what is known
        if published.precision == "year":
            return f"{ref.year:04d}", "year"
        return _ym(ref), "month"
    return value, precision


def find_times(doc: Doc, span: Span, published: Published) -> list[TimeMention]:
    """Find and resolve the time expressions within ``span`` of a parsed text.

    >>> from claimgraph.claims.extraction.segment import parse
    >>> text = "Acme raised $5m last year and plans to list by 2027."
    >>> [(t.expression, t.value) for t in find_times(parse(text), Span(0, len(text)), Published(dt.date(2025, 5, 1)))]
    [('last year', '2024'), ('by 2027', '2027')]
    """
    sub = doc.char_span(span.start, span.end, alignment_mode="expand")
    if sub is None:
        return []
    matches = _matcher()(sub, as_spans=True)
    # a sentence's parts between commas and semicolons, each looking forward or not
    cuts = [sub.start] + [t.i + 1 for t in sub if t.text in (",", ";")] + [sub.end]
    forward = [
        any(doc[i].lower_ in _LOOKING_AHEAD and doc[i - 1].lower_ not in ("had", "than", "as") for i in range(a, b)) or (b > a and _TO_BE_DONE.search(doc[a:b].text) is not None)
        for a, b in zip(cuts, cuts[1:])
    ]
    will = [
        any(doc[i].lower_ == "will" for i in range(a, b)) or (b > a and _TO_BE_DONE.search(doc[a:b].text) is not None) for a, b in zip(cuts, cuts[1:])
    ]  # what will be, or is to be, done: a date without a year named there is still to come
    mentions: list[TimeMention] = []
    for match in filter_spans(matches):
        if match.start > sub.start and doc[match.start - 1].lower_ == "from" and any(will):
            will[bisect_right(cuts, match.start) - 1] = True  # "From 1 July, banks will be able to ...": a start still to come
        label = match.label_
        part = bisect_right(cuts, match.start) - 1
        ahead = forward[part] if match.start < sub.end else False  # the part of the sentence it is in looks forward
        certain = will[part] if match.start < sub.end else False
        tokens = list(match)
        while len(tokens) > 1 and tokens[-1].is_punct:
            tokens.pop()  # "the year to March, up from": the comma that could have led to a year is not part of the time
        if label in ("MONTH_YEAR", "MONTH_REL") and tokens[0].lower_.rstrip(".") not in MONTHS:
            words = [t.lower_ for t in tokens]
            tokens = [t for t in tokens[1:] if t.text != "-"]  # "in May 2023": the time is "May 2023"
        elif label == "MONTH":  # the lead word ("in") is context, not part of the time, except "last"/"next"
            if tokens[0].lower_ not in ("last", "next", "this", "early", "late", "mid"):
                lead = tokens[0].lower_
                tokens = [t for t in tokens[1:] if t.text != "-" and t.lower_ != "of"]
                if not tokens:
                    continue
                words = [lead] + [t.lower_ for t in tokens]
            else:
                words = [t.lower_ for t in tokens]
        else:
            words = [t.lower_ for t in tokens]
        if label == "YEAR" and _is_not_a_year(doc, tokens[-1].i):
            continue
        if words == ["now"] and tokens[0].i > 0 and doc[tokens[0].i - 1].lower_ == "buy":
            continue  # "buy now, pay later": a kind of credit, no time
        if label == "YEAR_EDGE" and tokens[0].i > 0 and doc[tokens[0].i - 1].lower_ in ("since", "from"):
            continue  # "since the start of the year": a span up to now, not the month it began
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        if label == "VAGUE":
            value, precision = None, None
        else:
            value, precision = resolve(label, words, published, ahead, certain)
        mentions.append(
            TimeMention(start, end, doc[tokens[0].i : tokens[-1].i + 1].text, value, precision, deadline=label.startswith("DEADLINE") or words[0] in ("by", "until"))
        )
    return mentions


_LOOKING_AHEAD = frozenset("expects expect expected due will would plans plan aims aim aimed intends guidance outlook".split())
"""Words of a sentence that looks forward: a quarter it names without a year is still to come."""
_TO_BE_DONE = re.compile(r"\bto be (?:[a-z]+ed|paid|built|done|made|spent|sold)\b|\b(?:likely|set|expected|poised|going|about)\s+to\s+(?!be\b)[a-z]+")
"""A passive infinitive ("to be completed by the end of September") or what is likely or set to happen ("is likely to cut
rates in August"): what it names is still to come."""


def _is_not_a_year(doc: Doc, i: int) -> bool:
    """A four-digit number that is a count or money rather than a year ("2,000", "$2025", "2024 staff")."""
    token = doc[i]
    prev = doc[i - 1].text if i > 0 else ""
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return prev in ("$", "£", "€", "¥", "US$") or nxt in ("%", "percent", "per", "people", "staff", "employees", "jobs", "users", "customers") or token.text != token.text.strip()
