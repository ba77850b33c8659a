"""The speller's answers are kept in the cache folder between runs (when the cache is on).

A run counts the words newslint puts to Harper's speller (``harper._ask`` for verdicts,
``harper._spell`` for corrections); the count is printed on stderr by a small wrapper
around the command line, so each run is a fresh process, as a user's is.
"""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

from newslint.engine.cache import AnswerFile

_COUNTING = """
import atexit, sys
from newslint.engines import harper
asked = set()
def counted(function):
    def wrapper(words, dialect):
        asked.update((dialect, word) for word in words)
        return function(words, dialect)
    return wrapper
harper._ask, harper._spell = counted(harper._ask), counted(harper._spell)
# the shipped list of Harper's words would answer this article's names as unknown without asking:
# here the speller is asked about every word the list does not hold, as in a dialect it does not decide
from newslint.lexicon import harper_words
harper_words.AUTHORITATIVE = frozenset()
atexit.register(lambda: sys.stderr.write("".join(f"ASKED {d} {w}\\n" for d, w in sorted(asked))))
from newslint.cli import main
main(sys.argv[1:])
"""

ARTICLE = (
    "Ms Okonkwo-Hartley told the Westbury Gazette that the recieve office would open on Monday.\n\n"
    "The council's plan, drawn up by Mr Szczepanski, was approved after a long debate.\n\n"
    "Residents of Thornbury-on-Avon said they were relieved.\n"
)


def _run(cwd: Path, *args: str) -> tuple[subprocess.CompletedProcess, set[tuple[str, str]]]:
    """The run, and the (dialect, word) questions it put to the speller."""
    process = subprocess.run(
        [sys.executable, "-c", _COUNTING, "check", "--no-config", "--format", "json", *args],
        capture_output=True, text=True, cwd=cwd, timeout=300,
    )
    assert process.returncode in (0, 1), process.stderr
    return process, {tuple(found) for found in re.findall(r"^ASKED (\S+) (.+)$", process.stderr, re.M)}


def _findings(process: subprocess.CompletedProcess) -> list[tuple]:
    data = json.loads(process.stdout)
    found = data["findings"] if isinstance(data, dict) else data
    return sorted((f["rule"], f["line"], f["column"], f["message"]) for f in found)


def _answer_files(cache: Path) -> list[Path]:
    return sorted(cache.glob("v*/answers/speller-harper-py-*.json"))


def test_a_second_run_asks_the_speller_nothing_it_answered_before(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    # the same words in another order: the results cache misses, the speller's answers do not
    (tmp_path / "b.txt").write_text("\n\n".join(reversed(ARTICLE.strip().split("\n\n"))) + "\n", encoding="utf-8")
    _, first = _run(tmp_path, "--cache-dir", "cache", "a.txt")
    assert ("en-US", "recieve") in first
    assert _answer_files(tmp_path / "cache")
    warm, second = _run(tmp_path, "--cache-dir", "cache", "b.txt")
    assert not second & first, second & first  # only questions the first run never asked
    cold, asked_cold = _run(tmp_path, "--no-cache", "b.txt")
    assert len(asked_cold) > len(second)
    assert _findings(warm) == _findings(cold)  # the same findings as asking afresh
    assert any("recieve" in message for *_, message in _findings(warm))
    _, third = _run(tmp_path, "--cache-dir", "cache", "--no-cache", "a.txt")  # (for the record: --no-cache asks again)
    assert third


def test_without_the_cache_no_answers_are_kept(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    _, first = _run(tmp_path, "--no-cache", "a.txt")
    _, second = _run(tmp_path, "--no-cache", "a.txt")
    assert first and second == first
    assert not any(tmp_path.rglob("speller-*"))


def test_the_answers_are_private_and_go_with_newslint_clean(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    _run(tmp_path, "--cache-dir", "cache", "a.txt")
    for path in _answer_files(tmp_path / "cache"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    process = subprocess.run([sys.executable, "-m", "newslint", "clean", "--cache-dir", "cache"], cwd=tmp_path,
                             capture_output=True, text=True, timeout=60)
    assert process.returncode == 0, process.stderr
    assert not (tmp_path / "cache").exists()


def test_a_damaged_answers_file_is_a_cold_start_and_is_written_again(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    _, first = _run(tmp_path, "--cache-dir", "cache", "a.txt")
    for path in _answer_files(tmp_path / "cache"):
        path.write_text('{"schema": 2, "answers": {"recieve": "nonsense"', encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE + "\nThe end.\n", encoding="utf-8")
    process, again = _run(tmp_path, "--cache-dir", "cache", "b.txt")
    assert first <= again  # asked afresh
    assert any("recieve" in message for *_, message in _findings(process))
    for path in _answer_files(tmp_path / "cache"):
        assert json.loads(path.read_text(encoding="utf-8"))["answers"]


def test_workers_keep_their_answers_too(tmp_path):
    (tmp_path / "articles").mkdir()
    for k in range(4):  # enough articles for the worker pool
        (tmp_path / "articles" / f"a{k}.txt").write_text(ARTICLE.replace("Monday", ["Tuesday", "Friday", "Sunday", "June"][k]), encoding="utf-8")
    _, first = _run(tmp_path, "--cache-dir", "cache", "--jobs", "2", "articles")
    assert not first  # the parent asks nothing: the workers do
    stored = {}
    for path in _answer_files(tmp_path / "cache"):
        stored.update(json.loads(path.read_text(encoding="utf-8"))["answers"])
    assert "recieve" in stored and stored["recieve"] is not True


def test_concurrent_additions_are_merged_not_lost(tmp_path):
    path = tmp_path / "answers.json"
    one, other = AnswerFile(path), AnswerFile(path)
    one.save({"colour": True, "recieve": False}, limit=10)
    other.save({"recieve": ["receive"], "teh": False}, limit=10)  # a process that loaded before the first saved
    assert AnswerFile(path).load() == {"colour": True, "recieve": ["receive"], "teh": False}
    richer = lambda stored, added: stored if added is False and isinstance(stored, list) else added  # noqa: E731
    one.save({"recieve": False}, limit=10, merge=richer)
    assert AnswerFile(path).load()["recieve"] == ["receive"]
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_the_answers_stay_bounded_and_the_oldest_go_first(tmp_path):
    path = tmp_path / "answers.json"
    AnswerFile(path).save({f"w{k}": True for k in range(8)}, limit=10)
    AnswerFile(path).save({f"n{k}": True for k in range(4)}, limit=10)
    kept = AnswerFile(path).load()
    assert len(kept) == 10 and "w0" not in kept and "w1" not in kept and all(f"n{k}" in kept for k in range(4))
