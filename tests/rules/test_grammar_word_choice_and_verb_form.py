"""grammar/word-choice and grammar/verb-form: Harper's phrase and verb checks that hold in news."""

from __future__ import annotations

from helpers import findings, spans


def test_eggcorns_are_found_with_suggestions():
    text = "Bare in mind that fans waited with baited breath while storms wreck havoc. It was a mute point.\n"
    found = findings(text, "grammar/word-choice")
    assert [text[f.src_start : f.src_end] for f in found] == ["Bare in mind", "baited breath", "wreck havoc", "mute point"]
    assert [f.fix.replacement for f in found] == ["Bear in mind", "bated breath", "wreak havoc", "moot point"]
    assert all(f.fix.applicability == "unsafe" for f in found)


def test_word_choice_leaves_standard_and_modern_usage_alone():
    text = (
        "Players were chomping at the bit after a nerve-wracking week. It was quite a lot of hip hop, "
        "and the software can do to devices what it likes. Bear in mind the free rein the board has.\n"
    )
    assert spans(text, "grammar/word-choice") == []


def test_verb_forms_left_by_editing():
    text = (
        "Demand has helped pushed prices up. The programme will aired locally. "
        "By then he had became disenchanted. I should have ran faster.\n"
    )
    assert spans(text, "grammar/verb-form") == ["pushed", "will aired", "became", "ran"]


def test_verb_form_leaves_news_constructions_alone():
    text = (
        "He beat Andy Roddick when he struck the ball well. You guys were great, said the player he beat. "
        "All of whom were unknown. I would never have thought it. The letter did not shed any light. "
        "He was saw mill owner Andrew Packard in the series. People will be scratching their heads.\n"
    )
    assert spans(text, "grammar/verb-form") == []
