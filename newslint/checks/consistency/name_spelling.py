from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from newslint.analysis.gazetteer import gazetteer
from newslint.analysis.names import NameToken, article_names, hyphen_parts, strip_possessive
from newslint.engine.rule import Rule, Severity, bad, good

_LETTERS = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class _Form:
    """One way of writing a name's syllables: 'Jae Myung', 'Jae-Myung', 'Jae-myung', 'Jaemyung'."""

    tokens: tuple[NameToken, ...]
    shape: tuple  # how the parts are joined and cased

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        last = self.tokens[-1]
        return last.start + len(strip_possessive(last.text))


class NameSpelling(Rule):
    id = "consistency/name-spelling"
    severity = Severity.WARNING
    summary = "The same name spelt two ways in one article ('Lee Jae Myung' and 'Lee Jae-Myung')."
    rationale = (
        "Names transliterated from Korean, Chinese or Arabic have several accepted spellings: the "
        "South Korean presidential office writes 'Lee Jae Myung', AP writes 'Lee Jae-myung'. Either is "
        "defensible; both in one article make readers wonder whether two people are meant, and betray "
        "copy stitched together from different sources. The rule finds a hyphenated name part "
        "('Jae-Myung') also written with a space ('Jae Myung'), run together ('Jaemyung') or with "
        "another capital after the hyphen ('Jae-myung'), and reports the less frequent spelling at each "
        "place it appears, naming the more frequent one and where it is. Pairs of places "
        "('Korea-China') are left alone."
    )
    examples = (
        bad("President Lee Jae Myung left for Beijing. Lee Jae-Myung will meet Xi. Aides said Lee Jae-Myung "
            "was ready."),
        bad("Talks with Wi Sung-lac went well, and Wi Sung-Lac said more would follow. Wi Sung-lac smiled."),
        good("President Lee Jae Myung left for Beijing. Lee will meet Xi. Aides said Lee Jae Myung was ready."),
        good("Korea-China trade grew, and Korea China Trade Council members met."),
        good("Jean-Pierre Raffarin spoke. Raffarin said Jean-Pierre would listen."),
    )

    def check(self, doc, ctx):
        tokens = article_names(doc).tokens
        groups = _forms_by_name(tokens)
        if not groups:
            return
        index = {id(t): i for i, t in enumerate(tokens)}
        for forms in groups.values():
            by_shape: dict[tuple, list[_Form]] = defaultdict(list)
            for form in forms:
                by_shape[form.shape[0]].append(form)
            if len(by_shape) < 2:
                # one way of joining the parts: do they differ in case? ("Sung-lac", "Sung-Lac")
                # Title case and sentence starts say nothing about it.
                by_shape = defaultdict(list)
                for form in forms:
                    if not form.tokens[0].title_case:
                        by_shape[form.shape].append(form)
                if len(by_shape) < 2:
                    continue
            ranked = sorted(by_shape.values(), key=lambda fs: (-len(fs), fs[0].start))
            majority = ranked[0]
            line = doc.position(doc.source_span(majority[0].start, majority[0].end)[0])[0]
            for minority in ranked[1:]:
                for form in minority:
                    if form.tokens[0].title_case and doc.blocks[form.tokens[0].block].kind in ("headline", "heading"):
                        continue  # a title-case headline's capitals are not the writer's spelling
                    start, end, model = _with_neighbours(doc.text, tokens, index, form, majority)
                    ctx.report(
                        start, end,
                        f"'{doc.text[start:end]}' here, but '{model}' {len(majority)} time(s) elsewhere "
                        f"(first at line {line}): spell the name one way",
                    )


def _forms_by_name(tokens: list[NameToken]) -> dict[tuple[str, ...], list[_Form]]:
    """Every spelling of every hyphenated name part, keyed by its syllables."""
    places = gazetteer()
    capitalised = [(i, t) for i, t in enumerate(tokens) if t.text[0].isupper()]
    keys: set[tuple[str, ...]] = set()
    for _, token in capitalised:
        if "-" not in token.key or not token.is_evidence:
            continue
        parts = token.key.split("-")
        if (
            len(parts) == 2 and all(_LETTERS.fullmatch(p) for p in parts)
            and not any(places.lookup(p) for p in parts) and not strip_possessive(token.text).isupper()
        ):
            keys.add(tuple(parts))
    if not keys:
        return {}
    fused = {"".join(k): k for k in keys}
    firsts = {k[0]: k for k in keys}
    groups: dict[tuple[str, ...], list[_Form]] = defaultdict(list)
    for i, token in capitalised:
        key = tuple(token.key.split("-"))
        if key in keys:
            word = strip_possessive(token.text)
            second = word[hyphen_parts(word)[1][0]]
            groups[key].append(_Form((token,), ("hyphen", second.isupper())))
        elif token.key in fused:
            groups[fused[token.key]].append(_Form((token,), ("fused",)))
        elif token.key in firsts and i + 1 < len(tokens):
            key = firsts[token.key]
            after = tokens[i + 1]
            if after.joined_to_previous and after.text[0].isupper() and after.key == key[1]:
                groups[key].append(_Form((token, after), ("space",)))
    return groups


def _with_neighbours(
    text: str, tokens: list[NameToken], index: dict[int, int], form: _Form, majority: list[_Form]
) -> tuple[int, int, str]:
    """The form's span, widened by the family or given name beside it ('Lee' in 'Lee Jae Myung')
    when the same word stands beside the majority spelling too; and that spelling, written alike."""
    start, end = form.start, form.end
    model = text[majority[0].start : majority[0].end]
    before = _neighbour(tokens, index, form, -1)
    if before and before[0].isupper():
        match = next((m for m in majority if _neighbour(tokens, index, m, -1) == before), None)
        if match is not None:
            start = tokens[index[id(form.tokens[0])] - 1].start
            model = f"{before} {text[match.start : match.end]}"
    after = _neighbour(tokens, index, form, 1)
    if after and after[0].isupper() and form.tokens[-1].text == strip_possessive(form.tokens[-1].text):
        if any(_neighbour(tokens, index, m, 1) == after for m in majority):
            following = tokens[index[id(form.tokens[-1])] + 1]
            end = following.start + len(after)
            model = f"{model} {after}"
    return start, end, model


def _neighbour(tokens: list[NameToken], index: dict[int, int], form: _Form, direction: int) -> str | None:
    if direction < 0:
        i = index[id(form.tokens[0])]
        return tokens[i - 1].text if i > 0 and form.tokens[0].joined_to_previous else None
    i = index[id(form.tokens[-1])]
    if i + 1 < len(tokens) and tokens[i + 1].joined_to_previous:
        return strip_possessive(tokens[i + 1].text)
    return None
