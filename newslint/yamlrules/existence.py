"""``kind: existence``: report every occurrence of listed phrases or patterns."""

from __future__ import annotations

from newslint.yamlrules.base import YamlRule, is_str_list
from newslint.yamlrules.matching import compile_alternatives, iter_matches


class ExistenceRule(YamlRule):
    kind = "existence"
    KEYS = {
        "tokens": (is_str_list, "a list of phrases (matched as whole words, any case)"),
        "patterns": (is_str_list, "a list of regular expressions"),
    }
    PLACEHOLDERS = ("match",)
    default_message = "'{match}' should not appear here"

    def configure(self, data):
        if not data.get("tokens") and not data.get("patterns"):
            raise self.error("an existence rule needs 'tokens' or 'patterns'")
        for i, pattern in enumerate(data.get("patterns", [])):
            self.compile(pattern, ("patterns", i))
        self.matcher = compile_alternatives(data.get("tokens", []), data.get("patterns", []), self.ignore_case)

    def check(self, doc, ctx):
        for start, end, match in iter_matches(doc, self.matcher, self.scope, self.skip_quotes):
            ctx.report(start, end, self.format_message(match=match.group()))
