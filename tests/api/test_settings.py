"""Settings from the environment: a keyword wins over ``CLAIMGRAPH_*``, which wins over the default; a value that
does not read as its type is one clear error."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.api.settings import Settings
from claimgraph.claims.errors import InputError
from tests.conftest import claimgraph


def test_keyword_then_environment_then_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMGRAPH_QUERY_TIME_LIMIT", "2.5")
    monkeypatch.setenv("claimgraph_tokens", "t.json")
    monkeypatch.setenv("CLAIMGRAPH_PORT", "9000")
    settings = Settings(port=8001)
    assert settings.port == 8001 and settings.query_time_limit == 2.5 and settings.tokens == Path("t.json")
    assert settings.store == "var/store" and settings.update_url is None


def test_a_value_of_the_wrong_type_names_its_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMGRAPH_QUERY_WORKERS", "six")
    with pytest.raises(InputError, match="CLAIMGRAPH_QUERY_WORKERS must be int, not 'six'"):
        Settings()
    with pytest.raises(TypeError, match="no such setting: prot"):
        Settings(prot=1)


def test_the_command_line_says_so_in_one_line() -> None:
    done = claimgraph("serve", "--help", env={"CLAIMGRAPH_PORT": "abc"})
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip() == "claimgraph: error: CLAIMGRAPH_PORT must be int, not 'abc'"


@pytest.mark.parametrize(("given", "warm"), [("0", False), ("off", False), ("No", False), ("1", True), ("TRUE", True), ("on", True)])
def test_a_switch_reads_yes_and_no_words(monkeypatch: pytest.MonkeyPatch, given: str, warm: bool) -> None:
    monkeypatch.setenv("CLAIMGRAPH_WARM", given)
    assert Settings().warm is warm and Settings(warm=not warm).warm is not warm


def test_a_switch_refuses_other_words(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings().warm is True
    monkeypatch.setenv("CLAIMGRAPH_WARM", "maybe")
    with pytest.raises(InputError, match="CLAIMGRAPH_WARM must be bool, not 'maybe'"):
        Settings()
