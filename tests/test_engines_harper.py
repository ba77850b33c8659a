"""The Harper engine: one lint per document for every Harper-backed rule, exact spans, dialect,
vocabulary, masked tokens, and only the Harper checks newslint chose."""

from __future__ import annotations

from helpers import findings

from newslint.config import Config
from newslint.engines import harper
from newslint.frontends import parse_document

HARPER_BACKED = ["spelling/misspelled-word", "grammar/a-an", "grammar/to-too", "grammar/then-than",
                 "grammar/its-it-s", "grammar/there-their", "grammar/should-of", "grammar/word-choice",
                 "grammar/verb-form"]


def test_each_document_is_linted_once_for_all_harper_rules(monkeypatch):
    calls = []
    original = harper._lint_document
    monkeypatch.setattr(harper, "_lint_document", lambda *args: calls.append(args) or original(*args))
    text = "Officials did not recieve a extensive report, rather then a summary.\n"
    rules = {f.rule for f in findings(text, HARPER_BACKED)}
    assert rules == {"spelling/misspelled-word", "grammar/a-an", "grammar/then-than"}
    assert len(calls) == 1


def test_spans_are_code_points_of_the_analysis_text():
    text = "Fans 🎉 in Seoul 𝐜𝐡𝐞𝐞𝐫𝐞𝐝 as a extensive deal was signed.\n"
    found = findings(text, "grammar/a-an")
    assert [(f.line, f.column, text[f.src_start : f.src_end]) for f in found] == [(1, text.index(" a ") + 2, "a")]


def test_entities_and_markup_do_not_shift_spans():
    text = "<p>Lee&#x27;s aides said it was <b>a</b> extensive deal, rather then a truce.</p>"
    found = findings(text, ["grammar/a-an", "grammar/then-than"], path="story.html")
    assert [text[f.src_start : f.src_end] for f in found] == ["a", "then"]


def test_only_the_chosen_harper_checks_run():
    used = harper.used_rules()
    assert {"ThenThan", "ModalOf"} <= used
    # Spelling asks about single words (cached); in the document lint it would double the cost.
    assert "SpellCheck" not in used
    # Casing, repeated words, style and sentence length belong to other rules or to nobody.
    assert not used & {"SentenceCapitalization", "RepeatedWords", "LongSentences", "OxfordComma",
                       "SpelledNumbers", "BoringWords", "UseTitleCase", "AvoidContractions", "Dashes"}


def test_oxford_comma_title_case_and_long_sentences_are_not_reported():
    long_sentence = " ".join(["the ministers of trade, of finance and of foreign affairs met again"] * 6)
    text = ("Beijing Talks Open With Pledges On Trade\n\nThey discussed trade, investment and tourism, and "
            f"{long_sentence} to agree.\n")
    assert [f for f in findings(text, ["spelling", "grammar", "punctuation"]) if f.rule != "spelling/dialect-spelling"] == []


def test_hashes_and_urls_are_masked():
    text = ("The file 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 was posted at "
            "https://example.com/recieve-teh-file by a extensive team.\n")
    found = findings(text, ["spelling", "grammar"])
    assert [(f.rule, text[f.src_start : f.src_end]) for f in found] == [("grammar/a-an", "a")]


def test_document_lints_know_their_dialect():
    doc = parse_document("a.txt", "The colour of the centre.\n", "text")
    american, british = harper.lints(doc, Config(dialect="en-US")), harper.lints(doc, Config(dialect="en-GB"))
    assert american.unknown("colour") and not british.unknown("colour")


def test_the_speller_is_asked_about_each_word_once_per_process(monkeypatch):
    asked = []
    original = harper._spell
    monkeypatch.setattr(harper, "_spell", lambda words, dialect: asked.append(list(words)) or original(words, dialect))
    harper._WORD_CACHE.pop("en-CA", None)
    first = harper.suggestions_for(["recieve", "receive", "Zorblax"], "en-CA")
    again = harper.suggestions_for(["recieve", "Zorblax", "definately"], "en-CA")
    # "receive" is in the shipped list of Harper's words: known without asking
    assert sorted(word for batch in asked for word in batch) == ["Zorblax", "definately", "recieve"]
    assert asked[-1] == ["definately"]
    assert set(first) == {"recieve", "Zorblax"} and "receive" in first["recieve"]
    assert set(again) == {"recieve", "Zorblax", "definately"}


def test_misspelled_in_checks_words_in_a_dialect():
    assert harper.misspelled_in(["colour", "color", "recieve"], "en-US") == {"colour", "recieve"}
    assert harper.misspelled_in(["colour", "color", "recieve"], "en-GB") == {"color", "recieve"}


def test_a_long_text_goes_to_harper_in_pieces_with_exact_positions():
    """Harper's cost per character grows with input length, so long texts are linted in pieces
    cut at line breaks; a lint deep inside keeps its exact position in the whole text."""
    from newslint.engines import harper

    harper.use(("ModalOf",))
    paragraph = "The council met on Monday and agreed the budget for the coming year after a long debate.\n"
    slip = "Officials said they should of acted sooner.\n"
    prefix = paragraph * (3 * harper.CHUNK // len(paragraph))
    long_text = prefix + slip + paragraph * 10
    assert len(harper.chunks(long_text)) >= 3
    found = harper._lint_document(long_text, "en-US", ())["ModalOf"]
    assert [(lint.start, long_text[lint.start:lint.end]) for lint in found] == [
        (len(prefix) + slip.index("should of"), "should of")
    ]


def test_pieces_cover_the_text_and_break_where_no_lint_spans_the_cut():
    from newslint.engines.harper import chunks

    lines = "Para one. " * 300 + "\n"  # 3,000 characters a line: cut after a sentence
    for text, size in ((lines * 30, 2000), ("Word " * 10_000, 2000), ("x" * 50_000, 2000), ("short", 2000)):
        pieces = chunks(text, size)
        assert "".join(piece for _, piece in pieces) == text
        assert all(text[offset : offset + len(piece)] == piece for offset, piece in pieces)
        assert all(len(piece) <= size for _, piece in pieces)
    assert all(piece.endswith((". ", "\n")) for _, piece in chunks(lines * 30, 2000)[:-1])
