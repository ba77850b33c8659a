from newslint.checks.base import ParseProblemRule
from newslint.engine.rule import bad, good


class InvalidFrontMatter(ParseProblemRule):
    id = "metadata/invalid-front-matter"
    summary = "Front matter between '---' lines that is not valid YAML."
    rationale = (
        "A CMS or static-site generator that cannot read the front matter drops the headline, byline "
        "and date, or refuses to publish. The message says what is wrong in an editor's words (a tab "
        "that indents a line, a colon inside a value that needs quotes, a quotation mark never closed) "
        "rather than the YAML parser's, and points at a line the editor can see: a line of nothing but "
        "tabs is passed over for the line it indents. The body is still linted, and simple "
        "'key: value' lines are still read for the metadata rules."
    )
    examples = (
        bad("---\ntitle: Talks resume\nauthor:\n\t\tJane Doe\n---\n\nTalks resumed on Monday.\n"),
        bad("---\ntitle: Talks resume: a deal at last\nauthor: Jane Doe\n---\n\nTalks resumed on Monday.\n"),
        bad("---\ntitle: Talks resume\n\nTalks resumed on Monday.\n"),
        good("---\ntitle: Talks resume\nauthor: Jane Doe\n---\n\nTalks resumed on Monday.\n"),
        good('---\ntitle: "Talks resume: a deal at last"\nauthor: Jane Doe\n---\n\nTalks resumed on Monday.\n'),
    )
