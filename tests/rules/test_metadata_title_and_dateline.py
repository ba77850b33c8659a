"""metadata/title-too-long and metadata/dateline-date-mismatch.

Traps: titles measured in pixels, not characters (narrow letters fit more);
plain text has no page title; datelines in the formats wires use, dates in
the formats front matter uses, time zones and the turn of the year.
"""

from __future__ import annotations

import pytest

from helpers import WIRE_SEED, findings, requires_seeds

TITLE = "metadata/title-too-long"
DATELINE = "metadata/dateline-date-mismatch"


def md(front: str, body: str = "Talks resumed on Monday.") -> str:
    return f"---\n{front}\n---\n\n{body}\n"


# -- title width ---------------------------------------------------------------------------


def test_long_front_matter_title_is_reported_at_its_value():
    text = md("title: Finance ministers from the world's largest economies gather in Washington for debt talks")
    result = findings(text, TITLE, path="story.md")
    assert len(result) == 1
    assert text[result[0].src_start : result[0].src_end].startswith("Finance ministers")
    assert (result[0].line, result[0].column) == (2, 8)
    assert result[0].severity == "info"
    assert "px" in result[0].message


def test_width_is_measured_in_pixels_not_characters():
    narrow = "Illinois lift tariff limit; little jobs hit in Illinois till July"  # 65 characters
    wide = "WWW MAKERS WANT MORE WAGES NOW WWW MAKERS WANT"  # 46 characters
    assert len(narrow) > 60 > len(wide)
    assert findings(md(f"title: {narrow}"), TITLE, path="story.md") == []
    assert len(findings(md(f"title: {wide}"), TITLE, path="story.md")) == 1


def test_seo_title_wins_over_the_headline():
    text = md(
        "title: Finance ministers from the world's largest economies gather in Washington for debt talks\n"
        "seo_title: G20 ministers meet on debt relief"
    )
    assert findings(text, TITLE, path="story.md") == []


def test_html_title_is_measured_and_plain_text_is_not():
    long_title = "Finance ministers from the world's largest economies gather in Washington for debt talks"
    page = f"<html><head><title>{long_title} | Example News</title></head><body><p>Text.</p></body></html>"
    assert len(findings(page, TITLE, path="page.html")) == 1
    assert findings(f"{long_title}\n\nMinisters met on Monday.\n", TITLE, path="story.txt") == []


@requires_seeds
def test_seed_004_title_fits():
    text = (WIRE_SEED).read_text(encoding="utf-8")
    assert findings(text, TITLE, path="004.txt") == []


# -- dateline against publication date --------------------------------------------------


@pytest.mark.parametrize(
    "date",
    ["2026-01-04", "2026-01-04T09:00:00+09:00", "2026-01-03T23:30:00Z", "Jan. 4, 2026", "January 4, 2026", "4 January 2026", "2026/01/04", "'2026-01-04 00:00'"],
)
def test_dateline_matching_the_publication_date_in_any_format(date):
    text = md(f"title: Talks resume\ndate: {date}", "SEOUL, Jan. 4 (Yonhap) -- Talks resumed on Sunday.")
    assert findings(text, DATELINE, path="story.md") == []


def test_dateline_days_away_from_publication_is_reported_at_the_date():
    text = md("title: Talks resume\npublished_at: 2026-01-09", "SEOUL, Jan. 4 (Yonhap) -- Talks resumed on Sunday.")
    result = findings(text, DATELINE, path="story.md")
    assert [text[f.src_start : f.src_end] for f in result] == ["Jan. 4"]
    assert "5 days apart" in result[0].message


def test_january_year_typo_in_dateline():
    text = md("title: Talks resume\ndate: 2026-01-06", "Beijing, Jan. 6, 2025 — Talks resumed.")
    assert [text[f.src_start : f.src_end] for f in findings(text, DATELINE, path="story.md")] == ["Jan. 6, 2025"]


def test_year_turn_and_overnight_publishing_are_accepted():
    assert findings(md("title: Markets\ndate: 2026-01-01", "NEW YORK, Dec. 31 (Reuters) - Stocks rose."), DATELINE, path="s.md") == []
    assert findings(md("title: Markets\ndate: 2026-03-04", "WASHINGTON, March 3 (Reuters) - Stocks rose."), DATELINE, path="s.md") == []


def test_dates_in_the_story_are_not_datelines():
    body = "Talks resumed on Sunday. The previous round, on Dec. 12 - a Friday - ended without a deal."
    assert findings(md("title: Talks\ndate: 2026-01-04", body), DATELINE, path="story.md") == []


def test_crawled_wire_header_before_the_dateline():
    body = "(LEAD) Talks resume(ATTN: UPDATES headline)By Kim Eun-jung SEOUL, Jan. 4 (Yonhap) -- Talks resumed."
    assert findings(md("title: Talks\ndate: 2026-01-05", body), DATELINE, path="story.md") == []
    result = findings(md("title: Talks\ndate: 2026-01-14", body), DATELINE, path="story.md")
    assert len(result) == 1


@requires_seeds
def test_seed_004_dateline_matches_its_publication_date():
    text = (WIRE_SEED).read_text(encoding="utf-8")
    assert findings(text, DATELINE, path="004.txt") == []


def test_no_publication_date_no_finding():
    assert findings("SEOUL, Jan. 4 (Yonhap) -- Talks resumed.\n", DATELINE, path="story.txt") == []
    assert findings(md("title: Talks\ndate: soon", "SEOUL, Jan. 4 (Yonhap) -- Talks resumed."), DATELINE, path="s.md") == []


# -- end to end through the CLI ------------------------------------------------------------

MARKDOWN_ARTICLE = """---
title: Finance ministers from the world's largest economies gather in Washington for debt talks
author:
date: 2026-04-21
---

# Ministers gather for debt talks

WASHINGTON, April 12 (Example) - Finance ministers from the Group of 20 met on Sunday to discuss debt relief
for the poorest countries.
"""

HTML_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<title>Ministers gather for debt talks | Example News</title>
<meta name="description" content="Finance ministers met on Sunday to discuss debt relief.">
</head>
<body>
<article>
<h1>Ministers gather for debt talks</h1>
<p>WASHINGTON, April 12 (Example) - Finance ministers met on Sunday to discuss debt relief.</p>
</article>
</body>
</html>
"""


def test_cli_reports_the_metadata_of_a_markdown_article(tmp_path):
    from helpers import cli_json

    article = tmp_path / "debt.md"
    article.write_text(MARKDOWN_ARTICLE, encoding="utf-8")
    data = cli_json("--no-config", "--select", "metadata,seo", str(article))
    assert [(f["rule"], f["line"], f["column"], f["severity"]) for f in data["findings"]] == [
        ("metadata/title-too-long", 2, 8, "info"),
        ("metadata/missing-field", 3, 1, "warning"),
        ("metadata/dateline-date-mismatch", 9, 13, "warning"),
    ]
    assert "9 days apart" in data["findings"][2]["message"]


def test_cli_reports_what_an_html_page_lacks(tmp_path):
    from helpers import cli_json

    page = tmp_path / "debt.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    data = cli_json("--no-config", "--select", "metadata,seo", str(page))
    assert sorted((f["rule"], f["line"], f["column"], f["message"].split(" in ")[0]) for f in data["findings"]) == [
        ("metadata/missing-field", 3, 1, "no byline"),
        ("metadata/missing-field", 3, 1, "no publication date"),
    ]
