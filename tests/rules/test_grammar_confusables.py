"""Harper-backed confusables: each is reported at its exact span, and newsroom usage is left alone."""

from __future__ import annotations

from helpers import findings, spans

from newslint.engine.fixes import apply_fixes


def _found(text, rule):
    return [(text[f.src_start : f.src_end], f.fix.replacement if f.fix else None, f.fix.applicability if f.fix else None)
            for f in findings(text, rule)]


# -- grammar/a-an ---------------------------------------------------------------------------

def test_a_an_slips_are_found_and_fixed():
    text = "It was an big surprise. They are restoring a extensive partnership.\n"
    found = findings(text, "grammar/a-an")
    assert [text[f.src_start : f.src_end] for f in found] == ["an", "a"]
    assert apply_fixes(text, found)[0] == "It was a big surprise. They are restoring an extensive partnership.\n"


def test_a_an_before_a_plural_looking_word_is_only_a_suggestion():
    assert _found("The sides discussed creating an surroundings for investment.\n", "grammar/a-an") == [
        ("an", "a", "unsafe")
    ]


def test_a_an_capital_article_keeps_its_capital():
    assert _found("A extensive review began.\n", "grammar/a-an") == [("A", "An", "safe")]


def test_a_an_leaves_sound_exceptions_acronyms_and_labels_alone():
    text = (
        "An hour later, an honest broker, a union leader, a one-off payment and a European envoy arrived. "
        "An MEP, an SUV, an HIV clinic, a NATO summit and an ntl spokesman were mentioned. "
        "An historic vote followed an unidentified leak. Italy won Group A; envelope A was sealed. "
        "Whether it's a on a Bosman or not, he said.\n"
    )
    assert spans(text, "grammar/a-an") == []


def test_a_an_capitalised_names():
    assert spans("Eva Lichtenberg, a Austrian Green member, spoke.\n", "grammar/a-an") == ["a"]
    assert spans("He joined a Uefa Cup side and a Euskarians team.\n", "grammar/a-an") == []


def test_a_an_inside_a_very_long_sentence_is_still_found():
    # Harper's long-sentence lint used to swallow errors inside it; newslint turns it off.
    filler = ", ".join(f"the {word} sector" for word in ["steel", "car", "chip", "food", "toy", "ship"] * 8)
    text = f"Officials discussed {filler} and a extensive partnership that would last.\n"
    assert spans(text, "grammar/a-an") == ["a"]


# -- grammar/to-too -------------------------------------------------------------------------

def test_too_for_to_before_a_name_or_determiner():
    text = "A four-day state visit too China began. She went too the market.\n"
    assert _found(text, "grammar/to-too") == [("too", "to", "safe"), ("too", "to", "safe")]


def test_too_for_to_in_every_position():
    # before a base verb, after a noun before a verb, before a number, after a governing word
    text = (
        "We have work too do. Buyers have an option too buy. Profits rose too $10bn. "
        "It was due too falling costs. \"We want too win,\" he said. Too the victors the spoils.\n"
    )
    found = findings(text, "grammar/to-too")
    assert [text[f.src_start : f.src_end].lower() for f in found] == ["too"] * 6
    assert all(f.severity == "error" for f in found)
    quoted = [f for f in found if text[f.src_start - 5 : f.src_start] == "want "]
    assert quoted and quoted[0].fix.applicability == "unsafe"  # never a safe fix inside a quotation


def test_too_before_adjectives_and_as_also_is_left_alone():
    text = (
        "It was too difficult, too complex and too small to matter. Ministers too have made mistakes. "
        "This too crams a phone into a case. He scored too this season. It came too late for the sick, "
        "who were too ill to travel. She was there too on Monday, and too few came.\n"
    )
    assert spans(text, "grammar/to-too") == []


def test_to_for_too_after_a_linking_verb():
    text = "The price was to high. Costs were far to high to bear. It is to late.\n"
    assert spans(text, "grammar/to-too") == ["to", "to", "to"]


def test_to_too_newsroom_usage_is_left_alone():
    text = (
        "They too face pressure. Samsung, too, has a plan. Samsung has a phone too that will ship. "
        "Better access to legal advice was promised. Up to now, ministers waited. The aim is to cut costs. "
        "The plan was to close early. It came too late, and it was too PC for some. I am too self-critical.\n"
    )
    assert spans(text, "grammar/to-too") == []


# -- grammar/then-than -----------------------------------------------------------------------

def test_then_than_after_a_comparison():
    text = "It is a partnership rather then a balancing act. The deal took less then four years.\n"
    found = _found(text, "grammar/then-than")
    assert found == [("then", "than", "safe"), ("then", "than", "safe")]


