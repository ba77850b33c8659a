from newslint.checks.grammar.confusable import (
    OPENERS, ConfusableRule, Verdict, finite_verb, noun_only, noun_phrase_then_verb, opens_noun_phrase, takes_possessive,
)
from newslint.checks.grammar.harper_backed import word_after, word_before
from newslint.engine.rule import Severity, bad, good
from newslint.lexicon import confusables as lex

# Words that follow the adverb "there" and are not nouns of a possessive ("thrive there needs to be",
# "not there Lord Butler said", "got there first").
_AFTER_THERE = {
    "needs", "need", "seems", "seem", "appears", "appear", "remains", "remain", "and", "or", "but", "too", "now",
    "then", "again", "anyway", "yet", "already", "since", "before", "after", "when", "where", "while", "until",
    "because", "if", "as", "so", "that", "for", "of", "in", "on", "at", "to", "first", "last", "once", "alone",
    "instead", "either", "be", "been", "itself", "himself", "herself", "themselves", "every", "all", "both", "enough", "home",
}
# Verbs after which "there" is the adverb of place ("lived there", "went there").
_PLACE_VERBS = {
    "is", "are", "was", "were", "be", "been", "being", "get", "got", "go", "goes", "went", "gone", "going",
    "live", "lived", "lives", "living", "stay", "stayed", "here", "worked", "work", "working", "moved", "arrived", "died", "born", "stationed", "based",
}
_BEFORE_THEYRE = {"not", "going", "being", "also", "still", "all", "just", "now", "never", "always", "doing"}
# Of those, adverbs that may also stand inside a noun phrase ("their all-important", "their just reward"):
# 'they're' only when a verb in -ing follows them ("their always looking for").
_ADVERBS_BEFORE_THEYRE = {"all", "just", "now", "also", "still", "never", "always"}
# Particles after a verb in -s: "there ends up", "there comes out".
_PARTICLES = {"up", "out", "down", "off", "over", "back", "away", "through"}
# "get" takes an object: "get there message across" is "their"; "got there first" stays (_AFTER_THERE).
_GET = {"get", "gets", "got", "getting", "gotten"}
# Nouns said of people without an article: "they're history", "they're family", "they're news".
_PREDICATE_NOUNS = {"history", "family", "news", "royalty", "mates", "friends", "part", "home"}
# Where a clause (with a subject) can begin: "that they're saying", "and they're looking".
_CLAUSE_OPENERS = lex.CONJUNCTIONS | lex.CLAUSE_VERBS | {"that", "what", "who", "how", "why"}


