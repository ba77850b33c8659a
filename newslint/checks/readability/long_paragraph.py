import re

from newslint.engine.rule import Option, Rule, Severity, bad, good

_WORD = re.compile(r"\S+")


class LongParagraph(Rule):
    id = "readability/long-paragraph"
    severity = Severity.INFO
    enabled_by_default = False
    summary = "A paragraph much longer than news paragraphs run."
    rationale = (
        "News paragraphs are one to three sentences, rarely more than 60 words, so that a reader on a "
        "phone can keep their place; a paragraph of more than 250 words (the default) is a wall of text. "
        "An article whose whole body is one paragraph is left alone: its breaks were lost (or never "
        "made) and there is no paragraph to point at. Off by default: copy that passed through a crawler "
        "or an export often loses some of its breaks (the BBC research corpus, crawled wire copy), and "
        "the rule would then report the export rather than the writing. Turn it on for copy taken "
        "straight from your CMS."
    )
    options = {"max_words": Option(250, "most words a paragraph may have")}
    examples = (
        bad(
            "Council delays vote\n\n" + " ".join(["The council met again on Tuesday to discuss the budget."] * 26)
            + "\n\nIt voted to delay the decision.\n"
        ),
        good("Council delays vote\n\nThe council met on Tuesday.\n\nIt voted to delay the budget.\n"),
        good("Council delays vote\n\n" + " ".join(["The council met again on Tuesday to discuss the budget."] * 26) + "\n"),
    )

    def check(self, doc, ctx):
        limit = int(ctx.options["max_words"])
        paragraphs = [b for b in doc.blocks if b.kind in ("paragraph", "blockquote")]
        if len(paragraphs) < 2:
            return  # the body is one block: its breaks were lost, there is no paragraph to point at
        for block in paragraphs:
            count = len(_WORD.findall(block.text))
            if count > limit:
                ctx.report(
                    block.start,
                    block.end,
                    f"paragraph of {count} words; news paragraphs rarely run past 60, so split it",
                )
