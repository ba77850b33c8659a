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
