"""LanguageTool's HTTP API (``/v2/check``, ``/v2/languages``), so its clients show newslint's findings.

LanguageTool's clients count in UTF-16 code units (JavaScript strings) and,
for AnnotatedText, in the text *with* its markup. newslint lints the text the
annotation stands for (markup replaced by its ``interpretAs``) and maps every
finding back to the annotated text before converting to UTF-16.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from newslint import __version__
from newslint.config import DIALECTS
from newslint.document.sentences import split_sentences
from newslint.document.units import UTF16, CodeUnits
from newslint.engine.finding import Finding
from newslint.serve.linting import BadRequest

CONTEXT_CHARS = 40

#: newslint category -> (LanguageTool category id, name, issueType)
CATEGORIES = {
    "spelling": ("TYPOS", "Possible Typo", "misspelling"),
    "grammar": ("GRAMMAR", "Grammar", "grammar"),
    "punctuation": ("PUNCTUATION", "Punctuation", "typographical"),
    "casing": ("CASING", "Capitalization", "typographical"),
    "unicode": ("TYPOGRAPHY", "Typography", "typographical"),
    "wording": ("STYLE", "Style", "style"),
    "readability": ("STYLE", "Style", "style"),
    "consistency": ("NEWSLINT_CONSISTENCY", "Consistency", "inconsistency"),
    "seo": ("NEWSLINT_SEO", "SEO stuffing", "style"),
    "structure": ("NEWSLINT_STRUCTURE", "Story structure", "style"),
    "attribution": ("NEWSLINT_ATTRIBUTION", "Attribution", "non-conformance"),
    "sourcing": ("NEWSLINT_SOURCING", "Sourcing", "non-conformance"),
    "artifact": ("NEWSLINT_ARTIFACT", "Publishing artifacts", "non-conformance"),
    "metadata": ("NEWSLINT_METADATA", "Metadata", "non-conformance"),
}
_OTHER = ("MISC", "Miscellaneous", "uncategorized")

LANGUAGE_NAMES = {
    "en-US": "English (US)", "en-GB": "English (GB)", "en-AU": "English (Australian)",
    "en-CA": "English (Canadian)", "en-IN": "English (India)",
}


def languages() -> list[dict[str, str]]:
    return [{"name": "English", "code": "en", "longCode": "en"}] + [
        {"name": LANGUAGE_NAMES[code], "code": "en", "longCode": code} for code in DIALECTS
    ]


def dialect_for(language: str | None) -> tuple[str | None, str]:
    """The dialect to lint in (None: the server's) and the code to answer with."""
    if not language:
        raise BadRequest("missing parameter 'language' (e.g. en-US, en-GB or auto)")
    if language == "auto" or language == "en":
        return None, "en-US"
    for code in DIALECTS:
        if language.lower() == code.lower():
            return code, code
    raise BadRequest(f"newslint checks English only; {language!r} is not one of: auto, en, {', '.join(DIALECTS)}")


# -- AnnotatedText ------------------------------------------------------------------------

@dataclass
class Annotated:
    """The annotated text (markup included) and the plain text newslint lints, with the map between them."""

    original: str
    plain: str
    #: per segment: plain start, plain end, original start, original end, is markup
    segments: list[tuple[int, int, int, int, bool]] = field(default_factory=list)

    @classmethod
    def plain_text(cls, text: str) -> "Annotated":
        return cls(text, text, [(0, len(text), 0, len(text), False)])

    @classmethod
    def parse(cls, data: str) -> "Annotated":
        try:
            annotation = json.loads(data)["annotation"]
        except (ValueError, KeyError, TypeError):
            raise BadRequest("'data' must be AnnotatedText JSON: {\"annotation\": [{\"text\": …}, {\"markup\": …, \"interpretAs\": …}]}") from None
        if not isinstance(annotation, list):
            raise BadRequest("'data.annotation' must be a list")
        original: list[str] = []
        plain: list[str] = []
        segments = []
        o = p = 0
        for item in annotation:
            if not isinstance(item, dict) or not (isinstance(item.get("text"), str) or isinstance(item.get("markup"), str)):
                raise BadRequest("each annotation item needs a 'text' or a 'markup' string")
            if isinstance(item.get("text"), str):
                shown = stands_for = item["text"]
                markup = False
            else:
                shown = item["markup"]
                stands_for = item.get("interpretAs", "")
                if not isinstance(stands_for, str):
                    raise BadRequest("'interpretAs' must be a string")
                markup = True
            segments.append((p, p + len(stands_for), o, o + len(shown), markup))
            original.append(shown)
            plain.append(stands_for)
            o += len(shown)
            p += len(stands_for)
        return cls("".join(original), "".join(plain), segments or [(0, 0, 0, 0, False)])

    def to_original(self, start: int, end: int) -> tuple[int, int, bool]:
        """A plain-text span in the annotated text, and whether it touches markup."""
        first, last = self._segment(start, True), self._segment(end, False)
        touches_markup = any(seg[4] and seg[1] > seg[0] for seg in self.segments[first : last + 1])
        return self._place(first, start, True), max(self._place(last, end, False), self._place(first, start, True)), touches_markup

    def _segment(self, offset: int, is_start: bool) -> int:
        if is_start:  # the first segment that holds the character at ``offset``
            i = bisect.bisect_right(self._ends, offset)
        else:  # the segment that holds the character before ``offset``
            i = bisect.bisect_left(self._starts, offset) - 1
        return min(max(i, 0), len(self.segments) - 1)

    @cached_property
    def _starts(self) -> list[int]:
        return [seg[0] for seg in self.segments]

    @cached_property
    def _ends(self) -> list[int]:
        return [seg[1] for seg in self.segments]

    def _place(self, i: int, offset: int, is_start: bool) -> int:
        p_start, p_end, o_start, o_end, markup = self.segments[i]
        if markup:
            return o_start if is_start else o_end
        return o_start + min(max(offset - p_start, 0), o_end - o_start)


# -- the response -------------------------------------------------------------------------

def check_response(findings: list[Finding], annotated: Annotated, language: str, rules: dict[str, Any]) -> dict[str, Any]:
    original = annotated.original
    units = CodeUnits(original, UTF16)
    sentences = split_sentences(annotated.plain)
    matches = []
    for finding in findings:
        places = [(finding.src_start, finding.src_end, finding.fix.replacement if finding.fix else None)]
        places += [(r.src_start, r.src_end, r.replacement) for r in finding.related]  # one underline per place
        for start, end, replacement in places:
            o_start, o_end, touches_markup = annotated.to_original(start, end)
            matches.append(_match(finding, rules.get(finding.rule), original, units, o_start, o_end,
                                  None if touches_markup else replacement, _sentence(annotated.plain, sentences, start)))
    matches.sort(key=lambda m: (m["offset"], m["length"]))
    return {
        "software": {"name": "newslint", "version": __version__, "buildDate": None, "apiVersion": 1, "premium": False, "status": ""},
        "warnings": {"incompleteResults": False},
        "language": {
            "name": LANGUAGE_NAMES.get(language, "English"), "code": language,
            "detectedLanguage": {"name": LANGUAGE_NAMES.get(language, "English"), "code": language, "confidence": 1.0},
        },
        "matches": matches,
    }


def _match(finding: Finding, rule, original: str, units: CodeUnits, start: int, end: int, replacement: str | None, sentence: str) -> dict[str, Any]:
    category_id, category_name, issue_type = CATEGORIES.get(finding.category, _OTHER)
    offset, stop = units.count(start), units.count(end)
    return {
        "message": finding.message,
        "shortMessage": "",
        "replacements": [] if replacement is None else [{"value": replacement}],
        "offset": offset,
        "length": stop - offset,
        "context": _context(original, units, start, end),
        "sentence": sentence,
        "type": {"typeName": "UnknownWord" if finding.category == "spelling" else "Other"},
        "rule": {
            "id": finding.rule,
            "description": rule.summary if rule is not None else finding.rule,
            "issueType": issue_type,
            "category": {"id": category_id, "name": category_name},
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def _context(original: str, units: CodeUnits, start: int, end: int) -> dict[str, Any]:
    """The match with up to 40 characters either side, as LanguageTool shows it (``...`` where cut)."""
    left, right = max(0, start - CONTEXT_CHARS), min(len(original), end + CONTEXT_CHARS)
    prefix = "..." if left > 0 else ""
    text = prefix + original[left:right] + ("..." if right < len(original) else "")
    offset = len(prefix) + units.between(left, start)
    return {"text": text.replace("\n", " "), "offset": offset, "length": units.between(start, end)}


def _sentence(plain: str, sentences: list[tuple[int, int]], offset: int) -> str:
    i = bisect.bisect_right([s for s, _ in sentences], offset) - 1
    if i >= 0 and sentences[i][0] <= offset < max(sentences[i][1], sentences[i][0] + 1):
        return plain[sentences[i][0] : sentences[i][1]]
    return ""


def rule_list(value: str | None) -> list[str]:
    return [item.strip() for item in (value or "").split(",") if item.strip()]


def category_list(value: str | None) -> list[str]:
    """newslint categories for LanguageTool category ids (TYPOS, STYLE…) or newslint's own names (spelling…)."""
    wanted = rule_list(value)
    return [name for name, (category_id, _, _) in CATEGORIES.items() if category_id in wanted or name in wanted]


def selection(params: dict[str, str]) -> tuple[list[str] | None, list[str], list[str]]:
    """select, extend-select and ignore from LanguageTool's rule and category parameters."""
    enabled = rule_list(params.get("enabledRules")) + category_list(params.get("enabledCategories"))
    disabled = rule_list(params.get("disabledRules")) + category_list(params.get("disabledCategories"))
    picky = ["all"] if params.get("level") == "picky" else []  # picky: the rules that are off by default too
    if params.get("enabledOnly", "false").lower() == "true":
        return enabled, picky, disabled
    return None, enabled + picky, disabled
