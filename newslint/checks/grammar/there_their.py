from newslint.checks.grammar.harper_backed import HarperRule, word_after, word_before
from newslint.engine.rule import Severity, bad, good

# "there" is surely "their" between a preposition or an object-taking verb and a noun.
_BEFORE_POSSESSIVE = {
    "for", "of", "with", "in", "on", "by", "from", "into", "through", "under", "over", "at", "to", "against",
    "about", "during", "despite", "within", "without", "help", "helped", "helps", "letting", "let", "lost",
    "lose", "losing", "made", "make", "making", "met", "meet", "meeting", "protect", "protected", "support",
    "supported", "defend", "defended", "raise", "raised", "spend", "spent", "sell", "sold",
}
# Verbs that follow the adverb "there" ("thrive there needs to be", "not there Lord Butler said").
_AFTER_THERE = {
    "is", "are", "was", "were", "will", "would", "has", "have", "had", "needs", "need", "seems", "seem",
    "appears", "appear", "remains", "remain", "may", "might", "must", "can", "could", "should", "and", "or",
    "but", "too", "now", "then", "again", "anyway", "yet", "already", "since", "before", "after", "when",
    "where", "while", "until", "because", "if", "as", "so", "that", "for", "of", "in", "on", "at", "to",
}
# "their" is surely "there" before a verb of being ("Their is a problem").
_BEING = {"is", "are", "was", "were", "has", "have", "had", "seems", "seem", "remains", "remain"}


class ThereTheir(HarperRule):
    id = "grammar/there-their"
    harper_rules = ("ThereToTheir", "TheirToThere", "TheyreToTheir", "ThereOwn", "Theres")
    severity = Severity.WARNING
    summary = "'there', 'their' and 'they're' mixed up ('lost there homes', 'their is a problem')."
    rationale = (
        "The three sound alike and are all words, so spell checkers pass them. Harper spots the wrong "
        "one from the words around it; newslint keeps its verdict where the neighbours settle it: "
        "'there' after a preposition or verb and before a noun ('help there family'), 'their' before "
        "'is' or 'are', 'they're' before a noun, and 'there own'. Fixes are suggestions."
    )
    examples = (
        bad("Residents lost there own homes in the flood."),
        bad("Officials said their is a problem with the count."),
        bad("Remittances help there family back home."),
        good("For culture to thrive there needs to be state support. There is no plan."),
        good("Many have expressed their right to protest; they're going there on Monday."),
    )

    def keep(self, text, lint, lints):
        following = word_after(text, lint.end)
        if lint.rule == "ThereToTheir":
            previous, between = word_before(text, lint.start)
            return (
                not between.strip() and previous.lower() in _BEFORE_POSSESSIVE
                and following.islower() and following not in _AFTER_THERE
            )
        if lint.rule == "TheirToThere":
            return following.lower() in _BEING
        return True

    def message(self, lint, fix):
        return f"'{lint.text}' should probably be '{fix}'"
