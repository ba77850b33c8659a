import re
from functools import lru_cache

from newslint.engine.rule import Option, Rule, Severity, bad, good


class RejectedWord(Rule):
    id = "spelling/rejected-word"
    severity = Severity.WARNING
    summary = "A word or phrase the config's vocabulary rejects (vocabulary.reject)."
    rationale = (
        "A newsroom knows the spellings it never wants: a rival's brand written the old way, a name "
        "spelt as the wire service does not, a banned term. 'vocabulary: {reject: [...]}' lists them; "
        "each one is matched as a whole word or phrase, ignoring case, and reported wherever it "
        "appears. The rule's 'words' option adds more. Without either list the rule does nothing."
    )
    options = {"words": Option([], "more words or phrases to reject, besides vocabulary.reject")}
    examples = (
        bad("The centre opened on Monday. Its Centre Court was full.", words=["centre"]),
        bad("Officials met in North Korea's capital.", words=["North Korea's capital"]),
        good("The center opened on Monday; the centrepiece was a fountain.", words=["centre"]),
        good("The centre opened on Monday."),
    )

    def check(self, doc, ctx):
        pattern = _pattern(tuple(ctx.config.reject) + tuple(ctx.options.get("words", ())))
        if pattern is None:
            return
        for match in pattern.finditer(doc.text):
            ctx.report(match.start(), match.end(), f"'{match.group()}' is rejected by the config's vocabulary")


@lru_cache(maxsize=8)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    phrases = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    if not phrases:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases)
    return re.compile(r"(?<![\w'’-])(?:" + alternatives + r")(?![\w-])", re.IGNORECASE)
