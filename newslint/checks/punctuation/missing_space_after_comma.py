import re

from newslint.checks.punctuation.tokens import LinkLikeTokens
from newslint.engine.rule import Rule, Severity, bad, good

# A comma glued to the next word: "Jinping,Lee". Not "3,000" (digits both sides).
_GLUED = re.compile(r"(?<=[^\W_\"”’)])(,)(?=[^\W_]|[“‘])")


class MissingSpaceAfterComma(Rule):
    id = "punctuation/missing-space-after-comma"
    severity = Severity.WARNING
    summary = "A comma with no space before the next word ('Jinping,Lee')."
    rationale = (
        "A comma glued to the next word is a typing slip that spell checkers miss because both words "
        "are correct. Numbers ('3,000'), URLs, e-mail addresses and lists of codes are left alone. The "
        "fix inserts the space."
    )
    examples = (
        bad("He met President Xi Jinping,Lee said.", fixed="He met President Xi Jinping, Lee said."),
        bad("Exports totaled $115 billion,accounting for a fifth.", fixed="Exports totaled $115 billion, accounting for a fifth."),
        good("About 3,000 students and 1,250,000 tourists came."),
        good("See https://example.com/a,b for the data."),
        good("Prices rose 2.5% in May, the agency said."),
        good('"We will decide later," said the minister. "It is early,"he added.'),
    )

    def check(self, doc, ctx):
        for block in doc.blocks:
            text = block.text
            if "," not in text:
                continue
            link_like = LinkLikeTokens(text)
            for match in _GLUED.finditer(text):
                i = match.start(1)
                if text[i - 1].isdigit() and text[i + 1].isdigit():
                    continue
                if link_like(i):
                    continue
                start = block.start + i
                ctx.report(start, start + 1, "missing space after comma", fix=", ")

