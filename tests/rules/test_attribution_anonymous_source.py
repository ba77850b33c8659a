"""attribution/anonymous-source: AP's "a source", unmodified, against the ways wire copy places
the sources it cannot name."""

import pytest

from helpers import findings, spans

RULE = "attribution/anonymous-source"


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("The deal is worth $2 billion, a source said.", "a source"),
        ("The coach will resign on Friday, according to sources.", "sources"),
        ("Sources told the newspaper that the merger was off.", "Sources"),
        ("The fee was agreed on Monday, one source said.", "one source"),
        ("Two unnamed sources said the vote would be delayed.", "Two unnamed sources"),
    ],
)
def test_unplaced_sources_are_reported(text, phrase):
    assert spans(text, RULE) == [phrase]


def test_position():
    (finding,) = findings("Talks resumed.\n\nThe deal is worth $2 billion, a source said.\n", RULE)
    assert (finding.line, finding.column) == (3, 31)


@pytest.mark.parametrize(
    "text",
    [
        "The deal is worth $2 billion, a source familiar with the talks said.",
        "A senior government source said the vote would be delayed.",
        "Police sources said two men had been arrested.",
        "Congressional and financial sources said the bill would pass.",
        "A source close to the player said he would stay.",
        "A source, who asked not to be named because the talks are private, said the deal was close.",
        "According to a source with direct knowledge of the plan, the launch will slip.",
    ],
)
def test_placed_sources_are_not_reported(text):
    assert spans(text, RULE) == []


def test_a_source_placed_earlier_in_the_story_is_referred_back_to():
    text = (
        "Oil industry sources said output would be cut by a fifth.\n\n"
        "The decision will be announced on Friday, one source said.\n\n"
        "The sources said the cut could last until June.\n"
    )
    assert spans(text, RULE) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tourism is the main source of income for the island.",
        "The company releases its code as open source software.",
        "Investigators are still looking for the source of the leak.",
        "The source said the minister had known for weeks.",
    ],
)
def test_sources_that_are_not_attributions(text):
    assert spans(text, RULE) == []
