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


def test_accents_dropped_are_one_finding_for_the_name():
    text = "Ana Lucía Fernández spoke first. Later Ana Lucia Fernandez said she would return."
    (finding,) = findings(text, RULE)
    assert text[finding.src_start : finding.src_end] == "Lucia Fernandez"
    assert "'Lucía Fernández' 1 time(s)" in finding.message


def test_a_letter_doubled_or_dropped():
    text = "Plaid Cymru won two seats. The leader of Plaid Cymrru spoke. Plaid Cymru celebrated."
    assert spans(text, RULE) == ["Cymrru"]
    text = "Mr Yushchenko won. Aides said Mr Yushchenko would travel, and Yushchnko agreed."
    assert spans(text, RULE) == ["Yushchnko"]


def test_derivations_words_and_two_people_are_not_slips():
    text = (
        "Russia and Russian banks, Germany and German firms, Israel and Israeli troops. Michael Mann and "
        "Michel Gondry were nominated, as was the film Being Julia with Annette Bening. Horan and Horgan played."
    )
    assert spans(text, RULE) == []


def test_the_majority_never_holds_an_invisible_or_non_breaking_character():
    text = (
        "President Lee Jae\u2011Myung left. Lee Jae Myung met Xi. Aides said Lee Jae\u2011Myung was ready. "
        "Lee Jae\u2011Myung flew home."
    )
    found = findings(text, RULE)
    assert [text[f.src_start : f.src_end] for f in found] == ["Lee Jae\u2011Myung"] * 3
    assert all("but 'Lee Jae Myung' 1 time(s)" in f.message for f in found)


def test_the_slip_is_the_spelling_no_dictionary_holds():
    assert spans("Air China picked London. Air Chinna picked the Stock Exchange. Air China rose.", RULE) == ["Chinna"]
    assert spans("They joined Johhn Prescott on stage. John Prescott said it was good.", RULE) == ["Johhn"]
    # one name of two words, and a short name with a letter less, are no slips
    assert spans("Labour MP Sion Simon spoke. Simon said so. Chia Song Hwee met China's envoy in China.", RULE) == []


def test_two_spellings_both_common_are_two_names():
    # 'Peston'/'Preston', 'Patrik'/'Patrick', 'Fondation'/'Foundation' on BBC news: two names, not a slip
    text = (
        "Mr Peston wrote the book. Mr Preston denied it, and Mr Preston said so again. Patrik Berger scored "
        "and Patrick Vieira and Patrick Kluivert did not. Money goes to the Fondation pour Enfance "
        "(Foundation for Childhood). The Foundation said so."
    )
    assert spans(text, RULE) == []


def test_on_a_tie_the_commoner_spelling_is_the_model():
    text = "The deal with Matshushita was signed. Hitachi and Matsushita will share the plant."
    (finding,) = findings(text, RULE)
    assert text[finding.src_start : finding.src_end] == "Matshushita"
    assert "but 'Matsushita' 1 time(s)" in finding.message


def test_two_hyphenated_names_sharing_their_first_part_are_both_checked():
    # one name per first part was kept, whichever a set's order gave (PYTHONHASHSEED)
    text = (
        "Vice-President Dick Cheney met Vice-Chancellor Anna Berg on Monday.\n\n"
        "Later Vice President Dick Cheney said the talks went well, and Vice Chancellor Anna Berg agreed.\n"
    )
    assert sorted(spans(text, RULE)) == ["Vice Chancellor Anna", "Vice President Dick"]


def test_a_slip_of_a_name_seen_only_at_line_and_sentence_starts():
    # no capital falls mid-sentence: the headline holds the name, a quote opens with the slip;
    # the frequency table knows "Imogen" and has never seen "Imogenn"
    text = 'Imogen Poots takes the lead\n\nThe director said casting was easy. "Imogenn speaks three times more lines," she said.\n'
    assert spans(text, RULE) == ["Imogenn"]
    # neither spelling known anywhere: nothing says which is the name
    text = 'Imoqen Poots takes the lead\n\nThe director said casting was easy. "Imoqenn speaks three times more lines," she said.\n'
    assert spans(text, RULE) == []
