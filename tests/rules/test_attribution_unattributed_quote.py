"""attribution/unattributed-quote: traps from how wire services and broadsheets attribute quotes."""

from helpers import findings, spans

RULE = "attribution/unattributed-quote"


def test_floating_quote_with_no_person_nearby_is_reported_at_the_quote():
    text = (
        "The council approved the budget on Tuesday.\n\n"
        "\"This is the best deal we could get for the town.\"\n\n"
        "The vote was 7-2.\n"
    )
    assert spans(text, RULE) == ['"This is the best deal we could get for the town."']
    (finding,) = findings(text, RULE)
    assert (finding.line, finding.column) == (3, 1)


def test_attribution_after_the_quote():
    assert spans('"We will not raise taxes this year," the finance minister said on Monday.', RULE) == []
    assert spans('"We will not raise taxes this year," said Finance Minister Ana Costa.', RULE) == []


def test_attribution_before_the_quote_with_a_colon():
    assert spans('The minister told reporters in Brussels: "We will not raise taxes this year."', RULE) == []
    assert spans('Costa said: "We will not raise taxes this year."', RULE) == []


def test_attribution_in_the_sentence_before():
    text = 'The minister ruled out an increase. "We will not raise taxes this year, whatever happens."'
    assert spans(text, RULE) == []


def test_attribution_in_the_paragraph_before():
    text = (
        "The coach said his side had been unlucky.\n\n"
        '"We hit the post twice and their keeper had the game of his life."\n'
    )
    assert spans(text, RULE) == []


def test_quote_continued_over_paragraphs_shares_the_attribution():
    # News style leaves the closing mark off a paragraph whose quote continues in the next one.
    text = (
        'Rescue workers searched the rubble overnight. "We have not given up hope of finding survivors,\n\n'
        '"The teams will keep working until every building has been checked," the fire chief said.\n'
    )
    assert spans(text, RULE) == []


def test_new_quote_paragraph_after_a_closed_attributed_quote_needs_its_own_speaker():
    # The quote that closed with its speaker ended that speaker's turn: the next paragraph's quote
    # is reported once, at the start of the run of quote paragraphs with no speaker.
    text = (
        '"The market is turning," said Priya Nair, chief economist at Westbank.\n\n'
        '"Orders are up for the third month in a row and hiring has picked up."\n\n'
        '"We expect the central bank to hold rates until the summer."\n'
    )
    assert spans(text, RULE) == ['"Orders are up for the third month in a row and hiring has picked up."']


def test_multi_paragraph_quote_left_open_continues_its_speaker():
    text = (
        "The council met on Tuesday.\n\n"
        'The head teacher, Sarah Milne, said: "We have asked for help three times this year.\n\n'
        '"Nobody has answered, and the children are the ones who pay for it."\n\n'
        "The council will meet again in March.\n"
    )
    assert spans(text, RULE) == []


def test_quote_paragraph_after_a_narrating_paragraph_has_no_speaker():
    text = (
        "The festival drew 20,000 visitors over the weekend, organisers Riverside Events said.\n\n"
        "Tickets sold out in March and the campsite was extended into a second field.\n\n"
        '"We must somehow keep their ideas alive."\n\n'
        "The next festival is planned for August.\n"
    )
    assert spans(text, RULE) == ['"We must somehow keep their ideas alive."']


def test_quote_paragraph_after_indirect_speech_continues_that_speaker():
    text = (
        "Tickets sold out in March.\n\n"
        "The organiser, Dan Hale, said the campsite would be extended into a second field.\n\n"
        '"We must somehow keep up with demand, and that means more space."\n'
    )
    assert spans(text, RULE) == []


def test_a_document_does_not_speak_and_a_belief_is_not_a_handover():
    for before in (
        "A report by the audit office says the scheme cost twice its budget.",
        "Most parents think the new timetable is an improvement.",
        "The company has announced a new model for the spring.",
    ):
        text = f"The scheme opened in 2019.\n\n{before}\n\n\"We must somehow keep their ideas alive.\"\n"
        assert spans(text, RULE) == ['"We must somehow keep their ideas alive."'], before


def test_one_speakers_sentences_in_one_paragraph():
    text = 'He was pleased. "We won the game in the end," he said. "It was hard." "We deserved it on the day, I think."'
    assert spans(text, RULE) == []


def test_short_tag_after_the_quote_is_an_attribution():
    text = 'Traders were relieved. "You can call it a peace dividend," smiles one broker in Karachi.'
    assert spans(text, RULE) == []


def test_scare_quotes_and_nicknames_are_not_speech():
    text = 'The government calls its approach "pragmatic". Andrew "Freddie" Flintoff bowled the last over.'
    assert spans(text, RULE) == []


def test_names_of_policies_are_not_speech():
    text = 'Seoul reaffirmed that its stance on the "One China" policy remains unchanged.'
    assert spans(text, RULE) == []
    text = 'Airlines must follow what is known as the "one time, last time" rule for state aid.'
    assert spans(text, RULE) == []


def test_titles_of_works_are_not_speech_even_with_us_punctuation():
    text = 'The season opens with "A Midsummer Night\'s Dream." It ends with "The Taming of the Shrew," in June.'
    assert spans(text, RULE) == []
    assert spans('Her novel "The Long Road Home To The Sea" was shortlisted for the prize.', RULE) == []


def test_profile_quotes_after_a_sentence_about_the_subject():
    text = 'McAllister is brimming with confidence. "I have waited six years for this and now I am certain."'
    assert spans(text, RULE) == []


def test_partial_quote_woven_into_the_reporters_sentence_is_not_reported():
    text = "The government's main problems are \"slumping consumption and a contraction in construction\"."
    assert spans(text, RULE) == []


def test_quote_introduced_by_an_expert_credential_is_left_to_sourcing():
    text = "- Dr. Jane Roe, Senior Analyst, Policy Institute – “The pact is a pragmatic step for both sides.”"
    assert spans(text, RULE) == []
    assert [f.rule for f in findings(text, ["attribution", "sourcing"])] == ["sourcing/unsourced-expert-quote"]


def test_quote_in_a_headline_is_not_checked():
    text = '"We will not back down on taxes"\n\nThe finance minister spoke to parliament on Monday.\n'
    assert spans(text, RULE) == []


def test_a_name_or_slogan_inside_the_reporters_sentence_is_no_speech():
    text = 'The figures also rely on the "Social Security trust fund" being offset against the deficit.'
    assert spans(text, RULE) == []
    text = 'The party, which campaigned on a slogan of "Say no to Brussels now", spent £2.4m.'
    assert spans(text, RULE) == []


def test_a_quote_paragraph_after_a_paragraph_that_reported_its_speaker_and_still_follows_them():
    text = (
        "Casting news\n\n"
        "The comedian admitted he was cautious about naming the cast. But he has met both actors.\n\n"
        '"I did not want to start revealing names until it was all sorted out."\n'
    )
    assert spans(text, RULE) == []
    # A last sentence about nobody in particular hands over to no one.
    text = (
        "Casting news\n\n"
        "The comedian admitted he was cautious about naming the cast. Filming starts in May.\n\n"
        '"I did not want to start revealing names until it was all sorted out."\n'
    )
    assert spans(text, RULE) == ['"I did not want to start revealing names until it was all sorted out."']