class ThereTheir(ConfusableRule):
    id = "grammar/there-their"
    harper_rules = ("ThereToTheir", "TheirToThere", "TheyreToTheir", "ThereOwn", "Theres")
    words = frozenset({"there", "their", "they're"})
    severity = Severity.ERROR
    summary = "'there', 'their' and 'they're' mixed up ('held on for there first win', 'their is a problem')."
    rationale = (
        "The three sound alike and are all words, so spell checkers pass them. 'Their' is a "
        "possessive and needs a noun phrase after it: before a verb ('their is', 'will their be'), a "
        "determiner, a pronoun or punctuation it is 'there' (or 'they're' before 'not', 'going' and an "
        "adverb with a verb in -ing: 'their always looking for'). "
        "'There' before a noun phrase ('there plan', 'there first win', 'there own', 'get there "
        "message across') where no verb follows the adverb is 'their'; where a clause starts and a verb "
        "in -ing follows ('that there saying to') it is 'they're'. 'They're' is 'they are': before "
        "another verb ('they're was', 'they're will be') or at the end of a clause ('leave the matter "
        "they're.') it is 'there'; where a noun phrase must follow (after a preposition or an "
        "object-taking verb, before a noun and a verb, or a singular noun without an article: 'they're "
        "logo,', 'had they're moment of fame') it is 'their'. Left alone: 'there' before a time ('was "
        "there last year', 'got there first'), a name ('not there Lord Butler said') or a verb ('there "
        "needs to be'); 'they're' before nouns said of people without an article ('they're history', "
        "'they're family'). Certain verdicts are errors with a fix that is safe outside quotations; "
        "weaker ones are warnings."
    )
    examples = (
        bad("Residents lost there own homes in the flood."),
        bad("Officials said their is a problem with the count."),
        bad("The side held on for there first win of the season."),
        bad("The board approved there plan on Monday."),
        bad("Officials said they're was no plan."),
        bad("Will their be a vote on Monday?"),
        bad("Hagfish had they're moment of fame this year."),
        good("For culture to thrive there needs to be state support. There is no plan."),
        good("Many have expressed their right to protest; they're going there on Monday."),
        good("She was there last year and got there first. Asked why, there Lord Butler paused."),
        good("They arrived before they're scheduled to meet. They're history, and they're, after all, family."),
    )

    def judge(self, sentence, i):
        word = sentence.words[i].lower
        if word == "their":
            return _their(sentence, i)
        if word == "they're":
            return _theyre(sentence, i)
        following = sentence.after(i)
        if following is None:
            return None
        if following.lower == "own":
            return Verdict("their", True, "'there own' is the possessive 'their own'")
        return _there(sentence, i, following, sentence.before(i))

    def keep(self, text, lint, lints):
        following = word_after(text, lint.end)
        if lint.rule == "ThereToTheir":
            previous, between = word_before(text, lint.start)
            return (
                not between.strip() and previous.lower() in lex.PREPOSITIONS
                and following.islower() and following not in _AFTER_THERE and following not in lex.FINITE_AUXILIARIES
            )
        if lint.rule == "TheirToThere":
            return following.lower() in lex.FINITE_AUXILIARIES
        return True

    def message(self, lint, fix):
        return f"'{lint.text}' should probably be '{fix}'"


def _theyre(sentence, i):
    """'they're' is 'they are': a clause follows it, so it never ends one and no verb follows it."""
    previous = sentence.before(i)
    if _ends_clause(sentence, i) or previous is not None and previous.lower in lex.PREPOSITIONS and sentence.after(i) is None:
        return Verdict("there", True, "'they're' cannot end a clause")  # "leave the matter they're.", "from they're,"
    following = sentence.after(i)
    if following is None:
        following = sentence.after(i, through=OPENERS)  # "burnish they're "green" credentials"
        if following is None:
            return None
    word = following.lower
    if word == "own":
        return Verdict("their", True, "'they're own' is the possessive 'their own'")
    if lex.only(word, "V") and lex.THIRD in lex.classes(word):
        return Verdict("there", True, f"'they are' cannot stand before '{following.text}'")  # "They're appears to be"
    if word in lex.FINITE_AUXILIARIES or word in lex.MODALS or word in {"be", "been"}:
        return Verdict("there", True, f"'they are' cannot stand before '{following.text}'")  # "They're was", "they're will be"
    if word in {"and", "or", "but"} and not following.text.isupper():
        return Verdict("there", False, "'they're' cannot end a clause")  # "it's always they're but we"
    if takes_possessive(previous, sentence.before(i, 2)) and opens_noun_phrase(following) or noun_phrase_then_verb(sentence, i):
        return Verdict("their", True, "a noun phrase follows: the possessive is 'their'")
    if _bare_singular(sentence, i):
        return Verdict("their", False, "a singular noun without an article follows: the possessive is 'their'")
    return None


def _object_noun(word) -> bool:
    """A lowercase word that can only be a noun or a verb here, not a word of time, place or degree
    ("message", "act"; not "first", "early", "ahead", "yesterday", "home")."""
    lower = word.lower
    if not word.text.islower() or lower in lex.TIME_NOUNS or lower in lex.TIME_WORDS or lower in _AFTER_THERE:
        return False
    return lex.can_be(lower, "N") and not lex.can_be(lower, "RPCD6tT") and not lex.degree_word(lower)  # "got there chance"; not "got there early"


