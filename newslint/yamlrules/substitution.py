"""``kind: substitution``: a wrong phrase and the phrase to use instead, with a fix."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

from newslint.yamlrules.base import YamlRule, is_str_list, is_str_map
from newslint.yamlrules.matching import Matcher, compile_alternatives, iter_matches, match_case, normalize_phrase

# The word right before a match, with only spaces between: 'a' in 'a to be freelance panel'.
_PREVIOUS = re.compile(r"([^\W_]+(?:['’][^\W_]+)?) +$")


def _is_context(value) -> bool:
    """One entry of ``swap-in-context``: a swap mapping and the words that must (not) come before."""
    return (
        isinstance(value, dict)
        and "swap" in value
        and is_str_map(value["swap"])
        and len(set(value) & {"after", "not-after"}) == 1
        and set(value) <= {"swap", "after", "not-after"}
        and is_str_list(value.get("after", value.get("not-after")))
    )


@dataclass(frozen=True)
class _Group:
    """Phrases that share one condition on the word before them (none for plain ``swap``)."""

    matcher: Optional[Matcher]
    replacements: dict[str, str]
    words: frozenset[str] = frozenset()
    after: Optional[bool] = None  # True: only after one of ``words``; False: never after one

    def holds(self, text: str, start: int) -> bool:
        if self.after is None:
            return True
        previous = _PREVIOUS.search(text, max(0, start - 40), start)
        return (previous is not None and self._listed(previous[1].lower().replace("’", "'"))) == self.after

    def _listed(self, word: str) -> bool:
        # a listed "'s" stands for every possessive ('the company's to be freelance advisers')
        return word in self.words or ("'s" in self.words and word.endswith("'s"))


def _with_plurals(swap: dict[str, str]) -> dict[str, str]:
    """``inflect: plural``: each phrase ending in a singular noun also matches with that noun
    plural, and its replacement turns plural with it ('heart assaults' -> 'heart attacks')."""
    from newslint.lexicon.inflection import plural_phrase

    result = dict(swap)
    for phrase, replacement in swap.items():
        phrase_plural, replacement_plural = plural_phrase(phrase), plural_phrase(replacement)
        if phrase_plural and replacement_plural:
            result.setdefault(phrase_plural, replacement_plural)  # a listed plural keeps its own replacement
    return result


class SubstitutionRule(YamlRule):
    kind = "substitution"
    KEYS = {
        "swap": (is_str_map, "a mapping of phrase to replacement"),
        "swap-in-context": (
            lambda v: isinstance(v, list) and all(_is_context(x) for x in v),
            "a list of {swap: {phrase: replacement}, after: [words]} or {swap: ..., not-after: [words]}",
        ),
        "inflect": (lambda v: v == "plural", "plural"),
        "fix": (lambda v: v in ("safe", "unsafe", "none"), "safe, unsafe or none"),
    }
    PLACEHOLDERS = ("match", "replacement")
    default_message = "use '{replacement}' instead of '{match}'"

    def configure(self, data):
        swap = data.get("swap") or {}
        if not swap:
            raise self.error("a substitution rule needs 'swap': a mapping of phrase to replacement")
        self.fix_mode = data.get("fix", "unsafe")
        inflect = _with_plurals if data.get("inflect") == "plural" else dict
        self.groups = [self._group(inflect(swap))]
        for context in data.get("swap-in-context") or []:
            after = "after" in context
            words = frozenset(w.lower() for w in context["after" if after else "not-after"])
            self.groups.append(self._group(inflect(context["swap"]), words, after))
        # the plain list's matcher: what another rule asks to know this pack's phrases
        self.matcher = self.groups[0].matcher

    def _group(self, swap: dict[str, str], words: frozenset[str] = frozenset(), after: Optional[bool] = None) -> _Group:
        replacements = {normalize_phrase(k): v for k, v in swap.items()}
        return _Group(compile_alternatives(swap, (), self.ignore_case), replacements, words, after)

    def matches(self, doc) -> Iterator[tuple[int, int, str, str]]:
        """(start, end, the text matched, its replacement) for every listed phrase in ``doc``."""
        for group in self.groups:
            if group.matcher is None:
                continue
            for start, end, match in iter_matches(doc, group.matcher, self.scope, self.skip_quotes):
                found = match.group()
                replacement = group.replacements.get(normalize_phrase(found))
                if replacement is not None and group.holds(doc.text, start):
                    yield start, end, found, match_case(replacement, found)

    def check(self, doc, ctx):
        for start, end, found, replacement in self.matches(doc):
            message = self.format_message(match=found, replacement=replacement)
            if self.fix_mode == "none":
                ctx.report(start, end, message)
            else:
                ctx.report(start, end, message, fix=replacement, safe=self.fix_mode == "safe")
