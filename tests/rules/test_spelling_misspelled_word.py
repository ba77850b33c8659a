"""spelling/misspelled-word: real slips are found at their exact span; names and news words never are."""

from __future__ import annotations

from helpers import findings, spans

from newslint.engine.fixes import apply_fixes

RULE = "spelling/misspelled-word"


def test_known_misspellings_are_found_with_a_safe_fix():
    text = "Officials said they did not recieve the letter and would definately reply.\n"
    found = findings(text, RULE)
    assert [text[f.src_start : f.src_end] for f in found] == ["recieve", "definately"]
    assert all(f.fix and f.fix.applicability == "safe" for f in found)
    fixed, _ = apply_fixes(text, found)
    assert fixed == "Officials said they did not receive the letter and would definitely reply.\n"


def test_capitalised_known_misspelling_keeps_its_capital():
    text = "Goverment sources said the talks would resume.\n"
    found = findings(text, RULE)
    assert [(text[f.src_start : f.src_end], f.fix.replacement) for f in found] == [("Goverment", "Government")]


def test_slip_of_the_keys_is_a_suggestion_not_a_safe_fix():
    text = "Astronomers may have found the most powrful supernova yet.\n"
    found = findings(text, RULE)
    assert spans(text, RULE) == ["powrful"]
    assert found[0].fix.replacement == "powerful" and found[0].fix.applicability == "unsafe"
    assert (found[0].line, found[0].column) == (1, 37)


def test_wrongly_inflected_word_suggests_the_right_inflection():
    text = "The club was prefering to wait, and fans kept puting up banners.\n"
    found = findings(text, RULE)
    assert [(text[f.src_start : f.src_end], f.fix.replacement) for f in found] == [
        ("prefering", "preferring"), ("puting", "putting"),
    ]


def test_korean_and_chinese_names_are_never_misspellings():
    text = (
        "President Lee Jae Myung met Zhao Leji and Premier Li Qiang in Beijing. National Security "
        "Adviser Wi Sung-lac said, according to Kim Eun-jung of Yonhap, that the talks in Gyeongju "
        "went well. Dr. Kim Eun‑soo of Seoul National University agreed.\n"
    )
    assert spans(text, RULE) == []


def test_headline_and_byline_names_are_not_misspellings():
    text = "Wi Sung-lac Urges Calm\n\nBy Omar Elsayed\n\nThe adviser spoke on Monday.\n"
    assert spans(text, RULE) == []


def test_acronyms_units_links_and_hyphen_parts_are_not_words_to_spell():
    text = (
        "The THAAD battery cost £5bn, SMEs saw R&D rise, and co-ordinators at yna.co.kr and "
        "https://example.com/recieved wrote to ejkim@yna.co.kr about the graphene‑based cells.\n"
    )
    assert spans(text, RULE) == []


def test_dialect_spellings_and_news_vocabulary_are_not_misspellings():
    text = (
        "The organisation's programme was cancelled, said a Labour backbencher on the bourse's "
        "trading floor, where the eurozone's telcos rallied.\n"
    )
    assert spans(text, RULE) == []


def test_slips_that_look_like_derivations_or_compounds_are_still_found():
    text = ("The minister sayd the outcom of the talks was fair, and the fallers agreed. The debutant "
            "liked the storyline of the grassroot campaign.\n")
    assert spans(text, RULE) == ["sayd", "outcom"]
    assert findings(text, RULE)[1].fix.replacement == "outcome"


def test_name_particles_foreign_phrases_and_repeated_terms_are_accepted():
    text = (
        "Luigi del Neri's side faced Edwin van der Sar. It was a bona fide offer, paid per annum. "
        "The hagfish makes slime; the quagga was extinct, but new quaggas were bred.\n"
    )
    assert spans(text, RULE) == []


def test_lowercase_name_is_left_to_the_casing_rules():
    text = "Zhao Leji arrived. Later zhao spoke, and students from korea listened.\n"
    assert spans(text, RULE) == []


def test_config_vocabulary_accepts_words(tmp_path):
    config = tmp_path / ".newslint.yaml"
    config.write_text("vocabulary:\n  accept: [teh, Zorblax]\n", encoding="utf-8")
    text = "Zorblax said teh deal was off.\n"
    assert spans(text, RULE) == ["teh"]
    assert [f.rule for f in findings(text, RULE, config=config)] == []


def test_misspelling_inside_a_quote_is_still_reported():
    text = 'One reader wrote: "I play alot, definately over 20 hours a week."\n'
    assert spans(text, RULE) == ["alot", "definately"]


def test_article_without_misspellings_is_silent():
    text = (
        "Seoul and Beijing agreed on Tuesday to expand cooperation in artificial intelligence, green "
        "energy and supply chains, officials said, adding that denuclearization remained a priority.\n"
    )
    assert spans(text, RULE) == []


def test_slips_that_split_into_words_are_found_with_the_likeliest_word():
    # "de" + "story", "prat" + "ice", "big" + "inning", "fir" + "ends": splitting excuses nothing
    text = ("Rebels vowed to destory the bridge. Her pratice grew from the biginning, with firends. "
            "He sayd he would recrod a responce.\n")
    found = findings(text, RULE)
    assert [(text[f.src_start : f.src_end], f.fix.replacement) for f in found] == [
        ("destory", "destroy"), ("pratice", "practice"), ("biginning", "beginning"), ("firends", "friends"),
        ("sayd", "said"), ("recrod", "record"), ("responce", "response"),
    ]
    assert {f.fix.applicability for f in found} == {"unsafe"}


