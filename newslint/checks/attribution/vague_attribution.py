from newslint.analysis.attribution import attribution
from newslint.engine.rule import Rule, Severity, bad, good


class VagueAttribution(Rule):
    id = "attribution/vague-attribution"
    severity = Severity.WARNING
    summary = "A claim attributed to an unnamed group ('critics argue', 'experts believe', 'it is believed')."
    rationale = (
        "'Critics argue', 'analysts will assess', 'early estimates project', 'research has shown', 'it is "
        "believed' lend a claim authority without saying whose it is. Wikipedia's Manual of Style lists them as "
        "unsupported attributions and NPR's standards memo warns against 'some say' and 'many say': name the "
        "critics, the analysts or the study. Only the present, perfect and future tenses are reported (the "
        "standing opinion of a crowd); 'analysts said' in the past tense reports an occasion on which the "
        "reporter heard them. Not reported: a group the reader can identify ('Labour critics', 'the bank's "
        "economists', 'analysts at Barclays'); a group summed up next to a sentence that names a source ('\"…,\" "
        "said Phil Kain, an analyst at Investment Research'), or a profession the story quotes by name elsewhere; "
        "a group introduced by a named source earlier in the sentence; words inside a quote; and 'it is "
        "understood', how British newsrooms signal what they have confirmed themselves."
    )
    examples = (
        bad("Critics argue the reset may weaken the alliance."),
        bad("Early estimates project a 7% rise in exports."),
        bad("Analysts will assess whether the talks produce agreements."),
        bad("It is widely believed that the deal will collapse."),
        good("Opposition critics argue the reset may weaken the alliance."),
        good("Analysts at Barclays say the rise is temporary."),
        good("Analysts said the figures were weaker than expected."),
        good("The finance minister said critics argue the tax is unfair, but he disagreed."),
    )

    def check(self, doc, ctx):
        text = doc.text
        for facts in attribution(doc).sentences:
            for start, end in facts.vague:
                ctx.report(
                    start,
                    end,
                    f"vague attribution '{text[start:end]}': name who says so, or attribute the claim to a source",
                )
