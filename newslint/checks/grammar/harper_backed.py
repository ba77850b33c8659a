"""What the Harper-backed grammar rules share: Harper's lints for the document, and the words around one.

Each rule names the Harper rules it reports (switched on for it with
``harper.use``) and judges every lint in context, because Harper's own checks
are tuned for software docs: a rule keeps a lint only where news copy makes the
error certain enough. A rule that ``languagetool.CATEGORY_RULES`` names also
reports LanguageTool's matches when a LanguageTool server is configured.
"""

from __future__ import annotations

import re
from typing import ClassVar

from newslint.engine.rule import Rule
from newslint.engines import harper, languagetool

_WORD = re.compile(r"[^\W_][\w'’\-\u2011]*")
# Characters a word goes on with besides letters and digits (the tail of _WORD).
_WORD_JOINERS = "_'’-\u2011"


class HarperRule(Rule):
    """A rule that reports some of Harper's lints, each judged by :meth:`keep`."""

    harper_rules: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        harper.use(cls.harper_rules)

    def check(self, doc, ctx):
        found = harper.lints(doc, ctx.config)
        reported = []
        for name in self.harper_rules:
            for lint in found.get(name, ()):
                if lint.replacements[:1] != (lint.text,) and self.keep(doc.text, lint, found):
                    self.report(doc.text, lint, ctx)
                    reported.append((lint.start, lint.end))
        if self.id in languagetool.CATEGORY_RULES.values():
            languagetool.report(doc, ctx, reported)

    def keep(self, text: str, lint: harper.HarperLint, lints: dict[str, list[harper.HarperLint]]) -> bool:
        """Whether to report ``lint``; ``lints`` are all of Harper's lints for the document."""
        return True

    def report(self, text: str, lint: harper.HarperLint, ctx) -> None:
        if not lint.replacements:
            ctx.report(lint.start, lint.end, lint.message.replace("`", "'"))
            return
        fix = match_case(lint.text, lint.replacements[0])
        ctx.report(lint.start, lint.end, self.message(lint, fix), fix=fix, safe=self.safe(text, lint))

    def message(self, lint: harper.HarperLint, fix: str) -> str:
        return f"'{lint.text}' should be '{fix}'"

    def safe(self, text: str, lint: harper.HarperLint) -> bool:
        return False


def word_after(text: str, end: int) -> str:
    """The word right after ``end`` across one run of spaces, or "" if punctuation or a line break comes first."""
    i = end
    while i < len(text) and text[i] == " ":
        i += 1
    if i == end:
        return ""
    match = _WORD.match(text, i)
    return match.group() if match else ""


def word_before(text: str, start: int) -> tuple[str, str]:
    """The word before ``start`` on the same line, and the characters between it and ``start``.

    Read backwards from ``start``, finding what a search from the line's start for a word and
    the non-word characters after it up to ``start`` finds: that search cost the whole line per
    word, and an HTML page or a feed can be one line of a megabyte."""
    p = start  # back over what stands between the word and start (on this line)
    while p > 0 and text[p - 1] != "\n" and not (text[p - 1].isalnum() or text[p - 1] == "_"):
        p -= 1
    q = p  # back over the word
    while q > 0 and (text[q - 1].isalnum() or text[q - 1] in _WORD_JOINERS):
        q -= 1
    i = q  # the word starts at a letter or digit
    while i < p and not text[i].isalnum():
        i += 1
    if i < p:
        end = i
        while end < start and (text[end].isalnum() or text[end] in _WORD_JOINERS):
            end += 1
        return text[i:end], text[end:start]
    line_start = text.rfind("\n", 0, start) + 1
    return "", text[line_start:start]


def match_case(original: str, replacement: str) -> str:
    """``replacement`` cased like ``original`` (Harper answers "A honest" with "AN")."""
    if original[:1].isupper() and not original.isupper() or len(original) == 1 and original.isupper():
        return replacement[:1].upper() + replacement[1:].lower()
    if original.islower():
        return replacement.lower()
    return replacement
