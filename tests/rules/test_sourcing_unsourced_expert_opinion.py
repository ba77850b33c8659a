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
