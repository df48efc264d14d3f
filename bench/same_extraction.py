"""Check that extraction proposes exactly what it did at another revision: ``python -m bench.same_extraction REV``.

For a change meant to alter speed and nothing else. Both versions extract the
same texts, each in a fresh process: the bundled articles, the labelled
articles, a long article of :mod:`bench.articles` (``--size`` characters) and
texts drawn by hypothesis from the words of those articles, their figures and
the punctuation the rules read, each under three publication dates (a day, a
month, a year). Every candidate is compared whole (type, statement, subject,
predicate, object, value, time with its offsets, attribution, offsets, quote,
score, hedges), in order; the first differences are printed and the exit
status is 1 if there are any. REV's version is read from git (``git archive``)
into a temporary folder; the working tree's is the one installed.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.articles import article, labelled_texts

REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO.parent / "shared" / "articles"
PUBLISHED = ("2025-05-01", "2025-05", "2025")

_WORKER = """
import dataclasses, json, sys
from claimgraph.claims.errors import InputError
from claimgraph.claims.extraction import extract
answers = []
for text, published in json.load(sys.stdin):
    try:
        answers.append([dataclasses.asdict(c) for c in extract(text, published)])
    except InputError as error:
        answers.append(f"{type(error).__name__}: {error}")
json.dump(answers, sys.stdout)
"""
"""Extract each ``[text, published]`` read as JSON; write each one's candidates (or its input error) as JSON."""

_PUNCTUATION = [",", ".", "?", ";", ":", "—", "–", "-", '"', "“", "”", "'", "’", "(", ")", "\n", "\n\n", "%"]
_FIGURES = ["$4.7bn", "£1.2 trillion", "€250m", "USD 10-12 million", "EUR 120m", "2021", "2024", "Q2", "H1", "12%",
            "310", "between", "and", "to", "roughly", "more than", "up to"]  # fmt: skip


def drawn_texts(sources: list[str], count: int) -> list[str]:
    """``count`` texts drawn by hypothesis (derandomized: the same every run) from the sources' words."""
    words = sorted(set(re.findall(r"[\w$£€.%’'-]+", " ".join(sources))))
    pieces = st.sampled_from(words + _PUNCTUATION + _FIGURES)
    sentences = st.lists(pieces, min_size=1, max_size=40).map(" ".join)
    texts = st.one_of(st.lists(sentences, min_size=1, max_size=8).map(" ".join), st.text(min_size=1, max_size=200))
    drawn: list[str] = []

    @settings(max_examples=count, derandomize=True, database=None, deadline=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(texts)
    def draw(text: str) -> None:
        drawn.append(text)

    draw()
    return drawn


def _tree(rev: str, folder: Path) -> Path:
    """REV's ``claimgraph`` package (with its ``claims``) unpacked under ``folder``, importable from there."""
    archive = subprocess.run(["git", "archive", rev, "claimgraph", "claims"], cwd=REPO, check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    (folder / "claims").rename(folder / "claimgraph" / "claims")
    return folder


def _extract(cases: list[tuple[str, str]], cwd: Path) -> list[object]:
    done = subprocess.run([sys.executable, "-c", _WORKER], input=json.dumps(cases), capture_output=True, text=True, cwd=cwd)
    if done.returncode != 0:
        raise RuntimeError(f"extraction in {cwd} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rev", help="the git revision to compare with (e.g. main)")
    parser.add_argument("--drawn", type=int, default=300, help="texts drawn by hypothesis (default %(default)s)")
    parser.add_argument("--size", type=int, default=100_000, help="characters of the long article (default %(default)s)")
    args = parser.parse_args()
    named = {path.name: path.read_text(encoding="utf-8") for path in sorted(ARTICLES.glob("*.txt"))}
    named.update({f"labelled {number}": text for number, text in enumerate(labelled_texts())})
    named[f"long article of {args.size}"] = article(args.size)
    sources = list(named.values())
    named.update({f"drawn {number}": text for number, text in enumerate(drawn_texts(sources[:-1], args.drawn))})
    cases = [(text, published) for text in named.values() for published in PUBLISHED]
    labels = [f"{name} published {published}" for name in named for published in PUBLISHED]
    with tempfile.TemporaryDirectory() as folder:
        before = _extract(cases, _tree(args.rev, Path(folder)))
    after = _extract(cases, REPO)
    differing = [label for label, old, new in zip(labels, before, after, strict=True) if old != new]
    candidates = sum(len(answer) for answer in after if isinstance(answer, list))
    print(f"{len(cases)} extractions ({len(named)} texts x {len(PUBLISHED)} publication dates), {candidates} candidates "
          f"now; {len(differing)} differ from {args.rev}")  # fmt: skip
    for label in differing[:10]:
        print(f"  differs: {label[:100]!r}")
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main())
