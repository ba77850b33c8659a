"""grammar/a-an: the article follows the next word's first sound, read from CMU Pronouncing Dictionary data."""

from __future__ import annotations

import pytest
from helpers import findings, spans

from newslint.engine.fixes import apply_fixes

RULE = "grammar/a-an"


@pytest.mark.parametrize(
    "sentence",
    [
        "It was an unique chance to settle.",
        "She studied at an university in Leeds.",
        "He was a honest broker in the talks.",
        "They held an three-day session on trade.",
        "Police arrested a 18-year-old man on Friday.",
        "The sides discussed creating an surroundings conducive to investment.",
        "They are restoring a extensive partnership.",
        "It was an big surprise to the market.",
        "An European delegation arrived.",
        "It was a hour before the vote.",
        "The union backed an one-year freeze.",
        "Shares had a 8% rise and a 11th-hour rally.",
        "He became a MP in 2010.",
        "Eva Lichtenberg, a Austrian Green member, spoke.",
        "The firm hired an Ukrainian engineer.",
    ],
)
def test_wrong_article_is_reported_at_the_article(sentence):
    text = sentence + "\n"
    found = findings(text, RULE)
    assert len(found) >= 1
    assert text[found[0].src_start : found[0].src_end].lower() in ("a", "an")


@pytest.mark.parametrize(
    "sentence",
    [
        "An unidentified man was held after an unprecedented raid.",
        "A European envoy and a eulogy came an hour later.",
        "It was a one-off payment, once a year, for a unique, unanimous union.",
        "An MEP, an FBI agent, an SNP MP, an NHS trust, an MRI scan and an HIV clinic were named.",
        "A NATO summit, a Unesco site, a Uefa Cup tie and a US-led bid followed a UK firm.",
        "An historic vote in an hotel followed a historic vote in a hotel.",
        "Italy won Group A, Serie A resumes, and Plan A failed.",
        "An 18-year-old, an 80-year-old, an 8% rise, an 11th-hour deal and an 800m race.",
        "A 1990s hit, a 100m final, a 1,800-strong crowd and an 18,000-seat arena.",
        "He had an X-ray after a U-turn and an F-16 flew over a U.S. base.",
        "Frankfurt an der Oder and whether it's a on a Bosman or not.",
        "An heir to an honest fortune spent an honorary hour.",
    ],
)
def test_right_articles_are_left_alone(sentence):
    assert spans(sentence + "\n", RULE) == []


def test_fix_is_safe_for_ordinary_words_and_keeps_the_capital():
    text = "An unique chance came. It was a honest mistake and an big one.\n"
    found = findings(text, RULE)
    assert [(text[f.src_start : f.src_end], f.fix.replacement, f.fix.applicability) for f in found] == [
        ("An", "A", "safe"), ("a", "an", "safe"), ("an", "a", "safe"),
    ]
    assert apply_fixes(text, found)[0] == "A unique chance came. It was an honest mistake and a big one.\n"


def test_fix_is_only_a_suggestion_before_a_name_a_plural_or_inside_a_quote():
    text = 'He met a Austrian aide. They built an surroundings. "It was an big day," she said.\n'
    found = findings(text, RULE)
    assert [f.fix.applicability for f in found] == ["unsafe", "unsafe", "unsafe"]


def test_position_is_exact_in_markdown():
    text = "---\ntitle: Test\n---\n\nThe board approved **an unique** plan on [a honest](https://x.org) basis.\n"
    found = findings(text, RULE, path="story.md")
    assert [text[f.src_start : f.src_end] for f in found] == ["an", "a"]
