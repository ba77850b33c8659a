"""What keeps newslint fast, asserted as behaviour (not timings): what a run imports and builds,
what the speller computes, what the parent keeps (issue 13)."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from newslint.cli import main
from newslint.engines import harper

ARTICLE = "The council met on Tuesday.  It agreed the budget , and the mayor said so.\n"


def _run_and_report(tmp_path, *args: str, probe: str = "None", text: str = ARTICLE) -> dict:
    """Run ``newslint check`` in a fresh interpreter on ``text``; what it imported, which Harper
    linters it built, and ``probe`` (an expression evaluated in that interpreter after the run)."""
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    code = (
        "import json, sys\n"
        "from newslint.cli import main\n"
        "try:\n"
        f"    main(['check', '--no-cache', '-q', *{list(args)!r}, {str(article)!r}], standalone_mode=False)\n"
        "except SystemExit:\n"
        "    pass\n"
        "from newslint.engines import harper\n"
        "from newslint.lexicon import collocations, confusables, names\n"
        f"print(json.dumps({{'modules': sorted(sys.modules), 'linters': len(harper._LINTERS), 'probe': {probe}}}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path).stdout
    return json.loads(out.splitlines()[-1])


def test_one_job_imports_no_process_pool(tmp_path):
    seen = _run_and_report(tmp_path, "--jobs", "1", "--select", "punctuation")
    assert "concurrent.futures.process" not in seen["modules"]
    assert "multiprocessing" not in seen["modules"]


def test_rules_that_need_no_harper_build_no_harper_linter(tmp_path):
    seen = _run_and_report(tmp_path, "--select", "punctuation,unicode,artifact,structure,readability")
    assert seen["linters"] == 0
    assert "harper._harper" not in seen["modules"]


def test_a_grammar_rule_builds_harper_only_for_a_sentence_that_needs_it(tmp_path):
    # no sentence holds a trigger of the Harper rules verb-form keeps: Harper is never built
    assert _run_and_report(tmp_path, "--select", "grammar/verb-form")["linters"] == 0
    # "will aired" is one: Harper is built and lints that sentence
    assert _run_and_report(tmp_path, "--select", "grammar/verb-form", text="The show will aired next week.\n")["linters"] >= 1


def test_the_known_word_test_never_computes_suggestions(monkeypatch):
    asked: list[list[str]] = []
    original = harper._spell
    monkeypatch.setattr(harper, "_spell", lambda words, dialect: asked.append(list(words)) or original(words, dialect))
    harper._WORD_CACHE.pop("en-AU", None)
    # words in no dictionary of Harper's are answered without SpellCheck (which would suggest corrections)
    assert harper.misspelled_in(["zorblaxian", "recieve", "definately"], "en-AU") == {"zorblaxian", "recieve", "definately"}
    assert asked == []
    # a known word outside the shipped list goes to SpellCheck (cheap: nothing to suggest), and
    # corrections come only on request
    assert harper.misspelled_in(["well-known"], "en-AU") == set()
    assert asked == [["well-known"]]
    assert "receive" in harper.suggestions_for(["recieve"], "en-AU")["recieve"]
    assert asked[-1] == ["recieve"]


def test_hyphenated_and_apostrophe_words_keep_spellchecks_verdict():
    # is_likely_english reads these as several tokens; the speller's verdict on the whole stands
    words = ["well-known", "xyzzy-known", "don't"]
    harper._WORD_CACHE.pop("en-IN", None)
    expected = {word for word, verdict in harper._spell(words, "en-IN").items() if verdict is not None}
    assert harper.misspelled_in(words, "en-IN") == expected


# -- cold start: what one article pays for before and besides its own rules (issue 13) --------------


def test_a_selection_without_pack_rules_reads_no_pack_file(tmp_path):
    # the shipped pack's phrase lists (and the word-class table their plurals need) are read
    # only when one of its rules may run
    seen = _run_and_report(tmp_path, "--select", "punctuation", probe="confusables._table.cache_info().currsize")
    assert "newslint.yamlrules" not in seen["modules"]
    assert seen["probe"] == 0
    assert _run_and_report(tmp_path, "--select", "wording/tortured-phrases", probe="'newslint.yamlrules' in sys.modules")["probe"]


def test_the_swapped_collocation_rule_reads_the_pack_once_and_builds_no_bigram_set(tmp_path):
    # the curated list comes from the registry (not parsed a second time), and the 294,000 known
    # pairs are searched in the file's text, never built into a set
    probe = (
        "[sorted(f.__name__ for f in vars(collocations).values() if hasattr(f, 'cache_info') and f.cache_info().currsize),"
        " __import__('newslint.checks.wording.swapped_collocation',"
        " fromlist=['_listed'])._listed() is __import__('newslint.engine.registry', fromlist=['load_registry'])"
        ".load_registry().get('wording/tortured-phrases')]"
    )
    cached, shared_rule = _run_and_report(tmp_path, "--select", "wording/swapped-collocation", probe=probe)["probe"]
    assert set(cached) <= {"_sequences_text", "_substitutes", "_terms"} and "_substitutes" in cached
    assert shared_rule


def test_harper_rule_names_are_asked_once_however_many_linters(tmp_path):
    # a grammar lint builds the rules' linter; a second dialect's speller is built after the run
    text = ARTICLE + "\nWe waited with baited breath.\n"
    probe = "[(harper._linter('en-GB', 'spelling', ()), len(harper._LINTERS))[1], harper._lint_names.cache_info().misses]"
    linters, asked = _run_and_report(tmp_path, probe=probe, text=text)["probe"]
    assert linters >= 2
    assert asked == 1
