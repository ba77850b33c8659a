import re

from newslint.engine.rule import Rule, Severity, bad, good
from newslint.engines import languagetool

# Two marks where one was meant: ",,", ";;", ",." (not ".," after an abbreviation: "D.C., said"),
# and not the ";" that ends a character reference left in the text ("caf&#233;.").
_DOUBLED = re.compile(r"(?<!&#\d\d)(?<!&#\d\d\d)(?<!&#\d\d\d\d)(?<!&[a-z]{2})(?<!&[a-z]{3})(?<!&[a-z]{4})(,,|;;|,[.;:]|;[.,:])")


class PunctuationError(Rule):
    id = "punctuation/punctuation-error"
    severity = Severity.WARNING
    summary = "Two punctuation marks where one was meant (',,', ',.', ';,')."
    rationale = (
        "A doubled or mixed pair of marks is what editing in place leaves when a clause is cut. A "
        "doubled comma or semicolon is fixed to one mark; a mixed pair is for an editor, who knows "
        "which mark was meant. Full stops are left alone ('D.C., said', ellipses). With a "
        "LanguageTool server configured, its punctuation and typography matches are reported here too."
    )
    examples = (
        bad("The elements were named ununtrium,, ununpentium and ununseptium.",
            fixed="The elements were named ununtrium, ununpentium and ununseptium."),
        bad("The minister resigned,. Her deputy took over."),
        good("Officials in Washington, D.C., said the internet caf&#233;. It closed... and then reopened."),
    )

    def check(self, doc, ctx):
        reported = []
        for match in _DOUBLED.finditer(doc.text):
            marks = match.group(1)
            doubled = marks[0] == marks[1]
            ctx.report(match.start(1), match.end(1), f"'{marks}': one mark was meant", fix=marks[0] if doubled else None, safe=doubled)
            reported.append(match.span(1))
        languagetool.report(doc, ctx, reported)
