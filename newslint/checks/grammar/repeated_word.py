import re

from newslint.engine.rule import Rule, Severity, bad, good

# Doubled words that are grammatical: "had had", "that that", "is is" in quotes of speech is rare.
_ALLOWED = {"had", "that", "bye", "no", "very", "so", "tut", "ha", "knock", "chop", "boo", "yada", "bla", "blah", "win"}
_REPEATED = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*)(\s+)(\1)(?![\w'’-])", re.IGNORECASE)


class RepeatedWord(Rule):
    id = "grammar/repeated-word"
    severity = Severity.ERROR
    summary = "The same word twice in a row ('the the')."
    rationale = (
        "A doubled word is the most common slip of editing a sentence in place, and readers notice it "
        "at once. Doubles that are grammatical ('had had', 'that that') and reduplications ('bye bye') "
        "are left alone. The fix removes the second word."
    )
    examples = (
        bad("Officials met in the the capital on Monday.", fixed="Officials met in the capital on Monday."),
        bad("The The talks ended.", fixed="The talks ended."),
        good("She said she had had enough of the delays."),
        good("He argued that that decision was final."),
        good("Officials met in the capital. The talks ended."),
    )

    def check(self, doc, ctx):
        for block in doc.blocks:
            for match in _REPEATED.finditer(block.text):
                word = match.group(1)
                if word.lower() in _ALLOWED:
                    continue
                if "\n" in match.group(2):
                    continue
                start = block.start + match.start(2)
                end = block.start + match.end(3)
                ctx.report(start, end, f"'{word}' is repeated", fix="")
