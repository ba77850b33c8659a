"""Bad input gets a clear message, never a traceback, and never stops the other files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import WIRE_SEED, requires_seeds, run_cli

SELECT = ("--no-config", "--select", "grammar/repeated-word,metadata")
GOOD = "Headline\nWe met the the team.\n"


def run(*args, cwd=None):
    process = run_cli("check", *SELECT, "--format", "json", *args, cwd=cwd)
    err = process.stderr.decode()
    assert "Traceback" not in err
    return process, json.loads(process.stdout) if process.stdout else None, err


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def assert_good_file_still_linted(data, good: Path):
    assert any(f["path"] == str(good) and f["rule"] == "grammar/repeated-word" for f in data["findings"])


def test_missing_path(tmp_path, good):
    process, data, err = run(str(tmp_path / "nope.txt"), str(good))
    assert process.returncode == 2
    assert f"{tmp_path / 'nope.txt'}: no such file or directory" in err
    assert_good_file_still_linted(data, good)


def test_directory_without_articles(tmp_path, good):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.py").write_text("x = 1\n")
    process, data, err = run(str(empty), str(good))
    assert process.returncode == 2
    assert "no articles (.txt, .md, .html) found in this directory" in err
    assert_good_file_still_linted(data, good)


def test_empty_file_is_fine(tmp_path):
    empty = tmp_path / "empty.md"
    empty.write_text("")
    process, data, err = run(str(empty))
    assert process.returncode == 0 and data["findings"] == [] and err == ""


def test_binary_file_is_skipped_with_a_message(tmp_path, good):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    process, data, err = run(str(binary), str(good))
    assert process.returncode == 2
    assert f"{binary}: skipped: binary file" in err
    assert_good_file_still_linted(data, good)


def test_bytes_that_are_not_utf8_are_reported_with_their_position_and_the_rest_is_linted(tmp_path, good):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Headline\nThe fee is \u00a3300 for the the year.\n".encode("latin-1"))
    process, data, err = run(str(latin), str(good))
    ours = [(f["rule"], f["line"], f["column"]) for f in data["findings"] if f["path"] == str(latin)]
    assert ("metadata/unreadable-encoding", 2, 12) in ours
    assert ("grammar/repeated-word", 2, 21) in ours  # still linted
    message = next(f["message"] for f in data["findings"] if f["rule"] == "metadata/unreadable-encoding")
    assert message == "byte 0xa3 at byte offset 20 is not valid UTF-8"
    assert_good_file_still_linted(data, good)
    assert process.returncode == 1


def test_declared_charset_is_used(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes('<meta charset="windows-1252"><p>Caf\u00e9 \u2013 the the bar</p>'.encode("cp1252"))
    process, data, err = run(str(page))
    assert [(f["rule"], f["line"], f["column"]) for f in data["findings"]] == [("grammar/repeated-word", 1, 40)]


def test_utf16_with_bom(tmp_path):
    page = tmp_path / "story.txt"
    page.write_bytes("Headline\nWe met the the team.\n".encode("utf-16"))
    process, data, err = run(str(page))
    assert [(f["rule"], f["line"], f["column"]) for f in data["findings"]] == [("grammar/repeated-word", 2, 8)]


def test_file_over_the_size_limit_is_skipped(tmp_path, good):
    big = tmp_path / "big.txt"
    big.write_text("Headline\n" + "word " * 300_000, encoding="utf-8")
    process, data, err = run("--max-file-size", "1MB", str(big), str(good))
    assert process.returncode == 2
    assert f"{big}: skipped: 1.5MB is over the 1MB limit (max-file-size)" in err
    assert_good_file_still_linted(data, good)


def test_a_50_mb_file_is_skipped_by_default(tmp_path):
    big = tmp_path / "huge.md"
    with big.open("w", encoding="utf-8") as stream:
        stream.write("# Headline\n\n")
        chunk = "Sentence number one goes here. " * 1000 + "\n\n"
        while stream.tell() < 50 * 1024 * 1024:
            stream.write(chunk)
    process, data, err = run(str(big))
    assert process.returncode == 2
    assert "is over the 10MB limit (max-file-size)" in err


@requires_seeds
def test_seed_004_reports_invalid_front_matter_at_its_line_and_lints_the_body(tmp_path):
    seed = WIRE_SEED
    body = seed.read_text(encoding="utf-8")
    assert "\t\t" in body  # the crawler's tab-indented author value
    process, data, err = run(str(seed))
    front = [f for f in data["findings"] if f["rule"] == "metadata/invalid-front-matter"]
    # line 7 holds only tabs: the finding is on the first line they visibly indent, at its first tab
    assert [(f["line"], f["column"]) for f in front] == [(8, 1)]
    assert front[0]["message"].startswith("a tab character indents this line")
    assert data["files"][0]["words"] > 500  # the body was read


def test_malformed_html(tmp_path):
    page = tmp_path / "broken.html"
    page.write_text("<html><body><p>Unclosed <b>the the bold</i></div><p>More", encoding="utf-8")
    process, data, err = run(str(page))
    assert [(f["rule"], f["line"], f["column"]) for f in data["findings"]] == [("grammar/repeated-word", 1, 28)]


def test_broken_rule_pack_names_file_and_line_and_other_rules_still_run(tmp_path):
    pack = tmp_path / "pack" / "wording"
    pack.mkdir(parents=True)
    (pack / "broken.yaml").write_text("kind: existence\nsummary: x\nrationale: y\ntokens: [a\n", encoding="utf-8")
    (pack / "odd-kind.yaml").write_text("kind: magic\nsummary: x\nrationale: y\n", encoding="utf-8")
    (pack / "bad-regex.yaml").write_text(
        "kind: existence\nsummary: x\nrationale: y\npatterns:\n  - 'fine'\n  - '(unclosed'\n", encoding="utf-8"
    )
    (tmp_path / ".newslint.yaml").write_text("rule-dirs: [pack]\nselect: [grammar/repeated-word]\n", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(GOOD, encoding="utf-8")
    process = run_cli("check", "--format", "json", str(story))
    err = process.stderr.decode()
    assert process.returncode == 2
    assert f"{pack / 'broken.yaml'}:5: not valid YAML" in err
    assert f"{pack / 'odd-kind.yaml'}:1: unknown rule kind 'magic'" in err
    assert f"{pack / 'bad-regex.yaml'}:6: bad regular expression '(unclosed'" in err
    assert [f["rule"] for f in json.loads(process.stdout)["findings"]] == ["grammar/repeated-word"]
    assert "Traceback" not in err


def test_a_rule_that_crashes_is_reported_and_the_others_run(tmp_path, monkeypatch):
    from newslint.config import Selection
    from newslint.engine.registry import load_registry
    from newslint.engine.runner import Linter

    rule = load_registry(()).rules["punctuation/missing-space-after-comma"]
    monkeypatch.setattr(type(rule), "check", lambda self, doc, ctx: 1 / 0)
    linter = Linter(cli_selection=Selection(select=["grammar/repeated-word", "punctuation"]))
    result = linter.lint_text("story.txt", "Headline\nWe met the the team,she said.\n")
    assert [f.rule for f in result.findings] == ["grammar/repeated-word"]
    assert result.errors == [
        "story.txt: rule punctuation/missing-space-after-comma failed: ZeroDivisionError: division by zero (other rules still ran)"
    ]
