from newslint.checks.grammar.harper_backed import HarperRule
from newslint.engine.rule import Severity, bad, good

# Harper's checks for a word confused inside a set phrase (eggcorns, malapropisms, split or
# misspelt phrases). Each names its phrase, so they are precise; those that misread edited news
# on the benchmark ("chomping at the bit", "nerve-wracking", "quite", "hip hop") are left out.
PHRASE_RULES = (
    "AllHellBreakLoose", "AlzheimersDisease", "BadRap", "BanTogether", "BareInMind", "BatedBreath",
    "BesideThePoint", "ClaimToFame", "CoursingThroughVeins", "CuttingAgeEggcorn", "DampSquib", "EggYolk",
    "FarAndFewBetween", "FastPaste", "FreeRein", "Haphazard", "HitTheNailOnTheHead", "HomeInOn", "InDueCourse",
    "JawDropping", "LeavingInDroves", "ManagerialReins", "MixedBag", "OldWivesTale", "OneFellSwoop", "PeaceOfMind",
    "PeekBehindTheCurtain", "Piggyback", "PrayingMantis", "RifeWith", "ScantilyClad", "SneakingSuspicion",
    "StatuteOfLimitations", "ToTheMannerBorn", "WreakHavoc", "WroughtIron", "CaseInPoint", "CloseTightKnit",
    "EludedTo", "FormativeYears", "InflectionPoint", "Combinate", "CompulseToCompel", "FoamAtTheMouth",
    "FootTheBill", "GrindToAHalt", "HandfulOfMore", "IfWouldve", "Initiatively", "Monumentous", "AdNauseam",
    "BackhandedCompliment", "FishNorFowl", "Hallucination", "InLieuOf", "OutOfSync", "Lookalike", "AllThough",
    "AtLeasToLeast", "AtLestToLeast", "BeenThere", "EverSince", "GoingTo", "HalfAnHour", "HowMach", "InThe",
    "LetAlone", "LooksLikes", "MoreThatLikely", "OnSecondThought", "PedalToTheMetal", "SpecialAttention",
    "ThoughtProcess", "WithoutOut", "MootPoint", "PiqueInterest", "AllIntentsAndPurposes", "WhetYourAppetite",
    "ExplanationMark", "SpinalChord", "StrikeChord", "JustDeserts", "FlauntForFlout", "SeamToSeem", "ScapeGoat",
    "BoarderBorder", "BareWithMe", "SummarySummery", "StrikeOfGenius", "StrikeOfLuck", "TrialAndError",
    "WorseOrWorst", "ExtendOrExtent", "DoesOrDose", "BrandBrandish", "ToteTout",
    "BellowBelow", "ThoughThought", "FeelFell", "ThingThink", "Whereas",
)


class WordChoice(HarperRule):
    id = "grammar/word-choice"
    harper_rules = PHRASE_RULES
    severity = Severity.WARNING
    summary = "A word confused with a similar one inside a set phrase ('bare in mind', 'baited breath', 'all though')."
    rationale = (
        "Eggcorns and malapropisms ('free reign', 'wreck havoc', 'peaked my interest') pass every "
        "spell checker because each word is real, yet readers notice them. newslint uses Harper's "
        "phrase checks, each of which knows its phrase, leaving out those that misread edited news "
        "on the benchmark. With a LanguageTool server configured, its confused-word, collocation and "
        "non-standard-phrase matches are reported here too. Fixes are suggestions."
    )
    examples = (
        bad("Bare in mind that the minister has free reign over the budget."),
        bad("Fans waited with baited breath as the storm wreaked havoc.", fixed=None),
        good("Bear in mind that the minister has free rein; fans waited with bated breath."),
        good("Players were chomping at the bit after a nerve-wracking week of hip hop and quite a lot of noise."),
    )
