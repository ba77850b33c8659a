"""The shipped list of the words Harper knows (newslint.lexicon.harper_words): yes/no spelling
questions answered without building a Harper Linter, with Harper's own answers (issue 13)."""

from __future__ import annotations

import pytest

from newslint import api
from newslint.engines import harper
from newslint.lexicon import harper_words

ARTICLE = (
    "Council backs new harbour plan\n\n"
    "The council in Aberdeen voted on Tuesday to back the harbour plan, its leader, Fiona Mackenzie-Grant, said.\n\n"
    "\"We have waited long enough,\" Ms Mackenzie-Grant said. The programme will cost £12m and the centre opens in 2027.\n\n"
    "Opposition councillor Tomasz Wiśniewski said mackenzie-grant had not consulted residents.\n"
)

# Names, British and American forms, typos, case forms, possessives, hyphens, words with accents.
SAMPLE = [
    "London", "london", "LONDON", "Obama", "Starmer", "Sunak", "Zelensky", "Wiśniewski", "McDonald", "Mcdonald", "iPhone", "HealthCare", "AlThough",
    "colour", "color", "Colour", "COLOUR", "organise", "organize", "centre", "center", "theatre", "programme", "program",
    "aluminium", "aluminum", "defence", "defense", "travelled", "traveled", "kerb", "tyre", "judgement", "cheque",
    "recieve", "seperate", "goverment", "teh", "definately", "zorblaxian", "accomodate",
    "the", "The", "THE", "NATO", "Nato", "nato", "BBC", "bbc", "café", "naïve", "résumé", "Ångström",
    "John's", "council's", "well-known", "state-of-the-art", "xyzzy-known", "don't", "hahaha", "a", "I", "i",
]


@pytest.fixture
def fresh_speller(monkeypatch):
    """No answers from earlier tests or runs: every question reaches the lexicon (or Harper)."""
    monkeypatch.setattr(harper, "_WORD_CACHE", {})
    monkeypatch.setattr(harper, "_ANSWERS", None)


def _harper_rejects(words: list[str], dialect: str) -> set[str]:
    """Harper's own verdict, asked as newslint asked before the list existed."""
    with harper._LOCK:
        return {word for word, answer in harper._ask(list(words), dialect).items() if answer is not None}


def test_the_list_is_stamped_with_the_harper_py_it_was_verified_against():
    from importlib.metadata import version

    assert harper_words.stamp() == version("harper-py")


def test_a_run_of_rules_that_only_ask_yes_or_no_builds_no_linter(fresh_speller, monkeypatch):
    monkeypatch.setattr(harper, "_LINTERS", {})
    built = []
    monkeypatch.setattr(harper, "_linter", lambda *args: built.append(args) or pytest.fail(f"Linter built for {args}"))
    api.lint_text(ARTICLE, path="a.txt", select=["casing", "consistency"])
    assert built == [] and harper._LINTERS == {}
    # the questions were asked, and answered
    assert harper._WORD_CACHE.get("en-US") and harper._WORD_CACHE.get("en-GB")


def test_listed_words_are_known_without_asking_harper(fresh_speller, monkeypatch):
    monkeypatch.setattr(harper, "_ask", lambda words, dialect: pytest.fail(f"Harper asked about {words}"))
    assert harper.misspelled_in(["colour", "Colour", "harbour", "the", "THE", "NATO"], "en-GB") == set()
    assert harper.misspelled_in(["color", "colour"], "en-US") == {"colour"}  # known in the other dialect only
    assert harper.misspelled_in(["zorblaxian", "Wiśniewski", "recieve"], "en-US") == {"zorblaxian", "Wiśniewski", "recieve"}


def test_another_harper_py_version_asks_harper_about_unlisted_words(fresh_speller, monkeypatch):
    monkeypatch.setattr(harper_words._lexicon(), "stamp", "0.0.0-other")
    harper_words._installed_matches_stamp.cache_clear()
    asked: list[str] = []
    original = harper._ask
    monkeypatch.setattr(harper, "_ask", lambda words, dialect: asked.extend(words) or original(words, dialect))
    try:
        assert harper_words.answer("zorblaxian", "en-GB") is None
        assert harper.misspelled_in(["colour", "zorblaxian"], "en-GB") == {"zorblaxian"}
        assert asked == ["zorblaxian"]  # a listed word is still known: it was verified, and is in Harper's dictionary
    finally:
        monkeypatch.undo()
        harper_words._installed_matches_stamp.cache_clear()
    assert harper_words.answer("zorblaxian", "en-GB") is False  # the stamp matches again: the list decides


def test_in_an_unmeasured_dialect_harper_is_asked_about_unlisted_words(fresh_speller):
    assert harper_words.answer("colour", "en-AU") is True
    assert harper_words.answer("zorblaxian", "en-AU") is None


@pytest.mark.parametrize("dialect", ["en-US", "en-GB", "en-AU", "en-CA", "en-IN"])
def test_answers_are_harpers_own(fresh_speller, dialect):
    assert harper.misspelled_in(SAMPLE, dialect) == _harper_rejects(SAMPLE, dialect)


def test_words_the_list_cannot_answer_still_go_to_harper(fresh_speller):
    # not letters only: the list holds none of them, and Harper reads them as several tokens
    for word in ("John's", "well-known", "don't", "e-mail"):
        assert harper_words.answer(word, "en-US") is None


def test_the_words_every_dialect_knows_stay_sorted():
    # they are bisected: an unsorted line would hide words from the lookup
    lexicon = harper_words._lexicon()
    words = lexicon.lines[lexicon.first : lexicon.partial_at]
    assert words == sorted(words) and len(words) > 90_000
