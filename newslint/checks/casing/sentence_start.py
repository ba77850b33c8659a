from newslint.analysis.names import article_names
from newslint.analysis.keyword_lists import in_keyword_list
from newslint.checks.casing.starts import accepted_words, lowercase_starts
from newslint.engine.rule import Rule, Severity, bad, good


class SentenceStart(Rule):
    id = "casing/sentence-start"
    severity = Severity.WARNING
    summary = "A sentence, paragraph, list item or heading that starts with a lowercase letter."
    rationale = (
        "A lowercase letter where a sentence starts is the mark of a hurried edit: a full stop typed "
        "where a comma was meant, a sentence pasted after a closing quote, a list item that lost its "
        "capital. Readers see it at once. Words written lowercase on purpose ('iPhone', 'eBay') and "
        "words in the user's vocabulary are left alone, as are fragments of one or two words and "
        "lists whose items are all lowercase by design. A list item is checked against its siblings. "
        "When the word is a name the article capitalises elsewhere ('lee underscored…'), this rule "
        "reports it and casing/lowercase-name does not. The fix capitalises the word; it is safe at "
        "the start of a block and after a clear sentence end."
    )
    examples = (
        bad("The talks ended late. they resume on Monday.", fixed="The talks ended late. They resume on Monday."),
        bad('He called it a "balancing act." this shift could matter.'),
        bad("Key points:\n\n- Trade rose sharply\n- Tourism doubled again\n- education links grew too\n",
            fixed="Key points:\n\n- Trade rose sharply\n- Tourism doubled again\n- Education links grew too\n"),
        good("The talks ended late. They resume on Monday."),
        good("Sales of the iPhone rose. eBay shares fell on the news."),
        good("Bring:\n\n- a passport\n- two photos\n- the fee in cash\n"),
        good("Officials in Sacramento, Calif. said the fire was contained."),
        good('"Why?" he asked. "Because we can," she said.'),
    )

    def check(self, doc, ctx):
        names = article_names(doc)
        for start in lowercase_starts(doc, accepted_words(ctx.config)):
            if in_keyword_list(doc, start.start):
                continue  # "- john prescott news": seo/keyword-list reports the whole list, once
            preferred = names.preferred(start.word, weak=False)
            if preferred and preferred.lower() == start.word.lower():
                message = f"{start.where} starts with lowercase '{start.word}': the article writes '{preferred}'"
                fix = preferred
            else:
                message = f"{start.where} starts with lowercase '{start.word}'"
                fix = start.word[0].upper() + start.word[1:]
            ctx.report(start.start, start.end, message, fix=fix, safe=start.certain)
