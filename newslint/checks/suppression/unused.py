from newslint.engine.rule import bad, good
from newslint.engine.suppressions import SuppressionRule


class Unused(SuppressionRule):
    id = "suppression/unused"
    summary = "A suppression comment that hides no finding (off by default)."
    rationale = (
        "A suppression left behind after the sentence it excused was rewritten will silently hide the "
        "next real problem on those lines. Off by default, as ruff's RUF100 is: a desk turns it on "
        "('--extend-select suppression/unused') to tidy an archive. A suppression is reported only when "
        "every rule it names ran (with '--select grammar' a spelling suppression is not judged), and "
        "never when it names an unknown rule (suppression/unknown-rule reports that). The fix removes "
        "the comment: safe when it names rules, a suggestion when it names none, since it may be meant "
        "for rules that are off."
    )
    enabled_by_default = False
    examples = (
        bad("Headline\n\n<!-- newslint-disable-next-line -->\nWe met the team on Monday.\n"),
        bad("Headline\n\nWe met the team on Monday. <!-- newslint-disable-line -->\n"),
        good("Headline\n\n<!-- newslint-disable-next-line grammar/repeated-word -->\nWe met the the team.\n"),
    )
