"""Harper (harper-py), the embedded grammar and spelling engine.

Facts that shape this module:

- Building a ``harper.Linter`` costs about a second and 130 MB, so one is built
  lazily, the first time a Harper-backed rule runs, and kept for the process.
  Further linters (other dialects, other vocabularies) share the curated
  dictionary and cost almost nothing.
- A ``Linter`` is not thread-safe: every call goes through one lock.
- Harper's defaults suit software docs, not news. Only the Harper rules that
  newslint's rules ask for with :func:`use` are switched on (each
  ``HarperRule`` does so for its ``harper_rules``); every other one, including
  the style, casing and long-sentence checks, is off. De-duplication is off
  too, so overlapping lints never hide a real error.
- Each document is linted once (``shared``), on ``doc.text`` as plain text:
  Harper's spans are code points of ``doc.text``, so they map exactly.
- Only the sentences where a rule switched on can fire reach Harper's parse
  (``harper_pieces``: each rule's trigger words, read from Harper's source),
  about a fifth of a news article; each lint is shifted back by its piece's start.
- Spelling is not part of that lint: Harper's SpellCheck suggests corrections
  for every word it does not know, and news is full of names, which doubled the
  cost of a lint. The spelling rules ask about single words instead, and the
  answers are kept for the process, so an archive run asks about each distinct
  word once. Most questions need only yes or no (:func:`misspelled_in`: the
  article's words, derivation stems, compound halves, other dialects). Those are
  answered first from the shipped list of the words Harper knows
  (``newslint.lexicon.harper_words``, verified with harper-py), so a run whose rules
  only ask yes or no never builds a Linter; for the words the list cannot answer, an
  unknown word costs SpellCheck ~1.5 ms of suggestions against ~50 µs for a known
  one, so a plain word Harper's dictionary lacks in every case and dialect is
  answered by ``Linter.is_likely_english`` (~10 µs, never computes suggestions);
  SpellCheck decides the rest (dialect and case). Suggestions are computed only
  for the words a rule may report (:func:`suggestions_for`).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Iterator

from newslint.analysis import shared
from newslint.engines import harper_pieces
from newslint.engine import deadline

if TYPE_CHECKING:
    from newslint.config import Config
    from newslint.engine.cache import ResultCache
    from newslint.document.model import Document

# Tokens Harper should not read: URLs, e-mail addresses, long hexadecimal hashes and other
# long unbroken strings (a 64-hex hash alone costs Harper's speller over a second).
MASK = r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[0-9A-Fa-f]{16,}\b|\S{40,}"
MASKED = re.compile(MASK)

_USED: set[str] = set()
# dialect -> word -> None when the speller knows it, else its suggested corrections,
# or _UNKNOWN when it does not and no one has asked for corrections yet
_WORD_CACHE: dict[str, dict[str, tuple[str, ...] | None]] = {}
_UNKNOWN: tuple[str, ...] = ("<unknown: suggestions not computed>",)
_WORD_CACHE_SIZE = 200_000
_BATCH = 1_000  # words per speller call: the time budget is checked between calls
#: where the answers are kept between runs (the result cache is on), the dialects read from
#: there, and per dialect the words answered since the last save
_ANSWERS: ResultCache | None = None
_ANSWERS_READ: set[str] = set()
_ANSWERED: dict[str, set[str]] = {}
_ASKING = 1  # how newslint asks the speller (is_likely_english first, letters-only words): part of the key
_DIALECTS = {"en-US": "AMERICAN", "en-GB": "BRITISH", "en-AU": "AUSTRALIAN", "en-CA": "CANADIAN", "en-IN": "INDIAN"}
_LOCK = threading.Lock()
_LINTERS: dict[tuple[str, str, tuple[str, ...]], list] = {}  # -> [linter, the rules it has on]


@dataclass(frozen=True)
class HarperLint:
    rule: str  # Harper's rule name
    start: int  # offsets into doc.text
    end: int
    text: str
    message: str
    #: each suggestion as the text that replaces [start, end)
    replacements: tuple[str, ...]


def use(rules: Iterable[str]) -> None:
    """Switch these Harper rules on for every linter of this process (a rule module calls this at import)."""
    with _LOCK:
        _USED.update(rules)


def used_rules() -> frozenset[str]:
    return frozenset(_USED)


class DocumentLints(dict):
    """Harper's lints for one document by Harper rule name, and the speller of its dialect."""

    def __init__(self, lints: dict[str, list[HarperLint]], dialect: str):
        super().__init__(lints)
        self.dialect = dialect

    def unknown(self, word: str) -> bool:
        """Whether the speller does not know ``word`` (a name, a typo) in this document's dialect."""
        return bool(misspelled_in((word,), self.dialect))


