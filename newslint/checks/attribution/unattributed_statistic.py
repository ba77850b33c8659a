from newslint.analysis.attribution import attribution
from newslint.engine.rule import Rule, Severity, bad, good


class UnattributedStatistic(Rule):
    id = "attribution/unattributed-statistic"
    severity = Severity.WARNING
    summary = "A forecast, share or total with no source in its sentence or the one before."
    rationale = (
        "A figure the reporter did not count is a claim, and wire practice gives its source in the same sentence "
        "or carries it from the one before ('according to the trade ministry', 'figures from the statistics "
        "office showed', 'the company said'). Forecasts ('is expected to generate 12,000 jobs', 'potentially "
        "capturing a 15% share') and measured shares and totals ('accounting for 20%', 'totaled $115 billion') "
        "are what content farms invent and readers repeat. A source named earlier in the paragraph, in the "
        "paragraph's last sentence before it, or in the next sentence covers the figure, and so covers the "
        "reporter's own arithmetic on an attributed figure. Not claims here: dates, ages, years, votes and "
        "seats, market moves ('shares rose 5%') and deal terms ('will own 30%'), which are public record, and "
        "figures inside a quote, whose speaker is their source. Tables are not checked, and a sentence reported "
        "by attribution/vague-attribution is not reported again."
    )
    examples = (
        bad("The new plant is expected to create 1,200 jobs by 2028."),
        bad("Exports to China totaled $115 billion last year, accounting for 20% of all trade."),
        good("The new plant is expected to create 1,200 jobs by 2028, the company said."),
        good("According to the trade ministry, exports to China totaled $115 billion last year."),
        good("Exports rose to $115 billion, customs data showed on Monday. That accounts for 20% of all trade."),
        good("The mayor, 54, won 62% of the vote in 2021."),
        good('"This plant will create 1,200 jobs," the governor said.'),
    )

    def check(self, doc, ctx):
        article = attribution(doc)
        for facts in article.sentences:
            if facts.statistic is None or facts.vague or facts.named_cue or facts.covered:
                continue  # no figure, left to vague-attribution, or attributed
            if article.speech_attributed(facts) or doc.blocks[facts.block].kind == "table_cell":
                continue
            start, end = facts.statistic
            message = "figure with no source: say who counted or forecast it ('according to …', '… said')"
            ctx.report(start, end, message)
