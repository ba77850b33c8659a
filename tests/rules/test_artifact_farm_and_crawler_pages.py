"""Content-farm and crawled pages written for these tests (tests/fixtures/artifacts/): the
template headings, disclaimers, credit lines, crawler headers and footers, glued bylines, a
headline run into the lead, an author the byline contradicts and a pasted table, each at its
line and column, through the command line; and a clean wire story that must stay quiet."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import cli_json

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "artifacts"
SELECT = "artifact,structure,metadata"


def located(name: str) -> list[tuple[str, int, int, int, int]]:
    """Each finding's place, then its related places (one root cause, one finding)."""
    report = cli_json("--no-config", "--select", SELECT, str(PAGES / name))
    return [
        (f["rule"], p["line"], p["column"], p["end_line"], p["end_column"])
        for f in report["findings"]
        for p in (f, *f.get("related", []))
    ]


def severities(name: str) -> dict[str, set[str]]:
    report = cli_json("--no-config", "--select", SELECT, str(PAGES / name))
    result: dict[str, set[str]] = {}
    for f in report["findings"]:
        result.setdefault(f["rule"], set()).add(f["severity"])
    return result


def test_seo_farm_in_markdown():
    assert located("farm_finance.md") == [
        ("artifact/template-section", 11, 4, 11, 35),  # "Latest updates from Wall Street"
        ("artifact/template-section", 15, 4, 15, 17),  # "Key Takeaways"
        ("artifact/template-section", 20, 4, 20, 30),  # "Frequently Asked Questions"
        ("artifact/template-section", 24, 4, 24, 18),  # "Final Thoughts"
        ("artifact/template-section", 28, 2, 28, 103),  # "*Disclaimer: … financial advice.*" inside its emphasis
        ("artifact/credit-footer", 30, 1, 30, 87),  # "Written by …, SEO content specialist, for CoinDailyHub.net | 2025-11-03 14:05"
    ]
    # generic headings and disclaimers may be a feature's choice; a timestamped credit line is not
    assert severities("farm_finance.md") == {"artifact/template-section": {"warning"}, "artifact/credit-footer": {"error"}}


def test_farm_page_in_html_with_a_pasted_table():
    assert located("farm_nairobi.html") == [
        ("artifact/template-section", 12, 5, 12, 39),  # <h2>Breaking developments from Nairobi</h2>
        ("structure/pasted-table", 14, 4, 17, 35),  # four <p> rows of '| … |', one finding
        ("artifact/template-section", 18, 5, 18, 41),  # <h2>What residents should watch for next</h2>
        ("artifact/credit-footer", 20, 4, 20, 82),  # "Compiled by … for KenyaDailyPost.co.ke on 2025-08-14 at 10:22"
    ]


def test_crawled_plain_text_page():
    assert located("crawled_efe.txt") == [
        ("artifact/crawler-boilerplate", 2, 1, 2, 39),  # "EFE | 12/03/2025 08:15 | Internacional"
        ("artifact/crawler-boilerplate", 6, 1, 7, 83),  # "Scraped on …" and "Original article: <url>": the same finding's footer
        ("structure/glued-byline", 3, 1, 3, 15),  # "By María López" before "MADRID (AFP) -"
    ]


def test_crawled_markdown_page_with_a_contradicting_author():
    assert located("crawled_kyodo.md") == [
        ("metadata/author-mismatch", 4, 10, 4, 46),  # front matter: Tanaka Hiroshi (h-tanaka@…); byline Sato Yuki, y-sato@…
        ("artifact/crawler-boilerplate", 11, 1, 11, 33),  # "**共同通信** · 2025/05/20 17:30 · 経済"
        ("artifact/crawler-boilerplate", 21, 1, 23, 9),  # its footer: "*Fetched: …*", "*Source: [記事を読む](…)*", "*無断転載禁止*"
        ("structure/glued-byline", 13, 56, 13, 68),  # "By Sato Yuki" before "TOKYO, May 20 (Kyodo) --"
        ("structure/glued-byline", 13, 1, 13, 55),  # and the headline run into the lead just before it: one flattening
    ]


def test_clean_wire_story_is_left_alone():
    # A Hangul author linked to the romanised byline by the address, "Why it matters" and
    # "What happens next?", a rendered Markdown table, "Source: <ministry>", "By Monday the …"
    # and a Reuters-style credit line are all journalism.
    assert located("clean_wire.md") == []


@pytest.mark.parametrize("name", ["farm_finance.md", "farm_nairobi.html", "crawled_efe.txt", "crawled_kyodo.md"])
def test_each_page_gives_one_finding_per_span(name):
    spans = sorted((line, column, end_line, end_column) for _, line, column, end_line, end_column in located(name))
    for (a_line, a_col, a_end_line, a_end_col), (b_line, b_col, _, _) in zip(spans, spans[1:]):
        assert (a_end_line, a_end_col) <= (b_line, b_col), "two findings over one span"
