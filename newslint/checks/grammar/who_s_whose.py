from newslint.checks.grammar.confusable import ConfusableRule, Verdict, noun_only, opens_noun_phrase
from newslint.engine.rule import Severity, bad, good
from newslint.lexicon import confusables as lex

# After "whose" these can only continue "who is" / "who has": "whose been", "whose going to".
_AFTER_WHO_IS = {"not", "been", "gone", "got", "also", "still", "never", "always", "already", "now", "going", "likely", "expected", "due", "set"}


class WhoSWhose(ConfusableRule):
    id = "grammar/who-s-whose"
    words = frozenset({"whose", "who's"})
    severity = Severity.ERROR
    summary = "'whose' for 'who's' ('whose been') or 'who's' for 'whose' ('a man who's car was stolen')."
    rationale = (
        "'Whose' is the possessive of 'who' and needs a noun after it; 'who's' is 'who is' or 'who "
        "has'. Before a determiner, 'been', 'not' or 'going to' 'whose' is 'who's'; before a bare "
        "noun ('who's car', 'who's family') 'who's' is 'whose'. 'Who's who' is left alone."
    )
    examples = (
        bad("The driver, whose been banned twice, was fined."),
        bad("A woman who's car was stolen spoke to police."),
        good("The driver, who's been banned twice, lost the car whose brakes failed. A who's who of football came."),
    )

    def judge(self, sentence, i):
        following = sentence.after(i)
        if following is None:
            return None
        word = following.lower
        after = sentence.after(i, 2)
        if sentence.words[i].lower == "who's":
            if word == "who" or not noun_only(following) and not (lex.can_be(word, "J") and noun_only(after)):
                return None  # "who's who"; "who's been", "who's new here"
            return Verdict("whose", noun_only(following), "a noun follows: the possessive is 'whose'")
        if word == "going" and (after is None or after.lower != "to"):
            return None
        if word in {"due", "set", "expected", "likely"} and (after is None or after.lower != "to"):
            return None  # "whose due process", "whose set pieces"
        if word in _AFTER_WHO_IS or word in {"a", "an", "the", "this", "his", "her", "their", "my", "our", "your"}:
            return Verdict("who's", True, "a possessive needs a noun after it")
        if word in lex.PREPOSITIONS - {"inside", "outside"} and not opens_noun_phrase(following):
            return Verdict("who's", False, "a possessive needs a noun after it")
        return None
