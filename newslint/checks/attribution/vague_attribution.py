import re

from newslint.analysis.attribution import attribution
from newslint.engine.rule import Rule, Severity, bad, good


class VagueAttribution(Rule):
    id = "attribution/vague-attribution"
    severity = Severity.WARNING
    summary = "A claim attributed to an unnamed group ('some observers claim', 'experts say', 'it is widely believed')."
    rationale = (
        "'Some observers claim', 'many residents feel', 'critics argued', 'it is widely believed that', 'it has "
        "been suggested' lend a claim authority without saying whose it is. Wikipedia's Manual of Style lists "
        "them as unsupported attributions and NPR's standards memo warns against 'some say' and 'many say': name "
        "the critics, the analysts or the study. Found by grammar, in any tense: an unnamed group (a quantifier "
        "with a people noun, a bare plural people noun, a bare quantifier, 'there are those who', 'according to "
        "experts') as the subject of a verb of speech or belief, or an impersonal passive with no agent ('it is "
        "thought', 'there are fears that'). Severity: a warning when nothing says who holds the view (a bare "
        "quantifier, 'there are those who', the impersonal passive) or when the vague source is all that "
        "stands behind a figure that follows it or that it trails ('…, analysts say'); advice (info) for the "
        "forms edited news uses every day to sum up a consensus ('analysts say', 'some economists believe', "
        "'research suggests', the newsroom's plain 'it is thought' and 'there are fears that'; 'the 3.5% that "
        "economists had forecast', the consensus an outturn is measured against), four fifths of the 366 vague attributions on 2,225 BBC stories. Exempt only when "
        "the sentence itself identifies the group ('Labour critics', 'the bank's economists', 'analysts at "
        "Barclays', 'critics, including the MP …, said') or reports a named source's claim ('The minister said "
        "critics argue …', '…, the minister said', 'according to the ministry'), and when the very next or "
        "previous sentence names a member of the same group ('\"…,\" said Phil Kain, an analyst at Investment "
        "Research'; 'A survey of 280 schemes by Incomes Data Services …' after '…, research suggests'), how "
        "BBC leads sum up sources they name at once. A source named elsewhere nearby exempts nothing. Also not "
        "reported: a group in the simple past of 'say' or 'tell' ('analysts said', 'residents told the BBC'), "
        "which reports an occasion; words inside a quote; a bare 'others', 'most' or 'many' answering a group "
        "named with its view just before it ('Some major tech firms say …, while others fear …'; after a "
        "vague group, its other half: one vague source) or standing for a survey's respondents ('60% said "
        "…. Many suggested …'); 'when it is supposed "
        "to', an obligation; and 'it is understood', how British newsrooms signal what they have confirmed "
        "themselves."
    )
    examples = (
        bad("Critics argue the reset may weaken the alliance."),
        bad("Early estimates project a 7% rise in exports."),
        bad("Analysts will assess whether the talks produce agreements."),
        bad("It is widely believed that the deal will collapse."),
        bad("Mayor Ann Cole said the plan was fair. Many residents feel it was rushed through."),
        bad("According to experts, the plan was driven by politics."),
        good("Opposition critics argue the reset may weaken the alliance."),
        good("Analysts at Barclays say the rise is temporary."),
        good("Analysts said the figures were weaker than expected."),
        good("Critics, including the Labour MP Jo Hart, argued the tax was unfair."),
        good("The finance minister said critics argue the tax is unfair, but he disagreed."),
    )

    def check(self, doc, ctx):
        text = doc.text
        for facts in attribution(doc).sentences:
            for start, end in facts.vague:
                # A figure whose only source is the vague one is a claim nobody stands behind.
                routine = (start, end) in facts.routine_vague and not _rests_on(text, facts, end)
                ctx.report(
                    start,
                    end,
                    f"vague attribution '{text[start:end]}': name who says so, or attribute the claim to a source",
                    severity=Severity.INFO if routine else None,
                )


_CONSENSUS_RE = re.compile(
    r"(?<![\w-])had\s+(?:been\s+)?(?:forecast|forecasting|expected|expecting|predicted|predicting|pencilled in)(?![\w-])",
    re.IGNORECASE,
)


def _rests_on(text, facts, phrase_end: int) -> bool:
    """Whether the sentence's figure is the vague source's claim: it comes after the phrase ('Analysts
    expect a 7% rise'), or the phrase trails the sentence ('…, analysts say.'). Not 'China's economy grew
    by 9.5% in 2004 and experts say the growth picture remains strong', a figure before the group's view."""
    if facts.statistic is None:
        return False
    if _CONSENSUS_RE.search(text, facts.start, phrase_end):
        return False  # "the 3.5% growth that economists had forecast": the consensus an outturn is measured against
    return facts.statistic[0] >= phrase_end or not text[phrase_end : facts.end].strip(" .!?…\"'”’)")
