from newslint.analysis.templates import templates
from newslint.engine.rule import Rule, Severity, bad, good


class TemplateSection(Rule):
    id = "artifact/template-section"
    severity = Severity.WARNING
    summary = "A section of an article template left in the story ('Evergreen context', 'Engagement prompts')."
    rationale = (
        "Content generators and chatbot briefs fill a fixed outline whose section names ('Evergreen "
        "context', 'Engagement prompts', 'Suggested headlines', 'Social media copy') are instructions to "
        "the writer, not headings a reader should see. Edited news never titles a section so; when one "
        "survives, the text under it is usually filler written to the template. Reported on the heading, "
        "list entry or paragraph that starts with the label; the label must stand alone or be followed by "
        "a colon or a dash, so ordinary sentences that mention 'reader engagement' are left alone."
    )
    examples = (
        bad("Talks resume in Seoul\n\nThe ministers met on Monday.\n\nEvergreen context: Why this matters\n\nThe two countries have traded for centuries.\n"),
        bad("Talks resume in Seoul\n\nThe ministers met on Monday.\n\nEngagement prompts\n\n1) Which talks matter most?\n"),
        bad("# Talks resume\n\nThe ministers met on Monday.\n\n**Suggested headlines:** Talks resume; Ministers meet\n", format="markdown"),
        good("Talks resume in Seoul\n\nThe ministers met on Monday.\n\nThe newspaper said reader engagement rose in the year to March.\n"),
        good("Talks resume in Seoul\n\nThe ministers met on Monday.\n\nWhy it matters\n\nThe two countries have traded for centuries.\n"),
    )

    def check(self, doc, ctx):
        for label in templates(doc).labels.values():
            block = doc.blocks[label.block]
            # A heading or list entry is the template's section title as a whole.
            end = block.end if block.kind in ("heading", "list_item") else label.end
            ctx.report(label.start, end, f"template section '{label.text}' left in the story: remove it and any filler under it")
