"""Extraction's time per KB of text, start-up apart: ``python -m bench.extraction [--sizes 10000,100000] [--repeat 3] [--json]``.

In one fresh process: first the imports, then building the pipeline (spaCy's
blank English pipeline and the time matcher, by a first one-sentence
extraction); a process pays both once, whatever it extracts after. Then each
size's article (:mod:`bench.articles`: the labelled articles repeated with
their names and figures varied) is extracted ``--repeat`` times and the
median kept, of wall and of processor time. ``make bench`` runs it for
:data:`SIZES`; the target is the largest article's seconds per KB within
:data:`TARGET` times the smallest's, judged on processor time: the machine is
shared, and its load can stretch one wall time and not another.
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
    """Start-up (imports, pipeline) and each size's median extraction time; call it in a fresh process.

    The sizes take turns run by run, so a change in the machine's load falls on
    all of them; each run's processor time (this process's) is kept beside its
    wall time, since on a shared machine the wall time counts the others' work.
    """
    started = time.perf_counter()
    from claimgraph.claims.extraction import extract

    imported = time.perf_counter()
    extract("Acme raised $5m last year, according to PitchBook.", PUBLISHED)
    built = time.perf_counter()
    texts = {size: article(size) for size in sizes}
    runs: dict[int, list[tuple[float, float]]] = {size: [] for size in sizes}
    found: dict[int, int] = {}
    for _ in range(repeat):
        for size, text in texts.items():
            wall, cpu = time.perf_counter(), time.process_time()
            found[size] = len(extract(text, PUBLISHED))
            runs[size].append((time.perf_counter() - wall, time.process_time() - cpu))
    measured: dict[str, dict] = {}
    for size, text in texts.items():
        kb = len(text.encode("utf-8")) / 1000
        seconds = statistics.median(wall for wall, _ in runs[size])
        cpu_seconds = statistics.median(cpu for _, cpu in runs[size])
        measured[str(size)] = {"kb": round(kb, 1), "candidates": found[size], "runs": runs[size], "seconds": seconds,
                               "cpu_seconds": cpu_seconds, "seconds_per_kb": seconds / kb, "cpu_seconds_per_kb": cpu_seconds / kb}  # fmt: skip
    return {"startup": {"imports": imported - started, "pipeline": built - imported}, "repeat": repeat, "sizes": measured}


def ratio(results: dict, key: str = "cpu_seconds_per_kb") -> float:
    """The largest article's seconds per KB over the smallest's (processor time, or ``seconds_per_kb`` for wall time)."""
    per_kb = [entry[key] for entry in results["sizes"].values()]
    return per_kb[-1] / per_kb[0]


def table(results: dict) -> list[str]:
    """The results as Markdown: start-up, then one row per size."""
    startup = results["startup"]
    first = next(iter(results["sizes"].values()))
    return [
        f"Start-up, once per process: imports {startup['imports']:.2f} s, building the pipeline {startup['pipeline']:.2f} s.",
        "",
        f"| article | KB | candidates | wall, median of {results['repeat']} | wall per KB | processor per KB | "
        "per KB vs the smallest (wall / processor) |",
        "|---:|---:|---:|---:|---:|---:|---:|",
        *[f"| {int(size):,} characters | {entry['kb']:,.1f} | {entry['candidates']:,} | {entry['seconds']:.2f} s | "
          f"{entry['seconds_per_kb'] * 1000:.1f} ms | {entry['cpu_seconds_per_kb'] * 1000:.1f} ms | "
          f"{entry['seconds_per_kb'] / first['seconds_per_kb']:.2f}x / {entry['cpu_seconds_per_kb'] / first['cpu_seconds_per_kb']:.2f}x |"
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
        print(f"\nlargest vs smallest per KB: processor time {ratio(results):.2f}x, wall time {ratio(results, 'seconds_per_kb'):.2f}x "
              f"(target at most {TARGET}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
