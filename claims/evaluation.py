"""Evaluation of extracted claims against hand-labelled gold.

A prediction matches a gold claim when their spans overlap by at least half
of the shorter span and their types agree; matching is one-to-one (a maximum
matching, preferring the pairs that overlap most). Detection is scored by
precision, recall and F1; on matched claims, the accuracy of the value
(amount, min and max within 1%, same currency; both null is right), the time
(value and precision equal), the attribution and the subject (normalised
labels equal; null equals null). Type accuracy cannot be measured on type-agreeing matches
(it would be 1 by construction), so it is measured on a second, span-only
matching: of the gold claims with a span-matching prediction, how many have
the right type.

The labelled set is split once into a development half, which rules may be
tuned on, and a test half, which they may not (``split.json`` in the labelled
folder, with each article's style). Run ``python -m claimgraph.claims.evaluation``
(or ``claimgraph eval``) for a table per half over the labelled set and the
bundled article; ``--half`` scores one half only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any, Collection

import networkx as nx
import yaml

from claimgraph.claims.errors import InputError
from claimgraph.claims.extraction import extract
from claimgraph.claims.texts import read_article

BUNDLED_REFERENCE_DATE = "2025-06-30"
"""Reference date of the bundled article: its text only places it in 2025, so it is
evaluated with a publication date known to the year (a nominal 30 June)."""


@dataclass(frozen=True)
class Scores:
    """Counts and accuracies for one article, or summed over several (micro-averaged)."""

    name: str
    predicted: int
    gold: int
    matched: int
    type_pairs: int = 0
    type_right: int = 0
    value_right: int = 0
    time_right: int = 0
    attribution_right: int = 0
    subject_right: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def _of_matched(self, right: int) -> float:
        return right / self.matched if self.matched else 1.0

    @property
    def type_accuracy(self) -> float:
        return self.type_right / self.type_pairs if self.type_pairs else 1.0

    @property
    def value_accuracy(self) -> float:
        return self._of_matched(self.value_right)

    @property
    def time_accuracy(self) -> float:
        return self._of_matched(self.time_right)

    @property
    def attribution_accuracy(self) -> float:
        return self._of_matched(self.attribution_right)

    @property
    def subject_accuracy(self) -> float:
        return self._of_matched(self.subject_right)


def combine(scores: list[Scores], name: str = "overall") -> Scores:
    """Sum the counts of several articles (micro-average)."""
    fields = ("predicted", "gold", "matched", "type_pairs", "type_right", "value_right", "time_right", "attribution_right", "subject_right")
    return Scores(name, *(sum(getattr(s, f) for s in scores) for f in fields))


def normalise_label(label: str | None) -> str | None:
    """Casefold, drop a leading article, possessives and punctuation.

    >>> normalise_label("The Alan Turing Institute's")
    'alan turing institute'
    """
    if label is None:
        return None
    text = label.casefold().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s-]", " ", text)
    text = re.sub(r"^\s*(?:the|a|an)\s+", "", text)
    text = re.sub(r"\s+(?:inc|ltd|plc|llc|corp|ag|ab|asa|as|sa|s a|nv|n v|bv|b v|gmbh|oyj|spa|s p a)\s*$", "", text)  # a legal form is how the firm is written
    return re.sub(r"\s+", " ", text).strip() or None


def _span(claim: dict[str, Any]) -> tuple[int, int]:
    return int(claim["span"]["start"]), int(claim["span"]["end"])


def spans_match(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two spans overlap by at least half of the shorter one.

    >>> spans_match((0, 10), (5, 30)), spans_match((0, 10), (6, 30))
    (True, False)
    """
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shorter > 0 and overlap * 2 >= shorter


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    return max(0, min(a[1], b[1]) - max(a[0], b[0])) / max(1, max(a[1], b[1]) - min(a[0], b[0]))


