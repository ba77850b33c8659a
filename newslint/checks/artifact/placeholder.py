import re

from newslint.engine.rule import Rule, Severity, bad, good
from newslint.lazy_regex import lazy_compile

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_UNIT = (
    r"(?:%|\s?per\s?cent|\s(?:percent|pct|million|billion|trillion|bn|mn|km|kg|miles?|years?|months?|weeks?|days?|hours?|"
    r"minutes?|people|points|votes|seats|jobs|cases|deaths|times)\b)"
)

# Each pattern is one kind of gap; named groups say which.
_PATTERNS = lazy_compile(
    # "[TK]", "TKTK": the newsroom mark for "to come"
    r"(?P<tk>(?<![\w&'’-])(?:\[\s*(?:TK|tk)(?:TK|tk)*\s*\]|TK(?:TK)+)(?![\w'’-])|(?<=[$£€¥])TK(?=(?:bn|mn|m|k)?\b))"
    # "[insert quote]", "<insert name>", "(insert link here)", "[link]", "[Company Name]"
    r"|(?P<bracket>\[\s*(?:(?:insert|add|include|enter)\b[^\]\n]{0,60}|link(?:\s+here)?|url|hyperlink|citation\s+needed"
    r"|quote(?:\s+here)?|(?:your|company|author|reporter|expert'?s?|brand|product|person'?s?)\s+name|name|date|number|figure"
    r"|photo|image|picture|placeholder|tbd|tbc|x+|n|\#+|\?+|city|country|keywords?|to\s+(?:come|follow|confirm|check)|tk\s+tk)\s*\](?![\w(])"
    r"|<\s*insert\b[^>\n]{0,60}>|\(\s*insert\b[^)\n]{0,60}\))"
    # dummy text
    r"|(?P<lorem>\blorem\s+ipsum\b|\bdolor\s+sit\s+amet\b)"
    # template variables a CMS or a mail-merge failed to fill
    r"|(?P<variable>\{\{[^{}\n]{1,80}\}\}|\{%[^%\n]{1,80}%\}|%%[A-Za-z][A-Za-z_]{1,40}%%|\$\{[A-Za-z_][\w.]{0,40}\}"
    r"|\{[a-z]+(?:_[a-z]+)+\}|<%=?[^%\n]{1,80}%>|%\([a-z_]+\)s)",
    re.IGNORECASE,
)
# Capitals make these notes: "TODO", "CHECK THIS", "INSERT QUOTE", "NEED SOURCE" (not "check this").
_NOTES = lazy_compile(
    # a gap mark with what is still to be done: "XX to confirm.", "TK to come"
    r"\b(?:XX|TK|TBD|TBC)\s+to\s+(?:confirm|come|follow|check|be\s+confirmed)\b|\b(?:TODO|FIXME)\b|\bCHECK\s+(?:THIS|NAME|SPELLING|FIGURES?|NUMBERS?|DATES?|AGES?|TITLES?|QUOTE)\b"
    r"|\b(?:NEEDS?|ADD|GET)\s+(?:QUOTE|SOURCE|ART|PHOTO|LINK|CONFIRMATION|DETAILS|COMMENT)\b"
    r"|\bCONFIRM\s+(?:THIS|NAME|SPELLING|FIGURES?|DATES?|AGES?|TITLES?)\b|\[(?:CHECK|CONFIRM|VERIFY)\]"
    r"|\bINSERT\s+(?:[A-Z]+\s+)?(?:QUOTE|NAME|LINK|PHOTO|IMAGE|DATE|NUMBER|FIGURE|HERE|GRAPHIC|MAP|CHART|VIDEO)\b"
)
# "TK" and "XX" alone are also names, currency and numerals ("TK Maxx", "Tk 500", "Super Bowl XX"):
# they count only where a gap for a fact fits.
_BARE_TK = lazy_compile(r"(?<![\w&'’.\[-])TK(?![\w'’.\]-])")
_AFTER_NAME_OR_NUMBER = lazy_compile(r"\s*(?:[A-Z0-9$£€]|\(\s*[A-Z])")
_CAPITALIZED_BEFORE = lazy_compile(r"[A-Z][\w'’.-]{0,40}\s+$")
_XX = lazy_compile(r"(?<![\w-])(?P<money>[$£€¥]\s?)?(?:\d{1,2}XX|XX+|xx+)(?P<groups>(?:[.,:/](?:XX+|xx+|\d+))+)?(?![\w-])")
_XX_AFTER = lazy_compile(_UNIT + r"|\s" + _MONTH + r"(?!\w)")
_XX_BEFORE = lazy_compile(r"(?:\b(?:aged|age|No\.|page|Article|number)|\b" + _MONTH + r")\s$")

_PATTERN_KEYS = ("$tk", "£tk", "€tk", "¥tk", "[", "{", "<", "%%", "%(", "${", "tktk", "insert", "lorem", "dolor sit")
_NOTE_KEYS = ("XX", "TBD", "TBC", "TODO", "FIXME", "CHECK", "NEED", "ADD", "GET", "CONFIRM", "VERIFY", "INSERT")

