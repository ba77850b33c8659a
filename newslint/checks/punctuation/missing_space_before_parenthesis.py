import re

from newslint.engine.rule import Rule, Severity, bad, good

# An opening parenthesis glued to a word: "Samsung(the maker)".
_GLUED = re.compile(r"(?<=[^\W\d_])\(([^()\n]{0,200})\)")
# Wire-service tags belong to the artifact rules: "(LEAD)", "(END)", "(2ND LD)", "(ATTN: ...)".
_WIRE_TAG = re.compile(
    r"(?:LEAD|END|URGENT|UPDATE|UPDATED|UPDATES|ADDS|ATTN|CORRECTED|CORRECTS|CORRECTION|REFILE|REPEAT|RPT|"
    r"RECASTS|WRAPUP|FOCUS|AMENDED|PHOTO|PHOTOS|ADVISORY|EXCLUSIVE|ANALYSIS|INTERVIEW|NEWSMAKER|FACTBOX|"
    r"EDITORS|EDS|WRITETHRU|SUBS|\d+(?:ST|ND|RD|TH) LD|LD)\b"
)
# Word-internal options and marks: "friend(s)", "reduc(ing)", "Brand(R)", "f(x)".
_INNER = re.compile(r"[a-z]{1,4}|[A-Z]|TM|SM")


class MissingSpaceBeforeParenthesis(Rule):
    id = "punctuation/missing-space-before-parenthesis"
    severity = Severity.WARNING
    summary = "An opening parenthesis glued to the word before it ('Samsung(the maker)')."
    rationale = (
        "A parenthesis needs a space before it in running text; a glued one is a typing or "
        "conversion slip. Word-internal options ('friend(s)'), marks ('Brand(R)'), URLs and code are "
        "left alone, and so are wire-service tags such as '(LEAD)' or '(ATTN: ...)', which the "
        "artifact rules report. The fix inserts the space."
    )
    examples = (
        bad("Samsung(the maker of Galaxy phones) said profits rose.", fixed="Samsung (the maker of Galaxy phones) said profits rose."),
        bad("Gross domestic product(GDP) grew.", fixed="Gross domestic product (GDP) grew."),
        good("Lee-China(LEAD) Lee departs for Beijing(ATTN: UPDATES headline)"),
        good("Applicants may name one friend(s) and must cite section 5(1); see en.wikipedia.org/wiki/Mercury_(planet)."),
    )

    def check(self, doc, ctx):
        for block in doc.blocks:
            text = block.text
            if "(" not in text:
                continue
            for match in _GLUED.finditer(text):
                inner = match.group(1)
                if not inner.strip() or _WIRE_TAG.match(inner) or _INNER.fullmatch(inner):
                    continue
                i = match.start()
                token_start = text.rfind(" ", 0, i) + 1
                if re.search(r"[/_\\.=<>]", text[token_start:i]):
                    continue  # a URL, a path or code: "wiki/Mercury_(planet)", "print(x)"
                start = block.start + i
                ctx.report(start, start + 1, "missing space before parenthesis", fix=" (")