def match(predicted: list[dict[str, Any]], gold: list[dict[str, Any]], same_type: bool = True) -> list[tuple[int, int]]:
    """One-to-one matching of predictions to gold claims: ``(prediction index, gold index)`` pairs.

    A maximum matching over eligible pairs, preferring pairs of the same type,
    then pairs that overlap more, then (for claims sharing a sentence) pairs
    that agree on value and time. The preferences never reduce the number of
    matches.
    """
    graph = nx.Graph()
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            if spans_match(_span(p), _span(g)) and (not same_type or p["type"] == g["type"]):
                weight = 1.0 + _overlap(_span(p), _span(g)) + (2.0 if p["type"] == g["type"] else 0.0)
                # ties between claims of one sentence go to the pairs that also agree on value and time
                weight += 0.1 * value_equal(p.get("value"), g.get("value")) + 0.1 * time_equal(p.get("time"), g.get("time"))
                graph.add_edge(("p", i), ("g", j), weight=weight)
    pairs = nx.max_weight_matching(graph, maxcardinality=True)
    result = []
    for a, b in pairs:
        p, g = (a, b) if a[0] == "p" else (b, a)
        result.append((p[1], g[1]))
    return sorted(result)


def value_equal(a: dict[str, Any] | None, b: dict[str, Any] | None, tolerance: float = 0.01) -> bool:
    """Money values equal: same currency, amount/min/max each within ``tolerance`` (or both null).

    >>> value_equal({"amount": 100.0, "currency": "USD"}, {"amount": 100.5, "min": None, "currency": "USD"})
    True
    """
    if a is None or b is None:
        return a is None and b is None
    if (a.get("currency") or "").upper() != (b.get("currency") or "").upper():
        return False
    for key in ("amount", "min", "max"):
        x, y = a.get(key), b.get(key)
        if (x is None) != (y is None):
            return False
        if x is not None and abs(float(x) - float(y)) > tolerance * max(abs(float(x)), abs(float(y))):
            return False
    return True


