"""The Document model: blocks, sentences, quotes and exact source positions in every format."""

from __future__ import annotations

import pytest

from newslint.document.sentences import split_sentences
from newslint.frontends import parse_document


def verbatim_segments_match(doc) -> None:
    """Every verbatim piece of analysis text is the same characters in the source."""
    for seg in doc.offsets.segments:
        if seg.verbatim:
            assert doc.text[seg.start : seg.start + seg.length] == doc.source[seg.src_start : seg.src_end]


def in_source(source: str, needle: str) -> tuple[int, int, int, int]:
    """Where the unique ``needle`` is in ``source``, counted independently of newslint."""
    assert source.count(needle) == 1, needle
    start = source.index(needle)
    line = source.count("\n", 0, start) + 1
    column = start - (source.rfind("\n", 0, start) + 1) + 1
    return line, column, line, column + len(needle)


def position_of(doc, needle: str, occurrence: int = 0) -> tuple[int, int, int, int]:
    """Line/column of the ``occurrence``-th ``needle`` in the analysis text, via the source map."""
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(needle, start + 1)
    src_start, src_end = doc.source_span(start, start + len(needle))
    return (*doc.position(src_start), *doc.position(src_end))


# -- plain text ---------------------------------------------------------------------------


def test_plain_text_one_block_per_line_with_headline_headings_lists_and_tables():
    source = (
        "Ministers agree budget deal\n"
        "Talks in the capital\n"
        "The finance minister said the deal was done.\n"
        "- First point of the plan.\n"
        "1) Second point?\n"
        "| Item | Value |\n"
        "|---|---|\n"
        "| Tax | 3,000 |\n"
    )
    doc = parse_document("story.txt", source)
    kinds = [(b.kind, b.text) for b in doc.blocks]
    assert kinds == [
        ("headline", "Ministers agree budget deal"),
        ("heading", "Talks in the capital"),
        ("paragraph", "The finance minister said the deal was done."),
        ("list_item", "First point of the plan."),
        ("list_item", "Second point?"),
        ("table_cell", "Item"),
        ("table_cell", "Value"),
        ("table_cell", "Tax"),
        ("table_cell", "3,000"),
    ]
    verbatim_segments_match(doc)
    assert position_of(doc, "3,000") == (8, 9, 8, 14)
    assert position_of(doc, "First") == (4, 3, 4, 8)


def test_plain_text_hard_wrapped_wire_copy_is_joined_into_paragraphs():
    source = (
        "Showers continued throughout the week in\n"
        "the cocoa zone, alleviating the drought since early\n"
        "January, the agency said in its weekly review.\n"
        "    The dry period means the harvest will be late this\n"
        "year, the agency said in a separate statement today.\n"
    )
    doc = parse_document("wire.txt", source)
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph"]
    assert doc.blocks[0].text.startswith("Showers continued throughout the week in the cocoa zone")
    verbatim_segments_match(doc)
    # "the cocoa" starts line 2; the joined space maps to the line break
    assert position_of(doc, "the cocoa") == (2, 1, 2, 10)
    assert position_of(doc, "The dry") == (4, 5, 4, 12)


def test_plain_text_crlf_and_astral_characters_count_as_one_column():
    source = "Fans cheer 🎉 loudly\r\nThe team won 3-1 on Saturday.\r\nSecond line here, the coach said.\r\n"
    doc = parse_document("story.txt", source)
    verbatim_segments_match(doc)
    assert position_of(doc, "loudly") == (1, 14, 1, 20)
    assert position_of(doc, "coach") == (3, 23, 3, 28)


def test_plain_text_entities_are_decoded_and_mapped_to_the_raw_reference():
    source = "Headline here\nLee&#x27;s visit &quot;matters&quot;, aides said.\n"
    doc = parse_document("story.txt", source)
    assert doc.blocks[1].text == 'Lee\'s visit "matters", aides said.'
    assert position_of(doc, "'") == in_source(source, "&#x27;")
    assert position_of(doc, "visit") == in_source(source, "visit")
    assert [source[a:b] for a, b in doc.entity_spans] == ["&#x27;", "&quot;", "&quot;"]
    assert doc.entity_spans[0] == (17, 23)


# -- front matter -------------------------------------------------------------------------


