"""What the words before a 'to' ask of it: a degree ("far to", "was to", "for to long"), a
head that takes no 'to' ("relied to heavily", "spends to much"), a range that ends at it ("from
low to high"), a 'too' beside it ("to little, too late") or a relative word that strands it
("what he objected to was").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from newslint.checks.grammar.phrase_shapes import adjective
from newslint.lexicon import confusables as lex
from newslint.lexicon import degree

# Words that strand a preposition later in their clause ("what he objected to was").
_WH = frozenset({"what", "which", "who", "whom", "whose", "where", "whatever", "whichever"})
_CLAUSE_BREAK = re.compile(r"[;:—–]|\s-\s|--")


def degree_cue(sentence, i, previous):
    """What before 'to' asks for a degree: an intensifier ("far to", "all to", "a bit to") or a
    linking verb ("was to", "seems to")."""
    if previous is None:
        return None
    lower = previous.lower
    if lower == "way" and sentence.before(i, 2) is not None and sentence.before(i, 2).lower not in degree.LINKING:
        return None  # "a long way to go": the noun, not the intensifier ("way to many")
    if lower in degree.STRONG_INTENSIFIERS:
        return "strong"
    if lower == "all" and sentence.after(i) is not None and sentence.after(i).lower in {"often", "soon", "easily", "quickly", "readily", "clearly", "frequently", "familiar", "common"}:
        return "strong"  # "all to often comes", "all to familiar"; not "all to blame" (human news)
    if lower == "much" and sentence.after(i) is not None and sentence.after(i).lower not in lex.QUANTIFIERS:
        return "intensifier"  # "much to low and"; not "much to many fans' delight"
    if lower in degree.INTENSIFIERS:
        return "intensifier"
    if lower in degree.HEDGES:
        return "hedge"  # "perhaps to conservative for an airline", "maybe to fast,"
    if lower in degree.NO_TO_AFTER:
        return "preposition"
    if lower in degree.LINKING:
        return "linking"
    if parallel_too(sentence, i):
        return "strong"  # "too deep and to long a recession", "to little, too late"
    if lower in {"and", "or", "but"} and sentence.before(i, 2) is not None and lex.degree_word(sentence.before(i, 2).lower, nouns=True):
        return "linking"  # "branded inadequate and to complex": the first adjective's verb links the second
    if lower in degree.DURATION and sentence.after(i) is not None and sentence.after(i).lower == "long":
        return "duration"  # "took to long"; not "taken to hospital after"
    if verb_without_to(sentence, i, lex.TO_VERBS):
        return "verb"  # "relied to heavily on", "had to much power": the verb takes no 'to'
    return None


def verb_without_to(sentence, i, takes_to) -> bool:
    """Whether the word before 'to' is a verb here whose complement never begins with 'to' (not
    one of ``takes_to``): "relied", "spending", "placing", "require"; not "sold" ("sold to many"),
    "want" ("want to."), nor a word that may be a noun ("costs", "access", "blow")."""
    previous = sentence.before(i)
    if previous is None or not previous.text.islower():
        return False
    lower = previous.lower
    if lower in takes_to or lower in lex.TO_PREPOSITIONAL or takes_to is lex.TO_VERBS and lower in lex.TO_GOVERNORS or lower in degree.LINKING or lower in lex.FINITE_AUXILIARIES or not lex.can_be(lower, "V"):
        return False
    if lex.only(lower, "V"):
        return True  # "relied", "spends", "borrow"
    before = sentence.before(i, 2)
    if before is None or before.lower in lex.DETERMINERS or before.lower in lex.POSSESSIVES or before.lower.endswith("'s"):
        return False  # "the spending to", "Labour's plans to"
    if before.lower in lex.SUBJECT_PRONOUNS or before.lower in lex.MODALS or before.lower in {"to", "not", "never"} or before.lower.endswith("n't"):
        return lex.can_be(lower, "bth")  # "they heap to much", "it relied to much", "not read to much into"
    if before.lower in lex.FINITE_AUXILIARIES or before.lower in {"been", "be", "being", "having"}:
        return lex.can_be(lower, "T6")  # "has spent to much time", "is spending to much"
    if lower.endswith("ed") and lex.only(lower, "VJ") and not lex.can_be(lower, "b") and (
            before.text[0].isupper() and not before.sentence_start or lex.only(before.lower, "N") and lex.can_be(before.lower, "9")):
        return True  # a past after its subject: "the Fed placed to many restrictions", "people consumed to many drinks"
    # a gerund or a participle after a word that does not begin a noun phrase: "for placing to much
    # weight", "is spending to much"; not "offering low-cost financing to small businesses" (Reuters)
    if not (before.lower in lex.PREPOSITIONS or before.lower in lex.FINITE_AUXILIARIES or before.lower in degree.LINKING
            or before.lower in lex.CONJUNCTIONS or lex.adverb(before.lower)):
        return False
    return lower.endswith(("ing", "ed")) and lex.can_be(lower, "6tT") and not lex.can_be(lower, "9")


def parallel_too(sentence, i) -> bool:
    """A 'too' before a word of degree within a few words of this 'to', joined to it by 'and', 'or'
    or a comma: "to little, too late", "too deep and to long a recession", "too complex and raised
    to many"."""
    for k in range(max(0, i - 6), min(len(sentence.words) - 1, i + 6)):
        if k == i or sentence.words[k].lower != "too":
            continue
        following = sentence.words[k + 1].lower
        if not (following in lex.QUANTIFIERS or lex.degree_word(following, verbs=True, nouns=True)):
            continue
        low, high = sorted((k, i))
        between = {w.lower for w in sentence.words[low + 1 : high]}
        if high - low > (5 if between & {"and", "or"} else 4) or "to" in between:
            continue  # "too sick to work, leading to many flight cancellations" (BBC): another phrase
        if between & {"and", "or"} or any("," in sentence.gap(j) for j in range(low, high)):
            return True
    return False


