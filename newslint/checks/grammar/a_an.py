import re

from newslint.checks.grammar.harper_backed import match_case, word_after, word_before
from newslint.engine.rule import Rule, Severity, bad, good
from newslint.lexicon import pronunciation

_ARTICLE = re.compile(r"(?<![\w'’.&\-\u2011])(?:an?|An?)(?= +[^\W_])")
# Function words after an article mean a garbled sentence ("whether it's a on a Bosman") or
# German ("Frankfurt an der Oder"), not a wrong article.
_FUNCTION_WORDS = frozenset(
    "on in of or and at as if is it to by up so the der die das dem den".split()
)
_SENTENCE_MARKS = ".!?:\"“‘(—–"


class AAn(Rule):
    id = "grammar/a-an"
    severity = Severity.ERROR
    summary = "'a' before a vowel sound or 'an' before a consonant sound ('an unique', 'a honest', 'an three-day')."
    rationale = (
        "The wrong indefinite article is a plain error, and a common trace of editing in place "
        "('a' left behind when 'large' became 'extensive') or of machine rewording. The article "
        "follows the next word's first sound, not its first letter, so newslint reads it from the "
        "CMU Pronouncing Dictionary (newslint.lexicon.pronunciation): 'an hour', 'an honest', "
        "'a unique', 'a European', 'a one-off', 'an unidentified'. Initialisms are read letter by "
        "letter ('an MEP', 'an FBI agent', 'a US firm'), an acronym that can be said as a word "
        "may be read either way ('a NATO summit'), numbers as they are said ('an 18-year-old', "
        "'an 8% rise', 'a 1990s hit'), and 'an' before an unstressed h is accepted British usage "
        "('an historic', 'an hotel'). Left alone: a capital 'A' or 'An' inside a sentence, which "
        "is a label or part of a name ('Group A', 'Serie A', 'An Post'), and an article before a "
        "function word, which is a garbled sentence ('a on a Bosman') or German ('an der Oder'). "
        "The fix is safe before an ordinary lowercase word outside a quotation; before a "
        "plural-looking word ('an surroundings') the sentence may need rewording instead."
    )
    examples = (
        bad("The sides discussed creating an surroundings conducive to investment."),
        bad("It was an big surprise to the market.", fixed="It was a big surprise to the market."),
        bad("They are restoring a extensive partnership.", fixed="They are restoring an extensive partnership."),
        bad("It is an unique chance for a honest broker.", fixed="It is a unique chance for an honest broker."),
        bad("He was a 18-year-old student at an university."),
        good("An hour later, an MEP and a NATO official arrived with a European delegation."),
        good("An unidentified man was held after an historic vote and a one-off payment."),
        good("Italy won Group A, and Serie A resumes on Sunday with a US-led bid."),
        good("An 18-year-old won an 11th-hour deal, a 1990s hit and an 8% rise for an FBI agent."),
    )

    def check(self, doc, ctx):
        text = doc.text
        for match in _ARTICLE.finditer(text):
            article, start, end = match.group(), match.start(), match.end()
            following = word_after(text, end)
            if not following or following.lower() in _FUNCTION_WORDS:
                continue
            if len(following) == 1 and not following.isupper():
                continue  # "a a": a garble or a list label
            if article[0].isupper() and not _starts_sentence(text, start):
                continue  # a label or part of a name: "Group A", "Serie A", "An Post"
            allowed = pronunciation.articles(following)
            if article.lower() in allowed:
                continue
            fix = match_case(article, "an" if article.lower() == "a" else "a")
            safe = following.islower() and not following.endswith("s")
            if safe:
                safe = start not in doc.quote_spans
            ctx.report(start, end, f"'{article}' should be '{fix}' before the sound of '{following}'", fix=fix, safe=safe)


def _starts_sentence(text: str, start: int) -> bool:
    word, between = word_before(text, start)
    return not word or any(mark in between for mark in _SENTENCE_MARKS)
