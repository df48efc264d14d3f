"""Evaluation: matching rules, attribute accuracies, the bundled claim set's gold, the table, and the targets."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.claims.errors import InputError
from claimgraph.claims.evaluation import (
    Scores,
    combine,
    evaluate,
    gold_from_claim_set,
    load_labelled,
    load_split,
    main,
    match,
    normalise_label,
    render_table,
    report,
    run,
    spans_match,
)

REPO = Path(__file__).resolve().parents[2]
ARTICLES = REPO.parent / "shared" / "articles"
LABELLED = REPO / "tests" / "data" / "labelled"
CLAIM_SET = REPO / "claims" / "data" / "uk-ai-gap-anthropic-valuation.yaml"
TEXT = "Acme raised $5m last year. Beta is based in Leeds."
TUNED_ON = {"dutch-compute-pledge", "helixgrid-series-c", "orvane-chip-order", "quillon-listing", "uk-ai-gap-anthropic-valuation"}
"""The texts the rules were first tuned on: the scores pinned below are theirs."""
STYLES = {"wire story", "press release", "regulator or court statement", "think-tank report", "interview", "live blog or news briefs"}


def claim(start: int, end: int, type: str = "funding", **extra: object) -> dict[str, object]:
    base = {"type": type, "span": {"start": start, "end": end}, "quote": TEXT[start:end], "value": None,
            "time": {"value": None, "precision": None, "expression": None}, "attribution": None}  # fmt: skip
    return base | extra


def test_overlap_of_half_the_shorter() -> None:
    assert spans_match((0, 10), (5, 30))
    assert not spans_match((0, 10), (6, 30))
    assert spans_match((0, 26), (3, 8))  # nested spans always match
    assert not spans_match((0, 5), (5, 10))


def test_types_must_agree() -> None:
    assert match([claim(0, 26, "valuation")], [claim(0, 26)]) == []
    assert match([claim(0, 26)], [claim(0, 26)]) == [(0, 0)]


def test_matching_is_one_to_one_and_maximal() -> None:
    gold = [claim(0, 26), claim(0, 12)]
    predicted = [claim(0, 26), claim(0, 26), claim(0, 26)]
    scores = evaluate(predicted, gold, TEXT)
    assert (scores.matched, scores.predicted, scores.gold) == (2, 3, 2)
    assert scores.precision == pytest.approx(2 / 3) and scores.recall == 1.0


def test_attribute_accuracies() -> None:
    usd = {"amount": 5e6, "min": None, "max": None, "currency": "USD", "approximate": False}
    gold = [
        claim(0, 26, value=usd, time={"value": "2024", "precision": "year", "expression": "last year"}, attribution="The Acme Group's"),
        claim(27, 50, "location"),
    ]
    predicted = [
        claim(0, 26, value=usd | {"amount": 5.04e6}, time={"value": "2024", "precision": "year", "expression": "x"}, attribution="acme group"),
        claim(27, 50, "location", value=usd, time={"value": "2024", "precision": "month", "expression": None}, attribution="Beta"),
    ]
    scores = evaluate(predicted, gold, TEXT)
    assert scores.matched == 2
    assert scores.value_accuracy == 0.5  # within 1% counts; money against null does not
    assert scores.time_accuracy == 0.5  # precision must agree too
    assert scores.attribution_accuracy == 0.5  # normalised labels; null != a label
    assert scores.subject_accuracy == 1.0  # no subject on either side is right


def test_subject_accuracy_compares_normalised_labels_and_aliases() -> None:
    gold = [claim(0, 26, subject="The Acme Group", subject_aliases=["Acme"]), claim(27, 50, "location", subject="Beta")]
    predicted = [claim(0, 26, subject="Acme"), claim(27, 50, "location", subject="Leeds")]
    assert evaluate(predicted, gold, TEXT).subject_accuracy == 0.5


def test_value_needs_the_same_currency_and_bounds() -> None:
    gold = [claim(0, 26, value={"amount": None, "min": 1.0, "max": 2.0, "currency": "USD"})]
    assert evaluate([claim(0, 26, value={"amount": None, "min": 1.0, "max": 2.0, "currency": "EUR"})], gold, TEXT).value_accuracy == 0.0
    assert evaluate([claim(0, 26, value={"amount": 1.5, "min": None, "max": None, "currency": "USD"})], gold, TEXT).value_accuracy == 0.0


def test_type_accuracy_uses_span_only_matching() -> None:
    scores = evaluate([claim(0, 26, "valuation")], [claim(0, 26)], TEXT)
    assert (scores.matched, scores.type_pairs, scores.type_accuracy) == (0, 1, 0.0)


def test_gold_quotes_are_checked() -> None:
    with pytest.raises(InputError, match="does not hold its quote"):
        evaluate([], [claim(0, 26) | {"quote": "something else"}], TEXT)


def test_normalise_label() -> None:
    assert normalise_label("The Alan Turing Institute’s") == "alan turing institute"
    assert normalise_label(None) is None


def test_micro_average_and_table() -> None:
    rows = [Scores("a", 10, 10, 8, 8, 8, 8, 7, 6), Scores("b", 0, 10, 0)]
    total = combine(rows)
    assert (total.predicted, total.gold, total.matched) == (10, 20, 8)
    assert total.recall == 0.4 and total.precision == 0.8
    table = render_table([*rows, total])
    assert table.splitlines()[0].split() == ["article", "pred", "gold", "match", "P", "R", "F1", "type", "value", "time", "attrib", "subject"]
    assert "overall" in table.splitlines()[-1] and "0.533" in table


def test_gold_from_the_curated_claim_set() -> None:
    file, gold = gold_from_claim_set(CLAIM_SET)
    text = (ARTICLES / file).read_text(encoding="utf-8")
    assert gold and all(text[g["span"]["start"] : g["span"]["end"]] == g["quote"] for g in gold)
    warning = next(g for g in gold if g["type"] == "warning")
    assert warning["attribution"] == "Alan Turing Institute"
    assert warning["time"] == {"value": "2025", "precision": "year", "expression": "Last month"}
    assert all(g["attribution"] is None for g in gold if g["type"] == "location")  # the publisher is the own voice
    assert any(g["value"] == {"amount": None, "min": 9e11, "max": 1.1e12, "currency": "USD", "approximate": True} for g in gold)


def test_labelled_set_is_well_formed() -> None:
    items = load_labelled(LABELLED)
    assert len(items) + 1 >= 20  # with the bundled article
    for name, text, published, gold in items:
        assert 1_400 <= len(text.encode("utf-8")) <= 5_000, name
        assert published and gold
        for g in gold:
            assert text[g["span"]["start"] : g["span"]["end"]] == g["quote"]
            assert g["type"] in {"valuation", "market_cap", "funding", "investment", "revenue", "pledge", "warning", "policy", "comparison",
                                 "founding", "ownership", "location", "adoption", "other"}, (name, g["quote"])  # fmt: skip
            value = g["value"]
            assert value is None or (len(value["currency"]) == 3 and value["currency"].isupper()), (name, g["quote"])
            assert value is None or (value["amount"] is None) != (value["min"] is None and value["max"] is None), (name, g["quote"])


def test_the_split_places_every_article_once_and_each_half_covers_every_style() -> None:
    split = load_split(LABELLED)
    names = {name for name, *_ in load_labelled(LABELLED)} | {CLAIM_SET.stem}
    assert set(split) == names
    halves = {half: {name for name, (h, _) in split.items() if h == half} for half in ("development", "test")}
    assert TUNED_ON <= halves["development"]  # what the rules were tuned on is never test data
    for half, members in halves.items():
        assert STYLES <= {split[name][1] for name in members}, half
    # the development half grows by articles written to find errors; the test half by articles never tuned on
    assert min(len(m) for m in halves.values()) * 4 >= len(names)  # neither half under a quarter of the set


def test_report_prints_a_table_per_half_and_refuses_an_unplaced_article(tmp_path: Path) -> None:
    for name in ("orvane-chip-order.txt", "orvane-chip-order.gold.json", "quillon-listing.txt", "quillon-listing.gold.json"):
        (tmp_path / name).write_bytes((LABELLED / name).read_bytes())
    assert report(tmp_path, [], ARTICLES) == render_table(run(tmp_path, [], ARTICLES))  # no split: one table
    with pytest.raises(InputError, match="no split.json"):
        report(tmp_path, [], ARTICLES, "test")
    (tmp_path / "split.json").write_text('{"development": {"orvane-chip-order": "wire story"}, "test": {"quillon-listing": "wire story"}}')
    text = report(tmp_path, [], ARTICLES)
    development, test = text.split("\n\n")
    assert development.splitlines()[0] == "development half: 1 articles" and test.splitlines()[0] == "test half: 1 articles"
    assert [line.split()[0] for line in development.splitlines()[3:] if not line.startswith("-")] == ["orvane-chip-order", "overall"]
    assert test.splitlines()[-1].startswith("overall test")
    assert report(tmp_path, [], ARTICLES, "test") == test
    with pytest.raises(InputError, match="not in either half.*uk-ai-gap"):
        report(tmp_path, [CLAIM_SET], ARTICLES)
    (tmp_path / "split.json").write_text('{"development": {"orvane-chip-order": "x"}, "test": {"orvane-chip-order": "x"}}')
    with pytest.raises(InputError, match="in both halves"):
        load_split(tmp_path)
    (tmp_path / "split.json").write_text('["orvane-chip-order"]')
    with pytest.raises(InputError, match="not a split"):
        load_split(tmp_path)


def test_targets() -> None:
    rows = run(LABELLED, [CLAIM_SET], ARTICLES, TUNED_ON)
    by_name = {row.name: row for row in rows}
    bundled, overall = by_name["uk-ai-gap-anthropic-valuation"], by_name["overall"]
    assert bundled.recall >= 0.9 and bundled.precision >= 0.8
    assert overall.f1 >= 0.8
    assert overall.value_accuracy >= 0.95
    assert overall.time_accuracy >= 0.9


def test_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--labelled", str(LABELLED), "--articles", str(ARTICLES), "--claim-set", str(CLAIM_SET)]) == 0
    assert "overall" in capsys.readouterr().out
    assert main(["--labelled", str(LABELLED), "--articles", "/nonexistent", "--claim-set", str(CLAIM_SET)]) == 2
    assert [r.name for r in run(None, [], ARTICLES)] == ["overall"]


def test_a_firm_s_legal_form_is_how_it_is_written_not_who_it_is() -> None:
    assert normalise_label("Halvard Industrie AG") == normalise_label("Halvard Industrie") == "halvard industrie"
    assert normalise_label("Veloria Robotics S.A.") == "veloria robotics"
    assert normalise_label("Agnes") == "agnes" and normalise_label("Casa") == "casa"
