"""its/it's, who's/whose, lose/loose, affect/effect and your/you're decided by the grammar around
them, in every position a sentence allows, and left alone where the grammar allows either."""

from __future__ import annotations

from helpers import findings, spans

from newslint.engine.fixes import apply_fixes


def _found(text, rule):
    return [(text[f.src_start : f.src_end], f.fix.replacement if f.fix else None, f.severity) for f in findings(text, rule)]


# -- grammar/who-s-whose ----------------------------------------------------------------------

def test_who_s_before_a_noun_phrase_and_its_verb_is_whose():
    text = (
        "Mr Lee, who's grandmother died in the war, spoke. The two nurses, who's names were not given, left. "
        "The bank, who's finance chief is abroad, declined. A singer who's father and uncle served in the navy sang.\n"
    )
    assert spans(text, "grammar/who-s-whose") == ["who's"] * 4
    assert all(f.severity == "error" for f in findings(text, "grammar/who-s-whose"))


def test_who_s_as_who_is_is_left_alone():
    text = (
        "Ms Diaz, who's head of the unit, and Mr Cho, who's new here, asked who's next. "
        "A man who's raising children alone spoke; a who's who of football came; anyone who's ever been there knows.\n"
    )
    assert spans(text, "grammar/who-s-whose") == []


def test_whose_before_a_verb_phrase_is_who_s():
    text = "The driver, whose been banned twice, was fined. A nurse whose currently in Leeds wrote.\n"
    assert spans(text, "grammar/who-s-whose") == ["whose", "whose"]


# -- grammar/lose-loose -----------------------------------------------------------------------

def test_loose_where_a_verb_must_stand_is_lose():
    text = (
        "The council may loose 30 staff. If we loose next week, we are out. They don't often loose at home. "
        "Farmers will also loose their subsidy. The side lost again after loosing 3-1 at home.\n"
    )
    found = _found(text, "grammar/lose-loose")
    assert [(word, fix) for word, fix, _ in found] == [
        ("loose", "lose"), ("loose", "lose"), ("loose", "lose"), ("loose", "lose"), ("loosing", "losing")
    ]


def test_lose_where_an_adjective_must_stand_is_loose():
    text = "The dog's lose collar slipped. He was a man of lose morals. The screws were lose and rattled.\n"
    assert spans(text, "grammar/lose-loose") == ["lose", "lose", "lose"]


def test_lose_inside_a_compound_is_reported_at_the_slip_itself():
    text = "The lose-head prop was injured, and the money-loosing arm was sold.\n"
    found = findings(text, "grammar/lose-loose")
    assert [text[f.src_start : f.src_end] for f in found] == ["lose", "loosing"]
    assert apply_fixes(text, found)[0] == "The loose-head prop was injured, and the money-losing arm was sold.\n"


def test_lose_loose_set_phrases_and_titles_are_left_alone():
    text = (
        "He loosed off a shot. The prisoners were set loose and the dog broke loose. It was a lose-lose deal. "
        "The band played Lose My Breath. All we did was lose the match; they may lose money.\n"
    )
    assert spans(text, "grammar/lose-loose") == []


def test_to_loose_is_one_finding_at_the_word():
    text = "Somebody has to loose, the coach said.\n"
    found = findings(text, ["grammar/lose-loose", "grammar/word-choice"])
    assert [(f.rule, text[f.src_start : f.src_end]) for f in found] == [("grammar/lose-loose", "loose")]


# -- grammar/affect-effect --------------------------------------------------------------------

def test_affect_where_a_noun_must_stand_is_effect():
    text = (
        "The storm's affect on crops was severe. The cost affect of the plan was small. "
        "The ban had a material affect. The rule stays in affect until May.\n"
    )
    assert spans(text, "grammar/affect-effect") == ["affect"] * 4


def test_effect_where_a_verb_must_stand_is_affect():
    text = (
        "The ruling could eventually effect thousands of homes. Higher rates would only effect the housing market. "
        "It said the loss would not adversely effect its results. The change effects about 2,000 workers.\n"
    )
    assert spans(text, "grammar/affect-effect") == ["effect", "effect", "effect", "effects"]


def test_affect_effect_where_grammar_allows_the_word_is_left_alone():
    text = (
        "It is a matter that affects them. The only effect the rule has had is delay. The law came into effect "
        "in May. Campaigners want to effect change and to effect the transfer. The side effects the drug has are mild.\n"
    )
    assert spans(text, "grammar/affect-effect") == []


# -- grammar/its-it-s -------------------------------------------------------------------------

def test_its_that_opens_a_clause_without_a_verb_is_it_s():
    text = (
        "If its showing job growth, that is good. \"Its something I have always wanted,\" he said. "
        "Its happened before. I think its fair to say so. Its cheap and has plenty of room. "
        "He added that its likely having more time that helps.\n"
    )
    assert spans(text, "grammar/its-it-s") == ["its", "Its", "Its", "its", "Its", "its"]


def test_it_s_where_a_possessive_must_stand_is_its():
    text = (
        "The broadcaster bought it's stake in the club in 1999. Sales rose after it's launch in May. "
        "The city must clean up it's harbour. Airbus and it's US rival Boeing met.\n"
    )
    assert spans(text, "grammar/its-it-s") == ["it's"] * 4


def test_its_possessive_and_it_s_contraction_are_left_alone():
    text = (
        "The firm expects its sales to grow and will report its findings. Shoppers liked such as its Lite range. "
        "Ministers will push through its Serious Crime Bill. Because I am unseeded it's tougher. "
        "You cannot deny it's exciting. It's not surprising that prices rose, and it's likely not caused by rain. "
        "Directors own 14% of its stock and have agreed to vote. The firm sold all but its printing arm.\n"
    )
    assert spans(text, "grammar/its-it-s") == []


# -- grammar/your-you-re ----------------------------------------------------------------------

def test_you_re_before_a_noun_is_your():
    text = "Simply enter you're pin number. You don't even need you're own computer. Pick you're best team.\n"
    assert spans(text, "grammar/your-you-re") == ["you're", "you're", "you're"]


def test_your_before_a_verb_phrase_is_you_re():
    text = "My view is your meant to wait. Your very lucky to have them. If your running 10 vans, it costs more.\n"
    assert spans(text, "grammar/your-you-re") == ["your", "Your", "your"]


def test_your_you_re_left_alone_where_both_read():
    text = "Only by using your right to vote can you choose. It will improve your understanding of it. You're welcome to come.\n"
    assert spans(text, "grammar/your-you-re") == []


def test_a_fix_inside_a_quotation_is_never_safe():
    text = "\"We could loose our homes,\" she said. Workers could loose their jobs.\n"
    found = findings(text, "grammar/lose-loose")
    assert [f.fix.applicability for f in found] == ["unsafe", "safe"]


def test_more_positions_of_the_same_slips():
    assert spans("He sent a message to that affect. The only affect the rule had was delay.\n", "grammar/affect-effect") == ["affect", "affect"]
    assert spans("The recall only effects pumps made in May.\n", "grammar/affect-effect") == ["effects"]
    assert spans("No late goal this time. The Rockets loose.\n", "grammar/lose-loose") == ["loose"]
    assert spans("She is described as someone whose tiny, red-haired and quick.\n", "grammar/who-s-whose") == ["whose"]
