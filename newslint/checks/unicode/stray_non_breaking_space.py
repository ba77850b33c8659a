import html
import re

from newslint.checks.repeats import report_places, tally
from newslint.engine.rule import Rule, Severity, bad, good

_NBSP = "\u00a0"
_RUN = re.compile(r"[ \t\u00a0]*\u00a0[ \t\u00a0]*")
# Name particles that a no-break space keeps with the name ("Ponce de León", "bin Salman").
_PARTICLES = {"de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "la", "le", "bin", "al", "el", "ibn", "y", "zu", "ter"}


class StrayNonBreakingSpace(Rule):
    id = "unicode/stray-non-breaking-space"
    severity = Severity.INFO
    summary = "A no-break space where an ordinary space belongs (between sentences, between ordinary words, or doubling a space)."
    rationale = (
        "A no-break space (U+00A0) is right where two things must not be split across lines: '10\u00a0km', "
        "'£5\u00a0million', 'Mr\u00a0Smith', 'World War\u00a0II', as careful CMSs and typesetters put it, so "
        "those are left alone. Pasted from web pages and word processors it also lands between sentences, "
        "between ordinary words ('suggest\u00a0that') and after commas, where it only stops lines from "
        "wrapping and makes searches and word counts miss, and next to another space, where it doubles the "
        "visible gap (reported as a warning). The fix is one ordinary space. A paste brings them by the "
        "dozen, so the stray ones are one finding and the doubled gaps another, each with every place. In text and Markdown a "
        "written '&nbsp;' is artifact/html-entity's finding."
    )
    examples = (
        bad("Talks end\n\nThe talks ended.\u00a0The ministers left.\n", fixed="Talks end\n\nThe talks ended. The ministers left.\n"),
        bad("Talks end\n\nReports suggest\u00a0that the talks ended.\n", fixed="Talks end\n\nReports suggest that the talks ended.\n"),
        bad("Talks end\n\nThe talks \u00a0ended.\n", fixed="Talks end\n\nThe talks ended.\n"),
        bad(
            "<html><body><article><p>The talks&nbsp; ended.</p></article></body></html>",
            fixed="<html><body><article><p>The talks ended.</p></article></body></html>",
            format="html",
        ),
        good("Talks end\n\nThe convoy drove 10\u00a0km to meet Mr\u00a0Lee and pay £5\u00a0million, up 3\u00a0per\u00a0cent.\n"),
        good("Talks end\n\nThe envoy met Prince Mohammed bin\u00a0Salman and Juan Ponce\u00a0de\u00a0León after World War\u00a0II.\n"),
        good("<html><body><article><p>The convoy drove 10&nbsp;km.</p></article></body></html>", format="html"),
    )

    def check(self, doc, ctx):
        if doc.text.isascii():
            return  # most English copy: nothing to find
        doubled: list[tuple[int, int, str]] = []
        stray: list[tuple[int, int, str]] = []
        reasons: list[str] = []
        faithful = True  # every place's source reads as its text, so replacing it loses nothing
        for block in doc.blocks:
            text = block.text
            if _NBSP not in text:
                continue
            for match in _RUN.finditer(text):
                start, end = block.start + match.start(), block.start + match.end()
                if doc.format != "html" and not doc.offsets.is_verbatim(start, end):
                    continue  # a written "&nbsp;" is artifact/html-entity's finding
                src_start, src_end = doc.source_span(start, end)
                place = (src_start, src_end, " ")
                if end - start > 1:
                    doubled.append(place)
                else:
                    reason = _stray_reason(text, match.start())
                    if not reason:
                        continue
                    stray.append(place)
                    reasons.append(reason)
                faithful = faithful and html.unescape(doc.source[src_start:src_end]) == doc.text[start:end]
        for places, one, many, severity in (
            (doubled, "a no-break space next to another space doubles the gap",
             lambda n: f"{n} no-break spaces next to another space double the gap", Severity.WARNING),
            (stray, f"no-break space {reasons[0] if reasons else ''}: use an ordinary space",
             lambda n: f"{n} no-break spaces where ordinary spaces belong ({tally(reasons)}): use ordinary spaces", None),
        ):
            if places:
                report_places(ctx, places, one, many, source=True, safe=faithful, severity=severity)


def _stray_reason(text: str, i: int) -> str | None:
    # Read around position i, never copying the text before or after it: a page can be one block
    # of a megabyte with a no-break space in every line.
    if i == 0 or i + 1 >= len(text):
        return None
    last, first = text[i - 1], text[i + 1]
    if _ends_sentence(text, i) and (first.isupper() or first in "\"“‘("):
        return "between sentences"
    if last in ",;" and first.isalnum():
        return f"after '{last}'"
    if not (last.isalpha() and first.isalpha() and first.islower()):
        return None
    word_start = i  # the word before: the non-space run ending at i (it ends in a letter)
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word_end = i + 1  # the word after: up to the next whitespace
    while word_end < len(text) and not text[word_end].isspace():
        word_end += 1
    previous, following = text[word_start:i], text[i + 1 : word_end]
    if previous.lower() in _PARTICLES or following.rstrip(".,;:").lower() in _PARTICLES:
        return None
    # "3\u00a0per\u00a0cent": part of a chain of no-break spaces that starts at a number
    chain_start = text[text.rfind(" ", 0, i) + 1 : i]
    if any(ch.isdigit() for ch in chain_start):
        return None
    return "between ordinary words"


def _ends_sentence(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends a sentence: a full stop, question or exclamation mark and any
    closing quotes or brackets, at the end or before a final line break (where a regex's ``$`` matches)."""
    for stop in (end, end - 1) if text[end - 1] == "\n" else (end,):
        closed = stop
        while closed > 0 and text[closed - 1] in "\"”’)":
            closed -= 1
        if closed > 0 and text[closed - 1] in ".!?":
            return True
    return False
