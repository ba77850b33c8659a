from newslint.checks.grammar.confusable import OPENERS, ConfusableRule, Verdict
from newslint.engine.rule import Severity, bad, good
from newslint.lexicon import confusables as lex

# "to" can only be "too" between a linking verb and a word of degree ("the price was to high").
_LINKING = {
    "is", "are", "was", "were", "be", "been", "being", "am", "seems", "seemed", "seem", "became", "become",
    "felt", "feel", "feels", "looks", "looked", "sounds", "sounded", "got", "get", "gets", "getting",
}
_INTENSIFIERS = {"far", "way", "much", "all", "just", "simply", "slightly", "bit", "rather", "still", "also"}
# Not words that are also verbs ("the plan is to close", "to slow", "to fast", "to long for").
_DEGREE = {
    "late", "early", "soon", "much", "many", "few", "little", "big", "small", "high", "low", "old", "young",
    "expensive", "cheap", "difficult", "hard", "easy", "busy", "good", "bad", "weak", "strong", "hot", "risky",
    "dangerous", "costly", "great", "large", "heavy", "tired", "complicated", "complex", "quickly", "slowly",
    "often", "severe", "harsh", "lenient", "generous", "optimistic", "pessimistic", "ambitious", "sick", "tight",
}
# After "too" these start a clause-final adverbial, not the noun phrase "to" would take:
# "he scored too this season", "she came too, and".
_PLACE = {"here", "there", "now", "also", "then"}
_NUMBERS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "hundred"}
_NATIONALITY = ("ian", "ean", "can", "ish", "ese", "ch", "qi", "ni", "ki")
_QUANTIFIERS = {"much", "many", "few", "little", "more", "less", "often", "long", "far"}


class ToToo(ConfusableRule):
    id = "grammar/to-too"
    harper_rules = ("ToTooIdioms",)
    words = frozenset({"to", "too"})
    severity = Severity.ERROR
    summary = "'too' written for 'to' ('a visit too China', 'work too do') or 'to' for 'too' ('was to high')."
    rationale = (
        "Both spellings are words, so only grammar shows the slip. 'Too' is an adverb of degree or "
        "means 'also': it stands before an adjective or adverb ('too late', 'too many'), or closes a "
        "phrase ('they won too'). Before a verb ('work too do'), a determiner, a pronoun, a number, a "
        "name or a noun ('an option too buy', 'too the market', 'a visit too China') it can only be "
        "'to': an error. Left alone: 'too' after a subject ('they too face'), before a time phrase "
        "('scored too this season'), a preposition or a conjunction ('there too on Monday', 'too and'), "
        "and before a word the dictionary does not know ('too self-critical'). 'To' is reported as "
        "'too' only between a linking verb and a word of degree ('was to high', 'far to many'); "
        "Harper's fixed idioms ('went to far') are kept. Fixes outside quotations are safe."
    )
    examples = (
        bad("A four-day state visit too China saw the president meet top leaders."),
        bad("We have a lot of work too do before the vote."),
        bad("Buyers now have an option too buy the shares."),
        bad("The price was to high for most buyers."),
        good("They too face pressure, and the deal came too late. It is far too early to say."),
        good("Better access to legal advice was promised. Up to now, ministers have waited."),
        good("Samsung has a phone too that will be offered to users. He scored too this season."),
        good("The aim is to cut costs, and the plan is to close. The goal was to slow."),
    )

    def judge(self, sentence, i):
        if sentence.words[i].lower == "too":
            return _too(sentence, i)
        return _to(sentence, i)

    def keep(self, text, lint, lints):
        return True  # Harper's fixed phrases: "went to far"


def _too(sentence, i):
    following = sentence.after(i, through=OPENERS)
    if following is None:
        return None  # "too." "Samsung, too, ..."
    previous = sentence.before(i)
    if previous is not None and previous.lower in lex.SUBJECT_PRONOUNS:
        return None  # "they too face ..."
    word = following.lower
    if previous is not None and previous.lower in lex.TO_GOVERNORS and word not in _QUANTIFIERS:
        if not lex.gradable(word) or previous.lower in lex.TO_PREPOSITIONAL and lex.can_be(word, "6"):
            return Verdict("to", True, f"'{previous.text}' takes 'to'")
    if word in {"that", "which", "who"}:
        return None  # "a phone too that ships"
    if word in lex.TIME_WORDS:
        after = sentence.after(i, 2)
        if after is None or after.lower in lex.TIME_NOUNS or word in {"now", "then", "again", "once", "before"}:
            return None  # "scored too this season", "too now"
    if word in lex.DETERMINERS - _QUANTIFIERS or word in lex.OBJECT_PRONOUNS:
        return Verdict("to", True, f"'too' cannot stand before '{following.text}'")
    if following.text[0].isdigit() or word in _NUMBERS and previous is not None and previous.lower in _NUMBERS:
        return Verdict("to", True)  # "rose too 5%", "five too six years"
    if following.text.isupper() and len(following.text) > 1:
        return None  # an acronym used as an adjective: "too PC for some"
    if following.text[0].isupper() and not following.sentence_start and not _title_case(sentence):
        if word.endswith(_NATIONALITY):
            return None  # "ruled too American"
        return Verdict("to", True)  # a name: "a visit too China"
    if word in _QUANTIFIERS or not lex.known(word):
        return None
    if lex.can_be(word, "h") and word.endswith("s") or lex.can_be(word, "t") and not lex.can_be(word, "b"):
        return None  # "too" meaning "also" before a finite verb: "this too crams", "BT too says"
    if word in lex.FINITE_AUXILIARIES or word in lex.MODALS - {"do"}:
        if previous is None or previous.text[0].isupper() or lex.can_be(previous.lower, "NI") or previous.lower in _PLACE:
            return None  # "ministers too have made", "Labour too will"
        return Verdict("to", True, "'too' cannot stand before a verb")  # "is thought too have"
    if word in lex.PREPOSITIONS or word in lex.CONJUNCTIONS:
        return None  # "there too on Monday", "too and"
    if lex.gradable(word):
        return None  # "too late", "too quickly", "too small"
    if lex.can_be(word, "b"):
        if lex.can_be(word, "J") and sentence.after(i, 2) is None:
            return None  # "becoming too mainstream.": an adjective closes the phrase
        return Verdict("to", True, "'too' cannot stand before a verb")
    if lex.can_be(word, "N"):
        return Verdict("to", True)
    return None


def _to(sentence, i):
    """'to' for 'too': only between a linking verb (and an intensifier) and a word of degree."""
    following = sentence.after(i)
    previous = sentence.before(i)
    if following is None or previous is None:
        return None
    linked = previous.lower in _LINKING or previous.lower in {"far", "way"}
    if not linked and previous.lower in _INTENSIFIERS:
        before = sentence.before(i, 2)
        linked = before is not None and before.lower in _LINKING | {"a"}
    if not linked or following.lower not in _DEGREE:
        return None
    after = sentence.after(i, 2)
    if after is not None and after.lower not in {"to", "for", "and", "but"}:
        return None  # "was to high" closes the phrase; "is to cut costs" does not
    return Verdict("too", False)


def _title_case(sentence) -> bool:
    """A headline in title case, where capitals say nothing about names."""
    words = [w for w in sentence.words if w.text[:1].isalpha() and len(w.text) > 3]
    return len(words) >= 2 and sum(w.text[0].isupper() for w in words) >= 0.6 * len(words)