def test_front_matter_fields_keep_their_source_spans():
    source = '---\ntitle: "Budget deal agreed"\ndate: 2026-01-04\n---\n\nThe deal was agreed, officials said.\n'
    doc = parse_document("story.md", source)
    title = doc.metadata["title"]
    assert title.value == "Budget deal agreed"
    assert source[title.src_start : title.src_end] == "Budget deal agreed"
    assert str(doc.metadata["date"].value) == "2026-01-04"
    assert doc.blocks[0].text == "The deal was agreed, officials said."
    assert doc.problems == []


def test_invalid_front_matter_is_reported_at_the_yaml_error_line_and_the_body_still_parsed():
    source = "---\ntitle: Talks\nauthor:\n\t\tJane Doe\n---\n\nTalks resumed.\n"
    doc = parse_document("story.md", source)
    assert [p.rule for p in doc.problems] == ["metadata/invalid-front-matter"]
    assert doc.position(doc.problems[0].src_start)[0] == 4
    assert doc.metadata["title"].value == "Talks"  # salvaged
    assert doc.blocks[0].text == "Talks resumed."


def test_txt_with_front_matter_is_read_as_markdown():
    doc = parse_document("crawl.txt", "---\ntitle: x\n---\n\n# Headline\n\nSome **bold** text.\n")
    assert doc.format == "markdown"
    assert [b.kind for b in doc.blocks] == ["headline", "paragraph"]


# -- Markdown -----------------------------------------------------------------------------


MARKDOWN = """# Leaders meet in Seoul

Intro with **bold words** and a [link text](https://example.com/a_(b) "title") here.
It continues on a second line with `code` and ![alt](img.png) and an escaped \\*star\\*.

> Quoted paragraph with &amp; entity
> on two lines.

- Item *one* here
  continued line
- Item two

| Country | Share |
|---------|------:|
| Korea   | 20%   |

<!-- newslint-disable -->
<div>raw html block</div>

    indented code is skipped
"""


def test_markdown_blocks_and_kinds():
    doc = parse_document("story.md", MARKDOWN)
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["headline", "paragraph", "blockquote", "list_item", "list_item", "table_cell", "table_cell", "table_cell", "table_cell"]
    assert doc.blocks[1].text == (
        "Intro with bold words and a link text here. It continues on a second line with \ufffc and \ufffc and an escaped *star*."
    )
    assert doc.blocks[2].text == "Quoted paragraph with & entity on two lines."
    assert doc.blocks[3].text == "Item one here continued line"
    assert [b.text for b in doc.blocks[5:]] == ["Country", "Share", "Korea", "20%"]
    verbatim_segments_match(doc)


def test_markdown_inline_markup_does_not_shift_columns():
    doc = parse_document("story.md", MARKDOWN)
    for needle in ("Leaders", "words", "link text", "here.", "continues", "star", "on two", "continued", "20%"):
        assert position_of(doc, needle) == in_source(MARKDOWN, needle), needle
    assert position_of(doc, "&") == in_source(MARKDOWN, "&amp;")


def test_markdown_code_and_images_become_one_opaque_character_covering_the_span():
    doc = parse_document("story.md", MARKDOWN)
    placeholder = doc.text.index("\ufffc")
    assert doc.source_span(placeholder, placeholder + 1) == (
        MARKDOWN.index("`code`"),
        MARKDOWN.index("`code`") + len("`code`"),
    )


def test_markdown_crlf_positions():
    source = "# Title here\r\n\r\nFirst **para** line\r\nsecond line.\r\n"
    doc = parse_document("story.md", source)
    verbatim_segments_match(doc)
    assert position_of(doc, "second") == (4, 1, 4, 7)
    assert position_of(doc, "para") == (3, 9, 3, 13)  # "First **para**": columns count code points


# -- HTML ---------------------------------------------------------------------------------


