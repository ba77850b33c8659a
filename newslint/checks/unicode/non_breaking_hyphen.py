import re

from newslint.checks.repeats import report_places
from newslint.engine.rule import Option, Rule, Severity, bad, good

_NON_BREAKING_HYPHEN = re.compile("\u2011")


class NonBreakingHyphen(Rule):
    id = "unicode/non-breaking-hyphen"
    severity = Severity.WARNING
    summary = "A non-breaking hyphen (U+2011) in running text where a plain hyphen belongs ('four‑day')."
    rationale = (
        "U+2011 looks like a hyphen but is a different character: a search for 'four-day' or "
        "'Lee Jae-myung' misses 'four‑day' and 'Lee Jae‑myung', spell checkers and word counts split on it, "
        "and fonts without the glyph show a box. Chatbots and some export tools put it in every compound. "
        "The tool that wrote one wrote them all, so they are one finding: at the first, with the article's "
        "count and every place, and one fix that writes '-' in each (set 'each: true' for a finding per "
        "place). In HTML an explicit '&#8209;' is a deliberate typesetting choice and is left alone."
    )
    options = {
        "each": Option(False, "report every one as its own finding; by default they are one finding with the count, every place and one fix"),
    }
    examples = (
        bad("Visit ends\n\nThe four\u2011day visit ended.\n", fixed="Visit ends\n\nThe four-day visit ended.\n"),
        good("Visit ends\n\nThe four-day visit ended.\n"),
        good("<html><body><article><p>Call 555&#8209;0100.</p></article></body></html>", format="html"),
        bad(
            "Visit ends\n\nThe four\u2011day visit to Seoul\u2011Tokyo ended.\n",
            fixed="Visit ends\n\nThe four-day visit to Seoul-Tokyo ended.\n",
        ),
        bad("Visit ends\n\nThe four\u2011day visit to Seoul\u2011Tokyo ended.\n", each=True),
    )

    def check(self, doc, ctx):
        if doc.text.isascii():
            return  # most English copy: nothing to find
        found = [
            m.start()
            for m in _NON_BREAKING_HYPHEN.finditer(doc.text)
            if doc.format != "html" or doc.offsets.is_verbatim(m.start(), m.end())
        ]
        one = "non-breaking hyphen (U+2011): write a plain hyphen '-'"
        if ctx.options["each"]:
            for start in found:
                ctx.report(start, start + 1, one, fix="-")
            return
        report_places(
            ctx, [(start, start + 1, "-") for start in found], one,
            lambda n: f"{n} non-breaking hyphens (U+2011) in this article: write plain hyphens '-'",
        )
