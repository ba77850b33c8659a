"""Parallel batches, the result cache, JSON Lines collections and the Dask mode."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from helpers import run_cli
from newslint.engine.cache import SCHEMA

SELECT = ("--no-config", "--select", "grammar/repeated-word,punctuation/missing-space-after-comma")


def make_articles(directory: Path, count: int) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        slip = "the the" if i % 3 == 0 else "the"
        comma = "Monday,officials" if i % 4 == 0 else "Monday, officials"
        (directory / f"story-{i:03d}.txt").write_text(
            f"Story {i}\nThe minister met {slip} delegation on {comma} said.\nTalks ended.\n", encoding="utf-8"
        )


def cli(*args, cwd=None, env_extra=None):
    env = {**os.environ, **(env_extra or {})}
    return run_cli("check", *SELECT, *args, cwd=cwd, env=env)


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif", "junit"])
def test_jobs_give_byte_identical_output(tmp_path, fmt):
    make_articles(tmp_path / "desk", 40)
    one = cli("--format", fmt, "--jobs", "1", "--no-cache", "desk", cwd=tmp_path)
    two = cli("--format", fmt, "--jobs", "2", "--no-cache", "desk", cwd=tmp_path)
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    assert one.stdout.count(b"repeated-word") >= (10 if fmt == "github" else 14)  # github: at most 10 errors a step


def test_progress_counter_only_on_a_terminal(tmp_path):
    make_articles(tmp_path / "desk", 60)
    process = cli("--jobs", "2", "--no-cache", "desk", cwd=tmp_path)
    assert b"articles," not in process.stderr  # stderr is a pipe here: no progress line


def test_fix_with_jobs_writes_every_file(tmp_path):
    make_articles(tmp_path / "desk", 12)
    process = cli("--fix", "--jobs", "2", "--no-cache", "desk", cwd=tmp_path)
    assert process.returncode == 0, process.stdout.decode()
    for path in (tmp_path / "desk").iterdir():
        text = path.read_text(encoding="utf-8")
        assert "the the" not in text and "Monday,officials" not in text


# -- cache --------------------------------------------------------------------------------------


def test_cache_reuses_results_and_notices_changes(tmp_path):
    make_articles(tmp_path / "desk", 6)
    cache = tmp_path / "cache"
    first = cli("--format", "json", "--cache-dir", str(cache), "desk", cwd=tmp_path)
    entries = list(cache.rglob("*.json"))
    assert len(entries) == 6
    assert (cache / ".gitignore").read_text().strip().endswith("*")
    second = cli("--format", "json", "--cache-dir", str(cache), "desk", cwd=tmp_path)
    assert first.stdout == second.stdout
    # an edited article is linted again; the others come from the cache
    story = tmp_path / "desk" / "story-001.txt"
    story.write_text("Story 1\nA brand new slip slip here.\n", encoding="utf-8")
    third = json.loads(cli("--format", "json", "--cache-dir", str(cache), "desk", cwd=tmp_path).stdout)
    assert any(f["path"].endswith("story-001.txt") and f["message"] == "'slip' is repeated" for f in third["findings"])
    assert len(list(cache.rglob("*.json"))) == 7


def test_cache_key_includes_the_rules_and_their_settings(tmp_path):
    make_articles(tmp_path / "desk", 3)
    cache = tmp_path / "cache"
    cli("--cache-dir", str(cache), "desk", cwd=tmp_path)
    data = json.loads(cli("--format", "json", "--cache-dir", str(cache), "--severity", "grammar=info", "desk", cwd=tmp_path).stdout)
    assert {f["severity"] for f in data["findings"] if f["rule"] == "grammar/repeated-word"} == {"info"}


def test_corrupt_cache_entries_are_ignored_and_rewritten(tmp_path):
    make_articles(tmp_path / "desk", 3)
    cache = tmp_path / "cache"
    expected = cli("--format", "json", "--cache-dir", str(cache), "desk", cwd=tmp_path).stdout
    for entry in cache.rglob("*.json"):
        entry.write_text("{corrupt", encoding="utf-8")
    again = cli("--format", "json", "--cache-dir", str(cache), "desk", cwd=tmp_path)
    assert again.stdout == expected and again.returncode == 1
    assert all(json.loads(e.read_text())["schema"] == SCHEMA for e in cache.rglob("*.json"))


def test_no_cache_writes_nothing(tmp_path):
    make_articles(tmp_path / "desk", 3)
    cli("--no-cache", "desk", cwd=tmp_path, env_extra={"NEWSLINT_CACHE_DIR": str(tmp_path / "cache")})
    assert not (tmp_path / "cache").exists()


def test_two_runs_sharing_one_cache_at_once(tmp_path):
    import subprocess
    import sys

    make_articles(tmp_path / "desk", 30)
    cache = tmp_path / "cache"
    command = [sys.executable, "-m", "newslint", "check", *SELECT, "--format", "json", "--cache-dir", str(cache), "--jobs", "2", "desk"]
    runs = [subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert outputs[0][0] == outputs[1][0]
    assert all(run.returncode == 1 for run in runs)
    assert not list(cache.rglob("*.tmp"))


# -- JSON Lines -----------------------------------------------------------------------------------


def test_jsonl_collection_reports_record_ids_and_positions_inside_the_text(tmp_path):
    archive = tmp_path / "archive.jsonl"
    records = [
        {"id": "a-1", "title": "First", "text": "Headline one\nWe met the the team."},
        {"id": "a-2", "title": "Second", "text": "Headline two\nAll fine here, officials said."},
        "not json at all",
        {"id": "a-4", "body": "no text field"},
        {"id": 5, "title": "Fifth", "text": "Headline five\n\nThey saw a a film,she said."},
    ]
    archive.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n", encoding="utf-8")
    process = cli("--format", "json", "--no-cache", "--jsonl-title-field", "title", str(archive))
    data = json.loads(process.stdout)
    found = [(f["record"], f["rule"], f["line"], f["column"]) for f in data["findings"]]
    assert found == [
        ("a-1", "grammar/repeated-word", 2, 8),
        ("5", "grammar/repeated-word", 3, 10),
        ("5", "punctuation/missing-space-after-comma", 3, 18),
    ]
    assert process.returncode == 2  # bad records are errors, reported with their line numbers
    err = process.stderr.decode()
    assert f"{archive}:3: skipped: not valid JSON" in err
    assert f"{archive}:4: skipped: no text field 'text'" in err
    text = cli("--no-cache", str(archive)).stdout.decode()
    # on the record's line of the file, naming the record and the place in its text
    assert f"{archive}:1:63: error grammar/repeated-word 'the' is repeated (record a-1, line 2, column 8 of its text)" in text


def test_jsonl_custom_fields(tmp_path):
    archive = tmp_path / "export.ndjson"
    archive.write_text(json.dumps({"uuid": "x9", "body": "Headline\nOne one two."}) + "\n", encoding="utf-8")
    data = json.loads(cli("--format", "json", "--no-cache", "--jsonl-text-field", "body", "--jsonl-id-field", "uuid", str(archive)).stdout)
    assert [(f["record"], f["line"], f["column"]) for f in data["findings"]] == [("x9", 2, 1)]


def test_jsonl_with_jobs_is_identical(tmp_path):
    archive = tmp_path / "archive.jsonl"
    with archive.open("w", encoding="utf-8") as stream:
        for i in range(50):
            stream.write(json.dumps({"id": i, "text": f"Headline {i}\nWe met {'the the' if i % 2 else 'the'} team."}) + "\n")
    one = cli("--no-cache", "--jobs", "1", str(archive))
    two = cli("--no-cache", "--jobs", "2", str(archive))
    assert one.stdout == two.stdout and one.stdout.count(b"repeated-word") == 25


# -- Dask -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dask_cluster():
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    yield cluster
    cluster.close()


@pytest.mark.allow_network  # a cluster of local worker processes talking over 127.0.0.1
def test_dask_bag_gives_the_same_findings_as_a_local_run(tmp_path, dask_cluster):
    import dask.bag as db
    from distributed import Client

    from newslint import lint_paths
    from newslint.distributed import lint_bag, summarize

    make_articles(tmp_path / "desk", 20)
    paths = sorted(str(p) for p in (tmp_path / "desk").iterdir())
    local = lint_paths(paths, select=["grammar/repeated-word", "punctuation"])
    with Client(dask_cluster):
        bag = db.from_sequence(paths, npartitions=4)
        results = lint_bag(bag, select=["grammar/repeated-word", "punctuation"])
        remote = results.compute()
        summary = summarize(results)
    assert [r["findings"] for r in remote] == [[f.to_dict() for f in r.findings] for r in local]
    assert summary["articles"] == 20
    assert summary["by_rule"] == {"grammar/repeated-word": 7, "punctuation/missing-space-after-comma": 5}
    assert summary["by_category"] == {"grammar": 7, "punctuation": 5}
    assert summary["articles_with_error_findings"] == 7


@pytest.mark.allow_network
def test_dask_scheduler_option_on_the_command_line(tmp_path, dask_cluster):
    make_articles(tmp_path / "desk", 20)
    local = cli("--format", "json", "--no-cache", "desk", cwd=tmp_path)
    remote = cli("--format", "json", "--no-cache", "--dask-scheduler", dask_cluster.scheduler_address, "desk", cwd=tmp_path)
    assert remote.returncode == local.returncode == 1, remote.stderr.decode()
    assert remote.stdout == local.stdout


def test_one_job_reads_a_collection_lazily():
    """With --jobs 1 an archive's records are read as they are linted, not all first (a JSON
    Lines file of millions of records must never sit in memory)."""
    from newslint.batch import Article, RunOptions, lint_all
    from newslint.engine.selection import Selection

    pulled = []

    def records():
        for i in range(200):
            pulled.append(i)
            yield Article("desk.jsonl", record=str(i), text=f"Record {i}.\n\nThe the minister spoke.\n")

    options = RunOptions(use_config_files=False, selection=Selection(select=["grammar/repeated-word"]))
    results = lint_all(records(), options, jobs=1)
    first = next(results)
    assert first.findings and first.findings[0].rule == "grammar/repeated-word"
    assert len(pulled) < 200  # a bounded look-ahead, not the whole archive
    assert len(list(results)) == 199
