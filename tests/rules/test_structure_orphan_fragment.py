"""structure/orphan-fragment: the tail of a sentence standing alone, and the short lines,
lists and wrapped text of real copy."""

from __future__ import annotations

import pytest

from helpers import findings, spans

RULE = "structure/orphan-fragment"


def test_fragment_after_a_finished_paragraph():
    text = "Trade target set\nThe two sides aim to double trade. What do readers think?\nby 2030.\nThe talks end on Friday.\n"
    (finding,) = findings(text, RULE)
    assert (finding.line, finding.column, finding.end_column) == (3, 1, 9)
    assert "'by 2030.'" in finding.message


def test_fragment_separated_by_a_blank_line():
    assert spans("Trade target set\n\nThe two sides aim to double trade\n\nby 2030.\n", RULE) == ["by 2030."]


def test_fragment_after_a_line_that_is_not_a_sentence_in_paragraph_per_line_text():
    text = (
        "Trade target set\n"
        "The two sides agreed on Friday to double trade between them, the ministers said after three days of talks in the capital.\n"
        "[Insert quote from the minister here]\n"
        "by 2030.\n"
    )
    assert spans(text, RULE) == ["by 2030."]


def test_fragment_as_a_numbered_entry_of_a_generated_outline():
    text = "Trade target set\nOutline\n- 1. Background\n- 2. by 2030.\n- 3. Reactions\nThe talks end on Friday.\n"
    assert spans(text, RULE) == ["by 2030."]


@pytest.mark.parametrize(
    "text",
    [
        # a list that continues its lead-in sentence
        "Trade target set\n\nThe plan would:\n\n- cut tariffs;\n- and double trade by 2030.\n",
        "Trade target set\n\nThe plan has three goals:\n\n- to cut tariffs.\n- to open markets.\n",
        # hard-wrapped wire copy whose lines the front end kept apart
        "Trade target set\n\nThe company said it would build a plant in the U.S.\nand Canada.\n",
        "Trade target set\n\nPrices were lowered to DP-5 (high A)\nfrom DP-4.\n",
        # addresses, sign-offs and capitalised short paragraphs
        "Trade target set\n\nThe talks end on Friday.\n\nkim@example.com\n",
        "Trade target set\n\nThe talks end on Friday.\n\nBy 2030, they say, it will be done.\n",
        "Trade target set\n\nThe talks end on Friday.\n\nAnd then it was over.\n",
        "Trade target set\n\nThe ferry carried 15 people.\n\n12 of the 15 died.\n",
        # short lowercase table cells
        "Trade target set\n\n| Year | Target |\n|---|---|\n| 2030 | by 2030. |\n",
    ],
)
def test_lists_wrapped_lines_and_short_paragraphs_are_left_alone(text):
    assert findings(text, RULE) == []
