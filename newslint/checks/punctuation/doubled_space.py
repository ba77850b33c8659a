import re

from newslint.engine.rule import Rule, Severity, bad, good

# Two or three spaces between words inside a sentence. Not after a full stop (an old typing
# convention), and not on a line laid out in columns.
_RUN = re.compile(r"(?<=[^\W_,;])(  )(?=[^\W_])|(?<=[,;])(  )(?=[^\W_])")
_GAPS = re.compile(r" {2,}|\t")
_PROSE_BLOCKS = {"paragraph", "list_item", "blockquote", "caption", "headline", "heading"}


class DoubledSpace(Rule):
    id = "punctuation/doubled-space"
    severity = Severity.INFO
    summary = "Two spaces between words inside a sentence ('the  talks')."
    rationale = (
        "A doubled space inside a sentence is left by deleting a word or pasting; in plain text and "
        "Markdown it survives into the published copy (HTML collapses it, so HTML is never flagged). "
        "Two spaces after a full stop are an old typing convention and lines with several runs of "
        "spaces are columns of a table, so both are left alone. The fix keeps one space."
    )
    examples = (
        bad("The two sides  discussed investment.", fixed="The two sides discussed investment."),
        good("The talks ended.  Ministers will meet again."),
        good("Wheat   2.55   2.40\nMaize   1.90   1.85"),
    )

    def check(self, doc, ctx):
        if doc.format == "html":
            return
        for block in doc.blocks:
            if block.kind not in _PROSE_BLOCKS or "  " not in block.text:
                continue
            offset = 0
            for line in block.text.split("\n"):
                if not _columns(line):
                    for match in _RUN.finditer(line):
                        group = 1 if match.group(1) else 2
                        start = block.start + offset + match.start(group)
                        ctx.report(start, start + len(match.group(group)), "two spaces between words", fix=" ")
                offset += len(line) + 1


def _columns(line: str) -> bool:
    """A line laid out in columns: a wide gap or a tab, or several gaps between cells of a word or two."""
    if "   " in line or "\t" in line:
        return True
    cells = [cell for cell in _GAPS.split(line.strip()) if cell]
    return len(cells) >= 3 and sum(len(cell.split()) for cell in cells) / len(cells) <= 2
