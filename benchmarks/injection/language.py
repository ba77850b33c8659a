"""Language injectors: one error of each kind newslint's README promises, put into real news.

Each error is built from its definition and from real error data, never from the
patterns newslint's rules look for (this module does not read ``newslint/``):

- real misspellings: Wikipedia's list of common misspellings and codespell's
  dictionary (``../shared/corpus/misspellings/``), applied to a word of the
  article that is the correct form in those lists;
- keyboard slips: a QWERTY neighbour, two letters swapped, a letter dropped or
  doubled, in a word of five letters or more, kept only when the result is not a
  word of the corpora or a correction of the misspelling lists;
- confusables (to/too, its/it's, there/their/they're, then/than, your/you're,
  who's/whose, lose/loose, affect/effect): a real occurrence in the article,
  wherever it is, replaced by its partner, so the contexts are the article's own;
- a/an: the article before a real following word swapped, unless both forms are
  correct there ("an historic");
- repeated word: a word of the article written twice, at a random place;
- names: a recurring name (a word the corpora almost never write in lowercase)
  lowercased once, a given name lowercased, or one occurrence spelt another way;
- dialect mix: a British spelling turned American (or back) with codespell's
  en-GB/en-US map, only when another word of the first dialect stays;
- sentence start in lowercase, a missing space after a comma or full stop;
- spinner phrases: a phrase of the Problematic Paper Screener's list replaced by
  the tortured form paraphrasing tools write for it. The list is split in two halves by
  a stable hash of the expected phrase: ``spinner-phrase`` draws only from the HELD-OUT
  half, which newslint's pack must never be curated from (phrases it has never seen);
  ``spinner-phrase-listed`` draws from the TRAIN half, the pack's source.
"""

from __future__ import annotations

import copy
import csv
import hashlib
import random
import re
from collections import defaultdict
from functools import lru_cache
from typing import Iterable, Optional

from benchmarks.injection.base import Article, Injection, Span, injector
from benchmarks.injection.corpus import CORPUS, is_word, lowercase_share, misspelling_pairs

MISSPELLINGS = CORPUS / "misspellings"
TORTURED = CORPUS / "tortured_phrases"
_PROSE = ("paragraph", "heading", "item")
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’')]?\s+)[\"“‘'(]?$")
_HONORIFICS = {"Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady", "St", "Dame", "Prof", "Rev", "Mt", "Gen", "Sen", "Rep"}


# -- helpers --------------------------------------------------------------------------------


def replaced(article: Article, block: int, start: int, end: int, new: str) -> tuple[Article, Span]:
    """A copy of ``article`` with ``[start, end)`` of ``block`` replaced by ``new``, and the new text's span."""
    result = copy.deepcopy(article)
    if block == -1:
        result.title = result.title[:start] + new + result.title[end:]
    else:
        text = result.blocks[block].text
        result.blocks[block].text = text[:start] + new + text[end:]
    return result, Span(block, start, start + len(new))


def occurrences(article: Article, pattern: re.Pattern) -> list[tuple[int, re.Match]]:
    """Every match of ``pattern`` in the article's prose blocks (not the headline, not raw lines)."""
    found = []
    for index, block in enumerate(article.blocks):
        if block.kind in _PROSE:
            found.extend((index, m) for m in pattern.finditer(block.text))
    return found


def at_sentence_start(text: str, offset: int) -> bool:
    return bool(_SENTENCE_START.search(text[:offset]))


