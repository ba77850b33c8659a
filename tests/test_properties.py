"""Property-based tests: planted errors behind markup, in all three formats.

Hypothesis builds articles from clean sentences (written for these tests) and one or more
planted slips, renders them as plain text, Markdown or HTML with markup around and between
them (front matter, bold, links, headings, lists, blockquotes, direct quotations, entities,
comments, page chrome, CRLF, characters outside the BMP), and checks what must hold for every article:

- every finding's line:column range is the same place as its offsets into the file, and both
  slice to text that is in the file (positions are exact in every format);
- each planted slip is found, and its span is exactly the slip's characters in the file;
- ``newslint check --fix`` changes nothing but the planted slips, each to its correction,
  and leaves a slip inside a quotation as it is.

The examples are derandomised so CI runs the same cases every time; a failure prints the
smallest article that breaks a property.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint.api import lint_text
from newslint.cli import main

#: Clean sentences: none of them holds anything a default rule reports.
FILLER = (
    "The council met on Monday evening to discuss the plan.",
    "Residents of the town have asked for more buses since the spring.",
    "A spokesperson for the hospital said the ward would reopen in March.",
    "The bridge, built in 1932, carries about 12,000 vehicles a day.",
    "Officials in Lyon and Tōkyō signed the agreement last year.",
    "Road works on the high street are due to finish next week.",
    "The school's new library opened to pupils on Friday.",
    "Local businesses said the festival had brought in more visitors.",
)

#: (sentence, slip, rule, correction): the slip is the exact text the rule must report.
SLIPS = (
    ("The minister said the the plan would cost more.", "the the", "grammar/repeated-word", "the"),
    ("The board called it an unique chance for the town.", "an", "grammar/a-an", "a"),
    ("The council said it had recieved the letter on Monday.", "recieved", "spelling/misspelled-word", "received"),
    ("The team held on for there first win of the season.", "there", "grammar/there-their", "their"),
    ("The mayor made a three-day visit too Chile last week.", "too", "grammar/to-too", "to"),
    ("The company said profits were higher then expected.", "then", "grammar/then-than", "than"),
)

#: Characters outside the Basic Multilingual Plane count as one column (code points, not UTF-16).
ASTRAL = "The campaign's logo, a 🌳, was painted on the wall."


@dataclass
class Planted:
    start: int  # offsets into the rendered file
    end: int
    rule: str
    correction: str
    quoted: bool = False  # inside a blockquote


@dataclass
class Article:
    source: str
    suffix: str
    planted: list[Planted]


class Builder:
    """Appends to the file and remembers where each planted slip lands."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.planted: list[Planted] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    quoted = False  # the block being added is a blockquote

    def sentence(self, slip: tuple[str, str, str, str] | None, sentence: str, wrap: tuple[str, str],
                 speech: bool = False) -> None:
        """A sentence with the slip (if any) wrapped in inline markup (``wrap``: before, after);
        ``speech`` makes the slip's sentence a direct quotation with its speaker after it."""
        if slip is None:
            self.add(sentence)
            return
        text, wrong, rule, correction = slip
        if speech:
            text = "\u201c" + text[:-1] + ",\u201d the spokesperson said."
        at = text.index(wrong)
        self.add(text[:at] + wrap[0])
        self.planted.append(Planted(self.length, self.length + len(wrong), rule, correction, self.quoted or speech))
        self.add(wrong + wrap[1] + text[at + len(wrong):])

    def text(self) -> str:
        return "".join(self.parts)


MARKDOWN_INLINE = (("", ""), ("**", "**"), ("*", "*"), ("[", "](https://example.org/story)"), ("_", "_"))
HTML_INLINE = (("", ""), ("<b>", "</b>"), ("<em>", "</em>"), ('<a href="/story?id=1&amp;x=2">', "</a>"),
               ("<span class=\"x\">", "</span>"))
MARKDOWN_BLOCKS = ("", "## ", "- ", "> ", "1. ")
HTML_BLOCKS = (("<p>", "</p>"), ("<h2>", "</h2>"), ("<li>", "</li>"), ("<blockquote><p>", "</p></blockquote>"))


paragraph = st.tuples(
    st.lists(st.sampled_from(FILLER), min_size=0, max_size=3),  # sentences before the slip
    st.one_of(st.none(), st.sampled_from(SLIPS)),
    st.lists(st.sampled_from(FILLER + (ASTRAL,)), min_size=0, max_size=2),  # sentences after it
    st.integers(min_value=0, max_value=4),  # inline markup around the slip
    st.integers(min_value=0, max_value=4),  # block kind
    st.booleans(),  # the slip's sentence is a direct quotation
)


def _sentences(builder: Builder, before, slip, after, wrap, separator: str, speech: bool, escape=lambda s: s) -> None:
    pieces = [(None, escape(s)) for s in before]
    if slip is not None:
        pieces.append((slip, None))
    pieces += [(None, escape(s)) for s in after]
    for i, (planted, sentence) in enumerate(pieces):
        if i:
            builder.add(separator)
        builder.sentence(planted, sentence, wrap, speech)


def render_text(paragraphs, crlf: bool) -> Article:
    newline = "\r\n" if crlf else "\n"
    builder = Builder()
    builder.add("Council approves the town plan" + newline * 2)
    for before, slip, after, _, _, speech in paragraphs:
        _sentences(builder, before, slip, after, ("", ""), " ", speech)
        builder.add(newline * 2)
    return Article(builder.text(), ".txt", builder.planted)


