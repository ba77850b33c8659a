"""sourcing/unsourced-expert-opinion: an expert who "believes" or "predicts" with no occasion."""

from helpers import findings, spans

RULE = "sourcing/unsourced-expert-opinion"


def test_expert_view_with_no_occasion_is_reported_at_the_expert_and_verb():
    text = "Housing\n\nEconomist Jane Roe believes the housing market will recover next year.\n"
    assert spans(text, RULE) == ["Economist Jane Roe believes"]
    (finding,) = findings(text, RULE)
    assert (finding.line, finding.column, finding.severity) == (3, 1, "warning")
    assert "Jane Roe is quoted nowhere else" in finding.message


def test_generic_title_cased_credential_raises_it_to_an_error():
    text = "Outlook\n\nDr. Jane Roe, Senior Analyst, predicts that exports will double by 2030.\n"
    (finding,) = findings(text, RULE)
    assert finding.severity == "error"
    assert spans(text, RULE) == ["Dr. Jane Roe, Senior Analyst, predicts"]


def test_expert_with_a_reporting_verb_in_the_sentence():
    text = "Economist Jane Roe believes the market will recover, she told the BBC."
    assert findings(text, RULE) == []


def test_expert_quoted_in_the_next_sentence():
    text = 'Economist Jane Roe believes the market will recover. "Prices have bottomed out," she said.'
    assert findings(text, RULE) == []


def test_expert_quoted_with_a_reporting_verb_elsewhere_in_the_story():
    text = (
        "Jane Roe, an economist at the Policy Institute, predicts a recession.\n\n"
        "Unemployment rose for a third month.\n\n"
        "Roe said the central bank had waited too long.\n"
    )
    assert findings(text, RULE) == []


def test_view_with_a_date():
    text = "Professor Jane Roe predicts, in a paper published on Monday, that prices will fall."
    assert findings(text, RULE) == []


def test_people_who_are_not_experts_are_left_alone():
    assert findings("Mr Smith believes the club will survive the season.", RULE) == []
    assert findings("Manager Tom Hart believes his side can still win the league.", RULE) == []


def test_credentials_by_institution_field_and_relative_clause():
    for text in (
        "Dr Jane Roe of Kent Business School fears the deal has gone too far.",
        "Media studies expert Dr Jane Roe is convinced the decision is being rushed.",
        "Political scientist Prof Jane Roe maintains that the pact could backfire.",
        "Prof Jane Roe, who researches urban planning at the University of Kent, doubts the plan will work.",
        "Jane Roe, an expert in labour markets at Kent University, suspects the figures are wrong.",
    ):
        assert len(findings(text, RULE)) == 1, text


def test_according_to_and_in_the_view_of_an_expert():
    assert spans("According to Dr Jane Roe, a historian at Kent University, the treaty failed.", RULE) == [
        "According to Dr Jane Roe, a historian at Kent University,"
    ]
    assert spans("The reform is overdue, in the view of labour economist Professor Jane Roe.", RULE) == [
        "in the view of labour economist Professor Jane Roe"
    ]


def test_an_occasion_in_the_sentence():
    for text in (
        "Giving evidence to MPs, Professor Jane Roe of Kent University said the plan is rushed.",
        "Speaking at a conference in Leeds, Dr Jane Roe of Kent Business School fears the deal has gone too far.",
        "Writing in the Lancet, Dr Jane Roe of Kent University argues the trial was flawed.",
    ):
        assert findings(text, RULE) == [], text


def test_a_cue_inside_the_view_is_not_an_occasion():
    text = "Professor Jane Roe of the Institute for Housing maintains the scheme will cost more than anyone admits."
    assert len(findings(text, RULE)) == 1


def test_a_pronoun_that_is_not_reporting_the_expert():
    text = (
        "According to Professor Jane Roe, a criminologist at Kent University, the hotel deserves more credit. "
        "They arrived just after 8pm."
    )
    assert len(findings(text, RULE)) == 1
