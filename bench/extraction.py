"""Extraction's time per KB of text, start-up apart: ``python -m bench.extraction [--sizes 10000,100000] [--repeat 3] [--json]``.

In one fresh process: first the imports, then building the pipeline (spaCy's
blank English pipeline and the time matcher, by a first one-sentence
extraction); a process pays both once, whatever it extracts after. Then each
size's article (:mod:`bench.articles`: the labelled articles repeated with
their names and figures varied) is extracted ``--repeat`` times and the
median kept. ``make bench`` runs it for :data:`SIZES`; the target is the
largest article's seconds per KB within :data:`TARGET` times the smallest's.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from bench.articles import article

SIZES = (10_000, 100_000, 1_000_000)
"""Characters of the articles extracted: about 10 KB, 100 KB and 1 MB."""
TARGET = 1.5
"""The largest article's seconds per KB may be at most this many times the smallest's."""
PUBLISHED = "2025-05-01"


def measure(sizes: tuple[int, ...] = SIZES, repeat: int = 3) -> dict:
    """Start-up (imports, pipeline) and each size's median extraction time; call it in a fresh process."""
    started = time.perf_counter()
    from claimgraph.claims.extraction import extract

    imported = time.perf_counter()
    extract("Acme raised $5m last year, according to PitchBook.", PUBLISHED)
    built = time.perf_counter()
    measured: dict[str, dict] = {}
    for size in sizes:
        text = article(size)
        runs, found = [], 0
        for _ in range(repeat):
            start = time.perf_counter()
            found = len(extract(text, PUBLISHED))
            runs.append(time.perf_counter() - start)
        kb = len(text.encode("utf-8")) / 1000
        seconds = statistics.median(runs)
        measured[str(size)] = {"kb": round(kb, 1), "candidates": found, "runs": runs, "seconds": seconds, "seconds_per_kb": seconds / kb}
    return {"startup": {"imports": imported - started, "pipeline": built - imported}, "repeat": repeat, "sizes": measured}


def ratio(results: dict) -> float:
    """The largest article's seconds per KB over the smallest's."""
    per_kb = [entry["seconds_per_kb"] for entry in results["sizes"].values()]
    return per_kb[-1] / per_kb[0]


def table(results: dict) -> list[str]:
    """The results as Markdown: start-up, then one row per size."""
    startup = results["startup"]
    smallest = next(iter(results["sizes"].values()))["seconds_per_kb"]
    return [
        f"Start-up, once per process: imports {startup['imports']:.2f} s, building the pipeline {startup['pipeline']:.2f} s.",
        "",
        f"| article | KB | candidates | median of {results['repeat']} | seconds per KB | per KB vs the smallest |",
        "|---:|---:|---:|---:|---:|---:|",
        *[f"| {int(size):,} characters | {entry['kb']:,.1f} | {entry['candidates']:,} | {entry['seconds']:.2f} s | "
          f"{entry['seconds_per_kb'] * 1000:.1f} ms | {entry['seconds_per_kb'] / smallest:.2f}x |"
          for size, entry in results["sizes"].items()],  # fmt: skip
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="characters per article, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="extractions per size (the median is kept)")
    parser.add_argument("--json", action="store_true", help="print the results as one JSON line")
    args = parser.parse_args()
    results = measure(tuple(int(size) for size in args.sizes.split(",")), args.repeat)
    if args.json:
        print(json.dumps(results))
    else:
        print("\n".join(table(results)))
        print(f"\nlargest vs smallest per KB: {ratio(results):.2f}x (target at most {TARGET}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
