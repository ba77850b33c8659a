"""The article's own proper nouns, learnt from how the article writes them.

A word the article capitalises in the middle of a sentence is (part of) a
name: "Wi Sung-lac", "Zhao Leji", "Gyeongju". Spelling rules accept such
words; casing rules use them to spot the same word written in lowercase
elsewhere ("zhao Leji"). Capitals prove nothing where any word would be
capitalised: at the start of a sentence, a heading or a list item, after a
colon or a dash, or anywhere in a line written in title case ("Key Facts
From The Talks"). Those capitals are kept apart as weak evidence.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from newslint.analysis import shared
from newslint.document.model import Block, Document
from newslint.document.words import WORD_RE

# Capitalised words that are not names even mid-sentence in news copy.
_NOT_NAMES = {"i", "i'm", "i've", "i'd", "i'll", "ok"}
_HYPHEN = re.compile(r"[-\u2010\u2011]")
_HYPHEN_CHARS = frozenset("-\u2010\u2011")
_SPECIAL = frozenset("-\u2010\u2011’")
_PLAIN = frozenset("-\u2010\u2011’'")  # a word with none of these is its own key, lowercased
_POSSESSIVE = re.compile(r"['’]s?$")
# Opening marks: the word after one starts a quoted sentence of its own.
_OPENING_MARKS = "\"“‘'(["
# What, between two words, makes the second start a clause of its own: a colon,
# or a dash set off by spaces ("Month 4–6 – Finalise the schedule").
_CLAUSE_BREAK = re.compile(r":|\s[-–—]\s|\s[–—]|[–—]\s")
# Words that title case leaves lowercase.
_MINOR_WORDS = {"with", "from", "into", "over", "upon", "onto", "than", "that", "this", "amid", "after"}
# A line of this many words or fewer may be written in title case.
_TITLE_CASE_MAX_WORDS = 20


def name_key(word: str) -> str:
    """How two spellings of a word compare: any case, any hyphen, any apostrophe."""
    key = word.lower()
    if not _SPECIAL.intersection(key):
        return key
    return _HYPHEN.sub("-", key).replace("’", "'")


def hyphen_parts(word: str) -> list[tuple[int, int]]:
    """(start, end) of each hyphen-separated part of ``word``."""
    if not _HYPHEN_CHARS.intersection(word):
        return [(0, len(word))] if word else []
    parts, position = [], 0
    for match in _HYPHEN.finditer(word):
        parts.append((position, match.start()))
        position = match.end()
    parts.append((position, len(word)))
    return [(s, e) for s, e in parts if e > s]


def strip_possessive(word: str) -> str:
    if len(word) <= 2 or word[-1] not in "s'’":
        return word
    return _POSSESSIVE.sub("", word)


@dataclass(slots=True)
class NameToken:
    """One word of the article, with what its capital (or lack of one) can prove."""

    start: int
    end: int
    text: str
    block: int
    #: capitalised by position: a sentence start, after a colon, a dash or numbering
    initial: bool
    #: in a short line written in title case
    title_case: bool
    #: whitespace only between this word and the previous one in the same sentence
    joined_to_previous: bool
    #: name_key of the word without a possessive ending
    key: str

    @property
    def capitalized(self) -> bool:
        return self.text[0].isupper()

    @property
    def is_evidence(self) -> bool:
        """True when the word's case says something about the word itself."""
        return not self.initial and not self.title_case


