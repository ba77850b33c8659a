"""SEO stuffing: keyword lists, key-phrase density, subheadings, titles and meta fields.

The traps come from newsroom practice: profiles name their subject on every
line, a story about one thing repeats its topic, wire copy repeats units
("mln dlrs"), site tag lines list sections, and real pages carry a sensible
title, description and keywords.
"""

from __future__ import annotations

import json

from helpers import FARM_SEED, WIRE_SEED, findings, requires_seeds, run_cli, spans

SEO = "seo"


def rules(text, path="story.txt", select=SEO):
    return [f.rule for f in findings(text, select, path=path)]


# -- keyword lists -------------------------------------------------------------------------

LIST_ARTICLE = (
    "Port strike halts container traffic in Rotterdam\n"
    "Dock workers walked out on Monday, leaving ships waiting at anchor.\n"
    "Unions said the strike would last a week.\n"
    "7. SEO-Friendly Keywords Used in This Article\n"
    "- Rotterdam port strike\n"
    "- container traffic Rotterdam 2026\n"
    "- port strike Netherlands\n"
    "- Rotterdam dock workers\n"
    "8. Key Takeaways\n"
    "- Ships are waiting at anchor.\n"
)


def test_numbered_seo_keyword_section_is_reported_from_label_to_last_entry():
    found = findings(LIST_ARTICLE, "seo/keyword-list")
    assert len(found) == 1
    f = found[0]
    assert (f.line, f.column, f.end_line, f.end_column) == (4, 1, 8, 25)
    assert f.severity == "error"
    assert "4 search phrases" in f.message
    assert LIST_ARTICLE[f.src_start : f.src_end].endswith("- Rotterdam dock workers")


def test_inline_keywords_line_is_reported_whole():
    text = (
        "Port strike halts container traffic in Rotterdam\n\n"
        "Dock workers walked out on Monday.\n\n"
        "Keywords: Rotterdam port strike, container traffic, Rotterdam dock workers\n"
    )
    found = findings(text, "seo/keyword-list")
    assert [text[f.src_start : f.src_end] for f in found] == [
        "Keywords: Rotterdam port strike, container traffic, Rotterdam dock workers"
    ]
    assert found[0].severity == "error"  # a keyword list is never copy, whether or not the label says SEO


def test_keyword_lists_in_markdown_html_and_bare_lines():
    markdown = (
        "# Port strike halts container traffic in Rotterdam\n\nDock workers walked out.\n\n## SEO keywords\n\n"
        "- Rotterdam port strike\n- container traffic Rotterdam\n- port strike news\n\n## What next\n\nTalks.\n"
    )
    found = findings(markdown, "seo/keyword-list", path="story.md")
    assert [(f.line, f.column, f.end_line, f.end_column) for f in found] == [(5, 4, 9, 19)]
    page = (
        "<html><head><title>Port strike</title></head><body><article><h1>Port strike halts container traffic "
        "in Rotterdam</h1><p>Dock workers walked out.</p><h3>Tags</h3><ul><li>Rotterdam port strike</li>"
        "<li>container traffic</li><li>Rotterdam strike news</li></ul></article></body></html>"
    )
    found = findings(page, "seo/keyword-list", path="page.html")
    assert [page[f.src_start : f.src_end] for f in found] == [
        "Tags</h3><ul><li>Rotterdam port strike</li><li>container traffic</li><li>Rotterdam strike news"
    ]
    bare = (
        "Port strike halts container traffic in Rotterdam\n\nDock workers walked out.\n\n"
        "Keywords:\nRotterdam port strike\ncontainer traffic Rotterdam\nport strike news\n"
    )
    assert [(f.line, f.end_line) for f in findings(bare, "seo/keyword-list")] == [(5, 8)]


def test_tags_line_of_site_sections_is_not_a_keyword_list():
    text = (
        "Port strike halts container traffic in Rotterdam\n\n"
        "Dock workers walked out on Monday.\n\n"
        "Tags: Europe, Business, Transport, Netherlands\n"
    )
    assert rules(text) == []


