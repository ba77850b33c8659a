import re

from newslint.analysis import shared
from newslint.analysis.boilerplate import VERSION_TAG, headline_and_body
from newslint.engine.rule import Rule, Severity, bad, good

_WORD = re.compile(r"[^\W_]+")
_TAGS = re.compile(r"\s*" + VERSION_TAG + r"\s*")
_MIN_WORDS = 4
_LEAD_BLOCKS = 2
# What may come right before a pasted headline: the start, a wire tag or slug's bracket, a dash, a sentence end.
_BEFORE = re.compile(r"(?:^|[)\]:|—–-]|[.!?][\"”’)]*)\s*[\"'“‘(\[]*$")
# What comes after one: nothing, a bracket, a byline, a dash or bar, or a new sentence with no full stop.
_AFTER = re.compile(r"\s*(?:$|[(\[|—–-]|By\s|[.!?:]\s*[\"“(A-Z]|[\"“A-Z])")


def _letters(text: str) -> tuple[str, list[int]]:
    """The text's letters and digits, lowercased, and where each one is: a headline glued to the
    lead ("rivalsBT", "SCAMSBT", "GAMEBOY" for "GameBoy") still matches letter for letter."""
    kept, where = [], []
    for i, ch in enumerate(text):
        if ch.isalnum():
            kept.append(ch.lower())
            where.append(i)
    return "".join(kept), where


class HeadlineInLead(Rule):
    id = "structure/headline-in-lead"
    severity = Severity.ERROR
    summary = "The headline repeated inside the lead paragraph ('… Lee departs for Beijing for talks with Xi(ATTN: …)By …')."
    rationale = (
        "When a feed or a scraper flattens a page, the headline (often with the wire slug and the "
        "byline) is run into the first paragraph, so the story opens by saying its headline twice. The "
        "headline's words, four or more, found in order in one of the first two paragraphs count when "
        "they stand apart from the sentence around them: at the start of the paragraph or after a "
        "bracket, dash or full stop, and followed by nothing, a bracket, a byline or a new sentence. A "
        "lead that uses the headline's words inside its own sentence ('Lee departs for Beijing on "
        "Sunday, …') is left alone, as is a wire version tag ('(LEAD)') that the headline and the lead share. "
        "A copy that runs straight into a glued byline is one flattening with it, reported once by "
        "structure/glued-byline."
    )
    examples = (
        bad("Lee departs for Beijing for summit talks\n\nLee departs for Beijing for summit talks. President Lee left on Sunday.\n"),
        bad("Lee departs for Beijing for summit talks\n\n(LEAD) Lee-China(LEAD) Lee departs for Beijing for summit talks(ADDS photo) President Lee left on Sunday.\n"),
        good("Lee departs for Beijing for summit talks\n\nLee departs for Beijing for summit talks on Sunday, his office said.\n"),
        good("Lee departs for Beijing for summit talks\n\nPresident Lee left on Sunday for summit talks in Beijing.\n"),
    )

    def check(self, doc, ctx):
        found = headline_in_lead(doc)
        if found is None:
            return
        from newslint.checks.structure.glued_byline import glued_byline, glued_to_byline  # each rule asks the other

        byline = glued_byline(doc)
        if byline is not None and glued_to_byline(doc, found, byline[0]):
            return  # the byline glued right after it: one flattening, structure/glued-byline's finding
        ctx.report(found[0], found[1], "the headline is repeated inside the lead: remove it from the paragraph")

    @staticmethod
    def find(text: str, wanted: str) -> tuple[int, int] | None:
        letters, where = _letters(text)
        position = letters.find(wanted)
        while position != -1:
            start, end = where[position], where[position + len(wanted) - 1] + 1
            at_word_start = start == 0 or not text[start - 1].isalnum()
            at_word_end = end == len(text) or not text[end].isalnum() or (text[end].isupper() and text[end - 1].isalpha())
            closed = end + len(text[end:]) - len(text[end:].lstrip("?!'’\"”>)]"))  # a headline's own closing mark or bracket
            if at_word_start and at_word_end and _BEFORE.search(text, 0, start) and _AFTER.match(text, closed):
                return start, closed
            position = letters.find(wanted, position + 1)
        return None


def headline_in_lead(doc) -> tuple[int, int] | None:
    """(start, end) in ``doc.text`` of the headline's copy in the lead, or None."""
    return shared(doc, "headline_in_lead", _find_in_doc)


def _find_in_doc(doc) -> tuple[int, int] | None:
    headline, first = headline_and_body(doc)
    headline = _TAGS.sub(" ", headline)
    if len(_WORD.findall(headline)) < _MIN_WORDS:
        return None
    wanted = _letters(headline)[0]
    paragraphs = [b for b in doc.blocks[first:] if b.kind in ("paragraph", "blockquote")][:_LEAD_BLOCKS]
    for block in paragraphs:
        found = HeadlineInLead.find(block.text, wanted)
        if found is not None:
            return block.start + found[0], block.start + found[1]
    return None
