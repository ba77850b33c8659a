import re
import unicodedata

from newslint.checks.repeats import report_places, tally
from newslint.engine.rule import Rule, Severity, bad, good

_ZERO_WIDTH = "\u200b\u2060\ufeff\u180e\u2061\u2062\u2063\u2064"
_JOINERS = "\u200c\u200d"  # needed in Persian, Indic scripts and emoji sequences
_BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # needed in right-to-left text
_SOFT_HYPHEN = "\u00ad"
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
_RUN = re.compile("[" + _ZERO_WIDTH + _JOINERS + _BIDI + _SOFT_HYPHEN + _CONTROLS + "]+")
# Direction marks are kept anywhere in an article that has right-to-left script.
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_NAMES = {"\ufeff": "byte-order mark", "\u00ad": "soft hyphen"}


def _name(char: str) -> str:
    name = _NAMES.get(char) or unicodedata.name(char, "control character").lower()
    return f"{name} (U+{ord(char):04X})"


class InvisibleCharacter(Rule):
    id = "unicode/invisible-character"
    severity = Severity.WARNING
    summary = "An invisible character in the text: zero-width space, byte-order mark, soft hyphen, stray direction mark or control character."
    rationale = (
        "Copying from web pages, PDFs and word processors brings characters nobody can see: zero-width "
        "spaces, word joiners, a byte-order mark in the middle of a file, soft hyphens, direction marks "
        "and control characters. They split words for search and spell checkers ('Bei\u200bjing' is not "
        "'Beijing'), break copy and paste, and can show as boxes. The fix deletes them. Joiners are kept "
        "next to non-Latin letters and in emoji, direction marks in text with right-to-left script, and "
        "soft hyphens and references ('&shy;', '&#8203;') in HTML, where they are deliberate hyphenation "
        "and line-break hints. A control character between two words is replaced by a space, as a "
        "suggestion. Pasted text carries them by the dozen, so all that are deleted are one finding, with "
        "the count, every place and one fix (the suggestions another)."
    )
    examples = (
        bad("Talks resume\n\nThe talks in Bei\u200bjing resumed.\n", fixed="Talks resume\n\nThe talks in Beijing resumed.\n"),
        bad("Talks resume\n\nThe talks in Bei\u00adjing resumed.\n", fixed="Talks resume\n\nThe talks in Beijing resumed.\n"),
        bad("Talks resume\n\nThe talks resumed.\ufeff The ministers met.\n", fixed="Talks resume\n\nThe talks resumed. The ministers met.\n"),
        bad(
            "Talks resume\n\nThe talks in Bei\u200bjing and Seo\u200bul resumed.\n",
            fixed="Talks resume\n\nThe talks in Beijing and Seoul resumed.\n",
        ),
        good("Talks resume\n\nThe family emoji \U0001f468\u200d\U0001f469\u200d\U0001f467 trended.\n"),
        good("Talks resume\n\nThe newspaper \u200fהארץ\u200f reported the talks.\n"),
        good("<html><body><article><p>The Donau&shy;dampf&shy;schiff sailed.</p></article></body></html>", format="html"),
    )

    def check(self, doc, ctx):
        text = doc.text
        right_to_left = None
        runs = []
        for match in _RUN.finditer(text):
            kept = []
            for i in range(match.start(), match.end()):
                char = text[i]
                if char in _BIDI:
                    if right_to_left is None:
                        right_to_left = bool(_RIGHT_TO_LEFT.search(text))
                    if right_to_left:
                        continue
                elif char in _JOINERS and not (_ascii_at(text, match.start() - 1) and _ascii_at(text, match.end())):
                    continue
                if doc.format == "html" and (char == _SOFT_HYPHEN or not doc.offsets.is_verbatim(i, i + 1)):
                    continue
                kept.append(i)
            runs += _runs(kept)
        spaces = [(s, e, " ") for s, e in runs if _CONTROL_RUN.fullmatch(text, s, e) and _word_at(text, s - 1) and _word_at(text, e)]
        deleted = [(s, e, "") for s, e in runs if (s, e, " ") not in spaces]
        for places, advice, safe in ((deleted, "delete it", True), (spaces, "a space was probably meant", False)):
            if not places:
                continue
            report_places(
                ctx, places, f"{_describe(text[places[0][0] : places[0][1]])}: {advice}",
                lambda n: f"{sum(e - s for s, e, _ in places)} invisible characters in {n} places ({tally([_name(c) for s, e, _ in places for c in text[s:e]])}): {advice.replace('delete it', 'delete them')}",  # noqa: B023
                safe=safe,
            )


_CONTROL_RUN = re.compile("[" + _CONTROLS + "]+")


def _describe(chars: str) -> str:
    names = ", ".join(dict.fromkeys(_name(c) for c in chars))
    return f"{len(chars)} invisible characters: {names}" if len(chars) > 1 else f"invisible {names}"


def _ascii_at(text: str, i: int) -> bool:
    return not 0 <= i < len(text) or text[i].isascii()


def _word_at(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isalnum()


def _runs(indexes: list[int]):
    """Consecutive indexes as (start, end) spans."""
    start = previous = None
    for i in indexes:
        if start is None:
            start = previous = i
        elif i == previous + 1:
            previous = i
        else:
            yield start, previous + 1
            start = previous = i
    if start is not None:
        yield start, previous + 1
