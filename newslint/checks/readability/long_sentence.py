from newslint.analysis.readability import readability
from newslint.engine.rule import Option, Rule, Severity, bad, good


class LongSentence(Rule):
    id = "readability/long-sentence"
    severity = Severity.INFO
    summary = "A sentence so long that readers lose its thread."
    rationale = (
        "Sentences over 25-30 words are hard going, and news readers skim; a sentence of more than 60 "
        "words (the default) nearly always holds two or three that should stand apart. Edited news "
        "has such sentences about once in 7,000 words (BBC, Reuters), so each one is worth a look. Only "
        "the running text of paragraphs and block quotes is read: a list item or a table cell is not a "
        "sentence, nor is a list set as one ('Backs: Mike Blair (Edinburgh), Andy Craig (Glasgow), …', "
        "one comma or more per seven words)."
    )
    options = {"max_words": Option(60, "most words a sentence may have")}
    examples = (
        bad(
            "Council delays vote\n\n"
            "The council, which had been expected to approve the budget on Tuesday after months of talks "
            "with unions, residents' groups and the regional government over the cost of road repairs, school "
            "meals and the new library, instead voted to delay the decision until March, when officials say "
            "revised figures from the treasury should be available to all members of the finance committee.\n"
        ),
        good(
            "Council delays vote\n\n"
            "The council had been expected to approve the budget on Tuesday. Instead it voted to delay the "
            "decision until March, when revised figures should be available.\n"
        ),
        good(
            "Budget at a glance\n\n"
            "- Roads, schools, libraries, parks, pools, street lighting, bus shelters, public toilets, "
            "cemeteries, markets, museums, sports grounds, youth clubs, day centres, housing repairs, "
            "recycling, parking enforcement, planning, licensing, trading standards, environmental health, "
            "pest control, graffiti removal, flood defences, tree surgery, allotments and community "
            "grants will all see their budgets frozen next year under the plan agreed by councillors\n"
        ),
    )

    def check(self, doc, ctx):
        limit = int(ctx.options["max_words"])
        for item in readability(doc).sentences:
            if item.words > limit and not item.listing:
                ctx.report(
                    item.sentence.start,
                    item.sentence.end,
                    f"sentence of {item.words} words; consider splitting it (more than {limit} is hard to follow)",
                )
