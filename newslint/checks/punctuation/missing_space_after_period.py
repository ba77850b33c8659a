import re

from newslint.checks.punctuation.tokens import LinkLikeTokens
from newslint.engine.rule import Rule, Severity, bad, good

# A full stop glued to a capitalised word: "said.The", "7.Expert Perspectives".
# Not "U.S.‑China", "3.5", "a.m.", "Archyde.com", "J.K.Rowling" or "ASP.NET".
_GLUED = re.compile(r"(?<=[a-z0-9)\]”’\"])(\.)(?=[A-Z][a-z])")


class MissingSpaceAfterPeriod(Rule):
    id = "punctuation/missing-space-after-period"
    severity = Severity.WARNING
    summary = "A full stop with no space before the next word ('said.The', '7.Expert Perspectives')."
    rationale = (
        "A full stop glued to the next sentence or heading is a typing or conversion slip that spell "
        "checkers miss. Decimals ('2.5'), abbreviations ('U.S.', 'a.m.'), initials ('J.K.Rowling'), "
        "URLs, e-mail addresses and domain names ('Archyde.com', 'Amazon.Com') are left alone. The fix "
        "inserts the space."
    )
    examples = (
        bad("The talks ended late.The ministers will meet again.", fixed="The talks ended late. The ministers will meet again."),
        bad("7.Expert Perspectives", fixed="7. Expert Perspectives"),
        good("Growth was 2.5% in the U.S. and U.S.-China trade rose at 9 a.m. on Monday."),
        good("Prepared for Archyde.com and Amazon.Com by J.K.Rowling's agent; see www.example.org/News."),
    )

    def check(self, doc, ctx):
        for block in doc.blocks:
            text = block.text
            link_like = LinkLikeTokens(text)
            for match in _GLUED.finditer(text):
                i = match.start(1)
                if _after_initial(text, i) or link_like(i):
                    continue
                start = block.start + i
                ctx.report(start, start + 1, "missing space after full stop", fix=". ")


def _after_initial(text: str, i: int) -> bool:
    """The full stop at ``i`` ends a one-letter initial ('J.K.Rowling', 'a.m.'). Two characters are
    read, not a regex search from the block's start, which was quadratic on 'a.Ba.Ba.B…'."""
    letter = text[i - 1] if i >= 1 else ""
    return letter.isascii() and letter.isalpha() and (i == 1 or text[i - 2].isspace() or text[i - 2] in ".(")
