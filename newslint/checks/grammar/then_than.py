from newslint.checks.grammar.confusable import ConfusableRule, Verdict
from newslint.checks.grammar.harper_backed import word_after, word_before
from newslint.engine.rule import Severity, bad, good
from newslint.lexicon import confusables as lex

# After these a comparison is certain; "-er" comparatives that are also time words are not.
_COMPARING = {"rather", "more", "less", "fewer", "other"}
_NOT_COMPARATIVES = {"later", "earlier", "sooner", "ever", "never", "over", "after", "under", "together", "whether", "either", "neither"}
# Words after which "than" would open a new step in time: "and than he left", "since than".
_SEQUENCE = {"and", "but", "since", "until", "till", "just", "only", "even", "by", "from", "back", "so", "now", "right"}
# How far back a comparative may stand before its "than": "more people in 2004 than in 2003".
_WINDOW = 20
# How far back a comparative may stand before a "then" that should be "than": "more worried about
# it then me", "a smaller rise then expected" (Harper judges only the word right before).
_THEN_WINDOW = 6
# Words that set up a "then" of consequence later in the sentence: "if labels were more willing to
# back smaller acts then the government wouldn't have to" (BBC).
_CONDITIONS = {"if", "when", "whenever", "once", "unless", "provided", "providing", "assuming", "suppose", "supposing"}
# After a comparison, these can only complete it: "then ever", "then expected", "then me".
_ONLY_THAN = {"ever", "expected", "anticipated", "forecast", "predicted", "usual", "normal", "planned", "hoped", "thought", "before"}
# Comparatives of time after which "then" is an adverb of time ("a week later then"), and idioms
# in which "more" compares nothing ("once more then", "what's more then").
_TIME_COMPARATIVES = {"later", "earlier", "sooner"}
_NOT_COMPARING_BEFORE = {"once", "any", "no", "what's", "whats"}


class ThenThan(ConfusableRule):
    id = "grammar/then-than"
    harper_rules = ("ThenThan",)
    words = frozenset({"than", "then"})
    severity = Severity.WARNING
    summary = "'then' where a comparison needs 'than' ('rather then', 'more then 10'), or 'than' for 'then' ('and than he left')."
    rationale = (
        "'Then' is about time, 'than' about comparison; spell checkers cannot see the difference "
        "because both are words. Harper finds 'then' right after a comparative ('less then four years', "
        "'rather then a balancing act'); the fix is certain after 'rather', 'more', 'less', 'fewer' and "
        "plain comparatives. newslint also finds 'then' a few words after a comparative in the same "
        "clause ('more worried about it then me', 'a smaller rise then expected'): an error before "
        "'ever', 'expected', 'usual' or an object pronoun, a warning otherwise. 'Than' needs a "
        "comparison before it in its clause ('more ... than', 'rather than', 'other than'); where none "
        "stands in the clause and 'than' follows 'and', 'since', a comma or the start of a sentence "
        "('and than he left', 'Than the rain came') it is 'then'. Elsewhere without a comparison it is "
        "a warning. Left alone: 'then' before a verb ('the team played better then lost'; 'then' starts "
        "the next step), after a comma or 'and', after a time comparative ('a week later then'), and in "
        "a sentence with 'if' or 'when' ('if labels were more willing ... then the government'), where "
        "'then' marks the consequence. A noun in -er is no comparison ('a broker ... and than')."
    )
    examples = (
        bad("It was a strategic partnership rather then a balancing act.",
            fixed="It was a strategic partnership rather than a balancing act."),
        bad("The deal took less then four years."),
        bad("The minister spoke to reporters and than he left for Brussels."),
        bad("The target seems further away then ever."),
        good("He was then taken to hospital, and rather than wait, his family left."),
        good("Prices rose more than expected; then they fell. More people came in 2004 than in 2003."),
        good("If firms were more willing to invest then the state would not pay. The bigger firms then left."),
    )

    def judge(self, sentence, i):
        if sentence.words[i].lower != "than":
            return _then(sentence, i)
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

    def keep(self, text, lint, lints):
        """Harper's 'then' after a comparative, unless 'then' starts the next step: "the team played
        better then lost", "a week later then the rain came"."""
        following = word_after(text, lint.end).lower()
        if following and _starts_clause(following):
            return False
        return word_before(text, lint.start)[0].lower() not in _TIME_COMPARATIVES or following in _ONLY_THAN

    def safe(self, text, lint):
        word = word_before(text, lint.start)[0].lower()
        return word in _COMPARING or word.endswith("er") and word not in _NOT_COMPARATIVES


def _then(sentence, i):
    """'then' where a comparison earlier in the clause needs 'than' ("further away then ever")."""
    words = sentence.words
    following = sentence.after(i, through="\"“‘'$£€")
    if i == 0 or sentence.gap(i - 1).strip(" ()") != "" or following is None or following.lower in {"than", "on", "again"}:
        return None  # ", then", "bigger then.", "bigger then than now", "from then on"
    previous = words[i - 1]
    if previous.lower in lex.CONJUNCTIONS or previous.lower in _SEQUENCE or _starts_clause(following.lower):
        return None  # "and then", "then fell"
    if previous.lower in lex.MODALS or previous.lower in lex.FINITE_AUXILIARIES:
        return None  # "further appreciation could then lead" (Reuters): the adverb of a verb
    if any(word.lower in _CONDITIONS for word in words[:i]):
        return None  # "if ... more willing ... then the government": the consequence
    for k in range(i - 1, max(-1, i - 1 - _THEN_WINDOW), -1):
        if k < i - 1 and (sentence.gap(k).strip(" ()") != "" or words[k].lower in lex.CONJUNCTIONS):
            return None  # a comma, a semicolon, "and", "than": another clause or a finished comparison
        lower = words[k].lower
        if k == i - 1:
            continue  # right before "then": Harper's ThenThan judges it (and `safe` its fix)
        if lower in _TIME_COMPARATIVES or k > 0 and words[k - 1].lower in _NOT_COMPARING_BEFORE:
            continue
        if lex.is_comparative(lower) and lower not in {"other", "different", "prefer", "preferred", "prefers"}:
            certain = following.lower in _ONLY_THAN or following.lower in {"me", "him", "us", "them"}
            return Verdict("than", certain, f"it completes the comparison '{words[k].text}'")
    return None


def _starts_clause(lower: str) -> bool:
    """A verb after 'then' that begins the next step of a story ("then fell", "then left", "then is"),
    not the second term of a comparison ("then expected", "then ever")."""
    if lower in _ONLY_THAN:
        return False
    if lower in lex.FINITE_AUXILIARIES or lower in lex.MODALS:
        return True
    return lex.can_be(lower, "t") or lex.only(lower, "V")


def _compares(word: str) -> bool:
    """Whether ``word`` sets up a comparison that 'than' completes."""
    if lex.is_comparative(word) or word in {"rather", "other", "else", "different", "differently", "otherwise"}:
        return True
    # "-er" adjectives and adverbs the dictionary does not mark as comparatives, and never a noun
    # that ends in -er: "a broker trading ahead of a large customer order and than profiting" (Reuters)
    return (
        word.endswith(("er", "ier")) and lex.can_be(word, "JR") and not lex.can_be(word, "N")
        and word not in {"over", "under", "after", "never", "ever", "whether", "either", "neither", "together"}
    ) or word in {"later", "earlier", "sooner", "longer", "older", "younger"}
