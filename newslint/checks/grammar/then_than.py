from newslint.checks.grammar.confusable import ConfusableRule, Verdict
from newslint.checks.grammar.harper_backed import word_before
from newslint.engine.rule import Severity, bad, good
from newslint.lexicon import confusables as lex

# After these a comparison is certain; "-er" comparatives that are also time words are not.
_COMPARING = {"rather", "more", "less", "fewer", "other"}
_NOT_COMPARATIVES = {"later", "earlier", "sooner", "ever", "never", "over", "after", "under", "together", "whether", "either", "neither"}
# Words after which "than" would open a new step in time: "and than he left", "since than".
_SEQUENCE = {"and", "but", "since", "until", "till", "just", "only", "even", "by", "from", "back", "so", "now", "right"}
# How far back a comparative may stand before its "than": "more people in 2004 than in 2003".
_WINDOW = 20


class ThenThan(ConfusableRule):
    id = "grammar/then-than"
    harper_rules = ("ThenThan",)
    words = frozenset({"than", "then"})
    severity = Severity.WARNING
    summary = "'then' where a comparison needs 'than' ('rather then', 'more then 10'), or 'than' for 'then' ('and than he left')."
    rationale = (
        "'Then' is about time, 'than' about comparison; spell checkers cannot see the difference "
        "because both are words. Harper finds 'then' after a comparative ('less then four years', "
        "'rather then a balancing act'); the fix is certain after 'rather', 'more', 'less', 'fewer' and "
        "plain comparatives. 'Than' needs a comparison before it in its clause ('more ... than', "
        "'rather than', 'other than'); where none stands in the clause and 'than' follows 'and', "
        "'since', a comma or the start of a sentence ('and than he left', 'Than the rain came') it is "
        "'then'. Elsewhere without a comparison it is a warning."
    )
    examples = (
        bad("It was a strategic partnership rather then a balancing act.",
            fixed="It was a strategic partnership rather than a balancing act."),
        bad("The deal took less then four years."),
        bad("The minister spoke to reporters and than he left for Brussels."),
        good("He was then taken to hospital, and rather than wait, his family left."),
        good("Prices rose more than expected; then they fell. More people came in 2004 than in 2003."),
    )

    def judge(self, sentence, i):
        if sentence.words[i].lower != "than":
            return None  # "then" for "than" is Harper's (ThenThan), judged by keep and safe
        words = sentence.words
        start = max(0, i - _WINDOW)
        for k in range(i - 1, start - 1, -1):
            if k < i - 1 and any(c in sentence.gap(k) for c in ";:"):
                break
            if _compares(words[k].lower):
                return None
        previous = sentence.before(i)
        opens = i == 0 or previous is None or previous.lower in _SEQUENCE
        if opens or words[i - 1].lower in lex.CONJUNCTIONS:
            return Verdict("then", True, "no comparison comes before it")
        return Verdict("then", False, "no comparison comes before it")

    def safe(self, text, lint):
        word = word_before(text, lint.start)[0].lower()
        return word in _COMPARING or word.endswith("er") and word not in _NOT_COMPARATIVES


def _compares(word: str) -> bool:
    """Whether ``word`` sets up a comparison that 'than' completes."""
    if lex.is_comparative(word) or word in {"rather", "other", "else", "different", "differently", "otherwise"}:
        return True
    # "-er" adjectives and adverbs the dictionary marks as a degree ("higher", "faster")
    return word.endswith(("er", "ier")) and lex.can_be(word, "JR") and word not in {"over", "under", "after", "never", "ever", "whether", "either", "neither", "together", "later", "earlier"} or word in {"later", "earlier", "sooner", "longer", "older", "younger"}
