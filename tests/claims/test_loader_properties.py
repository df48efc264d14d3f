"""Property tests: any mangled claim file loads or fails with ClaimSetError, never anything else."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.claims.errors import ClaimSetError
from claimgraph.claims.loader import load_claim_set
from tests.conftest import MINI

BASE = yaml.safe_load((MINI / "zephyr.yaml").read_text(encoding="utf-8"))

scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**12, 10**12), st.floats(allow_nan=True), st.text(max_size=12))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=6)


def _paths(node, prefix=()):
    """Every path to a value inside nested dicts and lists."""
    yield prefix
    if isinstance(node, dict):
        for key, child in node.items():
            yield from _paths(child, prefix + (key,))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _paths(child, prefix + (index,))


PATHS = [path for path in _paths(BASE) if path]


def _replace(node, path, value):
    if len(path) == 1:
        node[path[0]] = value
        return
    _replace(node[path[0]], path[1:], value)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.lists(st.tuples(st.sampled_from(PATHS), values), min_size=1, max_size=3))
def test_mangled_claim_files_fail_cleanly(tmp_path: Path, changes) -> None:
    data = yaml.safe_load(yaml.safe_dump(BASE))
    for path, value in changes:
        try:
            _replace(data, path, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed the place this one pointed at
    shutil.copy(MINI / "zephyr.txt", tmp_path / "zephyr.txt")
    target = tmp_path / "claims.yaml"
    target.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    try:
        load_claim_set(target, tmp_path)
    except ClaimSetError as error:
        assert str(target) in str(error) and error.field


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=300))
def test_arbitrary_bytes_fail_cleanly(tmp_path: Path, raw: bytes) -> None:
    target = tmp_path / "claims.yaml"
    target.write_bytes(raw)
    try:
        load_claim_set(target, tmp_path)
    except ClaimSetError as error:
        assert str(target) in str(error)