def _ends_clause(sentence, i) -> bool:
    """Whether the sentence ends (or a semicolon falls) right after word ``i``."""
    if i + 1 >= len(sentence.words):
        return sentence.gap(i).strip()[:1] in {"", ".", "!", "?", "\"", "”", "'", "’", ")"}
    return sentence.gap(i).strip(" \"”’')")[:1] in {".", "!", "?", ";"}


def _bare_singular(sentence, i) -> bool:
    """Whether a singular noun without a determiner heads what follows word ``i`` ("they're logo,",
    "they're moment of fame", "they're upward march,"): after 'they are' a singular count noun needs
    an article ("they're a team"), so the word is the possessive."""
    first = sentence.after(i)
    if first is None or not first.text.islower():
        return False
    head, n = first, 1
    if not noun_only(first):
        # an adjective first ("upward"), then a noun that cannot be an adjective or a verb's -ing form
        second = sentence.after(i, 2)
        if not lex.can_be(first.lower, "J") or lex.can_be(first.lower, "bR6tTPCD") or second is None or not second.text.islower():
            return False
        if not lex.can_be(second.lower, "N") or lex.can_be(second.lower, "J6tTh9R") or second.lower.endswith("s"):
            return False
        head, n = second, 2
    if head.lower in _PREDICATE_NOUNS or head.lower.endswith("s") or lex.can_be(head.lower, "9"):
        return False  # "they're history", "they're friends"
    closing = sentence.after(i, n + 1)
    return closing is None or closing.lower in lex.PREPOSITIONS or closing.lower in lex.CONJUNCTIONS or closing.lower in lex.CLOSING


def _there(sentence, i, following, previous):
    word = following.lower
    after = sentence.after(i, 2)
    if previous is not None and previous.lower in _GET and _object_noun(following):
        return Verdict("their", False, f"'{previous.text}' takes an object: the possessive is 'their'")  # "get there message across"
    if previous is not None and previous.lower in _PLACE_VERBS:
        return None  # "was there last year", "got there first", "lived there years"
    if lex.can_be(word, "h") and after is not None and (after.lower in _PARTICLES or after.lower in lex.DETERMINERS or noun_only(after)):
        # a verb in -s with its particle or object: "if Democrats fold and there ends up being no
        # deal" (human news), "but there comes a time" (BBC), "the accord reached there means
        # stability" (Reuters)
        return None
    if word != "being" and lex.PROGRESSIVE in lex.classes(word) and (previous is None or previous.lower in _CLAUSE_OPENERS):
        # "that there saying to": a subject and its verb; not "there rising prices" (a noun follows)
        if after is None or not opens_noun_phrase(after) or after.lower in lex.PREPOSITIONS:
            return Verdict("they're", False, "a verb in -ing follows: 'they are'")
    if word in lex.FINITE_AUXILIARIES or word in lex.MODALS:
        return None
    if lex.can_be(word, "6") and lex.can_be(word, "N") and noun_only(after) and takes_possessive(previous, sentence.before(i, 2)):
        return Verdict("their", False, "a noun phrase follows: the possessive is 'their'")  # "achieved there pricing target"
    if word in _AFTER_THERE and lex.can_be(word, "V") or lex.can_be(word, "t6"):
        return None  # "there remain", "sales there fell", "out there sitting"
    timed = word in lex.TIME_WORDS or word in _AFTER_THERE
    if timed and (after is None or after.lower in lex.TIME_NOUNS or not opens_noun_phrase(after)):
        return None  # "there last year", "there first", "there and"
    if takes_possessive(previous, sentence.before(i, 2)) and (
        opens_noun_phrase(following) or previous.lower not in lex.PREPOSITIONS and lex.can_be(word, "h")
    ):
        # "for there first win"; "lose there lives" (a plural the dictionary knows only as a verb)
        return Verdict("their", True, "a noun phrase follows: the possessive is 'their'")
    if following.text[0].isupper() or following.text[0].isdigit() or finite_verb(following):
        return None  # "not there Lord Butler said", "there needs"
    if lex.can_be(word, "RPDIC") or lex.can_be(word, "h") and not lex.can_be(word, "N"):
        return None  # "there today", "there in", "there remains"
    if not opens_noun_phrase(following):
        return None
    if noun_phrase_then_verb(sentence, i):
        return Verdict("their", True, "a noun phrase follows: the possessive is 'their'")  # "There plan is"
    if lex.can_be(word, "N") or lex.can_be(word, "J") and after is not None and opens_noun_phrase(after):
        return Verdict("their", False)  # "approved there plan", "there first win"
    return None