def test_table_of_contents_entry_naming_the_section_is_not_the_section():
    text = (
        "Port strike halts container traffic in Rotterdam\n"
        "- 1. What happened\n"
        "- 2. SEO Keywords\n"
        "- 3. Key takeaways\n"
        "Dock workers walked out on Monday.\n"
    )
    assert rules(text, select="seo/keyword-list") == []


def test_keywords_in_a_sentence_about_keywords_is_prose():
    text = (
        "Why search keywords shape the news\n\n"
        "Keywords: the editors said readers type short phrases, and headlines follow them.\n\n"
        "The study covered 40 newsrooms.\n"
    )
    assert rules(text) == []


def test_glossary_of_unrelated_terms_is_not_stuffing():
    text = (
        "Heatwave tests power grid\n\n"
        "Demand peaked on Tuesday.\n\n"
        "Key terms\n"
        "- baseload\n"
        "- peaking plant\n"
        "- interconnector\n"
    )
    assert rules(text, select="seo/keyword-list") == []


@requires_seeds
def test_seed_000_keyword_section_is_flagged_at_lines_96_to_104():
    text = (FARM_SEED).read_text(encoding="utf-8")
    found = findings(text, SEO)
    assert [(f.rule, f.line, f.column, f.end_line, f.end_column) for f in found] == [
        ("seo/keyword-list", 96, 1, 104, 35)
    ]


@requires_seeds
def test_seed_004_wire_copy_has_no_seo_findings():
    text = (WIRE_SEED).read_text(encoding="utf-8")
    assert rules(text) == []


# -- key-phrase density ------------------------------------------------------------------

STUFFED = (
    "Best pizza in Boston: where to eat tonight\n\n"
    "Looking for the best pizza in Boston? Our guide to the best pizza in Boston starts here. "
    "The best pizza in Boston is thin. Critics agree the best pizza in Boston comes from the North End. "
    "Tourists ask us for the best pizza in Boston every week. We tasted the best pizza in Boston so you "
    "do not have to. Prices vary. Some places open late. Most take cards. Book ahead on weekends.\n"
)


def test_stuffed_key_phrase_is_reported_once_over_its_densest_stretch_with_the_density():
    found = findings(STUFFED, "seo/keyword-density")
    assert len(found) == 1
    span = STUFFED[found[0].src_start : found[0].src_end]
    assert span.startswith("best pizza in Boston? Our guide") and span.endswith("We tasted the best pizza in Boston")
    assert (found[0].line, found[0].column, found[0].end_line, found[0].end_column) == (3, 17, 3, 280)
    assert "matches 6 times in 73 words" in found[0].message and "14.0% weighted" in found[0].message


PROFILE = """Amara Osei, the engineer who rebuilt Kumasi's harbour

Amara Osei grew up above her father's hardware shop on Bantama Road, where she learned to price nails
before she could read. Neighbours remember a girl who took radios apart and put them back together.

Osei studied civil engineering in Accra and spent ten years designing drainage for the regional
authority. She says the work taught her that flooding is a political problem before it is a technical
one. "Water goes where money is not," she told a council meeting in 2012.

In 2014 Amara Osei stood for the council in her home ward and won by 212 votes. Colleagues from that
time describe a member who read every report that crossed her desk and asked for the ones that did not.
Osei chaired the works committee within two years and pushed through a survey of every culvert in the
city, the first in four decades.

When the harbour wall failed in the storms of 2018, Osei was the only councillor who had read the
engineers' warnings. She made them public. The mayor resigned three months later, and Osei won the
election that followed with 58 percent of the vote.

As mayor, Osei rebuilt the harbour wall in two years and under budget, a rare thing in a city used to
delays. Contractors who worked on the project say she visited the site every Friday. "She knew the
tolerances better than we did," said one site manager, who asked not to be named because his firm still
bids for city work.

Her critics call her stubborn. Opposition councillors say Osei overrules officials and rarely
compromises, and a 2021 audit found that two contracts were awarded without a full tender. Osei says
the contracts were urgent and that the audit cleared her of wrongdoing, which it did.

Osei has also clashed with the national government over money for schools. She refused to sign the
city's budget in 2022 until the education ministry paid what it owed, and the dispute went to court
before a settlement was reached.

Residents are divided. Traders on the waterfront credit Osei with saving their businesses, while
tenants in the new housing blocks say rents have risen too fast. A poll by the local university last
year put her approval at 51 percent.

Amara Osei plans to stand again next year. Asked what she would do with a second term, Osei said she
wanted to finish the drainage network she first drew as a young engineer. "Then I will go back to the
shop," she said, "and price nails."

Her first year in office was not smooth. A plan to move the central market to the edge of the city
collapsed after traders blocked the road for a week, and Osei withdrew it in public, an apology her
allies say cost her little and her opponents say she never meant. The market stayed where it was, and
the council spent the money on roofing it instead.

Those who have worked with her describe long days and short meetings. Officials say she expects papers
a week in advance and sends them back with questions in the margins. Osei keeps an engineer's notebook
on her desk and writes down every promise made to her, with a date. Council staff call it "the ledger".

Her closest adviser is a former schoolteacher who ran her first campaign from a kitchen table. He says
the mayor has changed less than people think. "She still wants to see the drawings," he said.

Osei declined to discuss her family. She lives in the house where she grew up.
"""