HTML = """<!doctype html>
<html lang="en"><head>
<title>Leaders meet &amp; talk | Daily</title>
<meta name="description" content="Leaders met in Seoul on Monday.">
<meta property="og:title" content="Leaders meet">
<script>var x = "not text";</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<header><p>Site banner</p></header>
<article>
  <h1>Leaders meet in Seoul</h1>
  <p>The two   leaders
     met on <b>Monday</b>, officials&nbsp;said.</p>
  <p>Lee&#x27;s <a href="/x">visit</a> &amp; talks.</p>
  <ul><li>First item</li><li>Second <em>item</em></li></ul>
  <figure><img src="a.png" alt="x"><figcaption>A caption</figcaption></figure>
  <aside>Related stories</aside>
  <pre>code block</pre>
</article>
<footer>Copyright</footer>
</body></html>
"""


def test_html_prefers_article_and_skips_chrome():
    doc = parse_document("page.html", HTML)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("headline", "Leaders meet in Seoul"),
        ("paragraph", "The two leaders met on Monday, officials\u00a0said."),
        ("paragraph", "Lee's visit & talks."),
        ("list_item", "First item"),
        ("list_item", "Second item"),
        ("caption", "A caption"),
    ]
    verbatim_segments_match(doc)


def test_html_positions_point_at_raw_characters():
    doc = parse_document("page.html", HTML)
    assert position_of(doc, "Monday") == in_source(HTML, "Monday</b>")[:2] + (14, 22)
    assert position_of(doc, "'") == in_source(HTML, "&#x27;")
    assert position_of(doc, "visit") == in_source(HTML, "visit")
    assert position_of(doc, "& talks") == in_source(HTML, "&amp; talks")
    assert position_of(doc, "\u00a0") == in_source(HTML, "&nbsp;")


def test_html_metadata_with_spans():
    doc = parse_document("page.html", HTML)
    title = doc.metadata["title"]
    assert title.value == "Leaders meet & talk | Daily"
    assert HTML[title.src_start : title.src_end] == "Leaders meet &amp; talk | Daily"
    description = doc.metadata["description"]
    assert HTML[description.src_start : description.src_end] == "Leaders met in Seoul on Monday."
    assert doc.metadata["og:title"].value == "Leaders meet"
    assert doc.metadata["lang"].value == "en"


def test_malformed_html_does_not_break_parsing():
    doc = parse_document("page.html", "<p>Unclosed <b>bold<p>Next para</i></div><li>item")
    assert [b.text for b in doc.blocks] == ["Unclosed bold", "Next para", "item"]


# -- sentences and quotes ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Beijing, Jan. 6, 2026 — A visit began. It ended.", ["Beijing, Jan. 6, 2026 — A visit began.", "It ended."]),
        ("Dr. Kim said U.S. officials met. They left.", ["Dr. Kim said U.S. officials met.", "They left."]),
        ("He lives in the U.S. The rest stayed.", ["He lives in the U.S.", "The rest stayed."]),
        ("It was No. 1 for 2.5 hours. J. K. Rowling wrote.", ["It was No. 1 for 2.5 hours.", "J. K. Rowling wrote."]),
        ('"Why?" he asked. Fine.', ['"Why?" he asked.', "Fine."]),
        ("The committee met. after that, nothing.", ["The committee met.", "after that, nothing."]),
        ("At 5 p.m. the meeting ended. Then rain.", ["At 5 p.m. the meeting ended.", "Then rain."]),
        ("1. Background: Why it matters", ["1. Background: Why it matters"]),
        ("Shares in Apple Inc. rose. Sales fell.", ["Shares in Apple Inc. rose.", "Sales fell."]),
    ],
)
def test_sentence_splitting(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected


def test_quotes_found_with_scare_quotes_nested_quotes_and_apostrophes():
    source = "Headline\nLee’s “strategic ‘partnership’ plan,” he said. The \"pragmatic\" approach is the players' choice.\n"
    doc = parse_document("story.txt", source)
    quoted = [(doc.text[q.start : q.end], q.closed) for q in doc.quotes]
    assert ("“strategic ‘partnership’ plan,”", True) in quoted
    assert ("‘partnership’", True) in quoted
    assert ('"pragmatic"', True) in quoted
    assert len(quoted) == 3


def test_unclosed_quote_runs_to_the_end_of_its_paragraph():
    source = 'Headline\n\n"This goes on, he said. And on.\n\n"It ends here," he added.\n'
    doc = parse_document("story.txt", source)
    first, second = doc.quotes
    assert not first.closed and doc.text[first.start : first.end] == '"This goes on, he said. And on.'
    assert second.closed
