"""artifact/table-of-contents, artifact/template-section and artifact/reader-prompt: the
outline of a content template left in a story, and the boxes, lists and questions of
real journalism that must stay quiet."""

from __future__ import annotations

import pytest

from helpers import findings, spans

TOC = "artifact/table-of-contents"
SECTION = "artifact/template-section"
PROMPT = "artifact/reader-prompt"

TEMPLATED = (
    "Ministers agree trade pact in Seoul\n"  # 1
    "Table of Contents\n"  # 2
    "- 1. Background\n"  # 3
    "- 2. Evergreen context: Why this matters\n"  # 4
    "- 3. Engagement prompts\n"  # 5
    "Seoul, May 2 — Ministers agreed a trade pact on Friday.\n"  # 6
    "Background\n"  # 7
    "Talks broke down last year over tariffs.\n"  # 8
    "Evergreen context: Why this matters\n"  # 9
    "Trade between the two countries has grown for decades.\n"  # 10
    "Engagement prompts\n"  # 11
    "1) In your view, which sector gains most?\n"  # 12
    "2) How should the two sides build trust?\n"  # 13
    "Share your thoughts: will the pact last?\n"  # 14
)


def positions(text, rule):
    return [(f.line, f.column, f.end_line, f.end_column) for f in findings(text, rule)]


def test_table_of_contents_spans_its_title_and_entries():
    assert positions(TEMPLATED, TOC) == [(2, 1, 5, 24)]
    (finding,) = findings(TEMPLATED, TOC)
    assert "3 entries" in finding.message


def test_template_sections_in_the_body_once_the_table_of_contents_covers_its_entries():
    # The entries "2. Evergreen context …" and "3. Engagement prompts" repeat the sections:
    # artifact/table-of-contents reports the list, so they give no second finding.
    assert positions(TEMPLATED, SECTION) == [(9, 1, 9, 36), (11, 1, 11, 19)]
    assert all(f.severity == "error" for f in findings(TEMPLATED, SECTION))


def test_reader_prompts_one_per_entry_or_paragraph():
    assert spans(TEMPLATED, PROMPT) == [
        "In your view, which sector gains most?",
        "How should the two sides build trust?",
        "Share your thoughts: will the pact last?",
    ]


def test_markdown_label_in_bold_opens_a_section_too():
    text = "# Pact agreed\n\nMinisters agreed a pact.\n\n**Engagement prompts**\n\n- Which sector gains most?\n"
    assert [f.rule for f in findings(text, [SECTION, PROMPT], path="story.md")] == [SECTION, PROMPT]


# -- traps ---------------------------------------------------------------------------------


def test_a_box_sets_contents_is_not_a_table_of_contents():
    text = "Box set announced\n\nThe band will release a box set in May.\n\nContents\n\n- Four albums\n- A live DVD\n- A book\n"
    assert findings(text, TOC) == []


def test_contents_naming_the_articles_own_sections_is_a_table_of_contents():
    text = (
        "Pact agreed\n\nContents\n\n- Background\n- What was agreed\n\nMinisters agreed a pact.\n\n"
        "Background\n\nTalks broke down.\n\nWhat was agreed\n\nTariffs fall.\n"
    )
    assert len(findings(text, TOC)) == 1


def test_a_table_row_named_like_a_template_label_is_left_alone():
    text = "Campaign launched\n\nThe campaign starts in May.\n\n| Field | Detail |\n|---|---|\n| Target audience | Voters aged 18-24 |\n"
    assert findings(text, SECTION) == []


def test_a_real_table_of_figures_is_left_alone():
    text = (
        "Exports rise\n\nExports rose in May, the agency said.\n\nTable: Exports by month\n\n"
        "| Month | Exports |\n|---|---|\n| April | $4.1bn |\n| May | $4.6bn |\n\nThe agency said the rise would continue.\n"
    )
    # In a .txt story the table is pasted Markdown (structure/pasted-table's); as a template, it is nothing.
    assert findings(text, [TOC, SECTION, PROMPT, "structure"], ignore=["structure/pasted-table"]) == []


@pytest.mark.parametrize(
    "body",
    [
        '"Do you think they will keep their word?" the minister asked reporters.',
        "What happens next? The ministers will meet again in May.",
        "Have you been affected by the closures? Get in touch with our newsroom.",
        "The paper's editor said reader engagement rose, and asked: what do readers want?",
        "Why it matters\n\nTrade between the two countries has grown for decades.",
        "What happens next\n\nThe ministers will meet again in May.",
        "Looking ahead\n\nThe ministers will meet again in May.",
        "Analysts said the pact would help exporters. The question, in their view, is whether it lasts.",
    ],
)
def test_journalism_that_addresses_readers_is_left_alone(body):
    text = f"Pact agreed in Seoul\n\nMinisters agreed a trade pact on Friday.\n\n{body}\n"
    assert findings(text, [TOC, SECTION, PROMPT]) == []


def test_a_quoted_opinion_question_at_the_end_is_left_alone():
    text = 'Pact agreed\n\nMinisters agreed a pact.\n\n"In your view, will it last?" a reporter asked the minister.\n'
    assert findings(text, PROMPT) == []


def test_opinion_question_in_the_middle_of_a_feature_is_left_alone():
    text = (
        "Working from home\n\nMore staff now work from home.\n\n"
        "Do you think you could work alone all day? Many people find it hard.\n\n"
        "Employers are adapting.\n\nUnions welcomed the change.\n\nThe survey ran in May.\n\nIt will be repeated next year.\n"
    )
    assert findings(text, PROMPT) == []
