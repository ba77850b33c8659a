import re

from newslint.engine.rule import Rule, Severity, bad, good

# A comma glued to the next word: "Jinping,Lee". Not "3,000" (digits both sides).
_GLUED = re.compile(r"(?<=[^\W_\"”’)])(,)(?=[^\W_]|[“‘])")
# Tokens where a comma may legitimately touch letters.
_TOKEN = re.compile(r"\S+")
_EXEMPT_TOKEN = re.compile(r"://|@|^www\.|\.(?:com|org|net|gov|edu|kr|uk)\b|^[A-Z0-9]+(?:,[A-Z0-9]+)+$")


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
            for match in _GLUED.finditer(text):
                i = match.start(1)
                if text[i - 1].isdigit() and text[i + 1].isdigit():
                    continue
                token = _token_around(text, i)
                if _EXEMPT_TOKEN.search(token):
                    continue
                start = block.start + i
                ctx.report(start, start + 1, "missing space after comma", fix=", ")


def _token_around(text: str, index: int) -> str:
    start = text.rfind(" ", 0, index) + 1
    end = text.find(" ", index)
    return text[start : end if end != -1 else len(text)]
