from newslint.analysis.attribution import attribution
from newslint.engine.rule import Rule, Severity, bad, good


class UnattributedQuote(Rule):
    id = "attribution/unattributed-quote"
    severity = Severity.WARNING
    summary = "Direct speech with no speaker: no reporting verb in its sentence or the ones next to it."
    rationale = (
        "Wire style (AP, Reuters) never leaves the reader guessing who is talking: a direct quote carries its "
        "speaker and a reporting verb ('said', 'told Reuters', 'according to', 'said in a statement') in its "
        "sentence or gets it from the story around it. Quoted words nobody said are how invented quotes slip "
        "into copy. Speakers are tracked through the story: inside a paragraph, a quote goes on in the voice of "
        "the sentence next to it that names a person or reports words; a quote that opens its paragraph is "
        "attributed when it continues a quote the paragraph before left open (news style leaves the closing "
        "mark off a paragraph whose quote goes on) or when the paragraph before ends by reporting someone's "
        "words without quoting them ('The coach said his side had been unlucky.', 'She told the BBC:'). A new "
        "quote paragraph after a quote that closed with its speaker names its own speaker (advice, info: BBC "
        "copy often goes on in the same voice, 40 times in 2,225 stories), and a quoted "
        "paragraph after one that only narrates, believes ('most parents think') or cites a document ('a "
        "report says') has none; the paragraph before also hands over when it reported the speaker's words a "
        "sentence earlier, quotes nobody and still follows that person in its last sentence ('Gervais admitted "
        "he was cautious. But he has met both actors.'). A run of such paragraphs is reported once, at its "
        "start. Not reported: quotes of fewer than four words (scare quotes, nicknames, 'so-called \"reset\"'), "
        "titles of works, slogans and names of policies, a name after an article ('the \"Social Security trust "
        "fund\"'), a fragment woven into the reporter's sentence, a quoted headline, a quote "
        "handed over with a colon ('Smith: \"…\"') or closed by a short tag ('smiles one broker'). A named "
        "expert with a credential but no verb is left to sourcing/unsourced-expert-quote."
    )
    examples = (
        bad('The council approved the budget on Tuesday.\n\n"This is the best deal we could get for the town."\n\n'
            "The vote was 7-2."),
        good('"This is the best deal we could get for the town," the mayor said.'),
        good('The mayor defended the plan. "This is the best deal we could get for the town."'),
        good('The mayor told reporters: "This is the best deal we could get for the town."'),
        bad('"The market is turning," said Priya Nair, an economist at Westbank.\n\n'
            '"Orders are up for the third month in a row."'),
        bad('"We are not done yet. There is a lot of work left to do for all of us."\n\n'
            '"We will be back next year," said coach Maria Lopez.'),
        good('The head teacher, Sarah Milne, said: "We have asked for help three times this year.\n\n'
             '"Nobody has answered, and the children are the ones who pay for it."'),
        good('The government described the policy as "pragmatic" and said the "One China" policy was unchanged.'),
        good('Her novel "The Long Road Home To The Sea" was shortlisted for the prize.'),
    )

    def check(self, doc, ctx):
        for item in attribution(doc).speech:
            if item.attributed or item.continues or not item.full or item.expert_lead_in is not None:
                continue
            if item.after_closed_quote:
                ctx.report(
                    item.quote.start,
                    item.quote.end,
                    "new quote paragraph after a quote that closed with its speaker: say who is speaking now "
                    "('she added'), or leave the closing mark off the paragraph before if the quote goes on",
                    severity=Severity.INFO,
                )
                continue
            ctx.report(
                item.quote.start,
                item.quote.end,
                "quoted speech with no speaker: name who said it, with a reporting verb ('said', 'told') "
                "in this sentence or the next",
            )
