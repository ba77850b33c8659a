from newslint.analysis.metadata_fields import SEARCH_TITLE_KEYS, source_span, text_of
from newslint.engine.rule import Option, Rule, Severity, bad, good

# Advance widths of Arial (the font of Google's result titles) in 1/1000 em, for printable ASCII.
_ASCII_WIDTHS = (
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  # space to /
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  # 0 to ?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  # @ to O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  # P to _
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  # ` to o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,  # p to ~
)
_WIDTHS = {chr(32 + i): width for i, width in enumerate(_ASCII_WIDTHS)}
_WIDTHS.update({"‘": 222, "’": 222, "“": 333, "”": 333, "–": 556, "—": 1000, "…": 1000, "\u00a0": 278})
_TITLE_PX = 20  # Google's desktop result titles are set in 20 px Arial


def title_pixels(text: str) -> float:
    """Approximate rendered width of ``text`` in a search result title, in pixels."""
    total = 0
    for ch in text:
        width = _WIDTHS.get(ch)
        if width is None:
            width = 1000 if ord(ch) >= 0x1100 else 556  # CJK and other wide scripts: a full em
        total += width
    return total * _TITLE_PX / 1000


class TitleTooLong(Rule):
    id = "metadata/title-too-long"
    severity = Severity.INFO
    summary = "A page title too wide for a search results page, which cuts it off."
    rationale = (
        "Google shows about 600 pixels of a result's title (roughly 60 characters) and replaces the rest "
        "with an ellipsis, so the words a reader needs to choose the story may never be seen. The width "
        "is measured in Arial at Google's 20 px, not in characters: 'Illinois' is narrower than 'WWW'. "
        "The title read is the one search engines get: seo_title or meta_title when the front matter "
        "has one, else title; in HTML the <title>, else og:title. Plain text has no page title."
    )
    options = {"max_pixels": Option(600, "widest title, in pixels at 20 px Arial, not reported")}
    examples = (
        bad(
            "---\ntitle: Finance ministers from the world's largest economies gather in Washington for talks on "
            "global debt relief\n---\n\nMinisters met on Monday.\n",
            format="markdown",
        ),
        good("---\ntitle: G20 ministers meet on debt relief\n---\n\nMinisters met on Monday.\n", format="markdown"),
        good("---\ntitle: (LEAD) Lee departs for Beijing for summit talks with Xi Jinping\n---\n\nHe left on Sunday.\n", format="markdown"),
    )

    def check(self, doc, ctx):
        limit = float(ctx.options["max_pixels"])
        meta = doc.meta(*SEARCH_TITLE_KEYS)
        if meta is None:
            return
        text = " ".join(text_of(meta.value).split())
        width = title_pixels(text)
        if width <= limit:
            return
        span = source_span(doc, meta)
        if span is not None:
            ctx.report_source(
                span[0],
                span[1],
                f"title is about {width:.0f} px wide ({len(text)} characters); search results show about "
                f"{limit:.0f} px and cut off the rest",
            )
