import re

from newslint.engine.rule import Rule, Severity, bad, good

# A number, then spaces (ordinary or no-break), then a percent sign: "20 %".
_SPACED = re.compile(r"(?<=\d)[ \u00a0\u202f]+%")


class SpaceBeforePercent(Rule):
    id = "punctuation/space-before-percent"
    severity = Severity.WARNING
    summary = "A space between a number and the percent sign ('20 %')."
    rationale = (
        "English news style (AP, Reuters, BBC) writes the percent sign against the number: '20%'. A "
        "space before it is a habit carried over from French or German copy, or left by translation "
        "and content tools, and it lets the sign wrap onto the next line. The fix removes the space."
    )
    examples = (
        bad("Exports accounted for 20 % of total trade.", fixed="Exports accounted for 20% of total trade."),
        good("Exports accounted for 20% of total trade, or 20 per cent by another count."),
    )

    def check(self, doc, ctx):
        for match in _SPACED.finditer(doc.text):
            ctx.report(match.start(), match.end(), "no space before the percent sign", fix="%")
