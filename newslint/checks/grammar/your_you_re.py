from newslint.checks.grammar.confusable import (
    ConfusableRule, Verdict, noun_only, noun_phrase_then_verb, opens_noun_phrase, takes_possessive,
)
from newslint.engine.rule import Severity, bad, good
from newslint.lexicon import confusables as lex

# After "your" these can only continue "you are": "your not", "your going to", "your welcome".
_AFTER_YOU_ARE = {"not", "going", "being", "also", "still", "just", "never", "always", "welcome", "right", "wrong", "sure", "kidding", "joking"}


class YourYouRe(ConfusableRule):
    id = "grammar/your-you-re"
    words = frozenset({"your", "you're"})
    severity = Severity.ERROR
    summary = "'your' for 'you're' ('your not alone') or 'you're' for 'your' ('you're car')."
    rationale = (
        "'Your' is a possessive and needs a noun phrase after it; 'you're' is 'you are'. Before a "
        "determiner, a verb, 'not', 'going to' or an adjective that closes the phrase ('your welcome.') "
        "'your' is 'you're'; where a noun phrase must follow (after a preposition or an object-taking "
        "verb, or before a noun and a verb: 'you're car was towed'), 'you're' is 'your'. Quotes are "
        "where these turn up in news; fixes there are suggestions."
    )
    examples = (
        bad("If your not registered, you cannot vote."),
        bad("Officials said you're car will be towed."),
        bad("Police urged people to lock you're doors."),
        good("Your vote counts, and you're not alone. You're welcome to bring your family."),
    )

    def judge(self, sentence, i):
        following = sentence.after(i)
        if following is None:
            return None
        word = following.lower
        after = sentence.after(i, 2)
        if sentence.words[i].lower == "you're":
            if takes_possessive(sentence.before(i), sentence.before(i, 2)) and opens_noun_phrase(following):
                return Verdict("your", True, "a noun phrase follows: the possessive is 'your'")
            if noun_phrase_then_verb(sentence, i):
                return Verdict("your", True, "a noun phrase follows: the possessive is 'your'")
            if noun_only(following):
                return Verdict("your", False, "a noun follows: the possessive is 'your'")  # "if you're business"
            return None
        if word in {"welcome", "right", "wrong", "sure"} and after is not None and opens_noun_phrase(after):
            return None  # "your right arm", "your welcome pack"
        if word == "going" and (after is None or after.lower != "to"):
            return None
        if word in _AFTER_YOU_ARE or word in lex.DETERMINERS - {"own", "many", "every", "all", "both", "each", "much"}:
            return Verdict("you're", True, "a possessive needs a noun after it")
        if word in lex.SUBJECT_PRONOUNS | lex.OBJECT_PRONOUNS or word in lex.PREPOSITIONS - {"inside", "outside"}:
            return Verdict("you're", True, "a possessive needs a noun after it")
        closes = after is None or after.lower in lex.CLOSING or after.lower in lex.PREPOSITIONS
        if lex.gradable(word) and not lex.can_be(word, "N") and closes:
            return Verdict("you're", False, "a possessive needs a noun after it")  # "your likely to"
        found = lex.classes(word)
        if lex.PROGRESSIVE in found and after is not None and (after.lower in lex.PREPOSITIONS or after.lower in lex.DETERMINERS or after.lower in lex.OBJECT_PRONOUNS):
            return Verdict("you're", False, "a possessive needs a noun after it")  # "your looking for"
        if word.endswith("ed") and lex.PARTICIPLE in found and lex.NOUN not in found and (closes or after.lower in lex.DETERMINERS):
            return Verdict("you're", False, "a possessive needs a noun after it")  # "your issued a"
        return None
