from newslint.checks.grammar.confusable import ConfusableRule, Verdict
from newslint.engine.rule import Severity, bad, good
from newslint.lexicon import confusables as lex

# Adjectives that go with the noun "effect" ("side effect", "knock-on effect", "no effect").
_EFFECT_ADJECTIVES = {
    "side", "knock-on", "adverse", "positive", "negative", "significant", "major", "little", "desired", "domino",
    "ripple", "greenhouse", "butterfly", "opposite", "net", "long-term", "short-term", "lasting", "dramatic",
    "profound", "huge", "big", "real", "immediate", "overall", "combined", "chilling", "devastating", "damaging",
    "detrimental", "beneficial", "knock", "special", "cumulative", "serious", "full", "any", "no", "an", "the",
    "its", "their", "his", "her", "our", "your", "great", "same", "similar", "direct", "indirect", "potential",
}
# "effect" as a verb means "bring about": "to effect change", "effect a transfer".
_BROUGHT_ABOUT = {"change", "changes", "a", "an", "reform", "reforms", "transformation", "repairs", "savings", "entry", "escape", "rescue", "cure", "cures"}


class AffectEffect(ConfusableRule):
    id = "grammar/affect-effect"
    words = frozenset({"affect", "affects", "effect", "effects", "effected"})
    severity = Severity.ERROR
    summary = "'affect' (the verb) and 'effect' (the noun) mixed up ('the affect of', 'will effect the economy')."
    rationale = (
        "'Affect' is usually the verb (to influence) and 'effect' the noun (a result); 'effect' is a "
        "verb only for bringing something about ('to effect change'). After a determiner or an "
        "adjective and before 'of' or 'on' ('the affect of', 'a knock-on affect on', 'take affect') "
        "'affect' is 'effect'; after 'to', a modal, 'not' or an adverb and before an object "
        "('could effect the economy', 'badly effected by') 'effect' is 'affect'. 'Effect change', "
        "'effect a rescue' are left alone."
    )
    examples = (
        bad("The strike had a serious affect on trade."),
        bad("The rise will effect millions of households."),
        bad("Thousands of homes were badly effected by the floods."),
        good("The rise will affect millions, and its effect on trade was small. Campaigners want to effect change."),
    )

    def judge(self, sentence, i):
        word = sentence.words[i].lower
        previous = sentence.before(i)
        following = sentence.after(i)
        before = previous.lower if previous else ""
        after = following.lower if following else ""
        if word in {"affect", "affects"}:
            if before in {"take", "takes", "took", "taken", "taking", "into", "in"} and (word == "affect" or before != "in"):
                if following is None or after in lex.PREPOSITIONS or before != "in":
                    return Verdict("effect", True, "'affect' is the verb; the noun is 'effect'")  # "take affect"
            if before in _EFFECT_ADJECTIVES and before not in {"no", "any"} or before in lex.POSSESSIVES:
                if after in {"of", "on", "upon"} or following is None or word == "affects" and before not in lex.DETERMINERS | lex.POSSESSIVES:
                    return Verdict("effect" if word == "affect" else "effects", True, "'affect' is the verb; the noun is 'effect'")
                if before in {"the", "an", "a"} or before in lex.POSSESSIVES:
                    return Verdict("effect" if word == "affect" else "effects", False, "'affect' is the verb; the noun is 'effect'")
            return None
        if word == "effected":
            if after == "by" and (before in {"was", "were", "been", "be", "being", "is", "are", "badly", "severely", "worst", "most", "directly", "adversely"} or before.endswith("ly")):
                return Verdict("affected", True, "'effected' means 'brought about'; 'affected' means 'influenced'")
            if before in {"those", "people", "areas", "worst", "most", "badly", "severely"} and after not in lex.DETERMINERS:
                return Verdict("affected", False)
            return None
        objects = after in lex.DETERMINERS - {"a", "an"} or after in lex.OBJECT_PRONOUNS or after in {"how", "whether", "millions", "thousands", "people"}
        if after in _BROUGHT_ABOUT:
            return None
        if word == "effect" and (before == "to" or before in lex.MODALS or before == "not" or before.endswith("ly")) and objects:
            return Verdict("affect", True, "'effect' as a verb means 'bring about'; 'affect' means 'influence'")
        if word == "effects" and (before in {"it", "this", "that", "which", "who", "he", "she"} or before.endswith("ly")) and objects:
            return Verdict("affects", True, "'effects' as a verb means 'brings about'; 'affects' means 'influences'")
        return None
