from dataclasses import replace

from newslint.checks.spelling.unknown_words import dialect_form, unknown_words
from newslint.config import DIALECTS
from newslint.engine.rule import Option, Rule, Severity, bad, good


class DialectSpelling(Rule):
    id = "spelling/dialect-spelling"
    severity = Severity.INFO
    enabled_by_default = False
    summary = "A spelling of another English dialect than the house dialect ('colour' in en-US copy)."
    rationale = (
        "A publication writes one dialect: 'organization' or 'organisation', not both. Harper knows "
        "which spellings belong to American, British, Australian, Canadian and Indian English, and this "
        "rule reports words that are right in another dialect but not in the house dialect, even "
        "when the whole article keeps to the wrong one (consistency/dialect-mix reports an article "
        "that mixes both). The house dialect is the rule's 'dialect' option or the config's "
        "'dialect:'; the default en-US is not taken as a choice, so without either the rule does "
        "nothing. It is off by default so that one word is not reported by both rules: turn it on for "
        "a strict house dialect. Suggestions are for an editor to confirm ('programme' may be "
        "'program' or a TV programme)."
    )
    options = {
        "dialect": Option("", "the house dialect (en-US, en-GB, en-AU, en-CA, en-IN); empty: the config's 'dialect' when it sets one"),
    }
    examples = (
        bad("The organisation cancelled the parade.", dialect="en-US"),
        bad("The color of the center changed.", dialect="en-GB"),
        good("The organization canceled the parade.", dialect="en-US"),
        good("The organisation cancelled the parade."),
    )

    def check(self, doc, ctx):
        dialect = ctx.options.get("dialect") or (ctx.config.dialect if ctx.config.dialect_explicit else "")
        if not dialect:
            return
        if dialect not in DIALECTS:
            ctx.notice(f"{self.id}: unknown dialect {dialect!r} (expected one of {', '.join(DIALECTS)}); rule skipped")
            return
        config = ctx.config if dialect == ctx.config.dialect else replace(ctx.config, dialect=dialect)
        for word in unknown_words(doc, config):
            if word.kind == "dialect":
                form = dialect_form(word.word, dialect)
                hint = f" ('{form}')" if form else ""
                ctx.report(word.start, word.end, f"'{word.word}' is not {dialect} spelling{hint}", fix=form, safe=False)