def test_profile_naming_its_subject_fifteen_times_is_not_stuffing():
    assert PROFILE.count("Osei") >= 15
    assert 500 <= len(PROFILE.split()) <= 700
    assert rules(PROFILE) == []


def test_story_whose_headline_words_recur_naturally_is_quiet():
    text = (
        "Interest rates held as inflation eases\n\n"
        "The central bank held interest rates at 4.5% on Thursday, saying inflation was easing faster than "
        "expected. It was the third meeting in a row at which interest rates were left unchanged. "
        "Economists had expected the decision. Mortgage lenders said they would keep their rates steady. "
        "The bank's governor said interest rates would stay high for as long as needed to bring inflation "
        "back to its 2% target. Inflation fell to 3.1% in May from 3.4% in April, official figures showed. "
        "Markets now expect interest rates to fall in the autumn. Shares in banks rose after the "
        "announcement, while the currency slipped against the dollar. Business groups welcomed the pause but "
        "said firms were still struggling with energy costs. Unions said wages had not kept up with prices. "
        "The next decision on interest rates is due in August.\n"
    )
    assert rules(text) == []


def test_wire_units_are_not_key_phrases():
    text = (
        "U.S. Money Supply Rises 2.1 Billion Dlrs\n\n"
        "U.S. M-1 money supply rose 2.1 billion dlrs to 736.7 billion dlrs in the week, the Fed said. "
        "The previous week's level was revised to 734.6 billion dlrs from 734.2 billion dlrs. "
        "The average for the four weeks rose 1.9 billion dlrs to 733.8 billion dlrs. "
        "Economists had forecast a rise of 1.5 billion dlrs.\n"
    )
    assert rules(text) == []


def test_density_limit_is_an_option(tmp_path):
    config = tmp_path / ".newslint.yaml"
    config.write_text("rules:\n  seo/keyword-density:\n    max_density: 50.0\n", encoding="utf-8")
    assert findings(STUFFED, "seo/keyword-density", config=config) == []


# -- subheadings ---------------------------------------------------------------------------


def test_key_phrase_in_every_subheading_is_over_optimised():
    text = (
        "# Best pizza in Boston\n\nA guide.\n\n## Best pizza in Boston: the crust\n\nThin.\n\n"
        "## Best pizza in Boston: the sauce\n\nSweet.\n\n## Where to find the best pizza in Boston\n\nNorth End.\n"
    )
    found = findings(text, "seo/keyword-in-headings", path="guide.md")
    assert len(found) == 1
    assert text[found[0].src_start : found[0].src_end] == "Best pizza in Boston"
    assert (found[0].line, found[0].column) == (5, 4)
    assert "3 of 3 subheadings" in found[0].message


def test_explainer_whose_sections_name_the_topic_once_is_quiet():
    text = (
        "# What the new tariffs mean for car buyers\n\nPrices will rise.\n\n## Which cars are affected\n\nMost.\n\n"
        "## How tariffs change prices\n\nSlowly.\n\n## What dealers say\n\nThey worry.\n\n## When prices rise\n\nSoon.\n"
    )
    assert rules(text, path="explainer.md") == []


