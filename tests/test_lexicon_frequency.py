"""newslint.lexicon.frequency: how common a word is, and which common word a rare token is a slip for."""

from __future__ import annotations

import pytest

from newslint.lexicon import frequency


def test_zipf_frequencies_order_common_words_above_slips():
    assert frequency.zipf("said") > 5.5 > frequency.zipf("destroy") > 4 > 2 > frequency.zipf("destory") > 0
    assert frequency.zipf("xqzvw") == 0.0


@pytest.mark.parametrize(
    "token, meant",
    [
        ("recieve", "receive"), ("sayd", "said"), ("recrod", "record"), ("responce", "response"),
        ("destory", "destroy"), ("pratice", "practice"), ("biginning", "beginning"), ("firends", "friends"),
        ("begining", "beginning"), ("powrful", "powerful"), ("wtih", "with"), ("faming", "farming"),
    ],
)
def test_the_likeliest_correction_comes_first(token, meant):
    assert frequency.corrections(token)[0] == meant


def test_a_speller_suggestion_two_edits_away_counts_when_far_more_common():
    assert "tomorrow" not in frequency.corrections("tommorow")
    assert frequency.corrections("tommorow", ["tomorrow", "tumor"])[0] == "tomorrow"


@pytest.mark.parametrize("word", ["fallers", "hagfish", "quagga", "enablement", "filmic", "cybercrime", "telcos"])
def test_rare_words_without_a_far_commoner_neighbour_have_no_correction(word):
    assert frequency.corrections(word) == []


def test_a_changed_first_letter_needs_a_much_commoner_word():
    assert frequency.commoner_by("killing", "skilling") < frequency.zipf("killing") - frequency.zipf("skilling")
    assert frequency.commoner_by("with", "wtih") == frequency.zipf("with") - frequency.zipf("wtih")


def test_damerau_levenshtein_counts_a_swap_as_one_edit():
    assert frequency.damerau_levenshtein("destory", "destroy") == 1
    assert frequency.damerau_levenshtein("tommorow", "tomorrow") == 2


def test_a_contraction_without_its_apostrophe_gets_it_back():
    assert frequency.corrections("wouldnt")[0] == "wouldn't"
    assert frequency.corrections("theyre")[0] == "they're"
