"""newslint.lexicon.collocations: common two-word phrases and the synonyms spinners swap into them."""

from newslint.lexicon.collocations import is_term, known, meant_by, swapped_term


def test_known_sequences_are_ordinary_english():
    for first, second in [("climate", "change"), ("great", "success"), ("supreme", "court"), ("of", "the")]:
        assert known(first, second), (first, second)
    assert not known("clime", "alteration")
    assert not known("supreme", "lawcourt")


def test_terms_are_common_content_phrases():
    assert is_term("climate", "change") and is_term("nuclear", "energy")
    assert not is_term("of", "the")  # a function word is grammar, not a phrase a spinner swaps into


def test_substitutes_are_rarer_synonyms():
    assert "climate" in meant_by("clime")
    assert "energy" in meant_by("vitality")  # learned from the PPS train half ('atomic vitality')
    assert meant_by("the") == ()


def test_one_or_both_words_swapped_back_to_a_term():
    assert swapped_term(["clime", "alteration"]) == (2, "climate change")
    assert swapped_term(["supreme", "lawcourt", "ruled"]) == (2, "supreme court")
    assert swapped_term(["atomic", "vitality"]) == (2, "nuclear energy")


def test_a_substitute_may_be_two_words_and_plural():
    found = swapped_term(["constabulary", "officers"])
    assert found == (2, "police officers")


def test_common_phrases_as_written_are_never_swaps():
    for words in (["climate", "change"], ["great", "success"], ["big", "success"], ["the", "clime"]):
        assert swapped_term(words) is None, words


def test_the_sequences_file_is_sorted_so_known_can_search_it():
    # known() is a binary search over the file's text: an unsorted line would hide pairs
    from newslint.lexicon.collocations import _sequences_text

    text, start = _sequences_text()
    pairs = [line.partition("\t")[0] for line in text[start:].splitlines()]
    assert len(pairs) > 250_000 and pairs == sorted(pairs) and len(set(pairs)) == len(pairs)
    assert known(*pairs[0].split()) and known(*pairs[-1].split()) and known(*pairs[len(pairs) // 2].split())
