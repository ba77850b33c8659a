"""consistency/dialect-mix: American and British spelling in one article."""

from helpers import findings, spans

RULE = "consistency/dialect-mix"

MIXED = (
    "The discussions centered on trade. Lee outlined a program and signaled support. "
    "North Korea's behavior worried both sides.\n\n"
    "- Expand scholarship programmes for students.\n"
    "- Finalise the tariff schedule.\n"
)


def test_minority_dialect_reported_naming_the_majority():
    found = findings(MIXED, RULE)
    assert [MIXED[f.src_start : f.src_end] for f in found] == ["programmes", "Finalise"]
    first = found[0]
    assert "American spelling ('centered' at line 1, 'program' at line 1)" in first.message
    assert first.fix.replacement == "programs" and first.fix.applicability == "unsafe"
    assert found[1].fix.replacement == "Finalize"


def test_organisation_names_are_not_counted():
    text = (
        "The World Health Organization and the Labour Party backed the centre's programme. "
        "Pearl Harbor veterans favoured the colour scheme. Labour said the labour market was travelling well."
    )
    assert spans(text, RULE) == []


def test_one_word_against_one_word_is_a_mix_the_rest_of_the_article_decides():
    # measured: at one word a side, BBC gains 8 findings (0.009/1k), mostly real slips
    # ("the US population is aging", "analyzing", "federal programs" beside "defence")
    text = "Mr Brown said the federal programs could be cut. The defence budget grew."
    assert spans(text, RULE) == ["programs"]
    text = "Mr. Brown said the federal programs could be cut. The defence budget grew."
    assert spans(text, RULE) == ["defence"]


def test_quotations_follow_the_house_spelling_too():
    text = 'The plan centered on trade and the theater reopened. "We favour a slower pace," the minister said.'
    assert spans(text, RULE) == ["favour"]


def test_software_program_is_british_too():
    text = "The programme is new. Engineers wrote a computer program to run the centre's colour lights."
    assert spans(text, RULE) == []


def test_ize_is_american_in_news_unless_the_house_style_is_oxford(tmp_path):
    # news spells British with -ise: one -ize word among -our/-re spellings is the mix
    story = "The organization will end. The colour of the centre changed, the neighbours said."
    assert spans(story, RULE) == ["organization"]
    american = "The organization will utilize and rationalize the plan. It was a favourable deal."
    assert spans(american, RULE) == ["favourable"]
    config = tmp_path / ".newslint.yaml"
    config.write_text("rules:\n  consistency/dialect-mix: {oxford: true}\n", encoding="utf-8")
    oxford = "The organization will realize savings. The colour of the centre changed, the neighbours said."
    assert spans(oxford, RULE, config=str(config)) == []
    mixed = "The organisation will finalise the plan. The organization must prioritize jobs and realize savings."
    assert spans(mixed, RULE, config=str(config)) == ["organisation", "finalise"]
    assert spans(mixed, RULE) == ["organisation", "finalise"]


def test_a_noun_or_a_verb_tells_the_dialect():
    # "licence" is the British noun, "license" the verb: "a license fee" is American
    text = "The council will scrutinise the organisation. Owners pay a license fee, and firms license the design."
    assert spans(text, RULE) == ["license"]
    assert spans("The licence is new, and firms can trade or cross-license with rivals.", RULE) == []
    # "practise" is the British verb only: as a noun it is "practice" in every dialect
    (finding,) = findings("The practice is common. The practise has drawn criticism.", RULE)
    assert finding.fix.replacement == "practice" and "noun" in finding.message
    assert spans("Doctors practise medicine; the practice is old, and the colour is new.", RULE) == []


def test_explicit_british_dialect_decides(tmp_path):
    config = tmp_path / ".newslint.yaml"
    config.write_text("dialect: en-GB\n", encoding="utf-8")
    text = "The program centered on trade, and the behavior of the colour guard drew praise."
    found = findings(text, RULE, config=str(config))
    assert [text[f.src_start : f.src_end] for f in found] == ["program", "centered", "behavior"]


def test_a_name_broken_over_two_lines_is_not_counted():
    text = (
        "Producers insist the International Cocoa\n\nOrganization rules must stay. The organisation "
        "will stabilise prices and the labour unions favour it.\n"
    )
    assert spans(text, RULE) == []


def test_explicit_american_dialect_decides_but_the_default_does_not(tmp_path):
    text = "Headline\nThe programme centred on trade, and the colour of the flag changed. Officials signaled support.\n"
    story = tmp_path / "story.txt"
    story.write_text(text, encoding="utf-8")
    from newslint import lint_text

    default = [f for f in lint_text(text, select=["consistency/dialect-mix"])]
    assert [text[f.src_start : f.src_end] for f in default] == ["signaled"]
    config = tmp_path / ".newslint.yaml"
    config.write_text("dialect: en-US\n", encoding="utf-8")
    explicit = lint_text(text, path=str(story), config=config, select=["consistency/dialect-mix"])
    assert sorted(text[f.src_start : f.src_end] for f in explicit) == ["centred", "colour", "programme"]


def test_one_word_in_both_spellings_is_a_mix_whatever_the_counts():
    text = "The minister criticized the plan on Monday. Later the opposition criticised it again."
    assert spans(text, RULE) == ["criticised"]


def test_pairs_from_the_complete_variant_list():
    text = "The colour of the centre was grey, and the council analysed it. A lackluster show followed."
    assert spans(text, RULE) == ["lackluster"]
    assert spans("Among the organisers, the inquiry was okay and backwards-looking.", RULE) == []


def test_a_name_written_in_both_spellings_is_reported_once_per_rarer_use():
    text = "Labour will keep its pledges, said Labour's election chief.\n\nLabor will pursue reforms, he said.\n"
    (finding,) = findings(text, RULE)
    assert text[finding.src_start : finding.src_end] == "Labor" and finding.fix.replacement == "Labour"
    # a name in one spelling is left alone, however many times
    assert spans("The World Health Organization met. The organisation said the Labour Party agreed.", RULE) == []


def test_a_surname_opening_a_sentence_is_no_american_spelling():
    # "Gray said" beside "Andy Gray" is a name, not the American "gray"
    text = "Andy Gray joined the club. Gray said the move suited him. For somebody of his calibre it was right."
    assert spans(text, RULE) == []
    # the true positive it must keep: an ordinary word opening a sentence counts
    text = "Color me impressed. The centre and the colour were grand."
    assert spans(text, RULE) == ["Color"]
