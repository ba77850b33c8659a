"""``kind: substitution``: a wrong phrase and the phrase to use instead, with a fix."""

from __future__ import annotations

from newslint.yamlrules.base import YamlRule, is_str_map
from newslint.yamlrules.matching import compile_alternatives, iter_matches, match_case, normalize_phrase


class SubstitutionRule(YamlRule):
    kind = "substitution"
    KEYS = {
        "swap": (is_str_map, "a mapping of phrase to replacement"),
        "fix": (lambda v: v in ("safe", "unsafe", "none"), "safe, unsafe or none"),
    }
    PLACEHOLDERS = ("match", "replacement")
    default_message = "use '{replacement}' instead of '{match}'"

    def configure(self, data):
        swap = data.get("swap") or {}
        if not swap:
            raise self.error("a substitution rule needs 'swap': a mapping of phrase to replacement")
        self.replacements = {normalize_phrase(k): v for k, v in swap.items()}
        self.fix_mode = data.get("fix", "unsafe")
        self.matcher = compile_alternatives(swap, (), self.ignore_case)

    def check(self, doc, ctx):
        for start, end, match in iter_matches(doc, self.matcher, self.scope, self.skip_quotes):
            found = match.group()
            replacement = self.replacements.get(normalize_phrase(found))
            if replacement is None:
                continue
            replacement = match_case(replacement, found)
            message = self.format_message(match=found, replacement=replacement)
            if self.fix_mode == "none":
                ctx.report(start, end, message)
            else:
                ctx.report(start, end, message, fix=replacement, safe=self.fix_mode == "safe")
