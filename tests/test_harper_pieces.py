"""Harper's parse only where it is needed: which sentences reach Harper, and that the lints
found in them are the ones Harper finds in the whole text, at the same places."""

from __future__ import annotations

import importlib
import json

import pytest
from helpers import findings, run_cli

from newslint.checks import BUILTIN_RULES
from newslint.engines import harper, harper_pieces

GRAMMAR = ["grammar/then-than", "grammar/its-it-s", "grammar/should-of", "grammar/word-choice", "grammar/verb-form",
           "grammar/there-their", "grammar/to-too"]
FILLER = "The council met on Monday to discuss the budget for the coming year."
# Five paragraphs; the slips are in the last one, in its second sentence.
STORY = "\n\n".join([FILLER] * 4 + [f"{FILLER} Officials said they should of acted sooner."]) + "\n"


@pytest.fixture
def harper_calls(monkeypatch):
    """The texts handed to Harper's document lint."""
    texts = []
    original = harper._linter

    class Counting:
        def __init__(self, linter):
            self._linter = linter

        def organized_lints(self, text, **options):
            texts.append(text)
            return self._linter.organized_lints(text, **options)

    def counting(dialect, purpose, accept):
        linter = original(dialect, purpose, accept)
        return Counting(linter) if purpose == "rules" else linter

    monkeypatch.setattr(harper, "_linter", counting)
    return texts


def _import_harper_rules():
    for rule, target in BUILTIN_RULES.items():
        if rule.startswith("grammar/"):
            importlib.import_module(target.split(":")[0])


def test_every_harper_rule_newslint_switches_on_has_triggers():
    # A rule without a row would send every sentence of every article to Harper.
    _import_harper_rules()
    assert harper_pieces.triggers(harper.used_rules()).always == frozenset()


def test_a_text_without_a_trigger_never_reaches_harper(harper_calls):
    text = "\n\n".join([FILLER] * 6) + "\n"
    assert findings(text, GRAMMAR) == []
    assert harper_calls == []


def test_only_the_sentence_with_a_trigger_reaches_harper(harper_calls):
    found = findings(STORY, GRAMMAR)
    assert [(f.rule, f.line, STORY[f.src_start:f.src_end]) for f in found] == [("grammar/should-of", 9, "should of")]
    assert harper_calls == ["Officials said they should of acted sooner."]



def test_than_reaches_harper_only_in_the_phrases_harper_corrects(harper_calls):
    # ThenThan corrects "then" after a comparative, but "than" only in "now and than", "than again"
    # and "until than": a comparison with "than" is no reason to parse its sentence.
    text = f"{FILLER} Costs rose more than expected.\n\nThe two sides meet now and than in Paris.\n"
    findings(text, GRAMMAR)
    assert harper_calls == ["The two sides meet now and than in Paris."]


def test_its_reaches_harper_only_before_a_word_its_it_s_keeps_harpers_lint_before(harper_calls):
    # ItsContraction fires on "its" before many words, but grammar/its-it-s keeps its lint only
    # before these: the trigger row must follow the rule's set.
    from newslint.checks.grammar import its_it_s

    assert harper_pieces.table()["ItsContraction"] == ((frozenset({"its"}), its_it_s._HARPER_AFTER_CONTRACTION),)
    text = f"{FILLER} The firm said its profit rose.\n\nAnalysts said its clear that it will.\n"
    assert [(f.rule, text[f.src_start:f.src_end]) for f in findings(text, GRAMMAR)] == [("grammar/its-it-s", "its")]
    assert harper_calls == ["Analysts said its clear that it will."]

@pytest.mark.parametrize(("path", "wrap"), [
    ("story.txt", lambda body: body),
    ("story.md", lambda body: "# Budget talks\n\n" + body),
    ("story.html", lambda body: "<html><body>" + "".join(f"<p>{p}</p>\n" for p in body.split("\n\n")) + "</body></html>\n"),
])
def test_a_lint_in_the_fifth_paragraph_lands_at_its_line_and_column(tmp_path, path, wrap):
    source = wrap(STORY)
    (tmp_path / path).write_text(source, encoding="utf-8")
    result = run_cli("check", "--format", "json", "--no-cache", "--select", "grammar/should-of", str(tmp_path / path))
    [finding] = json.loads(result.stdout)["findings"]
    offset = source.index("should of")
    line = source.count("\n", 0, offset) + 1
    column = offset - source.rfind("\n", 0, offset)
    assert (finding["line"], finding["column"]) == (line, column)


def test_the_lints_of_the_pieces_are_harpers_lints_on_the_whole_text(monkeypatch):
    _import_harper_rules()
    text = ("Its been a long week for the council.\n\n"
            "Nothing happened on Monday. The mayor said it was worse then last year, and she would of "
            "resigned. Its price rose.\n\n"
            "The U.S. envoy arrived at 9 a.m. Its staff said the deal was a mute point.\n\n"
            "He left the building. The crowd had went home by then.\n")
    pieces = harper._lint_document(text, "en-US", ())
    monkeypatch.setattr(harper, "_selected", harper.chunks)
    whole = harper._lint_document(text, "en-US", ())
    assert pieces == whole
    assert {"ThenThan", "ModalOf", "ItsContraction", "MootPoint", "SimplePastToPastParticiple"} <= set(whole)


def test_sentences_end_where_harper_ends_them():
    text = "Profits rose to $500m. Its shares in the U.S. fell at 9 a.m. Trade etc. Then A. Smith left... Then he spoke. Done!"
    cut = [text[start:end] for start, end in harper_pieces.sentences(text, 0, len(text))]
    assert cut == ["Profits rose to $500m. Its shares in the U.S. fell at 9 a.m. Trade etc. Then A. Smith left... Then he spoke. ",
                   "Done!"]


def test_triggers_are_words_in_order_whatever_the_case_apostrophe_or_hyphen():
    found = harper_pieces.triggers(frozenset({"ThenThan", "ModalOf", "CuttingAgeEggcorn", "ItsPossessive"}))
    assert found.fire("He SHOULD OF known.")
    assert found.fire("A cutting-age design.")
    assert found.fire("It’s price rose.")
    assert not found.fire("He should have known of it.")
    assert not found.fire("Its price rose.")


def test_a_rule_without_triggers_sends_every_sentence():
    assert harper_pieces.pieces("One. Two.", frozenset({"NoSuchRule"}), 100) == [(0, 9)]


def test_neighbouring_sentences_go_in_one_piece_within_the_size():
    text = "It was worse then before. It was worse then ever.\n\nIt was worse then ever."
    assert harper_pieces.pieces(text, frozenset({"ThenThan"}), 1000) == [(0, len(text))]
    assert harper_pieces.pieces(text, frozenset({"ThenThan"}), 30) == [(0, 26), (26, 49), (51, len(text))]
