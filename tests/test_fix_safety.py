"""--fix changes only what it may: never the words of a quotation, never a link or a read-only file
it should not, and a second run changes nothing."""

from __future__ import annotations

import json
import os
import shutil
import stat
import sys
from pathlib import Path

import pytest

from helpers import FARM_SEED, requires_seeds, run_cli

SELECT = ("--no-config", "--no-cache", "--select", "grammar/repeated-word")
SLIP = "Headline\n\nWe met the the team.\n"
FIXED = "Headline\n\nWe met the team.\n"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX links and permissions")


def fix(*paths, extra=()):
    process = run_cli("check", *SELECT, *extra, "--fix", *map(str, paths))
    err = process.stderr.decode()
    assert "Traceback" not in err, err
    return process, err


def error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("newslint: error:")]


@pytest.fixture
def other(tmp_path: Path) -> Path:
    path = tmp_path / "other.txt"
    path.write_text(SLIP)
    return path


# -- links and permissions -----------------------------------------------------------------------


@posix_only
def test_fix_writes_through_a_symlink(tmp_path, other):
    target = tmp_path / "real.txt"
    target.write_text(SLIP)
    link = tmp_path / "link.txt"
    link.symlink_to(target.name)
    process, err = fix(link, other)
    assert process.returncode == 0, err
    assert link.is_symlink() and os.readlink(link) == target.name  # still a link
    assert target.read_text() == FIXED and other.read_text() == FIXED


@posix_only
def test_fix_keeps_hard_links(tmp_path, other):
    first = tmp_path / "first.txt"
    first.write_text(SLIP)
    second = tmp_path / "second.txt"
    os.link(first, second)
    inode = first.stat().st_ino
    process, err = fix(first, other)
    assert process.returncode == 0, err
    assert first.stat().st_ino == second.stat().st_ino == inode and first.stat().st_nlink == 2
    assert second.read_text() == FIXED and other.read_text() == FIXED
    assert not list(tmp_path.glob("*.newslint-tmp"))


@posix_only
def test_fix_leaves_a_read_only_file_alone(tmp_path, other):
    locked = tmp_path / "locked.txt"
    locked.write_text(SLIP)
    locked.chmod(0o444)
    process, err = fix(locked, other)
    assert process.returncode == 2
    assert error_lines(err) == [f"newslint: error: {locked}: not fixed: the file is read-only (make it writable to let --fix change it)"]
    assert locked.read_text() == SLIP and stat.S_IMODE(locked.stat().st_mode) == 0o444
    assert other.read_text() == FIXED  # the others are still fixed


@posix_only
def test_fix_keeps_the_file_mode(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(SLIP)
    story.chmod(0o640)
    fix(story)
    assert story.read_text() == FIXED and stat.S_IMODE(story.stat().st_mode) == 0o640


# -- quotations ----------------------------------------------------------------------------------


QUOTED = "Headline\n\nThe mayor said: “We met the the team on Monday.” She met the the press later.\n"


@pytest.mark.parametrize("quote", ["“We met the the team on Monday.”", '"We met the the team on Monday."', "‘We met the the team on Monday.’"])
def test_no_fix_inside_a_direct_quotation(tmp_path, quote):
    story = tmp_path / "story.txt"
    text = QUOTED.replace("“We met the the team on Monday.”", quote)
    story.write_text(text)
    report = json.loads(run_cli("check", *SELECT, "--format", "json", str(story)).stdout)
    fixes = [f["fix"]["applicability"] for f in report["findings"]]
    assert fixes == ["unsafe", "safe"]  # reported inside the quote, offered as a suggestion only
    fix(story)
    assert story.read_text() == text.replace("She met the the press", "She met the press")
    fix(story, extra=("--unsafe-fixes",))  # an editor who confirms gets it
    assert "the the" not in story.read_text()


def test_no_fix_inside_a_blockquote(tmp_path):
    story = tmp_path / "story.md"
    text = "# Headline\n\n> We met the the team on Monday.\n\nShe met the the press.\n"
    story.write_text(text)
    fix(story)
    assert story.read_text() == text.replace("She met the the press", "She met the press")


def test_fix_of_a_quote_mark_itself_is_not_editing_the_quote():
    from newslint.document.model import Quote  # the inner span excludes the marks
    assert Quote(10, 20, 0, True, "“").inner == (11, 19)


# -- idempotence ---------------------------------------------------------------------------------


@requires_seeds
def test_fix_is_idempotent_on_the_farm_seed(tmp_path):
    story = tmp_path / FARM_SEED.name
    shutil.copy(FARM_SEED, story)
    story.chmod(0o644)  # the seeds are read-only, which --fix respects
    first = run_cli("check", "--no-config", "--no-cache", "--fix", str(story))
    assert "Traceback" not in first.stderr.decode()
    once = story.read_bytes()
    assert once != FARM_SEED.read_bytes()  # something was fixed
    run_cli("check", "--no-config", "--no-cache", "--fix", str(story))
    assert story.read_bytes() == once
    diff = run_cli("check", "--no-config", "--no-cache", "--diff", str(story))
    assert diff.returncode == 0 and diff.stdout == b""


def test_fixes_that_undo_each_other_stop(tmp_path):
    from newslint.batch import fix_result
    from newslint.engine.finding import Finding, Fix
    from newslint.engine.runner import FileResult

    class Flipper:  # a rule pair that turns 'a' into 'b' and 'b' back into 'a'
        def lint_text(self, path, text, decoded=None):
            letter = text[0]
            other = "b" if letter == "a" else "a"
            finding = Finding(path, "x/flip", "x", "error", 1, 1, 1, 2, "flip", Fix(other), 0, 1)
            return FileResult(path, [finding], source=text, linted=True)

    start = Flipper().lint_text("a.txt", "a")
    result = fix_result(Flipper(), start, unsafe=False)
    assert result.source == "b"  # one pass; the next would bring back the original
