"""Failures that are not findings: exit 2, one clear line on stderr, never a traceback, other files still done."""

from __future__ import annotations

import json
import os
import stat
import sys
import time
from pathlib import Path

import pytest

from helpers import run_cli

SELECT = ("--no-config", "--no-cache", "--select", "grammar/repeated-word,unicode")
SLIP = "Headline\n\nWe met the the team.\n"


def check(*args, env=None, cwd=None):
    process = run_cli("check", *SELECT, *args, env=env, cwd=cwd)
    err = process.stderr.decode()
    assert "Traceback" not in err, err
    return process, err


def error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("newslint: error:")]


def one_error(err: str) -> str:
    lines = error_lines(err)
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture
def slip(tmp_path: Path) -> Path:
    path = tmp_path / "slip.txt"
    path.write_text(SLIP, encoding="utf-8")
    return path


# -- encodings: WHATWG labels, fixes the file's encoding cannot hold -----------------------------


def _page(body: bytes, charset: str = "iso-8859-1") -> bytes:
    return b'<html><head><meta charset="' + charset.encode() + b'"><title>Visit</title></head><body><p>' + body + b"</p></body></html>"


def test_iso_8859_1_page_is_read_as_windows_1252_and_fixed(tmp_path, slip):
    page = tmp_path / "page.html"
    page.write_bytes(_page(b"It\x92s the the best caf\xe9 in town, \x93they\x94 say."))
    process, err = check("--format", "json", str(page))
    rules = [f["rule"] for f in json.loads(process.stdout)["findings"]]
    assert "unicode/mojibake" not in rules  # a browser shows ’ “ ”: so do we
    assert rules == ["grammar/repeated-word"]
    process, err = check("--fix", str(page), str(slip))
    assert process.returncode == 0, err
    assert page.read_bytes() == _page(b"It\x92s the best caf\xe9 in town, \x93they\x94 say.")  # still windows-1252
    assert slip.read_text() == "Headline\n\nWe met the team.\n"


def test_fix_the_encoding_cannot_hold_is_skipped_with_a_message(tmp_path, slip):
    page = tmp_path / "page.html"
    # mojibake of '→' (not in windows-1252) and a repeated word, in a page declared latin1
    page.write_bytes(_page(b"Open 9am \xe2\x86\x92 5pm, the the caf\xe9 said.", "latin1"))
    process, err = check("--fix", str(page), str(slip))
    assert process.returncode == 1  # the mojibake finding stays; it is the only one left
    warnings = [line for line in err.splitlines() if line.startswith("newslint: warning:")]
    assert len(warnings) == 1 and "fix not applied: '→' cannot be written in windows-1252" in warnings[0], err
    assert error_lines(err) == []
    assert page.read_bytes() == _page(b"Open 9am \xe2\x86\x92 5pm, the caf\xe9 said.", "latin1")
    assert slip.read_text() == "Headline\n\nWe met the team.\n"  # the file after it was fixed too


def test_whatwg_labels_round_trip_c1_holes():
    from newslint.frontends.decoding import decode, encode

    data = _page(b"x\x81y caf\xe9", "ASCII")  # 0x81 is undefined in Python's cp1252, U+0081 for browsers
    decoded = decode(data)
    assert decoded.encoding == "windows-1252" and "x\x81y café" in decoded.text
    assert encode(decoded.text, decoded) == data


# -- the report and the cluster ------------------------------------------------------------------


def test_output_file_in_a_missing_directory(tmp_path, slip):
    process, err = check("-o", str(tmp_path / "nowhere" / "x.json"), "--format", "json", str(slip))
    assert process.returncode == 2
    assert "cannot write the report" in one_error(err) and "nowhere" in one_error(err)


def test_baseline_written_to_a_missing_directory(tmp_path, slip):
    process, err = check("--write-baseline", str(tmp_path / "nowhere" / "known.json"), str(slip))
    assert process.returncode == 2
    assert "cannot write the baseline" in one_error(err)


