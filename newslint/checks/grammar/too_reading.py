"""When 'too' can only be 'to': the grammar after the adverb 'too'.

'Too' grades an adjective or adverb that closes its phrase ("too late", "too big a plant") or
means 'also' at a phrase's end ("they too face", "he scored too this season"). Before a verb, a
determiner, a pronoun, a number, a name or a noun ("work too do", "too the market", "a visit too
China") it was the 'to' of an infinitive or a to-phrase. :func:`judge_too` says which.
"""

from __future__ import annotations

from newslint.checks.grammar.confusable import OPENERS, Verdict
from newslint.checks.grammar.phrase_shapes import title_case
from newslint.lexicon import confusables as lex
from newslint.lexicon import degree


def judge_too(sentence, i):
    following = sentence.after(i, through=OPENERS)
    if following is None:
        return None  # "too." "Samsung, too, ..."
    previous = sentence.before(i)
    word = following.lower
    if previous is not None and previous.lower in lex.SUBJECT_PRONOUNS and not _object(sentence, i, previous):
        if word in lex.TIME_WORDS or word not in lex.DETERMINERS - degree.TOO_QUANTIFIERS:
            return None  # "they too face ..."; not "enable it too maintain" (Reuters)
        # "make it too the top 20": a determiner is no verb that 'it too' could take
    if previous is not None and previous.lower in {"which", "whom"} and _preposition(sentence.before(i, 2)) and lex.can_be(word, "b"):
        return Verdict("to", True, f"'{previous.text}' takes the infinitive's 'to' here")  # "rest in which too recover"
    if previous is not None and previous.lower in lex.INFINITIVE_ADJECTIVES and not lex.can_be(previous.lower, "N") and (
            lex.can_be(word, "6") and not lex.participial_adjective(word) or lex.only(word, "N") and not lex.gradable(word)):
        return Verdict("to", True, f"'{previous.text}' takes 'to'")  # "accustomed too playing"; not "far too boring"
    if previous is not None and previous.lower in lex.INFINITIVE_VERBS and previous.lower not in degree.LINKING and _verb_takes_object(
            word, sentence.after(i, 2), articles=True):
        return Verdict("to", True, f"'{previous.text}' takes the infinitive's 'to'")  # "required too present a bill"
    if previous is not None and previous.lower in {"according", "owing", "prior"}:
        return Verdict("to", True, f"'{previous.text}' takes 'to'")  # "according too multiple reports"
    if previous is not None and previous.lower in lex.TO_GOVERNORS and word not in degree.TOO_QUANTIFIERS:
        if not lex.gradable(word) or previous.lower in lex.TO_PREPOSITIONAL and lex.can_be(word, "6tT"):
            return Verdict("to", True, f"'{previous.text}' takes 'to'")  # "due too increased activity"
    if word in {"that", "which", "who"}:
        return None  # "a phone too that ships"
    if word in lex.TIME_WORDS:
        after = sentence.after(i, 2)
        if after is None or after.lower in lex.TIME_NOUNS or word in {"now", "then", "again", "once", "before"}:
            return None  # "scored too this season", "too now"
    if word in lex.DETERMINERS - degree.TOO_QUANTIFIERS or word in lex.OBJECT_PRONOUNS:
        return Verdict("to", True, f"'too' cannot stand before '{following.text}'")
    if following.text[0].isdigit() or word in degree.NUMBER_WORDS and previous is not None and previous.lower in degree.NUMBER_WORDS:
        return Verdict("to", True)  # "rose too 5%", "five too six years"
    if following.text.isupper() and len(following.text) > 1:
        if previous is not None and previous.lower in lex.TO_PHRASE_VERBS - degree.ADJECTIVE_VERBS:
            return Verdict("to", True, f"'{previous.text}' takes 'to'")  # "said too MSNBC", "sold too IBM"
        return None  # an acronym used as an adjective: "too PC for some"
    if following.text[0].isupper() and not following.sentence_start and not title_case(sentence):
        if word.endswith(degree.NATIONALITY_ENDINGS):
            return None  # "ruled too American"
        return Verdict("to", True)  # a name: "a visit too China"
    if word in degree.TOO_QUANTIFIERS or not lex.known(word):
        return None
    if lex.can_be(word, "h") and word.endswith("s") or lex.can_be(word, "t") and not lex.can_be(word, "b"):
        return None  # "too" meaning "also" before a finite verb: "this too crams", "BT too says"
    if word in lex.FINITE_AUXILIARIES or word in lex.MODALS - {"do"}:
        if previous is None or previous.text[0].isupper() or lex.can_be(previous.lower, "NI") or previous.lower in degree.PLACE:
            return None  # "ministers too have made", "Labour too will"
        return Verdict("to", True, "'too' cannot stand before a verb")  # "is thought too have"
    if word in lex.PREPOSITIONS or word in lex.CONJUNCTIONS:
        return None  # "there too on Monday", "too and"
    closing = sentence.after(i, 2)
    if closing is not None and _modifies_noun(word, closing) and not _to_complement(sentence, i + 2) and _heads_a_to_phrase(previous):
        # a suggestion: news also writes "too rapid price increases" (Reuters)
        return Verdict("to", False, f"'too {following.text}' before the noun '{closing.text}'")  # "opposition too free expression"
    if closing is not None and _verb_takes_object(word, closing) and not (previous is not None and previous.lower == "for"):
        return Verdict("to", True, "'too' cannot stand before a verb")  # "Fiat is too close the plant"; not "for too long the"
    if lex.gradable(word) and not (_verb_called_adjective(word) and closing is not None and closing.lower not in lex.CLOSING):
        return None  # "too late", "too quickly", "too small", "too elaborate and"
    if lex.can_be(word, "b"):
        if lex.can_be(word, "J") and (closing is None or closing.lower in lex.CLOSING):
            return None  # "becoming too mainstream.", "too clean and": an adjective closes the phrase
        return Verdict("to", True, "'too' cannot stand before a verb")
    if lex.can_be(word, "N"):
        return Verdict("to", True)
    return None


