"""Harper (harper-py), the embedded grammar and spelling engine.

Facts that shape this module:

- Building a ``harper.Linter`` costs about a second and 130 MB, so one is built
  lazily, the first time a Harper-backed rule runs, and kept for the process.
  Further linters (other dialects, other vocabularies) share the curated
  dictionary and cost almost nothing.
- A ``Linter`` is not thread-safe: every call goes through one lock.
- Harper's defaults suit software docs, not news. Only the Harper rules in
  :data:`USED_RULES` are switched on; each newslint rule picks its own among
  them. De-duplication is off, so Harper's long-sentence and overlap logic
  never hides a real error.
- Each document is linted once (``shared``), on ``doc.text`` as plain text:
  Harper's spans are code points of ``doc.text``, so they map exactly.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from newslint.analysis import shared

if TYPE_CHECKING:
    from newslint.config import Config
    from newslint.document.model import Document

#: Every Harper rule newslint uses. The newslint rule that reports each one says why it suits news.
USED_RULES = frozenset({
    "SpellCheck",  # spelling/misspelled-word, spelling/dialect-spelling
    "AnA",  # grammar/a-an
    "ToTwoToo", "TooTo", "ToTooIdioms",  # grammar/to-too
    "ThenThan",  # grammar/then-than
    "ItsContraction", "ItsPossessive",  # grammar/its-it-s
    "ThereToTheir", "TheirToThere", "TheyreToTheir", "ThereOwn", "Theres",  # grammar/there-their
    "ModalOf",  # grammar/should-of
})

# Tokens Harper should not read: URLs, e-mail addresses, long hexadecimal hashes and other
# long unbroken strings (a 64-hex hash alone costs Harper's speller over a second).
MASK = r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[0-9A-Fa-f]{16,}\b|\S{40,}"

_DIALECTS = {"en-US": "AMERICAN", "en-GB": "BRITISH", "en-AU": "AUSTRALIAN", "en-CA": "CANADIAN", "en-IN": "INDIAN"}
_LOCK = threading.Lock()
_LINTERS: dict[tuple[str, str, tuple[str, ...]], object] = {}


@dataclass(frozen=True)
class HarperLint:
    rule: str  # Harper's rule name
    start: int  # offsets into doc.text
    end: int
    text: str
    message: str
    #: each suggestion as the text that replaces [start, end)
    replacements: tuple[str, ...]


def lints(doc: Document, config: Config) -> dict[str, list[HarperLint]]:
    """Harper's lints for ``doc``, by Harper rule name, computed once per document and config."""
    accept = tuple(sorted(set(config.accept)))
    key = f"harper:{config.dialect}:{hash(accept)}"
    return shared(doc, key, lambda d: _lint_document(d.text, config.dialect, accept))


def misspelled_in(words: Iterable[str], dialect: str) -> set[str]:
    """Those of ``words`` that Harper's speller rejects in ``dialect`` (no vocabulary added)."""
    words = sorted(set(words))
    if not words:
        return set()
    text = "\n".join(words)
    with _LOCK:
        found = _linter(dialect, "spelling", ()).lint(text, language="plaintext", dedup=False)
    return {lint.problem_text for lint in found}


def _lint_document(text: str, dialect: str, accept: tuple[str, ...]) -> dict[str, list[HarperLint]]:
    with _LOCK:
        organized = _linter(dialect, "rules", accept).organized_lints(
            text, language="plaintext", regex_mask=MASK, dedup=False
        )
    result: dict[str, list[HarperLint]] = {}
    for rule, found in organized.items():
        if found:
            result[rule] = [_convert(rule, lint) for lint in found]
    return result


def _convert(rule: str, lint) -> HarperLint:
    import harper

    replacements = []
    for suggestion in lint.suggestions:
        if suggestion.kind == harper.SuggestionKind.REMOVE:
            replacements.append("")
        elif suggestion.kind == harper.SuggestionKind.INSERT_AFTER:
            replacements.append(lint.problem_text + suggestion.replacement_text)
        else:
            replacements.append(suggestion.replacement_text)
    return HarperLint(rule, lint.span.start, lint.span.end, lint.problem_text, lint.message, tuple(replacements))


def _linter(dialect: str, purpose: str, accept: tuple[str, ...]):
    """The linter for a dialect, a purpose ("rules" or "spelling") and a vocabulary; call with _LOCK held."""
    key = (dialect, purpose, accept)
    linter = _LINTERS.get(key)
    if linter is None:
        import harper

        linter = harper.Linter(getattr(harper.Dialect, _DIALECTS.get(dialect, "AMERICAN")))
        wanted = USED_RULES if purpose == "rules" else {"SpellCheck"}
        linter.set_lint_config({name: name in wanted for name in linter.get_default_lint_config()})
        if accept:
            # import_words is case-sensitive and costly: once per distinct vocabulary, in one batch.
            linter.import_words(_vocabulary_forms(accept))
        _LINTERS[key] = linter
    return linter


def _vocabulary_forms(accept: Iterable[str]) -> list[str]:
    """Accepted words with the possessive forms Harper does not derive for added words."""
    forms: list[str] = []
    for word in accept:
        forms.append(word)
        if word[-1:].isalpha():
            forms.extend((word + "'s", word + "’s"))
    return forms