def test_report_file_in_a_missing_directory_still_writes_the_main_report(tmp_path, slip):
    process, err = check("--format", "json", "--report", f"sarif={tmp_path / 'nowhere' / 'x.sarif'}", str(slip))
    assert process.returncode == 2
    assert "cannot write report" in one_error(err)
    assert json.loads(process.stdout)["findings"][0]["rule"] == "grammar/repeated-word"


def test_dask_scheduler_without_the_extra(tmp_path, slip):
    fake = tmp_path / "site" / "dask"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('No module named dask')\n")
    env = {**os.environ, "PYTHONPATH": str(fake.parent)}
    process, err = check("--dask-scheduler", "tcp://127.0.0.1:1", str(slip), env=env)
    assert process.returncode == 2
    assert "pip install 'newslint[dask]'" in one_error(err)


def test_unreachable_scheduler(slip):
    pytest.importorskip("dask.distributed")
    env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"}
    started = time.monotonic()
    process, err = check("--dask-scheduler", "tcp://127.0.0.1:1", str(slip), env=env)
    assert process.returncode == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:1" in one_error(err)
    assert time.monotonic() - started < 60


# -- baselines, sizes, skipped files -------------------------------------------------------------


@pytest.mark.parametrize("content", ["{not json", '{"version": 1, "findings": [{"rule": "x"}]}', "[]"])
def test_broken_baseline_names_the_file(tmp_path, slip, content):
    baseline = tmp_path / "known.json"
    baseline.write_text(content)
    process, err = check("--baseline", str(baseline), str(slip))
    assert process.returncode == 2
    assert str(baseline) in one_error(err) and "baseline" in one_error(err)


def test_missing_baseline_names_the_file(tmp_path, slip):
    process, err = check("--baseline", str(tmp_path / "gone.json"), str(slip))
    assert process.returncode == 2
    assert f"cannot read the baseline {tmp_path / 'gone.json'}" in one_error(err)


@pytest.mark.parametrize("kind", ["missing", "binary", "oversize"])
def test_skipped_file_is_not_counted_as_linted(tmp_path, kind):
    clean = tmp_path / "clean.txt"
    clean.write_text("Headline\n\nWe met the team.\n")
    other = tmp_path / "other.txt"
    if kind == "binary":
        other.write_bytes(b"\x00\x01PNG" * 10)
    elif kind == "oversize":
        other.write_text("word " * 1000)
    process, err = check("--max-file-size", "1KB", str(clean), str(other))
    assert process.returncode == 2
    assert "No problems found in 1 file." in process.stdout.decode()  # the clean file only
    assert str(other) in one_error(err)
    process, err = check("--max-file-size", "1KB", "--format", "json", str(other))
    assert json.loads(process.stdout)["summary"]["files"] == 0


@pytest.mark.parametrize(
    "size, limit, shown",
    [
        (17, "5", "17 bytes is over the 5 bytes limit"),
        (2_500_000, "1MB", "2.5MB is over the 1MB limit"),
        (1_000_400, "1MB", "1,000,400 bytes is over the 1MB limit"),  # never "1.0MB is over the 1.0MB limit"
        (10_500_000, "10MB", "10.5MB is over the 10MB limit"),  # written as --max-file-size is
    ],
)
def test_size_message(tmp_path, size, limit, shown):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * size)
    process, err = check("--max-file-size", limit, str(big))
    assert process.returncode == 2
    assert one_error(err) == f"newslint: error: {big}: skipped: {shown} (max-file-size)"


def test_the_default_limit_is_the_10MB_the_help_states(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 10_200_000)
    process, err = check(str(big))
    assert one_error(err) == f"newslint: error: {big}: skipped: 10.2MB is over the 10MB limit (max-file-size)"
    assert "[default: 10MB]" in run_cli("check", "--help").stdout.decode()


def test_max_file_size_zero_is_refused(slip):
    process, err = check("--max-file-size", "0", str(slip))
    assert process.returncode == 2
    assert "--max-file-size must be more than 0" in one_error(err)


