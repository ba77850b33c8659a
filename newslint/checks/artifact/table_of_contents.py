from newslint.analysis.templates import templates
from newslint.engine.rule import Rule, Severity, bad, good


class TableOfContents(Rule):
    id = "artifact/table-of-contents"
    severity = Severity.ERROR  # a page template's navigation: not copy
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
        for toc in templates(doc).tocs:
            ctx.report(
                doc.blocks[toc.title].start,
                doc.blocks[toc.entries[-1]].end,
                f"table of contents ({len(toc.entries)} entries) in a news story: page-template navigation, not part of the article; delete it",
            )
