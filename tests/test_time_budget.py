"""The per-file time budget interrupts a running rule at its next deadline check.

The budget itself (the message, the config key, the limits) is tested in
tests/test_hostile_shapes.py; these tests cover the cooperative deadline: a rule
that is already running stops at its next check (Harper's pieces, the speller's
batches, any loop that calls ``deadline.check()``), the file is reported as
checked only partly with the rule named, and the other files go on.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newslint.config import Selection
from newslint.engine import deadline
from newslint.engine.runner import Linter
from newslint.engines import harper
from newslint.frontends import parse_document

HANG = 120  # seconds: a hang guard, not a speed claim (the machine is shared)

SENTENCES = (
    "The council said it would review the plan after residents complained about the noise.",
    "Officials confirmed that the bridge would reopen on Monday, weeks later than promised.",
    "He should of known better, a spokesman for the opposition said on Tuesday evening.",
    "Shares in the company rose by 4% after it reported higher profits for the third quarter.",
)


def _long_text(characters: int) -> str:
    paragraphs, size, k = [], 0, 0
    while size < characters:
        paragraph = " ".join(SENTENCES[(k + i) % len(SENTENCES)] for i in range(4))
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
        k += 1
    return "\n\n".join(paragraphs) + "\n"


def _check(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--no-config", "--no-cache", "--format", "json", *args],
        capture_output=True, text=True, timeout=HANG, cwd=tmp_path,
    )


def test_a_rule_that_checks_the_deadline_is_stopped_and_named(monkeypatch):
    linter = Linter(cli_selection=Selection(select=["grammar/repeated-word", "punctuation"]), time_budget=0.5)
    active = linter.active_rules("a.txt", linter.configs.for_path("a.txt"))
    slow = active[0].rule

    def endless(doc, ctx):
        given_up = time.perf_counter() + HANG
        while time.perf_counter() < given_up:  # would run for minutes without the deadline
            deadline.check()

    monkeypatch.setattr(slow, "check", endless)
    result = linter.lint_text("a.txt", "It was the the best plan.\n")
    assert len(result.errors) == 1, result.errors
    message = result.errors[0]
    assert f"checked only partly: the 0.5 s time budget ran out during rule {slow.id}" in message
    skipped = len(active) - 1
    assert f"{skipped} rule{'s' if skipped != 1 else ''} skipped" in message


def test_findings_of_rules_before_the_interrupted_one_are_kept(monkeypatch):
    linter = Linter(cli_selection=Selection(select=["grammar/repeated-word", "punctuation/missing-space-after-comma"]), time_budget=0.5)
    active = linter.active_rules("a.txt", linter.configs.for_path("a.txt"))
    assert [entry.rule.id for entry in active][0] == "grammar/repeated-word"  # runs first
    last = active[-1].rule
    monkeypatch.setattr(last, "check", lambda doc, ctx: time.sleep(0.6) or deadline.check())
    result = linter.lint_text("a.txt", "It was the the best plan.\n")
    assert any(f.rule == "grammar/repeated-word" for f in result.findings)
    assert result.errors and f"during rule {last.id}" in result.errors[0] and "0 rules skipped" in result.errors[0]


def test_no_deadline_outside_a_files_rules():
    deadline.check()  # never raises when no file is being linted
    with deadline.until(time.perf_counter() - 1):
        with pytest.raises(deadline.BudgetSpent):
            deadline.check()
    deadline.check()


def test_the_speller_stops_between_batches_and_keeps_what_it_answered(monkeypatch):
    asked: list[str] = []
    ask = harper._ask
    monkeypatch.setattr(harper, "_ask", lambda words, dialect: asked.extend(words) or ask(words, dialect))
    # letters only, and no words: none is answered yet, and is_likely_english answers each fast;
    # en-CA, where the shipped list of Harper's words does not decide unknown words, so Harper is asked
    words = {"zqx" + "".join("bcdfghjklm"[int(d)] for d in str(n)) + "vok" for n in range(3 * harper._BATCH)}
    with deadline.until(time.perf_counter() - 1), pytest.raises(deadline.BudgetSpent):
        harper.misspelled_in(words, "en-CA")
    assert asked == []  # spent before the first batch
    assert harper.misspelled_in(words, "en-CA") == words  # no deadline: every word answered
    assert sorted(asked) == sorted(words)


def test_harper_stops_between_pieces_of_a_long_text():
    linter = Linter(cli_selection=Selection(select=["grammar/should-of"]))
    config = linter.configs.for_path("a.txt")
    linter.active_rules("a.txt", config)  # imports the rule, which switches its Harper lint on
    doc = parse_document("a.txt", _long_text(5 * harper.CHUNK), None)
    with deadline.until(time.perf_counter() - 1), pytest.raises(deadline.BudgetSpent):
        harper.lints(doc, config)


def test_a_5mb_file_with_a_2_second_budget_is_checked_partly_and_the_next_file_still_is(tmp_path):
    (tmp_path / "big.txt").write_text(_long_text(5_000_000), encoding="utf-8")
    (tmp_path / "small.txt").write_text("It was the the best plan.\n", encoding="utf-8")
    started = time.perf_counter()
    # a Harper rule (minutes on 5 MB of this text) and a rule that runs first and finds the slip in small.txt
    rules = "grammar/repeated-word,grammar/should-of"
    process = _check(tmp_path, "--select", rules, "--time-budget", "2", "--max-file-size", "10MB", "big.txt", "small.txt")
    assert time.perf_counter() - started < HANG
    assert process.returncode == 2, process.stderr
    partly = [line for line in process.stderr.splitlines() if "big.txt: checked only partly" in line]
    assert len(partly) == 1 and partly[0].startswith("newslint: error: big.txt: checked only partly: the 2 s time budget ran out")
    findings = json.loads(process.stdout)
    findings = findings["findings"] if isinstance(findings, dict) else findings
    assert any(f["path"] == "small.txt" and f["rule"] == "grammar/repeated-word" for f in findings)


def test_a_harper_rule_is_interrupted_between_pieces_of_a_long_text(monkeypatch):
    real = harper._linter

    class Slow:  # Harper at 0.2 s more a piece: over 8 s for this text without the deadline
        def __init__(self, linter):
            self.linter = linter

        def organized_lints(self, *args, **kwargs):
            time.sleep(0.2)
            return self.linter.organized_lints(*args, **kwargs)

    monkeypatch.setattr(harper, "_linter", lambda *key: Slow(real(*key)) if key[1] == "rules" else real(*key))
    linter = Linter(cli_selection=Selection(select=["grammar/should-of"]), time_budget=3)  # parsing takes < 1 s
    started = time.perf_counter()
    result = linter.lint_text("long.txt", _long_text(40 * harper.CHUNK))
    assert time.perf_counter() - started < 8
    assert len(result.errors) == 1 and "the 3 s time budget ran out during rule grammar/should-of" in result.errors[0]


@pytest.mark.parametrize("analysis", ["attribution", "pack"])
def test_the_attribution_analysis_and_pack_matching_stop_at_the_deadline(analysis):
    # the two loops that ran on past a 20 MB page's budget: sentence by sentence, block by block
    from newslint.analysis.attribution import attribution
    from newslint.yamlrules.matching import Matcher, iter_matches

    doc = parse_document("a.txt", _long_text(2 * harper.CHUNK), None)
    run = (lambda: attribution(doc)) if analysis == "attribution" else (
        lambda: list(iter_matches(doc, Matcher(r"\bcouncil\b", 0, None), None, False)))
    with deadline.until(time.perf_counter() - 1), pytest.raises(deadline.BudgetSpent):
        run()
    assert run()  # no deadline: the whole text is read
