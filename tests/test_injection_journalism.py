"""The journalism injectors of the injection benchmark: each puts in its error and says exactly where.

The article is text written for this test (the corpora are never copied into the project).
"""

from __future__ import annotations

import copy
import random
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.injection import journalism  # noqa: E402
from benchmarks.injection.base import KINDS, Article, Block  # noqa: E402

PARAGRAPHS = [
    "Repairs to the Kelvin Street bridge in Dunmore will close the crossing for eleven weeks from 14 March, "
    "the county council has confirmed in a notice to residents.",
    "The bridge, which carries about 9,000 vehicles a day, was built in 1961 and has needed patching every "
    "winter since the floods of 2019. Engineers found cracks in two of its three supporting piers last autumn.",
    "\"We know this will be hard for people who cross the river every morning,\" said Moira Kettering, who "
    "leads the council's transport team. \"But the alternative is a bridge that fails without warning.\"",
    "A temporary footbridge will be put up beside the old one by the end of February. Buses will be diverted "
    "through Abbot's Lane and the ring road, adding roughly twenty minutes to each journey at peak times.",
    "Traders on the east bank expect the closure to hurt. The Dunmore market, which opens on Saturdays, moved "
    "to the car park behind the library when the bridge was last shut for a fortnight in 2021.",
    "\"Last time we lost almost half our customers,\" said Tariq Denholm, who sells fruit at the market. "
    "He plans to offer deliveries until the work is finished.",
    "The repair will cost £4.2m, of which £1.5m comes from a government fund for ageing river crossings. "
    "The rest will be borrowed over twenty-five years.",
    "Schools near the bridge will start later on Mondays and Fridays during the closure so that pupils who "
    "walk the longer route arrive on time. Parents were sent letters on Tuesday.",
    "Cyclists will be able to push their bikes across the footbridge. A shuttle van for wheelchair users and "
    "people with heavy shopping will run every half hour between the two banks - from seven in the morning.",
    "The council expects to reopen the Kelvin Street bridge to traffic in early June, weather permitting. "
    "A public meeting about the plans is due at the Dunmore town hall on 2 March.",
    "The crossing has a long history. It replaced a Victorian iron bridge that was swept away in a storm, and "
    "for several years afterwards a ferry carried people between the banks for a penny a trip.",
    "Local historians have collected photographs of the ferry and of the opening ceremony, when the mayor cut "
    "a ribbon in front of a crowd of several thousand. Some of the pictures will be shown at the library while "
    "the bridge is closed, alongside drawings of the new piers and a model made by pupils at the secondary school.",
    "Drivers who use satellite navigation are being asked to update their devices before the closure, because "
    "older maps will keep sending lorries towards the bridge. Signs warning of the diversion will go up on the "
    "main roads into the town a week before the work begins.",
]

ARTICLE = Article(
    id="test/bridge", corpus="test", title="Kelvin Street bridge repairs close Dunmore crossing",
    blocks=[Block("paragraph", p) for p in PARAGRAPHS],
    metadata={"author": "Staff reporter", "date": "2026-02-10"},
)

JOURNALISM = sorted(name for name, kind in KINDS.items() if kind.family.startswith("journalism"))
SEEDS = range(12)


def _text(article: Article, span) -> str:
    return article.title if span.block == -1 else article.blocks[span.block].text


def _original_texts() -> set[str]:
    return {ARTICLE.title, *(b.text for b in ARTICLE.blocks)}


def test_every_issue_kind_is_registered():
    expected = {
        "quote-speaker-stripped", "quote-between-unquoting", "quote-after-closed-attributed",
        "control-open-multiparagraph-quote", "vague-attribution", "unsourced-statistic", "unsourced-forecast",
        "expert-no-occasion", "keyword-stuffing-short", "keyword-stuffing-long", "keyword-list", "placeholder",
        "chatbot-leftover", "reader-prompt", "template-section", "credit-footer", "crawler-header",
        "crawler-footer", "wire-note", "glued-byline", "headline-in-lead", "author-mismatch", "entities-as-text",
        "mojibake", "pipe-table-in-text",
    }
    assert expected <= set(JOURNALISM)
    assert KINDS["control-open-multiparagraph-quote"].family == "journalism-control"


