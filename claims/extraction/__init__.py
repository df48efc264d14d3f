"""Extraction of candidate claims from news text (no RDF here).

The facade: :func:`extract` proposes :class:`Candidate` claims for a text and
its publication date (``claims.texts`` checks and reads the text).
Each topic has its module: ``segment`` (sentences and clauses), ``money``,
``timex`` (time expressions), ``mentions`` (names), ``attribution``,
``typing_rules`` (claim types), ``scoring`` (check-worthiness),
``statement`` and ``candidate``.
"""

from __future__ import annotations

from claimgraph.claims.extraction.candidate import Candidate
from claimgraph.claims.extraction.money import find_money, parse_money
from claimgraph.claims.extraction.pipeline import extract
from claimgraph.claims.extraction.timex import Published

__all__ = ["Candidate", "Published", "extract", "find_money", "parse_money"]