def _modifies_noun(word, closing) -> bool:
    """Whether ``word`` after 'too' is an adjective of a noun that follows it ("too free
    expression", "too recent presidents", "too domestic demand"): 'too' grades an adjective only
    where it closes its phrase or before 'a' ("too big a plant"), so the 'to' of a to-phrase was
    meant. Not a quantity ("too many people"), an adverb or a participle after the adjective ("too
    little known", "too late now"), nor a word that may be a finite verb ("too costly means")."""
    if word in degree.TOO_QUANTIFIERS or not lex.can_be(word, "J") or lex.can_be(word, "tT6") or not closing.text.islower():
        return False
    lower = closing.lower
    if lower in lex.TIME_WORDS or lower in lex.TIME_NOUNS or lower in lex.CLOSING or lower in lex.DETERMINERS or lex.adverb(lower):
        return False
    return lex.can_be(lower, "N") and not lex.can_be(lower, "htT6PCR") and not lex.true_adjective(lower) and lex.gradable(word)


def _heads_a_to_phrase(previous) -> bool:
    """Whether the word before 'too' may head a to-phrase, so that 'too' before an adjective and
    its noun was that phrase's 'to' ("opposition too free expression", "compared too recent
    presidents"); not a sign of degree or a word that opens a noun phrase itself ("far too great
    police powers", "not too distant future", "a too rapid revaluation", "with too glib ideas")."""
    if previous is None or not (previous.text.islower() or previous.sentence_start):
        return False
    lower = previous.lower
    return not (lower in degree.INTENSIFIERS or lower in degree.STRONG_INTENSIFIERS or lower in lex.DETERMINERS
                or lower in lex.PREPOSITIONS and lower not in {"through", "down", "up"} or lower in lex.CONJUNCTIONS or lex.adverb(lower))


def _to_complement(sentence, k) -> bool:
    """A 'to' within two words after word ``k``, the complement of a degree ("too small
    companies to compete": clumsy, but 'too' is meant)."""
    return any(word is not None and word.lower == "to" for word in (sentence.after(k), sentence.after(k, 2)))


def _verb_takes_object(word, closing, articles: bool = False) -> bool:
    """Whether ``word`` after 'too' is a verb before its object, a determiner or a pronoun that
    a degree word never takes ("too close the factory", "too free them"; not "too big a", "too
    long the" of "for too long the government"). With ``articles``, after a verb that takes an
    infinitive, 'a' counts too ("required too present a bill")."""
    if closing is None:
        return False
    lower = closing.lower
    determiners = lex.DETERMINERS - {"all", "much", "many", "some", "any"} - (set() if articles else {"a", "an"})
    return (lex.can_be(word, "b") and lex.common_verb(word) and word != "long"
            and (lower in determiners or lower in {"them", "him", "us", "me"}))


def _preposition(word) -> bool:
    return word is not None and word.lower in lex.PREPOSITIONS


def _verb_called_adjective(word: str) -> bool:
    """A verb's base form Harper also calls an adjective, with no sign of degree ("managed too
    gain": no "gainer", no adverb): after 'too' it is the infinitive's verb."""
    if not lex.can_be(word, "b") or lex.degree_word(word, verbs=True, nouns=True):
        return False
    forms = (word + "er", word + "r", word + word[-1:] + "er", word[:-1] + "ier")
    return not any(lex.COMPARATIVE in lex.classes(form) for form in forms)


def _object(sentence, i, previous) -> bool:
    """Whether the pronoun before 'too' ("it", "you") is the object of a verb before it."""
    before = sentence.before(i, 2)
    return previous.lower in lex.OBJECT_PRONOUNS and before is not None and lex.only(before.lower, "V")
