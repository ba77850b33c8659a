"""Artifacts, structure and odd Unicode end to end: whole articles in Markdown and HTML
through the command line, exact line:column, --fix, and the two seed articles."""

from __future__ import annotations


from helpers import FARM_SEED, WIRE_SEED, cli_json, requires_seeds, run_cli

SELECT = "artifact,structure,unicode"

MARKDOWN = """\
---
title: "Ministers agree fisheries pact"
---

# Ministers agree fisheries pact

## Table of Contents

- Background
- Evergreen context

SEOUL, May 2 — Ministers agreed a four\u2011day review of the pact, which officials said would cut catches by TK per cent.

## Background

The minister called the deal &quot;fair&quot; and said Lee&#x27;s team, which met at TK Maxx headquarters, agreed.

| Port | Catch (tonnes) |
|---|---|
| Busan | 1,200 |

## Evergreen context

Fishing has shaped coastal towns for cen\u200bturies. The export showed `&#x27;` where apostrophes belonged.

Share your thoughts in the comments below.

ejkim@example.com(END)
"""

HTML = """\
<!doctype html>
<html lang="en">
<head><title>Ministers agree fisheries pact</title></head>
<body>
<nav><a href="/">Home</a> Table of Contents</nav>
<article>
<h1>Ministers agree fisheries pact</h1>
<p>SEOUL, May 2 (Yonhap) -- Ministers agreed the pact on Friday.(ATTN: ADDS quote from minister)</p>
<p>It is Lee&amp;#x27;s first deal, and the minister&#x27;s aides said it covers 10&nbsp;km of coast.</p>
<p>Officials said catches would fall by XX per cent, and the deal&nbsp; covers 12 ports.</p>
<p>As an AI language model, I cannot say whether the pact will last. Reports suggest\u00a0that it will.</p>
<p>The Donau&shy;dampf&shy;schiff museum in <code>caf&amp;eacute;</code> mode reopened.</p>
<p>kim@example.com(END)</p>
</article>
</body>
</html>
"""


def located(report: dict) -> list[tuple[str, int, int, int, int]]:
    return [(f["rule"], f["line"], f["column"], f["end_line"], f["end_column"]) for f in report["findings"]]


def places(finding: dict) -> list[tuple[int, int, int, int]]:
    """Every place a finding stands for: its own span, then its related places."""
    return [(finding["line"], finding["column"], finding["end_line"], finding["end_column"])] + [
        (r["line"], r["column"], r["end_line"], r["end_column"]) for r in finding.get("related", [])
    ]


