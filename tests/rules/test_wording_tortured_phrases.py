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


@pytest.mark.parametrize(
    "text, phrase, replacement",
    [
        # curated from the train half of the Problematic Paper Screener list
        ("Shares rose on Joined Together States markets.", "Joined Together States", "United States"),
        ("He suffered a heart assault on Monday.", "heart assault", "heart attack"),
        ("The firm cut its vitality productivity targets.", "vitality productivity", "energy efficiency"),
        # crossed: two listed alternatives combined into a form the list does not hold
        ("Investors poured money into synthetic brainpower.", "synthetic brainpower", "artificial intelligence"),
        # learned: a word's substitute seen inside a longer pair ('imaginative and prescient loss'), standing alone
        ("The party lacks the imaginative and prescient to lead.", "imaginative and prescient", "vision"),
    ],
)
def test_news_spinner_phrases_with_their_repair(text, phrase, replacement):
    (finding,) = findings(text, RULE)
    assert text[finding.src_start : finding.src_end] == phrase
    assert finding.fix.replacement.lower() == replacement.lower()


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
        # struck by hand from the list: a writer could choose them
        "The referee gave a short blast on his whistle.",
        "The driving reason was cost, and heart ailments were far from customary.",
        "She chose to be freelance and was good at number juggling.",
    ],
)
def test_ordinary_news_english(text):
    assert spans(text, RULE) == []


@pytest.mark.parametrize(
    "text, phrase, replacement",
    [
        # where the adjective the spinner replaced stood: after a determiner, a possessive or a preposition
        ("Judges will be appointed by a to be freelance panel.", "to be freelance", "independent"),
        ("The review goes on with the company's to be freelance advisers.", "to be freelance", "independent"),
        ("He is set to make a far from customary appearance.", "far from customary", "rare"),
        # 'shift' as a verb or after a noun
        ("Ministers tried to degree of displacement the blame.", "degree of displacement", "shift"),
        ("The night degree of displacement starts at ten.", "degree of displacement", "shift"),
    ],
)
def test_phrases_that_are_a_spinners_only_in_some_positions(text, phrase, replacement):
    (finding,) = findings(text, RULE)
    assert text[finding.src_start : finding.src_end] == phrase
    assert finding.fix.replacement == replacement


@pytest.mark.parametrize(
    "text",
    [
        "She chose to be freelance after the merger.",  # after a verb: English
        "Although far from customary, the ritual survives.",
        "Opposition parties have been far from customary allies.",
        "The floods caused a high degree of displacement.",  # after a degree word: English
        "The degree of displacement surprised aid agencies.",
    ],
)
def test_the_same_phrases_in_positions_english_uses(text):
    assert spans(text, RULE) == []


@pytest.mark.parametrize(
    "text, phrase, replacement",
    [
        ("Two clinical preliminaries were halted.", "clinical preliminaries", "clinical trials"),
        ("Heart assaults fell last year.", "Heart assaults", "Heart attacks"),
        ("Firms built neural organizations.", "neural organizations", "neural networks"),
        ("Nursery gases rose again.", "Nursery gases", "Greenhouse gases"),
    ],
)
def test_a_listed_singular_matches_its_plural(text, phrase, replacement):
    (finding,) = findings(text, RULE)
    assert text[finding.src_start : finding.src_end] == phrase
    assert finding.fix.replacement == replacement
