from newslint.analysis.attribution import attribution
from newslint.engine.rule import Rule, Severity, bad, good


class UnattributedQuote(Rule):
    id = "attribution/unattributed-quote"
    severity = Severity.WARNING
    summary = "Direct speech with no speaker: no reporting verb in its sentence or the ones next to it."
    rationale = (
        "Wire style (AP, Reuters) never leaves the reader guessing who is talking: a direct quote carries its "
        "speaker and a reporting verb ('said', 'told Reuters', 'according to', 'said in a statement') in the same "
        "sentence, the sentence before or the one after. Quoted words nobody said are how invented quotes slip "
        "into copy. Reported: a quote of four words or more that starts like a sentence of its own, with no "
        "reporting verb and no person (a name, a pronoun, a role such as 'the mayor') in its sentence or the "
        "ones next to it. Not reported: scare quotes and nicknames, titles of works and names of policies, a "
        "fragment woven into the reporter's sentence, a quote handed over with a colon ('Smith: \"…\"') or "
        "closed by a short tag ('smiles one broker'), and a quote that continues one before it (news style "
        "leaves the closing mark off a paragraph whose quote goes on). A named expert with a credential but no "
        "verb is left to sourcing/unsourced-expert-quote."
    )
    examples = (
        bad('The council approved the budget on Tuesday.\n\n"This is the best deal we could get for the town."\n\n'
            "The vote was 7-2."),
        good('"This is the best deal we could get for the town," the mayor said.'),
        good('The mayor defended the plan. "This is the best deal we could get for the town."'),
        good('The mayor told reporters: "This is the best deal we could get for the town."'),
        good('"We are not done yet. There is a lot of work left to do for all of us."\n\n'
             '"We will be back next year," said coach Maria Lopez.'),
        good('The government described the policy as "pragmatic" and said the "One China" policy was unchanged.'),
        good('Her novel "The Long Road Home To The Sea" was shortlisted for the prize.'),
    )

    def check(self, doc, ctx):
        for item in attribution(doc).speech:
            if item.attributed or item.continues or not item.full or item.expert_lead_in is not None:
                continue
            ctx.report(
                item.quote.start,
                item.quote.end,
                "quoted speech with no speaker: name who said it, with a reporting verb ('said', 'told') "
                "in this sentence or the next",
            )