def time_equal(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Times equal: same value and precision (a missing time counts as null)."""
    a, b = a or {}, b or {}
    return (a.get("value"), a.get("precision")) == (b.get("value"), b.get("precision"))


def attribution_equal(predicted: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Attributions equal after :func:`normalise_label` (a gold claim may list accepted aliases)."""
    want = {normalise_label(gold.get("attribution"))} | {normalise_label(a) for a in gold.get("attribution_aliases", [])}
    return normalise_label(predicted.get("attribution")) in want


def subject_equal(predicted: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Subjects equal after :func:`normalise_label` (a gold claim may list accepted aliases)."""
    want = {normalise_label(gold.get("subject"))} | {normalise_label(a) for a in gold.get("subject_aliases", [])}
    return normalise_label(predicted.get("subject")) in want


def check_gold(gold: list[dict[str, Any]], text: str, name: str = "gold") -> None:
    """Raise InputError unless every gold quote equals its span of ``text``."""
    for index, claim in enumerate(gold):
        start, end = _span(claim)
        if not 0 <= start < end <= len(text) or text[start:end] != claim.get("quote"):
            raise InputError(f"{name}: claim {index}: span {start}..{end} does not hold its quote {claim.get('quote')!r}")


def evaluate(predicted: list[dict[str, Any]], gold: list[dict[str, Any]], text: str, name: str = "article") -> Scores:
    """Score predicted claims (fixed JSON form) against gold claims for one text.

    Raises:
        InputError: a gold claim whose quote is not its span of ``text``.
    """
    check_gold(gold, text, name)
    pairs = match(predicted, gold)
    type_pairs = match(predicted, gold, same_type=False)
    return Scores(
        name=name,
        predicted=len(predicted),
        gold=len(gold),
        matched=len(pairs),
        type_pairs=len(type_pairs),
        type_right=sum(predicted[i]["type"] == gold[j]["type"] for i, j in type_pairs),
        value_right=sum(value_equal(predicted[i].get("value"), gold[j].get("value")) for i, j in pairs),
        time_right=sum(time_equal(predicted[i].get("time"), gold[j].get("time")) for i, j in pairs),
        attribution_right=sum(attribution_equal(predicted[i], gold[j]) for i, j in pairs),
        subject_right=sum(subject_equal(predicted[i], gold[j]) for i, j in pairs),
    )


def render_table(rows: list[Scores]) -> str:
    """A plain-text table: one line per article, as given (put the overall row last)."""
    head = ("article", "pred", "gold", "match", "P", "R", "F1", "type", "value", "time", "attrib", "subject")
    lines = [
        (s.name, str(s.predicted), str(s.gold), str(s.matched), f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}",
         f"{s.type_accuracy:.3f}", f"{s.value_accuracy:.3f}", f"{s.time_accuracy:.3f}", f"{s.attribution_accuracy:.3f}",
         f"{s.subject_accuracy:.3f}")
        for s in rows
    ]  # fmt: skip
    widths = [max(len(r[i]) for r in [head, *lines]) for i in range(len(head))]

    def fmt(row: tuple[str, ...]) -> str:
        return "  ".join(cell.ljust(widths[0]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row))

    rule = "-" * len(fmt(head))
    body = [fmt(r) for r in lines]
    if len(body) > 1:
        body.insert(len(body) - 1, rule)
    return "\n".join([fmt(head), rule, *body])


def gold_from_claim_set(path: str | Path) -> tuple[str, list[dict[str, Any]]]:
    """Gold claims (fixed JSON form) from a curated claim-set YAML file, read as plain data.

    Entity ids become labels; a claim whose claimant is the document's publisher
    (or any entity of type ``publication`` that the YAML marks as publisher) is in
    the article's own voice, so its attribution is null. The claimant's aliases are
    kept as ``attribution_aliases``.

    Returns:
        The article file name and the gold claims.
    """
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise InputError(f"{path}: cannot read the claim set: {error}") from None
    entities = {e["id"]: e for e in data.get("entities", [])}
    publisher = data["document"].get("publisher")

    def label(entity_id: str | None) -> str | None:
        return None if entity_id is None else entities.get(entity_id, {}).get("label", entity_id)

    gold = []
    for claim in data.get("claims", []):
        obj = claim.get("object") or {}
        money = obj.get("money")
        literal = obj.get("literal")
        own_voice = claim.get("claimant") == publisher
        about = claim.get("about") or {}
        anchor = claim["anchor"]
        gold.append(
            {
                "type": claim["type"],
                "statement": claim.get("statement"),
                "subject": label(claim.get("subject")),
                "subject_aliases": list(entities.get(claim.get("subject"), {}).get("aliases", [])),
                "predicate": claim.get("predicate"),
                "object": label(obj["entity"]) if "entity" in obj else (str(literal["text"]) if literal else None),
                "value": None
                if money is None
                else {k: money.get(k) for k in ("amount", "min", "max", "currency")} | {"approximate": bool(money.get("approximate"))},
                "time": {"value": None if about.get("value") is None else str(about["value"]), "precision": about.get("precision"),
                         "expression": about.get("expression")},  # fmt: skip
                "attribution": None if own_voice else label(claim.get("claimant")),
                "attribution_aliases": [] if own_voice else list(entities.get(claim.get("claimant"), {}).get("aliases", [])),
                "hedges": list(claim.get("hedges") or []),
                "span": {"start": anchor["start"], "end": anchor["end"]},
                "quote": anchor["exact"],
            }
        )
    return data["document"]["file"], gold


def _labelled_names(folder: str | Path) -> list[tuple[str, Path]]:
    return [(path.name[: -len(".gold.json")], path) for path in sorted(Path(folder).glob("*.gold.json"))]


def load_labelled(folder: str | Path, names: Collection[str] | None = None) -> list[tuple[str, str, str, list[dict[str, Any]]]]:
    """The labelled set: ``(name, text, published, gold claims)`` for each ``NAME.txt`` with ``NAME.gold.json`` (only ``names``, if given)."""
    items = []
    for name, gold_path in _labelled_names(folder):
        if names is not None and name not in names:
            continue
        data = json.loads(gold_path.read_text(encoding="utf-8"))
        items.append((name, read_article(gold_path.with_name(name + ".txt")), data["published"], data["claims"]))
    return items


def run(
    labelled: Path | None, claim_sets: list[Path], articles: Path, names: Collection[str] | None = None, overall: str = "overall"
) -> list[Scores]:
    """Extract and score every labelled article and bundled claim set (only ``names``, if given); the overall row comes last."""
    rows: list[Scores] = []
    for name, text, published, gold in load_labelled(labelled, names) if labelled else []:
        predicted = [c.to_json() for c in extract(text, published)]
        rows.append(evaluate(predicted, gold, text, name))
    for path in claim_sets:
        if names is not None and Path(path).stem not in names:
            continue
        file, gold = gold_from_claim_set(path)
        text = read_article(articles / file)
        # the article is only known to be from 2025: resolve against the year (nominal date 2025-06-30)
        predicted = [c.to_json() for c in extract(text, BUNDLED_REFERENCE_DATE[:4])]
        rows.append(evaluate(predicted, gold, text, Path(path).stem))
    return [*rows, combine(rows, overall)]


HALVES = ("development", "test")
"""The halves of the labelled set: rules are tuned on the development half only."""


def load_split(folder: Path) -> dict[str, tuple[str, str]]:
    """``{article: (half, style)}`` from ``split.json`` in the labelled folder; empty when there is none.

    Raises:
        InputError: a file that is not a split (halves other than :data:`HALVES`, an article in both).
    """
    path = Path(folder) / "split.json"
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        split: dict[str, tuple[str, str]] = {}
        for half in HALVES:
            for name, style in data[half].items():
                if name in split:
                    raise InputError(f"{path}: {name} is in both halves")
                split[name] = (half, str(style))
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise InputError(f"{path}: not a split with the halves {', '.join(HALVES)}: {error!r}") from None
    return split


def report(labelled: Path | None, claim_sets: list[Path], articles: Path, half: str | None = None) -> str:
    """The evaluation as text: a table per half (with its overall line) when the labelled set is split, else one table.

    Raises:
        InputError: an article the split does not place in a half, or a half named without a split.
    """
    split = load_split(labelled) if labelled else {}
    if not split:
        if half is not None:
            raise InputError(f"--half {half}: the labelled set has no split.json")
        return render_table(run(labelled, claim_sets, articles))
    present = [*(name for name, *_ in _labelled_names(labelled)), *(Path(p).stem for p in claim_sets)]
    unplaced = sorted(set(present) - set(split))
    if unplaced:
        raise InputError(f"not in either half of {labelled / 'split.json'}: {', '.join(unplaced)}")
    sections = []
    for name in [half] if half else HALVES:
        members = {article for article, (which, _) in split.items() if which == name}
        rows = run(labelled, claim_sets, articles, members, overall=f"overall {name}")
        sections.append(f"{name} half: {len(rows) - 1} articles\n{render_table(rows)}")
    return "\n\n".join(sections)


def bundled_claim_sets() -> list[Path]:
    """The curated claim sets shipped in ``claimgraph.claims.data``."""
    folder = files("claimgraph.claims.data")
    return sorted(Path(str(item)) for item in folder.iterdir() if item.name.endswith(".yaml"))


def main(argv: list[str] | None = None) -> int:
    """Print the evaluation table (see the module docstring)."""
    parser = argparse.ArgumentParser(prog="python -m claimgraph.claims.evaluation", description=__doc__.splitlines()[0])
    parser.add_argument("--labelled", type=Path, default=Path("tests/data/labelled"), help="folder of NAME.txt + NAME.gold.json")
    parser.add_argument("--articles", type=Path, default=Path("../shared/articles"), help="folder of the bundled claim sets' articles")
    parser.add_argument("--claim-set", type=Path, action="append", help="a curated claim-set YAML (default: the bundled ones)")
    parser.add_argument("--half", choices=HALVES, help="score one half of the split labelled set only (default: both)")
    args = parser.parse_args(argv)
    claim_sets = args.claim_set if args.claim_set is not None else bundled_claim_sets()
    try:
        print(report(args.labelled if args.labelled.is_dir() else None, claim_sets, args.articles, args.half))
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
