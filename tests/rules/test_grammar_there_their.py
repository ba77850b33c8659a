"""grammar/there-their: 'there', 'their' and 'they're' decided by what may follow each."""

from __future__ import annotations

from helpers import findings, spans


def _found(text):
    return [(text[f.src_start : f.src_end], f.fix.replacement if f.fix else None, f.severity)
            for f in findings(text, "grammar/there-their")]


def test_theyre_before_a_verb_or_at_a_clause_end_is_there():
    text = (
        "They're was much forced smiling. The leader argued they're was a crowd. By 2007 they're will be "
        "two million robots. \"They're are no rules,\" she said. We should leave the matter they're.\n"
    )
    found = _found(text)
    assert [fix.lower() for _, fix, _ in found] == ["there"] * 5
    assert all(severity == "error" for _, _, severity in found)


def test_theyre_before_a_noun_phrase_is_their():
    text = (
        "Celebrities keen to burnish they're \"green\" credentials came. Hagfish had they're moment of fame. "
        "A company name, perhaps they're logo, will do.\n"
    )
    assert [fix for _, fix, _ in _found(text)] == ["their", "their", "their"]


def test_their_before_be_or_an_adverb_and_a_verb():
    text = "Will their be a team? They never give up and their always looking for a way.\n"
    assert [fix for _, fix, _ in _found(text)] == ["there", "they're"]


def test_there_before_a_verb_in_ing_or_after_get():
    text = "It is ironic that there saying to workers they must wait. Small parties can get there message across.\n"
    assert [fix for _, fix, _ in _found(text)] == ["they're", "their"]


def test_theyre_there_and_their_used_well_are_left_alone():
    text = (
        "They arrived before they're scheduled to meet. \"They're good friends, and they're part of the "
        "family,\" she said. They're history. They're, after all, the champions. We got there early and got "
        "there first. There being no money, the deal fell. The shops there selling phones closed. Their "
        "just reward came; their always-on phones rang. They're expected back and they're hoping to win.\n"
    )
    assert spans(text, "grammar/there-their") == []


def test_more_contexts_for_there_their_theyre():
    text = (
        "What there saying: nobody knows. Iheanacho got there chance. On Earth, their considered a toxin. "
        "\"It took flight from they're,\" he said. They're appears to be no need.\n"
    )
    assert [fix.lower() for _, fix, _ in _found(text)] == ["they're", "their", "they're", "there", "there"]


def test_there_before_a_verb_in_s_with_its_object_is_left_alone():
    text = (
        "If they fold and there ends up being no deal, they lose. But there comes a time to act. "
        "The accord reached there means stability.\n"
    )
    assert spans(text, "grammar/there-their") == []
