"""A 'to' before punctuation: an elided infinitive ("we want to."), a stranded preposition
("the club he moved to.") or the adverb 'too' at a phrase's end ("Japan, to, steadied", "in
other sectors to.", "released recently to."). :func:`to_at_clause_end` says which.
"""

from __future__ import annotations

from newslint.checks.grammar.confusable import Verdict, noun_only
from newslint.checks.grammar.phrase_shapes import adjective, determined, title_case
from newslint.checks.grammar.to_heads import wh_before
from newslint.lexicon import confusables as lex
from newslint.lexicon import degree

_THAT = frozenset({"that"})


def to_at_clause_end(sentence, i, previous):
    """'to' before punctuation: an elided infinitive ("we want to.") or a stranded preposition
    ("the club he moved to.") needs a verb or a relative before it; 'too' (also) closes a phrase
    after a comma or a noun ("Japan, to, steadied", "other sectors to.")."""
    if i == 0:
        return None
    if sentence.gap(i).lstrip().startswith(("..", "…")):
        return None  # a sentence broken off: "It has been stressed to...Mr Akiman" (Reuters)
    before_gap = sentence.gap(i - 1).strip()
    if before_gap == ",":
        return Verdict("too", True, "'to' cannot end a phrase after a comma")
    if previous is None or wh_before(sentence, i):
        return None
    lower = previous.lower
    if lower in degree.SUBJECTS or previous.text == "I":
        return Verdict("too", True, f"'to' cannot follow the subject '{previous.text}'")  # '"I to, like everyone else,'
    if previous.text[0].isdigit():
        return Verdict("too", False, "'to' has nothing to govern here")  # "more records in 2005 to,"
    subject = sentence.before(i, 2)
    if lower in lex.MODALS and subject is not None and (subject.lower in lex.SUBJECT_PRONOUNS or lex.only(subject.lower, "N") and lex.can_be(subject.lower, "9")):
        return Verdict("too", True, f"'{previous.text}' needs a verb, not 'to'")  # "I hope he will to,", "fans will to."; not "the will to."
    if lower in lex.INFINITIVE_NOUNS or lower in lex.TO_GOVERNORS:
        return None  # "every reason to.", "the right to."
    if not previous.text.islower() and not _acronym_plural(previous):
        verb = sentence.before(i, 2)
        if (previous.sentence_start or title_case(sentence) or verb is None or verb.lower in lex.TO_VERBS or verb.lower in lex.MODALS
                or not _ends_clause(sentence, i)):
            return None  # "we want Italy to.", "Labour to."
        return Verdict("too", False, "'to' has nothing to govern here")  # "we can beat Italy to,", "in the UK to."
    if _ends_clause(sentence, i) and lex.can_be(lower, "N") and determined(sentence, i - 1, nouns=True) and lower not in lex.ORDER_WORDS:
        if not _object_of_have(sentence, i):
            return Verdict("too", False, "'to' has nothing to govern here")  # "on the rise to.", "the handheld gaming market to."
    if _noun_before(sentence, i, previous) and not _object_of_have(sentence, i) or lower in degree.PLACE:
        return Verdict("too", False, "'to' has nothing to govern here")  # "in other sectors to.", "there to,", "in 2005 to,"
    return _headless_to(sentence, i, previous)


def _object_of_have(sentence, i) -> bool:
    """Whether the noun before 'to' may be the object of 'have', 'need', 'get' and the like, whose
    infinitive was left out: "we have the players to.", "they were given the chance to."."""
    for k in range(max(1, i - 4), i - 1):
        if sentence.words[k].lower in {"the", "enough", "what"} | lex.POSSESSIVES and sentence.words[k - 1].lower in lex.OBJECT_INFINITIVE_VERBS:
            return True  # not "it has social benefits to." (no determiner: an afterthought, 'too')
    return False


def _ends_clause(sentence, i) -> bool:
    """Punctuation after word ``i`` that ends its clause, not a line cut off ("the majority
    Christian Democrats to") nor a comma before a name ("In an email to, Laurence Tribe" (human news))."""
    gap = sentence.gap(i).strip()
    if not gap:
        return False
    if gap[:1] == ",":
        return i + 1 >= len(sentence.words) or not sentence.words[i + 1].text[:1].isupper()
    return True


