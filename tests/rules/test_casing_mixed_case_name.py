"""casing/mixed-case-name: a multi-word name with one word lowercased."""

from helpers import findings, spans

RULE = "casing/mixed-case-name"


def test_name_written_two_ways():
    text = (
        "Launch a $5 billion Korea-China Technology Partnership Fund. The Technology Partnership Fund "
        "will create jobs.\n\nLaunch the Technology Partnership fund in July.\n"
    )
    (finding,) = findings(text, RULE)
    assert text[finding.src_start : finding.src_end] == "fund"
    assert (finding.line, finding.column) == (3, 35)
    assert "Technology Partnership Fund" in finding.message and "line 1" in finding.message


def test_naming_adjective_inside_a_longer_name():
    text = "Zhao Leji, the chair of China's National People's Congress Standing committee, spoke."
    assert spans(text, RULE) == ["committee"]


def test_no_majority_no_finding():
    # BBC style writes "the US embassy"; one capitalised "US Embassy" does not make it the rule
    text = "Officials at the US Embassy said the US embassy would reopen once the US embassy staff returned."
    assert spans(text, RULE) == []


def test_generic_use_and_title_case_lines_are_no_evidence():
    text = "Technology Partnership Fund Opens Doors\n\nThe technology partnership fund was announced.\n"
    assert spans(text, RULE) == []


def test_sentence_start_capitals_prove_nothing():
    text = "The chief executive resigned. Chief executive pay rose. Chief Executive Officer Jane Doe spoke."
    assert spans(text, RULE) == []


def test_standing_as_an_ordinary_word():
    text = "The long-standing committee members met. A standing committee of the council was formed."
    assert spans(text, RULE) == []


def test_place_plus_common_noun_is_generic():
    text = (
        "Canadian Airlines posted a profit. Canadian Airlines added routes, and analysts said all Canadian "
        "airlines had a good year. Taiwan Steel and Taiwan Steel's rivals say Taiwan's steel exports fell."
    )
    assert spans(text, RULE) == []


def test_places_in_lowercase_are_left_to_lowercase_name():
    text = "West German officials met. The West German delegation and his West german counterpart talked."
    assert spans(text, RULE) == []
    assert spans(text, "casing") == ["german"]


def test_a_firms_group_described_and_awards_counted_are_lowercase_english():
    text = ("Shares in LG Group fell. Creditors gave LG group until Wednesday, and LG Group agreed. "
            "The Brit Awards are on Monday. Of the 15 Brit awards, 10 went to men. The Brit Awards ended. "
            "The Heineken Cup resumed. In their Heineken cup tie they lost, and the Heineken Cup moved on.")
    assert spans(text, RULE) == ["cup"]


def test_a_word_lowercase_name_reports_is_not_reported_twice():
    text = "Sony launched the Walkman in 1979. Fans loved the Sony Walkman. Later the Sony walkman faded."
    assert spans(text, "casing") == ["walkman"]
    assert spans(text, "casing/lowercase-name") == ["walkman"]
    assert spans(text, RULE) == []


def test_a_lowercase_word_of_a_name_lowercase_name_does_not_own_is_still_reported():
    text = ("The Technology Partnership Fund opened. The Technology Partnership Fund will invest in AI. "
            "Applications to the Technology Partnership fund close in May.")
    assert spans(text, RULE) == ["fund"]
