"""newslint.lexicon.pronunciation: the article a word's first sound takes, from CMU Pronouncing Dictionary data."""

from __future__ import annotations

import pytest

from newslint.lexicon.pronunciation import articles

A, AN, BOTH = {"a"}, {"an"}, {"a", "an"}


@pytest.mark.parametrize(
    "word, expected",
    [
        # sound, not letter
        ("hour", AN), ("honest", AN), ("heir", AN), ("honorary", AN),
        ("one", A), ("once", A), ("one-off", A), ("unique", A), ("university", A), ("European", A),
        ("ewe", A), ("Ukrainian", A), ("usual", A),
        # prefixes the dictionary lists, and words built on them that it does not
        ("unidentified", AN), ("unidentifiable", AN), ("uninformed", AN), ("unprecedented", AN),
        # plain letters
        ("big", A), ("surroundings", A), ("extensive", AN), ("Austrian", AN), ("three-day", A),
        # an unstressed h: British "an historic", both accepted
        ("historic", BOTH), ("hotel", BOTH), ("horrendous", BOTH), ("history", A), ("hospital", A),
    ],
)
def test_words_take_the_article_of_their_first_sound(word, expected):
    assert articles(word) == expected


@pytest.mark.parametrize(
    "token, expected",
    [
        ("MEP", BOTH), ("MP", AN), ("FBI", AN), ("SNP", AN), ("NHS", AN), ("EU", AN), ("UK", A),
        ("NATO", BOTH), ("US", BOTH), ("MSc", AN), ("MI6", AN), ("MoD", BOTH), ("PhD", A),
        ("X-ray", AN), ("U-turn", A), ("F-16", AN), ("ntl", AN),
    ],
)
def test_initialisms_are_read_by_their_letters_and_acronyms_either_way(token, expected):
    assert articles(token) == expected


@pytest.mark.parametrize(
    "token, expected",
    [
        ("8%", AN), ("18-year-old", AN), ("11th-hour", AN), ("80-year-old", AN), ("800m", AN), ("8.5", AN),
        ("1990s", A), ("100m", A), ("1,800", A), ("18,000", AN), ("8000", AN), ("1800s", BOTH), ("3-day", A),
    ],
)
def test_numbers_are_read_as_said(token, expected):
    assert articles(token) == expected
