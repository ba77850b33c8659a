"""newslint.lexicon.inflection: the plural a phrase list derives from a singular it names once."""

import pytest

from newslint.lexicon.inflection import plural, plural_phrase


@pytest.mark.parametrize(
    "noun, expected",
    [("trial", "trials"), ("gas", "gases"), ("preliminary", "preliminaries"), ("day", "days"),
     ("box", "boxes"), ("clergyman", "clergymen"), ("human", "humans")],
)
def test_plural(noun, expected):
    assert plural(noun) == expected


def test_plural_phrase_inflects_a_final_singular_noun():
    assert plural_phrase("heart assault") == "heart assaults"
    assert plural_phrase("self-disconnection") == "self-disconnections"
    assert plural_phrase("United kingdom") == "United kingdoms"  # the words before keep their case


@pytest.mark.parametrize("phrase", ["as pursues", "get right of entry to", "throwing a ticket", "neural networks"])
def test_plural_phrase_leaves_what_is_not_a_singular_noun(phrase):
    assert plural_phrase(phrase) is None