_SHOUTED_WORDS = 8

_KINDS = {
    "tk": "placeholder",
    "bracket": "placeholder",
    "lorem": "dummy text",
    "variable": "unfilled template variable",
    "note": "note to the editor",
    "xx": "placeholder for a figure",
}


class Placeholder(Rule):
    id = "artifact/placeholder"
    severity = Severity.ERROR
    summary = "A placeholder or a note to the editor left in the copy ('TK', '[insert quote]', 'XX per cent', 'TODO', '{{name}}')."
    rationale = (
        "Reporters mark what is still to come ('TK', '[insert quote]', 'XX per cent', '20XX') and leave "
        "notes for the desk ('CHECK THIS', 'TODO'); templates leave dummy text and unfilled variables "
        "('lorem ipsum', '{{author}}'). Any of them published is a visible error. 'TK' and 'XX' are also "
        "names, currency and numerals ('TK Maxx', 'Tk 500', 'Super Bowl XX', 'XX chromosome'), so alone "
        "they count only where a missing fact fits: 'TK' not followed by a name or a number and not "
        "after a capitalised word, 'XX' next to a currency sign, a unit, a month or digit groups. Notes "
        "count only in capitals, and not in an all-capitals headline or passage."
    )
    examples = (
        bad("Budget set\n\nThe council will spend TK on roads, the mayor said.\n"),
        bad("Budget set\n\nSpending rose XX per cent to $XX million.\n"),
        bad('Budget set\n\n"We are ready," said [insert name], the council leader.\n'),
        bad("Budget set\n\nThe council will spend more on roads. CHECK THIS\n"),
        bad("Budget set\n\nWritten by {{author_name}} for the council.\n"),
        good("Budget set\n\nShoppers queued outside TK Maxx, where prices fell to Tk 500.\n"),
        good("Budget set\n\nThe XX chromosome study was cited at Super Bowl XX by the Pope Pius XII scholar.\n"),
        good('Budget set\n\n"The two companies [Rosneft and CNPC] have agreed," he said.\n'),
        good("Budget set\n\nShe said she would check this year's figures with the council.\n"),
    )

    def check(self, doc, ctx):
        lowered = doc.text.lower()
        # Each kind needs one of a few substrings; most articles hold none and the patterns never run.
        patterns = any(key in lowered for key in _PATTERN_KEYS)
        notes = any(key in doc.text for key in _NOTE_KEYS)
        tk = "TK" in doc.text
        xx = "xx" in lowered
        if not (patterns or notes or tk or xx):
            return
        for block in doc.blocks:
            text = block.text
            if patterns:
                for match in _PATTERNS.finditer(text):
                    self._report(ctx, block, match.start(), match.end(), match.lastgroup, match.group())
            if (notes or tk) and not _shouted(block):
                for match in _NOTES.finditer(text) if notes else ():
                    self._report(ctx, block, match.start(), match.end(), "note", match.group())
                for match in _BARE_TK.finditer(text) if tk else ():
                    if _is_tk_gap(text, match):
                        self._report(ctx, block, match.start(), match.end(), "tk", match.group())
            for match in _XX.finditer(text) if xx else ():
                if _is_figure_gap(text, match):
                    self._report(ctx, block, match.start(), match.end(), "xx", match.group())

    @staticmethod
    def _report(ctx, block, start, end, kind, found):
        ctx.report(block.start + start, block.start + end, f"{_KINDS[kind]} '{found}' left in the copy")


def _shouted(block) -> bool:
    """A headline or a long passage in capitals, where 'CHECK THIS' is just words; a short line of capitals is a note."""
    if block.kind != "headline" and len(block.text.split()) < _SHOUTED_WORDS:
        return False
    letters = [ch for ch in block.text if ch.isalpha()]
    return len(letters) > 3 and sum(ch.isupper() for ch in letters) > 0.8 * len(letters)


def _is_tk_gap(text: str, match: re.Match[str]) -> bool:
    if _XX_AFTER.match(text, match.end()) or _XX_BEFORE.search(text, 0, match.start()):
        return True  # a figure or a day to come: "Over TK% of …", "June TK, 1976", "TK September"
    if _AFTER_NAME_OR_NUMBER.match(text, match.end()):
        return False  # "TK Maxx", "TK 500" (taka), "TK (Turkey)"
    return not _CAPITALIZED_BEFORE.search(text, 0, match.start())  # "Team TK", "Mr TK": a name


def _is_figure_gap(text: str, match: re.Match[str]) -> bool:
    token = match.group()
    if match.group("money") or match.group("groups") or token[0].isdigit():
        return True  # "$XX", "XX,XXX", "XX:XX", "20XX"
    return bool(_XX_AFTER.match(text, match.end()) or _XX_BEFORE.search(text, 0, match.start()))
