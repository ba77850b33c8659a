"""``kind: occurrence``: a phrase may appear at most ``max`` times per document
or per ``per-words`` words (density), as Vale's occurrence and proselint's
per-million thresholds do."""

from __future__ import annotations

from newslint.yamlrules.base import YamlRule, is_int, is_str_list
from newslint.yamlrules.matching import compile_alternatives, iter_matches


class OccurrenceRule(YamlRule):
    kind = "occurrence"
    KEYS = {
        "tokens": (is_str_list, "a list of phrases"),
        "patterns": (is_str_list, "a list of regular expressions"),
        "max": (is_int, "a whole number"),
        "per-words": (lambda v: is_int(v) and v > 0, "a positive whole number of words"),
    }
    PLACEHOLDERS = ("match", "count", "max", "words")
    default_message = "'{match}' appears {count} times; at most {max} is natural"

    def configure(self, data):
        if not data.get("tokens") and not data.get("patterns"):
            raise self.error("an occurrence rule needs 'tokens' or 'patterns'")
        if "max" not in data:
            raise self.error("an occurrence rule needs 'max'")
        for i, pattern in enumerate(data.get("patterns", [])):
            self.compile(pattern, ("patterns", i))
        self.matcher = compile_alternatives(data.get("tokens", []), data.get("patterns", []), self.ignore_case)
        self.maximum = data["max"]
        self.per_words = data.get("per-words")

    def check(self, doc, ctx):
        matches = list(iter_matches(doc, self.matcher, self.scope, self.skip_quotes))
        allowed = self.maximum
        if self.per_words:
            allowed = max(self.maximum * doc.word_count // self.per_words, self.maximum if doc.word_count < self.per_words else 0)
        if len(matches) <= allowed:
            return
        start, end, match = matches[allowed]
        ctx.report(
            start,
            end,
            self.format_message(match=match.group(), count=len(matches), max=allowed, words=doc.word_count),
        )
