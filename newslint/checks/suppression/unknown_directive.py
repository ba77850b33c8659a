from newslint.engine.rule import bad, good
from newslint.engine.suppressions import SuppressionRule


class UnknownDirective(SuppressionRule):
    id = "suppression/unknown-directive"
    summary = "A 'newslint-…' comment that is not one newslint knows, so it turns nothing off."
    rationale = (
        "'<!-- newslint-disabel -->' or '<!-- newslint-ignore -->' looks like a suppression to the "
        "editor who wrote it, and newslint would go on reporting what it was meant to cover, or, "
        "worse, the editor stops reading the report there. The finding points at the misspelt word "
        "and names the comment meant: newslint-disable, -enable, -disable-line, -disable-next-line."
    )
    examples = (
        bad("Headline\n\n<!-- newslint-disabel-next-line grammar -->\nWe met the the team.\n"),
        bad("Headline\n\nWe met the team. <!-- newslint-ignore -->\n"),
        good("Headline\n\n<!-- newslint-disable-next-line grammar -->\nWe met the the team.\n"),
    )
