"""attribution/vague-attribution: Wikipedia's "Words to watch" and NPR's "some say", against how
wire reporters sum up sources they name."""

import pytest

from helpers import findings, spans

RULE = "attribution/vague-attribution"


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Critics argue the reform will hurt small farms.", "Critics argue"),
        ("Analysts will assess whether the talks produce anything.", "Analysts will assess"),
        ("Export growth: Early estimates project a 7% rise.", "Early estimates project"),
        ("It is widely believed that the deal will collapse.", "It is widely believed"),
        ("Some say the stadium will never be finished.", "Some say"),
        ("Research has shown that the scheme saves money.", "Research has shown"),
        ("The vote was close, and many observers believe it will be challenged.", "many observers believe"),
        ("The plan is popular. But experts warn it could backfire.", "experts warn"),
    ],
)
def test_unnamed_groups_are_reported_at_the_phrase(text, phrase):
    assert spans(text, RULE) == [phrase]


def test_position_in_a_table_cell():
    text = "| Risk | Response |\n|---|---|\n| Opposition – Critics argue the deal is unfair. | Brief parliament. |\n"
    (finding,) = findings(text, RULE)
    assert (finding.line, finding.column) == (3, 16)


def test_simple_past_reports_an_occasion():
    assert spans("Analysts said the figures were weaker than expected.", RULE) == []
    assert spans("Critics warned last year that the budget would not add up.", RULE) == []


def test_a_group_the_reader_can_identify():
    assert spans("Labour critics argue the tax is unfair.", RULE) == []
    assert spans("The bank's economists expect a rate cut in June.", RULE) == []
    assert spans("Analysts at Barclays say the rise is temporary.", RULE) == []
    assert spans("Critics, including the opposition Democratic Party, say the reset goes too far.", RULE) == []


def test_group_summed_up_next_to_a_named_source():
    text = (
        "Analysts say the slowdown is temporary. "
        '"Orders will pick up by the summer," said Priya Nair, an economist at Westbank.'
    )
    assert spans(text, RULE) == []


def test_profession_named_elsewhere_in_the_story_with_a_reporting_verb():
    text = (
        "Shares fell 4% on Monday.\n\n"
        "Analysts expect the firm to cut its forecast again.\n\n"
        "Profits have fallen for three quarters.\n\n"
        "Investment Research analyst Phil Kain said the company had lost its way.\n"
    )
    assert spans(text, RULE) == []


def test_an_expert_quoted_without_a_verb_does_not_name_the_group():
    # A "Senior Analyst" quoted with no reporting verb is not a named source for "analysts".
    text = (
        "What to watch\n\n"
        "Analysts will assess whether the talks translate into agreements.\n\n"
        "Experts\n\n"
        "- Li Wen, Senior Analyst, Institute of Trade Studies – “The pact is a pragmatic response.”\n"
    )
    assert spans(text, RULE) == ["Analysts will assess"]


def test_words_inside_a_quote_are_the_speakers():
    assert spans('"Critics argue we moved too fast, but we did not," the mayor said.', RULE) == []


def test_group_introduced_by_a_named_source_in_the_sentence():
    assert spans("The finance minister said critics argue the tax is unfair, but he disagreed.", RULE) == []


def test_newsroom_it_is_understood_is_left_alone():
    # "It is understood" is how British newsrooms signal information they have confirmed.
    assert spans("It is understood that the club has accepted the offer.", RULE) == []


def test_research_groups_and_people_are_not_vague_without_a_claim_verb():
    assert spans("Researchers from 12 countries took part in the trial.", RULE) == []
    assert spans("As scientists continue to study the virus, hospitals are preparing.", RULE) == []


def test_nouns_that_look_like_verbs_after_a_group():
    assert spans("Research projects in the region are funded by the European Union.", RULE) == []
    assert spans("Investment will stall, as there are not that many projects in the pipeline.", RULE) == []