def lints(doc: Document, config: Config) -> DocumentLints:
    """Harper's lints for ``doc``, by Harper rule name, computed once per document and config."""
    accept = tuple(sorted(set(config.accept)))
    key = f"harper:{config.dialect}:{hash(accept)}"
    return shared(doc, key, lambda d: DocumentLints(_lint_document(d.text, config.dialect, accept), config.dialect))


def suggestions_for(words: Iterable[str], dialect: str) -> dict[str, tuple[str, ...]]:
    """The words of ``words`` that Harper's speller rejects in ``dialect`` (no vocabulary
    added), each with Harper's suggested corrections, best first.

    Corrections cost Harper ~1.5 ms a word: ask only about words that may be reported.
    Answers are kept for the process (and between runs, :func:`keep_answers`): the same
    words come back article after article."""
    words = set(words)
    with _LOCK:
        known = _known(words, dialect)
        pending = sorted(word for word in words if known[word] is _UNKNOWN)
        for start in range(0, len(pending), _BATCH):
            deadline.check()  # the file's time budget, between batches
            _remember(dialect, known, _spell(pending[start : start + _BATCH], dialect))
        return {word: known[word] for word in words if known[word] is not None}


def misspelled_in(words: Iterable[str], dialect: str) -> set[str]:
    """Those of ``words`` that Harper's speller rejects in ``dialect``; no corrections are computed."""
    words = set(words)
    with _LOCK:
        known = _known(words, dialect)
        return {word for word in words if known[word] is not None}


def _known(words: set[str], dialect: str) -> dict[str, tuple[str, ...] | None]:
    """The dialect's answers, with every word of ``words`` answered; call with _LOCK held."""
    known = _WORD_CACHE.setdefault(dialect, {})
    if _ANSWERS is not None and dialect not in _ANSWERS_READ:
        _ANSWERS_READ.add(dialect)
        for word, answer in _decoded(_answer_file(dialect).load()):
            known.setdefault(word, answer)
    missing = [word for word in words if word not in known]
    if not missing:
        return known
    if len(known) + len(missing) > _WORD_CACHE_SIZE:
        known.clear()
        missing = list(words)
    missing = _from_lexicon(missing, dialect, known)
    for start in range(0, len(missing), _BATCH):
        deadline.check()  # the file's time budget, between batches (a 5 MB text brings ~50k new words)
        _remember(dialect, known, _ask(missing[start : start + _BATCH], dialect))
    return known


def _from_lexicon(words: list[str], dialect: str, known: dict) -> list[str]:
    """Answer from the shipped list of Harper's words (lexicon.harper_words) what it can, into
    ``known``; the words only Harper can answer are returned. Not kept between runs: a lookup
    is cheaper than reading it back."""
    from newslint.lexicon import harper_words

    unanswered = []
    for word in words:
        listed = harper_words.answer(word, dialect)
        if listed is None:
            unanswered.append(word)
        else:
            known[word] = None if listed else _UNKNOWN
    return unanswered


def _ask(words: list[str], dialect: str) -> dict[str, tuple[str, ...] | None]:
    """The speller's verdict on ``words`` (corrections not computed); call with _LOCK held."""
    linter = _linter(dialect, "spelling", ())
    answers: dict[str, tuple[str, ...] | None] = {}
    asked = []
    for word in words:
        if _one_token(word) and not linter.is_likely_english(word):
            answers[word] = _UNKNOWN  # in no case or dialect of Harper's dictionary: rejected everywhere
        else:
            asked.append(word)
    if asked:
        answers.update(_spell(sorted(asked), dialect))
    return answers


def _remember(dialect: str, known: dict, answers: dict[str, tuple[str, ...] | None]) -> None:
    known.update(answers)
    if _ANSWERS is not None:
        _ANSWERED.setdefault(dialect, set()).update(answers)