# -- files that are not regular files ------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_on_the_command_line_and_in_a_folder(tmp_path, slip):
    folder = tmp_path / "folder"
    folder.mkdir()
    os.mkfifo(folder / "pipe.md")
    (folder / "story.txt").write_text(SLIP)
    os.mkfifo(tmp_path / "named.md")
    process, err = check("--format", "json", str(tmp_path / "named.md"), str(folder), str(slip))  # timeout: 300 s
    assert process.returncode == 2
    assert one_error(err) == f"newslint: error: {tmp_path / 'named.md'}: skipped: not a regular file (a FIFO)"
    paths = {f["path"] for f in json.loads(process.stdout)["findings"]}
    assert paths == {str(folder / "story.txt"), str(slip)}


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_dev_zero_is_refused_not_read(slip):
    process, err = check("/dev/zero", str(slip))
    assert process.returncode == 2
    assert one_error(err) == "newslint: error: /dev/zero: skipped: not a regular file (a character device)"
    assert "grammar/repeated-word" in process.stdout.decode()


def test_read_is_bounded_when_the_size_lies(tmp_path):
    from newslint.files import Unreadable, read_article

    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 100)
    with pytest.raises(Unreadable, match="over the 50 bytes limit"):
        read_article(str(path), 50)
    assert read_article(str(path), 100) == b"x" * 100


# -- files newslint writes -----------------------------------------------------------------------


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_written_files_follow_the_umask(tmp_path, slip, umask_022):
    assert run_cli("init", str(tmp_path / "site")).returncode == 0
    check("--write-baseline", str(tmp_path / "known.json"), str(slip))
    check("--format", "json", "-o", str(tmp_path / "out.json"), "--report", f"sarif={tmp_path / 'out.sarif'}", str(slip))
    for path in (tmp_path / "site" / ".newslint.yaml", tmp_path / "known.json", tmp_path / "out.json", tmp_path / "out.sarif"):
        assert _mode(path) == 0o644, path


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_cache_is_private(tmp_path, slip, umask_022):
    cache = tmp_path / "cache"
    process = run_cli("check", "--no-config", "--cache-dir", str(cache), str(slip))
    assert process.returncode == 1
    entries = [p for p in cache.rglob("*.json")]
    assert entries and all(_mode(p) == 0o600 for p in entries)  # they quote article text
    assert _mode(cache) == 0o700 and all(_mode(p) == 0o700 for p in cache.rglob("*") if p.is_dir())


@pytest.mark.parametrize(
    "corrupt",
    [
        lambda entry: {"schema": entry["schema"]},
        lambda entry: {**entry, "findings": 5},
        lambda entry: {**entry, "findings": [row[:3] for row in entry["findings"]]},
        lambda entry: {**entry, "findings": [["x"] * len(row) for row in entry["findings"]]},
        lambda entry: {**entry, "words": "many"},
    ],
)
def test_cache_entry_of_the_wrong_shape_is_a_miss(tmp_path, slip, corrupt):
    cache = tmp_path / "cache"
    args = ("check", "--no-config", "--cache-dir", str(cache), "--format", "json", str(slip))
    first = run_cli(*args)
    [entry_file] = [p for p in cache.rglob("*.json") if "answers" not in p.parts]  # (answers: the speller's)
    entry_file.write_text(json.dumps(corrupt(json.loads(entry_file.read_text()))))
    second = run_cli(*args)
    assert "Traceback" not in second.stderr.decode() and second.returncode == first.returncode == 1
    assert json.loads(second.stdout)["findings"] == json.loads(first.stdout)["findings"]


# -- what reaches the terminal -------------------------------------------------------------------


def test_terminal_control_characters_are_not_printed(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Headline\n\nWe met the the team \x1b[2J\x1b]0;owned\x07 today\x9b.\n")
    process, err = check("--select", "grammar/repeated-word", str(story))
    out = process.stdout.decode()
    assert "grammar/repeated-word" in out
    assert not any(ch in out for ch in "\x1b\x07\x9b"), out
    assert "We met the the team ␛[2J␛]0;owned␇ today\ufffd." in out  # one column each: the caret stays right