def test_rare_regular_words_are_not_slips_for_common_ones():
    text = ("The firm will demerge its unrevised durables unit, said reinsurers, as "
            "shallowing fallers met a slugfest over dimmable downlights.\n")
    assert spans(text, RULE) == []


def test_a_slip_in_markdown_is_found_at_its_exact_span():
    text = "---\ntitle: Talks\n---\n\nThe ministers **destory** the [responce](https://x.org) plan.\n"
    found = findings(text, RULE, path="story.md")
    assert [text[f.src_start : f.src_end] for f in found] == ["destory", "responce"]


def test_a_slip_in_a_sentence_opener_is_found_but_names_that_open_sentences_are_not():
    text = "Stocks fell. Theere are rumours. Tihs shows it. Colgan said so. Werner agreed.\n"
    found = findings(text, RULE)
    assert [(text[f.src_start : f.src_end], f.fix.replacement) for f in found] == [("Theere", "There"), ("Tihs", "This")]


def test_a_slip_before_a_name_is_no_name_particle():
    text = "He moved to Burkina Faso fromt Florida, where Luigi del Neri met Ariadne auf Naxos.\n"
    assert spans(text, RULE) == ["fromt"]


def test_a_known_misspelling_is_an_error_a_likely_slip_a_warning():
    text = "The firm could not accomodate the powrful demand.\n"
    found = findings(text, RULE)
    assert [(text[f.src_start : f.src_end], str(f.severity)) for f in found] == [
        ("accomodate", "error"), ("powrful", "warning"),
    ]


def test_words_of_the_standard_dictionary_are_words_however_rare():
    # Harper lacks them and wordfreq counts them rarely, but a dictionary holds them
    text = "Figueroa snaffled the loose ball and hared away. The phone became a yuppy must-have.\n"
    assert spans(text, RULE) == []


def test_regular_derivations_are_no_slips_for_words_two_edits_away():
    text = ("Accusations of control freakery and bureaucratism followed, and fosterers' allowances rose, "
            "but the minister spoke publically about it, and the cost was minimsed. It was knowned and "
            "agreeded.\n")
    assert spans(text, RULE) == ["publically", "minimsed", "knowned", "agreeded"]


def test_a_sentence_opener_before_a_capitalised_word_is_a_given_name():
    text = ("The offer stands. Dipo Alli says he has received an offer. Tihs is new. Gelete Burka then won. "
            "Subtitute Robin van Persie scored.\n")
    assert spans(text, RULE) == ["Tihs", "Subtitute"]


def test_a_quotation_keeps_words_as_they_were_said_but_slips_stay_slips():
    text = ('"He is verrry handsome," she wrote. "Thanks for kickin my back into shape, and for the '
            'folllowing tips." Later he said nothin more.\n')
    assert spans(text, RULE) == ["folllowing", "nothin"]


def test_a_dropped_h_marked_by_an_apostrophe_is_said_not_mistyped():
    assert spans("It's 'orrible, one reader wrote of the song.", RULE) == []
    # the true positive it must keep: the same word without the apostrophe is a slip
    assert spans("It was orrible, one reader wrote of the song.", RULE) == ["orrible"]


def test_a_letter_drawn_out_is_said_anywhere_but_a_bounced_key_is_a_slip():
    # a readers' post, no quotation marks: three e's for one is no bounced key
    assert spans("No offence Robbie, but pleeease! There must be better songs.", RULE) == []
    # the true positive it must keep: one letter too many is a slip
    assert spans("He quit the show folllowing a row.", RULE) == ["folllowing"]


def test_a_two_word_phrase_written_as_one_is_a_word_but_words_run_together_are_a_slip():
    assert spans("To be fair, they had a gameplan and it worked.", RULE) == []
    # the true positives it must keep: a function word run into the next, a typo in the compound
    assert spans('"It should work now," hesaid.', RULE) == ["hesaid"]
    assert spans("The firm used a gamepaln for the launch.", RULE) == ["gamepaln"]


def test_a_regular_adverb_of_a_known_word_is_no_slip_for_another_word():
    # "dually" is "dual" + "-ly", two edits from "daily" (BBC news)
    assert spans('"The smart chip is dually engineered to register ink," he said.', RULE) == []
    # the true positive it must keep: an adverb of the stem formed wrong
    assert spans("He responded drasticly to the news.", RULE) == ["drasticly"]


def test_a_short_word_with_two_pairs_of_letters_swapped_is_a_slip():
    # "eyasr": every letter of "years" typed, two neighbours out of order twice; a short token
    # two edits from a word is otherwise left alone as a word Harper lacks ("mucin")
    text = "He hosted the show for 30 eyasr and studied mucin in the lab.\n"
    found = findings(text, RULE)
    assert [(text[f.src_start : f.src_end], f.fix.replacement) for f in found] == [("eyasr", "years")]
