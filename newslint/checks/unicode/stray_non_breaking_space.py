import html
import re

from newslint.checks.repeats import report_places, tally
from newslint.engine.rule import Rule, Severity, bad, good

_NBSP = "\u00a0"
_RUN = re.compile(r"[ \t\u00a0]*\u00a0[ \t\u00a0]*")
_WORD_BEFORE = re.compile(r"(\S+?)[.,;:!?\"”’)]*$")
# Name particles that a no-break space keeps with the name ("Ponce de León", "bin Salman").
_PARTICLES = {"de", "del", "della", "der", "den", "van", "von", "da", "di", "du", "la", "le", "bin", "al", "el", "ibn", "y", "zu", "ter"}
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*$")


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
    before, after = text[:i], text[i + 1 :]
    if not before or not after:
        return None
    if _SENTENCE_END.search(before) and (after[0].isupper() or after[0] in "\"“‘("):
        return "between sentences"
    if before[-1] in ",;" and after[0].isalnum():
        return f"after '{before[-1]}'"
    if not (before[-1].isalpha() and after[0].isalpha() and after[0].islower()):
        return None
    previous = _WORD_BEFORE.search(before).group(1)
    following = after.split(None, 1)[0]
    if previous.lower() in _PARTICLES or following.rstrip(".,;:").lower() in _PARTICLES:
        return None
    # "3\u00a0per\u00a0cent": part of a chain of no-break spaces that starts at a number
    chain_start = before.rsplit(" ", 1)[-1]
    if any(ch.isdigit() for ch in chain_start):
        return None
    return "between ordinary words"
