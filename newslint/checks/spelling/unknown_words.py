"""Words Harper's speller does not know, sorted into misspellings and other-dialect spellings.

Harper's dictionary is built for software docs; news is full of names and of
words it lacks. Every word of the article is sorted in this order (the first
that matches decides); only the words left after step 4 are put to Harper,
whose answers are kept for the process:

1. the config's ``vocabulary.accept``: fine;
2. a known misspelling (``data/spelling/common-misspellings.txt``) that Harper
   does not know either: reported, with its fix;
3. not a plain lowercase word: names ("Zhao", "Myung’s"), acronyms ("THAAD"),
   mixed case ("iPod"), numbers and units ("£5bn"), parts of hyphenated
   compounds ("Eun‑soo"), name particles ("van der Sar"), foreign words with
   accents, a single quoted term, URLs and handles: fine;
4. the article's own names written in lowercase, and newslint's news vocabulary
   (``data/spelling/news-words.txt``): fine;
5. a word Harper knows, or a word of the standard dictionary Harper lacks
   (``newslint.lexicon.words``: "hared", "yuppy"), or whose only fault is its
   case ("korea"; left to the casing rules): fine;
6. correct in another English dialect ("colour" in en-US copy): reported by
   spelling/dialect-spelling, which is off by default;
7. a derivation spelt wrong ("prefering", while "preferring" is a word): reported;
8. a term the article uses more than once ("quagga", "quaggas"): fine;
9. a misspelling when a word one or two edits away is far more common
   (``newslint.lexicon.frequency``) and in the dictionary, the likeliest such word
   its suggestion ("destory" -> "destroy", "sayd" -> "said"); a rare word without
   such a neighbour ("fallers", "hagfish") is fine. How a word splits says nothing:
   "destory" is "de" + "story", "pratice" is "prat" + "ice".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from newslint.analysis import shared
from newslint.analysis.names import article_names
from newslint.checks.spelling.morphology import PREFIXES, compounds, derivations, dialect_variants
from newslint.document.spans import SpanIndex
from newslint.engines import harper
from newslint.lexicon import collocations, confusables, frequency
from newslint.lexicon.names import known_name
from newslint.lexicon.words import is_word as dictionary_word

if TYPE_CHECKING:
    from newslint.config import Config
    from newslint.document.model import Document

_POSSESSIVE = re.compile(r"['’]s?$")
# What surrounds a word when it is part of a larger token: "£5bn", "co-ordinator", "caf&#233;".
_TOKEN_EDGE = "\"“”‘’'()[]{},;:!?…"
_QUOTES = "\"“”‘’'"
# A word as Harper's speller reads one: letters, with apostrophes inside ("don't", "Lee's").
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_NOT_PROSE = re.compile(r"[\d@/#&_\\=<>|~^*+$£€¥%]|\w\.\w|[-\u2010\u2011]")
# American and British between them know every English dialect's spellings in Harper.
_OTHER_DIALECTS = ("en-US", "en-GB")
# Name particles ("der", "del", "auf", "zur") are common tokens: 2.5 is about once in three million words.
_PARTICLE_ZIPF = 2.5
# A sentence opener rarer than this (once in 25 million words) may be a slip; names are commoner.
_OPENING_ZIPF = 1.6
# A capitalised word after a sentence's first word makes that word part of a name.
_NAME_AFTER = re.compile(r" ([A-Z][a-z]+)")
_TRIPLED = re.compile(r"([a-z])\1\1+")
# Word-class codes of inflected forms (past, participle, plural, -s, -ing; newslint.lexicon.confusables).
_INFLECTED = frozenset("tT9h6")
_DATA = Path(__file__).resolve().parent.parent.parent / "data" / "spelling"


@dataclass(frozen=True)
class UnknownWord:
    start: int  # offsets into doc.text
    end: int
    word: str
    kind: str  # "misspelled" | "dialect"
    suggestion: str | None
    certain: bool = False  # a known misspelling: the suggestion is the fix


def unknown_words(doc: Document, config: Config) -> list[UnknownWord]:
    accept = tuple(sorted(set(config.accept)))
    key = f"spelling:{config.dialect}:{hash(accept)}"
    return shared(doc, key, lambda d: _classify(d, config))


@lru_cache(maxsize=1)
def common_misspellings() -> dict[str, str]:
    return dict(line.split(None, 1) for line in _data_lines("common-misspellings.txt"))


@lru_cache(maxsize=1)
def news_words() -> frozenset[str]:
    return frozenset(line.lower() for line in _data_lines("news-words.txt"))


@lru_cache(maxsize=8)
def _accepted(accept: tuple[str, ...]) -> frozenset[str]:
    return frozenset(word.lower() for entry in accept for word in entry.split())


def _data_lines(name: str) -> list[str]:
    text = (_DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _classify(doc: Document, config: Config) -> list[UnknownWord]:
    misspellings = common_misspellings()
    accepted = _accepted(tuple(config.accept))
    result: list[UnknownWord] = []
    known_slips: list[tuple[int, str]] = []
    plain: list[tuple[int, str]] = []
    opening: dict[int, str] = {}  # capitalised words that open a sentence, by start
    masked = SpanIndex(m.span() for m in harper.MASKED.finditer(doc.text))
    for match in _WORD.finditer(doc.text):
        start, base = match.start(), _POSSESSIVE.sub("", match.group())
        if masked and start in masked:
            continue
        key = base.lower()
        if key in accepted:
            continue
        if key in misspellings:
            known_slips.append((start, base))
        elif len(base) >= 3 and base.isascii() and base.isalpha() and base.islower():
            plain.append((start, base))  # anything else is exempt (a name, an acronym, a foreign word)
        elif (
            len(base) >= 4 and base.isascii() and base.isalpha() and base[1:].islower()
            and _opens_sentence(doc.text, start) and not _given_name_before(doc.text, match.end())
        ):
            # "Theere are rumours": an ordinary word capitalised by its place
            opening[start] = base
    if not known_slips and not plain and not opening:
        return []
    # Most words are known and the speller's answers are cached, so ask it first and weigh
    # the exemptions only for the words it does not know.
    unknown = harper.misspelled_in({base for _, base in known_slips + plain} | {b.lower() for b in opening.values()}, config.dialect)
    plain = [
        (start, base) for start, base in plain
        if base in unknown and not dictionary_word(base) and not exempt(doc, config, start, start + len(base))
    ]
    names = article_names(doc)
    for start, base in opening.items():
        key = base.lower()
        if (
            key in unknown and not dictionary_word(key) and not names.capitalized.get(key)
            and not exempt(doc, config, start, start + len(base), key)
        ):
            plain.append((start, key))
    for start, base in known_slips:
        if base in unknown:
            found = known_misspelling(doc, start, base)
            if found is not None:
                result.append(found)
    candidates: list[tuple[harper.HarperLint, str]] = []
    words = {base for _, base in plain}
    # A word another dialect spells so ("colour" in en-US) is judged a dialect form without
    # corrections, which cost Harper ~1.5 ms a word: on British copy under the default en-US
    # they were two thirds of the words corrected.
    elsewhere = words - set.intersection(*(harper.misspelled_in(words, d) for d in _OTHER_DIALECTS if d != config.dialect)) if words else set()
    corrections = harper.suggestions_for(words - elsewhere, config.dialect)  # only for words left
    for start, base in plain:
        if base in elsewhere:
            suggestions: tuple[str, ...] = ()
        else:
            suggestions = corrections[base]
            if suggestions and _POSSESSIVE.sub("", suggestions[0]).lower() == base.lower():
                continue  # only its case is wrong: "korea" -> "Korea"
        candidates.append((harper.HarperLint("SpellCheck", start, start + len(base), base, "", suggestions), base))
    if candidates:
        for word in _judge(doc, config, candidates):
            if word.start in opening:
                word = _opening_slip(word, opening[word.start])
            if word is not None:
                result.append(word)
    result.sort(key=lambda w: w.start)
    return result


def known_misspelling(doc: Document, start: int, word: str) -> UnknownWord | None:
    """``word`` at ``start`` as a known misspelling with its fix, unless the article uses it as a name."""
    fix = common_misspellings().get(word.lower())
    if fix is None or word[0].isupper() and article_names(doc).is_name(word):
        return None
    fix = fix[0].upper() + fix[1:] if word[0].isupper() else fix
    return UnknownWord(start, start + len(word), word, "misspelled", fix, certain=True)


def exempt(doc: Document, config: Config, start: int, end: int, base: str | None = None) -> bool:
    """Whether the unknown word at [start, end) of doc.text is not a spelling question at all:
    a name, an acronym, part of a larger token, an accepted or news word (steps 2-4 above).
    ``base`` is the word to judge, when it is not the text as written (a sentence's capital undone)."""
    base = base or _POSSESSIVE.sub("", doc.text[start:end])
    key = base.lower()
    if not _plain_word(doc.text, start, start + len(base), base) or _name_particle(doc.text, start + len(base), base):
        return True
    return key in _accepted(tuple(config.accept)) or key in news_words() or key in article_names(doc).capitalized


def _plain_word(text: str, start: int, end: int, base: str) -> bool:
    """A lowercase, unaccented word of three letters or more standing on its own."""
    if len(base) < 3 or not base.isascii() or not base.isalpha() or not base.islower():
        return False
    if text[end : end + 1] in ("(", "[") or text[start - 1 : start] in (")", "]"):
        return False  # "reduc(ing)": a word cut by brackets
    if text[start - 1 : start] in ("(", "[") and text[start - 2 : start - 1].isalpha():
        return False  # the "ing" of "reduc(ing)"
    if text[start - 1 : start] in _QUOTES and text[end : end + 1] in _QUOTES:
        return False  # a single quoted word is a term being named: the word 'gandula'

    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in _TOKEN_EDGE:
        start -= 1
    while end < len(text) and not text[end].isspace() and text[end] not in _TOKEN_EDGE:
        end += 1
    token = text[start:end].rstrip(".")
    return not token.startswith(".") and not _NOT_PROSE.search(token)


def _name_particle(text: str, end: int, base: str) -> bool:
    """A short lowercase word before a capitalised one: "van der Sar", "Luigi del Neri", "Ariadne auf Naxos".
    Particles are common words in the frequency table; a slip before a name is not ("fromt Florida")."""
    return (
        len(base) <= 5 and text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()
        and frequency.zipf(base) >= _PARTICLE_ZIPF
    )


def _opens_sentence(text: str, start: int) -> bool:
    i = start
    while i > 0 and text[i - 1] in " \t\"“‘'(":
        i -= 1
    return i == 0 or text[i - 1] in "\n.!?"


def _given_name_before(text: str, end: int) -> bool:
    """Whether the sentence's first word, ending at ``end``, is a given name before a surname
    ("Dipo Alli says", "Gelete Burka then" on BBC news). Before a known given name it is a
    title or a slip: "Subtitute Robin van Persie"."""
    after = _NAME_AFTER.match(text, end)
    if after is None:
        return False
    name = known_name(after.group(1).lower())
    return name is None or not name.given


def _opening_slip(word: UnknownWord, written: str) -> UnknownWord | None:
    """A slip found in a sentence's capitalised first word, reported as written. Names open
    sentences too ("Colgan", "Gethin", "Werner" for "Clean", "Getting", "Were" on BBC news),
    so the word must be rare in the frequency table as well ("Tihs" 1.3, "Dudek" 2.0), one
    edit from a word ten times commoner still."""
    key, suggestion = written.lower(), word.suggestion
    if suggestion is None or frequency.zipf(key) >= _OPENING_ZIPF or frequency.damerau_levenshtein(key, suggestion.lower()) > 1:
        return None
    if frequency.commoner_by(suggestion.lower(), key) < frequency.GAP + 1:
        return None
    suggestion = suggestion[0].upper() + suggestion[1:]
    return UnknownWord(word.start, word.end, written, word.kind, suggestion, word.certain)


def _judge(doc: Document, config: Config, candidates: list[tuple[harper.HarperLint, str]]) -> list[UnknownWord]:
    dialects = [config.dialect, *(d for d in _OTHER_DIALECTS if d != config.dialect)]
    words = {base for _, base in candidates}
    # Harper is slow on unknown words (it suggests corrections for each), so first the words
    # themselves in the other dialects, then what might explain the rest, in one batch each.
    unknown = {dialect: set(words) if dialect == config.dialect else harper.misspelled_in(words, dialect) for dialect in dialects}
    replacements = {base: lint.replacements for lint, base in candidates}
    query = set()
    for word in words:
        if all(word in missing for missing in unknown.values()):
            for derivation in derivations(word):
                query.add(derivation.stem)
                query.update(derivation.siblings)
            query.update(dialect_variants(word))
            query.update(part for pair in compounds(word) for part in pair if part not in PREFIXES)
            query.update(frequency.corrections(word, replacements[word]))
    for dialect in dialects:
        unknown[dialect] |= harper.misspelled_in(query, dialect)

    def known(word: str) -> bool:
        return any(word not in missing for missing in unknown.values())

    result = []
    for lint, base in candidates:
        first = lint.replacements[0] if lint.replacements else None
        other_dialect = any(base not in unknown[d] for d in dialects[1:])
        if other_dialect or frequency.zipf(base) > 0 and any(known(v) for v in dialect_variants(base)):
            # Right in another dialect ("colour"), or the other dialect's form of a known word
            # ("commoditising"); dialect_form() finds this dialect's spelling when it is wanted.
            # A form nobody writes is no dialect's: "doens" is not the British "dens" ("oe").
            result.append(UnknownWord(lint.start, lint.start + len(base), base, "dialect", None))
            continue
        slip = _misspelled_derivation(base, known) or (first if _cut_short(base, first) else None)
        if slip is None and not _repeated(doc, base) and not _closed_compound(base):
            slip = _likeliest_word(base, lint.replacements, known)
        if slip is not None and _dropped_h(doc.text, lint.start, base, slip):
            continue
        if slip is not None and _drawn_out(base, slip):
            continue
        if slip is not None and not (_spoken(base, slip) and doc.quote_at(lint.start) is not None):
            result.append(UnknownWord(lint.start, lint.start + len(base), base, "misspelled", slip))
    return result


def _spoken(word: str, slip: str) -> bool:
    """A word written as it was said, which a quotation keeps: with its g dropped ("Thanks for
    kickin my A double S into shape", a quoted post in human news). Outside a quotation it is a
    slip like any other ("nothin more"). Drawn-out words: see _drawn_out."""
    return slip == word + "g" and word.endswith("in")


def _closed_compound(word: str) -> bool:
    """A common two-word phrase of content words written as one: "had a gameplan" ("game plan",
    twice on BBC news, taken for "gameplay"). Phrases are Google Books' commonest bigrams and WordNet's
    two-word lemmas (newslint.lexicon.collocations). A function word run into the next word is a
    slip however common the pair: "hesaid", "inwhich", "toprevent"."""
    for i in range(3, len(word) - 2):
        first, second = word[:i], word[i:]
        if first not in collocations.FUNCTION_WORDS and second not in collocations.FUNCTION_WORDS and collocations.known(first, second):
            return True
    return False


def _drawn_out(word: str, slip: str) -> bool:
    """A letter said long, typed three times or more where the word has it once: "pleeease!",
    "sooo" in a BBC readers' post, anywhere. A key that bounces adds one letter, so a doubled
    letter typed thrice stays a slip ("folllowing")."""
    return _TRIPLED.search(word) is not None and slip == _TRIPLED.sub(r"\1", word)


def _dropped_h(text: str, start: int, word: str, slip: str) -> bool:
    """A word with its h dropped and the apostrophe that marks it, as said: "It's 'orrible" in a
    BBC readers' post, "'ave a go". Without the apostrophe it is a slip ("orrible")."""
    return slip == "h" + word and start > 0 and text[start - 1] in "'’" and (start < 2 or not text[start - 2].isalpha())


def _likeliest_word(word: str, suggestions: tuple[str, ...], known) -> str | None:
    """The common word ``word`` is a slip for: close to it, far more common, and in the
    dictionary; None for a rare word that is no slip ("fallers", "hagfish").

    How a word splits is no excuse when a far commoner word is one edit away: "destory" is
    "de" + "story" and "pratice" "prat" + "ice", but they are "destroy" and "practice". A
    word built regularly from a known one needs a still commoner neighbour, measured on BBC
    news: "shallowing" (not "swallowing"), "dimmable", "fledging", "broking", "jawless";
    and a compound of two words is no slip for a word two edits away ("slugfest",
    "downlights", "surfwear"; this misses words run together, "inwhich")."""
    stems = {derivation.stem for derivation in derivations(word)}
    derived = any(known(stem) for stem in stems)
    # built on a word that is no inflection itself: "knowned", "agreeded" are slips
    regular = any(known(stem) and not _INFLECTED.intersection(confusables.classes(stem)) for stem in stems)
    compound = any((a in PREFIXES or _common(a, known)) and _common(b, known) for a, b in compounds(word))
    for candidate in frequency.corrections(word, suggestions):
        distance = frequency.damerau_levenshtein(word, candidate)
        if distance > 1 and len(word) <= 5 and not frequency.is_two_swaps(word, candidate):
            # a short word two edits from another is as likely a word Harper lacks ("mucin",
            # "wimax"); not one with all its letters typed in the wrong order ("eyasr": "years")
            continue
        if candidate == word + "s":
            continue  # Harper knows some words only as plurals: "grassroot" campaign
        if candidate in stems or _without_prefix(word, candidate):
            continue  # the word is the candidate inflected or prefixed: "durables", "unrevised", "demerge"
        if compound and distance > 1:
            continue  # two words run together, or a compound: "slugfest", "downlights", "onstart"
        misformed_adverb = word.endswith("ly") and any(candidate.startswith(stem) for stem in stems if known(stem))
        if regular and distance > 1 and not misformed_adverb and not _one_edit_in_a_dialect(word, candidate, stems):
            # a known word with a regular suffix, two edits from another: "bureaucratism" (not
            # "bureaucratic"), "freakery" ("freaked"), "fosterers" ("fosters"), "dually" ("daily")
            # on BBC news. Not an adverb whose "-ly"/"-ally" is the slip, the candidate being the
            # stem's own adverb ("publically", "basicly"), nor a word one
            # edit from the candidate's other spelling ("minimsed": "minimised", not "minimized"),
            # nor one built on an inflection ("knowned", "agreeded").
            continue
        if derived and frequency.commoner_by(candidate, word) < frequency.GAP + 1:
            continue
        if known(candidate):
            return candidate
    return None


def _one_edit_in_a_dialect(word: str, candidate: str, stems: set[str]) -> bool:
    return any(v not in stems and frequency.damerau_levenshtein(word, v) == 1 for v in dialect_variants(candidate))


def _common(part: str, known) -> bool:
    """A word people write (once in a million words): "car" + "making", not "int" + "ital"."""
    return frequency.zipf(part) >= 3.0 and known(part)


def _without_prefix(word: str, candidate: str) -> bool:
    return any(word.startswith(p) and candidate == word[k:] for p in PREFIXES for k in range(1, len(p) + 1))


def dialect_form(word: str, dialect: str) -> str | None:
    """``word`` as ``dialect`` spells it ("color" for "colour" in en-US), if Harper knows that form."""
    variants = dialect_variants(word)
    rejected = harper.misspelled_in(variants, dialect)
    return next((v for v in variants if v not in rejected), None)


def _misspelled_derivation(word: str, known) -> str | None:
    """The right spelling of a derivation spelt wrong: "preferring" for "prefering"."""
    for derivation in derivations(word):
        if known(derivation.stem):
            for sibling in derivation.siblings:
                if known(sibling):
                    return sibling
    return None


def _cut_short(word: str, suggestion: str | None) -> bool:
    """The word lacks only the last letter of the suggestion ("outcom" for "outcome"): a slip,
    even when its parts happen to be words ("out" + "com"). Not a plural's singular: Harper
    knows some words only as plurals ("grassroots")."""
    return (
        bool(suggestion)
        and len(suggestion) == len(word) + 1
        and suggestion.lower().startswith(word)
        and not suggestion.endswith("s")
    )


def _repeated(doc: Document, word: str) -> bool:
    """A term the article uses more than once, in any number, is deliberate ("quagga", "quaggas")."""
    stem = word[:-1] if word.endswith("s") else word
    counts = _standalone_words(doc)
    return counts[stem] + counts[stem + "s"] + counts[stem + "es"] > 1


# A whole word standing alone in the lowercased text: not part of "re-elect", "Lee's" or "o'clock".
_STANDALONE = re.compile(r"(?<![\w'’-])\w+(?![\w-])")


def _standalone_words(doc: Document) -> Counter[str]:
    """How often each standalone word occurs in the lowercased text, counted once per document
    (one scan, where a search per unknown word made the rule quadratic in the article's size)."""
    return shared(doc, "spelling:standalone-words", lambda d: Counter(_STANDALONE.findall(d.text.lower())))
