"""Shapes of page furniture that is not part of a story: timestamps, site
domains, credit lines, crawler stamps and lines of metadata fields.

Content farms sign their output with a credit line and a machine timestamp;
crawlers save a page's header ("Publisher | 2026-01-04 00:00 |") and their own
footer ("Crawled at: …", "Source: <link>"). Rules in ``artifact/`` read the
shapes from here so that a credit line and a crawler footer are told apart the
same way everywhere. Each shape is generic: a date and a clock time, a word
ending in a top-level domain, role words, a pipe-separated row of short fields.
"""

from __future__ import annotations

import re

from newslint.analysis.metadata_fields import field, text_of
from newslint.document.model import Document
from newslint.lazy_regex import lazy_compile

_DASH = r"[-\u2010\u2011\u2012\u2013]"  # the seed writes "2026‑01‑07" with non-breaking hyphens
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
#: A calendar date as machines and newsrooms write it: 2026-01-07, 2026.01.04, 07/01/2026, Jan. 7, 2026, 7 January 2026, 2026년 1월 4일, 2026年1月4日.
DATE = (
    rf"(?:\d{{4}}(?:{_DASH}|[./])\d{{1,2}}(?:{_DASH}|[./])\d{{1,2}}\.?"
    rf"|\d{{1,2}}(?:{_DASH}|[./])\d{{1,2}}(?:{_DASH}|[./])\d{{2,4}}"
    rf"|{_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s{_MONTH},?\s\d{{4}}"
    r"|\d{4}\s?[년年]\s?\d{1,2}\s?[월月]\s?\d{1,2}\s?[일日])"
)
#: A clock time: 09:21, 09:21:55, 9:21 am, 0921 GMT, with an optional zone.
CLOCK = r"(?:\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s?[ap]\.?m\.?)?|\d{4}\s?(?:GMT|UTC))(?:\s?(?:Z|[+-]\d{2}:?\d{2}|GMT|UTC|KST|JST|EST|EDT|PST|PDT|CET|CEST|BST|IST))?"
#: A machine timestamp: a date and a clock time together ("2026-01-07 09:21:55", "2025-03-12T09:00:00Z").
TIMESTAMP = lazy_compile(rf"{DATE}(?:\s*(?:T|at|,|{_DASH}|\|)?\s*){CLOCK}", re.IGNORECASE)
DATE_RE = lazy_compile(DATE, re.IGNORECASE)
#: A site named by its domain: "Archyde.com", "newsdailyhub.net", "example.co.uk" (not an e-mail address).
DOMAIN = lazy_compile(
    r"(?<![@\w.])(?:www\.)?[A-Za-z][\w-]{1,40}(?:\.[\w-]{2,40})?"
    r"\.(?:com|net|org|info|news|co|io|biz|online|site|media|press|tv|blog|today|live|world|global|us|uk|in|ke|ng|pk|ph|au|ca|de|fr|es|it|kr|jp|cn)"
    r"(?:\.[a-z]{2})?(?![\w@]|\.\w)"
)
#: Someone credited for making the copy: "Prepared by", "Written by", "This article was compiled by".
CREDIT_VERB = lazy_compile(
    r"\b(?:prepared|written|compiled|produced|generated|created|curated|posted|published|authored|submitted"
    r"|researched|edited|reviewed|fact-checked|updated)\s+by\b",
    re.IGNORECASE,
)
#: The job titles of a content mill's credit line ("senior content writer", "SEO editor", "staff writer").
ROLE = lazy_compile(
    r"\b(?:(?:senior|junior|lead|chief|staff|guest|freelance|contributing|associate|managing|digital|web|news|"
    r"content|seo)\s+)*(?:content\s+(?:writer|creator|strategist|specialist|editor|team|desk)|seo\s+(?:writer|editor|specialist|"
    r"strategist|team|analyst)|copywriter|staff\s+writer|web\s+(?:desk|editor|team)|editorial\s+(?:team|desk|staff)"
    r"|news\s+desk|digital\s+desk|contributor|blogger|author)\b",
    re.IGNORECASE,
)
#: What a crawler writes about itself: "Crawled at: …", "Scraped on …", "Retrieved: …".
CRAWL_STAMP = lazy_compile(
    r"(?:crawled|scraped|fetched|retrieved|downloaded|archived|captured|collected|harvested|extracted|indexed)"
    r"(?:\s+(?:at|on|date|time))?\s*[:：]?\s*(?:" + DATE + ")",
    re.IGNORECASE,
)
#: A line pointing at the page the text came from: "Source: <link>", "Original article: …", "원문 보기".
SOURCE_LINK_LABEL = lazy_compile(
    r"(?:source(?:\s+(?:url|link))?|original(?:\s+(?:article|story|post|url|link|source))?|originally\s+published\s+(?:at|on|in)"
    r"|read\s+(?:the\s+)?(?:original|full)(?:\s+(?:article|story))?(?:\s+(?:at|on|here))?|via|link|url|canonical"
    r"|quelle|fuente|fonte|источник|출처|원문|原文|出典|来源|來源)\s*[:：]?",
    re.IGNORECASE,
)
#: Words that say "see the original" in the link text of a crawler's source line, in several languages.
VIEW_ORIGINAL = lazy_compile(r"원문|原文|元記事|記事を読む|view\s+original|original\s+article|read\s+more|leer\s+m[aá]s|lire\s+la\s+suite|weiterlesen", re.IGNORECASE)
#: A republication notice the crawler swept in with the page.
RIGHTS = lazy_compile(
    r"all\s+rights\s+reserved|무단\s*전재|재배포\s*금지|版权所有|版權所有|無断転載|tous\s+droits\s+r[ée]serv[ée]s|alle\s+rechte\s+vorbehalten"
    r"|todos\s+los\s+derechos\s+reservados|^(?:copyright\s*)?(?:©|\(c\))\s*\d{4}",
    re.IGNORECASE,
)
#: The label of a page's date line: "Published: …", "Updated …", "입력 …", "发布时间：…".
DATE_LABEL = lazy_compile(
    r"(?:(?:first\s+)?published|last\s+updated|updated|posted|modified|released|입력|수정|업데이트|发布时间|發佈時間|更新时间|公開日|更新日|publicado|actualizado|publié|mis\s+à\s+jour|veröffentlicht|aktualisiert)"
    r"(?:\s+(?:on|at))?\s*[:：]?\s*",
    re.IGNORECASE,
)
#: Version tags a wire service puts on a story: "(LEAD)", "(2nd LD)", "(URGENT)".
VERSION_TAG = r"\((?:LEAD|\d+(?:st|nd|rd|th|ST|ND|RD|TH)\s+(?:LD|LEAD)|URGENT|UPDATE\s*\d*|WRAPUP\s*\d*|REFILE|CORRECTED|RECAST)\)"
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
# "Kim", "Eun-jung", "O'Brien", "MacLeod", "DeSantis", "J."
_NAME_PART = rf"(?:[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?(?:[-\u2010\u2011'’][{_UPPER}{_LOWER}][{_LOWER}]+)*|[{_UPPER}]\.)"
# Capitalised words that start a sentence or a date, not a name ("By Monday the …", "By The …").
_NOT_NAME = (
    r"(?!(?:The|A|An|This|That|These|Those|It|Its|He|She|They|We|I|In|On|At|After|Before|When|While|As|If|For|With|From"
    r"|Then|Now|Today|Yesterday|Tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February"
    r"|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|President|Prime|Police"
    r"|Officials|Government|According|Early|Late|Last|Next|Mid)\b)"
)
_NAME = rf"{_NOT_NAME}{_NAME_PART}(?:\s{_NOT_NAME}{_NAME_PART}){{1,3}}"
#: A byline: "By Kim Eun-jung", "By Jane Roe and John Doe", "By Jane Roe, Reuters".
BYLINE = lazy_compile(
    rf"By\s+(?P<names>{_NAME}(?:(?:,\s*|\s+and\s+|\s*&\s*){_NAME})*)"
    r"(?:,?\s+(?:Reuters|AP|AFP|Yonhap|Bloomberg|Xinhua|Kyodo|Associated\s+Press|BBC\s+News|CNN|UPI|dpa|EFE|ANSA|Staff\s+Writer|Staff\s+Reporter|Correspondent)\b)?"
)
#: A byline or a credit line that names the story's writer: "By …", "Written by …", "Reporting by …".
CREDIT_BYLINE = lazy_compile(
    rf"(?:By|Written\s+by|Reporting\s+by|Reported\s+by|Words\s+by|Story\s+by|Text\s+by)\s+"
    rf"(?P<names>{_NAME}(?:(?:,\s*|\s+and\s+|\s*&\s*){_NAME})*)"
)
#: A wire dateline: "SEOUL, Jan. 4 (Yonhap) --", "LONDON (Reuters) -", "Beijing, Jan. 6, 2026 —".
DATELINE = lazy_compile(
    r"(?:[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][A-Za-z.]+){0,2}(?:,\s+" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},\s+" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?)"
    r"\s*(?:\([^()\n]{2,40}\)\s*)?(?:--|—|–|-)(?=\s|[A-Z\"“‘'(])"
)

