"""structure/pasted-table: a Markdown table where nothing renders it (plain text, an HTML
paragraph); a table in a Markdown article, a line of fields and prose with a bar are left alone."""

from __future__ import annotations

from helpers import findings, requires_seeds, FARM_SEED

RULE = "structure/pasted-table"
TABLE = "| Port | Catch |\n|---|---|\n| Busan | 1,200 |\n| Ulsan | 900 |"


def test_a_table_in_plain_text_is_one_finding_over_its_rows():
    text = f"Catches fall\n\nCatches fell in May.\n\n{TABLE}\n\nThe ministry said so.\n"
    (finding,) = findings(text, RULE)
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (5, 1, 8, 16)
    assert "4 rows" in finding.message and finding.severity == "error"


def test_rows_without_a_delimiter_need_three_lines():
    rows = "Port | Catch | Change\nBusan | 1,200 | -4%\nUlsan | 900 | +2%"
    assert len(findings(f"Catches fall\n\nCatches fell.\n\n{rows}\n", RULE)) == 1
    assert findings("Catches fall\n\nCatches fell.\n\nPort | Catch | Change\nBusan | 1,200 | -4%\n", RULE) == []


def test_markdown_renders_its_tables_but_a_crawled_txt_does_not():
    text = f"---\ntitle: Catches fall\n---\n\nCatches fell in May.\n\n{TABLE}\n"
    assert findings(text, RULE, path="story.md") == []
    assert len(findings(text, RULE, path="story.txt")) == 1


def test_html_rows_collapsed_into_one_paragraph():
    html = "<html><body><article><h1>Catches fall</h1><p>Catches fell.</p><p>| Port | Catch | |---|---| | Busan | 1,200 |</p></article></body></html>"
    assert len(findings(html, RULE, path="a.html")) == 1


def test_a_real_html_table_is_left_alone():
    html = "<html><body><article><h1>Catches fall</h1><table><tr><td>Busan</td><td>1,200</td></tr></table></article></body></html>"
    assert findings(html, RULE, path="a.html") == []


@requires_seeds
def test_seed_000_three_tables():
    found = findings(FARM_SEED.read_text(encoding="utf-8"), RULE)
    assert [(f.line, f.end_line) for f in found] == [(34, 39), (57, 62), (91, 95)]
