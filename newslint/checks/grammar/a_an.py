from newslint.checks.grammar.harper_backed import HarperRule, word_after, word_before
from newslint.engine.rule import Severity, bad, good

# Words that may follow "an" in edited copy although Harper wants "a": British "an historic",
# and "un-" words whose prefix Harper reads as "you-" ("an unidentified man").
_AN_ALLOWED_START = ("h", "un")
# Function words after an article mean a garbled sentence ("whether it's a on a Bosman"), not a wrong article.
_FUNCTION_WORDS = {"on", "in", "of", "or", "and", "at", "as", "if", "is", "it", "to", "by", "up", "so", "the"}


class AAn(HarperRule):
    id = "grammar/a-an"
    harper_rules = ("AnA",)
    severity = Severity.ERROR
    summary = "'a' before a vowel sound or 'an' before a consonant sound ('an surroundings', 'a extensive')."
    rationale = (
        "The wrong indefinite article is a plain error, and a common trace of editing in place "
        "('a' left behind when 'large' became 'extensive') or of machine rewording. Harper decides "
        "by the following word's sound ('an hour', 'a union'). Acronyms ('an MEP', 'a NATO summit'), "
        "single letters used as labels ('Group A'), 'an' before 'h' words ('an historic', accepted "
        "British usage) and 'an' before 'un-' words are left alone, because sound cannot be read "
        "from spelling there. The fix swaps the article when the next word is an ordinary lowercase word."
    )
    examples = (
        bad("The sides discussed creating an surroundings conducive to investment."),
        bad("It was an big surprise to the market.", fixed="It was a big surprise to the market."),
        bad("They are restoring a extensive partnership.", fixed="They are restoring an extensive partnership."),
        good("An hour later, an MEP and a NATO official arrived with a European delegation."),
        good("An unidentified man was held after an historic vote."),
        good("Italy won Group A, and Serie A resumes on Sunday."),
    )

    def keep(self, text, lint, lints):
        following = word_after(text, lint.end)
        if not lint.replacements or len(following) < 2 or not following.isalpha() or following.lower() in _FUNCTION_WORDS:
            return False
        if lints.unknown(following):
            return False  # an unknown word ("an ntl spokesman"): its sound cannot be known
        if following.isupper() or any(c.isupper() for c in following[1:]):
            return False  # an acronym: letters may be read one by one ("an MEP") or as a word ("a NATO")
        wants_a = lint.replacements[0].lower() == "a"
        if wants_a and following.lower().startswith(_AN_ALLOWED_START):
            return False
        if lint.text == "A" and not _starts_sentence(text, lint.start):
            return False  # a label: "Group A", "envelope A"
        if following[0].isupper():
            # A name: trust only plain vowel or consonant letters ("a Austrian", "an Chinese firm").
            return following[0] in "AIO" if not wants_a else following[0] not in "AEIOUH"
        return True

    def message(self, lint, fix):
        return f"'{lint.text}' should be '{fix}' before the sound of the next word"

    def safe(self, text, lint):
        # Certain for an ordinary word; before a plural-looking one ("an surroundings") the
        # sentence may need rewording rather than a new article.
        following = word_after(text, lint.end)
        return following.islower() and not following.endswith("s")


def _starts_sentence(text: str, start: int) -> bool:
    word, between = word_before(text, start)
    return not word or any(mark in between for mark in ".!?:\"“‘(")
