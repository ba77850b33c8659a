from newslint.checks.grammar.confusable import (
    ConfusableRule, Verdict, bare_noun, noun_only, noun_phrase_then_verb, opens_noun_phrase,
)
from newslint.lexicon.offices import JOB_WORDS, TITLE_WORDS
from newslint.engine.rule import Severity, bad, good
from newslint.lexicon import confusables as lex

# After "whose" these can only continue "who is" / "who has": "whose been", "whose going to".
_AFTER_WHO_IS = {"not", "been", "gone", "got", "also", "still", "never", "always", "already", "now", "going", "likely", "expected", "due", "set"}
# An office after "who's" reads as "who is" ("who's head of the unit", "who's chairman,"); not reported.
_OFFICES = (TITLE_WORDS | JOB_WORDS | {"member", "part", "one", "deputy", "favourite", "favorite"}) - lex.ORDER_WORDS - {"prime", "general"}


class WhoSWhose(ConfusableRule):
    id = "grammar/who-s-whose"
    words = frozenset({"whose", "who's"})
    severity = Severity.ERROR
    summary = "'whose' for 'who's' ('whose been') or 'who's' for 'whose' ('a man who's car was stolen')."
    rationale = (
        "'Whose' is the possessive of 'who' and needs a noun after it; 'who's' is 'who is' or 'who "
        "has' and needs a predicate: an adjective, a participle, a determiner, a preposition. "
        "Before a determiner, 'been', 'not', 'going to', a participle or an adjective that closes "
        "the phrase ('whose responsible for') 'whose' is 'who's'. Before a noun phrase and its verb "
        "('who's grandmother died', 'who's finance chief is'), a plural noun ('who's names were') "
        "or 'own', 'who's' is 'whose'; before a bare noun or an adjective and a noun it is probably "
        "'whose' ('who's autocratic rule'). 'Who's who', 'who's next', 'who's 12' and an office "
        "('who's head of the unit', 'who's chairman'), and an adverb or '-ing' form after 'who's' "
        "('who's ever been', 'who's raising children') are left alone: 'who is' reads there."
    )
    examples = (
        bad("The driver, whose been banned twice, was fined."),
        bad("A woman who's car was stolen spoke to police."),
        bad("Mr Howard, who's grandmother died in the war, spoke."),
        bad("The two women, who's names were not released, had come from Leeds."),
        good("The driver, who's been banned twice, lost the car whose brakes failed. A who's who of football came."),
        good("Ms Lee, who's head of the unit, and Mr Cho, who's new here, asked who's next."),
    )

    def judge(self, sentence, i):
        if sentence.words[i].lower == "who's":
            return _who_s(sentence, i)
        following = sentence.after(i)
        if following is None:
            return None
        word = following.lower
        after = sentence.after(i, 2)
        if word == "going" and (after is None or after.lower != "to"):
            return None
        if word in {"due", "set", "expected", "likely"} and (after is None or after.lower != "to"):
            return None  # "whose due process", "whose set pieces"
        if word in _AFTER_WHO_IS or word in {"a", "an", "the", "this", "his", "her", "their", "my", "our", "your"}:
            return Verdict("who's", True, "a possessive needs a noun after it")
        if word in lex.INDEFINITE_PRONOUNS:
            return Verdict("who's", True, "a possessive needs a noun after it")
        if word in lex.PREPOSITIONS - {"inside", "outside"} and not opens_noun_phrase(following):
            return Verdict("who's", False, "a possessive needs a noun after it")
        found = lex.classes(word)
        closes = after is None or after.lower in lex.CLOSING or after.lower in lex.PREPOSITIONS or after.lower in lex.DETERMINERS
        if lex.PARTICIPLE in found and lex.NOUN not in found and word.endswith(("ed", "en", "wn")) and closes:
            return Verdict("who's", False, "a possessive needs a noun after it")  # "whose accused of"
        if (lex.true_adjective(word) or lex.only(word, "J")) and after is None and sentence.gap(i + 1)[:1] in {",", ".", ";", "!", "?"}:
            return Verdict("who's", False, "a possessive needs a noun after it")  # "someone whose tiny, red-headed"
        if lex.can_be(word, "R") and not lex.can_be(word, "N") and after is not None and lex.known(after.lower):
            beyond = sentence.after(i, 3)
            if not lex.can_be(after.lower, "NJT") or after.lower in lex.PREPOSITIONS or lex.PARTICIPLE in lex.classes(after.lower) and (beyond is None or not opens_noun_phrase(beyond)):
                return Verdict("who's", False, "a possessive needs a noun after it")  # "whose currently in", "whose ever heard of"
        return None


def _who_s(sentence, i):
    following = sentence.after(i)
    if following is None or following.lower == "who":
        return None  # "who's who"
    word = following.lower
    after = sentence.after(i, 2)
    if word in _OFFICES and (not bare_noun(after) or after.lower in _OFFICES):
        return None  # "who's chairman of the board", "who's favourite to win", "who's head coach"
    found = lex.classes(word)
    possessive = "a noun follows: the possessive is 'whose'"
    if word == "own":
        return Verdict("whose", True, possessive)
    if following.text[0].isdigit() and not ("-" in word and bare_noun(after) or after is not None and after.text[0].isupper()):
        return None  # "who's 12"; not "who's 65-year career", "who's 12 Years a Slave won"
    if lex.can_be(word, "6") or lex.can_be(word, "R") and not bare_noun(after):
        return None  # "who's raising children", "who's ever heard"; not "who's quarterly bills"
    if noun_phrase_then_verb(sentence, i):
        return Verdict("whose", True, possessive)  # "who's grandmother died", "who's Grand Slam drought goes on"
    if lex.THIRD in found and not lex.can_be(word, "JTt") or bare_noun(following) and lex.PLURAL in found:
        return Verdict("whose", True, possessive)  # "who's names", "who's lives": no reading after 'who is'
    if bare_noun(following):
        return Verdict("whose", noun_only(following), possessive)  # "who's car", "who's time of"
    if (lex.true_adjective(word) or lex.only(word, "NJ") or not lex.known(word) and "-" in word) and bare_noun(after):
        return Verdict("whose", False, possessive)  # "who's autocratic rule", "who's five-year blueprint"
    return None
