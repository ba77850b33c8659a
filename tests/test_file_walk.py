"""Which files a directory walk lints: .gitignore and .ignore as git reads them, the config's
exclude, never newslint's own data, never a file symlink out of the tree."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from helpers import ROOT, run_cli

SLIP = "Headline\n\nWe met the the team.\n"
SELECT = ("--no-cache", "--select", "grammar/repeated-word", "--format", "json")


def linted(*args, cwd: Path):
    process = run_cli("check", *SELECT, *args, cwd=cwd)
    err = process.stderr.decode()
    assert "Traceback" not in err, err
    report = json.loads(process.stdout) if process.stdout else {"findings": []}
    return process, sorted({f["path"] for f in report["findings"]}), err


def write(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(SLIP)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / ".git").mkdir(parents=True)
    (root / ".gitignore").write_text("build/\n*.tmp.md\n/news/sub/private.md\n!keep.tmp.md\n# a comment\n")
    (root / "news" / ".ignore").parent.mkdir(parents=True)
    (root / "news" / ".ignore").write_text("skip-me.md\n")
    write(root, "news/b.md", "news/sub/private.md", "news/sub/ok.md", "news/skip-me.md", "build/c.md", "news/x.tmp.md", "news/keep.tmp.md", "drafts/a.md")
    return root


def test_gitignore_and_ignore_are_respected(repo):
    process, paths, err = linted(".", cwd=repo)
    assert [p.removeprefix("./") for p in paths] == ["drafts/a.md", "news/b.md", "news/keep.tmp.md", "news/sub/ok.md"]


def test_gitignore_of_the_repository_applies_below_a_named_folder(repo):
    process, paths, err = linted("news", cwd=repo)
    assert paths == ["news/b.md", "news/keep.tmp.md", "news/sub/ok.md"]


def test_no_respect_gitignore(repo):
    process, paths, err = linted("--no-respect-gitignore", "news", "build", cwd=repo)
    assert len(paths) == 7


def test_a_gitignore_outside_the_repository_does_not_count(tmp_path):
    (tmp_path / ".gitignore").write_text("*.md\n")  # a stray file in a shared parent folder
    root = tmp_path / "site"
    (root / ".git").mkdir(parents=True)
    write(root, "a.md")
    process, paths, err = linted(".", cwd=root)
    assert [Path(p).name for p in paths] == ["a.md"]


def test_named_files_are_linted_unless_force_exclude(repo):
    (repo / ".newslint.yaml").write_text("exclude: [drafts]\n")
    process, paths, err = linted("drafts/a.md", "build/c.md", "news/b.md", cwd=repo)
    assert paths == ["build/c.md", "drafts/a.md", "news/b.md"]
    process, paths, err = linted("--force-exclude", "drafts/a.md", "build/c.md", "news/b.md", cwd=repo)
    assert paths == ["news/b.md"] and process.returncode == 1 and err == ""


def test_an_excluded_folder_says_it_is_excluded(repo):
    (repo / ".newslint.yaml").write_text("exclude: [drafts]\n")
    process, paths, err = linted("drafts", "news/b.md", cwd=repo)
    assert process.returncode == 2 and paths == ["news/b.md"]
    [line] = err.splitlines()
    assert line.startswith("newslint: error: drafts: not linted: the folder is excluded (by 'exclude' in ")
    assert "no articles" not in err


def test_a_folder_whose_articles_are_all_ignored_says_so(repo):
    process, paths, err = linted("build/..", "--no-respect-gitignore", cwd=repo)  # sanity: they exist
    assert "build/../build/c.md" in paths
    (repo / "only").mkdir()
    write(repo, "only/x.tmp.md")
    process, paths, err = linted("only", cwd=repo)
    assert process.returncode == 2
    [line] = err.splitlines()
    assert "every article in this folder is excluded (1 ignored by .gitignore/.ignore" in line


def test_newslint_package_data_is_never_linted():
    from newslint.files import collect_files

    files, problems = collect_files([str(ROOT)], collections=True, respect_gitignore=False)
    package = str(ROOT / "newslint") + os.sep
    assert files and not [f for f in files if f.startswith(package) or ".egg-info" in f]
    files, problems = collect_files([str(ROOT / "newslint" / "data")])
    assert files == [] and "newslint's own package data" in problems[0].message


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX symlinks")
def test_file_symlink_out_of_the_tree_is_not_followed(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("Headline\n\nThe password is the the swordfish.\n")
    root = tmp_path / "site"
    write(root, "story.md", "inner/real.md")
    (root / "leak.txt").symlink_to(secret)
    (root / "inner" / "alias.md").symlink_to(root / "inner" / "real.md")  # inside the tree: fine
    process, paths, err = linted(".", cwd=root)
    assert sorted(p.removeprefix("./") for p in paths) == ["inner/alias.md", "inner/real.md", "story.md"]
    assert process.returncode == 1  # a warning, not a failure
    [line] = err.splitlines()
    assert line.startswith("newslint: warning: ") and "leak.txt: skipped: a symlink to a file outside the folder" in line
    assert "swordfish" not in process.stdout.decode()
    process, paths, err = linted("leak.txt", cwd=root)  # named: refused as well
    assert process.returncode == 2 and paths == [] and "outside this folder" in err


@pytest.mark.parametrize(
    "pattern, path, is_dir, ignored",
    [
        ("*.md", "a/b/c.md", False, True),
        ("/top.md", "top.md", False, True),
        ("/top.md", "a/top.md", False, False),
        ("build/", "build", True, True),
        ("build/", "build", False, False),
        ("a/**/z.md", "a/z.md", False, True),
        ("a/**/z.md", "a/b/c/z.md", False, True),
        ("logs/**", "logs/x/y.md", False, True),
        ("**/deep.md", "x/y/deep.md", False, True),
        ("d?.md", "d1.md", False, True),
        ("d[0-9].md", "dx.md", False, False),
        ("\\#hash.md", "#hash.md", False, True),
        ("a/*.md", "a/b/c.md", False, False),
    ],
)
def test_gitignore_patterns(tmp_path, pattern, path, is_dir, ignored):
    from newslint.ignorefiles import IgnoreRules

    (tmp_path / ".gitignore").write_text(pattern + "\n")
    rules = IgnoreRules().entering(str(tmp_path))
    assert (rules.match(str(tmp_path / path), is_dir) is not None) == ignored
