"""grammar/repeated-word: slips are removed; grammatical doubles and names stay."""

from __future__ import annotations

from helpers import findings, spans

from newslint.engine.fixes import apply_fixes

RULE = "grammar/repeated-word"


def test_doubled_words_are_found_and_fixed():
    text = "Another staple of the the firm's business is tea. She could could reject it.\n"
    found = findings(text, RULE)
    assert [text[f.src_start : f.src_end] for f in found] == ["the the", "could could"]
    assert apply_fixes(text, found)[0] == "Another staple of the firm's business is tea. She could reject it.\n"


def test_sentence_start_double_is_a_slip():
    assert spans("The The talks ended.\n", RULE) == ["The The"]


def test_grammatical_doubles_and_names_are_left_alone():
    text = (
        "She had had enough. He argued that that decision was final. It is a situation we have been placed "
        "in in the past, and I have waited for for years. Boutros Boutros-Ghali met Duran Duran. "
        "Bye bye, said the fans. No no no, said the coach.\n"
    )
    assert spans(text, RULE) == []


def test_a_doubled_capitalised_word_is_a_slip_when_something_shows_it():
    text = (
        "He was loved in the US US and by the Canadian Canadian press. A spokesman, John John Kirby, "
        "spoke on December December 2. The All Blacks won, and the All Blacks Blacks pack scored.\n"
    )
    assert spans(text, RULE) == ["US US", "Canadian Canadian", "John John", "December December", "Blacks Blacks"]


def test_doubled_names_and_refrains_stay():
    text = (
        "Duran Duran played; Bafana Bafana lost. She starred in Soldier Soldier and the musical "
        "Spend Spend Spend. Afghan Chief Executive Abdullah Abdullah spoke.\n"
    )
    assert spans(text, RULE) == []


def test_a_doubled_preposition_is_grammatical_only_after_a_verb():
    text = "It represents achievement in in music. He will embark on on a tour. He took on on Friday.\n"
    assert spans(text, RULE) == ["in in", "on on"]


def test_a_double_across_markup_or_a_line_break_is_found():
    text = "Officials met in **the** the capital, and\nthe\nthe talks went on.\n"
    assert spans(text, RULE, path="story.md") == ["the** the", "the\nthe"]
