from newslint.checks.grammar.harper_backed import HarperRule, word_after, word_before
from newslint.engine.rule import Severity, bad, good

# "its" is surely "it's" before these: no noun can follow the possessive here.
_AFTER_CONTRACTION = {
    "a", "an", "the", "not", "been", "going", "got", "gotten", "just", "no", "too", "so", "clear", "true",
    "likely", "unlikely", "also", "never", "always", "really", "quite", "about", "because", "hard", "easy",
    "difficult", "impossible", "important", "possible", "obvious", "essential", "vital",
}
# "it's" is surely "its" after these: a preposition or a verb wants an object, not a clause.
_BEFORE_POSSESSIVE = {
    "for", "of", "with", "in", "on", "by", "from", "into", "through", "under", "over", "at", "to", "against",
    "lost", "lose", "loses", "losing", "have", "has", "had", "backed", "changed", "raised", "cut", "increased",
    "reduced", "boosted", "doubled", "expanded", "made", "make", "makes", "kept", "keep", "keeps", "won", "win",
    "wins", "showed", "shows", "defend", "defended", "retain", "retained", "sold", "sell", "sells", "bought",
    "announced", "unveiled", "launched", "released", "and", "during", "despite", "about", "within", "without",
}


class ItsItS(HarperRule):
    id = "grammar/its-it-s"
    harper_rules = ("ItsContraction", "ItsPossessive")
    severity = Severity.WARNING
    summary = "'its' for 'it's' ('its a shame') or 'it's' for the possessive 'its' ('lost it's majority')."
    rationale = (
        "The possessive 'its' has no apostrophe; 'it's' means 'it is' or 'it has'. Both are words, so "
        "only grammar tells them apart. Harper guesses from the words around them; newslint keeps its "
        "guess where the next or previous word settles the question ('its a', 'its not', 'lost it's', "
        "'for it's'), and not in titles ('Do They Know It's Christmas?') or where a noun could follow "
        "('its planned offer'). Fixes are suggestions."
    )
    examples = (
        bad("I think its a bad idea, the minister said."),
        bad("The party lost it's majority in the vote."),
        good("The firm said its profit rose. It's a good result, and its shares gained."),
        good("Do They Know It's Christmas? was number one. It's success after success for the band."),
        good("It cut its holding; its planned offer was withdrawn."),
    )

    def keep(self, text, lint, lints):
        if lint.rule == "ItsContraction":
            return word_after(text, lint.end).lower() in _AFTER_CONTRACTION
        previous, between = word_before(text, lint.start)
        return not between.strip() and previous.lower() in _BEFORE_POSSESSIVE

    def message(self, lint, fix):
        if lint.rule == "ItsContraction":
            return f"'{lint.text}' is the possessive; '{fix}' means 'it is' or 'it has'"
        return f"'{lint.text}' means 'it is'; the possessive is '{fix}'"