def keep_answers(cache: ResultCache | None) -> None:
    """Keep the speller's answers in ``cache``'s folder between runs (None: for this process only).

    They are read once per process and dialect; :func:`save_answers` writes what the process
    added. The file is named by what decides an answer: harper-py's version, the dialect and
    the way newslint asks. The speller never holds the config's vocabulary (accepted words
    are the rules' business), so the vocabulary is not part of the name.
    """
    global _ANSWERS
    with _LOCK:
        _ANSWERS = cache
        _ANSWERS_READ.clear()


def save_answers() -> None:
    """Add the answers this process found to the stored ones (at the end of a run; each worker too)."""
    with _LOCK:
        if _ANSWERS is None:
            return
        for dialect, words in _ANSWERED.items():
            known = _WORD_CACHE.get(dialect, {})
            added = {word: _encode(known[word]) for word in words if word in known}
            if added:
                _answer_file(dialect).save(added, _WORD_CACHE_SIZE, _richer)
        _ANSWERED.clear()


def _answer_file(dialect: str):
    from importlib.metadata import version

    return _ANSWERS.answers(f"speller-harper-py-{version('harper-py')}-{dialect}-{_ASKING}")


# Stored answers: true (known), false (unknown, corrections not computed) or the corrections.
def _encode(answer: tuple[str, ...] | None) -> bool | list[str]:
    return True if answer is None else False if answer is _UNKNOWN else list(answer)


def _decoded(stored: dict) -> Iterator[tuple[str, tuple[str, ...] | None]]:
    for word, value in stored.items():
        if value is True:
            yield word, None
        elif value is False:
            yield word, _UNKNOWN
        elif isinstance(value, list) and all(isinstance(item, str) for item in value):
            yield word, tuple(value)
        # anything else (an edited file) is no answer: the speller is asked again


def _richer(stored, added):
    """A verdict without corrections never replaces one with them."""
    return stored if added is False and isinstance(stored, list) else added


def _one_token(word: str) -> bool:
    """A word Harper reads as one token: letters only. is_likely_english reads a word with a
    hyphen or an apostrophe as several, where SpellCheck's verdict on the whole differs."""
    return word.isascii() and word.isalpha()


def _spell(words: list[str], dialect: str) -> dict[str, tuple[str, ...] | None]:
    """One batch through the speller, one word a line; call with _LOCK held."""
    text = "\n".join(words)
    starts = {}
    offset = 0
    for word in words:
        starts[offset] = word
        offset += len(word) + 1
    result: dict[str, tuple[str, ...] | None] = dict.fromkeys(words)
    for lint in _linter(dialect, "spelling", ()).lint(text, language="plaintext", dedup=False):
        word = starts.get(lint.span.start)
        if word is not None and lint.span.end == lint.span.start + len(word):
            result[word] = _convert("SpellCheck", lint).replacements
    return result


#: Harper's cost per character grows with the length of what it is given (14 ms/KB at 100 KB,
#: 53 ms/KB at 1 MB in one call), so a long text goes to it in pieces of about this size, cut
#: at a line break (else after a sentence, else at a space). The sentences harper_pieces selects
#: are joined into runs of at most this size too.
CHUNK = 20_000
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")


