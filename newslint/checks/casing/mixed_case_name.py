from __future__ import annotations

import re
from collections import defaultdict

from newslint.analysis.gazetteer import gazetteer
from newslint.analysis.names import NameToken, article_names, strip_possessive
from newslint.engine.rule import Rule, Severity, bad, good

# Capitalised, these words only make sense as part of a name ("the Standing Committee"),
# so the institution word after them belongs to the name too.
_NAMING_ADJECTIVES = {
    "standing", "select", "joint", "permanent", "supreme", "central", "executive", "constitutional",
    "legislative",
}
_INSTITUTIONS = {
    "committee", "commission", "council", "court", "assembly", "bank", "fund", "tribunal", "board",
    "authority", "agency", "bureau", "office", "ministry", "department", "service", "congress",
    "parliament", "senate", "synod", "conference", "forum",
}
_FUNCTION_WORDS = {"of", "and", "the", "for", "on", "in", "at", "to", "a", "an", "de", "la", "du", "van", "von"}
# A firm's name and "group" in lowercase is the firm's group of companies, described: "the Falic group"
# beside "Falic Group", "given LG group until Wednesday" beside "LG Group" (BBC news).
_DESCRIBED = {"group"}
# A number before a plural counts things the name gives out: "15 Brit awards" beside "the Brit Awards".
_COUNT_BEFORE = re.compile(r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|several|many|both) $", re.I)

Key = tuple[str, ...]


class MixedCaseName(Rule):
    id = "casing/mixed-case-name"
    severity = Severity.WARNING
    summary = "A multi-word name with a word in lowercase ('Technology Partnership fund', 'Standing committee')."
    rationale = (
        "When an article writes 'Technology Partnership Fund' and later 'Technology Partnership fund', "
        "one of them is wrong, and readers notice the name change shape. This rule reports the "
        "lowercase word when the article writes the whole name capitalised more often than not. It "
        "also reports an institution word in lowercase after a capitalised word that only makes sense "
        "as part of a name, inside a longer name ('National People's Congress Standing committee'). "
        "Capitals at the start of a sentence, a list item, or in a title-case line are no evidence, and a "
        "name written lowercase throughout ('the fund') is ordinary English, as are a firm's 'group' "
        "described ('the Falic group' beside 'Falic Group') and things a name gives out, counted ('15 "
        "Brit awards' beside 'the Brit Awards'; both measured on BBC news; a lowercase 'group' in a "
        "group's own name is missed). The fix capitalises the word; it needs an editor's confirmation."
    )
    examples = (
        bad("The Technology Partnership Fund opened. The Technology Partnership Fund will invest in AI. "
            "Applications to the Technology Partnership fund close in May."),
        bad("Lee met the chair of the National People's Congress Standing committee on Tuesday."),
        good("The Technology Partnership Fund opened. The fund will invest in AI."),
        good("Officials at the US embassy said the US Embassy in Seoul was closed. The embassy reopened."),
        good("Lee met the chair of the Standing Committee of the National People's Congress."),
        good("Technology Partnership Fund Opens Doors\n\nThe technology partnership fund was announced."),
    )

    def check(self, doc, ctx):
        names = article_names(doc)
        canonical = _capitalised_names(names.runs)
        reported: set[int] = set()
        for key, windows in _partly_lowercase(doc.text, names.tokens, canonical).items():
            if len(canonical[key]) <= len(windows):
                continue  # no clear majority: which spelling is the name?
            model = canonical[key][0]
            line = doc.position(doc.source_span(model[0].start, model[-1].end)[0])[0]
            written = " ".join(t.text for t in model)
            for window in windows:
                for token in _lowercase_words(window):
                    if token.start not in reported:
                        reported.add(token.start)
                        ctx.report(
                            token.start, token.end,
                            f"'{token.text}' is lowercase, but the article writes '{written}' (line {line})",
                            fix=token.text[0].upper() + token.text[1:], safe=False,
                        )
        for token, name in _naming_adjective_slips(names.tokens):
            if token.start not in reported:
                ctx.report(
                    token.start, token.end,
                    f"'{token.text}' should be capitalised: '{name}' is part of a name here",
                    fix=token.text[0].upper() + token.text[1:], safe=False,
                )


def _capitalised_names(runs) -> dict[Key, list[tuple[NameToken, ...]]]:
    """Each run of capitalised words mid-sentence and its endings of two words or more:
    'Korea-China Technology Partnership Fund' also gives 'Technology Partnership Fund'."""
    canonical: dict[Key, list[tuple[NameToken, ...]]] = defaultdict(list)
    for run in runs:
        for j in range(len(run) - 1):
            canonical[_key(run[j:])].append(run[j:])
    return canonical


def _partly_lowercase(text: str, tokens: list[NameToken], canonical) -> dict[Key, list[tuple[NameToken, ...]]]:
    """Places where a known name starts capitalised and goes on partly in lowercase."""
    lengths: dict[str, set[int]] = defaultdict(set)
    for key in canonical:
        lengths[key[0]].add(len(key))
    places = gazetteer()
    mixed: dict[Key, list[tuple[NameToken, ...]]] = defaultdict(list)
    for i in [i for i, t in enumerate(tokens) if t.key in lengths]:
        token = tokens[i]
        if not token.text[0].isupper() or not token.is_evidence:
            continue
        for length in sorted(lengths[token.key], reverse=True):
            window = tuple(tokens[i : i + length])
            if len(window) < length or not all(t.joined_to_previous for t in window[1:]):
                continue
            if any(strip_possessive(t.text) != t.text for t in window[:-1]):
                continue  # "Taiwan's steel exports" is not "Taiwan Steel"
            if length == 2 and places.lookup(window[0].text) is not None:
                continue  # "all Canadian airlines" is generic beside "Canadian Airlines"
            key = _key(window)
            last = window[-1].text
            if last.islower() and (
                last in _DESCRIBED or last.endswith("s") and _COUNT_BEFORE.search(text, 0, window[0].start)
            ):
                continue
            if key in canonical and _lowercase_words(window):
                mixed[key].append(window)
                break
    return mixed


def _key(tokens) -> Key:
    return tuple(t.key for t in tokens)


def _lowercase_words(window) -> list[NameToken]:
    """Its lowercase words; places ("West german") are casing/lowercase-name's business."""
    places = gazetteer()
    return [
        t for t in window[1:]
        if t.text[0].islower() and t.text.lower() not in _FUNCTION_WORDS and not _is_place(places, t.text)
    ]


def _is_place(places, word: str) -> bool:
    place = places.lookup(word)
    return place is not None and not place.ambiguous


def _naming_adjective_slips(tokens: list[NameToken]):
    """'…Congress Standing committee': a naming adjective inside a longer name, then a lowercase institution."""
    for i in [i for i, t in enumerate(tokens) if t.key in _NAMING_ADJECTIVES]:
        if i == 0 or i + 1 >= len(tokens):
            continue
        before, adjective, noun = tokens[i - 1], tokens[i], tokens[i + 1]
        if (
            adjective.text.lower() in _NAMING_ADJECTIVES and adjective.text[0].isupper() and adjective.is_evidence
            and adjective.joined_to_previous and before.text[0].isupper()
            and noun.joined_to_previous and noun.text.lower() in _INSTITUTIONS and noun.text.islower()
        ):
            yield noun, f"{adjective.text} {noun.text.capitalize()}"