def same_case(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _inject(kind: str, article: Article, block: int, start: int, end: int, new: str, rules: tuple[str, ...],
            exact: bool = True, gold: Optional[tuple[int, int]] = None) -> Injection:
    old = article.blocks[block].text[start:end]
    result, span = replaced(article, block, start, end, new)
    if gold is not None:  # a gold span narrower or wider than the replaced text, in the new text's offsets
        span = Span(block, gold[0], gold[1])
    return Injection(kind, result, [span], rules, exact, f"{old!r} -> {new!r}")


def _words(pattern: str) -> re.Pattern:
    return re.compile(rf"(?<![\w'’-])(?:{pattern})(?![\w'’-])")


# -- error data -----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def misspellings() -> dict[str, tuple[str, ...]]:
    """Correct word (lowercase) -> attested misspellings of it that are not words themselves.

    Wikipedia's list and codespell's dictionary only: the Birkbeck corpus holds the errors of
    children and poor spellers ('biginning'), not those of professional copy.
    """
    table: dict[str, set[str]] = defaultdict(set)
    for wrong, right in misspelling_pairs(source=("wikipedia", "codespell")):
        if wrong.isalpha() and right.isalpha() and wrong.islower() and right.islower() and wrong != right:
            table[right].add(wrong)
    return {right: tuple(sorted(w for w in wrongs if not is_word(w))) for right, wrongs in table.items()
            if len(right) >= 4}


@lru_cache(maxsize=1)
def dialect_pairs() -> dict[str, str]:
    """British spelling -> American spelling (codespell's en-GB to en-US map), both ways."""
    path = MISSPELLINGS / "codespell_dictionary_en-GB_to_en-US.txt"
    pairs: dict[str, str] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            british, _, american = line.partition("->")
            british, american = british.strip(), american.strip().rstrip(",")
            if british.isalpha() and american.isalpha() and "," not in american:
                pairs[british] = american
    return pairs


def tortured_half(expected: str) -> str:
    """'train' or 'held-out' for an expected phrase: a stable hash, so every tortured form of
    one expected phrase falls on one side and the split never changes between runs."""
    digest = hashlib.sha256(expected.strip().lower().encode("utf-8")).digest()
    return "held-out" if digest[0] % 2 else "train"


@lru_cache(maxsize=None)
def tortured_phrases(half: Optional[str] = None) -> dict[str, tuple[str, ...]]:
    """Expected phrase (lowercase) -> the tortured forms paraphrasing tools write for it.

    Only the Problematic Paper Screener's own queries that are one quoted phrase
    (``pps_tortured_phrases_raw.csv``); the simplified list adds pairs such as
    'blocks' -> 'squares blockchain' that no spinner wrote. ``half`` ('train' or
    'held-out', see ``tortured_half``) keeps one side of the split; None keeps both.
    """
    table: dict[str, set[str]] = defaultdict(set)
    raw = TORTURED / "pps_tortured_phrases_raw.csv"
    if raw.exists():
        with raw.open(encoding="utf-8", newline="") as stream:
            for row in csv.DictReader(stream):
                query = row["tortured_phrase"].strip()
                if re.fullmatch(r'"[^"]+"', query):  # a single quoted phrase, no query operators
                    table[row["expected_phrase"].strip().lower()].add(query.strip('"').lower())
    good = re.compile(r"[a-z][a-z' -]*[a-z]")
    result = {}
    for expected, forms in table.items():
        forms = {f for f in forms if good.fullmatch(f) and f != expected}
        if forms and good.fullmatch(expected) and len(expected) >= 4 and expected not in _FUNCTION_WORDS:
            if half is None or tortured_half(expected) == half:
                result[expected] = tuple(sorted(forms))
    return result


# Spinners rewrite function words too ('and' -> 'associate in nursing'); those are not phrases of news copy.
_FUNCTION_WORDS = {"also", "been", "from", "have", "more", "most", "only", "over", "some", "such", "than", "that",
                   "then", "this", "very", "were", "when", "will", "with", "the following"}


# -- spelling -------------------------------------------------------------------------------

_LOWER_WORD = _words(r"[a-z]+")


@injector("misspelling", "language", harper=True)
def misspelling(article: Article, rng: random.Random) -> Optional[Injection]:
    """A word of the article replaced by an attested misspelling of it ('receive' -> 'recieve')."""
    table = misspellings()
    candidates = [(b, m) for b, m in occurrences(article, _words(r"[A-Za-z][a-z]+"))
                  if m[0].lower() in table and table[m[0].lower()]
                  and (m[0].islower() or at_sentence_start(article.blocks[b].text, m.start()))]
    if not candidates:
        return None
    block, match = rng.choice(candidates)
    wrong = same_case(match[0], rng.choice(table[match[0].lower()]))
    return _inject("misspelling", article, block, *match.span(), wrong, ("spelling/",))


_QWERTY = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def _neighbours() -> dict[str, str]:
    position = {c: (r, i) for r, row in enumerate(_QWERTY) for i, c in enumerate(row)}
    result = {}
    for c, (r, i) in position.items():
        near = []
        for other, (r2, i2) in position.items():
            # same row next door, or the row above/below under the finger (staggered rows)
            if other != c and ((r2 == r and abs(i2 - i) == 1) or (abs(r2 - r) == 1 and i2 - i in ((0, -1) if r2 > r else (0, 1)))):
                near.append(other)
        result[c] = "".join(near)
    return result


_NEIGHBOURS = _neighbours()


def slip(word: str, rng: random.Random) -> Optional[str]:
    """One keyboard slip in ``word`` that makes a non-word, or None after a few tries."""
    for _ in range(30):
        operation = rng.choice(("neighbour", "swap", "drop", "double"))
        i = rng.randrange(1, len(word))  # the first letter is seldom the slip
        if operation == "neighbour":
            new = word[:i] + rng.choice(_NEIGHBOURS[word[i]]) + word[i + 1 :]
        elif operation == "swap":
            i = min(i, len(word) - 2)
            if word[i] == word[i + 1]:
                continue
            new = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif operation == "drop":
            new = word[:i] + word[i + 1 :]
        else:
            new = word[: i + 1] + word[i] + word[i + 1 :]
        if new != word and not is_word(new):
            return new
    return None


@injector("keyboard-slip", "language", harper=True)
def keyboard_slip(article: Article, rng: random.Random) -> Optional[Injection]:
    """A neighbouring key, two letters swapped, a letter dropped or doubled, in a word of 5+ letters."""
    candidates = [(b, m) for b, m in occurrences(article, _LOWER_WORD) if len(m[0]) >= 5]
    rng.shuffle(candidates)
    for block, match in candidates[:20]:
        wrong = slip(match[0], rng)
        if wrong:
            return _inject("keyboard-slip", article, block, *match.span(), wrong, ("spelling/",))
    return None


# -- confusables ----------------------------------------------------------------------------


def _confusion(kind: str, article: Article, rng: random.Random, swaps: dict[str, tuple[str, ...]],
               rules: tuple[str, ...]) -> Optional[Injection]:
    """Replace one real occurrence of a word of ``swaps`` by one of its partners.

    The direction (which word of the pair is replaced) is drawn first, so both
    directions are measured even where one word is far more common.
    """
    apostrophe = "’" if any("’" in b.text for b in article.blocks) else "'"
    by_word: dict[str, list[tuple[int, re.Match]]] = {}
    for word in swaps:
        pattern = _words(re.escape(word).replace("'", "['’]"))
        found = occurrences(article, re.compile(pattern.pattern, re.IGNORECASE))
        found = [(b, m) for b, m in found if m[0].islower() or m[0][1:].islower()]
        if found:
            by_word[word] = found
    if not by_word:
        return None
    word = rng.choice(sorted(by_word))
    block, match = rng.choice(by_word[word])
    new = same_case(match[0], rng.choice(swaps[word]).replace("'", apostrophe))
    return _inject(kind, article, block, *match.span(), new, rules)


def _confusion_kind(name: str, swaps: dict[str, tuple[str, ...]], rules: tuple[str, ...], doc: str) -> None:
    def inject(article: Article, rng: random.Random) -> Optional[Injection]:
        return _confusion(name, article, rng, swaps, rules)

    inject.__doc__ = doc
    inject.__name__ = name.replace("-", "_")
    injector(name, "language", harper=True)(inject)


_CONFUSABLES = [
    ("too-for-to", {"to": ("too",)}, ("grammar/to-too",), "'too' written for 'to' ('a visit too China')."),
    ("to-for-too", {"too": ("to",)}, ("grammar/to-too",), "'to' written for 'too' ('the price was to high')."),
    ("its-it-s", {"its": ("it's",), "it's": ("its",)}, ("grammar/its-it-s",), "its and it's, both ways."),
    ("there-their", {"there": ("their", "they're"), "their": ("there", "they're"), "they're": ("their", "there")},
     ("grammar/there-their",), "there, their and they're mixed up."),
    ("then-than", {"then": ("than",), "than": ("then",)}, ("grammar/then-than",), "then and than, both ways."),
    ("your-you-re", {"your": ("you're",), "you're": ("your",)}, ("grammar/",), "your and you're, both ways."),
    ("whose-who-s", {"whose": ("who's",), "who's": ("whose",)}, ("grammar/",), "whose and who's, both ways."),
    ("lose-loose", {"lose": ("loose",), "loose": ("lose",), "losing": ("loosing",), "loses": ("looses",)},
     ("grammar/",), "lose and loose, both ways."),
    ("affect-effect", {"affect": ("effect",), "effect": ("affect",), "affects": ("effects",), "effects": ("affects",)},
     ("grammar/",), "affect and effect, both ways."),
]
for _name, _swaps, _rules, _doc in _CONFUSABLES:
    _confusion_kind(_name, _swaps, _rules, _doc)


# -- a/an, repeated word --------------------------------------------------------------------

_ARTICLE = re.compile(r"(?<![\w'’.-])(a|an|A|An)\s+(?=([A-Za-z][\w'’-]*))")
# Words before which both 'a' and 'an' are correct (British 'an historic'): a swap there is no error.
_EITHER_ARTICLE = ("histor", "hotel", "heroic", "hypothe", "horrend", "horrific", "hilarious", "habitual", "hereditar")


@injector("a-an", "language", harper=True)
def a_an(article: Article, rng: random.Random) -> Optional[Injection]:
    """'a' and 'an' swapped before a real following word, both ways."""
    candidates = []
    for block, match in occurrences(article, _ARTICLE):
        word = match[2]
        if match[1][0] == "A" and not at_sentence_start(article.blocks[block].text, match.start()):
            continue  # 'Plan A said', 'Class A drugs': a letter, not the article
        if word.lower().startswith(_EITHER_ARTICLE):
            continue
        candidates.append((block, match))
    if not candidates:
        return None
    directions = sorted({m[1].lower() for _, m in candidates})
    direction = rng.choice(directions)
    block, match = rng.choice([(b, m) for b, m in candidates if m[1].lower() == direction])
    new = same_case(match[1], "a" if direction == "an" else "an")
    return _inject("a-an", article, block, match.start(1), match.end(1), new, ("grammar/a-an",))


_ANY_WORD = _words(r"[A-Za-z]+")
_GRAMMATICAL_DOUBLES = {"had", "that", "is", "do", "very", "no", "bye", "so", "ha", "now", "yes", "far", "again", "more"}


@injector("repeated-word", "language", harper=True)
def repeated_word(article: Article, rng: random.Random) -> Optional[Injection]:
    """A word of the article written twice ('in in', 'The the'), at a random place."""
    candidates = [(b, m) for b, m in occurrences(article, _ANY_WORD) if m[0].lower() not in _GRAMMATICAL_DOUBLES]
    if not candidates:
        return None
    block, match = rng.choice(candidates)
    word = match[0]
    common_start = at_sentence_start(article.blocks[block].text, match.start()) and lowercase_share(word) > 0.5
    doubled = f"{word} {word.lower() if common_start else word}"  # 'The the', but 'Blair Blair'
    return _inject("repeated-word", article, block, *match.span(), doubled, ("grammar/repeated-word",))


# -- punctuation and sentence case ----------------------------------------------------------

_COMMA_SPACE = re.compile(r"(?<=[A-Za-z)’'\"”]),( )(?=([A-Za-z][\w'’-]*))")
_PERIOD_SPACE = re.compile(r"(?<![A-Z])(?<=[a-z]{3})\.( )(?=([A-Z][a-z][\w'’-]*))")


def _missing_space(kind: str, article: Article, rng: random.Random, pattern: re.Pattern,
                   rules: tuple[str, ...]) -> Optional[Injection]:
    candidates = occurrences(article, pattern)
    if not candidates:
        return None
    block, match = rng.choice(candidates)
    start = match.start()  # the comma or full stop
    gold = (start, start + 1 + len(match[2]))  # the mark and the word glued to it
    return _inject(kind, article, block, match.start(1), match.end(1), "", rules, exact=False, gold=gold)


@injector("missing-space-after-comma", "language", harper=True)
def missing_space_after_comma(article: Article, rng: random.Random) -> Optional[Injection]:
    """The space after a comma dropped ('Jinping,Lee')."""
    return _missing_space("missing-space-after-comma", article, rng, _COMMA_SPACE,
                          ("punctuation/missing-space-after-comma",))


@injector("missing-space-after-period", "language", harper=True)
def missing_space_after_period(article: Article, rng: random.Random) -> Optional[Injection]:
    """The space after a sentence's full stop dropped ('said.The')."""
    return _missing_space("missing-space-after-period", article, rng, _PERIOD_SPACE,
                          ("punctuation/missing-space-after-period",))


_CAPITALISED = _words(r"[A-Z][a-z]+")


@injector("sentence-start", "language", harper=True)
def sentence_start(article: Article, rng: random.Random) -> Optional[Injection]:
    """A sentence that starts with a common word in lowercase ('the minister said…')."""
    candidates = [(b, m) for b, m in occurrences(article, _CAPITALISED)
                  if at_sentence_start(article.blocks[b].text, m.start()) and lowercase_share(m[0]) > 0.5]
    if not candidates:
        return None
    block, match = rng.choice(candidates)
    return _inject("sentence-start", article, block, *match.span(), match[0].lower(), ("casing/sentence-start",))


# -- names ----------------------------------------------------------------------------------


def _name_occurrences(article: Article) -> dict[str, list[tuple[int, re.Match]]]:
    """Words the corpora almost never write in lowercase (names), with their mid-sentence occurrences."""
    names: dict[str, list[tuple[int, re.Match]]] = defaultdict(list)
    lowered = {m[0] for _, m in occurrences(article, _LOWER_WORD)}
    for block, match in occurrences(article, _CAPITALISED):
        word = match[0]
        if len(word) < 3 or word in _HONORIFICS or word.lower() in lowered or lowercase_share(word) > 0.05:
            continue
        names[word].append((block, match))
    return names


def _mid_sentence(article: Article, found: Iterable[tuple[int, re.Match]]) -> list[tuple[int, re.Match]]:
    return [(b, m) for b, m in found if not at_sentence_start(article.blocks[b].text, m.start())]


@injector("lowercase-name", "language", harper=True)
def lowercase_name(article: Article, rng: random.Random) -> Optional[Injection]:
    """One occurrence of a name the story capitalises elsewhere written in lowercase ('The yukos saga')."""
    candidates = []
    for word, found in _name_occurrences(article).items():
        if len(found) >= 2:
            candidates.extend(_mid_sentence(article, found))
    if not candidates:
        return None
    block, match = rng.choice(candidates)
    return _inject("lowercase-name", article, block, *match.span(), match[0].lower(),
                   ("casing/lowercase-name", "casing/mixed-case-name"))


_FULL_NAME = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,}) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w-])")


