import re

from newslint.checks.repeats import report_places
from newslint.engine.rule import Rule, Severity, bad, good

_REPLACEMENT = re.compile("\ufffd+")
_UNREADABLE = "metadata/unreadable-encoding"


class ReplacementCharacter(Rule):
    id = "unicode/replacement-character"
    severity = Severity.ERROR
    summary = "A replacement character (U+FFFD, shown as '�') where a character was lost."
    rationale = (
        "Somewhere between the writer and the file a character could not be decoded and was replaced "
        "by '�': readers see the diamond, and the original (a curly quote, an accented letter in a name) "
        "must be restored by hand, so there is no fix. One conversion lost them all, so every run of them "
        "is one finding, with the count and every place. When the file "
        "itself is not valid UTF-8, metadata/unreadable-encoding reports it once and these are not "
        "repeated. The object replacement character (U+FFFC) is not reported: newslint itself uses it "
        "for Markdown code spans and images."
    )
    examples = (
        bad("Visit ends\n\nPresident Lee\ufffds visit ended.\n"),
        good("Visit ends\n\nPresident Lee’s visit ended.\n"),
        good("# Visit ends\n\nRun `newslint check` and see ![a map](map.png).\n", format="markdown"),
    )

    def check(self, doc, ctx):
        if doc.text.isascii():
            return  # most English copy: nothing to find
        if any(p.rule == _UNREADABLE for p in doc.problems):
            return
        runs = [(m.start(), m.end(), None) for m in _REPLACEMENT.finditer(doc.text)]
        if not runs:
            return
        count = runs[0][1] - runs[0][0]
        what = "a replacement character '\ufffd'" if count == 1 else f"{count} replacement characters"
        total = sum(e - s for s, e, _ in runs)
        report_places(
            ctx, runs, f"{what}: a character was lost in conversion; restore it by hand",
            lambda n: f"{total} replacement characters '\ufffd' in {n} places: characters were lost in conversion; restore them by hand",
        )
