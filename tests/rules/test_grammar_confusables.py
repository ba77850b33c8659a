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
    assert _found(text, "grammar/to-too") == [("too", "to", "unsafe"), ("too", "to", "unsafe")]


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


def test_then_than_time_usage_is_left_alone():
    text = "He was then taken to hospital. Rather than wait, they left; prices rose, then fell. Back then, more people came.\n"
    assert spans(text, "grammar/then-than") == []


# -- grammar/its-it-s ------------------------------------------------------------------------

def test_its_it_s_where_the_neighbours_settle_it():
    text = "I think its a bad idea. Its been a long year. The party lost it's majority. For it's time, it was a marvel.\n"
    assert spans(text, "grammar/its-it-s") == ["its", "Its", "it's", "it's"]


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


def test_there_their_adverb_and_possessive_are_left_alone():
    text = (
        "For culture to thrive there needs to be support. Asked why the warnings were not there Lord Butler "
        "said nothing. Many expressed their right to protest; their two children came; they're going there.\n"
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