def _headless_to(sentence, i, previous):
    """'to' ending a clause after a word that takes neither an infinitive nor a to-phrase, so that
    neither can have been left out or stranded: an adverb ("released recently to."), an adjective
    ("unacceptable to."), a verb form ("the graphics are improving to.", "Americans are barred
    to."), a modal or 'do' after its subject ("I hope he will to,", "adults do to."), a noun after
    a determiner ("on the card to.") or an object pronoun ("thanked them to,"). Left alone: the
    heads that take 'to' (``TO_VERBS``, ``INFINITIVE_ADJECTIVES``, ``TO_ADVERBS``: "we want to.",
    "happy to.", "told not to.") and a noun that is the object of 'have', 'need', 'get' ("we
    have the players to.")."""
    lower = previous.lower
    if lower in lex.TO_VERBS or lower in lex.INFINITIVE_ADJECTIVES or lower in lex.TO_ADVERBS or lower in lex.ORDER_WORDS:
        return None
    if not sentence.gap(i).strip():
        return None  # a line cut off after 'to': "units into a new holding firm to" (Reuters)
    relative = sentence.first(_THAT) < i  # "the figures that the festival feels indebted to."
    before = sentence.before(i, 2)
    if lower in lex.MODALS and lower not in {"may", "must"}:
        if before is not None and (before.lower in lex.SUBJECT_PRONOUNS or lex.can_be(before.lower, "9") and not lex.can_be(before.lower, "b")):
            return Verdict("too", True, f"'{previous.text}' needs a verb, not 'to'")  # "he will to,", "adults do to."
        return None
    if lower in {"is", "are", "was", "were"}:
        if before is not None and (before.lower in lex.SUBJECT_PRONOUNS or lex.can_be(before.lower, "9")):
            return Verdict("too", False, "'to' has nothing to govern here")  # "games are to."
        return None
    if lower in lex.OBJECT_PRONOUNS and lower not in lex.SUBJECT_PRONOUNS:
        verb = sentence.before(i, 2)
        if verb is not None and lex.only(verb.lower, "V") and verb.lower not in lex.TO_VERBS and verb.lower not in lex.CLAUSE_VERBS:
            return Verdict("too", False, "'to' has nothing to govern here")  # "thanked them to,"; not "want them to."
        return None
    if lower == "well" or lex.only(lower, "R") or lower.endswith("ly") and lex.can_be(lower, "R") and not lex.can_be(lower, "N"):
        if before is not None and before.lower in lex.TO_VERBS and relative:
            return None  # a stranded 'to': "sites that people can donate directly to,"
        return Verdict("too", True, f"'to' cannot follow '{previous.text}' here")  # "released recently to.", "grown hugely to."
    if lex.can_be(lower, "b") and before is not None and (before.lower in lex.MODALS or before.lower.endswith("n't")) and lex.can_be(lower, "V"):
        return Verdict("too", False, f"'{previous.text}' takes no 'to'")  # "you must act to,"; not "you must try to." (a verb that takes one)
    if lex.can_be(lower, "6") or lex.can_be(lower, "tT") and not lex.can_be(lower, "b"):
        if lex.can_be(lower, "N") and not lower.endswith(("ing", "ed")):
            return None
        return Verdict("too", False, f"'{previous.text}' takes no 'to'")  # "are improving to.", "are barred to."
    if lex.can_be(lower, "J") and (lex.true_adjective(lower) or lex.degree_word(lower, nouns=True)) and not lex.common_verb(lower) and not relative:
        return Verdict("too", False, f"'{previous.text}' takes no 'to'")  # "unacceptable to.", "controversial to,"
    return None


def _noun_before(sentence, i, previous) -> bool:
    """Whether the word before 'to' is a noun, not a verb that could strand it ("moved to."):
    a word that can only be a noun, or a plural after a determiner or an adjective ("social
    benefits to.", "human rights groups to."), which Harper also knows as a verb in -s."""
    if noun_only(previous) or _acronym_plural(previous):
        return True
    if not previous.lower.endswith("s") or not lex.can_be(previous.lower, "9"):
        return False
    before = sentence.before(i, 2)
    if before is None or before.lower in lex.SUBJECT_PRONOUNS or before.lower in lex.OBJECT_PRONOUNS:
        return False
    # "social benefits to.", "human rights groups to.", "there were tides to,"; not "he sells cars to."
    if before.lower in lex.DETERMINERS or before.lower in lex.FINITE_AUXILIARIES or lex.can_be(before.lower, "NJ") and not lex.can_be(before.lower, "h"):
        return True
    if "-" in before.lower and not lex.known(before.lower):
        return True  # a compound modifier the dictionary lacks: "spyware-removal programs to."
    # a plural modifier after an adjective or a determiner: "human rights groups to."
    first = sentence.before(i, 3)
    return lex.can_be(before.lower, "9") and first is not None and (first.lower in lex.DETERMINERS or adjective(first))


def _acronym_plural(word) -> bool:
    return len(word.text) > 2 and word.text[:-1].isupper() and word.text.endswith("s")  # "DVDs"