@injector("lowercase-given-name", "language", harper=True)
def lowercase_given_name(article: Article, rng: random.Random) -> Optional[Injection]:
    """A person's given name in lowercase ('maria Lopez said').

    A given name is the first word of a full name whose surname the story then uses
    alone, as news does on second reference ('Benjamin Breyer … Breyer said').
    """
    names = _name_occurrences(article)
    text = " ".join(b.text for b in article.blocks)
    candidates = []
    for block, match in occurrences(article, _FULL_NAME):
        given, surname = match[1], match[2]
        if given not in names or at_sentence_start(article.blocks[block].text, match.start()):
            continue
        alone = len(re.findall(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text)) - len(
            re.findall(rf"{re.escape(given)} {re.escape(surname)}(?![\w-])", text))
        if alone >= 1:
            candidates.append((block, match))
    if not candidates:
        return None
    block, match = rng.choice(candidates)
    return _inject("lowercase-given-name", article, block, match.start(1), match.end(1), match[1].lower(),
                   ("casing/lowercase-name", "casing/mixed-case-name"))


_ACCENTS = {"a": "á", "e": "é", "i": "í", "o": "ó"}
_STRIP = {v: k for k, v in _ACCENTS.items()} | {"ü": "u", "ö": "o", "ä": "a", "è": "e", "à": "a", "ø": "o"}


