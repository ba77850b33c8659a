from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from newslint.analysis.names import NameToken, article_names, hyphen_parts, strip_possessive
from newslint.lexicon.dialects import UK, US, Spelling, spellings
from newslint.engine.rule import Option, Rule, Severity, bad, good

# Dialects whose spelling is British (-our, -re, -ll-, programme): a config that names one
# of them chose British spelling on purpose. en-US is the default, so it proves nothing.
_BRITISH_DIALECTS = {"en-GB", "en-AU", "en-IN", "en-NZ", "en-IE", "en-ZA"}
# "program" is British English too for software ("a computer program").
_SOFTWARE_SENSE = {"program", "programs"}
_COMPUTING = re.compile(
    r"\b(?:computers?|software|programm(?:er|ers|ing)|code|coding|virus(?:es)?|hackers?|spyware|malware|"
    r"browsers?|downloads?|PCs?|Windows|Linux|apps?|chips?|algorithms?|graphics|gaming|consoles?|laptops?|"
    r"internet|online|web|websites?|e-?mails?)\b"
)


@dataclass(frozen=True)
class _Use:
    token: NameToken
    start: int
    end: int
    text: str
    spelling: Spelling


class DialectMix(Rule):
    id = "consistency/dialect-mix"
    severity = Severity.WARNING
    summary = "American and British spellings mixed in one article ('program' and 'programmes')."
    rationale = (
        "An article should keep to one spelling: American ('color', 'center', 'traveled', "
        "'program') or British ('colour', 'centre', 'travelled', 'programme'). A mix is the mark of copy "
        "pasted from several sources or rewritten by a tool. The rule counts the forms of each "
        "dialect in the article and reports the minority form at each place it appears, naming the "
        "majority form and where it is. Names keep their own spelling and are not counted ('World "
        "Health Organization', 'Labour Party', 'Pearl Harbor'), nor are quotations, nor words right in "
        "both dialects ('learned', 'tire', 'program' for software). The variant list is SCOWL's VarCon "
        "(every regular pair of its American and British word lists) with a hand list of irregular "
        "pairs ('tyre', 'grey', 'kerb'). -ize is right in Oxford British "
        "spelling too, so it only counts against -ise. When the config sets a dialect "
        "explicitly, the other dialect's forms are reported whatever their number (en-GB, en-AU and "
        "en-IN count as British); without one, the default en-US decides nothing and the majority "
        "wins. The fix swaps in the majority dialect's form; it "
        "needs an editor's confirmation."
    )
    options = {
        "min-majority": Option(2, "how many different words the majority dialect needs before a mix is reported"),
    }
    examples = (
        bad("The program centered on trade. Officials signaled support for the behavior rules, "
            "and scholarship programmes will grow."),
        bad("The organisation will finalise the plan. Critics say the organization must prioritize jobs "
            "and realize savings."),
        good("The programme centred on trade. Officials signalled support and the colour scheme changed."),
        good("The World Health Organization said the centre would open. Its colour scheme is new."),
        good("The programme is new. Engineers wrote a computer program to run the centre's colour lights."),
        good('The plan centered on trade. "We favour a slower pace," the British minister said.'),
    )

    def check(self, doc, ctx):
        # Only a dialect the config sets explicitly decides which side is wrong; the default
        # en-US does not, so British copy linted without a config stays quiet.
        uses = _dialect_uses(doc)
        if not uses:
            return
        minimum = ctx.options.get("min-majority", 2)
        british = ctx.config.dialect in _BRITISH_DIALECTS
        american = ctx.config.dialect_explicit and not british  # a desk that chose en-US says so
        us = [u for u in uses if u.spelling.dialect == US and u.spelling.marker and u.spelling.axis == "spelling"]
        uk = [u for u in uses if u.spelling.dialect == UK and u.spelling.marker]
        reported: set[int] = set()
        if us and uk:
            if british:
                minority, majority = us, uk
            elif american:
                minority, majority = uk, us
            else:
                minority, majority = _split(us, uk)
            if len(_words(majority)) >= minimum or british or american or _same_word(minority, majority):
                self._report(doc, ctx, minority, majority, reported)
                if majority is us:
                    return  # -ise was reported as British; -ize agrees with American
        # British spelling takes -ize (Oxford) or -ise, but not both
        ize = [u for u in uses if u.spelling.axis == "z" and u.spelling.dialect == US]
        ise = [u for u in uses if u.spelling.axis == "z" and u.spelling.dialect == UK and u.start not in reported]
        if ize and ise:
            minority, majority = _split(ize, ise)
            if len(_words(majority)) >= minimum or _same_word(minority, majority):
                self._report(doc, ctx, minority, majority, reported)

    def _report(self, doc, ctx, minority: list[_Use], majority: list[_Use], reported: set[int]) -> None:
        dialect = majority[0].spelling.dialect
        examples = []
        for use in majority:
            if use.text.lower() not in [e[0].lower() for e in examples]:
                examples.append((use.text, _line(doc, use.start)))
            if len(examples) == 2:
                break
        shown = ", ".join(f"'{word}' at line {line}" for word, line in examples)
        for use in minority:
            if use.start in reported:
                continue
            reported.add(use.start)
            other = use.spelling.other
            fix = other[0].upper() + other[1:] if use.text[0].isupper() else other
            ctx.report(
                use.start, use.end,
                f"'{use.text}' is {use.spelling.dialect} spelling, but the article mostly uses {dialect} "
                f"spelling ({shown}): write '{fix}'",
                fix=fix, safe=False,
            )


