"""grammar/to-too: 'to' written for 'too' wherever 'to' has nothing to govern, and 'too' for 'to'."""

from __future__ import annotations

from helpers import findings, spans


def _found(text):
    return [(text[f.src_start : f.src_end], f.fix.replacement if f.fix else None, f.severity)
            for f in findings(text, "grammar/to-too")]


def test_to_before_a_degree_word_that_closes_its_phrase():
    text = (
        "The listings were to costly. It is to early to say. The plant seemed far to large a site. "
        "The rules were to complex and staff left. Not to long ago, it failed. It took to long.\n"
    )
    assert spans(text, "grammar/to-too") == ["to"] * 6


def test_to_as_also_after_a_comma_or_a_subject():
    text = "Japan, to, steadied nerves. This, to, is a signal. They to face heavy pressure.\n"
    found = _found(text)
    assert [f[0] for f in found] == ["to", "to", "to"]
    assert all(severity == "error" and fix == "too" for _, fix, severity in found)


def test_to_at_the_end_of_a_phrase_after_a_noun_is_a_suggestion():
    assert _found("Investment will rise in other sectors to. The plan was welcomed.\n") == [("to", "too", "warning")]


def test_quantifiers_need_a_sign_of_degree():
    text = "There's to much of a gap. It was far to many. He spoke to many. It did not amount to much.\n"
    assert spans(text, "grammar/to-too") == ["to", "to"]


def test_infinitives_and_prepositions_are_left_alone():
    text = (
        "The plant is to close with the loss of 300 jobs. Growth began to slow. They long to return. "
        "He wanted to clear the way and to free a prisoner. Sales rose from low to high. Rates rose to high "
        "levels in early 2005, and listings moved to early 2006. The club he moved to. \"We want to,\" he said. "
        "They had every reason to. What he objected to was the cost. Blair to meet Bush.\n"
    )
    assert spans(text, "grammar/to-too") == []


def test_a_certain_fix_is_never_safe_inside_a_quotation():
    found = findings('"It is to early to say," he said. It is to early to say.\n', "grammar/to-too")
    assert [f.fix.applicability for f in found] == ["unsafe", "safe"]


def test_to_after_a_plural_noun_or_a_year_at_a_phrase_end():
    text = "It has social benefits to. Records fell in 2005 to, said the group. \"I to, like everyone, was upset.\"\n"
    assert [fix for _, fix, _ in _found(text)] == ["too", "too", "too"]


def test_too_for_to_after_according_due_and_before_a_verb_harper_calls_an_adjective():
    text = "Two died, according too reports. Growth was due too increased activity. The force managed too gain ground.\n"
    assert [fix for _, fix, _ in _found(text)] == ["to", "to", "to"]


def test_harper_adjectives_that_are_nouns_or_verbs_are_not_degree_words():
    text = (
        "The plan gave a boost to economy. Thanks to deregulation, costs fell. Programmes move to digital by "
        "2015. Firms had time to comply with it and £2bn to spare. Rates rose to just under 5%, compared to "
        "well over 50% elsewhere. They slipped to fourth in the table. Views range from blue at one end to red. "
        "Analysts are neutral to bearish. They are all to blame. It was too elaborate and too clean.\n"
    )
    assert spans(text, "grammar/to-too") == []


def test_to_after_an_article_a_coordinated_adjective_or_before_a_closing_quote():
    text = (
        "They aimed at averting a to rapid rise. The system was branded inadequate and to complex by experts. "
        "He said the \"stakes are to high\" to stay at home. Wyss said that to much should not be made of it. "
        "Pubs sell booze far to cheaply and encourage drinking.\n"
    )
    assert spans(text, "grammar/to-too") == ["to"] * 5


def test_to_before_an_opening_quote_is_left_alone():
    assert spans('It will ask firms to "roll over" loans and urged them to "make their mark".\n', "grammar/to-too") == []


def test_to_before_a_quantity_after_a_verb_that_takes_no_to():
    text = (
        "He spends to much time on reports. The club relied to much on loans. "
        "The board had to much power. Critics say the plan would require to much money. "
        "They cautioned against reading to much into one poll.\n"
    )
    assert [fix for _, fix, _ in _found(text)] == ["too"] * 5


def test_a_quantity_that_is_the_subject_of_its_clause():
    text = (
        "Her verdict was blunt: to many of the new schools will close. The inspectors feared that "
        "to much pressure might break the staff. She said to few councils are ready.\n"
    )
    assert spans(text, "grammar/to-too") == ["to"] * 3


def test_to_beside_a_parallel_too():
    text = "The aid came as to little, too late. It was too slow and to costly. It was too deep and to long a slump.\n"
    assert spans(text, "grammar/to-too") == ["to"] * 3


def test_prepositional_quantities_stay_silent():
    text = (
        "The film opened to much acclaim. The tax cut was a blow to many families. Rates rose to much "
        "higher levels. The protest led to little change. The offer was attractive to many because it "
        "was cheap. The tour took the band to many cities. Talks came to little. He spoke to many. "
        "The floods spread to much of the valley. Her remarks were welcomed to much applause.\n"
    )
    assert spans(text, "grammar/to-too") == []


def test_degree_adverbs_that_end_their_phrase_are_not_split_infinitives():
    text = (
        "The firm relied to heavily on one client. The prices rose to quickly. The two clubs are "
        "to closely linked with the owner. Said Ms Hale that to often when budgets shrink, arts suffer.\n"
    )
    assert spans(text, "grammar/to-too") == ["to"] * 4


