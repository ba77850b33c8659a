import datetime as dt
import re

from newslint.analysis.metadata_fields import MONTH_PATTERN, field, month_number, parse_date, text_of
from newslint.engine.rule import Option, Rule, Severity, bad, good

# "SEOUL, Jan. 4 (Yonhap) --", "Beijing, Jan. 6, 2026 —", "WASHINGTON, D.C., March 3 (Reuters) -".
_PLACE = r"(?:[A-Z][A-Z.'’\-]+(?:\s[A-Z][A-Z.'’\-]+){0,3}|^[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})"
_DATELINE = re.compile(
    r"(?P<place>" + _PLACE + r")(?:,\s*[A-Z][A-Za-z.]+){0,2},\s+"
    r"(?P<date>(?P<month>" + MONTH_PATTERN + r")\s+(?P<day>\d{1,2})(?:,\s*(?P<year>\d{4}))?)"
    r"\s*(?:\([^)\n]{2,40}\)\s*)?(?:--|—|–|-)\s",
    re.MULTILINE,
)
_SEARCH_CHARS = 600  # a dateline opens the story: look no further into it
_SEARCH_BLOCKS = 3


class DatelineDateMismatch(Rule):
    id = "metadata/dateline-date-mismatch"
    severity = Severity.WARNING
    summary = "A dateline whose date contradicts the article's publication date."
    rationale = (
        "Wire services date their datelines ('SEOUL, Jan. 4 (Yonhap) --'); when that date and the "
        "publication date in the metadata disagree, one of them is wrong, and a reader cannot tell when "
        "the events happened. A copied story, a stale template or a January year typo ('Jan. 6, 2025' "
        "in a story published in 2026) is the usual cause. Time zones and overnight publishing move a "
        "date by a day, so a difference up to 'max_days' is accepted. A dateline without a year is read "
        "in the year nearest the publication date. Only the first paragraphs are searched."
    )
    options = {"max_days": Option(1, "largest difference in days accepted between dateline and publication date")}
    examples = (
        bad("---\ntitle: Talks resume\npublished_at: 2026-01-09\n---\n\nSEOUL, Jan. 4 (Yonhap) -- Talks resumed.\n", format="markdown"),
        bad("---\ntitle: Talks resume\ndate: 2026-01-06\n---\n\nBeijing, Jan. 6, 2025 — Talks resumed.\n", format="markdown"),
        good("---\ntitle: Talks resume\npublished_at: 2026-01-04 00:00\n---\n\nSEOUL, Jan. 4 (Yonhap) -- Talks resumed.\n", format="markdown"),
        good("---\ntitle: Talks resume\ndate: 2026-01-04T09:00:00+09:00\n---\n\nSEOUL, Jan. 4 (Yonhap) -- Talks resumed.\n", format="markdown"),
        good("---\ntitle: Talks resume\ndate: Jan. 5, 2026\n---\n\nSEOUL, Jan. 4 (Yonhap) -- Talks resumed.\n", format="markdown"),
        good("---\ntitle: Year ahead\ndate: 2026-01-01\n---\n\nNEW YORK, Dec. 31 (Reuters) - Markets closed higher.\n", format="markdown"),
        good("SEOUL, Jan. 4 (Yonhap) -- Talks resumed.\n"),
    )

    def check(self, doc, ctx):
        meta = field(doc, "date")
        published = parse_date(meta.value) if meta is not None else None
        if published is None:
            return
        for block in [b for b in doc.blocks if b.kind not in ("headline", "heading")][:_SEARCH_BLOCKS]:
            match = _DATELINE.search(block.text, 0, _SEARCH_CHARS)
            if not match:
                continue
            dated = _dateline_date(match, published)
            if dated is None:
                return
            gap = abs((dated - published).days)
            if gap > int(ctx.options["max_days"]):
                start = block.start + match.start("date")
                ctx.report(
                    start,
                    block.start + match.end("date"),
                    f"dateline says {match.group('date')} but the publication date is {text_of(meta.value)} "
                    f"({gap} days apart)",
                )
            return


def _dateline_date(match: re.Match[str], published: dt.date) -> dt.date | None:
    month, day = month_number(match.group("month")), int(match.group("day"))
    if match.group("year"):
        years = [int(match.group("year"))]
    else:
        years = [published.year - 1, published.year, published.year + 1]
    dates = []
    for year in years:
        try:
            dates.append(dt.date(year, month or 0, day))
        except ValueError:
            continue
    return min(dates, key=lambda d: abs((d - published).days)) if dates else None
