"""Shapes of a sentence around a word that the to/too rule asks about: punctuation that closes a
phrase, a noun phrase a determiner opens, an adjective that modifies a noun, a title-case headline.
"""

from __future__ import annotations

from newslint.lexicon import confusables as lex


def determined(sentence, k, nouns: bool = False) -> bool:
    """Whether word ``k`` ends a noun phrase that a determiner opens, adjectives (and with
    ``nouns``, nouns) between ("the card", "her personal life", "the lake route")."""
    for n in range(1, 4):
        word = sentence.before(k, n)
        if word is None:
            return False
        if word.lower in {"the", "a", "an", "this", "their", "its", "his", "her", "our", "my", "your", "other"}:
            return True
        if not (adjective(word) or nouns and word.text.islower() and (lex.can_be(word.lower, "N") or "-" in word.lower and not lex.known(word.lower))
                and word.lower not in lex.OBJECT_PRONOUNS and word.lower not in lex.PREPOSITIONS and not lex.only(word.lower, "V")):
            return False
    return False


def punctuation_after(sentence, i) -> bool:
    """Whether punctuation that closes a phrase follows word ``i`` (not a quote opening, a
    currency sign or a bracket: 'to "cut and run"', 'to £198m')."""
    if i + 1 >= len(sentence.words) and not sentence.gap(i).strip():
        return True
    raw = sentence.gap(i)
    gap = raw.strip()
    if gap[:1] in {'"', "'"} and raw[:1] == " ":
        return False  # a straight quote that opens a quotation: 'ask firms to "roll over' (BBC)
    return gap[:1] in {".", ",", ";", ":", "!", "?", ")", "”", "’", '"', "—", "–"} or raw.startswith(" - ")  # "were to optimistic - but"


def adjective(word) -> bool:
    """An adjective that may modify a noun here; not a verb's past ("to optimistic and warned",
    "to expensive, said Mr Pollmann": Harper also calls "warned" and "said" adjectives)."""
    return (word is not None and lex.can_be(word.lower, "J") and not lex.only(word.lower, "N") and not lex.can_be(word.lower, "6")
            and word.lower not in lex.CLAUSE_VERBS and word.lower not in lex.DETERMINERS)  # not "to fast and some projects'


def indefinite_article(word) -> bool:
    return word is not None and word.lower in {"a", "an"}


def title_case(sentence) -> bool:
    """A headline in title case, where capitals say nothing about names."""
    return sentence.memo("title-case", _count_title_case)


def _count_title_case(sentence) -> bool:
    words = [w for w in sentence.words if w.text[:1].isalpha() and len(w.text) > 3]
    return len(words) >= 2 and sum(w.text[0].isupper() for w in words) >= 0.6 * len(words)
