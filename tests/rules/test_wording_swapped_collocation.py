"""wording/swapped-collocation: a common phrase with its words swapped for synonyms, off by default."""

from __future__ import annotations

from helpers import findings, spans

from newslint import lint_text

RULE = "wording/swapped-collocation"


def test_off_by_default():
    assert [f for f in lint_text("Scientists warned about clime alteration.\n", path="a.txt") if f.rule == RULE] == []


def test_a_swapped_phrase_is_reported_with_the_phrase_it_came_from():
    text = "Scientists warned about clime alteration. The appeal went to the supreme lawcourt.\n"
    found = findings(text, RULE)
    assert [text[f.src_start : f.src_end] for f in found] == ["clime alteration", "supreme lawcourt"]
    assert "'climate change'" in found[0].message
    assert found[0].fix.replacement == "climate change" and found[0].fix.applicability == "unsafe"


def test_positions_survive_markup():
    text = "---\ntitle: Test\n---\n\nEngineers upgraded the **aquatic handling** plant.\n"
    assert spans(text, RULE, path="a.md") == ["aquatic handling"]


def test_sentence_start_keeps_its_capital_in_the_fix():
    found = findings("Clime alteration worries farmers.\n", RULE)
    assert found and found[0].fix.replacement == "Climate change"


def test_names_numbers_compounds_punctuation_and_quotes_are_left_alone():
    text = (
        "The Supreme Lawcourt Society met. After 15 years, a top-10 finish came. It was a clime, "
        "alteration followed. \"Clime alteration is real,\" she said.\n"
    )
    assert spans(text, RULE) == []


def test_a_phrase_the_curated_pack_lists_is_left_to_the_pack():
    # 'colossal information' reads as 'big data' here too; one slip is one finding, the pack's
    text = "Firms embrace colossal information.\n"
    assert spans(text, RULE) == []
    found = findings(text, [RULE, "wording/tortured-phrases"])
    assert [f.rule for f in found] == ["wording/tortured-phrases"]
