"""newslint.lexicon.names: census names, without the names that are common English words."""

from newslint.lexicon.names import is_given_name, is_surname, known_name


def test_given_names_and_surnames():
    assert is_given_name("maria") and is_given_name("Maria")
    assert is_surname("lopez") and is_surname("zhao") and is_surname("Fernández")  # accents ignored
    assert not is_surname("maria")


def test_names_that_are_common_words_are_not_known():
    for word in ["will", "may", "rose", "bush", "brown", "young", "mark", "smith", "bill"]:
        assert known_name(word) is None, word


def test_names_that_are_rarer_words_are_marked():
    assert known_name("maria").also_word and known_name("dean").also_word
    assert known_name("lopez").pure


def test_given_names_that_are_common_words_are_listed_apart():
    from newslint.lexicon.names import common_word_name

    assert common_word_name("josh").given and common_word_name("Angel").given
    assert known_name("josh") is None and common_word_name("lopez") is None


def test_company_suffixes_are_written_as_companies_write_them():
    from newslint.lexicon.names import COMPANY_SUFFIXES

    assert COMPANY_SUFFIXES["ltd"] == "Ltd" and COMPANY_SUFFIXES["llc"] == "LLC"
    assert "plc" not in COMPANY_SUFFIXES  # British firms write it in lowercase


def test_offices_are_lexicon_knowledge_the_rules_share():
    from newslint.checks.grammar import who_s_whose
    from newslint.lexicon import offices

    assert offices.is_office("councillor") and offices.is_office("coach") and offices.is_office("minister")
    assert not offices.is_office("maria")
    assert ("prime", "minister") in offices.DOUBLE_TITLES and "foreign" in offices.DEPARTMENTS
    assert "chairman" in who_s_whose._OFFICES  # who-s-whose reads its offices from the lexicon