def respelt(name: str, rng: random.Random) -> Optional[str]:
    """``name`` spelt another way: a letter doubled or dropped, an accent added or stripped."""
    options = []
    if any(c in _STRIP for c in name):
        options.append("".join(_STRIP.get(c, c) for c in name))
    for i in range(1, len(name)):
        c = name[i]
        if c.isalpha() and c not in "aeiouy" and name[i - 1] != c and (i + 1 >= len(name) or name[i + 1] != c):
            options.append(name[: i + 1] + c + name[i + 1 :])          # Cymru -> Cymrru
        if i + 1 < len(name) and name[i + 1] == c:
            options.append(name[:i] + name[i + 1 :])                   # Bennett -> Benett
        if c in "aeio" and 1 <= i < len(name) - 1:
            options.append(name[:i] + _ACCENTS[c] + name[i + 1 :])    # Jose -> José
    options = [o for o in options if o != name and not is_word(o)]
    return rng.choice(options) if options else None


@injector("name-spelling", "language", harper=True)
def name_spelling(article: Article, rng: random.Random) -> Optional[Injection]:
    """One occurrence of a recurring name spelt another way ('Plaid Cymrru', 'Gordon-Brown', 'José')."""
    rules = ("consistency/name-spelling", "spelling/misspelled-word")
    text = " ".join(b.text for b in article.blocks)
    pairs = [(b, m) for b, m in occurrences(article, _FULL_NAME)
             if text.count(m[0]) >= 2 and "-" not in m[0] and m[1] in _name_occurrences(article)]
    names = {w: f for w, f in _name_occurrences(article).items() if len(f) >= 2 and len(w) >= 4}
    if pairs and (not names or rng.random() < 0.25):
        first = {}
        for b, m in pairs:
            first.setdefault(m[0], (b, m))
        later = [(b, m) for b, m in pairs if first[m[0]] != (b, m)]
        if not later:
            return None
        block, match = rng.choice(later)
        return _inject("name-spelling", article, block, *match.span(), f"{match[1]}-{match[2]}", rules)
    if not names:
        return None
    word = rng.choice(sorted(names))
    # never the first occurrence: with a name written twice, the story's form must stay the
    # majority or, in a tie, the first (the form a reader met first)
    block, match = rng.choice(names[word][1:])
    new = respelt(word, rng)
    if new is None:
        return None
    return _inject("name-spelling", article, block, *match.span(), new, rules)


