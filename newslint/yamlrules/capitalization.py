"""``kind: capitalization``: terms with a fixed spelling of case ("iPhone",
"YouTube"), and a case style for blocks in scope (``match: sentence|title``)."""

from __future__ import annotations

import re

from newslint.document.words import WORD_RE
from newslint.yamlrules.base import YamlRule, is_str_list
from newslint.yamlrules.matching import compile_alternatives, iter_matches, normalize_phrase

# AP and Chicago agree on these staying lowercase inside a title.
_MINOR_WORDS = {
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off",
    "on", "per", "to", "up", "via", "vs", "with", "from", "into", "over",
}


class CapitalizationRule(YamlRule):
    kind = "capitalization"
    KEYS = {
        "terms": (is_str_list, "a list of terms written exactly so"),
        "match": (lambda v: v in ("sentence", "title"), "sentence or title"),
        "exceptions": (is_str_list, "a list of words that keep their case"),
    }
    PLACEHOLDERS = ("match", "expected")
    default_message = "write '{expected}', not '{match}'"

    def configure(self, data):
        if not data.get("terms") and not data.get("match"):
            raise self.error("a capitalization rule needs 'terms' or 'match'")
        terms = data.get("terms", [])
        self.terms = {normalize_phrase(t): t for t in terms}
        self.matcher = compile_alternatives(terms, (), True) if terms else None
        self.style = data.get("match")
        self.exceptions = {e.lower(): e for e in data.get("exceptions", [])}

    def check(self, doc, ctx):
        if self.matcher is not None:
            for start, end, match in iter_matches(doc, self.matcher, self.scope, self.skip_quotes):
                expected = self.terms.get(normalize_phrase(match.group()))
                if expected and match.group() != expected:
                    ctx.report(start, end, self.format_message(match=match.group(), expected=expected), fix=expected)
        if self.style:
            for block in doc.blocks:
                if self.scope is None or block.kind in self.scope:
                    self._check_style(block, ctx)

    def _check_style(self, block, ctx):
        words = list(WORD_RE.finditer(block.text))
        for i, match in enumerate(words):
            word = match.group()
            if word.lower() in self.exceptions:
                expected = self.exceptions[word.lower()]
            elif not word[0].isalpha() or (word.isupper() and len(word) > 1) or re.search(r"[A-Z]", word[1:]):
                continue  # acronyms and camel case ("NASA", "iPhone") are names
            elif i == 0:
                expected = word[0].upper() + word[1:]
            elif self.style == "sentence":
                continue  # later words may be names: sentence case only checks the first
            elif word.lower() in _MINOR_WORDS and i != len(words) - 1:
                expected = word.lower()
            else:
                expected = word[0].upper() + word[1:]
            if word != expected:
                start = block.start + match.start()
                ctx.report(start, start + len(word), self.format_message(match=word, expected=expected), fix=expected, safe=False)
