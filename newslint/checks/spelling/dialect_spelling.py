from newslint.checks.spelling.unknown_words import dialect_form, unknown_words
from newslint.engine.rule import Rule, Severity, bad, good


class DialectSpelling(Rule):
    id = "spelling/dialect-spelling"
    severity = Severity.INFO
    enabled_by_default = False
    summary = "A spelling of another English dialect than the config's ('colour' in en-US copy)."
    rationale = (
        "A publication writes one dialect: 'organization' or 'organisation', not both. Harper knows "
        "which spellings belong to American, British, Australian, Canadian and Indian English, and this "
        "rule reports words that are right in another dialect but not in the config's 'dialect'. It is "
        "off by default because newslint cannot tell a house style from the default en-US: turn it on "
        "together with 'dialect:'. Suggestions come from Harper and are for an editor to confirm "
        "('programme' may be 'program' or a TV programme)."
    )
    examples = (
        bad("The organisation cancelled the parade.", fixed=None),
        good("The organization canceled the parade."),
    )

    def check(self, doc, ctx):
        for word in unknown_words(doc, ctx.config):
            if word.kind == "dialect":
                form = dialect_form(word.word, ctx.config.dialect)
                hint = f" ('{form}')" if form else ""
                ctx.report(word.start, word.end, f"'{word.word}' is not {ctx.config.dialect} spelling{hint}", fix=form, safe=False)
