from newslint.checks.grammar.confusable import ConfusableRule, Verdict, finite_verb, verb_expected
from newslint.engine.rule import Severity, bad, good
from newslint.lexicon import confusables as lex

# Nouns of "side effect", "knock-on effect", "greenhouse effect": 'affect' after them is the noun.
_EFFECT_NOUNS = {
    "side", "knock-on", "domino", "ripple", "greenhouse", "butterfly", "net", "knock", "placebo", "halo", "snowball",
    "health", "wealth", "price", "tax", "cost", "money", "feedback", "spillover", "sound", "special", "after",
}
# What "effect", the verb for "bring about", takes: "to effect change", "effect a rescue", "effect the transfer".
_BROUGHT_ABOUT = {
    "change", "changes", "a", "an", "reform", "reforms", "transformation", "repairs", "savings", "entry", "escape",
    "rescue", "cure", "cures", "release", "transfer", "transfers", "sale", "merger", "takeover", "withdrawal",
    "return", "recovery", "settlement", "reconciliation", "improvement", "improvements", "shift", "turnaround",
    "transition", "purchase", "acquisition", "exchange", "conversion", "payment", "payments", "delivery", "arrest",
    "arrests", "closure", "compliance", "policy", "real", "lasting", "meaningful", "positive", "such",
}
# Subjects after which a verb stands: "how they effect the trade", "which effects horses".
_SUBJECTS = frozenset({"we", "they", "i", "you", "who", "which", "that", "than"})
_THIRD_SUBJECTS = frozenset({"it", "he", "she", "this", "that", "which", "who", "what"})
# Determiners that open only a noun phrase: "affect" after them is the noun ("no affect", "the dollar's affect").
_ARTICLES = {"a", "an", "the", "no", "every", "another", "its", "their", "his", "our", "my", "your", "whose", "what", "any"}
# Plural determiners: "these affects" cannot be the verb (that would be "these affect").
_PLURAL_DETERMINERS = {"these", "those", "few", "many", "several", "various", "other", "such", "both", "all"}
_MANY = {"millions", "thousands", "hundreds", "billions", "dozens", "tens"}
_AMOUNT = {"about", "approximately", "some", "nearly", "almost", "around", "roughly", "up", "more", "fewer", "over"}
_NOUN = "'affect' is the verb; the noun is 'effect'"
_VERB = "'effect' as a verb means 'bring about'; 'affect' means 'influence'"


