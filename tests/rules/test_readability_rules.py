"""Readability: long sentences and paragraphs, grade level, computed offline.

Traps: list items, table cells and team sheets are not sentences; crawled
copy loses paragraph breaks; the scores must not need nltk's downloads
(conftest blocks the network in every test).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from helpers import FARM_SEED, WIRE_SEED, cli_json, findings, requires_seeds
from newslint.analysis.readability import syllables

LONG = (
    "The council, which had been expected to approve the budget on Tuesday after months of talks with "
    "unions, residents' groups and the regional government over the cost of road repairs, school meals and "
    "the new library, instead voted to delay the decision until March, when officials say revised figures "
    "from the treasury should be available to every member of the finance committee and the public."
)


def test_long_sentence_is_reported_at_its_exact_span():
    text = f"Council delays vote\n\nMembers met on Tuesday. {LONG} The mayor was absent.\n"
    result = findings(text, "readability/long-sentence")
    assert [text[f.src_start : f.src_end] for f in result] == [LONG]
    assert result[0].severity == "info"
    assert "of 65 words" in result[0].message


def test_list_items_and_table_cells_are_not_sentences():
    item = LONG.rstrip(".")
    text = f"Council delays vote\n\n- {item}\n\n| What | Why |\n|---|---|\n| Delay | {item} |\n"
    assert findings(text, "readability/long-sentence", path="story.md") == []


def test_team_sheet_set_as_a_sentence_is_a_list():
    players = ", ".join(f"Player{i} Name{i} (Club{i})" for i in range(20))
    text = f"Squad named for Ireland match\n\nThe coach named his squad on Monday.\n\nBacks: {players}.\n"
    assert findings(text, "readability", path="story.txt") == []


def test_sentence_limit_is_an_option(tmp_path):
    config = tmp_path / ".newslint.yaml"
    config.write_text("rules:\n  readability/long-sentence:\n    max_words: 30\n", encoding="utf-8")
    text = "Council delays vote\n\n" + " ".join(["word"] * 31) + ".\n"
    assert len(findings(text, "readability/long-sentence", config=config)) == 1


def test_long_paragraph_is_off_by_default_and_skips_a_body_without_breaks():
    wall = " ".join(["The council met again on Tuesday to discuss the budget."] * 30)
    two = f"Council delays vote\n\n{wall}\n\nThe mayor was absent.\n"
    one = f"Council delays vote\n\n{wall}\n"
    assert "readability/long-paragraph" not in [f.rule for f in findings(two, ignore=["spelling", "grammar"])]
    result = findings(two, "readability/long-paragraph")
    assert [(f.line, f.column) for f in result] == [(3, 1)]
    assert findings(one, "readability/long-paragraph") == []


@pytest.mark.parametrize(
    "word,count",
    [("the", 1), ("make", 1), ("table", 2), ("president", 3), ("economy", 4), ("area", 3), ("video", 3),
     ("relations", 3), ("January", 4), ("expected", 3), ("while", 1), ("created", 3), ("Korea's", 3)],
)
def test_syllables(word, count):
    assert syllables(word) == count


def test_scores_follow_the_published_formulas():
    from newslint.analysis.readability import readability
    from newslint.frontends import parse_document

    doc = parse_document("x.txt", "Cat story\n\nThe cat sat on the mat. The dog ran.\n")
    scores = readability(doc)
    assert (scores.words, len(scores.sentences), scores.syllables) == (9, 2, 9)
    assert scores.flesch_reading_ease == pytest.approx(206.835 - 1.015 * 4.5 - 84.6 * 1.0)
    assert scores.flesch_kincaid_grade == pytest.approx(0.39 * 4.5 + 11.8 * 1.0 - 15.59)


JARGON = (
    "Comprehensive intergovernmental harmonisation of pharmaceutical authorisation methodologies "
    "necessitates unprecedented administrative coordination between institutional stakeholders, regulatory "
    "authorities and international organisations."
)


def test_grade_level_reported_on_the_headline_of_dense_copy():
    text = "Regulators agree common rules\n\n" + " ".join([JARGON] * 10) + "\n"
    result = findings(text, "readability/grade-level")
    assert [(f.line, f.column, f.end_column) for f in result] == [(1, 1, 30)]
    assert "grade" in result[0].message


def test_plain_news_story_is_not_reported_and_short_copy_is_not_judged():
    plain = "Council delays vote\n\n" + " ".join(
        ["The council met on Tuesday. It voted to wait until March. Members want new figures first."] * 12
    ) + "\n"
    assert findings(plain, "readability/grade-level") == []
    assert findings(f"Regulators agree\n\n{JARGON}\n", "readability/grade-level") == []


def test_scores_appear_as_a_metric_in_json(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Council delays vote\n\nThe council met on Tuesday. It voted to wait until March.\n", encoding="utf-8")
    data = cli_json("--no-config", "--select", "readability", str(story))
    metric = data["files"][0]["metrics"]["readability"]
    assert metric["sentences"] == 2 and metric["words"] == 11
    assert set(metric) >= {"flesch_reading_ease", "flesch_kincaid_grade", "automated_readability_index", "coleman_liau_index", "grade"}


def test_readability_never_loads_nltk_or_its_downloads():
    code = (
        "import sys, newslint\n"
        "from newslint import lint_text\n"
        "lint_text('Council delays vote\\n\\nThe council met. It voted to wait.\\n', select=['readability'])\n"
        "print('nltk' in sys.modules, 'textstat' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "False"]


@requires_seeds
def test_seeds_have_no_readability_findings_by_default():
    for seed in (FARM_SEED, WIRE_SEED):
        text = seed.read_text(encoding="utf-8")
        assert [f.rule for f in findings(text) if f.category == "readability"] == [], seed.name
