from newslint.checks.grammar.harper_backed import HarperRule, word_before
from newslint.engine.rule import Severity, bad, good

# Harper's checks for a verb in the wrong form or a pronoun and verb that disagree. Those that
# misread edited news on the benchmark (subject-verb guesses on "he beat", "you guys",
# "all of whom were", "would never have") are left out.
VERB_RULES = (
    "HelpedPast", "WillNonLemma", "SimplePastToPastParticiple", "DidPast", "AnotherOnes", "AnotherThings",
    "HavePronoun", "IAmAgreement", "IDo", "DontCan", "EachOthersPossessive", "IsBeenAuxSequence", "PassersBy",
    "RelayOnForRely", "ThanksALot", "TheAnother", "ThinkKnowOff", "ALongTime", "ForALongTime", "SameAs",
    "ReverseEngineer", "RiseTheQuestion", "PrincipleToPrincipalRoleNoun", "HumanBeings", "ThereMissingIsClause",
    "MakeItSeem", "MostNumber", "WishCould",
)
_HAVE = {"have", "has", "had", "having", "'ve", "’ve"}


class VerbForm(HarperRule):
    id = "grammar/verb-form"
    harper_rules = VERB_RULES
    severity = Severity.WARNING
    summary = "A verb in the wrong form, or a word that does not agree ('had became', 'helped pushed', 'will aired', 'I does')."
    rationale = (
        "A wrong verb form is what editing a sentence in place leaves behind ('it has helped pushed "
        "prices up', 'a programme will aired'). newslint keeps the Harper checks for verb forms and "
        "agreement that hold in edited news, and reports a simple past after 'have' ('should have "
        "ran') only when 'have' comes right before it. With a LanguageTool server configured, its "
        "grammar matches are reported here too. Fixes are suggestions."
    )
    examples = (
        bad("Strong demand has helped pushed prices to record levels."),
        bad("The new programme will aired locally next week."),
        bad("By then he had became disenchanted with the regime."),
        good("Strong demand has helped push prices up; he had become disenchanted; the show will air soon."),
        good("The letter did not shed any light on the case, and he was saw mill owner Andrew Packard in the series."),
    )

    def keep(self, text, lint, lints):
        if lint.rule == "SimplePastToPastParticiple":
            return word_before(text, lint.start)[0].lower() in _HAVE
        return True
