"""casing/title-before-name: AP capitalises a formal title directly before a name; BBC-style
copy lowercases titles throughout, so by default only an article's own slips are reported."""

from helpers import findings, spans

RULE = "casing/title-before-name"


def test_lowercase_title_when_the_article_capitalises_it_elsewhere():
    text = "Lee met President Xi Jinping on Monday.\n\nThe agenda named president Xi Jinping (China) and others.\n"
    (finding,) = findings(text, RULE)
    assert text[finding.src_start : finding.src_end] == "president"
    assert (finding.line, finding.column) == (3, 18)
    assert "line 1" in finding.message
    assert finding.fix.replacement == "President" and finding.fix.applicability == "unsafe"


def test_nationality_before_the_title():
    text = "Lee met Premier Li Qiang. Lee and Chinese premier Li Qiang discussed trade."
    assert spans(text, RULE) == ["premier"]


def test_two_word_titles():
    text = "Foreign Minister Wang Yi arrived. Later foreign minister Wang Yi left."
    assert spans(text, RULE) == ["foreign minister"]


def test_bbc_style_lowercase_titles_are_silent_by_default():
    text = "Turkish premier Recep Erdogan met French president Jacques Chirac in Paris."
    assert spans(text, RULE) == []


def test_always_option_for_ap_house_style(tmp_path):
    config = tmp_path / ".newslint.yaml"
    config.write_text("rules:\n  casing/title-before-name:\n    always: true\n", encoding="utf-8")
    text = "Turkish premier Recep Erdogan met French president Jacques Chirac in Paris."
    found = findings(text, RULE, config=str(config))
    assert [text[f.src_start : f.src_end] for f in found] == ["premier", "president"]


def test_titles_set_off_or_described_are_lowercase():
    text = (
        "Lee met President Xi Jinping. Xi, China's president, spoke first, and the president smiled. "
        "Former president Park Geun-hye and the company's president John Smith did not attend. "
        "Fifa president Sepp Blatter sent a message, as did coach Sarah Lin and astronaut John Glenn."
    )
    assert spans(text, RULE) == []


def test_names_of_things_after_a_title_word():
    text = "President Xi Jinping watched a Premier League match and met king Size Foods staff."
    assert spans(text, RULE) == []


def test_honorific_after_title_is_house_style():
    text = "Mayor Ken Livingstone spoke. Later mayor Mr Livingstone left."
    assert spans(text, RULE) == []


def test_heads_of_organisations_and_deposed_leaders():
    text = (
        "President Francisco Gros of the central bank spoke. Later, central bank president Francisco Gros "
        "met a close associate of deposed president Ferdinand Marcos."
    )
    assert spans(text, RULE) == []


def test_sentence_opener_before_a_title():
    text = "Foreign Minister Wang Yi arrived. Fifa president Sepp Blatter and Later foreign minister Wang Yi left."
    assert spans(text, RULE) == []
    assert spans("Foreign Minister Wang Yi arrived. Later foreign minister Wang Yi left.", RULE) == ["foreign minister"]


def test_titles_every_measured_style_capitalises_need_no_evidence():
    assert spans("The plan was backed by prime minister Tony Blair on Monday.", RULE) == ["prime minister"]
    assert spans("Critics said home secretary David Blunkett had gone too far.", RULE) == ["home secretary"]
    # BBC style lowercases ministers and descriptions
    text = (
        "The plan was backed by finance minister Trevor Manuel, ex-Conservative chancellor Ken Clarke "
        "and the former Dutch prime minister Wim Kok."
    )
    assert spans(text, RULE) == []


def test_local_offices_with_the_articles_evidence():
    text = "Officials met Mayor Sadiq Khan and Judge Jane Doe. Later mayor Sadiq Khan thanked judge Jane Doe."
    assert spans(text, RULE) == ["mayor", "judge"]


def test_a_lowercase_title_starting_a_sentence_is_one_finding():
    text = "The report was out. prime minister Tony Blair replied."
    assert spans(text, "casing") == ["prime"]
