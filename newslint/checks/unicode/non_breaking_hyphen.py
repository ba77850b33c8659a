import re

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
        "Each one is reported where it is, so --fix can replace them all with '-'; the first finding "
        "gives the article's total (set 'each: false' for that one finding alone, without a fix). In HTML an explicit '&#8209;' is a deliberate typesetting choice and "
        "is left alone."
    )
    options = {
        "each": Option(True, "report every one (each with its fix); false reports only the first, with the article's count"),
    }
    examples = (
        bad("Visit ends\n\nThe four\u2011day visit ended.\n", fixed="Visit ends\n\nThe four-day visit ended.\n"),
        good("Visit ends\n\nThe four-day visit ended.\n"),
        good("<html><body><article><p>Call 555&#8209;0100.</p></article></body></html>", format="html"),
        bad("Visit ends\n\nThe four\u2011day visit to Seoul\u2011Tokyo ended.\n", each=False),
    )

    def check(self, doc, ctx):
        if doc.text.isascii():
            return  # most English copy: nothing to find
        found = [
            m.start()
            for m in _NON_BREAKING_HYPHEN.finditer(doc.text)
            if doc.format != "html" or doc.offsets.is_verbatim(m.start(), m.end())
        ]
        if found and not ctx.options["each"]:
            ctx.report(found[0], found[0] + 1, f"{len(found)} non-breaking hyphens (U+2011) in this article: write plain hyphens '-'")
            return
        for i, start in enumerate(found):
            message = "non-breaking hyphen (U+2011): write a plain hyphen '-'"
            if i == 0 and len(found) > 1:
                message += f" ({len(found)} in this article)"
            ctx.report(start, start + 1, message, fix="-")
