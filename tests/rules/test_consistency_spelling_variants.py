"""consistency/spelling-variants (YAML): two accepted spellings of one word in one article."""

from helpers import findings, spans

RULE = "consistency/spelling-variants"


def test_minority_spelling_reported_with_majority_and_line():
    text = "Lee's dialog with Zhao stressed trust.\n\nChina wants honest dialogue and more dialogue on trade.\n"
    (finding,) = findings(text, RULE)
    assert text[finding.src_start : finding.src_end] == "dialog"
    assert (finding.line, finding.column) == (1, 7)
    assert "'dialogue' 2 time(s)" in finding.message and "line 3" in finding.message


def test_one_spelling_is_silent():
    assert spans("Click OK in the dialog box. The dialog box closes.", RULE) == []
    assert spans("The e-mail arrived. Another e-mail followed.", RULE) == []


def test_hyphen_variants():
    text = "International co-operation grew, and cooperation on trade and cooperation on security followed."
    assert spans(text, RULE) == ["co-operation"]


def test_a_name_at_a_sentence_start_is_not_a_spelling():
    # BBC: "… rendered inaccessible. Email Systems refers to a small UK-based firm" beside "e-mail"
    text = "Staff use e-mail daily. The e-mail failed. The files were lost. Email Systems refers to a firm. Email is down."
    assert spans(text, RULE) == ["Email"]
    assert [f.column for f in findings(text, RULE)] == [text.rindex("Email") + 1]
