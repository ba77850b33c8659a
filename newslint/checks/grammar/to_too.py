import re

from newslint.checks.grammar.harper_backed import HarperRule, match_case, word_after, word_before
from newslint.engine.rule import Severity, bad, good

# "too" can only be "to" before a determiner, an object pronoun or a name ("a visit too China").
_DETERMINERS = {
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
    "me", "him", "us", "them", "some", "every", "each",
}
_SUBJECTS = {"i", "we", "they", "he", "she", "it", "you", "who", "me", "us", "them", "him", "her"}
# "to" can only be "too" between a linking verb and a word of degree ("the price was to high").
_LINKING = {
    "is", "are", "was", "were", "be", "been", "being", "am", "seems", "seemed", "seem", "became", "become",
    "felt", "feel", "feels", "looks", "looked", "sounds", "sounded", "far", "got", "get", "gets", "getting",
}
# Not words that are also verbs ("the plan is to close", "to slow", "to fast", "to long for").
_DEGREE = {
    "late", "early", "soon", "much", "many", "few", "little", "big", "small", "high", "low", "old", "young",
    "expensive", "cheap", "difficult", "hard", "easy", "busy", "good", "bad", "weak", "strong", "hot", "risky",
    "dangerous", "costly", "great", "large", "heavy", "tired", "complicated", "complex", "quickly", "slowly",
    "often", "severe", "harsh", "lenient", "generous", "optimistic", "pessimistic", "ambitious", "sick", "tight",
}


# Harper rarely sees "to" for "too"; this pattern does, where it is certain.
_TO_FOR_TOO = re.compile(
    r"\b(?:" + "|".join(sorted(_LINKING)) + r") (?:far |way |much |all |just |simply |slightly |a bit |)(to) ("
    + "|".join(sorted(_DEGREE)) + r")\b(?=[.,;:!?)\"”’]| (?:to|for|and|but) |$)",
    re.IGNORECASE | re.MULTILINE,
)


class ToToo(HarperRule):
    id = "grammar/to-too"
    harper_rules = ("ToTwoToo", "TooTo", "ToTooIdioms")
    severity = Severity.WARNING
    summary = "'too' written for 'to' ('a visit too China') or 'to' for 'too' ('the price was to high')."
    rationale = (
        "Both spellings are words, so only grammar shows the slip. Harper's checks for it are tuned "
        "for chat and docs and misread news ('they too face pressure', 'access to legal advice'), so "
        "newslint reports 'too' only before a determiner, a pronoun or a name, and 'to' only between "
        "a linking verb and a word of degree ('was to high', 'far to many'), plus fixed idioms "
        "('went to far'). Fixes are suggestions."
    )
    examples = (
        bad("A four-day state visit too China saw the president meet top leaders."),
        bad("The price was to high for most buyers."),
        good("They too face pressure, and the deal came too late. It is far too early to say."),
        good("Better access to legal advice was promised. Up to now, ministers have waited."),
        good("Samsung has a phone too that will be offered to users."),
        good("The aim is to cut costs, and the plan is to close. The goal was to slow."),
    )

    def check(self, doc, ctx):
        super().check(doc, ctx)
        for match in _TO_FOR_TOO.finditer(doc.text):
            start, end = match.span(1)
            fix = match_case(match.group(1), "too")
            ctx.report(start, end, f"'{match.group(1)}' should probably be '{fix}'", fix=fix, safe=False)

    def keep(self, text, lint, lints):
        if lint.rule == "ToTooIdioms":
            return True  # fixed phrases: "went to far"
        if lint.text.lower() != "too":
            return False  # "to" for "too" is found by _TO_FOR_TOO: Harper's guesses misread news
        following = word_after(text, lint.end)
        previous, between = word_before(text, lint.start)
        if not following or between.strip() or previous.lower() in _SUBJECTS:
            return False  # "Samsung, too, ...", "they too face ..."
        name = following[0].isupper() and following[1:].islower() and following.isalpha()
        return following.lower() in _DETERMINERS or name

    def message(self, lint, fix):
        return f"'{lint.text}' should probably be '{fix}'"
