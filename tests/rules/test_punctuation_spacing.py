"""Punctuation and spacing rules: slips at exact spans, and numbers, links and abbreviations left alone."""

from __future__ import annotations

from helpers import findings, spans

from newslint.engine.fixes import apply_fixes


def _fixed(text, rule):
    return apply_fixes(text, findings(text, rule))[0]


# -- punctuation/missing-space-after-comma ------------------------------------------------------

def test_comma_glued_to_the_next_word():
    text = "He met President Xi Jinping,Lee said, signaling new beginnings,signaling a candid,friendly tone.\n"
    found = findings(text, "punctuation/missing-space-after-comma")
    assert [(f.column, text[f.src_start : f.src_end]) for f in found] == [
        (text.index(",Lee") + 1, ","), (text.index(",signaling") + 1, ","), (text.index(",friendly") + 1, ","),
    ]
    assert _fixed(text, "punctuation/missing-space-after-comma") == (
        "He met President Xi Jinping, Lee said, signaling new beginnings, signaling a candid, friendly tone.\n"
    )


def test_comma_in_numbers_links_and_codes_is_left_alone():
    text = "About 3,000 students and 1,250,000 tourists came; see https://example.com/a,b or codes A1,B2,C3.\n"
    assert spans(text, "punctuation/missing-space-after-comma") == []


# -- punctuation/missing-space-after-period -----------------------------------------------------

def test_full_stop_glued_to_the_next_sentence_or_heading():
    text = "7.Expert Perspectives\n\nThe talks ended late.The ministers will meet again.\n"
    found = findings(text, "punctuation/missing-space-after-period")
    assert [(f.line, f.column) for f in found] == [(1, 2), (3, 21)]
    assert _fixed(text, "punctuation/missing-space-after-period") == (
        "7. Expert Perspectives\n\nThe talks ended late. The ministers will meet again.\n"
    )


def test_full_stop_in_decimals_abbreviations_domains_and_times_is_left_alone():
    text = (
        "Growth was 2.5% in the U.S. and U.S.\u2011China trade rose at 9 a.m. on Monday, 09:21:55 KST, "
        "2026\u201101\u201107. Prepared for Archyde.com and Amazon.Com by J.K.Rowling's agent; see "
        "www.example.org/News and yna.co.kr. No.1 seed Federer won.\n"
    )
    assert spans(text, "punctuation/missing-space-after-period") == []


# -- punctuation/space-before-percent -----------------------------------------------------------

def test_space_before_percent():
    text = "Exports were 20 % of trade, up 7\u00a0% from 15 % a year ago.\n"
    assert spans(text, "punctuation/space-before-percent") == [" %", "\u00a0%", " %"]
    assert _fixed(text, "punctuation/space-before-percent") == "Exports were 20% of trade, up 7% from 15% a year ago.\n"


def test_percent_written_right_is_left_alone():
    assert spans("Exports were 20% of trade, or 20 per cent, and the % sign is rare.\n", "punctuation/space-before-percent") == []


# -- punctuation/doubled-space ------------------------------------------------------------------

def test_doubled_space_inside_a_sentence():
    text = "The two sides  discussed investment, and  trade.\n"
    found = findings(text, "punctuation/doubled-space")
    first, second = text.index("  "), text.rindex("  ")
    assert [(f.column, f.end_column) for f in found] == [(first + 1, first + 3), (second + 1, second + 3)]
    assert _fixed(text, "punctuation/doubled-space") == "The two sides discussed investment, and trade.\n"


def test_doubled_space_after_full_stop_tables_and_html_are_left_alone():
    assert spans("The talks ended.  Ministers will meet again.\n", "punctuation/doubled-space") == []
    assert spans("Wheat   2.55   2.40\nMaize   1.90   1.85\n", "punctuation/doubled-space") == []
    assert findings("<p>The two sides  discussed investment.</p>", "punctuation/doubled-space", path="a.html") == []


# -- punctuation/missing-space-before-parenthesis ----------------------------------------------

def test_parenthesis_glued_to_a_word():
    text = "Samsung(the maker of Galaxy phones) and the British National Party(BNP) spoke.\n"
    assert spans(text, "punctuation/missing-space-before-parenthesis") == ["(", "("]
    assert _fixed(text, "punctuation/missing-space-before-parenthesis") == (
        "Samsung (the maker of Galaxy phones) and the British National Party (BNP) spoke.\n"
    )


def test_wire_tags_options_and_links_are_left_to_others():
    text = (
        "(LEAD) Lee-China(LEAD) Lee departs for Beijing(ATTN: UPDATES headline, lead with departure; ADDS photo)"
        "By Kim Eun-jung. ejkim@yna.co.kr(END) Name your friend(s); see section 5(1) and "
        "en.wikipedia.org/wiki/Mercury_(planet); the Brand(R) and f(x) stay.\n"
    )
    assert spans(text, "punctuation/missing-space-before-parenthesis") == []


# -- punctuation/space-before-punctuation -------------------------------------------------------

def test_space_before_punctuation():
    text = "Lukoil has 11% of the market , followed by TNK-BP. Is this the end ? He said : no .\n"
    assert spans(text, "punctuation/space-before-punctuation") == [" ,", " ?", " :", " ."]
    assert _fixed(text, "punctuation/space-before-punctuation") == (
        "Lukoil has 11% of the market, followed by TNK-BP. Is this the end? He said: no.\n"
    )


def test_ellipses_domains_and_emoticons_are_left_alone():
    text = "The .post and .travel domains were approved ... and then . . . nothing :) at all.\n"
    assert spans(text, "punctuation/space-before-punctuation") == []


# -- punctuation/punctuation-error --------------------------------------------------------------

def test_doubled_marks():
    text = "They were named ununtrium,, ununpentium and ununseptium. The minister resigned,. Her deputy won.\n"
    found = findings(text, "punctuation/punctuation-error")
    assert [(text[f.src_start : f.src_end], f.fix.applicability if f.fix else None) for f in found] == [
        (",,", "safe"), (",.", None),
    ]


def test_abbreviation_comma_ellipsis_and_entities_are_left_alone():
    text = "Officials in Washington, D.C., said the caf&#233;. It closed... then reopened; it was fine.\n"
    assert spans(text, "punctuation/punctuation-error") == []
