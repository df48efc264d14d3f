"""Long news articles for timing extraction: the labelled articles repeated, each copy with its own names and figures.

Copy ``n`` of an article renames every name of it (a capitalised word the
article never writes in lower case) and redraws every figure: a year stays a
year of the same century, other numbers keep their digit count. So a long
article is many different paragraphs of the labelled styles, not one text
repeated verbatim, and the same size always gives the same text.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

LABELLED = Path(__file__).resolve().parent.parent / "tests" / "data" / "labelled"
_SYLLABLES = ("an", "bel", "cor", "dra", "el", "fen", "gri", "hal", "ix", "jor", "ka", "lum", "mor", "nex",
              "ol", "pra", "quin", "ros", "sol", "tev", "ul", "vox", "wen", "xi", "yar", "zen")  # fmt: skip
_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")
_FIGURE = re.compile(r"\d+")
_KEPT = frozenset(
    "The This That These Those Its It He She They We But And Yet In On At By For From With As Is Are Was Were Has Have "
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Series".split()
)
"""Capitalised words left as they are: sentence openers the rules read, months, weekdays."""


def labelled_texts(folder: Path = LABELLED) -> list[str]:
    """The labelled articles, in name order."""
    return [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]


def _names(text: str) -> list[str]:
    lower = set(re.findall(r"\b[a-z][a-z]+\b", text))
    return sorted({word for word in _WORD.findall(text) if word not in _KEPT and word.lower() not in lower})


def variant(text: str, number: int) -> str:
    """Copy ``number`` of an article: its names renamed and its figures redrawn (copy 0 is the article itself)."""
    if number == 0:
        return text
    draw = random.Random(number)
    renamed = {name: name + "".join(draw.choice(_SYLLABLES) for _ in range(1 + number % 2)) for name in _names(text)}
    text = _WORD.sub(lambda m: renamed.get(m.group(), m.group()), text)

    def figure(match: re.Match[str]) -> str:
        digits = match.group()
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            return str(draw.randint(2000, 2029))
        low = 10 ** (len(digits) - 1) if len(digits) > 1 else 1
        return str(draw.randint(low, 10 ** len(digits) - 1))

    return _FIGURE.sub(figure, text)


def article(size: int, sources: list[str] | None = None) -> str:
    """A news text of about ``size`` characters (never less): copies of the sources, each varied, in turn."""
    sources = labelled_texts() if sources is None else sources
    if not sources:
        raise ValueError("no article to repeat")
    parts: list[str] = []
    length = number = 0
    while length < size:
        part = variant(sources[number % len(sources)], number // len(sources)).strip() + "\n\n"
        parts.append(part)
        length += len(part)
        number += 1
    return "".join(parts)
