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