def test_hard_wrapped_line_fragments_are_not_subheadings():
    text = (
        "Mazda Reports Lower U.S. Sales\n\n"
        "Mazda Motor Corp of Japan reported\n"
        "car sales in the U.S. during February of 10,049, down from\n"
        "19,448 during February last year.\n"
        "    The company said year to date car sales in the U.S. totaled\n"
        "21,092, down from 38,441 a year earlier.\n"
        "    Truck sales in the U.S. totaled 8,558 in February, down\n"
        "from 9,693 a year earlier.\n"
    )
    assert rules(text, select="seo/keyword-in-headings") == []


# -- titles and meta fields --------------------------------------------------------------


def test_headline_listing_search_variants_is_reported_from_first_to_last_use():
    text = "Best Pizza Boston | Best Pizza in Boston | Pizza Delivery Boston\n\nWe ate a lot of pizza.\n"
    assert spans(text, "seo/stuffed-title") == ["Best Pizza Boston | Best Pizza"]


def test_headlines_that_repeat_a_word_for_effect_are_quiet():
    for headline in (
        "Fed raises rates again as rates hit 16-year high",
        "Williams beats Williams in Melbourne final",
        "New York, New York: a city sings again",
        "Bye-bye, bye-laws: council scraps old rules",
        "Talks, talks and more talks as deadline nears",
    ):
        text = f"{headline}\n\nSerena Williams beat Venus Williams in New York and New York cheered.\n"
        assert rules(text, select="seo/stuffed-title") == [], headline


def test_stuffed_html_title_is_reported_at_its_exact_source_span():
    html = (
        "<html><head><title>Cheap flights London - cheap flights to London | Flights</title></head>"
        "<body><article><h1>Fares fall on London routes</h1><p>Fares fell in May.</p></article></body></html>"
    )
    found = findings(html, "seo/stuffed-title", path="page.html")
    assert [html[f.src_start : f.src_end] for f in found] == ["Cheap flights London - cheap flights"]


def test_meta_description_with_the_key_phrase_three_times():
    html = (
        '<html><head><title>Best pizza in Boston</title><meta name="description" content="Best pizza in '
        'Boston? Our best pizza in Boston guide ranks the best pizza in Boston."></head><body><article>'
        "<h1>Best pizza in Boston</h1><p>We ate a lot of pizza.</p></article></body></html>"
    )
    found = findings(html, "seo/stuffed-meta-description", path="page.html")
    assert len(found) == 1
    assert html[found[0].src_start : found[0].src_end].startswith("Best pizza in Boston? Our best")
    assert "3 times" in found[0].message


def test_meta_keywords_with_many_variants():
    html = (
        '<html><head><title>Where to eat pizza</title><meta name="keywords" content="pizza Boston, best pizza '
        'Boston, Boston pizza, cheap pizza, pizza delivery, pizza near me"></head><body><article>'
        "<h1>Where to eat pizza</h1><p>We ate a lot of it.</p></article></body></html>"
    )
    found = findings(html, "seo/stuffed-meta-keywords", path="page.html")
    assert len(found) == 1
    assert html[found[0].src_start : found[0].src_end].startswith("pizza Boston, best pizza Boston")


def test_front_matter_tags_listing_names_are_not_stuffing():
    text = (
        "---\ntitle: Lee heads to Beijing\ntags: [Lee Jae Myung, Xi Jinping, South Korea, North Korea, Korea-China "
        "relations, Korean Peninsula]\n---\n\nPresident Lee Jae Myung left for Beijing on Sunday. South Korea and "
        "North Korea were on the agenda, Lee said.\n"
    )
    assert rules(text, path="story.md") == []


