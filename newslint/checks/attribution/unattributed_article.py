from newslint.analysis.attribution import attribution
from newslint.engine.rule import Option, Rule, Severity, bad, good


class UnattributedArticle(Rule):
    id = "attribution/unattributed-article"
    severity = Severity.WARNING
    summary = "An article whose claims (figures, forecasts, quotes, opinions) carry no attribution at all."
    rationale = (
        "A news story that quotes, forecasts and counts without once saying who said or counted it reads as "
        "reporting but cannot be checked: it is the shape of content-farm copy. The rule counts the sentences "
        "that make claims (a reporting cue, a quote, a vague attribution, a figure that needs a source) and how "
        "many of them are attributed in the sentence or by the one before; it records the share as the "
        "'attribution_share' metric (with 'attribution_claims' and 'attribution_attributed') in the JSON output, "
        "and reports the article once, at its headline or first block, when it has at least 'min_claims' claims, "
        "none of them attributed, and at least one of them a forecast, a share or total, a quote or an opinion "
        "(an article of plain figures only, such as box-office takings or race times, is public record)."
    )
    options = {
        "min_claims": Option(3, "claims an article needs before a lack of attribution is reported"),
    }
    examples = (
        bad("Summit sets new course\n\nThe partnership is expected to create 12,000 jobs by 2030. Exports totaled "
            "$115 billion, accounting for 20% of trade. Critics argue the deal is unbalanced."),
        good("Summit sets new course\n\nThe partnership is expected to create 12,000 jobs by 2030, the ministry "
             "said. Exports totaled $115 billion, according to customs data. Critics argue the deal is unbalanced."),
        good("Storm closes schools\n\nHeavy snow closed schools across the county on Monday."),
    )

    def check(self, doc, ctx):
        article = attribution(doc)
        claims, attributed = article.claims, article.attributed_claims
        ctx.metric("attribution_claims", claims)
        ctx.metric("attribution_attributed", attributed)
        ctx.metric("attribution_share", round(attributed / claims, 3) if claims else None)
        if attributed or claims < ctx.options["min_claims"]:
            return
        if not any(s.statistic or s.vague or s.speech for s in article.sentences):
            return  # only plain figures (box-office takings, race times): public record, not contested claims
        block = doc.headline or next((b for b in doc.blocks if b.text.strip()), None)
        if block is None:
            return
        ctx.report(
            block.start,
            block.end,
            f"none of the {claims} claims in this article (figures, forecasts, quotes, opinions) is attributed "
            "to a source",
        )
