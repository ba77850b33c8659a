import re

from newslint.engine.rule import Rule, Severity, bad, good

# Doubles that are grammatical ("had had", "that that") or emphatic in speech ("really really").
_ALLOWED = {
    "had", "that", "bye", "no", "very", "really", "so", "much", "many", "far", "long", "tut", "ha", "knock",
    "chop", "boo", "yada", "bla", "blah", "win", "now", "there", "well", "yeah", "yes",
    # a preposition that ends a verb phrase before one that starts the next:
    # "placed in in the past", "waiting for for years", "the bet he took on on Friday"
    "in", "for", "on",
}
# At the start of a sentence "The The" is a slip, "Duran Duran" a name.
_FUNCTION_WORDS = {"the", "a", "an", "and", "but", "or", "in", "on", "at", "of", "to", "for", "it", "he", "she", "they", "we", "this"}
_REPEATED = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*)( |\s*\n\s*)(\1)(?![\w'’-])", re.IGNORECASE)


class RepeatedWord(Rule):
    id = "grammar/repeated-word"
    severity = Severity.ERROR
    summary = "The same word twice in a row ('the the')."
    rationale = (
        "A doubled word is the most common slip of editing a sentence in place, and readers notice it "
        "at once. Doubles that are grammatical ('had had', 'that that'), reduplications ('bye bye') and "
        "names ('Duran Duran') are left alone. The fix keeps the first word."
    )
    examples = (
        bad("Officials met in the the capital on Monday.", fixed="Officials met in the capital on Monday."),
        bad("The The talks ended.", fixed="The talks ended."),
        good("She said she had had enough of the delays."),
        good("He argued that that decision was final."),
        good("Officials met in the capital. The talks ended."),
        good("The envoy met Boutros Boutros Ghali in Cairo."),
        good("Duran Duran are promoting their album."),
        good("Wheat  Price  Price  2.55  2.40"),
        good("It is a situation we have been placed in in the past; I have waited for for years."),
    )

    def check(self, doc, ctx):
        for block in doc.blocks:
            sentence_starts = {s.start - block.start for s in doc.sentences_in(block)}
            for match in _REPEATED.finditer(block.text):
                word, second = match.group(1), match.group(3)
                if word.lower() in _ALLOWED:
                    continue
                if word[0].isupper() and second[0].isupper() and (
                    match.start() not in sentence_starts or word.lower() not in _FUNCTION_WORDS
                ):
                    continue  # a name: "Boutros Boutros-Ghali", "Duran Duran are…"
                if word.islower() and second[0].isupper():
                    continue  # "the value of time Time has…": a lost line break, not a slip
                start = block.start + match.start(1)
                end = block.start + match.end(3)
                ctx.report(start, end, f"'{word}' is repeated", fix=word)
