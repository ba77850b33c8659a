"""casing/sentence-start: lowercase starts of sentences, paragraphs, list items and headings,
with the traps of real copy (abbreviations, brand names, lists styled lowercase)."""

from helpers import findings, spans
from newslint import lint_text

RULE = "casing/sentence-start"


def test_lowercase_after_full_stop_is_reported_with_a_safe_fix():
    text = "Lee met Li on Tuesday. they also discussed tourism and trade."
    (finding,) = findings(text, RULE)
    assert text[finding.src_start : finding.src_end] == "they"
    assert (finding.line, finding.column) == (1, 24)
    assert finding.fix.replacement == "They" and finding.fix.applicability == "safe"


def test_sentence_after_a_closing_quote():
    text = "He called it a ‘balancing act.’ this shift could redefine the region's diplomacy."
    assert spans(text, RULE) == ["this"]


def test_paragraph_start():
    text = "Talks resume today\n\nthe two sides met in Beijing on Monday for talks.\n"
    assert spans(text, RULE) == ["the"]


def test_a_name_the_article_capitalises_is_named_in_the_message():
    text = "Officials said Lee met Xi in Beijing. lee underscored a proverb about friendship."
    (finding,) = findings(text, RULE)
    assert "the article writes 'Lee'" in finding.message


def test_list_item_checked_against_its_siblings():
    text = "Pledges:\n\n- Tourism boost for visitors\n- education linkage with universities\n- Trade target of $150 billion\n"
    assert spans(text, RULE) == ["education"]


def test_list_styled_lowercase_is_left_alone():
    text = "What to bring:\n\n- a valid passport\n- two recent photos\n- the fee in cash\n"
    assert spans(text, RULE) == []


def test_deliberately_lowercase_brands():
    text = "Apple sold more phones. iPhone sales rose 5%. eBay shares fell on the news."
    assert spans(text, RULE) == []


def test_accepted_vocabulary(tmp_path):
    config = tmp_path / ".newslint.yaml"
    config.write_text("vocabulary:\n  accept: [bell hooks]\n", encoding="utf-8")
    text = "The festival opened. bell hooks was quoted at length by the speakers."
    assert findings(text, RULE, config=str(config)) == []


def test_abbreviations_are_not_sentence_ends():
    text = (
        "Officials in Sacramento, Calif. said the fire was contained. Reps. Bob Smith (D-Cal.) and "
        "Jane Doe (R-Wash.) said they would vote. She lost 20 lbs. in a month and prices rose 3 p.m. on Friday."
    )
    assert spans(text, RULE) == []


def test_fragments_and_notes_in_brackets():
    text = "The talks ended.\n\nby 2030.\n\n(seeds in brackets) New Zealand beat Scotland.\n"
    assert spans(text, RULE) == []


def test_ellipsis_and_question_continue_the_sentence():
    text = '"It was a strange match . . . momentum swings," he said. "Why?" she asked. "And so… we wait."'
    assert spans(text, RULE) == []


def test_paragraph_broken_mid_sentence_is_a_layout_fault():
    text = (
        "Davos forum opens\n\nOther issues to be discussed at the five-day conference range from China's\n\n"
        "economic power to Iraq's future after the elections.\n"
    )
    assert spans(text, RULE) == []


def test_wire_copy_wrapped_after_an_abbreviation():
    text = "Exports to the U.S.\n\nfell sharply in the first quarter of the year, officials said.\n"
    assert spans(text, RULE) == []


def test_numbers_and_headings():
    text = "3.1 Trade and investment\n\n3 is the mobile operator that launched the service first.\n"
    assert spans(text, RULE) == []


def test_keyword_list_entries_are_the_keyword_list_finding_not_casing_findings():
    text = (
        "Council approves new bin collection rules\n\n"
        "The council approved new rules for bin collection on Tuesday after a long debate.\n\n"
        "Related searches\n\n"
        "- bin collection rules\n- new bin collection days\n- council bin collection changes\n"
        "- bin collection rules 2027\n- garden waste bin collection\n"
    )
    rules = [f.rule for f in lint_text(text, path="story.md", select=["casing", "seo/keyword-list"])]
    assert rules == ["seo/keyword-list"]