def range_before(sentence, i) -> bool:
    """A range ("from low to high", "ranging from blue at the lower end of the scale to red") or an
    idiom ("up to much") ends at 'to'."""
    previous = sentence.before(i)
    if previous is not None and (previous.lower in {"up", "amount", "amounts", "amounted"} or previous.lower in {"come", "came", "comes"}
                                 and sentence.after(i) is not None and sentence.after(i).lower in lex.QUANTIFIERS):
        return True  # "up to much", "come to little"; not "come to late to influence" (Reuters)
    following, after = sentence.after(i), sentence.after(i, 2)
    if after is not None and after.lower == "from" and following.lower not in lex.QUANTIFIERS and adjective(sentence.after(i, 3)):
        return True  # "changed to unqualified from qualified" (Reuters); not "to deduce to much from it"
    if (previous is not None and previous.lower not in degree.INTENSIFIERS | degree.STRONG_INTENSIFIERS | degree.LINKING | lex.QUANTIFIERS
            and previous.lower not in lex.PARTICLE_OBJECT_VERBS and lex.degree_word(previous.lower, nouns=True)  # "away": a particle
            and lex.can_be(previous.lower, "J") and following is not None and lex.can_be(following.lower, "J")
            and not (previous.lower.endswith("ed") and lex.can_be(previous.lower, "t"))):
        # a range of degrees: "neutral to bearish on GM" (Reuters), "moderate to heavy"; not a verb's
        # past ("relied to much", "concerned to many", "deemed to brutal"), nor an adverb ("dishonest to often")
        return True
    for k in range(i - 1, max(-1, i - 13), -1):
        if sentence.gap(k).strip():
            return False  # punctuation between: another clause ("debt payments, "because circumstances change to quickly"")
        lower = sentence.words[k].lower
        if lower in {"from", "between"}:
            return True
        if lower == "to" or lex.only(lower, "V") or lex.PROGRESSIVE in lex.classes(lower) and (not lex.can_be(lower, "N") or lower.endswith("ing") and k == i - 1) or lower in degree.LINKING:
            return False  # "keeps galaxies from becoming to large", "from rising to quickly": a verb, not a range, follows 'from'
    return False


def wh_before(sentence, i) -> bool:
    """A relative or question word earlier in the clause, which can strand a preposition: "what
    he objected to is", "the firm which he sold it to."; not one before a dash or a semicolon
    ("children who fight - adults do to.")."""
    if sentence.first(_WH) >= i:
        return False
    marks = sentence.memo("wh-and-breaks", _wh_and_breaks)
    k = bisect_right(marks, (i, -1)) - 1
    return k >= 0 and marks[k][1] == 1


def _wh_and_breaks(sentence) -> list[tuple[int, int]]:
    """The positions of relative words (1) and of clause breaks after a word (0), in order."""
    marks = []
    for k, word in enumerate(sentence.words):
        if word.lower in _WH:
            marks.append((k, 1))
        if k + 1 < len(sentence.words) and _CLAUSE_BREAK.search(sentence.gap(k)):
            marks.append((k, 0))
    return marks
