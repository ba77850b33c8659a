import re

from newslint.analysis.boilerplate import (
    DOMAIN,
    RIGHTS,
    VIEW_ORIGINAL,
    crawl_line,
    date_line,
    headline_and_body,
    header_fields,
    source_line,
    stamp_line,
    unframed,
)
from newslint.engine.rule import Rule, Severity, bad, good

_EDGE_BLOCKS = 3  # a page header sits between the headline and the lead; a footer after the last paragraph
_FOOTER_MAX_WORDS = 25
_URL = re.compile(r"https?://|www\.|\]\(")


class CrawlerBoilerplate(Rule):
    id = "artifact/crawler-boilerplate"
    severity = Severity.ERROR
    summary = "A crawler's or page's header and footer saved with the story ('Publisher | 2026-01-04 00:00 |', 'Crawled at: …', 'Source: <link>')."
    rationale = (
        "A scraper that saves a page keeps more than the story: the page's header line of fields "
        "(publisher, date, section, reading time: 'Yonhap | 2026-01-04 00:00 |', 'Published: … | "
        "Updated: …') and its own footer ('Crawled at: 2026-01-04 04:58:38', 'Source: [view original](…)', "
        "a republication notice such as 'All rights reserved' or '무단 전재 및 재배포 금지'). None of it is "
        "copy; republished, it shows the story was lifted. Only the lines between the headline and the "
        "lead and after the last paragraph are read, and a line counts by its shape: short fields "
        "separated by bars or dots with a date among them, a date label and a date, a crawl verb with a "
        "date, a source label with a link. A source line without a link ('Source: ONS', under a chart) is "
        "left alone. The crawler that kept the header kept the footer, so both are one finding, over the "
        "header's whole lines, with the footer as a further place."
    )
    examples = (
        bad("# Lee departs for Beijing\n\n**Yonhap** | 2026-01-04 00:00 |\n\nLee left for Beijing on Sunday, his office said.\n", format="markdown"),
        bad("Lee departs for Beijing\n\nLee left for Beijing on Sunday, his office said.\n\nCrawled at: 2026-01-04 04:58:38\nSource: https://example.com/a/1\n"),
        bad("Lee departs for Beijing\n\nPublished: 2026-01-04 09:00 | Updated: 2026-01-04 11:30\n\nLee left for Beijing on Sunday.\n"),
        bad("Lee departs for Beijing\n\nLee left for Beijing on Sunday, his office said.\n\n© 2026 Example News. All rights reserved.\n"),
        good("Lee departs for Beijing\n\nLee left for Beijing on Sunday, his office said.\n\nSource: Office of the President\n"),
        good("Exports rise\n\nExports rose 4% in May, the agency said.\n\nExports | 2025 | 2026\n\nThe figures were published on Monday.\n"),
        good("Lee departs for Beijing\n\nBy Jane Roe\n\nLee left for Beijing on Sunday, his office said.\n"),
    )

    def check(self, doc, ctx):
        _, first = headline_and_body(doc)
        blocks = [b for b in doc.blocks[first:] if b.kind not in ("headline", "table_cell")]
        header = []
        for block in blocks[:_EDGE_BLOCKS]:
            if self._is_header(block):
                header.append(block)
            elif block.kind != "heading" and not self._byline(block):
                break  # the lead: the header is above it
        footer = []
        for block in reversed(blocks[len(header) :][-_EDGE_BLOCKS:]):
            if not self._is_footer(doc, block):
                break
            footer.insert(0, block)
        runs = [(run, where) for run, where in ((header, "header"), (footer, "footer")) if run]
        if not runs:
            return
        places = [(*self._lines(doc, run[0].start, run[-1].end), None) for run, _ in runs]
        what = " and ".join(where for _, where in runs)
        shown = " … ".join(f"'{_short(run)}'" for run, _ in runs)
        ctx.report_source(places[0][0], places[0][1], f"crawler's page {what} saved with the story: {shown}", related=places[1:])

    @staticmethod
    def _byline(block) -> bool:
        return block.text.startswith("By ") and len(block.text.split()) <= 8

    @staticmethod
    def _furniture(text: str) -> bool:
        """A line of fields, a date line, a crawler's own line or a bare timestamp with a name."""
        text = unframed(text)
        return bool(header_fields(text) or date_line(text) or crawl_line(text) or stamp_line(text))

    def _is_header(self, block) -> bool:
        return self._furniture(block.text)

    def _is_footer(self, doc, block) -> bool:
        text = block.text
        # A short line of plain text reads as a heading, so headings are not ruled out.
        if len(text.split()) > _FOOTER_MAX_WORDS or block.kind == "caption":
            return False
        if self._furniture(text) or RIGHTS.search(unframed(text)):
            return True
        label = source_line(text)
        if not label:
            return False
        start, end = self._lines(doc, block.start, block.end)
        # "Source: <link>", not "Source: ONS": a pointer to the page the text was taken from
        rest = unframed(text)[label.end() :].strip()
        return bool(_URL.search(doc.source, start, end) or VIEW_ORIGINAL.search(text) or DOMAIN.fullmatch(rest))

    @staticmethod
    def _lines(doc, start: int, end: int) -> tuple[int, int]:
        """Whole source lines, markup included ('**Yonhap** | …', '*Crawled at: …*'); in HTML, the text itself."""
        src_start, src_end = doc.source_span(start, end)
        if doc.format == "html":
            return src_start, src_end
        line_start = doc.source.rfind("\n", 0, src_start) + 1
        line_end = doc.source.find("\n", src_end)
        line_end = line_end if line_end != -1 else len(doc.source)
        return line_start, line_start + len(doc.source[line_start:line_end].rstrip())


def _short(run) -> str:
    text = " ".join(block.text for block in run)
    return text if len(text) <= 60 else text[:57] + "…"