class AffectEffect(ConfusableRule):
    id = "grammar/affect-effect"
    words = frozenset({"affect", "affects", "effect", "effects", "effected"})
    severity = Severity.ERROR
    summary = "'affect' (the verb) and 'effect' (the noun) mixed up ('the affect of', 'will effect the economy')."
    rationale = (
        "'Affect' is the verb (to influence) and 'effect' the noun (a result); 'effect' is a verb "
        "only for bringing something about ('to effect change'). 'Affect' before 'of', 'on' or "
        "'upon', or after a determiner, a possessive, an adjective or a preposition ('the cost "
        "affect of', 'the dollar's affect on', 'a material affect', 'in affect', 'take affect') is "
        "'effect'. 'Effect' where a verb must stand (after 'to', a modal, 'not' or an adverb, "
        "adverbs between: 'could eventually effect', 'adversely effect'; after 'they', 'which' or "
        "'it') and before an object (a determiner, a pronoun, a number, a name, a noun) is "
        "'affect', as is 'effects' after a noun before a number or a pronoun ('the change effects "
        "about 109,000 workers'). 'Effect change', 'effect a rescue', 'effect the transfer' are left "
        "alone, and so is 'the effect the rule had' (a noun and its relative clause)."
    )
    examples = (
        bad("The strike had a serious affect on trade."),
        bad("The rise will effect millions of households."),
        bad("Thousands of homes were badly effected by the floods."),
        bad("The market exaggerated the dollar's affect on policy, and the plan could eventually effect car output."),
        good("The rise will affect millions, and its effect on trade was small. Campaigners want to effect change."),
        good("The only effect the rule change has had is noise; it came into effect on Monday."),
    )

    def concerns(self, lower):
        head, _, tail = lower.partition("-")
        return lower in self.words or head in _EFFECT_NOUNS and tail in {"affect", "affects"}

    def judge(self, sentence, i):
        word = sentence.words[i].lower
        if "-" in word:
            head, _, tail = word.partition("-")
            return Verdict("effect" + tail[6:], True, _NOUN, part=(len(head) + 1, len(word)))  # "side-affect"
        if word in {"affect", "affects"}:
            return _affect(sentence, i, word)
        previous, following, before, after = sentence.neighbours(i)
        if word == "effected":
            if after == "by" and (before in {"was", "were", "been", "be", "being", "is", "are", "worst", "most"} or _adverb(previous)):
                # "the split will be effected by a dividend" is right: after a bare be-form only a hint
                return Verdict("affected", before not in {"be", "been", "being", "is", "are", "was", "were"}, "'effected' means 'brought about'; 'affected' means 'influenced'")
            if before in {"those", "people", "areas", "worst", "most", "badly", "severely"} and after not in lex.DETERMINERS:
                return Verdict("affected", False)
            return None
        beyond = sentence.after(i, 2)
        if following is None or after in _BROUGHT_ABOUT or after in lex.DETERMINERS and beyond is not None and beyond.lower in _BROUGHT_ABOUT:
            return None  # "to effect change", "to effect the transfer"
        if before in {"take", "takes", "took", "taken", "taking", "into", "in", "with", "of", "no", "the", "an", "any"}:
            return None  # "it takes effect tomorrow", "with effect from", "the effect the law had"
        fix = "affect" if word == "effect" else "affects"
        certain_object = _certain_object(sentence, i)
        if not (certain_object or _object(sentence, i)):
            return None
        subjects = _SUBJECTS if word == "effect" else _THIRD_SUBJECTS
        if word == "effect" and verb_expected(sentence, i, subjects) or _adverb(previous) or before in subjects:
            return Verdict(fix, certain_object or after in lex.DETERMINERS and before != "to", _VERB)  # "to effect its split": perhaps 'bring about'  # "could effect everything", "which effects horses"
        subject = _subject(sentence, i)
        if subject is not None and word == "effects" and lex.adverb(before) and _object(sentence, i):
            return Verdict(fix, False, _VERB)  # "the recall only effects pumps made in May"
        if subject is not None and before not in _EFFECT_NOUNS:
            plural = lex.PLURAL in lex.classes(subject.lower)
            if plural == (word == "effect") and (certain_object or after in {"all", "every", "both"} or _counted(sentence, i) or word == "effect"):
                return Verdict(fix, False, _VERB)  # "the change effects about 109,000 workers", "tremors more often effect older people"
        return None


def _affect(sentence, i, word):
    previous, following, before, after = sentence.neighbours(i)
    fix = "effect" if word == "affect" else "effects"
    if before in {"that", "this"} and sentence.before(i, 2) is not None and sentence.before(i, 2).lower == "to" and following is None:
        return Verdict(fix, True, _NOUN)  # "a message to that affect."
    if before == "to" or verb_expected(sentence, i) or before in _SUBJECTS | _THIRD_SUBJECTS - {"this"}:
        return None  # "to affect", "could affect", "that affects them"
    if previous is not None and lex.LEMMA in lex.classes(before) and verb_expected(sentence, i - 1) and _no_object(sentence, i):
        return Verdict(fix, False, _NOUN)  # "could hamper affects to limit its spread": the verb's object
    if after in {"of", "on", "upon"}:
        return Verdict(fix, True, _NOUN)  # "the cost affect of", "severe affects on"
    if before in {"take", "takes", "took", "taken", "taking", "into", "in", "with"} and (word == "affect" or before not in {"in", "with"}):
        return Verdict(fix, True, _NOUN)  # "take affect", "in affect until", "with affect from"
    articles = before in _ARTICLES or before.endswith("'s") and before not in {"it's", "that's", "what's", "he's", "she's"}
    agreeing = before == "this" and word == "affect" or before in _PLURAL_DETERMINERS and word == "affects"
    if articles or agreeing or before in _EFFECT_NOUNS or before in lex.PREPOSITIONS:
        return Verdict(fix, articles or agreeing or following is None, _NOUN)  # "no affect", "this affect", "few affects"
    closes = _no_object(sentence, i)
    if previous is not None and not lex.can_be(before, "R") and (lex.true_adjective(before) or lex.only(before, "J")) :
        return Verdict(fix, closes, _NOUN)  # "a material affect", "budgetary affects wane"
    if closes and _in_noun_phrase(sentence, i):
        return Verdict(fix, False, _NOUN)  # "a similar affect now", "the CSI affect with juries", "have limited affect as"
    opener = sentence.before(i, 2)
    if lex.can_be(before, "J") and not lex.can_be(before, "NV") and opener is not None and opener.lower in _ARTICLES:  # not "the recall only affects"
        return Verdict(fix, False, _NOUN)  # "the only affect the rule had": a phrase does not end on an adjective
    return None


