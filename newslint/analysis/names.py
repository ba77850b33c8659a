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

from newslint.analysis import shared
from newslint.document.model import Block, Document
from newslint.document.words import WORD_RE

# Capitalised words that are not names even mid-sentence in news copy.
_NOT_NAMES = {"i", "i'm", "i've", "i'd", "i'll", "ok"}
_HYPHEN = re.compile(r"[-\u2010\u2011]")
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
    return _HYPHEN.sub("-", word.lower()).replace("’", "'")


def hyphen_parts(word: str) -> list[tuple[int, int]]:
    """(start, end) of each hyphen-separated part of ``word``."""
    parts, position = [], 0
    for match in _HYPHEN.finditer(word):
        parts.append((position, match.start()))
        position = match.end()
    parts.append((position, len(word)))
    return [(s, e) for s, e in parts if e > s]


def strip_possessive(word: str) -> str:
    return _POSSESSIVE.sub("", word) if len(word) > 2 else word


@dataclass(frozen=True)
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
    matches = [m for m in WORD_RE.finditer(block.text)]
    title_case = _is_title_case([m.group() for m in matches], block.text.rstrip().endswith((".", "!", "?")))
    starts = sorted(s.start - block.start for s in doc.sentences_in(block))
    tokens: list[NameToken] = []
    sentence_index = -1
    alpha_seen = False  # an alphabetic word already seen in this sentence
    previous_end = 0
    for match in matches:
        start, word = match.start(), match.group()
        while sentence_index + 1 < len(starts) and starts[sentence_index + 1] <= start:
            sentence_index += 1
            alpha_seen = False
            previous_end = starts[sentence_index]
        gap = block.text[previous_end:start]
        initial = (
            not alpha_seen
            or _CLAUSE_BREAK.search(gap) is not None
            or _after_opening_mark(block.text, start)
        )
        joined = bool(tokens) and alpha_seen and gap.strip() == "" and gap != ""
        tokens.append(NameToken(block.start + start, block.start + match.end(), word, block.index, initial, title_case, joined))
        if word[0].isalpha():
            alpha_seen = True
        previous_end = match.end()
    return tokens


def _is_title_case(words: list[str], ends_sentence: bool) -> bool:
    """A short line where most longer words are capitalised ("Key Takeaways from the Summit").

    A line that ends like a sentence must be nearly all capitals: "Lee met President Xi
    Jinping on Monday." is a sentence full of names, not a title.
    """
    if len(words) > _TITLE_CASE_MAX_WORDS:
        return False
    long_words = [w for w in words[1:] if len(w) >= 4 and w[0].isalpha() and w.lower() not in _MINOR_WORDS]
    if len(long_words) < 2:
        return False
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return capitalised >= (0.85 if ends_sentence else 0.6) * len(long_words)


def _after_opening_mark(text: str, start: int) -> bool:
    """A word right after an opening quote or bracket starts a sentence of its own."""
    i = start - 1
    while i >= 0 and text[i] in _OPENING_MARKS:
        i -= 1
    return i < start - 1 and (i < 0 or text[i] in " \t")


def _record(names: ArticleNames, tokens: list[NameToken]) -> None:
    run: list[NameToken] = []
    for token in tokens:
        word = token.text
        if not word[0].isalpha():
            _close_run(names, run)
            run = []
            continue
        if word[0].isupper() and name_key(word) not in _NOT_NAMES:
            # a sentence start proves nothing; a title-case line proves a little
            target = names.capitalized if token.is_evidence else names.weak if not token.initial else None
            for form in _forms(word) if target is not None else ():
                if form[0].isupper():
                    target[name_key(form)][form] += 1
            if token.is_evidence and run and token.joined_to_previous:
                run.append(token)
            else:
                _close_run(names, run)
                run = [token] if token.is_evidence else []
            if _POSSESSIVE.search(word) and len(word) > 2 and word[-1] in "s'’":
                _close_run(names, run)  # "Korea’s Lee": the possessive ends the name
                run = []
            continue
        if word.islower() and not token.initial:
            for form in _forms(word):
                names.lowercase[name_key(form)] += 1
        _close_run(names, run)
        run = []
    _close_run(names, run)


def _forms(word: str) -> list[str]:
    """The word, its hyphen parts, and the same without a possessive ending."""
    forms = [word]
    stem = strip_possessive(word)
    if stem != word:
        forms.append(stem)
    if _HYPHEN.search(stem):
        forms.extend(stem[s:e] for s, e in hyphen_parts(stem))
    return forms


def _close_run(names: ArticleNames, run: list[NameToken]) -> None:
    if len(run) >= 2:
        names.sequences[" ".join(t.text for t in run)] += 1
        for left, right in zip(run, run[1:]):
            names.pairs[(name_key(strip_possessive(left.text)), name_key(strip_possessive(right.text)))] += 1