def _split(first: list[_Use], second: list[_Use]) -> tuple[list[_Use], list[_Use]]:
    """(minority, majority) by the number of different words ("program" ten times is one
    word), then of uses; on a tie, the dialect the article uses first is the majority."""
    a, b = _weight(first), _weight(second)
    if a != b:
        return (first, second) if a < b else (second, first)
    return (first, second) if first[0].start > second[0].start else (second, first)


def _same_word(minority: list[_Use], majority: list[_Use]) -> bool:
    """The same word in both spellings ("criticized" ... "criticised"): a mix whatever the counts."""
    written = _words(majority)
    return any(u.spelling.other.lower() in written for u in minority)


def _weight(uses: list[_Use]) -> tuple[int, int]:
    return len(_words(uses)), len(uses)


def _words(uses: list[_Use]) -> set[str]:
    return {u.text.lower() for u in uses}


def _line(doc, offset: int) -> int:
    return doc.position(doc.source_span(offset, offset + 1)[0])[0]


def _dialect_uses(doc) -> list[_Use]:
    table = spellings()
    names = article_names(doc)
    quotes = sorted((q.start, q.end) for q in doc.quotes)
    quote_starts = [q[0] for q in quotes]
    software = None
    uses: list[_Use] = []
    tokens = names.tokens
    for i, token in enumerate(tokens):
        if "-" in token.key:
            word = strip_possessive(token.text)
            parts = hyphen_parts(word)
        elif token.key in table:
            word, parts = token.text, [(0, len(token.key))]
        else:
            continue
        for s, e in parts:
            part = word[s:e]
            spelling = table.get(part.lower())
            if spelling is None or (part[0].isupper() and not _counts_capitalised(doc.text, tokens, i, part, s)):
                continue
            if _in_quote(quotes, quote_starts, token.start):
                break
            if part.lower() in _SOFTWARE_SENSE:
                if software is None:
                    software = bool(_COMPUTING.search(doc.text))
                if software:
                    continue
            uses.append(_Use(token, token.start + s, token.start + e, part, spelling))
    return uses


def _counts_capitalised(text: str, tokens: list[NameToken], i: int, part: str, offset: int) -> bool:
    """A capitalised word counts only where any word would be capitalised, and alone:
    "Finalise the schedule" counts, "Labour said" and "Labour Party" do not."""
    token = tokens[i]
    if part.isupper() or token.title_case or not token.initial or offset > 0:
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is not None and after.joined_to_previous and after.text[0].isupper():
        return False
    before = tokens[i - 1] if i > 0 else None  # a name broken over two lines or blocks
    return not (before is not None and before.text[0].isupper() and not text[before.end : token.start].strip())


def _in_quote(quotes: list[tuple[int, int]], starts: list[int], offset: int) -> bool:
    i = bisect.bisect_right(starts, offset) - 1
    # a few back: a short quote nested in a longer one may start after the longer one
    return any(quotes[j][0] <= offset < quotes[j][1] for j in range(i, max(i - 4, -1), -1))
