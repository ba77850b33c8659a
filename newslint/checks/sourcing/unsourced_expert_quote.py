import re

from newslint.analysis.attribution import MEDIUM_OR_DATE_RE, attribution, generic_credential, quoted_elsewhere
from newslint.engine.rule import Rule, Severity, bad, good

_HANDOVER = re.compile(r"\s*[:–—-]\s*$")


class UnsourcedExpertQuote(Rule):
    id = "sourcing/unsourced-expert-quote"
    severity = Severity.WARNING
    summary = "An expert quoted by name and credential with no sign of how, when or where the words were obtained."
    rationale = (
        "'Dr X, Scholar, University – “…”' names an expert but not how the words were obtained: no reporting "
        "verb, no medium ('told Reuters', 'in an interview', 'in a report published in May', 'at a briefing'), "
        "no date. Readers cannot check such a quote, and Press Gazette (2025) found that one in nine "
        "expert-quoting tabloid articles quoted experts who could not be shown to exist. The marks it found "
        "raise the finding to an error when two or more are present: the expert is named once and never again, "
        "the credential is a generic title-cased job description ('Senior Analyst'), several parallel polished "
        "quotes stand in a list. A quote with a reporting verb or a medium or date next to it is not reported."
    )
    examples = (
        bad("Expert views\n\n- Dr. Jane Roe, Senior Analyst, Institute of Policy – “The pact is a pragmatic step "
            "that will reshape regional trade.”"),
        good("Dr. Jane Roe, a senior analyst at the Institute of Policy, told Reuters on Monday: “The pact is a "
             "pragmatic step that will reshape regional trade.”"),
        good("Jane Roe, Senior Analyst, Institute of Policy – “The pact is a pragmatic step,” she said in an "
             "interview."),
    )

    def check(self, doc, ctx):
        article = attribution(doc)
        text = doc.text
        experts = [item for item in article.speech if item.expert_lead_in is not None and not item.attributed]
        runs = _list_runs(doc, experts)
        for item in experts:
            block = doc.blocks[item.quote.block]
            start, end = item.expert_lead_in[0], item.quote.end
            outside_quote = text[block.start : item.quote.start] + " " + text[item.quote.end : block.end]
            if MEDIUM_OR_DATE_RE.search(outside_quote):
                continue
            name, *credentials = _HANDOVER.sub("", text[start : item.quote.start]).split(",")
            signals = []
            if not quoted_elsewhere(doc, article, name, (block.start, block.end)):
                signals.append(f"'{name.strip()}' is quoted nowhere else in the article")
            generic = [c.strip() for c in credentials if generic_credential(c)]
            if generic:
                signals.append(f"generic title-cased credential '{generic[0]}'")
            if runs.get(item.quote.start, 1) > 1:
                signals.append(f"one of {runs[item.quote.start]} parallel expert quotes in a list")
            message = "expert quote with no reporting verb, medium or date: say how, when and where it was obtained"
            if signals:
                message += " (" + "; ".join(signals) + ")"
            ctx.report(start, end, message, severity=Severity.ERROR if len(signals) >= 2 else None)


def _list_runs(doc, experts) -> dict[int, int]:
    """For each expert quote in a list item (by quote start), how many expert quotes stand in that
    run of consecutive list items."""
    sizes: dict[int, int] = {}
    run: list = []
    for item in [*experts, None]:
        block = doc.blocks[item.quote.block] if item is not None else None
        in_list = block is not None and block.kind == "list_item"
        if in_list and run and block.index - doc.blocks[run[-1].quote.block].index <= 1:
            run.append(item)
            continue
        sizes.update((member.quote.start, len(run)) for member in run)
        run = [item] if in_list else []
    return sizes