@pytest.mark.parametrize("name", JOURNALISM)
def test_injection_is_valid_and_leaves_the_input_alone(name):
    before = copy.deepcopy(ARTICLE)
    produced = 0
    for seed in SEEDS:
        injection = KINDS[name].function(ARTICLE, random.Random(seed))
        assert ARTICLE == before, "the input article was changed"
        if injection is None:
            continue
        produced += 1
        assert injection.kind == name
        assert injection.article is not ARTICLE and injection.exact is False
        assert injection.rules and all(isinstance(r, str) and "/" in r for r in injection.rules)
        assert injection.gold
        for span in injection.gold:
            assert -1 <= span.block < len(injection.article.blocks)
            text = _text(injection.article, span)
            assert 0 <= span.start < span.end <= len(text), (span, text)
            piece = text[span.start : span.end]
            assert piece.strip() == piece and piece, f"gold {piece!r} has loose ends"
        for block in injection.article.blocks:
            assert block.kind in ("paragraph", "heading", "item", "raw")
    assert produced >= len(SEEDS) // 2, f"{name} found no place for its error in most runs"


def _each(name):
    for seed in SEEDS:
        injection = KINDS[name].function(ARTICLE, random.Random(seed))
        if injection is not None:
            yield injection, [_text(injection.article, s)[s.start : s.end] for s in injection.gold]


def test_stripped_quote_has_no_speaker_left():
    for injection, (quote,) in _each("quote-speaker-stripped"):
        assert quote[0] in '"“' and quote[-1] in '"”'
        block = _text(injection.article, injection.gold[0])
        assert not re.search(r"\bsaid (Moira|Tariq)|(Moira|Tariq)[^.]*\bsaid\b", block)
        assert block not in _original_texts()


def test_inserted_quote_paragraphs_are_only_a_quotation():
    for name in ("quote-between-unquoting", "quote-after-closed-attributed"):
        for injection, (quote,) in _each(name):
            span = injection.gold[0]
            assert quote == injection.article.blocks[span.block].text
            assert quote[0] in '"“' and quote[-1] in '"”' and quote not in _original_texts()
            if name == "quote-between-unquoting":
                neighbours = injection.article.blocks[span.block - 1].text + injection.article.blocks[span.block + 1].text
                assert '"' not in neighbours and "said" not in neighbours
            else:
                assert re.search(r"[\"”],? said \w+", injection.article.blocks[span.block - 1].text)


def test_control_quote_is_open_then_reopened_with_a_named_speaker():
    for injection, quotes in _each("control-open-multiparagraph-quote"):
        assert len(quotes) >= 2
        assert re.search(r"said|, said:", _text(injection.article, injection.gold[0]))
        assert quotes[0][-1] not in '"”'          # the first paragraph leaves the quotation open
        assert all(q[0] in '"“' for q in quotes)   # each later paragraph opens it again
        assert quotes[-1][-1] in '"”'              # and the last closes it


def test_inserted_sentences_are_new_and_whole():
    for name in ("vague-attribution", "unsourced-statistic", "unsourced-forecast", "expert-no-occasion"):
        for injection, (sentence,) in _each(name):
            assert (sentence[0].isupper() or sentence[0].isdigit()) and sentence[-1] == "."
            assert sentence not in " ".join(_original_texts())
            if name != "vague-attribution":
                assert re.search(r"\d|one in|two in|half|third|quarter|fifth|double|triple|halve", sentence, re.I) or name == "expert-no-occasion"


def test_vague_attribution_wording_varies():
    openings = set()
    for seed in range(60):
        injection = journalism.vague_attribution(ARTICLE, random.Random(seed))
        span = injection.gold[0]
        sentence = injection.article.blocks[span.block].text[span.start : span.end]
        openings.add(" ".join(sentence.split()[:2]).lower())
    assert len(openings) >= 25, openings


def test_expert_has_a_credential_and_no_occasion():
    for injection, (sentence,) in _each("expert-no-occasion"):
        assert re.search(r"\b(Dr|Professor|Prof)\b|\b\w+ist\b|expert|analyst|researcher", sentence)
        assert not re.search(r"\b(told|said|interview|conference|wrote|report)\b", sentence)


