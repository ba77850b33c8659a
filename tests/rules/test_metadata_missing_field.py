"""metadata/missing-field: headline, byline and date where the article carries metadata.

Traps from practice: plain text has no metadata channel; crawled Markdown
with broken front matter is already reported by metadata/invalid-front-matter;
pages put the byline in JSON-LD or a visible "By" line; front matter spells
its keys many ways.
"""

from __future__ import annotations

from helpers import WIRE_SEED, findings, requires_seeds

RULE = "metadata/missing-field"


def found(text, path="story.md", **kwargs):
    return [(f.line, f.column, f.message) for f in findings(text, RULE, path=path, **kwargs)]


def test_front_matter_without_byline_is_reported_at_its_opening_line():
    text = "---\ntitle: Talks resume in Geneva\ndate: 2026-01-04\n---\n\nTalks resumed on Monday.\n"
    assert found(text) == [(1, 1, "no byline in the front matter (expected a field such as author, authors)")]


def test_empty_author_key_is_reported_on_its_own_line():
    text = "---\ntitle: Talks resume\nauthor:\ndate: 2026-01-04\n---\n\nTalks resumed on Monday.\n"
    result = findings(text, RULE, path="story.md")
    assert [(f.line, f.column, f.end_line, f.end_column) for f in result] == [(3, 1, 3, 8)]
    assert result[0].message == "empty byline: 'author' has no value"


def test_every_missing_field_is_reported():
    text = "---\nslug: talks-resume\n---\n\nTalks resumed on Monday.\n"
    messages = [m for _, _, m in found(text)]
    assert sorted(m.split(" in ")[0] for m in messages) == ["no byline", "no headline", "no publication date"]


def test_front_matter_key_spellings_newsrooms_use():
    for fields in (
        "headline: Talks resume\nbyline: Jane Doe\npublished_at: 2026-01-04 00:00",
        "title: Talks resume\nauthors: [Jane Doe, Kim Eun-jung]\npublish_date: 2026-01-04T09:00:00+09:00",
        "title: Talks resume\ncreator: Jane Doe\npubdate: Jan. 4, 2026",
    ):
        assert found(f"---\n{fields}\n---\n\nTalks resumed on Monday.\n") == [], fields


def test_body_headline_and_byline_count():
    text = "---\ndate: 2026-01-04\n---\n\n# Talks resume in Geneva\n\nBy Jane Doe and Kim Eun-jung\n\nTalks resumed.\n"
    assert found(text) == []


def test_plain_text_without_front_matter_has_no_metadata_channel():
    assert found("Talks resume in Geneva\n\nTalks resumed on Monday.\n", path="story.txt") == []
    assert found("# Talks resume in Geneva\n\nTalks resumed on Monday.\n", path="story.md") == []


def test_broken_front_matter_is_not_reported_twice():
    text = "---\ntitle: Talks resume\nauthor:\n\t\tJane Doe\n---\n\nTalks resumed on Monday.\n"
    assert found(text) == []
    rules = [f.rule for f in findings(text, "metadata", path="story.md")]
    assert rules == ["metadata/invalid-front-matter"]


@requires_seeds
def test_seed_004_broken_front_matter_gets_no_missing_byline():
    text = (WIRE_SEED).read_text(encoding="utf-8")
    # The byline the broken YAML hides is read from its indented lines: not missing, but someone
    # other than the story's byline (metadata/author-mismatch, tested in test_metadata_author_mismatch.py).
    assert sorted(f.rule for f in findings(text, "metadata", path="004.txt")) == ["metadata/author-mismatch", "metadata/invalid-front-matter"]


def test_required_fields_are_an_option(tmp_path):
    config = tmp_path / ".newslint.yaml"
    config.write_text("rules:\n  metadata/missing-field:\n    required: [headline]\n", encoding="utf-8")
    text = "---\ntitle: Talks resume\n---\n\nTalks resumed on Monday.\n"
    assert found(text, config=config) == []


HTML_HEAD = '<!DOCTYPE html>\n<html lang="en">\n<head>\n<title>Talks resume</title>\n{extra}</head>\n'
HTML_BODY = "<body><article><h1>Talks resume</h1><p>Talks resumed on Monday.</p></article></body></html>\n"


def html(extra: str = "", body: str = HTML_BODY) -> str:
    return HTML_HEAD.format(extra=extra) + body


def test_html_page_without_author_or_date_is_reported_at_head():
    result = findings(html(), RULE, path="page.html")
    assert [(f.line, f.column, f.end_column) for f in result] == [(3, 1, 7), (3, 1, 7)]
    assert sorted(f.message.split(" in ")[0] for f in result) == ["no byline", "no publication date"]


def test_html_meta_json_ld_and_time_elements_count():
    meta = '<meta name="author" content="Jane Doe">\n<meta property="article:published_time" content="2026-01-04T09:00:00+09:00">\n'
    assert findings(html(meta), RULE, path="page.html") == []
    json_ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Talks resume", '
        '"author": {"@type": "Person", "name": "Jane Doe"}, "datePublished": "2026-01-04"}</script>\n'
    )
    assert findings(html(json_ld), RULE, path="page.html") == []
    visible = (
        '<body><article><h1>Talks resume</h1><p class="byline">By Jane Doe</p>'
        '<time datetime="2026-01-04">Jan. 4, 2026</time><p>Talks resumed.</p></article></body></html>\n'
    )
    assert findings(html(body=visible), RULE, path="page.html") == []


def test_html_fragment_without_head_has_no_metadata_channel():
    assert findings("<p>Talks resumed on Monday.</p>", RULE, path="body.html") == []
    assert findings("<html><body><p>Talks resumed.</p></body></html>", RULE, path="body.html") == []
