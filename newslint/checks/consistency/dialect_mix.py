from __future__ import annotations

import re
from dataclasses import dataclass, replace

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
    #: written where a noun stands ("a license", "the practise"); asked only of forms with a sense
    noun: bool = False
    #: capitalised as (part of) a name ("Labour said", "World Health Organization"): not counted
    name: bool = False


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
        "Health Organization', 'Labour Party', 'Pearl Harbor'), unless the article writes the name both ways "
        "('Labour' … 'Labor will continue': the rarer form is reported), nor words right in both dialects ('learned', 'tire', 'program' for software). The variant list is SCOWL's VarCon "
        "(every regular pair of its American and British word lists) with a hand list of irregular "
        "pairs ('tyre', 'grey', 'kerb', 'sulphur', 'judgement'). Where one dialect splits a word by part "
        "of speech, the part decides: 'a license fee' is American (British writes the noun 'licence'), "
        "and 'the practise' is the noun misspelt in every dialect (reported whatever the rest). News spells "
        "British with -ise (BBC, Guardian, Times, FT), so -ize counts as American: 'favourable' beside "
        "'utilize' and 'rationalize' is a mix; set the option oxford for an Oxford house style, where "
        "-ize only counts against -ise. When the config sets a dialect "
        "explicitly, the other dialect's forms are reported whatever their number (en-GB, en-AU and "
        "en-IN count as British); without one, the default en-US decides nothing and the majority "
        "wins. The fix swaps in the majority dialect's form; it "
        "needs an editor's confirmation."
    )
    options = {
        "min-majority": Option(1, "how many different words the majority dialect needs before a mix is reported"),
        "oxford": Option(False, "the house style is Oxford spelling (-ize with -our, -re): -ize then counts only against -ise"),
    }
    examples = (
        bad("The program centered on trade. Officials signaled support for the behavior rules, "
            "and scholarship programmes will grow."),
        bad("The organisation will finalise the plan. Critics say the organization must prioritize jobs "
            "and realize savings."),
        good("The programme centred on trade. Officials signalled support and the colour scheme changed."),
        good("The World Health Organization said the centre would open. Its colour scheme is new."),
        good("The programme is new. Engineers wrote a computer program to run the centre's colour lights."),
        bad('The plan centered on trade. "We favour a slower pace," Mr. Smith said.'),
        bad("Labour will keep its pledges, said Labour's election chief. Labor will pursue reforms."),
        good("The programme centred on trade. The computer program ran the colour display."),
    )

    def check(self, doc, ctx):
        # Only a dialect the config sets explicitly decides which side is wrong; the default
        # en-US does not, so British copy linted without a config stays quiet.
        uses = _dialect_uses(doc)
        if not uses:
            return
        for use in uses:
            if use.spelling.sense == "v" and use.noun:
                # "The practise has drawn criticism": the noun is "practice" in both dialects
                other = use.spelling.other
                fix = other[0].upper() + other[1:] if use.text[0].isupper() else other
                ctx.report(use.start, use.end, f"'{use.text}' is the British spelling of the verb; the noun is "
                           f"'{fix}' in every dialect", fix=fix, safe=False)
        uses = [u for u in uses if not (u.spelling.sense == "v" and u.noun)]
        respelt = _name_respellings(uses)
        for use, majority in respelt:
            # one name in both dialects is a mix whatever the rest ("Labour" six times, "Labor" once)
            other = majority[0].text
            ctx.report(use.start, use.end, f"'{use.text}' is the {use.spelling.dialect} spelling of a name the article "
                       f"writes '{other}' ({len(majority)}x, first at line {_line(doc, majority[0].start)})",
                       fix=other, safe=False)
        respelt_starts = {use.start for use, _ in respelt}
        uses = [u for u in uses if not u.name and u.start not in respelt_starts]
        minimum = ctx.options.get("min-majority", 1)
        oxford = ctx.options.get("oxford", False)
        british = ctx.config.dialect in _BRITISH_DIALECTS
        american = ctx.config.dialect_explicit and not british  # a desk that chose en-US says so
        # News spells British with -ise (BBC, Guardian, Times, FT): -ize is American evidence
        # unless the house style is Oxford spelling.
        us = [u for u in uses if u.spelling.dialect == US and u.spelling.marker and (u.spelling.axis == "spelling" or not oxford)]
        uk = [u for u in uses if u.spelling.dialect == UK and u.spelling.marker]
        reported: set[int] = set()
        if us and uk:
            if british:
                minority, majority = us, uk
            elif american:
                minority, majority = uk, us
            else:
                minority, majority = _split(us, uk, _lean(doc.text, with_ize=oxford))
            if len(_words(majority)) >= minimum or british or american or _same_word(minority, majority):
                self._report(doc, ctx, minority, majority, reported)
                if majority is us or not oxford:
                    return  # -ise was reported as British; -ize agrees with American
        # Oxford British spelling takes -ize or -ise, but not both
        ize = [u for u in uses if u.spelling.axis == "z" and u.spelling.dialect == US]
        ise = [u for u in uses if u.spelling.axis == "z" and u.spelling.dialect == UK and u.start not in reported]
        if ize and ise:
            minority, majority = _split(ize, ise, _lean(doc.text, with_ize=False))
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