@dataclass
class ArticleNames:
    #: name_key(word) -> Counter of its capitalised spellings seen mid-sentence in running text
    capitalized: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    #: name_key(word) -> number of times it is written all lowercase mid-sentence
    lowercase: Counter[str] = field(default_factory=Counter)
    #: capitalised spellings seen mid-line in title-case lines, where capitals prove little
    weak: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    #: runs of two or more capitalised words mid-sentence ("Lee Jae Myung"), with counts
    sequences: Counter[str] = field(default_factory=Counter)
    #: adjacent capitalised words mid-sentence, as (name_key, name_key) pairs ("zhao", "leji")
    pairs: Counter[tuple[str, str]] = field(default_factory=Counter)
    #: the same runs, as their words
    runs: list[tuple[NameToken, ...]] = field(default_factory=list)
    #: capitalised spellings seen only where any word is capitalised (sentence starts): weak
    #: evidence, trusted only for words that are no English word ("Zhao Leji said")
    initial: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    #: a capitalised sentence start and the capitalised word after it ("Zhao", "Leji")
    opening_pairs: Counter[tuple[str, str]] = field(default_factory=Counter)
    #: every word of the article, in order
    tokens: list[NameToken] = field(default_factory=list)

    def is_name(self, word: str) -> bool:
        """True when the article capitalises ``word`` mid-sentence more than it lowercases it.

        A word the body never writes at all may still be a name when a title-case
        line capitalises it ("Zelensky" only in "Protesters Greet Zelensky In Kyiv").
        """
        key = name_key(word)
        seen = sum(self.capitalized.get(key, Counter()).values())
        lower = self.lowercase.get(key, 0)
        if seen:
            return seen >= lower
        return lower == 0 and bool(self.weak.get(key)) and word[:1].isupper()

    def is_strong_name(self, word: str) -> bool:
        """Capitalised mid-sentence at least once and never written in lowercase elsewhere."""
        key = name_key(word)
        return bool(self.capitalized.get(key)) and self.lowercase.get(key, 0) == 0

    def preferred(self, word: str, weak: bool = True) -> str | None:
        """The article's most common capitalised spelling of ``word`` (mid-sentence
        spellings first; with ``weak``, also those at sentence starts and in title case)."""
        forms = self.capitalized.get(name_key(word)) or (self.weak.get(name_key(word)) if weak else None)
        return forms.most_common(1)[0][0] if forms else None

    def capital_count(self, word: str) -> int:
        return sum(self.capitalized.get(name_key(word), Counter()).values())

    # Indexes over the finished analysis, built on first use (rules ask per word; a scan of every
    # pair or token per question made them quadratic in the article's size).

    @cached_property
    def pair_openers(self) -> frozenset[str]:
        """The keys the article writes capitalised before another capitalised word ("dome" of "Dome Petroleum")."""
        return frozenset(left for left, _ in self.pairs)

    @cached_property
    def capitals_at(self) -> dict[str, list[int]]:
        """name_key -> indexes into ``tokens`` of the word capitalised where its case is evidence, in order."""
        found: dict[str, list[int]] = defaultdict(list)
        for j, token in enumerate(self.tokens):
            if token.text[0].isupper() and token.is_evidence:
                found[token.key].append(j)
        return found


def article_names(doc: Document) -> ArticleNames:
    return shared(doc, "names", _compute)


def _compute(doc: Document) -> ArticleNames:
    names = ArticleNames()
    for block in doc.blocks:
        tokens = _block_tokens(doc, block)
        names.tokens.extend(tokens)
        _record(names, tokens)
    return names


def _block_tokens(doc: Document, block: Block) -> list[NameToken]:
    text, base, index = block.text, block.start, block.index
    matches = list(WORD_RE.finditer(text))
    title_case = len(matches) <= _TITLE_CASE_MAX_WORDS and _is_title_case(
        [m.group() for m in matches], text.rstrip().endswith((".", "!", "?"))
    )
    starts = [s.start - base for s in doc.sentences_in(block)]
    tokens: list[NameToken] = []
    next_sentence = 0
    alpha_seen = False  # an alphabetic word already seen in this sentence
    previous_end = 0
    for match in matches:
        start, end = match.span()
        word = match.group()
        while next_sentence < len(starts) and starts[next_sentence] <= start:
            alpha_seen = False
            previous_end = starts[next_sentence]
            next_sentence += 1
        if start - previous_end == 1 and text[previous_end] == " ":
            initial, joined = not alpha_seen, alpha_seen  # the common case: one space
        else:
            gap = text[previous_end:start]
            initial = (
                not alpha_seen
                or _CLAUSE_BREAK.search(gap) is not None
                or (text[start - 1] in _OPENING_MARKS and _after_opening_mark(text, start))
            )
            joined = alpha_seen and gap != "" and gap.isspace()
        key = word.lower() if _PLAIN.isdisjoint(word) else name_key(strip_possessive(word))
        tokens.append(NameToken(base + start, base + end, word, index, initial, title_case, joined, key))
        if not alpha_seen and word[0].isalpha():
            alpha_seen = True
        previous_end = end
    return tokens


