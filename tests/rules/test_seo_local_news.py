"""Keyword stuffing on short local news, and keyword lists under any label (issue 9).

The fixtures in tests/fixtures/seo/ are stories written for these tests: three
stuffed local stories (Markdown with front matter, an HTML page with meta
description and keywords, plain text whose repeats are packed into one
paragraph) and two clean ones that name one company or one person again and
again. One stuffed phrase is one finding, at its densest stretch.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import findings, run_cli

from newslint.analysis.content_words import content_keys, stem
from newslint.analysis.keyphrases import is_subheading
from newslint.analysis.stuffing import stuffed_phrases
from newslint.frontends import parse_document

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "seo"


def cli_findings(path: Path, select: str = "seo") -> list[dict]:
    process = run_cli("check", "--no-config", "--select", select, "--format", "json", str(path))
    assert process.returncode == 0, process.stderr.decode()  # warnings do not fail the run
    return json.loads(process.stdout)["findings"]


def positions(found: list[dict]) -> list[tuple]:
    return [(f["rule"], f["line"], f["column"], f["end_line"], f["end_column"]) for f in found]


# -- stuffed local stories -----------------------------------------------------------------


def test_markdown_story_stuffed_in_title_h1_body_subheading_and_list_items_is_one_finding():
    found = cli_findings(FIXTURES / "stuffed_local_bins.md")
    assert positions(found) == [("seo/keyword-density", 20, 153, 31, 75)]
    message = found[0]["message"]
    assert "'Harlow bin collections 2027' matches 11 times in 281 words" in message
    assert "6 in the 100 words of this stretch" in message
    assert "also in 1 subheading and 3 list items" in message


def test_html_page_stuffed_everywhere_is_one_finding_that_names_title_and_meta_fields():
    found = cli_findings(FIXTURES / "stuffed_flood_defences.html")
    assert positions(found) == [("seo/keyword-density", 22, 5, 27, 180)]
    assert "also in 1 subheading, 3 list items, the title, the meta description and the keywords" in found[0]["message"]


def test_title_and_meta_rules_leave_a_phrase_the_body_is_stuffed_with_to_keyword_density():
    path = FIXTURES / "stuffed_flood_defences.html"
    text = path.read_text(encoding="utf-8")
    owned = ["seo/stuffed-title", "seo/stuffed-meta-description", "seo/stuffed-meta-keywords", "seo/keyword-in-headings"]
    assert findings(text, owned, path=path.name) == []


def test_plain_text_story_with_its_repeats_packed_into_one_paragraph():
    found = cli_findings(FIXTURES / "stuffed_parking_charges.txt")
    assert positions(found) == [("seo/keyword-density", 11, 1, 11, 435)]
    message = found[0]["message"]
    assert "'Kingsbridge parking charges' matches 8 times in 348 words" in message
    assert "but 7 in the 100 words of this stretch (11.9% weighted, above 9%)" in message


@pytest.mark.parametrize("name", ["clean_water_company.html", "clean_mayor_profile.md"])
def test_story_naming_one_company_or_person_again_and_again_is_not_stuffing(name):
    path = FIXTURES / name
    text = path.read_text(encoding="utf-8")
    subject = "Northvale Water" if "water" in name else "Achterberg"
    assert text.count(subject) >= 9
    assert cli_findings(path) == []


def test_a_name_pushed_into_subheadings_and_list_items_is_judged_like_any_phrase():
    text = (FIXTURES / "clean_water_company.html").read_text(encoding="utf-8")
    text = text.replace("<h2>The company's response</h2>", "<h2>What Northvale Water says</h2>")
    text = text.replace("<li>The fine will be paid", "<li>Northvale Water will pay the fine")
    text = text.replace("<li>A new pump was installed in March", "<li>Northvale Water installed a new pump in March")
    text = text.replace("<li>Monitoring data will be", "<li>Northvale Water data will be")
    found = findings(text, "seo", path="page.html")
    assert [f.rule for f in found] == ["seo/keyword-density"]
    assert "1 subheading and 3 list items" in found[0].message


def test_a_match_is_the_phrase_s_words_in_one_sentence_in_any_order_and_word_form():
    text = (
        "Harlow bin collections 2027 explained\n\n"
        + "Harlow bin collections 2027 start soon. " * 4
        + "In 2027 the collection of each bin in Harlow changes. " * 4
        + "The council met on Tuesday. Residents were told by letter. Most were unhappy about it.\n"
    )
    [found] = stuffed_phrases(parse_document("a.txt", text))
    assert found.phrase.text == "Harlow bin collections 2027"
    assert (found.count, found.verbatim) == (8, 4)
    assert stem("collected") == stem("collecting") == stem("collect")
    assert content_keys("bin collections 2027") == ["bin", "collection", "2027"]
    assert content_keys("rose 2.1 billion dlrs") == ["rose"]


def test_short_lines_plain_text_cannot_tell_from_headings_are_not_subheadings():
    text = (
        "# Halvorsen to sell tankers\n\n"
        "## What the sale means\n\nFour ships go.\n\n"          # a subheading
        "## Halvorsen Shipping said its board approved a plan to\n\n"  # a wrapped line: ends on 'to'
        "sell part of its fleet.\n\n"
        "## Halvorsen Shipping sells tankers\n\n"                  # the next line goes on in lowercase
        "for about 30 mln dlrs.\n\n"
        "## HALVORSEN TANKER FUND\n\n## Qtly div 28 cts vs 29 cts prior\n"  # a table's title and row
    )
    doc = parse_document("a.md", text)
    headings = [b for b in doc.blocks if b.kind == "heading"]
    assert [is_subheading(doc, b) for b in headings] == [True, False, False, False, False]


# -- keyword lists under any label ---------------------------------------------------------

LEAD = (
    "# Harlow bin collections to go three-weekly from 2027\n\n"
    "General waste will be collected every three weeks from January, the council said.\n\n"
    "Recycling stays weekly.\n\n"
)

LISTS = {
    "related searches": (
        "## Related searches\n\n- harlow bin collections 2027\n- harlow bin collection dates\n- bin day harlow\n"
        "- harlow recycling collections\n- harlow council bins three weekly\n",
        (7, 4, 13, 35),
    ),
    "tags without a colon": (
        "Tags\n\n- Harlow bins\n- Harlow bin collections\n- bin collections 2027\n- three-weekly bin collections\n"
        "- Harlow council waste\n",
        (7, 1, 13, 23),
    ),
    "popular keywords": (
        "### Popular keywords:\n\n- harlow bin collection 2027\n- harlow bins calendar\n- harlow waste collection\n"
        "- bin collections essex\n- harlow council bin day\n- three weekly bins harlow\n",
        (7, 5, 14, 27),
    ),
    "an unlabelled kind of label": (
        "Trending now\n\n* Harlow bin collections\n* Harlow bins 2027\n* Harlow bin day\n* Harlow recycling\n"
        "* Harlow council bins\n",
        (7, 1, 13, 22),
    ),
    "inline": (
        "People also search for: harlow bin collections, harlow bin day 2027, harlow bins three weekly, "
        "harlow recycling, harlow council bins\n",
        (7, 1, 7, 133),
    ),
    "queries": (
        "Searches related to this story:\n\n- what is three weekly collection\n- harlow bins news today\n"
        "- latest harlow bin collections\n- harlow bin collections 2027\n",
        (7, 1, 12, 30),
    ),
}


@pytest.mark.parametrize("name", list(LISTS))
def test_keyword_list_is_found_by_the_shape_of_its_entries(name):
    block, expected = LISTS[name]
    found = findings(LEAD + block, "seo", path="story.md")
    assert [(f.rule, f.line, f.column, f.end_line, f.end_column) for f in found] == [("seo/keyword-list", *expected)]


@pytest.mark.parametrize(
    "block",
    [
        # a fact box: clauses and figures, not the headline's words over and over
        "## What changes\n\n- General waste every three weeks\n- Recycling collected weekly\n- Food caddies for every home\n"
        "- Larger bins for big families\n- Garden waste for £48 a year\n",
        # related links are headlines with verbs
        "## More on this story\n\n- Council approves budget\n- Harlow bin strike ends after two weeks\n"
        "- Residents protest over parking\n",
        # site sections
        "Tags: Essex, Local government, Environment\n",
    ],
)
def test_lists_that_are_not_search_phrases_are_left_alone(block):
    assert findings(LEAD + block, "seo", path="story.md") == []