#: Separators between the fields of a page's header line ("Publisher | date", "Publisher — date —").
FIELD_SEPARATOR = lazy_compile(r"\s*(?:\||·|•|│|｜)\s*|\s+[—–]\s*|\s*[—–]$")
#: A crawler's line about its own fetch: "Scraped from <url>", "Crawled at: …", "crawl_id: 341764".
CRAWL_LINE = lazy_compile(
    r"(?:crawled|scraped|fetched|retrieved|downloaded|archived|captured|harvested|extracted|crawl(?:er)?[ _-]?(?:id|date|time))\b",
    re.IGNORECASE,
)
_URL_OR_DATE = lazy_compile(r"https?://|www\.|" + DATE, re.IGNORECASE)
_EMPHASIS = "*_[]()<>`"
_STAMP_REST_WORDS = 5
_READ_TIME = lazy_compile(r"\d+\s*(?:-\s*)?min(?:ute)?s?\s+read|\d+\s*분|\d+\s*分", re.IGNORECASE)
_FIELD_MAX_WORDS = 6


def header_fields(text: str) -> list[str] | None:
    """The fields of a line like "Publisher | 2026-01-04 00:00 |" or "By Jane Doe · Jan 4, 2026 · 3 min read".

    None unless the line is two or more short fields separated by bars or dots,
    one of them a date or a reading time, and no field reads as a sentence.
    """
    parts = FIELD_SEPARATOR.split(text.strip())
    fields = [part.strip() for part in parts if part.strip()]
    if len(parts) < 2 or len(fields) < 2 and not (len(fields) == 1 and DATE_RE.search(fields[0])):
        return None
    dated = False
    for item in fields:
        undated = TIMESTAMP.sub(" ", item) if TIMESTAMP.search(item) else DATE_RE.sub(" ", item)
        if len(undated.split()) > _FIELD_MAX_WORDS or item[-1:] in ".!?\"”" and not DATE_RE.fullmatch(item):
            return None
        if DATE_RE.search(item) or _READ_TIME.search(item):
            dated = True
    return fields if dated else None


