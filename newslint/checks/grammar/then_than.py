from newslint.checks.grammar.harper_backed import HarperRule, word_before
from newslint.engine.rule import Severity, bad, good

# After these a comparison is certain; "-er" comparatives that are also time words are not.
_COMPARING = {"rather", "more", "less", "fewer", "other"}
_NOT_COMPARATIVES = {"later", "earlier", "sooner", "ever", "never", "over", "after", "under", "together", "whether", "either", "neither"}


class ThenThan(HarperRule):
    id = "grammar/then-than"
    harper_rules = ("ThenThan",)
    severity = Severity.WARNING
    summary = "'then' where a comparison needs 'than' ('rather then', 'more then 10')."
    rationale = (
        "'Then' is about time, 'than' about comparison; spell checkers cannot see the difference "
        "because both are words. Harper finds 'then' after a comparative ('less then four years', "
        "'rather then a balancing act'). The fix is certain after 'rather', 'more', 'less', 'fewer' "
        "and plain comparatives; elsewhere it is a suggestion."
    )
    examples = (
        bad("It was a strategic partnership rather then a balancing act.",
            fixed="It was a strategic partnership rather than a balancing act."),
        bad("The deal took less then four years."),
        good("He was then taken to hospital, and rather than wait, his family left."),
        good("Prices rose more than expected; then they fell."),
    )

    def safe(self, text, lint):
        word = word_before(text, lint.start)[0].lower()
        return word in _COMPARING or word.endswith("er") and word not in _NOT_COMPARATIVES
