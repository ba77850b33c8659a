from newslint.checks.grammar.confusable import (
    ConfusableRule, Verdict, bare_noun, noun_only, noun_phrase_then_verb, opens_noun_phrase, participle_clause,
    takes_possessive,
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
        "verb, before a noun and a verb: 'you're car was towed', before 'own', a plural or a bare "
        "noun: 'need you're help', or an adjective and a noun: 'you're best team'), 'you're' is "
        "'your'; titles ('Who's You're Daddy') are left alone. Before a participle that starts a "
        "verb phrase ('your meant to go'), a degree word and an adjective ('your very lucky') or "
        "a progressive before a number ('your running 10 vans') 'your' is 'you're'. Quotes are "
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
            return _you_re(sentence, i)
        if word in {"welcome", "right", "wrong", "sure"} and after is not None and (opens_noun_phrase(after) or after.lower == "to"):
            return None  # "your right arm", "your welcome pack", "using your right to vote"
        if word == "going" and (after is None or after.lower != "to" and after.lower not in lex.PREPOSITIONS and after.lower not in {"home", "back", "there"}):
            return None  # "your going-away party"; not "your going in the right direction"
        if participle_clause(sentence, i):
            return Verdict("you're", False, "a possessive needs a noun after it")  # "your meant to go"
        if word in _DEGREE and after is not None and lex.gradable(after.lower) and not bare_noun(sentence.after(i, 3)):
            return Verdict("you're", True, "a possessive needs a noun after it")  # "your very lucky to"
        if word == "like" and sentence.after(i, 2) is None and sentence.gap(i + 1)[:1] == ",":
            return Verdict("you're", False, "a possessive needs a noun after it")  # "your like, 'Oh my God'"
        if word in _AFTER_YOU_ARE or word in lex.DETERMINERS - {"own", "many", "every", "all", "both", "each", "much"}:
            return Verdict("you're", True, "a possessive needs a noun after it")
        if word in lex.SUBJECT_PRONOUNS | lex.OBJECT_PRONOUNS or word in lex.PREPOSITIONS - {"inside", "outside"}:
            return Verdict("you're", True, "a possessive needs a noun after it")
        closes = after is None or after.lower in lex.CLOSING or after.lower in lex.PREPOSITIONS
        if lex.gradable(word) and not lex.can_be(word, "N") and closes:
            return Verdict("you're", False, "a possessive needs a noun after it")  # "your likely to"
        found = lex.classes(word)
        objects = after is not None and (after.lower in lex.DETERMINERS or after.lower in lex.OBJECT_PRONOUNS or after.text[0].isdigit())
        if lex.PROGRESSIVE in found and (objects or after is not None and after.lower in lex.PREPOSITIONS and after.lower != "of" and lex.NOUN not in found):
            return Verdict("you're", False, "a possessive needs a noun after it")  # "your looking for"
        if word.endswith("ed") and lex.PARTICIPLE in found and lex.NOUN not in found and (closes or after.lower in lex.DETERMINERS):
            return Verdict("you're", False, "a possessive needs a noun after it")  # "your issued a"
        return None


_DEGREE = {"very", "so", "too", "really", "quite", "pretty", "absolutely", "extremely", "incredibly"}
_POSSESSIVE = "a noun phrase follows: the possessive is 'your'"


def _you_re(sentence, i):
    following = sentence.after(i)
    previous = sentence.before(i)
    if following.text[0].isupper() and previous is not None and previous.text[0].isupper() and not previous.sentence_start:
        return None  # a title: "Who's You're Daddy", "We Extend You're Reach"
    if following.lower == "own":
        return Verdict("your", True, _POSSESSIVE)  # "start up you're own party"
    if takes_possessive(previous, sentence.before(i, 2)) and opens_noun_phrase(following):
        return Verdict("your", True, _POSSESSIVE)
    if noun_phrase_then_verb(sentence, i):
        return Verdict("your", True, _POSSESSIVE)
    plural = lex.PLURAL in lex.classes(following.lower) and not lex.can_be(following.lower, "JRtT")
    if noun_only(following) or plural:
        return Verdict("your", True, _POSSESSIVE)  # "if you're business", "you're experiences"
    if bare_noun(following) and following.lower not in _AFTER_YOU_ARE:
        return Verdict("your", False, _POSSESSIVE)  # "need you're help", "you're body"; not "you're welcome"
    after = sentence.after(i, 2)
    word = following.lower
    modifier = lex.SUPERLATIVE in lex.classes(word) or word in lex.ORDER_WORDS or lex.true_adjective(word) or lex.only(word, "NJ")
    if modifier and (bare_noun(after) or after is not None and noun_only(after)):
        return Verdict("your", False, _POSSESSIVE)  # "you're best team", "you're mobile phone"
    return None
