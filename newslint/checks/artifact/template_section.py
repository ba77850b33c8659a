from newslint.analysis.templates import disclaimer, generic_heading, templates
from newslint.engine.rule import Rule, Severity, bad, good


class TemplateSection(Rule):
    id = "artifact/template-section"
    severity = Severity.ERROR
    summary = (
        "A section of an article template left in the story ('Evergreen context', 'Engagement prompts'), "
        "a content farm's generic heading ('Key Takeaways', 'What readers should watch next') or its disclaimer."
    )
    rationale = (
        "Content generators and chatbot briefs fill a fixed outline whose section names ('Evergreen "
        "context', 'Engagement prompts', 'Suggested headlines', 'Social media copy') are instructions to "
        "the writer, not headings a reader should see: one that survives is an error, and the text under "
        "it is usually filler written to the template. The label must stand alone or be followed by a "
        "colon or a dash, so ordinary sentences that mention 'reader engagement' are left alone. "
        "Content farms also give every story the same generic headings, which name a slot of the outline "
        "or address the reader and hold no noun of the story ('Key Takeaways', 'Final thoughts', "
        "'Frequently asked questions', 'Breaking developments from Beijing', 'What readers should watch "
        "next', 'Background: Why this matters'), and close with a disclaimer ('Disclaimer: This article "
        "provides analysis …', 'for informational purposes only'); these are warnings, as a feature may "
        "use one. Subheadings newsrooms share are left alone: 'What happens next?', 'Why it matters', "
        "'Analysis', 'Background', 'Looking ahead'. Entries of a table of contents that repeat a section "
        "are not reported again: artifact/table-of-contents covers the list."
    )
    examples = (
        bad("Talks resume in Seoul\n\nThe ministers met on Monday.\n\nEvergreen context: Why this matters\n\nThe two countries have traded for centuries.\n"),
        bad("Talks resume in Seoul\n\nThe ministers met on Monday.\n\nEngagement prompts\n\n1) Which talks matter most?\n"),
        bad("# Talks resume\n\nThe ministers met on Monday.\n\n**Suggested headlines:** Talks resume; Ministers meet\n", format="markdown"),
        bad("Talks resume in Seoul\n\nThe ministers met on Monday.\n\nKey Takeaways\n\n- The talks resumed.\n"),
        bad("Talks resume in Seoul\n\nThe ministers met on Monday.\n\nLatest developments from Seoul\n\nThey met again on Tuesday.\n"),
        bad("Talks resume in Seoul\n\nThe ministers met on Monday.\n\nDisclaimer: This article is based on public statements and may change.\n"),
        bad("Talks resume in Seoul\n\nThe ministers met on Monday. This article is for informational purposes only.\n"),
        good("Talks resume in Seoul\n\nThe ministers met on Monday.\n\nThe newspaper said reader engagement rose in the year to March.\n"),
        good("Talks resume in Seoul\n\nThe ministers met on Monday.\n\nWhy it matters\n\nThe two countries have traded for centuries.\n"),
        good("Talks resume in Seoul\n\nThe ministers met on Monday.\n\nWhat happens next?\n\nThey meet again in May.\n"),
        good("Talks resume in Seoul\n\nThe ministers met on Monday.\n\nThe key takeaways from the talks were modest, officials said.\n"),
    )

    def check(self, doc, ctx):
        found = templates(doc)
        for label in found.labels.values():
            if found.in_toc(label.block):
                continue
            block = doc.blocks[label.block]
            # A heading or list entry is the template's section title as a whole.
            end = block.end if block.kind in ("heading", "list_item") else label.end
            ctx.report(label.start, end, f"template section '{label.text}' left in the story: remove it and any filler under it")
        for block in doc.blocks:
            if block.index in found.labels or found.in_toc(block.index):
                continue
            heading = generic_heading(block)
            if heading is not None:
                text = block.text[heading[0] : heading[1]]
                ctx.report(
                    block.start + heading[0],
                    block.start + heading[1],
                    f"generic template heading '{text}' names a slot of a content template, not what the section says",
                    severity=Severity.WARNING,
                )
                continue
            notice = disclaimer(doc, block)
            if notice is not None:
                ctx.report(
                    block.start + notice[0],
                    block.start + notice[1],
                    "template disclaimer left in the story: a generator's boilerplate, not reporting",
                    severity=Severity.WARNING,
                )
