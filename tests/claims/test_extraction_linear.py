"""Extraction's work grows in proportion to the text, not faster: counted, never timed.

The work is what the interpreter reports while ``extract`` runs: every line of
Python executed and every call made, spaCy's compiled calls included (creating
a ``Token``, stepping a generator). Reading ``Doc.text`` per sentence,
setting ``Token.is_sent_start`` (which scans the whole document) or searching
every name seen so far for each pronoun all make the work per character grow
with the length; a text sixteen times as long must cost about sixteen times as much (at four times, a cost that
grows with the length only where a source is named with a place was still too small to show).
"""

from __future__ import annotations

import sys

import pytest

from bench.articles import article
from claimgraph.claims.extraction import extract
from claimgraph.claims.extraction import segment, timex
from claimgraph.claims.extraction.mentions import Mention, Tracker

SHORT = 4_000
"""Characters of the short text (the labelled articles, varied); the long one is it sixteen times over."""


def work(text: str) -> int:
    """Lines run and calls made while extracting ``text``."""
    steps = 0

    def count(frame: object, event: str, arg: object) -> object:
        nonlocal steps
        steps += 1
        return count

    traced, profiled = sys.gettrace(), sys.getprofile()
    sys.settrace(count)
    sys.setprofile(count)
    try:
        extract(text, "2025-05-01")
    finally:
        sys.settrace(traced)
        sys.setprofile(profiled)
    return steps


def test_work_per_character_does_not_grow_with_the_text() -> None:
    short = article(SHORT)
    extract(short, "2025-05-01")  # the pipeline and the patterns are built once, outside the count
    long = article(16 * len(short), [short])  # the short text sixteen times over, each copy with its own names and figures
    per_character = [work(text) / len(text) for text in (short, long)]
    assert per_character[1] <= 1.2 * per_character[0], per_character


DENSE = (
    'Marlowe Vale Bank plc ("Marlowe Vale" or "the Bank") reported profit of £412m. The Bank closed 22 branches.\n\n'
    "Harwell Robotics is headquartered in Boston, Massachusetts. Based in Austin, Texas, Kitestring sells software. "
    "Pellow Energy, based in Leeds, England, was fined £12m. The supplier refunded £8.6m, the regulator said.\n\n"
    "09:05 Sterling closed at $1.27. 09:20 Official figures show UK retail sales fell 0.8% in May, according to the "
    "Office for National Statistics.\n\nVeltro Mobile has offered the following binding commitments:\n\n"
    "- to sell 1,400 mast sites in Lyon, France;\n- to invest €1.2bn in Porto, Portugal, by 2029.\n\n"
    "The company, a joint venture between Astrella and Hanseo, said it would hire 400 people in Zaragoza, Spain."
)
"""Invented sentences dense in what names, places, descriptions and lists are read from: a cost per candidate that grows
with the text (reading ``Doc.text`` for each region after a place) shows here, where the labelled articles hold too few."""


def test_work_per_character_does_not_grow_on_a_text_dense_in_names_and_places() -> None:
    extract(DENSE, "2025-05-01")
    long = article(16 * len(DENSE), [DENSE])
    per_character = [work(text) / len(text) for text in (DENSE, long)]
    assert per_character[1] <= 1.2 * per_character[0], per_character


def test_names_are_added_in_text_order() -> None:
    tracker = Tracker()
    tracker.add_sentence([Mention(10, 14, "Acme", "name")])
    with pytest.raises(ValueError, match="comes before"):
        tracker.add_sentence([Mention(0, 4, "Zeta", "name")])


def test_the_pipeline_is_built_once_for_every_document_of_a_process() -> None:
    extract("Acme raised $5m last year.", "2025-05-01")
    built = segment.pipeline.cache_info().misses, timex._matcher.cache_info().misses
    for text in ("Helixgrid raised €85m.", "The Lisbon company confirmed it had raised $20m in 2024."):
        extract(text, "2025-05-01")
    assert (segment.pipeline.cache_info().misses, timex._matcher.cache_info().misses) == built
