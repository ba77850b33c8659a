"""consistency/name-spelling: one person, two spellings."""

from helpers import findings, spans

RULE = "consistency/name-spelling"


def test_spaced_and_hyphenated_given_name():
    text = (
        "President Lee Jae Myung left for Beijing.\n\n"
        "Lee Jae-Myung will meet Xi Jinping. Aides said Lee Jae-Myung was ready.\n"
    )
    (finding,) = findings(text, RULE)
    assert text[finding.src_start : finding.src_end] == "Lee Jae Myung"
    assert (finding.line, finding.column) == (1, 11)
    assert "'Lee Jae-Myung' 2 time(s)" in finding.message and "line 3" in finding.message


def test_case_after_the_hyphen():
    text = "Wi Sung-lac said talks went well. Wi Sung-Lac added more would follow. Wi Sung-lac smiled."
    assert spans(text, RULE) == ["Wi Sung-Lac"]


def test_run_together():
    text = "Kilroy-Silk quit. Mr Kilroy-Silk said he would stand. Voters backed Kilroysilk."
    assert spans(text, RULE) == ["Kilroysilk"]


def test_one_spelling_throughout_is_silent():
    text = "President Lee Jae Myung left. Lee Jae Myung met Wi Sung-lac and Kim Eun-jung."
    assert spans(text, RULE) == []


def test_title_case_and_sentence_starts_are_not_a_spelling():
    text = "Semi-Annual Dividend Declared\n\nSemi-annual dividends will be paid in May, the semi-annual report said.\n"
    assert spans(text, RULE) == []


def test_pairs_of_places():
    text = "Korea-China trade grew, and the Korea China Trade Council met."
    assert spans(text, RULE) == []


def test_a_title_case_headline_is_counted_but_not_reported():
    text = "Lear Siegler Holding To Divest Unit\n\nLear-Siegler said it would sell. Lear-Siegler shares rose.\n"
    assert spans(text, RULE) == []
