"""newslint.lexicon.dialects: the VarCon-derived pair table merged with the hand list."""

from newslint.lexicon.dialects import UK, US, spelling, spellings


def test_regular_pairs_come_from_the_derived_table():
    for us, uk in [("criticized", "criticised"), ("color", "colour"), ("centered", "centred"),
                   ("traveled", "travelled"), ("defense", "defence"), ("analyze", "analyse"),
                   ("fulfill", "fulfil"), ("maneuver", "manoeuvre"), ("esophagus", "oesophagus"),
                   ("lackluster", "lacklustre"), ("plow", "plough"), ("aging", "ageing")]:
        assert spelling(us).dialect == US and spelling(us).other == uk, us
        assert spelling(uk).dialect == UK and spelling(uk).other == us, uk


def test_ize_pairs_are_oxford_british_too():
    assert spelling("criticized").axis == "z" and spelling("organization").axis == "z"
    assert spelling("color").axis == "spelling" and spelling("analyze").axis == "spelling"


def test_irregular_pairs_and_markers_come_from_the_hand_list():
    assert spelling("grey").other == "gray" and spelling("tyres").other == "tires"
    assert not spelling("tire").marker  # also British: to tire
    assert spelling("programme").other == "program"


def test_words_right_in_both_dialects_are_not_pairs():
    # in SCOWL's American and British lists alike, or a variant of one dialect
    for word in ["among", "amongst", "okay", "inquiry", "backwards", "dialog", "judgment", "meter", "story"]:
        found = spelling(word)
        assert found is None or found.other != word and not (word == "meter" and found.marker), word
    assert all(s.word != s.other for s in spellings().values())
