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


def test_simple_past_of_say_reports_an_occasion_other_past_verbs_do_not():
    assert spans("Analysts said the figures were weaker than expected.", RULE) == []
    assert spans("Residents told the BBC they had heard two explosions.", RULE) == []
    assert spans("Critics argued the scheme had already failed.", RULE) == ["Critics argued"]
    assert spans("Critics warned last year that the budget would not add up.", RULE) == ["Critics warned"]


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Experts say the plan will cost far more than promised.", "Experts say"),
        ("Some observers claim prices will keep rising.", "Some observers claim"),
        ("Many residents feel the decision was rushed.", "Many residents feel"),
        ("It has been suggested that the mayor will resign.", "It has been suggested"),
        ("Observers warn the service is being run down.", "Observers warn"),
        ("Analysts have long warned that the bank is exposed.", "Analysts have long warned"),
        ("Sceptics will insist the figures are wrong.", "Sceptics will insist"),
        ("A number of insiders in Leeds fear that the plan could backfire.", "A number of insiders in Leeds fear"),
        ("According to several historians, the plan is long overdue.", "According to several historians"),
        ("There are those who maintain the deal marks a turning point.", "There are those who maintain"),
        ("It is increasingly speculated that the changes are a mistake.", "It is increasingly speculated"),
        ("The hotel will cost more than anyone admits, several economists think.", "several economists think"),
        ("Others were arguing that the vote should be delayed.", "Others were arguing"),
    ],
)
def test_grammar_not_phrases_tenses_and_phrasings(text, phrase):
    assert spans(text, RULE) == [phrase]


def test_severity_warning_when_nothing_says_who_advice_for_a_named_kind_of_people():
    (finding,) = findings("Many believe the deal will collapse.", RULE)
    assert finding.severity == "warning"
    (finding,) = findings("It is widely believed that the deal will collapse.", RULE)
    assert finding.severity == "warning"
    (finding,) = findings("Analysts say the deal will collapse.", RULE)
    assert finding.severity == "info"
    # The vague group is all that stands behind the figure: a warning.
    (finding,) = findings("Analysts say losses will reach £40m.", RULE)
    assert finding.severity == "warning"


def test_a_named_source_nearby_does_not_exempt_the_group():
    # The story: each phrase is reported in the story as when linted alone.
    text = (
        "The council approved the new car park on Tuesday, its leader, Ann Cole, said.\n\n"
        "Many residents feel the decision was rushed. Experts say the site floods every winter.\n\n"
        '"We listened to everyone," Ms Cole said.\n'
    )
    assert spans(text, RULE) == ["Many residents feel", "Experts say"]


def test_a_group_the_reader_can_identify():
    assert spans("Labour critics argue the tax is unfair.", RULE) == []
    assert spans("The bank's economists expect a rate cut in June.", RULE) == []
    assert spans("Analysts at Barclays say the rise is temporary.", RULE) == []
    assert spans("Critics, including the opposition Democratic Party, say the reset goes too far.", RULE) == []


def test_group_identified_by_a_member_named_in_the_next_sentence():
    text = (
        "Economists say the slowdown is temporary. "
        '"Orders will pick up by the summer," said Priya Nair, an economist at Westbank.'
    )
    assert spans(text, RULE) == []
    text = "Pension deficits grew last year, research suggests. A survey of 280 schemes by Incomes Data Services found …"
    assert spans(text, RULE) == []


def test_a_member_of_the_group_named_further_away_does_not_identify_it():
    text = (
        "Shares fell 4% on Monday.\n\n"
        "Analysts expect the firm to cut its forecast again.\n\n"
        "Profits have fallen for three quarters.\n\n"
        "Investment Research analyst Phil Kain said the company had lost its way.\n"
    )
    assert spans(text, RULE) == ["Analysts expect"]


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


def test_others_answering_a_group_already_named_in_the_sentence_is_the_same_finding():
    text = "Some economists have predicted rates will drop this year, although others feel the bank may raise them."
    assert spans(text, RULE) == ["Some economists have predicted"]
    # On its own, "others" is still a vague group.
    assert spans("Others feel the bank may raise rates.", RULE) == ["Others feel"]


def test_supposed_to_is_an_obligation_not_a_belief():
    assert spans("The worst case is that the buyer will not pay when it is supposed to next week.", RULE) == []
    assert spans("It is supposed that the deal is off.", RULE) == ["It is supposed"]


def test_a_figure_before_the_groups_view_is_not_its_claim():
    (finding,) = findings("The economy grew by 9.5% in 2004 and experts say the picture remains strong.", RULE)
    assert finding.severity == "info"
    (finding,) = findings("Exports will rise by 7% this year, analysts say.", RULE)
    assert finding.severity == "warning"


def test_there_are_fears_is_the_newsrooms_mood_rumours_are_a_claim_in_print():
    (finding,) = findings("There are growing fears that the deal could cost jobs.", RULE)
    assert finding.severity == "info"
    (finding,) = findings("There has been speculation that the firms could merge.", RULE)
    assert finding.severity == "info"
    (finding,) = findings("There are rumours that the plant will close.", RULE)
    assert finding.severity == "warning"


def test_the_consensus_a_result_is_measured_against_is_advice():
    text = "Output rose 0.3%. Analysts had been forecasting a 0.1% rise in industrial output."
    assert [f.severity for f in findings(text, RULE)] == ["info"]
    # A standing forecast resting on the group alone is still a warning.
    (finding,) = findings("Analysts have forecast that full-year profit will rise about 11%.", RULE)
    assert finding.severity == "warning"


def test_a_bare_quantifier_answering_a_group_named_with_its_view_just_before():
    text = "Some large retailers say the rule is needed, while others fear it will hurt small shops."
    assert spans(text, RULE) == []
    text = "Housing experts are split, with some saying prices will slow, while others predict a sharp drop."
    assert spans(text, RULE) == []
    text = "Some commentators say it feels like the dotcom days. Others say it frees media from big companies."
    assert spans(text, RULE) == ["Some commentators say"]  # the two halves of one vague source


def test_a_bare_quantifier_standing_for_a_surveys_respondents():
    text = "However, 60% said the lawsuits would not help musicians. Many suggested that the industry must change."
    assert spans(text, RULE) == []


def test_a_bare_quantifier_with_nothing_before_it_is_still_vague():
    assert spans("The council approved the plan. Others would say that the plan is a mistake.", RULE) == [
        "Others would say"
    ]
    assert spans("Residents met on Tuesday. Many fear the plant will close.", RULE) == ["Many fear"]


def test_a_named_source_trailing_the_sentence_reports_the_claim():
    text = "The chain has cash, despite the fact that it is said to be struggling against its rivals, said Mr Orme."
    assert spans(text, RULE) == []
    text = "The chain has cash, despite the fact that it is said to be struggling against its rivals."
    assert spans(text, RULE) == ["it is said"]


def test_a_claim_made_in_court_names_its_occasion():
    assert spans("The former chief overstated earnings to lift the share price, it was claimed in court.", RULE) == []
    assert spans("The former chief overstated earnings to lift the share price, it was claimed.", RULE) == [
        "it was claimed"
    ]


def test_a_bare_quantifier_standing_for_the_respondents_of_the_survey_named_next():
    text = "Some firms raised prices - but many said increases failed to keep up. Of the firms surveyed, 30% saw orders rise."
    assert spans(text, RULE) == []
    text = "Some firms raised prices - but many said increases failed to keep up. Orders rose in March."
    assert spans(text, RULE) == ["many said"]
