"""casing/lowercase-name: places, nationalities and the article's own names in lowercase,
and the lowercase words that are no mistake (particles, prefixes, common words, addresses)."""

from helpers import findings, spans

from newslint.analysis.names import article_names
from newslint.frontends import parse_document

RULE = "casing/lowercase-name"


def test_gazetteer_nationality_with_safe_fix():
    text = "About 3,000 Chinese students will study at korean universities."
    (finding,) = findings(text, RULE)
    assert text[finding.src_start : finding.src_end] == "korean"
    assert (finding.line, finding.column) == (1, 44)
    assert finding.fix.replacement == "Korean" and finding.fix.applicability == "safe"


def test_multi_word_country_with_possessive():
    assert spans("Officials said south Korea’s exports rose.", RULE) == ["south"]
    assert spans("Trade with new Zealand grew.", RULE) == ["new"]


def test_hyphenated_places():
    assert spans("Increase South Korea‑china trade to $150 billion.", RULE) == ["china"]
    assert spans("Launch the korea‑China Technology Partnership Fund.", RULE) == ["korea"]


def test_article_evidence_for_a_name_before_its_other_part():
    text = "Lee met Zhao Leji, the legislature's chairman. Later, zhao Leji hosted a dinner."
    (finding,) = findings(text, RULE)
    assert text[finding.src_start : finding.src_end] == "zhao"
    assert "Zhao Leji" in finding.message and finding.fix.applicability == "unsafe"


def test_lowercase_name_starting_a_sentence_is_left_to_sentence_start():
    text = "Lee met Li in Beijing. lee underscored a proverb."
    assert spans(text, RULE) == []
    assert spans(text, "casing") == ["lee"]


def test_common_words_that_are_also_places():
    text = (
        "Tea was served in fine china. A turkey dinner followed, with french fries and polish on the "
        "silver. China and Turkey sent envoys."
    )
    assert spans(text, RULE) == []


def test_particles_prefixes_and_descriptions():
    text = (
        "Ludwig van Beethoven, Charles de Gaulle and Osama bin Laden were named. An anti-American "
        "protest followed the mid-July vote in south Wales, where South Wales Police were present."
    )
    assert spans(text, RULE) == []


def test_web_addresses_and_handles():
    assert spans("Details are at korea.net, on @koreanews and under #china.", RULE) == []


def test_accepted_vocabulary(tmp_path):
    config = tmp_path / ".newslint.yaml"
    config.write_text("vocabulary:\n  accept: [korean]\n", encoding="utf-8")
    assert findings("They study at korean universities.", RULE, config=str(config)) == []


def test_common_nouns_after_a_name_are_not_names():
    text = "The US Embassy in Seoul said the US embassy would reopen. San Francisco Police said San Francisco police agreed."
    assert spans(text, RULE) == []


def test_names_analysis_learns_from_running_text_only():
    doc = parse_document("a.txt", "Key Facts From The Review\n\nThe review found that zhao Leji met Zhao Leji.\n")
    names = article_names(doc)
    assert not names.is_strong_name("review")  # capitalised only in a title-case headline
    assert names.is_name("Zhao") and names.pairs[("zhao", "leji")] == 1
    assert names.is_name("Facts")  # a headline-only word may still be a name for spelling


def test_job_titles_before_a_name_are_not_names():
    text = "Chairman Lloyd Bentsen spoke. Senate Finance Committee chairman Lloyd Bentsen said more."
    assert spans(text, RULE) == []


def test_labels_after_a_lowercase_word():
    text = "Holders of Class A stock vote. They may swap class A shares for Class B shares or class B notes."
    assert spans(text, RULE) == []


def test_census_given_name_before_a_capitalised_surname():
    text = "The council met on Monday, and councillor maria Lopez said the budget was tight."
    (finding,) = findings(text, RULE)
    assert text[finding.src_start : finding.src_end] == "maria"
    assert finding.fix.replacement == "Maria" and finding.fix.applicability == "unsafe"


def test_a_name_the_story_never_capitalises():
    # one name in lowercase is one slip: one finding that capitalises both words
    (finding,) = findings("Asked about the vote, councillor maria lopez replied that it was fair.", RULE)
    assert finding.fix.replacement == "Maria Lopez"
    assert spans("Asked about the vote, maria lopez replied that it was fair.", RULE) == ["maria lopez"]
    assert spans("Maria lopez said she would stand again.", RULE) == ["lopez"]
    assert spans("Officials said Mr lopez would stand again.", RULE) == ["lopez"]


def test_evidence_that_starts_a_sentence():
    text = "The president met zhao Leji in Beijing. Zhao Leji said the talks went well."
    (finding,) = findings(text, RULE)
    assert text[finding.src_start : finding.src_end] == "zhao" and finding.fix.replacement == "Zhao"


