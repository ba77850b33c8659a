"""What the confusable-word rules share: the words of each sentence, their neighbours, and one
way to report a verdict.

A confusable rule (to/too, its/it's, there/their, ...) looks at each of its words
with the words right before and after it in the same sentence, and the word
classes ``newslint.lexicon.confusables`` gives them, and says whether the other
spelling is certain (an error, with a fix that is safe outside quotations),
likely (a warning, a suggestion) or not called for. Harper's own lints for the
same slips are reported too where the rule's ``keep`` accepts them and its own
reading found nothing at that place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, NamedTuple

from newslint.analysis import shared
from newslint.checks.grammar.harper_backed import HarperRule, match_case
from newslint.document.words import WORD_RE
from newslint.engine.rule import Severity
from newslint.engines import harper
from newslint.lexicon import confusables as lex


class Word(NamedTuple):
    start: int  # offsets into doc.text
    end: int
    text: str
    lower: str  # lowercased, curly apostrophe made straight
    sentence_start: bool


@dataclass(frozen=True)
class Verdict:
    fix: str  # the word to write instead (lowercase; cased like the original when reported)
    certain: bool
    why: str = ""  # a few words on the context that settled it
    part: tuple[int, int] | None = None  # the slip's offsets inside a compound ("lose" of "lose-head"); None: the whole word


#: What may stand between a word and the noun phrase it governs: "to “push”", "to $10bn".
OPENERS = "\"“‘'$£€("


class Sentence:
    """The words of one sentence, and which neighbours touch with only spaces between them."""

    def __init__(self, text: str, start: int, end: int):
        self.text = text
        words = []
        for match in WORD_RE.finditer(text, start, end):
            words.append(Word(match.start(), match.end(), match.group(), match.group().lower().replace("’", "'"), not words))
        self.words = words
        self._first: dict[frozenset[str], int] = {}
        self._memo: dict[str, object] = {}

    def memo(self, name: str, compute):
        """``compute(self)``, computed once per sentence (a fact about the whole sentence that a
        rule asks at each of its words, such as whether it is a title-case headline)."""
        if name not in self._memo:
            self._memo[name] = compute(self)
        return self._memo[name]

    def first(self, lowers: frozenset[str]) -> int:
        """The index of the first word whose lowercase form is in ``lowers`` (``len(words)`` when
        none is): "is there a 'which' before word i" in constant time, once per sentence and set."""
        found = self._first.get(lowers)
        if found is None:
            found = next((k for k, word in enumerate(self.words) if word.lower in lowers), len(self.words))
            self._first[lowers] = found
        return found

    def gap(self, i: int) -> str:
        """The characters between word ``i`` and word ``i + 1`` ("" past the end)."""
        if i + 1 >= len(self.words):
            return self.text[self.words[i].end : self.words[i].end + 1] if i < len(self.words) else ""
        return self.text[self.words[i].end : self.words[i + 1].start]

    def after(self, i: int, n: int = 1, through: str = "") -> Word | None:
        """The ``n``-th word after word ``i`` when only spaces (and characters of ``through``,
        such as an opening quote or a currency sign) separate them."""
        for k in range(i, i + n):
            if k + 1 >= len(self.words) or self.gap(k).strip(" " + through) != "":
                return None
        return self.words[i + n]

    def before(self, i: int, n: int = 1, through: str = "") -> Word | None:
        """The ``n``-th word before word ``i`` when only spaces (and characters of ``through``,
        such as an opening quote) separate them."""
        for k in range(i - n, i):
            if k < 0 or self.gap(k).strip(" " + through) != "":
                return None
        return self.words[i - n]

    def ends_after(self, i: int) -> bool:
        """Whether punctuation (or the end of the sentence) follows word ``i``."""
        return self.after(i) is None

    def neighbours(self, i: int) -> Neighbours:
        """The words right before and after word ``i`` (only spaces between) and their lowercase
        forms ("" where punctuation or the sentence's edge comes first)."""
        previous, following = self.before(i), self.after(i)
        return Neighbours(previous, following, previous.lower if previous else "", following.lower if following else "")


class Neighbours(NamedTuple):
    previous: Word | None
    following: Word | None
    before: str  # previous.lower, or ""
    after: str  # following.lower, or ""


def sentences(doc) -> list[Sentence]:
    """Every sentence of ``doc`` as words, computed once per document."""
    return shared(doc, "confusable-sentences", lambda d: [Sentence(d.text, s.start, s.end) for s in d.sentences])


class _Taken:
    """The spans already reported in a document, pairwise disjoint, and whether a new span overlaps
    one of them (``start < end_i and end > start_i`` for some i), in time linear in the span's length."""

    def __init__(self) -> None:
        self.owner: dict[int, int] = {}  # character offset -> index of the span covering it
        self.points: set[int] = set()  # empty spans, kept apart
        self.count = 0

    def add(self, start: int, end: int) -> None:
        self.count += 1
        if start == end:
            self.points.add(start)
        for offset in range(start, end):
            self.owner[offset] = self.count

    def overlaps(self, start: int, end: int) -> bool:
        if start == end:  # inside a span, strictly: start_i < start < end_i
            owner = self.owner.get(start)
            return owner is not None and self.owner.get(start - 1) == owner
        return any(offset in self.owner for offset in range(start, end)) or any(
            offset in self.points for offset in range(start + 1, end))


class ConfusableRule(HarperRule):
    """A rule that judges each of its ``words`` in context (see :meth:`judge`)."""

    words: ClassVar[frozenset[str]] = frozenset()

    def judge(self, sentence: Sentence, i: int) -> Verdict | None:
        """Whether word ``i`` of ``sentence`` (one of ``words``) should be another word."""
        raise NotImplementedError

    def concerns(self, lower: str) -> bool:
        """Whether the rule judges this word (lowercase); a rule may widen ``words`` to compounds."""
        return lower in self.words

    def check(self, doc, ctx):
        reported = _Taken()
        quotes = doc.quote_spans  # direct quotations, by bisection
        for sentence in sentences(doc):
            for i, word in enumerate(sentence.words):
                if not self.concerns(word.lower):
                    continue
                verdict = self.judge(sentence, i)
                if verdict is None:
                    continue
                start, end = word.start, word.end
                if verdict.part is not None:
                    start, end = word.start + verdict.part[0], word.start + verdict.part[1]
                written = doc.text[start:end]
                fix = match_case(written, verdict.fix).replace("'", "’" if "’" in written else "'")
                quoted = start in quotes
                ctx.report(
                    start, end, self.verdict_message(written, fix, verdict), fix=fix,
                    safe=verdict.certain and not quoted,
                    severity=Severity.ERROR if verdict.certain else Severity.WARNING,
                )
                reported.add(start, end)
        if not self.harper_rules:
            return
        found = harper.lints(doc, ctx.config)
        for name in self.harper_rules:
            for lint in found.get(name, ()):
                if not reported.overlaps(lint.start, lint.end) and lint.replacements[:1] != (lint.text,) and self.keep(doc.text, lint, found):
                    self.report(doc.text, lint, ctx)
                    reported.add(lint.start, lint.end)

    def verdict_message(self, written: str, fix: str, verdict: Verdict) -> str:
        hedge = "should be" if verdict.certain else "should probably be"
        return f"'{written}' {hedge} '{fix}'" + (f" ({verdict.why})" if verdict.why else "")


# -- what the words around a confusable are -----------------------------------------------

# Adverbs of degree: after them a participle is an adjective ("they're very experienced and").
_DEGREE = frozenset("very so too quite rather pretty really more less most extremely incredibly".split())
# Adverbs that never begin a noun phrase though the dictionary also lists them as nouns ("not").
_CLAUSE_ADVERBS = frozenset({"not", "never", "also", "always", "already", "still"})


def opens_noun_phrase(word: Word | None) -> bool:
    """Whether ``word`` can begin the noun phrase a possessive needs ("second offer", "majority",
    "Chelsea"), and not a clause ("a", "been", "not", "going", "in")."""
    if word is None:
        return False
    lower = word.lower
    if lower in lex.DETERMINERS or lower in lex.SUBJECT_PRONOUNS or lower in lex.OBJECT_PRONOUNS:
        return False
    if lower in lex.PREPOSITIONS or lower in lex.CONJUNCTIONS or lower in lex.FINITE_AUXILIARIES or lower in _CLAUSE_ADVERBS:
        return False
    if word.text[0].isdigit() or word.text[0].isupper() and not word.sentence_start or not word.text.islower():
        return True  # a number, a name, "iPod"
    found = lex.classes(lower)
    if not found:
        return lower.isalpha() or "-" in lower  # "primetime", "co-chairman": words the dictionary lacks
    if lex.PROGRESSIVE in found and lex.NOUN not in found:
        return False
    if lex.only(lower, "R") or lex.only(lower, "V") and lex.LEMMA not in found:
        return False  # "not", "also"; "been", "went"
    return lex.can_be(lower, "NJ")


def noun_only(word: Word | None) -> bool:
    """A word that can only be a noun here ("car", "homes", "majority")."""
    return word is not None and word.lower not in lex.TIME_WORDS and lex.only(word.lower, "N")


def bare_noun(word: Word | None) -> bool:
    """A word that can only head or modify a noun phrase here, not follow 'is' or 'has' ("car",
    "coffee", "names", "chairman"): a noun whose other readings are a verb's base or -s form,
    or the dictionary's noun-as-modifier adjective, and never an adjective in its own right, an
    adverb, a preposition, a participle or an '-ing' form."""
    if word is None or not word.text.islower():
        return False
    found = lex.classes(word.lower)
    if lex.NOUN not in found or any(code in found for code in "RPDtT6cuAlI"):
        return False
    if lex.ADJECTIVE in found and lex.VERB not in found and lex.PLURAL not in found:
        return False  # "emotional", "unusual", "different": adjectives the dictionary also calls nouns
    return not lex.true_adjective(word.lower)


def finite_verb(word: Word | None) -> bool:
    """A verb that can only be finite here ("said", "rose", "were"): it needs a subject before it."""
    if word is None:
        return False
    lower = word.lower
    if lower in lex.FINITE_AUXILIARIES or lower in lex.MODALS:
        return True
    found = lex.classes(lower)
    if not found or lex.NOUN in found:
        return False
    if lex.LEMMA in found and not (lower.endswith("ed") and not lower.endswith("eed") and lex.PRETERITE in found):
        return False  # a base form; not "declared", which the dictionary also marks as one
    return lex.PRETERITE in found or lex.THIRD in found  # "said" (an adjective only in "the said")


def takes_possessive(word: Word | None, before: Word | None = None) -> bool:
    """Whether a possessive (not a clause) must follow ``word``: a preposition ("for their",
    "in its") or a verb that takes an object and not a clause ("lost its", "extended its",
    "to make its", "improving its"; not "said it's"). ``before`` is the word before ``word``."""
    if word is None:
        return False
    lower = word.lower
    if lower in lex.PREPOSITIONS:
        return True
    if lower in lex.CLAUSE_VERBS or lower in lex.MODALS or lower in lex.FINITE_AUXILIARIES or lower in lex.CONJUNCTIONS:
        return False
    found = lex.classes(lower)
    if not found or lex.VERB not in found or lex.LINKING in found or lex.AUXILIARY in found:
        return False
    if before is not None and (before.lower == "to" or before.lower in lex.MODALS or before.lower in lex.FINITE_AUXILIARIES):
        return lex.LEMMA in found or lex.PARTICIPLE in found or lex.PROGRESSIVE in found  # "to make its", "had cut its"
    if lex.PROGRESSIVE in found:
        return True  # "improving its sales"
    if lex.NOUN in found:
        return lex.PRETERITE in found and lower.endswith("ed")  # "plans", "work": nouns too; "extended" is not
    return lex.PRETERITE in found or lex.PARTICIPLE in found or lex.ADJECTIVE not in found


def verb_expected(sentence: Sentence, i: int, subjects: frozenset[str] = frozenset()) -> bool:
    """Whether a verb must stand at word ``i``: 'to', a modal, 'not' or a contraction in
    n't/'ll/'d comes before it, adverbs between ("could loose", "will also loose", "don't
    often loose", "could eventually effect"), or one of ``subjects`` right before it ("if we
    loose")."""
    for n in range(1, 4):
        word = sentence.before(i, n)
        if word is None:
            return False
        lower = word.lower
        if lower == "to" or lower in lex.MODALS or lower in {"not", "never"} or lower.endswith(("'ll", "'d", "n't")):
            return True
        if n == 1 and lower in subjects:
            return True
        if not lex.adverb(lower) or lower in lex.CONJUNCTIONS:
            return False
    return False


def _verb_here(sentence: Sentence, k: int) -> bool:
    """Whether word ``k``, a verb form the dictionary also lists as a noun, is the verb after a
    noun phrase: an irregular past ("album sold", "team won") or an -s form before its object
    or particle ("text bears all the", "drought goes on"; not "shares of")."""
    lower = sentence.words[k].lower
    found = lex.classes(lower)
    if lex.PRETERITE in found and lex.LEMMA not in found and not lower.endswith("ed"):
        return True
    following = sentence.after(k)
    return lex.THIRD in found and following is not None and following.lower != "of" and (
        following.lower in lex.DETERMINERS or following.lower in lex.OBJECT_PRONOUNS or following.lower in {"on", "up", "down", "out", "into"})


def participle_clause(sentence: Sentence, i: int) -> bool:
    """Whether the word after word ``i`` is a participle that starts a verb phrase, not a
    modifier ("its happened before", "your meant to go", "its done me good"; not "its planned
    offer"): a verb form that is never a noun, before an object, a preposition, 'to', an adverb
    or the clause's end."""
    following = sentence.after(i)
    if following is None:
        return False
    found = lex.classes(following.lower)
    if not (lex.PARTICIPLE in found or lex.PRETERITE in found) or lex.NOUN in found or following.lower in {"said", "thought", "expected"}:
        return False
    after = sentence.after(i, 2)
    if after is None:
        return sentence.gap(i + 1)[:1] in {".", ",", "!", "?", ";"}
    lower = after.lower
    return lower in lex.DETERMINERS or lower in lex.OBJECT_PRONOUNS or lex.can_be(lower, "P") or lex.adverb(lower)


def object_verb(sentence: Sentence, i: int) -> bool:
    """Whether the word before word ``i`` is a verb that takes an object, not a noun, when the
    dictionary calls it both ("Texaco's management changes it's position", "BSkyB bought it's
    stake"): a verb form after a subject-like word, not after a determiner or an adjective
    ("the changes it's made"), and not a verb of saying or thinking."""
    previous, before = sentence.before(i), sentence.before(i, 2)
    if previous is None or takes_possessive(previous, before):
        return previous is not None
    lower = previous.lower
    found = lex.classes(lower)
    if lex.VERB not in found or lower in lex.CLAUSE_VERBS or lex.LINKING in found or lex.AUXILIARY in found or lower in lex.MODALS:
        return False
    if not (lex.PRETERITE in found or lex.THIRD in found or lex.PARTICIPLE in found):
        return False
    if before is None:
        return previous.sentence_start is False and lex.PRETERITE in found
    return before.lower not in lex.DETERMINERS and not lex.true_adjective(before.lower) and not before.lower.endswith("'s") or before.lower in lex.SUBJECT_PRONOUNS


def noun_phrase_then_verb(sentence: Sentence, i: int) -> bool:
    """Whether the words after word ``i`` are a noun phrase and then a finite verb ("chief
    executive said", "Betamax video recorder could", "father and grandfather served", "members
    also missed"): a possessive, not a clause, came before. The phrase holds at most four words
    (a name counts once) besides an 'and' between nouns and an adverb after a noun."""
    words = 0
    for n in range(1, 7):
        word = sentence.after(i, n)
        if word is None:
            return False
        lower = word.lower
        if n > 1 and (finite_verb(word) and (lower in lex.FINITE_AUXILIARIES or not lex.can_be(lower, "N")) or _verb_here(sentence, i + n)):
            return True
        last = sentence.words[i + n - 1]
        if n > 1 and (bare_noun(last) or lex.PLURAL in lex.classes(last.lower)):
            if lex.adverb(lower) and finite_verb(sentence.after(i, n + 1)):
                continue  # "members also missed"
            if lower == "and" and opens_noun_phrase(sentence.after(i, n + 1)):
                continue  # "father and grandfather served"
        if not (n > 1 and word.text[0].isupper() and last.text[0].isupper()):
            words += 1  # a name counts once: "new chief executive Brian Barwick was"
        if words > 4 or not opens_noun_phrase(word) or lower in lex.INDEFINITE_PRONOUNS:
            return False
        gerund = lex.can_be(lower, "6") and not bare_noun(sentence.after(i, n + 1))  # not "purchasing manager index"
        if n == 1 and (lower in _DEGREE or gerund or lex.can_be(lower, "P") and not lex.can_be(lower, "N") or lex.adverb(lower)):
            return False  # "they're being squeezed", "it's unlike anything", "it's not surprising"
        beyond = sentence.after(i, n + 1)
        if n > 1 and lex.can_be(lower, "6") and (beyond is None or beyond.lower in lex.DETERMINERS or beyond.lower in lex.OBJECT_PRONOUNS
                                                  or lex.can_be(beyond.lower, "T") and not lex.can_be(beyond.lower, "N")):
            return False  # "it's worth being paid", "having more"; not "chief operating officer", "AAA rating reflects"
    return False
