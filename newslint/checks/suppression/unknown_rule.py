from newslint.engine.rule import bad, good
from newslint.engine.suppressions import SuppressionRule


class UnknownRule(SuppressionRule):
    id = "suppression/unknown-rule"
    summary = "A suppression comment names a rule, category or prefix that does not exist."
    rationale = (
        "A misspelt name in '<!-- newslint-disable spellng -->' turns nothing off, and without a word "
        "the editor believes the story was cleared. The finding points at the name inside the comment "
        "and suggests the nearest rule or category. Any selector 'newslint rules' lists (an id, a "
        "category, an id prefix, 'all') is known, rules from plugins and rule packs included. Like "
        "ruff's check of noqa comments, it runs after every other rule."
    )
    examples = (
        bad("Headline\n\n<!-- newslint-disable-next-line grammar/repeated-wrod -->\nWe met the the team.\n"),
        bad("Headline\n\nWe met the the team. <!-- newslint-disable-line spellng -->\n"),
        good("Headline\n\n<!-- newslint-disable-next-line grammar/repeated-word, spelling -->\nWe met the the team.\n"),
    )