def test_than_for_then_without_a_comparison():
    text = "He spoke to reporters and than he left. Than the rain came. Prices rose more in May than in June.\n"
    assert spans(text, "grammar/then-than") == ["than", "Than"]


def test_then_than_time_usage_is_left_alone():
    text = "He was then taken to hospital. Rather than wait, they left; prices rose, then fell. Back then, more people came.\n"
    assert spans(text, "grammar/then-than") == []


# -- grammar/its-it-s ------------------------------------------------------------------------

def test_its_it_s_where_the_neighbours_settle_it():
    text = "I think its a bad idea. Its been a long year. The party lost it's majority. For it's time, it was a marvel.\n"
    assert spans(text, "grammar/its-it-s") == ["its", "Its", "it's", "it's"]


def test_its_it_s_in_more_contexts():
    text = (
        "The company extended it's second offer. Its been a long year, and its not over. "
        "It's chief executive said profits rose. \"Its very emotional,\" she said. Sony cut it's prices.\n"
    )
    assert spans(text, "grammar/its-it-s") == ["it's", "Its", "its", "It's", "Its", "it's"]


def test_its_it_s_titles_and_possessives_are_left_alone():
    text = (
        "Do They Know It's Christmas? topped the chart. It's success after success. The firm said its planned "
        "offer stands; it cut its holding and its own costs. It's time to go, and it's been a year.\n"
    )
    assert spans(text, "grammar/its-it-s") == []


# -- grammar/there-their ---------------------------------------------------------------------

def test_there_their_confusions():
    text = "Residents lost there own homes. Remittances help there family. Officials said their is a problem.\n"
    assert spans(text, "grammar/there-their") == ["there", "there", "their"]


def test_there_their_in_more_contexts():
    text = (
        "The visitors held on for there first win. The board approved there plan. They will lose there jobs. "
        "Their will be a vote. Officials said their not ready. The fans lost they're homes.\n"
    )
    assert spans(text, "grammar/there-their") == ["there", "there", "there", "Their", "their", "they're"]


def test_there_their_adverb_and_possessive_are_left_alone():
    text = (
        "For culture to thrive there needs to be support. Asked why the warnings were not there Lord Butler "
        "said nothing. Many expressed their right to protest; their two children came; they're going there. "
        "She was there last year and got there first. Their own plan failed, and their newly elected leader spoke.\n"
    )
    assert spans(text, "grammar/there-their") == []


# -- grammar/should-of -----------------------------------------------------------------------

def test_should_of_is_fixed():
    text = "The council should of known. He could of won.\n"
    found = findings(text, "grammar/should-of")
    assert [text[f.src_start : f.src_end] for f in found] == ["should of", "could of"]
    assert apply_fixes(text, found)[0] == "The council should have known. He could have won.\n"


def test_should_of_set_phrases_are_left_alone():
    assert spans("You could of course argue. The minister must of necessity resign.\n", "grammar/should-of") == []


# -- grammar/your-you-re, who-s-whose, lose-loose, affect-effect ----------------------------

def test_your_you_re():
    text = "If your not registered, you cannot vote. Police said you're car will be towed. Police urged people to lock you're doors.\n"
    assert spans(text, "grammar/your-you-re") == ["your", "you're", "you're"]
    assert spans("Your vote counts and you're not alone; you're welcome to bring your family.\n", "grammar/your-you-re") == []


def test_who_s_whose():
    text = "The driver, whose been banned twice, was fined. A woman who's car was stolen spoke.\n"
    assert spans(text, "grammar/who-s-whose") == ["whose", "who's"]
    assert spans("The driver, who's been banned, owns a car whose brakes failed. A who's who came.\n", "grammar/who-s-whose") == []


def test_lose_loose():
    text = "Workers could loose their jobs. The club is loosing money. It left a lose end.\n"
    assert _found(text, "grammar/lose-loose") == [("loose", "lose", "safe"), ("loosing", "losing", "safe"), ("lose", "loose", "safe")]
    assert spans("The dog broke loose. The team may lose the match; the screws were loose.\n", "grammar/lose-loose") == []


def test_affect_effect():
    text = "The strike had a serious affect on trade. The rise will effect millions. Homes were badly effected by floods.\n"
    assert spans(text, "grammar/affect-effect") == ["affect", "effect", "effected"]
    text = "The rise will affect millions; its effect on trade was small. Campaigners want to effect change.\n"
    assert spans(text, "grammar/affect-effect") == []