def chunks(text: str, size: int = CHUNK) -> list[tuple[int, str]]:
    """(offset, piece) covering ``text`` in order, each piece at most ``size`` characters when
    a break can be found, cut where no lint can span the cut."""
    pieces = []
    start = 0
    while len(text) - start > size:
        limit = start + size
        cut = text.rfind("\n", start + size // 2, limit) + 1
        if not cut:
            ends = [m.end() for m in _SENTENCE_END.finditer(text, start + size // 2, limit)]
            cut = ends[-1] if ends else text.rfind(" ", start + size // 2, limit) + 1
        if not cut:
            cut = limit  # one 10,000-character token: nothing to keep whole
        pieces.append((start, text[start:cut]))
        start = cut
    pieces.append((start, text[start:]))
    return pieces


def _lint_document(text: str, dialect: str, accept: tuple[str, ...]) -> dict[str, list[HarperLint]]:
    result: dict[str, list[HarperLint]] = {}
    for batch in _batches(_selected(text)):
        deadline.check()  # the file's time budget, between calls (a 5 MB text is a few hundred of them)
        joined = _SEPARATOR.join(piece for _, piece in batch)
        # Harper's mask costs ~15% of a lint even when nothing matches, and few articles hold a URL.
        mask = {"regex_mask": MASK} if MASKED.search(joined) else {}
        with _LOCK:
            organized = _linter(dialect, "rules", accept).organized_lints(joined, language="plaintext", dedup=False, **mask)
        starts = list(itertools.accumulate((len(piece) + len(_SEPARATOR) for _, piece in batch), initial=0))
        for rule, found in organized.items():
            for lint in found:
                i = bisect.bisect_right(starts, lint.span.start) - 1
                if lint.span.end <= starts[i] + len(batch[i][1]):  # a lint across a separator is none of a piece's
                    result.setdefault(rule, []).append(_convert(rule, lint, batch[i][0] - starts[i]))
    return {rule: found for rule, found in result.items() if found}


#: Pieces go to Harper several in one call, a blank line between them (where Harper ends a
#: paragraph, so each is read as alone), about this many characters a call: the selected pieces
#: of a long text are thousands of sentences, and one a call cost ~20% more (1 MB of BBC text:
#: 1,764 calls; pieces of ~1 KB, 4 KB and 20 KB a call measured alike).
_SEPARATOR = "\n\n"
_CALL_SIZE = 4_000


def _batches(pieces: list[tuple[int, str]], size: int = _CALL_SIZE) -> list[list[tuple[int, str]]]:
    """``pieces`` in order, grouped into runs of at most ``size`` characters joined (a longer piece alone)."""
    batches: list[list[tuple[int, str]]] = []
    length = 0
    for offset, piece in pieces:
        if batches and length + len(_SEPARATOR) + len(piece) <= size:
            batches[-1].append((offset, piece))
            length += len(_SEPARATOR) + len(piece)
        else:
            batches.append([(offset, piece)])
            length = len(piece)
    return batches


def _selected(text: str) -> list[tuple[int, str]]:
    """(offset, piece) of the parts of ``text`` where a rule switched on can fire (harper_pieces), each cut to CHUNK."""
    selected = []
    for start, end in harper_pieces.pieces(text, frozenset(_USED), CHUNK):
        selected.extend((start + offset, piece) for offset, piece in chunks(text[start:end]))
    return selected


def _convert(rule: str, lint, offset: int = 0) -> HarperLint:
    import harper

    replacements = []
    for suggestion in lint.suggestions:
        if suggestion.kind == harper.SuggestionKind.REMOVE:
            replacements.append("")
        elif suggestion.kind == harper.SuggestionKind.INSERT_AFTER:
            replacements.append(lint.problem_text + suggestion.replacement_text)
        else:
            replacements.append(suggestion.replacement_text)
    return HarperLint(rule, lint.span.start + offset, lint.span.end + offset, lint.problem_text, lint.message,
                      tuple(replacements))


def _linter(dialect: str, purpose: str, accept: tuple[str, ...]):
    """The linter for a dialect, a purpose ("rules" or "spelling") and a vocabulary; call with _LOCK held."""
    key = (dialect, purpose, accept)
    wanted = frozenset(_USED) if purpose == "rules" else frozenset({"SpellCheck"})
    entry = _LINTERS.get(key)
    if entry is None:
        import harper

        linter = harper.Linter(getattr(harper.Dialect, _DIALECTS.get(dialect, "AMERICAN")))
        if accept:
            # import_words is case-sensitive and costly: once per distinct vocabulary, in one batch.
            linter.import_words(_vocabulary_forms(accept))
        entry = _LINTERS[key] = [linter, None]
    linter, configured = entry
    if configured != wanted:
        names = _lint_names()
        unknown = wanted - names
        if unknown:
            raise ValueError(f"harper-py has no rule {sorted(unknown)[0]!r}")
        linter.set_lint_config({name: name in wanted for name in names})
        entry[1] = wanted
    return linter


def _vocabulary_forms(accept: Iterable[str]) -> list[str]:
    """Accepted words with the possessive forms Harper does not derive for added words."""
    forms: list[str] = []
    for entry in accept:
        for word in entry.split():
            forms.append(word)
            if word[-1:].isalpha():
                forms.extend((word + "'s", word + "’s"))
    return forms


@functools.cache
def _lint_names() -> frozenset[str]:
    """The names of Harper's rules, asked once: each ``get_default_lint_config`` costs ~15 ms,
    and every linter built (rules, and the speller per dialect) was asking twice."""
    import harper

    return frozenset(harper.get_default_lint_config())