# -- dialect mix ----------------------------------------------------------------------------


@injector("dialect-mix", "language", harper=False)
def dialect_mix(article: Article, rng: random.Random) -> Optional[Injection]:
    """A British spelling turned American (or back) while another word of the first dialect stays."""
    british = dialect_pairs()
    american: dict[str, list[str]] = defaultdict(list)
    for gb, us in british.items():
        american[us].append(gb)
    american_unique = {us: gbs[0] for us, gbs in american.items() if len(gbs) == 1}
    found = {"gb": [], "us": []}
    for block, match in occurrences(article, _words(r"[A-Za-z]+")):
        word = match[0].lower()
        if not (match[0].islower() or at_sentence_start(article.blocks[block].text, match.start())):
            continue  # a capitalised word mid-sentence is a name ('the Labour party', 'Pearl Harbor')
        if word in british:
            found["gb"].append((block, match, british[word]))
        elif word in american_unique and word not in british:
            found["us"].append((block, match, american_unique[word]))
    # An article of one dialect only (BBC's 'dialler' next to a computer 'program' is already
    # mixed, or British usage), holding 3+ words of it, so that after the swap the first
    # dialect is still the clear majority.
    dialects = [d for d, f in found.items() if len(f) >= 3 and not found["us" if d == "gb" else "gb"]]
    if not dialects:
        return None
    block, match, other = rng.choice(found[rng.choice(sorted(dialects))])
    rules = ("consistency/dialect-mix", "consistency/spelling-variants", "spelling/dialect-spelling")
    return _inject("dialect-mix", article, block, *match.span(), same_case(match[0], other), rules)


