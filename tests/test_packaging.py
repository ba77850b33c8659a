"""The sdist and wheel, built offline as a packager would, install and run.

The PEP 517 hooks of setuptools are called directly in a subprocess, which is
what ``python -m build --no-isolation`` does (without needing ``build``). The
build runs on a copy of the project, so the checkout gets no build/ folder.
Each artefact is installed with ``--no-deps --no-index`` into a fresh venv
that sees this environment's dependencies through a path file: nothing is
downloaded.
"""

from __future__ import annotations

import email
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: Not part of a source tree: caches, build output, the venv and VCS folders.
_NOT_SOURCE = {".git", ".venv", "build", "dist", "__pycache__", ".newslint_cache", ".pytest_cache"}
#: Folders the sdist must carry whole (every file, whatever its kind).
_SHIPPED_FOLDERS = ("tests", "examples", "benchmarks", "tools", "rules", "action")
_SHIPPED_FILES = (
    "LICENSE", "README.md", "CHANGELOG.md", "CONTRIBUTING.md", "action.yml", ".pre-commit-hooks.yaml",
    ".ci/run", "pyproject.toml", "setup.py", "MANIFEST.in",
)
_BUILD = """
import sys
from setuptools import build_meta
out = sys.argv[1]
print("built", build_meta.build_sdist(out) if sys.argv[2] == "sdist" else build_meta.build_wheel(out))
"""


def _ignore(folder: str, names: list[str]) -> set[str]:
    return {n for n in names if n in _NOT_SOURCE or n.endswith((".egg-info", ".pyc", ".newslint-tmp"))}


def _env(**extra: str) -> dict[str, str]:
    # PYTHONDONTWRITEBYTECODE: its "byte-compiling is disabled" notice is not a warning;
    # PYTHONPATH would put a checkout before the installed copy
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")}
    env.update(PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1", PYTHONWARNINGS="always")
    env.update(extra)
    return env


def _build(source: Path, kind: str, out: Path) -> Path:
    process = subprocess.run(
        [sys.executable, "-c", _BUILD, str(out), kind], cwd=source, env=_env(),
        capture_output=True, text=True, timeout=120,
    )
    log = process.stdout + process.stderr
    assert process.returncode == 0, log
    # setuptools' deprecations and "absent from the `packages` configuration" are Python
    # warnings; the manifest's "no files found matching" notes are "warning:" lines
    noise = [line for line in log.splitlines() if "warning" in line.lower()]
    assert noise == [], "\n".join(noise)
    return out / log.split("built ")[-1].strip()


def _venv(where: Path) -> Path:
    """A venv without pip whose site-packages also sees this environment's (for the dependencies)."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(where)], check=True, timeout=60)
    python = where / "bin" / "python"
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    # a plain path line: this environment's own .pth files (the editable install) are not run
    Path(site, "zz_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return python


def _install_and_run(wheel: Path, where: Path, tmp_path: Path) -> None:
    python = _venv(where)
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "-q", str(wheel)],
        check=True, env=_env(), timeout=120,
    )
    newslint = where / "bin" / "newslint"
    # from tmp_path: `python -c` puts the working folder first on sys.path
    env = _env(NEWSLINT_CACHE_DIR=str(tmp_path / "cache"), PYTHONWARNINGS="default")
    located = subprocess.run([python, "-c", "import newslint; print(newslint.__file__)"], capture_output=True, text=True, check=True, cwd=tmp_path, env=env)
    assert Path(located.stdout.strip()).is_relative_to(where), located.stdout  # the installed copy, not the checkout
    version = subprocess.run([newslint, "--version"], capture_output=True, text=True, timeout=60, cwd=tmp_path, env=env)
    assert version.returncode == 0 and version.stdout.startswith("newslint, version "), version.stdout + version.stderr
    story = tmp_path / "story.md"
    shutil.copy(ROOT / "examples" / "wire-leftovers.md", story)
    check = subprocess.run([newslint, "check", "--no-config", str(story)], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert check.returncode == 1, check.stdout + check.stderr  # the wire leftovers are errors
    assert "artifact/" in check.stdout and "Traceback" not in check.stderr
    # the YAML packs are installed as newslint/packs and load
    rules = subprocess.run([newslint, "rules"], capture_output=True, text=True, timeout=60, cwd=tmp_path, env=env)
    assert rules.returncode == 0 and "wording/tortured-phrases" in rules.stdout, rules.stderr


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path, Path]:
    """(copy of the project, sdist, wheel)."""
    base = tmp_path_factory.mktemp("packaging")
    source = base / "source"
    shutil.copytree(ROOT, source, ignore=_ignore, symlinks=True)
    out = base / "dist"
    return source, _build(source, "sdist", out), _build(source, "wheel", out)


def test_sdist_is_the_complete_source(built):
    source, sdist, _ = built
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    missing = [name for name in _SHIPPED_FILES if name not in names]
    for folder in _SHIPPED_FOLDERS:
        for path in (source / folder).rglob("*"):
            if path.is_file() and not _ignore("", list(path.relative_to(source).parts)):
                relative = path.relative_to(source).as_posix()
                if relative not in names:
                    missing.append(relative)
    assert missing == [], f"left out of the sdist (add the extension to MANIFEST.in): {missing}"
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_wheel_metadata(built):
    _, _, wheel = built
    with zipfile.ZipFile(wheel) as archive:
        files = archive.namelist()
        info = next(n for n in files if n.endswith(".dist-info/METADATA"))
        metadata = email.message_from_bytes(archive.read(info))
    assert metadata["License-Expression"] == "Apache-2.0"
    licence_files = metadata.get_all("License-File")
    assert "LICENSE" in licence_files and any("lexicon/" in f for f in licence_files), licence_files
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in files)
    classifiers = metadata.get_all("Classifier")
    assert not [c for c in classifiers if c.startswith("License ::")]  # PEP 639: the expression says it
    assert "Programming Language :: Python :: 3.11" in classifiers
    assert {url.split(",")[0] for url in metadata.get_all("Project-URL")} >= {"Homepage", "Issues", "Changelog"}
    assert "newslint/packs/wording/tortured-phrases.yaml" in files
    assert not [n for n in files if n.startswith(("tests/", "benchmarks/")) or n.endswith(".pyc")]


def test_wheel_installs_and_runs(built, tmp_path):
    _, _, wheel = built
    _install_and_run(wheel, tmp_path / "venv", tmp_path)


def test_sdist_builds_a_wheel_that_installs_and_runs(built, tmp_path):
    """What pip does with the sdist: unpack, build a wheel (without warnings), install it."""
    _, sdist, _ = built
    with tarfile.open(sdist) as archive:
        archive.extractall(tmp_path / "unpacked", filter="data")
    unpacked = next((tmp_path / "unpacked").iterdir())
    wheel = _build(unpacked, "wheel", tmp_path / "dist")
    _install_and_run(wheel, tmp_path / "venv", tmp_path)
