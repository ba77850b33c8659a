"""artifact/html-entity: character references shown as text, in each format, with the
fix that writes the character itself."""

from __future__ import annotations

from newslint.engine.fixes import apply_fixes

from helpers import findings, places

RULE = "artifact/html-entity"


def fixed(text: str, path: str = "story.txt") -> str:
    return apply_fixes(text, findings(text, RULE, path=path))[0]


def test_plain_text_references_are_one_finding_with_each_place_exact_and_one_safe_fix():
    text = "Lee departs\n\nIt is Lee&#x27;s first visit under the &quot;pragmatic&quot; policy.\n"
    found = findings(text, RULE)
    assert len(found) == 1 and found[0].message.startswith("3 HTML character references shown as text")
    assert [text[p.src_start : p.src_end] for p in places(found)] == ["&#x27;", "&quot;", "&quot;"]
    assert [(p.line, p.column, p.end_column) for p in places(found)] == [(3, 10, 16), (3, 40, 46), (3, 55, 61)]
    assert all(f.severity == "error" and f.fix.applicability == "safe" for f in found)
    assert fixed(text) == "Lee departs\n\nIt is Lee's first visit under the \"pragmatic\" policy.\n"


def test_double_escaped_reference_in_plain_text_is_one_finding():
    text = "Lee departs\n\nIt is Lee&amp;#x27;s first visit.\n"
    (finding,) = findings(text, RULE)
    assert text[finding.src_start : finding.src_end] == "&amp;#x27;"
    assert fixed(text) == "Lee departs\n\nIt is Lee's first visit.\n"


def test_markdown_file_gets_advice_and_keeps_markup_escapes():
    # CommonMark renders '&#x27;' as the apostrophe: only a plain-text use of the file shows it
    text = "# Lee departs\n\nIt is Lee&#x27;s visit; write &lt;b&gt; for bold, AT&amp;T, and 5&nbsp;km.\n"
    (finding,) = findings(text, RULE, path="story.md")
    assert text[finding.src_start : finding.src_end] == "&#x27;"
    assert finding.severity == "info"


def test_a_crawlers_txt_file_with_a_markdown_frame_is_text():
    text = "---\ntitle: Lee departs\n---\n\n# Lee departs\n\nIt is Lee&#x27;s visit to AT&amp;T.\n"
    found = findings(text, RULE, path="crawled.txt")
    assert [f.severity for f in found] == ["error"]
    assert [text[p.src_start : p.src_end] for p in places(found)] == ["&#x27;", "&amp;"]


def test_markdown_code_spans_and_escaped_references_are_left_alone():
    text = "# HTML for reporters\n\nType `&#x27;` for an apostrophe, or write \\&amp; to show the code.\n"
    assert findings(text, RULE, path="guide.md") == []


def test_html_references_are_markup_but_double_escapes_are_shown():
    text = (
        "<html><body><article><h1>Lee departs</h1>"
        "<p>It is Lee&#x27;s visit to AT&amp;T and Lee&amp;#x27;s first &amp;lt;summit&amp;gt;.</p>"
        "</article></body></html>"
    )
    found = findings(text, RULE, path="story.html")
    assert [text[p.src_start : p.src_end] for p in places(found)] == ["&amp;#x27;", "&amp;lt;", "&amp;gt;"]
    assert fixed(text, "story.html") == text.replace("&amp;#x27;", "'").replace("&amp;lt;", "&lt;").replace("&amp;gt;", "&gt;")


def test_inverted_question_mark_between_letters_is_a_lost_apostrophe():
    text = "Blair speaks\n\nMr Blair&#191;s government is all talk, he said.\n"
    (finding,) = findings(text, RULE)
    assert "lost" in finding.message
    assert finding.fix.replacement == "’" and finding.fix.applicability == "unsafe"


def test_ampersands_in_names_are_not_references():
    text = "Results\n\nAT&T, R&D and P&O budgets rose; the Q&A follows &c.\n"
    assert findings(text, RULE) == []
