"""Small things a user trips on (issue 10): --statistics, front-matter messages, the cache's
bound and `newslint clean`, the pre-commit hook's batching. Each through the command line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from helpers import ROOT, run_cli

TWO_SLIPS = "# Officials meet\n\nThe minister met the the delegation. And and then it ended.\n"
CLEAN = "# Officials meet\n\nThe minister met the delegation on Monday, officials said.\n"


def _lines(process) -> list[str]:
    return process.stdout.decode().splitlines()


def _one_error_line(process) -> str:
    err = process.stderr.decode()
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    return lines[0]


# -- --statistics ------------------------------------------------------------------------


def test_statistics_prints_only_the_table(tmp_path):
    story = tmp_path / "story.md"
    story.write_text(TWO_SLIPS, encoding="utf-8")
    process = run_cli("check", "--no-config", "--select", "grammar/repeated-word", "--statistics", str(story))
    assert process.returncode == 1
    assert _lines(process) == ["     2  error    grammar/repeated-word [*]", "[*] fixable with --fix"]


def test_statistics_of_a_clean_run_says_so(tmp_path):
    story = tmp_path / "story.md"
    story.write_text(CLEAN, encoding="utf-8")
    process = run_cli("check", "--no-config", "--select", "grammar/repeated-word", "--statistics", str(story))
    assert process.returncode == 0 and _lines(process) == ["No problems found in 1 file."]


def test_statistics_into_a_file_is_the_table_too(tmp_path):
    story, report = tmp_path / "story.md", tmp_path / "stats.txt"
    story.write_text(TWO_SLIPS, encoding="utf-8")
    run_cli("check", "--no-config", "--select", "grammar/repeated-word", "--statistics", "-o", str(report), str(story))
    assert report.read_text().splitlines() == ["     2  error    grammar/repeated-word [*]", "[*] fixable with --fix"]


# -- the pre-commit hook -----------------------------------------------------------------


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_pre_commit_hook_prints_one_summary_for_many_files(tmp_path):
    """pre-commit runs the hook as .pre-commit-hooks.yaml declares it (offline: as a local system
    hook on this environment's newslint). Without require_serial it would split 40 files into one
    batch per CPU, each newslint printing its own summary and starting its own workers."""
    hook = next(h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text()) if h["id"] == "newslint")
    assert hook["require_serial"] is True
    newslint = Path(sys.executable).parent / "newslint"
    local = {**hook, "language": "system", "entry": hook["entry"].replace("newslint", str(newslint), 1)}
    repo = tmp_path / "newsroom"
    repo.mkdir()
    _git(repo, "init", "-q")
    for index in range(40):
        (repo / f"story-{index:02d}.md").write_text(TWO_SLIPS if index in (3, 30) else CLEAN, encoding="utf-8")
    (repo / ".newslint.yaml").write_text("select: [grammar/repeated-word]\n", encoding="utf-8")
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local]}]}))
    _git(repo, "add", ".")
    env = {k: v for k, v in os.environ.items() if k != "PRE_COMMIT_NO_CONCURRENCY"}
    env.update(PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"), NEWSLINT_CACHE_DIR=str(tmp_path / "cache"))
    process = subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "newslint", "--all-files", "--verbose"],
        cwd=repo, capture_output=True, text=True, env=env, timeout=300,
    )
    output = process.stdout + process.stderr
    assert process.returncode == 1, output
    summaries = [line for line in output.splitlines() if line.startswith(("Found ", "No problems found"))]
    assert summaries == ["Found 4 problems (4 error, 0 warning, 0 info) in 2 of 40 files."], output


# -- metadata/invalid-front-matter in plain words, at a line the editor can see ------------

BODY = "\n\nTalks resumed on Monday, officials said.\n"


@pytest.mark.parametrize(
    "front,line,column,message",
    [
        # the crawler's shape (seed 004): a line of only tabs, then a tab-indented value
        ("title: Talks\nauthor:\n\t\t\n\t\tJane Doe", 5, 1,
         "a tab character indents this line: front matter must be indented with spaces, or write the value on one line after 'author:'"),
        ("title: Talks resume: a deal at last", 2, 20,
         """a colon inside the value of 'title': put the value in quotes (title: "Talks resume: a deal at last")"""),
        ("title: Talks\n  author: Jane Doe", 3, 3, "this line is indented more than the key above it"),
        ('title: "Talks resume\nauthor: Jane Doe', 2, 8, "a quotation mark opens a value and is never closed"),
        ("title: Talks\nauthor Jane Doe\ndate: 2026-01-01", 3, 1, "this line has no colon: write each line as 'key: value'"),
        ('title: "Talks" resume', 2, 16, "text after the closing quotation mark"),
        ("title: @Talks", 2, 8, "a value cannot start with '@': put the value in quotes"),
        ("tags: [a, b\ntitle: x", 2, 7, "a list opened with '[' is not closed with ']'"),
        ("title:\tTalks", 2, 7, "a tab character after 'title:': put a space between a key and its value"),
        ("title: Talks\nauthor: *jane", 3, 9, "a value cannot start with '*'"),
    ],
)
def test_front_matter_error_in_plain_words(tmp_path, front, line, column, message):
    story = tmp_path / "story.md"
    story.write_text(f"---\n{front}\n---{BODY}", encoding="utf-8")
    process = run_cli("check", "--no-config", "--select", "metadata/invalid-front-matter", "-q", str(story))
    found = _lines(process)
    assert len(found) == 1 and found[0].startswith(f"{story}:{line}:{column}: error metadata/invalid-front-matter {message}"), found


def test_config_yaml_error_in_plain_words(tmp_path):
    config = tmp_path / ".newslint.yaml"
    config.write_text("select: [grammar\n", encoding="utf-8")
    story = tmp_path / "story.md"
    story.write_text(CLEAN, encoding="utf-8")
    process = run_cli("check", str(story))
    assert process.returncode == 2
    assert _one_error_line(process) == (
        f"newslint: error: {config}:2: not valid YAML: a list opened with '[' is not closed with ']' "
        "(to keep the brackets as text, put the value in quotes) (line 1)"
    )


# -- the cache: a size bound, and `newslint clean` ------------------------------------------


def _cache_bytes(cache: Path) -> int:
    return sum(p.stat().st_size for p in cache.rglob("*.json"))


def test_cache_stays_within_its_bound(tmp_path):
    stories = tmp_path / "stories"
    stories.mkdir()
    for index in range(40):
        (stories / f"story-{index:02d}.md").write_text(TWO_SLIPS.replace("Monday", f"day {index}"), encoding="utf-8")
    cache = tmp_path / "cache"
    env = {**os.environ, "NEWSLINT_CACHE_MAX_SIZE": "4KB"}
    args = ("check", "--no-config", "--select", "grammar/repeated-word", "-j", "1", "--cache-dir", str(cache), str(stories))
    process = run_cli(*args, env=env)
    assert process.returncode == 1, process.stderr
    entries = list(cache.rglob("*.json"))
    largest = max(p.stat().st_size for p in entries)
    assert len(entries) < 40 and _cache_bytes(cache) <= 4000 + 400 + largest  # bound + a tenth between checks + one entry
    # without the bound every result is kept
    unbounded = tmp_path / "unbounded"
    run_cli(*args[:-2], str(unbounded), str(stories))
    assert len(list(unbounded.rglob("*.json"))) == 40


def test_cache_bound_that_is_not_a_size(tmp_path):
    story = tmp_path / "story.md"
    story.write_text(CLEAN, encoding="utf-8")
    env = {**os.environ, "NEWSLINT_CACHE_MAX_SIZE": "lots"}
    process = run_cli("check", "--no-config", "--cache-dir", str(tmp_path / "cache"), str(story), env=env)
    assert process.returncode == 2
    assert _one_error_line(process) == "newslint: error: NEWSLINT_CACHE_MAX_SIZE must be a size such as 200MB, not 'lots'"


def test_cache_evicts_the_least_recently_used(tmp_path):
    from newslint.engine.cache import ResultCache

    cache = ResultCache(tmp_path / "cache", max_size=10**9)
    payload = {"findings": [], "words": 1, "metrics": {"padding": "x" * 1000}}
    keys = [cache.key(name) for name in ("first", "second", "third")]
    for age, key in zip((300, 200, 100), keys):  # written long ago, oldest first
        cache.store(key, payload)
        os.utime(cache._path(key), (os.path.getmtime(cache._path(key)) - age,) * 2)
    assert cache.load(keys[0]) is not None  # read now: the most recently used
    cache.max_size = 3000  # under three entries: one goes (eviction stops at 80%, two fit)
    assert cache.prune() > 0
    assert [cache.load(key) is not None for key in keys] == [True, False, True]


def test_clean_removes_the_cache(tmp_path):
    story = tmp_path / "story.md"
    story.write_text(TWO_SLIPS, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "NEWSLINT_CACHE_DIR"}  # the default: .newslint_cache here
    run_cli("check", "--no-config", "--select", "grammar/repeated-word", str(story), cwd=tmp_path, env=env)
    assert (tmp_path / ".newslint_cache").is_dir()
    process = run_cli("clean", cwd=tmp_path, env=env)
    assert process.returncode == 0 and _lines(process)[0].startswith("Removed .newslint_cache (")
    assert not (tmp_path / ".newslint_cache").exists()
    again = run_cli("clean", cwd=tmp_path, env=env)
    assert again.returncode == 0 and _lines(again) == ["No cache at .newslint_cache."]


def test_clean_removes_the_cache_a_config_names(tmp_path):
    story = tmp_path / "story.md"
    story.write_text(TWO_SLIPS, encoding="utf-8")
    config = tmp_path / "newslint.yaml"
    config.write_text("cache-dir: build/lint-cache\nselect: [grammar/repeated-word]\n", encoding="utf-8")
    run_cli("check", "--config", str(config), str(story), cwd=tmp_path)
    assert (tmp_path / "build" / "lint-cache").is_dir()
    process = run_cli("clean", "--config", str(config), cwd=tmp_path)
    assert process.returncode == 0, process.stderr
    assert not (tmp_path / "build" / "lint-cache").exists() and (tmp_path / "build").is_dir()


def test_clean_refuses_a_folder_that_is_not_a_cache(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "draft.md").write_text("Keep me.\n", encoding="utf-8")
    process = run_cli("clean", "--cache-dir", str(notes))
    assert process.returncode == 2
    assert _one_error_line(process) == f"newslint: error: {notes} does not look like a newslint cache (it holds draft.md): not removed"
    assert (notes / "draft.md").exists()