def _is_title_case(words: list[str], ends_sentence: bool) -> bool:
    """A short line where most longer words are capitalised ("Key Takeaways from the Summit").

    A line that ends like a sentence is not a title, however many names it holds:
    "Lee met President Xi Jinping on Monday."
    """
    if len(words) > _TITLE_CASE_MAX_WORDS or ends_sentence:
        return False
    long_words = [w for w in words[1:] if len(w) >= 4 and w[0].isalpha() and w.lower() not in _MINOR_WORDS]
    if len(long_words) < 2:
        return False
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return capitalised >= 0.6 * len(long_words)


def _after_opening_mark(text: str, start: int) -> bool:
    """A word right after an opening quote or bracket starts a sentence of its own."""
    i = start - 1
    while i >= 0 and text[i] in _OPENING_MARKS:
        i -= 1
    return i < start - 1 and (i < 0 or text[i] in " \t")


def _record(names: ArticleNames, tokens: list[NameToken]) -> None:
    run: list[NameToken] = []
    lowercase, capitalized, weak, initial = names.lowercase, names.capitalized, names.weak, names.initial
    previous: NameToken | None = None
    for token in tokens:
        before, previous = previous, token
        if (
            before is not None and before.initial and not before.title_case and token.is_evidence
            and token.joined_to_previous and before.text[0].isupper() and token.text[0].isupper()
        ):
            names.opening_pairs[(before.key, token.key)] += 1
        word = token.text
        first = word[0]
        if first.islower():
            if not token.initial and word.islower():
                if _PLAIN.isdisjoint(word):
                    lowercase[word] += 1
                else:
                    for form in _forms(word):
                        lowercase[name_key(form)] += 1
        elif first.isupper() and token.key not in _NOT_NAMES:
            # a sentence start proves nothing; a title-case line proves a little
            target = capitalized if token.is_evidence else weak if not token.initial else initial
            if target is not None:
                for form in _forms(word):
                    if form[0].isupper():
                        target[name_key(form)][form] += 1
            if token.is_evidence and run and token.joined_to_previous:
                run.append(token)
            else:
                if len(run) >= 2:
                    _close_run(names, run)
                run = [token] if token.is_evidence else []
            if len(word) > 2 and word[-1] in "s'’" and strip_possessive(word) != word:
                if len(run) >= 2:
                    _close_run(names, run)  # "Korea’s Lee": the possessive ends the name
                run = []
            continue
        if len(run) >= 2:
            _close_run(names, run)
        run = []
    if len(run) >= 2:
        _close_run(names, run)


def _forms(word: str) -> list[str]:
    """The word, its hyphen parts, and the same without a possessive ending."""
    forms = [word]
    stem = strip_possessive(word)
    if stem != word:
        forms.append(stem)
    if not _HYPHEN_CHARS.isdisjoint(stem):
        forms.extend(stem[s:e] for s, e in hyphen_parts(stem))
    return forms


def _close_run(names: ArticleNames, run: list[NameToken]) -> None:
    names.runs.append(tuple(run))
    names.sequences[" ".join(t.text for t in run)] += 1
    for left, right in zip(run, run[1:]):
        names.pairs[(left.key, right.key)] += 1