# -- spinner phrases ------------------------------------------------------------------------


def _spinnable(phrase: str, text: str, start: int) -> bool:
    """A phrase of running text worth spinning: not a name, not a lone function word ('and', 'are')."""
    if " " not in phrase and not phrase.islower() and not at_sentence_start(text, start):
        return False  # 'the Independent' is a name, not the word 'independent'
    return True


@injector("spinner-phrase", "language", harper=False)
def spinner_phrase(article: Article, rng: random.Random) -> Optional[Injection]:
    """A phrase replaced by the tortured form a paraphrasing tool writes for it ('big data' -> 'colossal information'),
    drawn only from the held-out half of the list: phrases the pack was never curated from."""
    return _spin("spinner-phrase", tortured_phrases("held-out"), article, rng)


@injector("spinner-phrase-listed", "language", harper=False)
def spinner_phrase_listed(article: Article, rng: random.Random) -> Optional[Injection]:
    """As ``spinner-phrase``, from the train half of the list: the half the pack's entries were curated from."""
    return _spin("spinner-phrase-listed", tortured_phrases("train"), article, rng)


def _spin(kind: str, table: dict[str, tuple[str, ...]], article: Article, rng: random.Random) -> Optional[Injection]:
    candidates = []
    for index, block in enumerate(article.blocks):
        if block.kind not in _PROSE:
            continue
        words = list(re.finditer(r"[A-Za-z]+(?:['’-][A-Za-z]+)*", block.text))
        for i in range(len(words)):
            for n in range(1, 5):
                if i + n > len(words):
                    break
                start, end = words[i].start(), words[i + n - 1].end()
                phrase = block.text[start:end]
                if phrase.lower() in table and _spinnable(phrase, block.text, start):
                    candidates.append((index, start, end, phrase))
    if not candidates:
        return None
    block, start, end, phrase = rng.choice(candidates)
    new = rng.choice(table[phrase.lower()])
    # 'New York' -> 'Unused York': spinners keep the capitals of the words they replace
    new = new.title() if phrase.istitle() and " " in phrase else same_case(phrase, new)
    text = article.blocks[block].text
    before = re.search(r"(?<![\w'’])([Aa]n?) $", text[:start])
    if before:  # 'a general election' -> 'an authoritative races', not 'a authoritative …': one error, not two
        article_word = same_case(before[1], "an" if new[0].lower() in "aeiou" else "a")
        shift = len(article_word) - len(before[1])
        article = replaced(article, block, before.start(1), before.end(1), article_word)[0]
        start, end = start + shift, end + shift
    return _inject(kind, article, block, start, end, new, ("wording/tortured-phrases",))