def _their(sentence, i):
    following = sentence.after(i)
    if following is None:
        if sentence.gap(i)[:1] in {".", ",", ";", ":", "!", "?"} and i + 1 < len(sentence.words) + 1:
            return Verdict("there", True, "a possessive needs a noun after it")  # "went their."
        return None
    word = following.lower
    if word in _BEFORE_THEYRE:
        after = sentence.after(i, 2)
        if word in _ADVERBS_BEFORE_THEYRE and after is not None and opens_noun_phrase(after) and not _verb_ing(sentence, i + 2):
            return None  # "their all-important", "their still-unfinished": hyphenated as one word otherwise
        if word == "going" and (after is None or after.lower != "to"):
            return None  # "their going away party"
        return Verdict("they're", True, "a possessive needs a noun after it")
    # (not the -s forms: Harper's dictionary knows "lives" only as a verb)
    if word in {"be", "been"}:
        return Verdict("there", True, "a possessive needs a noun after it")  # "will their be"
    if word in lex.FINITE_AUXILIARIES or word in lex.MODALS or finite_verb(following) and not lex.can_be(word, "NJh"):
        return Verdict("there", True, "a possessive needs a noun after it")  # "their is", "their will be"
    if word in lex.DETERMINERS - {"own", "many", "several", "every", "all", "both", "each", "much", "few"}:
        return Verdict("there", True, "a possessive needs a noun after it")
    if (word in lex.SUBJECT_PRONOUNS or word in lex.OBJECT_PRONOUNS) and not following.text.isupper():
        return Verdict("there", True, "a possessive needs a noun after it")
    if word in lex.PREPOSITIONS - {"inside", "outside", "past", "near"}:
        return Verdict("there", False, "a possessive needs a noun after it")
    after = sentence.after(i, 2)
    closes = after is not None and (after.lower in lex.CLOSING or after.lower in lex.PREPOSITIONS)
    if lex.gradable(word) and not lex.can_be(word, "NRu") and closes:
        return Verdict("they're", False, "a possessive needs a noun after it")  # "their aware of"
    if lex.only(word, "R") and after is not None and (lex.gradable(after.lower) or lex.can_be(after.lower, "T")):
        closing = sentence.after(i, 3)
        if closing is None or closing.lower in lex.CLOSING or closing.lower in lex.PREPOSITIONS:
            return Verdict("they're", False, "a possessive needs a noun after it")  # "their very experienced and"
    if word.endswith("ed") and lex.can_be(word, "T") and not lex.can_be(word, "N") and after is not None and after.lower in {"a", "an", "the", "by", "as", "to"}:
        return Verdict("they're", False, "a possessive needs a noun after it")  # "their considered a carcinogen"
    if lex.PROGRESSIVE in lex.classes(word) and after is not None and (after.lower in lex.DETERMINERS or after.lower in lex.OBJECT_PRONOUNS):
        return Verdict("they're", False, "a possessive needs a noun after it")  # "their saying the"
    return None


def _verb_ing(sentence, k) -> bool:
    """Whether word ``k`` is a verb in -ing that takes no noun after it here ("always looking for")."""
    if k >= len(sentence.words) or lex.PROGRESSIVE not in lex.classes(sentence.words[k].lower):
        return False
    after = sentence.after(k)
    return after is None or after.lower in lex.PREPOSITIONS or after.lower in lex.DETERMINERS or after.lower in lex.OBJECT_PRONOUNS
