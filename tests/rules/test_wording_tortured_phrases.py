"""wording/tortured-phrases (YAML): spinner substitutes, and ordinary English that looks like them."""

import pytest

from helpers import findings, spans

RULE = "wording/tortured-phrases"


def test_reported_with_an_unsafe_suggestion():
    text = "The two sides discussed creating an surroundings conducive to mutual investment."
    (finding,) = findings(text, RULE)
    assert text[finding.src_start : finding.src_end] == "surroundings conducive to"
    assert (finding.line, finding.column) == (1, 37)
    assert finding.fix.replacement == "environment conducive to" and finding.fix.applicability == "unsafe"


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("9. SEO\u2011Pleasant Keywords Integrated Naturally", "SEO\u2011Pleasant"),
        ("10. Rapid Reference: Key Takeaways", "Rapid Reference"),
        ("Project: Co\u2011advancement of a battery.", "Co\u2011advancement"),
        ("Firms invest in colossal information tools.", "colossal information"),
        ("The site is user-pleasant and the cellular breakdown in the lungs rate fell.", "user-pleasant"),
    ],
)
def test_spinner_phrases(text, phrase):
    assert phrase in spans(text, RULE)


def test_case_of_the_suggestion_follows_the_text():
    (finding,) = findings("Unnatural weather change is accelerating.", RULE)
    assert finding.fix.replacement == "Climate change"


@pytest.mark.parametrize(
    "text",
    [
        "The hotel's pleasant surroundings were conducive to rest.",
        "A keen home cook, she called the trip a profound learning experience.",
        "The Securities Exchange Commission and the National Bank of Kuwait commented.",
        "Guards provided extra security at the charge card company's rapid response centre.",
        "Wind is a sustainable power source, and a huge information campaign followed.",
    ],
)
def test_ordinary_news_english(text):
    assert spans(text, RULE) == []
