import re

from newslint.engine.rule import Rule, Severity, bad, good

# Spaces between a word and a comma, full stop, semicolon, colon, question or exclamation mark
# that ends the phrase: "the market , followed", "said Xaba ." Not an ellipsis (" ...", ". . .")
# and not a mark that starts a token (".post", ":)").
_SPACED = re.compile(r"(?<=[^\W_])([ \u00a0]+)([,;:!?]|\.(?!\.| \.))(?=\s|$)", re.MULTILINE)


class SpaceBeforePunctuation(Rule):
    id = "punctuation/space-before-punctuation"
    severity = Severity.WARNING
    summary = "A space before a comma, full stop, colon, semicolon, question or exclamation mark ('the market , followed')."
    rationale = (
        "English puts these marks against the word before them; a space in front is left by editing "
        "in place or by French typing habits, and lets the mark wrap to the start of a line. "
        "Ellipses and tokens that begin with a mark ('.post', ':)') are left alone. The fix removes the space."
    )
    examples = (
        bad("Lukoil has 11% of the market , followed by TNK-BP.", fixed="Lukoil has 11% of the market, followed by TNK-BP."),
        bad("Is this the end ?", fixed="Is this the end?"),
        good("The .post and .travel domains were approved... and then . . . nothing."),
    )

    def check(self, doc, ctx):
        for match in _SPACED.finditer(doc.text):
            mark = match.group(2)
            ctx.report(match.start(1), match.end(2), f"no space before '{mark}'", fix=mark)