def test_a_word_the_story_capitalises_elsewhere():
    text = "The yukos saga went on. Shares in Yukos fell on Monday, as Yukos faced a tax bill."
    assert spans(text, RULE) == ["yukos"]


def test_names_that_are_common_words_or_jobs_need_the_story():
    text = (
        "The will of the people was clear, said Brown. May the best team win; a rose bush grew. "
        "Danish brewer Carlsberg, Royal butler Paul Burrell and the dean Smith appointed were named. "
        "The Windows trojan spread."
    )
    assert spans(text, RULE) == []
    assert spans("Programme makers met at the programme launch. The Programme Board agreed.", RULE) == []


def test_a_word_no_dictionary_holds_before_a_name_the_story_uses():
    text = "Gazprom chief alexei Miller confirmed the deal. Miller said more would follow."
    assert spans(text, RULE) == ["alexei"]
    # job nouns the dictionary lacks, compounds and typos are not names
    text = (
        "Swiss drugmaker Novartis grew. Novartis said so. Shares in housebuilder George Wimpey rose, "
        "Wimpey said. Labour backbencher Gwyneth Dunwoody agreed; Dunwoody spoke."
    )
    assert spans(text, RULE) == []


def test_a_rare_word_after_a_given_name_and_title_case_evidence():
    assert spans("That was shared by Joe mazel, head of operations. Officials quoted Mazel at length.", RULE) == ["mazel"]
    assert spans("Da Vinci Film To Star Tom Hanks\n\nActor Tom hanks and director Ron Howard are reunited.", RULE) == ["hanks"]
    assert spans("Officials met Tony Blair if necessary. If not, they wait.", RULE) == []


def test_a_given_name_that_is_a_common_word_before_a_surname_the_story_uses():
    text = "England's josh Lewsey has claimed he was denied a try. Lewsey said the referee erred.\n"
    assert spans(text, RULE) == ["josh"]
    text = "Palestinian film director basil Khalil sets his comedy in the West Bank. Khalil said it was true.\n"
    assert spans(text, RULE) == ["basil"]
    # a verb or a noun after a determiner before the surname is no given name
    text = "Lawyers plan to sue Johnson, and the angel Gabriel appears. Johnson and Gabriel declined to comment.\n"
    assert spans(text, RULE) == []


def test_a_word_the_story_capitalises_twice_after_a_given_name():
    # not after any capitalised word: "her book Small Island" beside "Book Prize" twice
    text = "The Book Prize and the Book Fair met. Levy has seen her book Small Island win.\n"
    assert spans(text, RULE) == []
    text = "President Donald Trump spoke, and aides said Trump would stay. Later President Donald trump left.\n"
    assert spans(text, RULE) == ["trump"]


def test_a_month_beside_its_day():
    assert spans("These loans are available until march 31. He left on 5 june 2004.\n", RULE) == ["march", "june"]
    assert spans("Protesters will march 10 miles, and the 10 may be sold. Workers who march 31 days.\n", RULE) == []


def test_accented_english_word_before_a_name_is_no_name():
    # "risqué" is no dictionary word as written, but "risque" is: an English word, not a given name
    assert spans('The song "Hygge" might be the most risqué Disney has ever gotten.', RULE) == []
    # the true positive it must keep: a word no dictionary knows, with or without accents
    assert spans("Gazprom chief alexei Miller said gas would flow.", RULE) == ["alexei"]


def test_a_typo_before_a_name_is_left_to_the_speller():
    # one slip, one finding: spelling/misspelled-word reports "inwhich" -> "which"
    text = "He was a critic in the campaign inwhich Democratic challenger John Kerry lost."
    assert spans(text, RULE) == []
    assert spans(text, "spelling/misspelled-word") == ["inwhich"]


def test_no_english_word_before_a_capitalised_word_of_a_name():
    # places and given names that a commoner word is near ("bonn"/"bond", "ariadna"/"armada")
    assert spans("He is director of the institute at bonn University in Germany.", RULE) == ["bonn"]
    text = '"You need to learn how to read cards," ariadna Gutierrez joked. Gutierrez won.'
    assert spans(text, RULE) == ["ariadna"]
    assert spans(text, "spelling/misspelled-word") == []  # one slip, one finding
    # a typo one edit from a common word stays the speller's, and so do words run together
    text = "Scoggins said his daugher Jane Kelly Misel was there."
    assert spans(text, RULE) == [] and spans(text, "spelling/misspelled-word") == ["daugher"]
    assert spans("He met anwar Ibrahim in Doha. Ibrahim spoke.", RULE) == ["anwar"]


def test_a_rarer_word_the_story_capitalises_before_a_capitalised_word():
    text = "Walter Hayes, vice president of ford Europe, said Ford would grow."
    assert spans(text, RULE) == ["ford"]
    # not a common word whose capital belongs to another name ("Book Prize")
    text = "The Book Prize and the Book Fair met. Levy has seen her book Small Island win."
    assert spans(text, RULE) == []


