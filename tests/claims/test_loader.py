"""Malformed claim sets: one clear error naming file, claim and field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from claimgraph.claims.errors import ClaimSetError
from claimgraph.claims.loader import load_claim_set
from claimgraph.claims.model import TimeRef

MINI = Path(__file__).resolve().parent.parent / "data" / "mini"


def _write(tmp_path: Path, change) -> Path:
    data = yaml.safe_load((MINI / "zephyr.yaml").read_text(encoding="utf-8"))
    change(data)
    shutil.copy(MINI / "zephyr.txt", tmp_path / "zephyr.txt")
    path = tmp_path / "claims.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _error(tmp_path: Path, change) -> ClaimSetError:
    path = _write(tmp_path, change)
    with pytest.raises(ClaimSetError) as caught:
        load_claim_set(path, tmp_path)
    assert str(path) in str(caught.value)
    return caught.value


def test_the_mini_set_loads(mini) -> None:
    assert [claim.id for claim in mini.claims] == ["zephyr-valuation-2024", "zephyr-staff-pledge"]
    assert mini.claims[0].object_money.amount == 1.2e8
    assert mini.claims[1].stated == mini.document.published


def test_unknown_entity_reference(tmp_path: Path) -> None:
    error = _error(tmp_path, lambda d: d["claims"][0].update(subject="acme"))
    assert (error.where, error.field) == ("claim 'zephyr-valuation-2024'", "subject")
    assert "unknown entity 'acme'" in str(error)


def test_duplicate_claim_id(tmp_path: Path) -> None:
    error = _error(tmp_path, lambda d: d["claims"][1].update(id="zephyr-valuation-2024"))
    assert (error.where, error.field, error.problem) == ("claim 'zephyr-valuation-2024'", "id", "duplicate id")


def test_missing_field(tmp_path: Path) -> None:
    error = _error(tmp_path, lambda d: d["claims"][1].pop("statement"))
    assert (error.where, error.field, error.problem) == ("claim 'zephyr-staff-pledge'", "statement", "is missing")


def test_wrong_claim_type(tmp_path: Path) -> None:
    error = _error(tmp_path, lambda d: d["claims"][0].update(type="rumour"))
    assert error.field == "type" and "'rumour' is not one of" in error.problem


def test_two_objects(tmp_path: Path) -> None:
    error = _error(tmp_path, lambda d: d["claims"][0]["object"].update(entity="northwind-data"))
    assert error.where == "claim 'zephyr-valuation-2024'.object"


def test_missing_article(tmp_path: Path) -> None:
    error = _error(tmp_path, lambda d: d["document"].update(file="absent.txt"))
    assert (error.where, error.field) == ("document 'zephyr-test-article'", "file")
    assert "absent.txt" in error.problem


def test_article_that_changed(tmp_path: Path) -> None:
    error = _error(tmp_path, lambda d: d["document"].update(sha256="0" * 64))
    assert error.field == "sha256" and "has SHA-256 b3e63cac" in error.problem


def test_time_value_that_does_not_fit_its_precision(tmp_path: Path) -> None:
    error = _error(tmp_path, lambda d: d["claims"][0]["about"].update(value="2024-05"))
    assert (error.where, error.field) == ("claim 'zephyr-valuation-2024'.about", "value")


def test_malformed_yaml(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("document: [unclosed\n", encoding="utf-8")
    with pytest.raises(ClaimSetError, match="not valid YAML") as caught:
        load_claim_set(path, tmp_path)
    assert str(path) in str(caught.value)


def test_article_that_is_not_utf8(tmp_path: Path) -> None:
    path = _write(tmp_path, lambda d: None)
    (tmp_path / "zephyr.txt").write_bytes(b"\xff\xfe broken")
    with pytest.raises(ClaimSetError, match="not UTF-8"):
        load_claim_set(path, tmp_path)


def test_a_claim_without_a_time_about_loads_with_none(tmp_path: Path) -> None:
    """A sentence with no time words gives no time-about; the stated time is still the document's date."""
    path = _write(tmp_path, lambda d: d["claims"][1].pop("about"))
    claim = load_claim_set(path, tmp_path).claims[1]
    assert claim.about == TimeRef() and not claim.about.known
    assert claim.stated.value == "2025-03-14"
