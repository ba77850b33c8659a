"""structure/second-headline: a second article pasted after the first, and the
subheadings, decks and name-heavy lines of real copy."""

from __future__ import annotations

import pytest

from helpers import findings

RULE = "structure/second-headline"

FIRST = (
    "Moon presses Tokyo for gains during state visit\n"
    "Moon met the prime minister on Monday.\n"
    "They discussed trade and fisheries.\n"
    "They also discussed student exchanges.\n"
)


def test_second_title_case_headline_in_plain_text():
    text = FIRST + "moon Jae-in's Historic Reset of Korea-Japan Ties: Key Outcomes of the Tokyo State Visit\n1. Background\nThe visit ended on Wednesday.\n"
    (finding,) = findings(text, RULE)
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (5, 1, 5, 88)
    assert finding.severity == "error"  # two articles pasted together: the page is not one story


def test_second_h1_in_markdown():
    text = (
        "# Moon presses Tokyo for gains during state visit\n\nMoon met the prime minister.\n\nThey discussed trade.\n\n"
        "They discussed fisheries.\n\n# Moon's Tokyo State Visit: What the Historic Summit Means for Korea and Japan\n\nThe visit ended.\n"
    )
    (finding,) = findings(text, RULE, path="story.md")
    assert finding.line == 9 and finding.column == 3


@pytest.mark.parametrize(
    "extra",
    [
        # short subheadings, and sentence-case lines
        "What comes next for Moon and Tokyo\nThe visit ended on Wednesday.\n",
        "Moon and the prime minister agreed to meet again in the autumn in Tokyo\nThe visit ended on Wednesday.\n",
        # a line of names is not a headline
        "Moon Jae-in (President, South Korea), Kishida Fumio (Prime Minister, Japan)\nThe visit ended on Wednesday.\n",
        # a wrapped line of a sentence
        "Moon told the Tokyo State Visit Organising Committee chairman and\nsenior members that the visit was a success.\n",
    ],
)
def test_subheadings_and_lines_of_names_are_left_alone(extra):
    assert findings(FIRST + extra, RULE) == []


def test_a_deck_under_the_headline_is_not_a_second_article():
    text = (
        "Moon presses Tokyo for gains during state visit\n"
        "Moon's Tokyo State Visit: What the Historic Summit Means for Korea and Japan\n"
        "Moon met the prime minister on Monday.\n"
    )
    assert findings(text, RULE) == []
