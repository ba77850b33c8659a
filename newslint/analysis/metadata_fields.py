"""The article's metadata as editors name it: headline, byline, date, description, slug.

Front matter and HTML ``<head>`` spell the same field many ways (``author``,
``byline``, ``article:author``; ``date``, ``published_at``,
``article:published_time``). This module maps them to one name each, says
whether an article has a metadata channel at all, and reads dates in the
formats newsrooms write them.
"""

from __future__ import annotations

import datetime as dt
import re

from newslint.document.model import Document, MetaField

INVALID_FRONT_MATTER = "metadata/invalid-front-matter"
_HTML_HEAD = re.compile(r"<head[\s>]", re.IGNORECASE)

#: Metadata keys (lowercase) for each field, in order of preference.
FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "headline": ("title", "headline", "og:title", "twitter:title", "dc.title", "seo_title", "meta_title"),
    "byline": (
        "author", "authors", "byline", "byl", "by", "creator", "writer", "reporter", "article:author",
        "og:article:author", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author", "citation_author",
    ),
    "date": (
        "date", "published", "published_at", "publish_date", "published_date", "publishdate", "pubdate",
        "publish-date", "date_published", "datepublished", "first_published", "created", "created_at",
        "article:published_time", "og:article:published_time", "og:published_time", "published_time",
        "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
        "citation_publication_date", "date.issued",
    ),
    "description": ("description", "og:description", "twitter:description", "summary", "excerpt", "dek", "subtitle"),
    "keywords": ("keywords", "news_keywords", "tags", "keyphrase", "focus_keyphrase", "focus_keyword", "article:tag"),
    "url": ("url", "canonical", "og:url", "slug", "permalink", "canonical_url"),
}
#: The title search engines show, most specific first.
SEARCH_TITLE_KEYS = ("seo_title", "meta_title", "title", "og:title", "twitter:title", "headline")

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_PATTERN = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_NUMERIC_DATE = re.compile(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])")
_MONTH_DAY_YEAR = re.compile(r"\s*(?:[A-Z][a-z]+,?\s+)?(" + MONTH_PATTERN + r")\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.IGNORECASE)
_DAY_MONTH_YEAR = re.compile(r"\s*(?:[A-Z][a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(" + MONTH_PATTERN + r"),?\s+(\d{4})\b", re.IGNORECASE)


def month_number(name: str) -> int | None:
    return _MONTHS.get(name.rstrip(".").lower()[:3])


def field(doc: Document, name: str) -> MetaField | None:
    """The first non-empty metadata value for the field ``name`` (see :data:`FIELD_KEYS`)."""
    return doc.meta(*FIELD_KEYS[name])


def present_keys(doc: Document, name: str) -> list[str]:
    """The keys of field ``name`` the metadata has at all, empty or not."""
    return [key for key in FIELD_KEYS[name] if key in doc.metadata]


def text_of(value: object) -> str:
    """A metadata value as text: lists joined with commas, dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(text_of(item) for item in value if item is not None)
    if isinstance(value, dict):
        return text_of(value.get("name") or "")
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value).strip()


def front_matter_invalid(doc: Document) -> bool:
    return any(problem.rule == INVALID_FRONT_MATTER for problem in doc.problems)


def has_metadata_channel(doc: Document) -> bool:
    """Somewhere the article could carry its metadata: front matter (even broken), or an HTML
    page with a ``<head>`` or metadata in it (a body fragment from a CMS has none)."""
    if doc.format == "html":
        return bool(_HTML_HEAD.search(doc.source)) or any(key != "lang" for key in doc.metadata)
    return doc.body_start > 0 or bool(doc.metadata) or front_matter_invalid(doc)


def parse_date(value: object) -> dt.date | None:
    """The calendar date of a metadata value, as written (a time zone does not move it)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = text_of(value)
    match = _NUMERIC_DATE.match(text)
    if match:
        return _date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = _MONTH_DAY_YEAR.match(text)
    if match:
        return _date(int(match.group(3)), month_number(match.group(1)), int(match.group(2)))
    match = _DAY_MONTH_YEAR.match(text)
    if match:
        return _date(int(match.group(3)), month_number(match.group(2)), int(match.group(1)))
    return None


def _date(year: int, month: int | None, day: int) -> dt.date | None:
    try:
        return dt.date(year, month or 0, day)
    except ValueError:
        return None


def source_span(doc: Document, meta: MetaField, start: int | None = None, end: int | None = None) -> tuple[int, int] | None:
    """Source span of ``[start, end)`` of a metadata value; the whole value when the source
    spells it differently (character references, folded whitespace). None without a position."""
    if meta.src_start is None or meta.src_end is None:
        return None
    value = text_of(meta.value)
    if start is not None and end is not None and doc.source[meta.src_start : meta.src_end] == value:
        return meta.src_start + start, meta.src_start + end
    return meta.src_start, meta.src_end


def field_or_continuation(doc: Document, name: str) -> MetaField | None:
    """Field ``name``, or, when broken front matter left its key empty, the indented lines under the key.

    A crawler that writes ``author:`` and then the value on tab-indented lines produces YAML that
    does not parse ("found character '\\t'"); the salvaged key is empty, but an editor reads the
    value on the lines below it, and so do the rules.
    """
    found = field(doc, name)
    if found is not None:
        return found
    for key in present_keys(doc, name):
        meta = doc.metadata[key]
        if meta.src_start is None or not front_matter_invalid(doc):
            continue
        position = doc.source.find("\n", meta.src_start)
        while 0 <= position < doc.body_start:
            line_start, line_end = position + 1, doc.source.find("\n", position + 1)
            if line_end == -1 or line_end > doc.body_start:
                break
            line = doc.source[line_start:line_end]
            if line.strip() and not line[0].isspace():
                break  # the next key: the value was empty after all
            if line.strip():
                start = line_start + len(line) - len(line.lstrip())
                return MetaField(line.strip(), start, line_start + len(line.rstrip()))
            position = line_end
    return None