def test_markdown_article(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    report = cli_json("--no-config", "--select", SELECT, str(path))
    assert located(report) == [
        ("artifact/table-of-contents", 7, 4, 10, 20),  # covers its "Evergreen context" entry: no second finding
        ("unicode/non-breaking-hyphen", 12, 39, 12, 40),
        ("artifact/placeholder", 12, 106, 12, 108),
        ("artifact/html-entity", 16, 30, 16, 36),  # one export escaped all three: one finding
        ("artifact/template-section", 22, 4, 22, 21),
        ("unicode/invisible-character", 24, 41, 24, 42),
        ("artifact/reader-prompt", 26, 1, 26, 43),
        ("artifact/wire-note", 28, 18, 28, 23),
    ]
    (entities,) = [f for f in report["findings"] if f["rule"] == "artifact/html-entity"]
    assert places(entities) == [(16, 30, 16, 36), (16, 40, 16, 46), (16, 59, 16, 65)]
    assert [r["replacement"] for r in entities["related"]] == ['"', "'"]


def test_html_article(tmp_path):
    path = tmp_path / "story.html"
    path.write_text(HTML, encoding="utf-8")
    report = cli_json("--no-config", "--select", SELECT, str(path))
    assert located(report) == [
        ("artifact/wire-note", 8, 65, 8, 97),  # with its '(END)' at 13:19: one unstripped feed
        ("artifact/html-entity", 9, 13, 9, 23),
        ("artifact/placeholder", 10, 41, 10, 43),
        ("unicode/stray-non-breaking-space", 10, 66, 10, 73),  # a doubled gap (warning)
        ("artifact/chatbot-reply", 11, 4, 11, 30),
        ("unicode/stray-non-breaking-space", 11, 85, 11, 86),  # a stray one (info)
    ]
    (notes,) = [f for f in report["findings"] if f["rule"] == "artifact/wire-note"]
    assert places(notes) == [(8, 65, 8, 97), (13, 19, 13, 24)]


def test_fix_rewrites_only_what_is_certain(tmp_path):
    markdown, html = tmp_path / "story.md", tmp_path / "story.html"
    markdown.write_text(MARKDOWN, encoding="utf-8")
    html.write_text(HTML, encoding="utf-8")
    run_cli("check", "--no-config", "--select", SELECT, "--fix", str(markdown), str(html))
    assert markdown.read_text(encoding="utf-8") == (
        MARKDOWN.replace("four\u2011day", "four-day").replace("&quot;", '"').replace("Lee&#x27;s", "Lee's").replace("\u200b", "")
    )
    assert html.read_text(encoding="utf-8") == (
        HTML.replace("Lee&amp;#x27;s", "Lee's").replace("deal&nbsp; covers", "deal covers").replace("suggest\u00a0that", "suggest that")
    )


# -- the seed articles the product was specified from ----------------------------------------



@requires_seeds
def test_seed_000_template_leftovers_structure_and_hyphens():
    report = cli_json("--no-config", "--select", SELECT, str(FARM_SEED))
    found = [(rule, line, column) for rule, line, column, _, _ in located(report) if rule != "unicode/non-breaking-hyphen"]
    assert found == [
        ("artifact/table-of-contents", 2, 1),  # its entries repeat the sections' findings: reported there, not here
        ("artifact/template-section", 23, 1),  # "Breaking developments from Beijing"
        ("structure/pasted-table", 34, 1),
        ("artifact/template-section", 40, 1),  # "Evergreen context: …"
        ("artifact/template-section", 43, 1),  # "What readers should watch next"
        ("artifact/template-section", 45, 1),  # "Engagement prompts"
        ("artifact/reader-prompt", 46, 4),  # with 47:4 and 49:1: one template's prompts, one finding
        ("artifact/template-section", 48, 1),  # "Disclaimer: This article provides analysis …"
        ("structure/orphan-fragment", 50, 1),
        ("structure/second-headline", 51, 1),
        ("structure/pasted-table", 57, 1),
        ("artifact/template-section", 87, 3),  # "7.Expert Perspectives"
        ("structure/pasted-table", 91, 1),
        ("artifact/template-section", 105, 5),  # "10. Rapid Reference: Key Takeaways"
        ("artifact/credit-footer", 111, 1),  # "Prepared by …, senior content writer, for Archyde.com – 2026‑01‑07 09:21:55"
    ]
    severity = {(f["rule"], f["line"]): f["severity"] for f in report["findings"]}
    assert severity[("artifact/credit-footer", 111)] == severity[("structure/pasted-table", 34)] == "error"
    assert severity[("artifact/template-section", 40)] == "error"  # a writer's instruction: certain
    assert severity[("artifact/template-section", 43)] == "warning"  # a generic heading: an editor's look
    assert severity[("artifact/table-of-contents", 2)] == severity[("structure/second-headline", 51)] == "error"
    (prompts,) = [f for f in report["findings"] if f["rule"] == "artifact/reader-prompt"]
    assert [(line, column) for line, column, _, _ in places(prompts)] == [(46, 4), (47, 4), (49, 1)]
    # one chatbot wrote every U+2011: one finding, outside the table of contents, with every place
    (hyphens,) = [f for f in report["findings"] if f["rule"] == "unicode/non-breaking-hyphen"]
    source = FARM_SEED.read_text(encoding="utf-8").splitlines()
    assert len(places(hyphens)) == sum(line.count("\u2011") for line in source)
    assert all(source[line - 1][column - 1] == "\u2011" for line, column, _, _ in places(hyphens))
    assert ("four\u2011day" in source[21]) and hyphens["line"] == 22


@requires_seeds
def test_seed_004_wire_notes_and_references_shown_as_text():
    report = cli_json("--no-config", "--select", SELECT, str(WIRE_SEED))
    source = WIRE_SEED.read_text(encoding="utf-8").splitlines()
    shown = [
        (f["rule"], f["line"], source[f["line"] - 1][f["column"] - 1 : f["end_column"] - 1])
        for f in report["findings"]
    ]
    def text(line, column, end_line, end_column):
        return source[line - 1][column - 1 : end_column - 1] if line == end_line else source[line - 1][column - 1 :]

    by_rule = {f["rule"]: f for f in report["findings"]}
    assert [f["rule"] for f in report["findings"]] == [
        "artifact/crawler-boilerplate", "artifact/wire-note", "structure/glued-byline", "artifact/html-entity",
    ]  # one finding per root cause: the headline and byline glued into the lead are one flattening
    assert [text(*p) for p in places(by_rule["artifact/wire-note"])] == [
        "(LEAD) Lee-China(LEAD)", "(ATTN: UPDATES headline, lead with departure; ADDS photo)", "(END)",
    ]
    frame = places(by_rule["artifact/crawler-boilerplate"])
    assert [text(*p) for p in frame] == ["**연합뉴스** | 2026-01-04 00:00 |", "*Crawled at: 2026-01-04 04:58:38*"]
    assert (frame[1][0], frame[1][2]) == (35, 36)  # "*Crawled at: …*" and "*Source: [원문 보기](…)*"
    assert [text(*p) for p in places(by_rule["structure/glued-byline"])] == [
        "By Kim Eun-jung", "Lee departs for Beijing for summit talks with Xi Jinping",
    ]
    entities = by_rule["artifact/html-entity"]
    references = [text(*p) for p in places(entities)]
    expected = sum(source[n - 1].count("&#x27;") + source[n - 1].count("&quot;") for n in (25, 27, 29))
    assert len(references) == expected and entities["message"].startswith(f"{expected} HTML character references")
    assert {line for line, *_ in places(entities)} == {25, 27, 29}
    assert set(references) == {"&#x27;", "&quot;"}
    assert entities["fix"]["applicability"] == "safe"

