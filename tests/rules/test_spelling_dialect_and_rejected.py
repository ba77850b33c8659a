"""spelling/dialect-spelling follows the config's dialect; spelling/rejected-word the reject list."""

from __future__ import annotations

from helpers import findings

DIALECT = "spelling/dialect-spelling"
REJECTED = "spelling/rejected-word"
TEXT = "The organisation's programme was cancelled, and the organization's color guard left.\n"


def _config(tmp_path, body: str):
    path = tmp_path / ".newslint.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def _spans(text, rule, **kwargs):
    return [text[f.src_start : f.src_end] for f in findings(text, rule, **kwargs)]


def test_dialect_spelling_is_off_by_default():
    assert [f for f in findings(TEXT) if f.rule == DIALECT] == []


def test_american_config_reports_british_spellings(tmp_path):
    config = _config(tmp_path, f"dialect: en-US\nextend-select: [{DIALECT}]\n")
    found = findings(TEXT, None, config=config)
    dialect = [(TEXT[f.src_start : f.src_end], f.fix.replacement) for f in found if f.rule == DIALECT]
    assert ("organisation", "organization") in dialect and ("cancelled", "canceled") in dialect
    assert "color" not in [span for span, _ in dialect]
    assert all(f.fix.applicability == "unsafe" for f in found if f.rule == DIALECT)


def test_british_config_reports_american_spellings(tmp_path):
    config = _config(tmp_path, f"dialect: en-GB\nextend-select: [{DIALECT}]\n")
    spans = [TEXT[f.src_start : f.src_end] for f in findings(TEXT, None, config=config) if f.rule == DIALECT]
    assert spans == ["color"]


def test_no_dialect_spelling_is_ever_a_misspelling(tmp_path):
    for dialect in ("en-US", "en-GB", "en-AU", "en-CA", "en-IN"):
        config = _config(tmp_path, f"dialect: {dialect}\n")
        assert _spans(TEXT, "spelling/misspelled-word", config=config) == []


def test_rejected_words_from_the_config(tmp_path):
    config = _config(tmp_path, "vocabulary:\n  reject: [Daesh, North Korean regime]\n")
    text = "Daesh fighters retreated. The north korean regime said so; DAESH's media arm agreed.\n"
    assert _spans(text, REJECTED, config=config) == ["Daesh", "north korean regime", "DAESH"]


def test_rejected_words_are_whole_words_only(tmp_path):
    config = _config(tmp_path, "vocabulary:\n  reject: [centre]\n")
    text = "The centrepiece of the plan was a new centre-left alliance.\n"
    assert _spans(text, REJECTED, config=config) == []


def test_rejected_word_option_adds_words(tmp_path):
    config = _config(tmp_path, "rules:\n  spelling/rejected-word:\n    words: [utilise]\n")
    assert _spans("Firms utilise the scheme.\n", REJECTED, config=config) == ["utilise"]


def test_no_reject_list_means_no_findings():
    assert _spans("Daesh fighters retreated.\n", REJECTED) == []


def test_default_dialect_is_no_house_style_even_when_the_rule_is_selected():
    assert _spans(TEXT, DIALECT) == []


def test_dialect_option_sets_the_house_dialect(tmp_path):
    config = _config(tmp_path, f"extend-select: [{DIALECT}]\nrules:\n  {DIALECT}:\n    dialect: en-GB\n")
    spans = [TEXT[f.src_start : f.src_end] for f in findings(TEXT, None, config=config) if f.rule == DIALECT]
    assert spans == ["color"]