def render_markdown(paragraphs, crlf: bool, front_matter: bool) -> Article:
    newline = "\r\n" if crlf else "\n"
    builder = Builder()
    if front_matter:
        builder.add(f"---{newline}title: \"Council approves the town plan\"{newline}author: Jo Bloggs{newline}date: 2026-03-02{newline}---{newline}")
    builder.add("# Council approves the town plan" + newline * 2)
    for before, slip, after, inline, block, speech in paragraphs:
        prefix = MARKDOWN_BLOCKS[block]
        builder.add(prefix)
        builder.quoted = prefix == "> "
        # a heading or list item is one line: a line break inside it would end it
        separator = " " if prefix else newline
        _sentences(builder, before, slip, after, MARKDOWN_INLINE[inline], separator, speech)
        builder.add(newline * 2)
    builder.add("Reporting by Jo Bloggs &amp; Sam Smith." + newline)
    return Article(builder.text(), ".md", builder.planted)


def render_html(paragraphs, crlf: bool) -> Article:
    newline = "\r\n" if crlf else "\n"
    builder = Builder()
    builder.add(f"<!doctype html>{newline}<html><head><meta charset=\"utf-8\"><title>Council approves the town plan</title>"
                f"<meta name=\"author\" content=\"Jo Bloggs\"><meta property=\"article:published_time\" content=\"2026-03-02\">"
                f"<script>var headline = \"the the too then\";</script></head>{newline}<body>"
                f"<nav><a href=\"/\">Home</a> | <a href=\"/news\">News</a></nav>{newline}<article>"
                f"<h1>Council approves the town plan</h1>{newline}")
    for before, slip, after, inline, block, speech in paragraphs:
        opening, closing = HTML_BLOCKS[block % len(HTML_BLOCKS)]
        if opening == "<li>":
            opening, closing = "<ul><li>", "</li></ul>"
        builder.add(opening)
        builder.quoted = opening.startswith("<blockquote>")
        _sentences(builder, before, slip, after, HTML_INLINE[inline], f"<!-- c -->{newline}", speech,
                   escape=html.escape)
        builder.add(closing + newline)
    builder.add(f"</article><footer>&copy; 2026 The Town Gazette</footer></body></html>{newline}")
    return Article(builder.text(), ".html", builder.planted)


articles = st.one_of(
    st.builds(render_text, st.lists(paragraph, min_size=1, max_size=4), st.booleans()),
    st.builds(render_markdown, st.lists(paragraph, min_size=1, max_size=4), st.booleans(), st.booleans()),
    st.builds(render_html, st.lists(paragraph, min_size=1, max_size=4), st.booleans()),
)

PROPERTY = settings(max_examples=150, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def _line_starts(source: str) -> list[int]:
    """Offsets where each line starts; CRLF, LF and a lone CR each end a line."""
    return [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", source)]


@PROPERTY
@given(articles)
def test_positions_are_exact_and_planted_slips_are_found_at_their_characters(article):
    findings = lint_text(article.source, path="story" + article.suffix)
    starts = _line_starts(article.source)
    for f in findings:
        for place in (f, *f.related):
            assert starts[place.line - 1] + place.column - 1 == place.src_start, (f.rule, f.message)
            assert starts[place.end_line - 1] + place.end_column - 1 == place.src_end, (f.rule, f.message)
            assert 0 <= place.src_start <= place.src_end <= len(article.source)
            assert not article.source[place.src_start:place.src_end].endswith("\r"), (f.rule, "half a CRLF")
    for slip in article.planted:
        wanted = article.source[slip.start:slip.end]
        hits = [p for f in findings if f.rule == slip.rule for p in (f, *f.related)
                if p.src_start < slip.end and slip.start < p.src_end]
        assert hits, f"{slip.rule} missed {wanted!r} in\n{article.source}"
        assert any(article.source[p.src_start:p.src_end] == wanted for p in hits), \
            [article.source[p.src_start:p.src_end] for p in hits]


@PROPERTY
@given(articles)
def test_fix_changes_only_the_slips_and_never_inside_a_quotation(tmp_path, article):
    path = tmp_path / ("story" + article.suffix)
    path.write_bytes(article.source.encode("utf-8"))
    result = CliRunner().invoke(main, ["check", "--fix", "--no-cache", "--no-config", "-q", str(path)])
    assert result.exit_code in (0, 1), result.output
    # The filler is clean, so the fixed file is the article with each slip corrected, except
    # where the slip stands in a quotation: a desk never silently edits what a person said.
    expected = article.source
    for slip in sorted(article.planted, key=lambda s: s.start, reverse=True):
        if not slip.quoted:
            expected = expected[:slip.start] + slip.correction + expected[slip.end:]
    assert path.read_bytes().decode("utf-8") == expected


@pytest.mark.parametrize("render", [lambda p: render_text(p, True), lambda p: render_markdown(p, True, True),
                                    lambda p: render_html(p, True)], ids=["txt", "md", "html"])
def test_the_filler_is_clean(render):
    # The properties above assume the sentences they are built from hold nothing to report.
    article = render([(list(FILLER), None, [ASTRAL], 1, 1, False)])
    reported = [(f.rule, article.source[f.src_start:f.src_end]) for f in lint_text(article.source, path="s" + article.suffix)
                if f.severity != "info"]
    assert reported == []