def test_a_census_given_name_capitalised_only_at_a_sentence_start():
    text = "He sold boats with his wife, amy, and daughter Delaney. Amy said it was fine."
    assert spans(text, RULE) == ["amy"]
    # a given name that is a word needs more: "will" is no name here
    assert spans("Officials will meet. Will said it was fine.", RULE) == []


def test_a_word_capitalised_only_inside_a_title_is_no_name():
    text = ("Nobody fussed about the Directive on the Patentability of Computer-Implemented Inventions. "
            "The argument about patentability of software goes on.")
    assert spans(text, RULE) == []
    text = "BBC Two will run The Science Behind Supervolcano. It is the only active supervolcano in the world."
    assert spans(text, RULE) == []
    # the true positives it must keep: a name capitalised outside a title, or at a title's edge
    assert spans("Shares in Yukos of Russia fell. The yukos saga went on.", RULE) == ["yukos"]
    assert spans("Staff at the Bank of Yukos Holdings met. The yukos saga went on.", RULE) == ["yukos"]


def test_given_names_before_surnames_that_are_places_or_after_an_office():
    assert spans("Fans saw the Japanese qualifier naomi Osaka break her. Osaka won.", RULE) == ["naomi"]
    text = "Bills fell, local government minister nick Raynsford said. Raynsford was pleased."
    assert spans(text, RULE) == ["nick"]
    # the common word stays a word where no office stands before it
    assert spans("Police at the nick Station said. Station staff agreed.", RULE) == []
    # a brand the frequency table knows well is a name, not the speller's "song"
    text = "Tono and the Norwegian branches of sony Music and Universal Music agreed."
    assert spans(text, RULE) == ["sony"] and spans(text, "spelling/misspelled-word") == []


def test_a_surname_after_a_given_name_that_is_also_a_word():
    assert spans("It was traffic, said Rob pollard, sales director. Pollard added more.", RULE) == ["pollard"]
    # not a common word after one ("Tony Blair if necessary")
    assert spans("It was Rob Smith's idea. Later, said Rob, things improved.", RULE) == []


def test_a_common_noun_after_a_name_is_no_name():
    # the word after a name is mixed-case-name's question, however rare ("Miss Universe pageant")
    assert spans("She won Miss Universe Pageant fame. She was the winner of the Miss Universe pageant.", RULE) == []
    assert spans("Staff at the US Embassy said so. Officials at the US embassy agreed.", RULE) == []
    # an office in the plural before names is a description: "princes William and Harry"
    assert spans("A friend of Princes William and Harry spoke. Later, a friend of princes William and Harry left.", RULE) == []


def test_a_word_that_only_ends_a_name_elsewhere_does_not_open_one():
    text = "She won Best Rock Vocalist. Stone Temple Pilots vocalist Scott Weiland spoke."
    assert spans(text, RULE) == []


def test_a_company_suffix_in_lowercase_after_a_name():
    assert spans("The package is run by the agent, Wardley ltd, officials said.", RULE) == ["ltd"]
    assert spans("Freeport McMoran inc said it would sell.", RULE) == ["inc"]
    # British firms write plc in lowercase, and a suffix needs a name before it
    assert spans("Marks and Spencer plc said the ltd edition sold out.", RULE) == []


def test_a_word_no_dictionary_knows_after_a_nationality_is_a_common_noun():
    assert spans("The London exchange rose. Rival pan-European bourse Euronext is working on a bid.", RULE) == []
    # the true positive it must keep: after a job noun it is a given name
    assert spans("Gazprom chief alexei Miller said gas would flow.", RULE) == ["alexei"]


def test_no_english_word_before_a_capitalised_common_noun_of_a_name():
    assert spans("It happened in Chabad of poway Synagogue. The synagogue was closed.", RULE) == ["poway"]


def test_a_given_name_that_splits_into_a_word_and_a_name():
    text = "The Seahawks ruled out running back marshawn Lynch late Friday. Lynch was hurt."
    assert spans(text, RULE) == ["marshawn"]
    assert spans("US Defense Secretary caspar Weinberger spoke. Weinberger said so.", RULE) == ["caspar"]
    # the true positive it must keep: a compound of two dictionary words is no name
    assert spans("The soulman Prince played.", RULE) == []


def test_french_is_flagged_except_in_the_dishes_and_fittings_that_keep_it_lowercase():
    text = (
        "The french subsidiary said sales fell. They speak french at home, and the french-backed plan failed.\n\n"
        "He fitted french windows, ordered french toast and french fries, and served french-fried potatoes.\n"
    )
    assert spans(text, RULE) == ["french", "french", "french"]