def _no_object(sentence, i) -> bool:
    """Whether what follows word ``i`` cannot be a verb's object: the clause ends, or a
    preposition, a conjunction, an adverb or a finite verb comes next ("affect with", "affect was")."""
    following = sentence.after(i)
    if following is None:
        return True
    lower = following.lower
    if lower in _AMOUNT and _number(sentence.after(i, 2)):
        return False  # "affects about 109,000 workers"
    if lower in lex.PREPOSITIONS or lower in lex.CONJUNCTIONS or lower in lex.CLOSING or lower in lex.FINITE_AUXILIARIES:
        return True
    if lex.adverb(lower):
        return sentence.after(i, 2) is None  # "a similar affect now."; not "affects almost three quarters"
    return finite_verb(following) and not lex.can_be(lower, "N")


def _in_noun_phrase(sentence, i) -> bool:
    """Whether word ``i`` ends a noun phrase that an article opens ("a similar", "the union safety",
    "have limited"): only adjectives, nouns and participles stand between."""
    for n in range(1, 4):
        word = sentence.before(i, n)
        if word is None:
            return False
        lower = word.lower
        if lower in _ARTICLES or lower in lex.DETERMINERS or n > 1 and lower in lex.PREPOSITIONS - {"to"}:
            return True  # "a similar affect now", "into full affect,"
        if n == 1 and lex.PARTICIPLE in lex.classes(lower) and lex.ADJECTIVE in lex.classes(lower):
            before = sentence.before(i, 2)
            return before is not None and before.lower in {"have", "has", "had", "having"}  # "have limited affect"
        if not (lex.can_be(lower, "NJ") or not word.text.islower()) or lower in lex.PREPOSITIONS or lex.THIRD in lex.classes(lower):
            return False
    return False


def _subject(sentence, i):
    """The noun right before word ``i`` (past adverbs: "the virus only", "tremors more often"), if any."""
    for n in range(1, 4):
        word = sentence.before(i, n)
        if word is None:
            return None
        lower = word.lower
        if lex.adverb(lower) or lower == "more":
            continue
        if lex.can_be(lower, "N") and not lex.can_be(lower, "DP") and not lex.true_adjective(lower) and (word.text.islower() or word.sentence_start):
            return word
        return None
    return None


def _adverb(word) -> bool:
    """An adverb of manner that stands before a verb ("adversely", "directly"; not "only", "early")."""
    return word is not None and word.lower.endswith("ly") and lex.only(word.lower, "R") and word.lower != "only"


def _certain_object(sentence, i) -> bool:
    """Whether the words after ``i`` can only be the object of a verb: a pronoun, a possessive, a
    number, a name, an amount ("everything", "them", "their", "188 mln", "Colombia's")."""
    following = sentence.after(i)
    lower = following.lower
    if lower in lex.OBJECT_PRONOUNS or lower in lex.INDEFINITE_PRONOUNS or lower in lex.POSSESSIVES - {"its"}:
        return True
    if following.text[0].isdigit() or lower in _AMOUNT and _number(sentence.after(i, 2)) or lower in _MANY:
        return True
    return following.text[0].isupper() and not following.sentence_start


def _object(sentence, i) -> bool:
    """Whether a noun phrase follows word ``i``: a determiner, or a noun or adjective that is not
    a preposition or a verb form ("car output", "humans", "wage expectations")."""
    following = sentence.after(i)
    lower = following.lower
    if lower in lex.DETERMINERS or not lex.known(lower) and lower.isalpha():
        return True  # "the", a lowercase name ("colombia's")
    found = lex.classes(lower)
    if lex.true_adjective(lower) and not lex.can_be(lower, "R"):
        beyond = sentence.after(i, 2)
        return beyond is not None and lex.can_be(beyond.lower, "N")  # "older people"
    return lex.NOUN in found and not any(code in found for code in "PCRtT6A")


def _counted(sentence, i) -> bool:
    following = sentence.after(i)
    return following.text[0].isdigit() or following.lower in _AMOUNT and _number(sentence.after(i, 2))


def _number(word) -> bool:
    return word is not None and word.text[0].isdigit()