def _split(american: list[_Use], british: list[_Use], lean: int = 0) -> tuple[list[_Use], list[_Use]]:
    """(minority, majority) by the number of different words ("program" ten times is one
    word), then of uses; on a tie, the dialect the rest of the article leans to (``lean``:
    > 0 American, < 0 British), then the one it uses first."""
    a, b = _weight(american), _weight(british)
    if a != b:
        return (american, british) if a < b else (british, american)
    if lean:
        return (british, american) if lean > 0 else (american, british)
    return (american, british) if american[0].start > british[0].start else (british, american)


# What else shows an article's dialect when its spellings are evenly split ("favour" once,
# "center" once): honorifics with or without a full stop ("Mr." / "Mr Smith"), "percent" /
# "per cent", "toward" / "towards", "March 5" / "5 March", and for the -our/-re/-er axis, -ize / -ise.
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_AMERICAN_CUES = re.compile(rf"\b(?:Mr|Mrs|Ms|Dr)\.\s|\bpercent\b|\btoward\b|\bgotten\b|\b{_MONTH} \d{{1,2}}\b")
_BRITISH_CUES = re.compile(rf"\b(?:Mr|Mrs|Ms|Dr) [A-Z]|\bper cent\b|\btowards\b|\bwhilst\b|\bamongst\b|\b\d{{1,2}} {_MONTH}\b")
_IZE = re.compile(r"\b\w{3,}iz(?:e|es|ed|ing|ation|ations)\b")
_ISE = re.compile(r"\b\w{3,}is(?:e|es|ed|ing|ation|ations)\b")


def _lean(text: str, with_ize: bool = True) -> int:
    lean = len(_AMERICAN_CUES.findall(text)) - len(_BRITISH_CUES.findall(text))
    if with_ize:
        table = spellings()
        lean += sum(1 for w in _IZE.findall(text) if w.lower() in table) - sum(1 for w in _ISE.findall(text) if w.lower() in table)
    return lean


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
            if spelling is None:
                continue
            name = part[0].isupper() and not _counts_capitalised(doc.text, tokens, i, part, s, names)
            if part.lower() in _SOFTWARE_SENSE:
                # measured: a window around the word missed most of BBC's software "programs"
                # (+19 findings); a tech story's "Radio 4 program" is the price
                if software is None:
                    software = bool(_COMPUTING.search(doc.text))
                if software:
                    continue
            noun = False
            if spelling.sense and s == 0:  # not the verb of a compound: "cross-license with"
                noun = _noun_position(tokens, i, strict=spelling.sense == "v")
                if spelling.sense == "n" and noun:
                    spelling = replace(spelling, marker=True)  # "a license fee": British writes "licence"
            uses.append(_Use(token, token.start + s, token.start + e, part, spelling, noun, name))
    return uses


def _name_respellings(uses: list[_Use]) -> list[tuple[_Use, list[_Use]]]:
    """Names written in both spellings ("Labour" … "Labor will continue"): each use of the rarer
    form (on a tie, the later one), with the uses of the form the article writes most."""
    forms: dict[str, list[_Use]] = {}
    for use in uses:
        # a capitalised sentence opener counts as a spelling of the name ("Labor will pursue")
        if use.text[0].isupper() and use.spelling.marker and not use.text.isupper():
            forms.setdefault(use.text.lower(), []).append(use)
    found = []
    for word, written in forms.items():
        other = forms.get(written[0].spelling.other.lower())
        if other and any(u.name for u in written + other) and (len(other), -other[0].start) > (len(written), -written[0].start):
            found.extend((use, other) for use in written)
    return sorted(found, key=lambda pair: pair[0].start)


_DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
                "your", "every", "each", "no", "any", "same", "common", "usual", "standard"}
# Before a verb: "to license", "will license", "they practice"; after one, its object: "license the design".
_VERB_BEFORE = {"to", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "not", "we",
                "they", "i", "you", "who"}
_OBJECT_AFTER = {"the", "a", "an", "its", "their", "his", "her", "it", "them", "this", "these", "those", "our",
                 "my", "your", "out"}


def _noun_position(tokens: list[NameToken], i: int, strict: bool) -> bool:
    """Whether word ``i`` stands where a noun does: after a determiner or a possessive ("the
    practise", "Britain's licence"); unless ``strict``, also anywhere not a verb's place ("a
    security license", "license fee", but not "to license", "license the design")."""
    token = tokens[i]
    before = tokens[i - 1] if i > 0 and token.joined_to_previous else None
    after = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].joined_to_previous else None
    if before is not None and (before.key in _DETERMINERS or before.text.endswith(("'s", "’s"))):
        return True
    if strict:
        return False
    return not (before is not None and before.key in _VERB_BEFORE) and not (after is not None and after.key in _OBJECT_AFTER)


def _counts_capitalised(text: str, tokens: list[NameToken], i: int, part: str, offset: int, names) -> bool:
    """A capitalised word counts only where any word would be capitalised, and alone:
    "Finalise the schedule" counts, "Labour said" and "Labour Party" do not, nor a sentence's
    first word that the article writes only as a name elsewhere ("Gray said" beside "Andy Gray",
    which counted as American spelling against a British "calibre" on BBC news)."""
    token = tokens[i]
    if part.isupper() or token.title_case or not token.initial or offset > 0:
        return False
    if names.is_strong_name(part):
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is not None and after.joined_to_previous and after.text[0].isupper():
        return False
    before = tokens[i - 1] if i > 0 else None  # a name broken over two lines or blocks
    return not (before is not None and before.text[0].isupper() and not text[before.end : token.start].strip())
