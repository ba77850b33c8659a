import re

from newslint.analysis.templates import label_start
from newslint.document.sentences import split_sentences
from newslint.document.words import WORD_RE
from newslint.engine.rule import Rule, Severity, bad, good

# Words that open the tail of a sentence, never a sentence of their own when lowercase.
_TAIL_OPENERS = {
    "by", "in", "of", "to", "for", "with", "and", "or", "but", "nor", "than", "that", "which", "who", "whom",
    "whose", "from", "at", "on", "as", "into", "onto", "while", "after", "before", "until", "since", "because",
    "so", "the", "a", "an", "over", "under", "through", "during", "per", "via", "about", "against", "between",
    "among", "without", "within", "including", "amid", "despite", "if", "when", "where", "whereas", "though",
    "although", "unless", "whether", "plus", "rather", "instead",
}
_MAX_WORDS = 6
_WRAP_WIDTH = 100
_WRAPPED_MIN_LINES = 3
_SENTENCE_END = re.compile(r"[.!?:][\"”’)]*$")
_QUESTION_END = re.compile(r"[!?][\"”’)]*$")
_ADDRESS = re.compile(r"@|://|www\.")
# List entries that continue a lead-in sentence: "The plan would:", "- cut taxes;", "- and raise spending."
_CONTINUES = re.compile(r"(?:[:;,]|\b(?:and|or))\s*$")


def _hard_wrapped(doc) -> bool:
    """Text wrapped at a fixed width (wire copy): no line is longer than a terminal's width.

    A paragraph per line, as CMS exports and crawlers save articles, makes some lines longer.
    """
    lengths = [len(line) for line in doc.source[doc.body_start :].splitlines() if line.strip()]
    return len(lengths) >= _WRAPPED_MIN_LINES and max(lengths) <= _WRAP_WIDTH


class OrphanFragment(Rule):
    id = "structure/orphan-fragment"
    severity = Severity.WARNING
    summary = "A few words standing alone as a paragraph or list entry ('by 2030.'): the tail of a broken sentence."
    rationale = (
        "When a sentence is cut by a bad paste or a template that splits text, its tail ends up on a line "
        "of its own: 'by 2030.', 'and the rest of the team.' A paragraph (or a list entry, as in a "
        "generated table of contents) of at most six words that starts with a lowercase preposition, "
        "conjunction or article cannot stand alone. Entries of a list that continues a lead-in sentence "
        "('The plan would: - cut taxes; - and raise spending.') are left alone, as are e-mail addresses, "
        "links and, in text hard-wrapped at a fixed width (wire copy), the next line after a line that "
        "stops mid-sentence."
    )
    examples = (
        bad("Trade target set\n\nThe two sides aim to double trade.\n\nby 2030.\n"),
        bad("Trade target set\n\nContents\n\n- Background\n- by 2030.\n\nThe two sides aim to double trade.\n"),
        good("Trade target set\n\nThe plan would:\n\n- cut tariffs;\n- and double trade by 2030.\n"),
        good("Trade target set\n\nThe two sides aim to double trade by 2030.\n\nkim@example.com\n"),
        good("Trade target set\n\nThe two sides aim to double trade.\n\nBy 2030, they say, it will be done.\n"),
    )

    def check(self, doc, ctx):
        for block in doc.blocks:
            if block.kind not in ("paragraph", "list_item"):
                continue
            offset = label_start(block)
            text = block.text
            if offset >= len(text) or not text[offset].islower():
                continue
            words = WORD_RE.findall(text, offset)
            if not words or words[0] not in _TAIL_OPENERS or len(words) > _MAX_WORDS or _ADDRESS.search(text):
                continue
            if block.kind == "list_item" and (not text.endswith(".") or self._continues_lead_in(doc, block)):
                continue
            if block.kind == "paragraph" and (not _SENTENCE_END.search(text) or self._wrapped_line(doc, block)):
                continue
            fragment = text[offset:]
            ctx.report(block.start + offset, block.end, f"'{fragment}' stands alone: the tail of a broken sentence")

    @staticmethod
    def _wrapped_line(doc, block) -> bool:
        """The next line of hard-wrapped text after a line that stops mid-sentence ("… in the U.S." / "and Canada.")."""
        if not block.index or not _hard_wrapped(doc):
            return False
        previous = doc.blocks[block.index - 1]
        if _QUESTION_END.search(previous.text):
            return False
        sentences = list(doc.sentences_in(previous))
        tail = doc.text[sentences[-1].start : sentences[-1].end] if sentences else previous.text
        if _SENTENCE_END.search(tail) and len(split_sentences(tail + " " + block.text)) > 1:
            return False  # a sentence ended, even read as one line
        gap_start = doc.source_span(previous.end - 1, previous.end)[1]
        gap_end = doc.source_span(block.start, block.start + 1)[0]
        return doc.source.count("\n", gap_start, gap_end) <= 1

    @staticmethod
    def _continues_lead_in(doc, block) -> bool:
        previous = doc.blocks[block.index - 1] if block.index else None
        while previous is not None and previous.kind == "list_item":
            if _CONTINUES.search(previous.text):
                return True
            previous = doc.blocks[previous.index - 1] if previous.index else None
        return previous is not None and previous.text.rstrip().endswith(":")