def date_line(text: str) -> bool:
    """A line that is only a page's date label and a date: "Published: 2026-01-04 09:00 | Updated: …"."""
    rest = text.strip()
    found = False
    while rest:
        label = DATE_LABEL.match(rest)
        if not label or not label.group().strip():
            return False
        date = re.match(rf"(?:{DATE})(?:\s*(?:T|at|,)?\s*{CLOCK})?", rest[label.end() :], re.IGNORECASE)
        if not date:
            return False
        found = True
        rest = rest[label.end() + date.end() :]
        rest = FIELD_SEPARATOR.sub("", rest, count=1) if FIELD_SEPARATOR.match(rest) else rest.lstrip(" ,;")
    return found


def unframed(text: str) -> str:
    """A line without the emphasis and brackets around it: '*Crawled at: …*', '[Leeds Live] …', '_Publisher_'."""
    return text.strip().strip(_EMPHASIS + " ")


def crawl_line(text: str) -> bool:
    """A crawler's own line: a crawl verb or key at its start, with a link or a date after it."""
    text = unframed(text)
    match = CRAWL_LINE.match(text)
    return bool(match and _URL_OR_DATE.search(text, match.end()))


def stamp_line(text: str) -> bool:
    """A machine timestamp with a name beside it and nothing else: '[Leeds Live] 2005-06-07 02:37:58',
    '_People staff_ — Jun 9, 2016 at 8:13 am —'. A sentence with a time in it has more words."""
    stamp = TIMESTAMP.search(text)
    if not stamp:
        return False
    rest = text[: stamp.start()] + " " + text[stamp.end() :]
    rest = FIELD_SEPARATOR.sub(" ", rest)
    words = [w.strip(_EMPHASIS + ",:;") for w in rest.split()]
    words = [w for w in words if w]
    return len(words) <= _STAMP_REST_WORDS and not any(w[-1] in ".!?" for w in words if len(w) > 3)


def source_line(text: str) -> re.Match[str] | None:
    """'Source: …', 'Original article: …', 'Read the original article': the label of a line that points at a page."""
    return SOURCE_LINK_LABEL.match(unframed(text))


_HEADLINE_MAX_WORDS = 30


def headline_and_body(doc: Document) -> tuple[str, int]:
    """The headline's text, and the index of the first block after it.

    A plain-text file (or one read as Markdown for its bold) whose first line is a headline
    the front end did not take for one (it ends in a quotation mark, or runs long) still has
    it: the first of several blocks, a single line.
    """
    if doc.headline is not None:
        return doc.headline.text, doc.headline.index + 1
    meta = field(doc, "headline")
    if meta is not None:
        return text_of(meta.value), 0
    if doc.blocks and len(doc.blocks) > 1 and doc.blocks[0].kind in ("paragraph", "heading"):
        first = doc.blocks[0]
        start, end = doc.source_span(first.start, first.end)
        if "\n" not in doc.source[start:end].strip() and len(first.text.split()) <= _HEADLINE_MAX_WORDS and first.text[-1:] not in ".:;,":
            return first.text, 1
    return "", 0
