import re

from newslint.analysis import shared
from newslint.analysis.boilerplate import BYLINE, DATELINE
from newslint.engine.rule import Rule, Severity, bad, good

_LEAD_BLOCKS = 3  # a byline belongs above the lead: look no further than the first paragraphs
_SENTENCE_AFTER = re.compile(r"\s+(?:The|A|An|This|It|He|She|They|In|On|At|After|President|Police|Officials)\s+[a-z]")
_MIN_LEAD_WORDS = 8


class GluedByline(Rule):
    id = "structure/glued-byline"
    severity = Severity.ERROR
    summary = "A byline glued into the lead ('…photo)By Kim Eun-jung SEOUL, Jan. 4 (Yonhap) -- President …')."
    rationale = (
        "A feed or a scraper that drops the line breaks between a story's parts runs the byline into the "
        "text around it: 'ADDS photo)By Kim Eun-jung SEOUL, Jan. 4 (Yonhap) -- President Lee …', 'By Jane "
        "Roe The government said …'. Readers see a name in the middle of the first sentence. A byline "
        "('By' and a name of two to four capitalised words) counts as glued when it is followed in the "
        "same paragraph by a dateline or by a new sentence, or when it sticks to the word or bracket "
        "before it. Only the first paragraphs are read; 'By Monday the …' and a byline on a line of its "
        "own are left alone. Reported on the byline; a wire note before it is artifact/wire-note's. When "
        "the headline was run into the lead just before the byline, one flattening glued both: the "
        "headline's copy is a further place of this finding, not structure/headline-in-lead's."
    )
    examples = (
        bad("Lee departs for Beijing\n\nBy Kim Eun-jung SEOUL, Jan. 4 (Yonhap) -- President Lee Jae Myung left for China on Sunday.\n"),
        bad("Lee departs for Beijing\n\nBy Jane Roe The president left for China on Sunday for talks with Xi Jinping.\n"),
        bad("Lee departs for Beijing\n\nLee departs for Beijing(ADDS photo)By Jane Roe and the president left on Sunday.\n"),
        good("Lee departs for Beijing\n\nBy Kim Eun-jung\n\nSEOUL, Jan. 4 (Yonhap) -- President Lee Jae Myung left for China on Sunday.\n"),
        good("Lee departs for Beijing\n\nBy Monday the president had left for China, his office said.\n"),
        good("Lee departs for Beijing\n\nThe president left on Sunday. By Christmas Day the talks may be over, aides said.\n"),
    )

    def check(self, doc, ctx):
        glued = glued_byline(doc)
        if glued is None:
            return
        start, end, how = glued
        byline = doc.text[start:end]
        from newslint.checks.structure.headline_in_lead import headline_in_lead  # each rule asks the other

        headline = headline_in_lead(doc)
        if headline is not None and glued_to_byline(doc, headline, start):
            ctx.report(
                start, end,
                f"byline '{byline}' glued into the lead {how}, after a copy of the headline: give the byline a line of its own and delete the copy",
                related=[(headline[0], headline[1], None)],
            )
            return
        ctx.report(start, end, f"byline '{byline}' glued into the lead {how}: give it a line of its own")

    @staticmethod
    def _dateline_after(text: str, match: re.Match[str]) -> tuple[int, re.Match[str] | None]:
        """Where the byline ends, and the dateline after it: a name may swallow a title-case
        place ("By José Núñez Osaka, June 2 —"), so shorter names are tried too."""
        ends = [match.end()] + [match.start() + i for i in range(match.end() - match.start() - 1, 3, -1) if match.group()[i] == " "]
        for end in ends:
            if text[match.start() : end].count(" ") < 2:
                break  # "By" and at least a two-word name
            dateline = DATELINE.match(text, end + 1) if text[end : end + 1].isspace() else None
            if dateline:
                return end, dateline
        return match.end(), None


def glued_byline(doc) -> tuple[int, int, str] | None:
    """The story's glued byline: (start, end) in ``doc.text`` and how it is glued, or None."""
    return shared(doc, "glued_byline", _find)


def glued_to_byline(doc, headline: tuple[int, int], byline_start: int) -> bool:
    """The headline's copy runs straight into the byline, wire notes in brackets at most between."""
    return headline[1] <= byline_start and bool(_NOTES_ONLY.fullmatch(doc.text, headline[1], byline_start))


_NOTES_ONLY = re.compile(r"\s*(?:\([^()]*\)\s*)*")


def _find(doc) -> tuple[int, int, str] | None:
    paragraphs = [b for b in doc.blocks if b.kind in ("paragraph", "list_item", "blockquote")][:_LEAD_BLOCKS]
    for block in paragraphs:
        text = block.text
        for match in BYLINE.finditer(text):
            if doc.quote_at(block.start + match.start()) is not None:
                continue
            end, dateline = GluedByline._dateline_after(text, match)
            after = text[end:]
            before = text[: match.start()]
            stuck = bool(before) and not before[-1].isspace()
            sentence = not before.strip() and _SENTENCE_AFTER.match(after) and len(text.split()) >= _MIN_LEAD_WORDS
            if not (dateline or stuck or sentence):
                continue
            if dateline:
                how = f"before the dateline '{dateline.group()}'"
            elif stuck:
                how = f"stuck to '{before[-12:].lstrip()}'"
            else:
                how = "before the first sentence"
            return block.start + match.start(), block.start + end, how  # one byline per story
    return None
