"""sourcing/unsourced-expert-quote: an expert's name and credential are not a source; how, when
or where the words were obtained is."""

from helpers import findings, spans

RULE = "sourcing/unsourced-expert-quote"

LIST = (
    "Expert views\n\n"
    "- Dr. Mara Lind, Regional Security Scholar, Northern State University – “The accord marks a turn "
    "toward open trade rather than rivalry.”\n"
    "- Tomas Brandt, Senior Analyst, Baltic Institute of Maritime Studies – “The patrol pact is a measured "
    "response to rising shipping risks.”\n"
)


def test_parallel_list_of_credentialed_quotes_is_an_error_at_each_item():
    found = findings(LIST, RULE)
    assert [(f.line, f.column, f.severity) for f in found] == [(3, 3, "error"), (4, 3, "error")]
    first = spans(LIST, RULE)[0]
    assert first.startswith("Dr. Mara Lind, Regional Security Scholar") and first.endswith("rivalry.”")
    assert "generic title-cased credential 'Regional Security Scholar'" in found[0].message
    assert "one of 2 parallel expert quotes in a list" in found[1].message


def test_single_expert_with_institution_and_lowercase_credential_is_a_warning():
    text = (
        "Port reopens\n\n"
        "Dr. Mara Lind, a security scholar at Northern State University – “The accord marks a turn toward "
        "open trade.”\n\n"
        "Lind has studied the region's ports for 20 years.\n"
    )
    (finding,) = findings(text, RULE)
    assert finding.severity == "warning"


def test_expert_who_told_an_outlet_on_a_date_is_sourced():
    text = (
        "Dr. Mara Lind, a security scholar at Northern State University, told Reuters on Monday: “The accord "
        "marks a turn toward open trade.”"
    )
    assert findings(text, ["attribution", "sourcing"]) == []


def test_expert_quote_followed_by_a_reporting_verb():
    text = (
        "Mara Lind, Scholar, Northern State University – “The accord marks a turn toward open trade,” "
        "she said."
    )
    assert findings(text, RULE) == []


def test_medium_or_date_in_the_item():
    text = (
        "- Mara Lind, security scholar, Northern State University (interview, March 2025) – “The accord marks "
        "a turn toward open trade.”"
    )
    assert findings(text, RULE) == []
    text = "- Mara Lind, Northern State University, in a report published in May – “The accord marks a turn.”"
    assert findings(text, RULE) == []


def test_transcript_speaker_is_not_an_expert_quote():
    text = "Interview\n\nLind: “We have not seen a port reopen this fast before.”\n"
    assert findings(text, ["attribution", "sourcing"]) == []
