"""The injection benchmark: its renderers put gold spans where the file has them, and its gate holds.

The renderer tests use articles written here. The gate reads the research-only
corpora beside the checkout (``../shared/corpus/``) on a fixed sample and asserts
per-kind recall against ``benchmarks/injection/thresholds.json``; without the
corpora it is skipped, naming the path it looked for.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.injection import corpus, render  # noqa: E402
from benchmarks.injection.base import Article, Block, Span  # noqa: E402
from newslint import lint_text  # noqa: E402

THRESHOLDS = json.loads((ROOT / "benchmarks" / "injection" / "thresholds.json").read_text(encoding="utf-8"))
_CORPORA = [corpus.path_of(name) for name in THRESHOLDS["sample"]["corpora"]]
requires_corpus = pytest.mark.skipif(
    not all(p.exists() for p in _CORPORA),
    reason=f"the research corpora are not at {', '.join(str(p) for p in _CORPORA if not p.exists())}",
)


def _article() -> Article:
    return Article(
        "test/1", "test", "Council & unions agree pay deal",
        [
            Block("paragraph", "The council's leader said the the deal was \"fair\" and that AT&T's offer <ended> there."),
            Block("heading", "What happens next"),
            Block("item", "Staff vote on 3 May"),
            Block("item", "A second ballot follows*"),
            Block("raw", "| ward | votes |"),
            Block("paragraph", "1987. It’s a deal, said Ana Lucía Fernández, who won [narrowly] by 20 votes."),
        ],
        {"author": "Jo Reporter", "date": "2026-05-03"},
    )


def _the_the() -> Span:
    start = _article().blocks[0].text.index("the the")
    return Span(0, start, start + len("the the"))


def _token_spans(article: Article) -> list[Span]:
    spans = []
    for index, text in [(-1, article.title)] + [(i, b.text) for i, b in enumerate(article.blocks)]:
        for token in ("&", "the the", "\"fair\"", "AT&T's", "<ended>", "next", "3 May", "follows*", "votes",
                      "1987.", "It’s", "Lucía", "[narrowly]", "Council"):
            start = text.find(token)
            if start >= 0:
                spans.append(Span(index, start, start + len(token)))
    return spans


def _source(article: Article, span: Span) -> str:
    text = article.title if span.block == -1 else article.blocks[span.block].text
    return text[span.start : span.end]


@pytest.mark.parametrize("fmt", render.FORMATS)
def test_every_gold_span_is_the_injected_text_in_the_file(fmt):
    article = _article()
    spans = _token_spans(article)
    assert len(spans) >= 14
    for seed in range(12):  # markup and character references differ with the seed
        rendered = render.render(article, fmt, spans, seed)
        for span, position in zip(spans, rendered.positions):
            in_file = rendered.text[position.start : position.end]
            assert render.unescape(fmt, in_file).replace("’", "'") == _source(article, span).replace("’", "'")
            assert position.line == position.end_line or fmt == "md"
            lines = rendered.text.split("\n")
            assert lines[position.line - 1][position.column - 1 :].startswith(in_file.split("\n")[0])
            assert position.range() == (*render.line_column(rendered.text, position.start),
                                        *render.line_column(rendered.text, position.end))


def test_line_and_column_are_one_based_code_points_with_an_exclusive_end():
    text = "ab\n😀cd ef\n"
    assert render.position(text, 4, 6).range() == (2, 2, 2, 4)  # 'cd' after an astral character
    assert render.position(text, 0, 2).range() == (1, 1, 1, 3)


def test_markdown_has_front_matter_headings_items_bold_and_links():
    article = _article()
    rendered = render.render(article, "md", [_the_the()], seed=3)  # 'the the'
    front = rendered.text.split("---\n")[1]
    assert yaml.safe_load(front) == {"title": article.title, "author": "Jo Reporter", "date": "2026-05-03"}
    assert "\n# Council & unions agree pay deal\n" in rendered.text
    assert "\n## What happens next\n" in rendered.text
    assert "\n- Staff vote on 3 May\n- A second ballot follows\\*\n" in rendered.text
    assert "\n| ward | votes |\n" in rendered.text  # raw lines are verbatim
    assert "1987\\. It’s" in rendered.text  # not an ordered list
    assert "**" in rendered.text and f"]({render.URL})" in rendered.text


def test_markdown_bolds_a_word_near_the_error():
    article = _article()
    gold = _the_the()
    near = 0
    for seed in range(20):
        rendered = render.render(article, "md", [gold], seed)
        line = rendered.text.split("\n")[rendered.positions[0].line - 1]
        p = rendered.positions[0]
        window = line[max(0, p.column - 40) : p.end_column + 40]
        near += "**" in window
        assert "**" not in rendered.text[p.start : p.end]
    assert near >= 15


def test_html_escapes_text_and_wraps_the_article_in_chrome():
    article = _article()
    rendered = render.render(article, "html", [], seed=1)
    text = rendered.text
    assert text.startswith("<!doctype html>")
    assert "<title>Council &amp; unions agree pay deal</title>" in text
    assert '<meta name="author" content="Jo Reporter">' in text
    assert '<meta name="description" content="' in text
    assert "<nav>" in text and "<footer>" in text
    assert "<h1>Council &amp; unions agree pay deal</h1>" in text
    assert "AT&amp;T" in text and "&lt;ended&gt;" in text
    plain = re.sub(r"</?(?:strong|a)\b[^>]*>", "", text)  # the inline markup lands anywhere
    assert "<h2>What happens next</h2>" in plain and "<ul>\n<li>Staff vote on 3 May</li>" in plain
    entities = "".join(render.render(article, "html", [], seed=s).text for s in range(10))
    assert "&#8217;" in entities and "&rsquo;" in entities and "&quot;" in entities


@pytest.mark.parametrize("fmt", render.FORMATS)
def test_newslint_reports_a_written_error_at_the_rendered_gold_position(fmt):
    """The renderer and newslint agree on positions: a repeated word is reported exactly where the gold says."""
    article = _article()
    gold = _the_the()  # 'the the'
    for seed in range(4):
        rendered = render.render(article, fmt, [gold], seed)
        found = [f for f in lint_text(rendered.text, path=f"story.{fmt}", select=["grammar/repeated-word"])]
        assert [(f.line, f.column, f.end_line, f.end_column) for f in found] == [rendered.positions[0].range()]


# -- the gate -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gate():
    from benchmarks.injection import run

    sample = THRESHOLDS["sample"]
    scores, rows, noise, timing = run.run(sample["articles"], sample["corpora"], None, sample["formats"],
                                          sample["seed"], harper=False)
    return scores, rows


@requires_corpus
def test_recall_per_kind_does_not_drop(gate):
    _, rows = gate
    drops = [f"{kind}: recall {rows.get(kind, {}).get('recall', 0.0):.3f} < {floor} "
             f"(n={rows.get(kind, {}).get('n', 0)})"
             for kind, floor in THRESHOLDS["recall"].items() if rows.get(kind, {}).get("recall", 0.0) < floor]
    assert drops == [], "\n".join(drops)


@requires_corpus
def test_hits_are_exact(gate):
    _, rows = gate
    drops = [f"{kind}: {rows[kind]['exact']:.3f} of hits exact < {floor}"
             for kind, floor in THRESHOLDS["exact"].items()
             if floor is not None and kind in rows and rows[kind]["exact"] is not None and rows[kind]["exact"] < floor]
    assert drops == [], "\n".join(drops)


@requires_corpus
def test_controls_do_not_raise_more_false_alarms(gate):
    _, rows = gate
    rises = [f"{kind}: false alarms {rows[kind]['recall']:.3f} > {ceiling}"
             for kind, ceiling in THRESHOLDS.get("false_alarms", {}).items()
             if kind in rows and rows[kind]["recall"] > ceiling]
    assert rises == [], "\n".join(rises)


@requires_corpus
def test_every_kind_of_the_gate_was_measured(gate):
    _, rows = gate
    assert set(THRESHOLDS["recall"]) | set(THRESHOLDS.get("false_alarms", {})) <= set(rows)


@requires_corpus
def test_gold_positions_in_corpus_renderings():
    from benchmarks.injection import run

    kinds = run.load_kinds()
    sample = THRESHOLDS["sample"]
    checked = 0
    for name in sample["corpora"]:
        for article in corpus.sample(name, 2, sample["seed"]):
            for kind in kinds.values():
                injection = kind.function(article, random.Random(f"{sample['seed']}/{article.id}/{kind.name}"))
                if injection is None:
                    continue
                for fmt in render.FORMATS:
                    rendered = render.render(injection.article, fmt, injection.gold, sample["seed"])
                    for span, position in zip(injection.gold, rendered.positions):
                        got = render.unescape(fmt, rendered.text[position.start : position.end])
                        assert got.replace("’", "'") == _source(injection.article, span).replace("’", "'"), (
                            kind.name, fmt, injection.note)
                        checked += 1
    assert checked > 100
