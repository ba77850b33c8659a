import re

from newslint.analysis.templates import label_start
from newslint.engine.rule import Rule, Severity, bad, good

# Titles that announce a table of contents outright.
_EXPLICIT = re.compile(r"(?:table\s+of\s+contents|in\s+this\s+(?:article|story)|on\s+this\s+page|jump\s+to(?:\s+section)?)\s*:?", re.IGNORECASE)
# "Contents" alone also titles a list of the book's, album's or report's contents:
# it counts only when its entries name sections of this article.
_AMBIGUOUS = re.compile(r"(?:contents|article\s+contents)\s*:?", re.IGNORECASE)
_MIN_ENTRIES = 2


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


class TableOfContents(Rule):
    id = "artifact/table-of-contents"
    severity = Severity.WARNING
    summary = "A table of contents in a news story."
    rationale = (
        "A news story is read top to bottom; a 'Table of Contents' list at its head is the navigation of "
        "an SEO page template or a chatbot's outline, and in published copy it repeats every subheading a "
        "second time. Reported over the title and its entries. 'Contents' alone also titles a list of what "
        "a report or a box set contains, so it counts only when most of its entries are subheadings of the "
        "article itself."
    )
    examples = (
        bad(
            "Talks resume in Seoul\n\nTable of Contents\n\n- Background\n- What was agreed\n\n"
            "The ministers met on Monday.\n\nBackground\n\nTalks broke down in May.\n\nWhat was agreed\n\nA deal.\n"
        ),
        good(
            "Box set announced\n\nThe band will release a box set in May.\n\nContents\n\n- Four albums\n- A live DVD\n- A book of photographs\n"
        ),
        good("Talks resume in Seoul\n\nThe ministers met on Monday to agree on the contents of the deal.\n"),
    )

    def check(self, doc, ctx):
        blocks = doc.blocks
        for block in blocks:
            if block.kind not in ("heading", "paragraph", "list_item"):
                continue
            explicit = _EXPLICIT.fullmatch(block.text, label_start(block))
            if not explicit and not _AMBIGUOUS.fullmatch(block.text, label_start(block)):
                continue
            entries = []
            for following in blocks[block.index + 1 :]:
                if following.kind != "list_item":
                    break
                entries.append(following)
            if len(entries) < _MIN_ENTRIES:
                continue
            if not explicit and not self._names_sections(doc, block.index, entries):
                continue
            ctx.report(
                block.start,
                entries[-1].end,
                f"table of contents ({len(entries)} entries) in a news story: page-template navigation, not part of the article",
            )

    @staticmethod
    def _names_sections(doc, index, entries) -> bool:
        headings = {_key(b.text[label_start(b):]) for b in doc.blocks[index + 1 :] if b.kind == "heading"}
        named = sum(1 for e in entries if _key(e.text[label_start(e):]) in headings)
        return named * 2 > len(entries)
