import re

from newslint.analysis.metadata_fields import (
    FIELD_KEYS,
    field,
    front_matter_invalid,
    has_metadata_channel,
    present_keys,
)
from newslint.engine.rule import Option, Rule, Severity, bad, good

_LABELS = {"headline": "headline", "byline": "byline", "date": "publication date"}
# Where an HTML page may carry the field outside <meta>: JSON-LD, microdata, rel=author, <time>.
_HTML_SIGNS = {
    "headline": re.compile(r"\"headline\"\s*:\s*\"[^\"]+\"", re.IGNORECASE),
    "byline": re.compile(
        r"\"author\"\s*:\s*(?:\{|\[\s*\{|\"[^\"]+\")|\brel\s*=\s*[\"']?author\b|\bitemprop\s*=\s*[\"']?author\b"
        r"|\bclass\s*=\s*[\"'][^\"']*\b(?:byline|author)\b",
        re.IGNORECASE,
    ),
    "date": re.compile(
        r"\"datePublished\"\s*:\s*\"[^\"]+\"|<time\b[^>]*\bdatetime\s*=|\bitemprop\s*=\s*[\"']?datePublished\b",
        re.IGNORECASE,
    ),
}
# A byline line at the top of the body: "By Jane Doe", "By Kim Eun-jung and Lee Ji-won".
_BODY_BYLINE = re.compile(r"\s*By\s+[A-Z][\w.'’-]{0,40}(?:\s+[A-Z][\w.'’-]{0,40})+")
_HEAD_TAGS = (re.compile(r"<head\b[^>]*>", re.IGNORECASE), re.compile(r"<html\b[^>]*>", re.IGNORECASE))


class MissingField(Rule):
    id = "metadata/missing-field"
    severity = Severity.WARNING
    summary = "Front matter or an HTML page without a headline, byline or publication date."
    rationale = (
        "A story without a byline or a date cannot be judged by readers or search engines (Google's "
        "article guidelines ask for both), and a CMS will not publish one without a headline. Only "
        "articles that carry metadata are checked: front matter (even broken) or HTML; a plain-text "
        "file has no place for it. A byline or headline in the body ('By Jane Doe', a first-level "
        "heading) and JSON-LD, microdata or <time> elements in HTML count. When the front matter is "
        "not valid YAML, metadata/invalid-front-matter already reports it and the fields YAML could not "
        "read are not reported again. The 'required' option lists the fields to check."
    )
    options = {"required": Option(["headline", "byline", "date"], "fields to require: headline, byline, date")}
    examples = (
        bad("---\ntitle: Talks resume in Geneva\ndate: 2026-01-04\n---\n\nTalks resumed on Monday.\n", format="markdown"),
        bad("---\ntitle: Talks resume in Geneva\nauthor:\ndate: 2026-01-04\n---\n\nTalks resumed on Monday.\n", format="markdown"),
        bad(
            "<html><head><title>Talks resume</title><meta name=\"author\" content=\"Jane Doe\"></head>"
            "<body><article><h1>Talks resume</h1><p>Talks resumed on Monday.</p></article></body></html>",
            format="html",
        ),
        good(
            "---\ntitle: Talks resume in Geneva\nauthor: Jane Doe\ndate: Jan. 4, 2026\n---\n\nTalks resumed on Monday.\n",
            format="markdown",
        ),
        good("---\ntitle: Talks resume in Geneva\ndate: 2026-01-04\n---\n\nBy Jane Doe\n\nTalks resumed on Monday.\n", format="markdown"),
        good(
            "<html><head><title>Talks resume</title><meta name=\"author\" content=\"Jane Doe\">"
            "<meta property=\"article:published_time\" content=\"2026-01-04T09:00:00+09:00\"></head>"
            "<body><article><h1>Talks resume</h1><p>Talks resumed on Monday.</p></article></body></html>",
            format="html",
        ),
        good("Talks resume in Geneva\n\nTalks resumed on Monday.\n"),
        good("---\ntitle: Talks resume\nauthor:\n\t\tJane Doe\n---\n\nTalks resumed on Monday.\n", format="markdown"),
    )

    def check(self, doc, ctx):
        if not has_metadata_channel(doc) or front_matter_invalid(doc):
            return
        for name in ctx.options["required"]:
            if name not in _LABELS:
                ctx.notice(f"{self.id}: unknown required field {name!r} (known: {', '.join(_LABELS)})")
                continue
            if self._present(doc, name):
                continue
            label = _LABELS[name]
            empty = [key for key in present_keys(doc, name) if doc.metadata[key].src_start is not None]
            if empty:
                key = empty[0]
                line, _ = doc.position(doc.metadata[key].src_start)
                ctx.report_source(*doc.lines.line_span(line), f"empty {label}: '{key}' has no value")
                continue
            start, end = self._anchor(doc)
            where = "the page's <head>" if doc.format == "html" else "the front matter"
            keys = ", ".join(FIELD_KEYS[name][:2])
            ctx.report_source(start, end, f"no {label} in {where} (expected a field such as {keys})")

    @staticmethod
    def _present(doc, name):
        if field(doc, name) is not None:
            return True
        if name == "headline" and doc.headline is not None:
            return True
        if name == "byline" and any(_BODY_BYLINE.match(b.text) for b in doc.blocks[:6]):
            return True
        return doc.format == "html" and bool(_HTML_SIGNS[name].search(doc.source))

    @staticmethod
    def _anchor(doc):
        """Where a missing field is reported: the <head> tag, or the front matter's opening line."""
        if doc.format == "html":
            for tag in _HEAD_TAGS:
                match = tag.search(doc.source)
                if match:
                    return match.span()
            return 0, 0
        return doc.lines.line_span(1)  # without its line break: '---', not '---\r'