NEWS_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Talks on port strike resume in Rotterdam | Example News</title>
<meta name="description" content="Unions and port operators returned to talks on Tuesday as ships queued off Rotterdam.">
<meta name="keywords" content="Rotterdam, port strike, Netherlands, shipping, unions">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2026-01-06T09:00:00+01:00">
<link rel="canonical" href="https://news.example.com/europe/rotterdam-port-strike-talks-resume">
</head>
<body>
<article>
<h1>Talks on port strike resume in Rotterdam</h1>
<p>ROTTERDAM, Jan. 6 (Example) - Unions and port operators returned to talks on Tuesday, the second week of a
strike that has left dozens of ships waiting at anchor off Europe's largest port.</p>
<h2>What the unions want</h2>
<p>The unions want a 7% pay rise and limits on automation. Operators have offered 4%.</p>
<h2>Who is affected</h2>
<p>Shipping lines have diverted some vessels to Antwerp and Hamburg, and retailers warn of delays.</p>
<h2>What happens next</h2>
<p>Talks continue on Wednesday. The port strike will go on until a deal is reached, the unions said.</p>
</article>
</body>
</html>
"""


def test_html_page_with_sensible_title_description_and_keywords_is_quiet():
    assert rules(NEWS_PAGE, path="page.html", select=["seo", "metadata"]) == []


# -- end to end through the CLI ------------------------------------------------------------

STUFFED_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<title>Best Pizza Boston | Best Pizza in Boston | Pizza Boston</title>
<meta name="description" content="Best pizza in Boston? Our best pizza in Boston list ranks the best pizza in Boston.">
<meta name="keywords" content="pizza Boston, best pizza Boston, Boston pizza, cheap pizza Boston, pizza delivery Boston, pizza near me">
<meta name="author" content="Staff">
<meta property="article:published_time" content="2026-01-04">
</head>
<body>
<article>
<h1>Best pizza in Boston</h1>
<p>Looking for the best pizza in Boston? Our guide to the best pizza in Boston starts here. The best pizza in
Boston is thin. Critics agree the best pizza in Boston comes from the North End. Tourists ask us for the best
pizza in Boston every week. We tasted the best pizza in Boston so you do not have to.</p>
<p>Prices vary. Some places open late. Most take cards. Book ahead on weekends.</p>
</article>
</body>
</html>
"""

STUFFED_MARKDOWN = """---
title: Best pizza in Boston
author: Staff
date: 2026-01-04
---

# Best pizza in Boston

Looking for pizza tonight? We tried forty places across the city.

## Best pizza in Boston: the crust

Thin and charred.

## Best pizza in Boston: the sauce

Sweet and bright.

## Best pizza in Boston: the price

Most slices cost under five dollars.

Keywords: best pizza in Boston, Boston pizza guide, cheap pizza Boston
"""


def test_cli_reports_a_page_stuffed_everywhere_once_naming_every_place(tmp_path):
    """One root cause, one finding: the body's density owns the phrase and names the title and meta fields."""
    page = tmp_path / "pizza.html"
    page.write_text(STUFFED_PAGE, encoding="utf-8")
    process = run_cli("check", "--no-config", "--select", "seo,metadata", "--format", "json", str(page))
    assert process.returncode == 0, process.stderr.decode()  # warnings do not fail the run by default
    found = json.loads(process.stdout)["findings"]
    assert [(f["rule"], f["line"], f["column"]) for f in found] == [("seo/keyword-density", 13, 20)]
    assert "also in the title, the meta description and the keywords" in found[0]["message"]


def test_title_and_meta_rules_still_report_when_the_body_is_not_stuffed():
    html = STUFFED_PAGE.replace(STUFFED_PAGE[STUFFED_PAGE.index("<p>Looking") : STUFFED_PAGE.index("<p>Prices")], "")
    found = {f.rule for f in findings(html, SEO, path="page.html")}
    assert found == {"seo/stuffed-title", "seo/stuffed-meta-description", "seo/stuffed-meta-keywords"}


def test_cli_reports_stuffed_subheadings_and_keyword_list_of_a_markdown_article(tmp_path):
    article = tmp_path / "pizza.md"
    article.write_text(STUFFED_MARKDOWN, encoding="utf-8")
    process = run_cli("check", "--no-config", "--select", "seo,metadata", "--format", "json", str(article))
    assert process.returncode == 1, process.stderr.decode()  # the keyword list is an error
    found = [(f["rule"], f["line"], f["column"], f["end_line"]) for f in json.loads(process.stdout)["findings"]]
    assert found == [
        ("seo/keyword-in-headings", 11, 4, 11),
        ("seo/keyword-list", 23, 1, 23),
    ]