def test_split_infinitives_and_adverbs_before_a_noun_stay_silent():
    text = (
        "They want to quickly agree a deal. The aim is to gradually, and carefully, reform it. "
        "The grant went to recently arrived families. Sales fell to slightly below forecast. "
        "Shares rose to well over their launch price. It dates to long before the war.\n"
    )
    assert spans(text, "grammar/to-too") == []


def test_to_at_the_end_of_a_clause_after_a_word_that_takes_no_to():
    text = (
        "Other firms have launched similar phones recently to. The idea was unacceptable to. "
        "I hope he will to, said the coach. Sales of the console are on the rise to. "
        "We can beat Wales to, he said. The graphics are improving to.\n"
    )
    assert [fix for _, fix, _ in _found(text)] == ["too"] * 6


def test_elided_infinitives_and_stranded_prepositions_stay_silent():
    text = (
        "He asked them to stay and they agreed to. We would be happy to. She told him not to. "
        "It is the club he moved to. These are the sites that people can donate directly to. "
        "We have the players to. You know who you are talking to. They never got round to.\n"
    )
    assert spans(text, "grammar/to-too") == []


def test_to_before_a_modal_and_inside_a_compound():
    text = "Reed to had urged caution. These to would need new engines. It happened in the not-to-distant past, at an all-to-common pace.\n"
    found = _found(text)
    assert [f[0] for f in found] == ["to"] * 4 and all(fix == "too" for _, fix, _ in found)


def test_compounds_and_months_that_hold_a_real_to_stay_silent():
    text = "The easy-to-use, up-to-date guide covers face-to-face and low-to-moderate risks. The meeting moved to May 21.\n"
    assert spans(text, "grammar/to-too") == []


def test_verbs_that_take_an_infinitive_keep_it():
    text = "The franc continued to firm against the mark. Growth is expected to slow in the spring. The levy was deemed to be fair.\n"
    assert spans(text, "grammar/to-too") == []


def test_signs_of_degree_across_a_quote_a_dash_or_a_hedge():
    text = (
        'Campaigners said there were "to many loopholes" in the bill. The forecasts were to optimistic - '
        "but nobody listened. The plan is perhaps to ambitious for a small council. It is a mistake that "
        "all to often comes back. The firm had been to slow to respond.\n"
    )
    assert spans(text, "grammar/to-too") == ["to"] * 5


def test_a_verb_that_leaves_its_infinitive_out_keeps_to():
    text = "We will not act if we don't have to. You must try to. Voters, he believes, will warm to.\n"
    assert spans(text, "grammar/to-too") == []


def test_to_before_an_adjective_in_ing_that_grades():
    text = 'The work was to boring. A life dominated by politics to "boring" and unfulfilling.\n'
    assert _found(text) == [("to", "too", "error"), ("to", "too", "warning")]


def test_gerunds_after_to_stay_silent():
    text = (
        "They switched to walking and cycling. He looks forward to moving on with his life. "
        "Firms were limited to trying to sell. Rates led to increasing tension.\n"
    )
    assert _found(text) == []


def test_to_after_become_and_get_before_a_degree_word():
    text = "Critics say the festival is becoming to mainstream. Guards who get to close to a container are warned.\n"
    assert _found(text) == [("to", "too", "error"), ("to", "too", "warning")]


def test_become_and_get_keep_their_own_to():
    text = (
        "What he has become to ordinary voters matters. The index got to close to 5,000. "
        "They get to close the deal. The scheme is to close to new members.\n"
    )
    assert _found(text) == []


def test_a_quantity_that_is_the_object_of_a_phrasal_verb():
    assert _found("Without giving away to much of the plot, it is about a clash.\n") == [("to", "too", "error")]
    assert _found("The flooding spread to much of the country.\n") == []


def test_to_after_an_object_pronoun_before_a_conjunction():
    assert _found("It was a rarity for me to because I did not know.\n") == [("to", "too", "warning")]


def test_too_before_an_adjective_and_its_noun():
    text = "Given its violent opposition too free expression, it failed. Growth has yet to feed through too domestic demand.\n"
    assert _found(text) == [("too", "to", "warning"), ("too", "to", "warning")]
    assert _found("The unions claim Fiat is too close the plant.\n") == [("too", "to", "error")]


def test_too_before_an_adjective_and_a_noun_after_a_sign_of_degree_stays_silent():
    text = (
        "Rates could fall in the not too distant future. It means far too great police powers. "
        "They come here with too glib ideas. It is averting a too rapid revaluation. "
        "For too long the party has ignored voters. They are too small companies to compete.\n"
    )
    assert _found(text) == []


def test_too_for_to_after_heads_that_take_an_infinitive_or_a_to_phrase():
    text = (
        "They have two days in which too recover. Doom 3 did not make it too the top 20. "
        "Importers will be required too present a bill. Barcelona are accustomed too playing big games.\n"
    )
    assert [(f[0], f[1]) for f in _found(text)] == [("too", "to")] * 4


def test_too_as_also_or_of_degree_after_those_heads_stays_silent():
    assert _found("They too this season scored. It was far too boring. He seemed too present a danger. They wanted too much.\n") == []


def test_too_before_an_acronym_after_a_verb_of_saying_or_sending():
    text = "He said too MSNBC that he would run. She spoke too NBC News on Monday. The firm sold too IBM."
    assert spans(text, "grammar/to-too") == ["too", "too", "too"]
    # an acronym as an adjective after a verb that takes one
    text = "The show was too PC for some and later turned too PC. Critics found it too CGI-heavy."
    assert spans(text, "grammar/to-too") == []
