"""A non-editable install finds its vocabulary, shapes, claim sets and queries."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

from tests.conftest import ARTICLES, REPO

PROBE = """
import claimgraph, pathlib
from claimgraph.claims.loader import bundled_claim_sets, load_claim_set
from claimgraph.kg.build import build
from claimgraph.kg.store import open_store
from importlib.resources import files
assert 'site' not in claimgraph.__file__ and pathlib.Path(claimgraph.__file__).is_relative_to({root!r}), claimgraph.__file__
sets = [load_claim_set(path, {articles!r}) for path in bundled_claim_sets()]
report = build(open_store('memory:'), sets)
queries = sorted(p.name for p in files('claimgraph.kg.queries').iterdir() if p.name.endswith('.rq'))
print(report.claims, len(queries))
"""


def test_wheel_carries_its_data_and_runs(tmp_path: Path) -> None:
    source = tmp_path / "source"  # pip builds in the source tree: keep the checkout clean
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(".*", "var", "build", "*.egg-info", "__pycache__"))
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(source)],
        capture_output=True, text=True, timeout=300,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = tmp_path.glob("claimgraph-*.whl")
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(unpacked)
    for data in ("claimgraph/ontology/shapes.ttl", "claimgraph/claims/data/uk-ai-gap-anthropic-valuation.yaml"):
        assert data in names
    # -S skips site, so the editable install's path hook is not loaded: only the unpacked wheel is seen.
    path = os.pathsep.join([str(unpacked), sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])
    probe = PROBE.format(root=str(unpacked), articles=str(ARTICLES))
    ran = subprocess.run(
        [sys.executable, "-S", "-c", probe], capture_output=True, text=True, timeout=300,
        env={**os.environ, "PYTHONPATH": path}, cwd=tmp_path,
    )
    assert ran.returncode == 0, ran.stderr
    claims, queries = map(int, ran.stdout.split())
    assert claims == 32 and queries >= 6