@pytest.mark.parametrize("name", ["keyword-stuffing-short", "keyword-stuffing-long"])
def test_keyword_stuffing_repeats_the_headline_phrase_everywhere(name):
    seen = 0
    for injection, pieces in _each(name):
        seen += 1
        phrase = pieces[0].lower()
        assert {p.lower() for p in pieces} == {phrase}
        assert set(phrase.split()) & set(ARTICLE.title.lower().split())
        assert 6 <= len(pieces) <= 16
        article = injection.article
        assert phrase in article.title.lower() and phrase in article.metadata["description"].lower()
        assert phrase in article.metadata["keywords"].lower()
        assert article.blocks[0].kind == "heading" and phrase in article.blocks[0].text.lower()
        items = [b.text for b in article.blocks if b.kind == "item"]
        assert len(items) >= 3 and all(t.lower().startswith(phrase) for t in items)
        assert any(b.kind == "heading" and phrase in b.text.lower() for b in article.blocks[1:])
        words = sum(len(b.text.split()) for b in article.blocks)
        if name.endswith("short"):
            assert words <= 420
    assert seen


def test_keyword_list_is_a_heading_and_terms():
    for injection, pieces in _each("keyword-list"):
        if len(pieces) == 1:
            assert re.match(r"[A-Z][\w ]+: \S", pieces[0]) and pieces[0].count(",") >= 4
        else:
            assert 6 <= len(pieces) <= 10
            assert injection.article.blocks[injection.gold[0].block].kind == "heading"
            assert all(injection.article.blocks[s.block].kind == "item" for s in injection.gold[1:])


def test_characters():
    for injection, pieces in _each("entities-as-text"):
        assert all(re.fullmatch(r"&(?:amp;)*(?:#x?[0-9a-f]+|[a-z]+);(?:&nbsp;-&nbsp;)?|&nbsp;-&nbsp;", p) for p in pieces), pieces
    for injection, pieces in _each("mojibake"):
        for piece in pieces:
            assert piece.encode("cp1252").decode("utf-8") != piece  # it is UTF-8 read as cp1252


def test_wire_and_byline_leftovers_sit_where_they_were_put():
    for injection, (note,) in _each("glued-byline"):
        span = injection.gold[0]
        assert span.start == 0 and re.search(r"By [A-Z][\w-]+ [A-Z][\w-]+(?: and [A-Z][\w-]+ [A-Z][\w-]+)? [A-Z ]+, \w+\.? \d+ \(\w+\)", note)
        assert injection.article.blocks[span.block].text[span.end :].lstrip().startswith(PARAGRAPHS[0][:20])
    for injection, (note,) in _each("headline-in-lead"):
        assert note.lower() == ARTICLE.title.lower()
    for injection, (byline,) in _each("author-mismatch"):
        author = injection.article.metadata["author"]
        assert author.split(" (")[0] not in byline and re.search(r"\b[Bb]y [A-Z]", byline)


def test_table_lines_are_pipe_rows():
    for injection, lines in _each("pipe-table-in-text"):
        assert all(line.startswith("|") and line.endswith("|") for line in lines)
        assert all(injection.article.blocks[s.block].kind == "raw" for s in injection.gold)
        assert re.fullmatch(r"\|[-:| ]+\|", lines[1])


def test_vague_subjects_come_from_the_lexicons_when_present():
    if not journalism.LEXICONS.exists():
        pytest.skip("the shared lexicons are absent")
    assert {"many", "some", "several"} <= set(journalism._quantifiers())
    assert "believe" in journalism._attribution_verbs()


def test_controls_carry_their_source_or_need_none():
    source = re.compile(r"according to|\bsaid\b|\bsays\b|found|show|suggest|told|argued|warned|forecasts|expects|"
                        r"projects?\b|predicts|estimates|reported|argue|\bsay\b")
    for name in ("control-sourced-statistic", "control-sourced-forecast", "control-expert-with-occasion",
                 "control-identified-group"):
        assert KINDS[name].family == "journalism-control"
        for injection, (sentence,) in _each(name):
            assert source.search(sentence), sentence
    for injection, (sentence,) in _each("control-figures-needing-no-source"):
        assert re.search(r"\d", sentence) and not re.search(r"%|per cent|£|\$|€", sentence)
