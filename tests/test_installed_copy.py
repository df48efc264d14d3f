"""A non-editable install finds its vocabulary, shapes, claim sets and queries, and its ``claimgraph`` command runs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

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


def test_every_package_folder_is_listed() -> None:
    """setuptools cannot discover packages across package-dir's folder mapping, so pyproject.toml lists them:
    every folder under a mapped folder must be there (a missing ``claimgraph.cli`` once broke the installed command)."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    folders = {}
    for package, folder in config["package-dir"].items():
        for path in [REPO / folder, *(REPO / folder).rglob("*")]:
            if path.is_dir() and "__pycache__" not in path.parts:
                folders[".".join([package, *path.relative_to(REPO / folder).parts])] = path
    unlisted, gone = sorted(set(folders) - set(config["packages"])), sorted(set(config["packages"]) - set(folders))
    assert not unlisted and not gone, f"folders missing from [tool.setuptools] packages: {unlisted}; listed with no folder: {gone}"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project built as a wheel, from a copy of the checkout (pip builds in the source tree: keep the checkout clean)."""
    folder = tmp_path_factory.mktemp("wheel")
    source = folder / "source"
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(".*", "var", "build", "*.egg-info", "__pycache__", "node_modules"))
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(folder), str(source)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    (found,) = folder.glob("claimgraph-*.whl")
    return found


def test_wheel_carries_its_data_and_runs(wheel: Path, tmp_path: Path) -> None:
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(unpacked)
    for data in ("claimgraph/ontology/shapes.ttl", "claimgraph/claims/data/uk-ai-gap-anthropic-valuation.yaml", "claimgraph/kg/country_names.yaml"):
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


def _venv_with(wheel: Path, folder: Path) -> Path:
    """A new virtual environment with the wheel installed (``--no-deps``): its ``bin`` folder.

    Its dependencies are not downloaded again: a ``.pth`` file puts this test
    environment's site-packages after the new one's own. Only its folders are
    added (a ``.pth`` in an added folder is not run), so the editable install of
    the checkout there stays out of sight; ``claimgraph`` is the installed wheel.
    """
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True, timeout=120)
    python = folder / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    here = sysconfig.get_paths()
    Path(site, "test-environment.pth").write_text(f"{here['purelib']}\n{here['platlib']}\n", encoding="utf-8")
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "-q", str(wheel)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr
    return folder / "bin"


def test_the_installed_command_runs(wheel: Path, tmp_path: Path) -> None:
    """``pip install`` of the wheel gives a ``claimgraph`` command that helps, builds and queries, away from the checkout."""
    bin_folder = _venv_with(wheel, tmp_path / "venv")
    env = {key: value for key, value in os.environ.items() if not key.startswith(("CLAIMGRAPH_", "PYTHON"))}
    env.update(CLAIMGRAPH_ARTICLES=str(ARTICLES), PATH=f"{bin_folder}{os.pathsep}{env.get('PATH', '')}")

    def run(*args: str) -> str:
        done = subprocess.run([str(bin_folder / "claimgraph"), *args], capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path)
        assert done.returncode == 0, f"claimgraph {' '.join(args)}:\n{done.stderr[-3000:]}"
        return done.stdout

    helped = run("--help")
    assert "usage: claimgraph" in helped and all(command in helped for command in ("build", "query", "serve", "ingest"))
    where = subprocess.run(
        [str(bin_folder / "python"), "-c", "import claimgraph.cli; print(claimgraph.cli.__file__)"],
        capture_output=True, text=True, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(tmp_path / "venv"), where.stdout
    store = tmp_path / "store"
    built = run("build", "--store", str(store))
    assert "built 32 claims" in built and store.is_dir(), built
    example = subprocess.run(
        [str(bin_folder / "python"), "-c", "from importlib.resources import files; print(files('claimgraph.kg.queries') / 'claims-about-entity.rq')"],
        capture_output=True, text=True, env=env, cwd=tmp_path, check=True,
    ).stdout.strip()  # fmt: skip
    assert Path(example).is_relative_to(tmp_path / "venv"), example
    answer = run("query", "--store", str(store), "-f", example, "--format", "csv")
    lines = answer.splitlines()
    assert lines[0] == "claim,role,statement" and len(lines) >= 3
    assert "https://w3id.org/claimgraph/id/claim/openai-valuation-300bn,subject,OpenAI reached a valuation" in answer
