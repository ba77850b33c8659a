import re

from newslint.analysis.boilerplate import VERSION_TAG
from newslint.analysis.metadata_fields import field, text_of
from newslint.engine.rule import Rule, Severity, bad, good

_WORD = re.compile(r"[^\W_]+")
# Inside a word run, where a flattened page glued two words: "rivalsBT", "PROJECTSItaly", "eventSurfing".
_GLUED_PARTS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+|[^\W\d_A-Za-z]+|[^\W_]")
_TAGS = re.compile(r"\s*" + VERSION_TAG + r"\s*")
_MIN_WORDS = 4
_LEAD_BLOCKS = 2
_HEADLINE_MAX_WORDS = 30
# What may come right before a pasted headline: the start, a wire tag or slug's bracket, a dash, a sentence end.
_BEFORE = re.compile(r"(?:^|[)\]:|—–-]|[.!?][\"”’)]*)\s*[\"'“‘(\[]*$")
# What comes after one: nothing, a bracket, a byline, a dash or bar, or a new sentence with no full stop.
_AFTER = re.compile(r"\s*(?:$|[(\[|—–-]|By\s|[.!?:]\s*[\"“(A-Z]|[\"“A-Z])")


def _words(text: str) -> list[tuple[int, int, str]]:
    words = []
    for run in _WORD.finditer(text):
        token = run.group()
        if token.isascii() and not (token.islower() or token.isupper() or token.istitle()):
            words += [(run.start() + m.start(), run.start() + m.end(), m.group().lower()) for m in _GLUED_PARTS.finditer(token)]
        else:
            words.append((run.start(), run.end(), token.lower()))
    return words


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
        "Sunday, …') is left alone, as is a wire version tag ('(LEAD)') that the headline and the lead share."
    )
    examples = (
        bad("Lee departs for Beijing for summit talks\n\nLee departs for Beijing for summit talks. President Lee left on Sunday.\n"),
        bad("Lee departs for Beijing for summit talks\n\n(LEAD) Lee-China(LEAD) Lee departs for Beijing for summit talks(ADDS photo) President Lee left on Sunday.\n"),
        good("Lee departs for Beijing for summit talks\n\nLee departs for Beijing for summit talks on Sunday, his office said.\n"),
        good("Lee departs for Beijing for summit talks\n\nPresident Lee left on Sunday for summit talks in Beijing.\n"),
    )

    def check(self, doc, ctx):
        headline, first = self._headline(doc)
        wanted = [w for _, _, w in _words(_TAGS.sub(" ", headline))]
        if len(wanted) < _MIN_WORDS:
            return
        paragraphs = [b for b in doc.blocks[first:] if b.kind in ("paragraph", "blockquote")][:_LEAD_BLOCKS]
        for block in paragraphs:
            found = self._find(block.text, wanted)
            if found is None:
                continue
            start, end = found
            ctx.report(block.start + start, block.start + end, "the headline is repeated inside the lead: remove it from the paragraph")
            return

    @staticmethod
    def _headline(doc) -> tuple[str, int]:
        """The headline's text, and the first block after it."""
        if doc.headline is not None:
            return doc.headline.text, doc.headline.index + 1
        meta = field(doc, "headline")
        if meta is not None:
            return text_of(meta.value), 0
        # A plain-text file whose first line is a headline the reader did not take for one
        # (it ends in a quotation mark, or runs long): the first line of several.
        if doc.format == "text" and len(doc.blocks) > 1 and len(doc.blocks[0].text.split()) <= _HEADLINE_MAX_WORDS:
            start, end = doc.source_span(doc.blocks[0].start, doc.blocks[0].end)
            if "\n" not in doc.source[start:end]:
                return doc.blocks[0].text, 1
        return "", 0

    @staticmethod
    def _find(text: str, wanted: list[str]) -> tuple[int, int] | None:
        words = _words(text)
        size = len(wanted)
        for i in range(len(words) - size + 1):
            if words[i][2] != wanted[0] or [w for _, _, w in words[i : i + size]] != wanted:
                continue
            start, end = words[i][0], words[i + size - 1][1]
            end += len(text[end:]) - len(text[end:].lstrip("?!'’\"”"))  # a headline's own closing mark
            if _BEFORE.search(text, 0, start) and _AFTER.match(text, end):
                return start, end
        return None
