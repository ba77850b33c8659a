from newslint.checks.grammar.harper_backed import HarperRule, word_after
from newslint.engine.rule import Severity, bad, good

# "must of necessity", "could of course": 'of' that belongs to the next words.
_OF_PHRASES = {"course", "necessity", "necessities", "them", "us", "these", "those", "which", "all"}


class ShouldOf(HarperRule):
    id = "grammar/should-of"
    harper_rules = ("ModalOf",)
    severity = Severity.ERROR
    summary = "'should of', 'could of', 'would of', 'must of' written for '... have'."
    rationale = (
        "'Should of' is how 'should've' sounds, never how it is written. Harper finds a modal verb "
        "followed by 'of' and a verb; 'could of course' and 'must of necessity' are left alone. The "
        "fix writes 'have'."
    )
    examples = (
        bad("The council should of known about the risk.", fixed="The council should have known about the risk."),
        bad("He could of won the seat."),
        good("The council should have known. You could of course argue otherwise."),
        good("The minister must of necessity resign."),
    )

    def keep(self, text, lint, lints):
        return word_after(text, lint.end).lower() not in _OF_PHRASES

    def message(self, lint, fix):
        return f"write '{fix}', not '{lint.text}'"

    def safe(self, text, lint):
        return True
