from newslint.analysis.keyword_lists import keyword_lists
from newslint.engine.rule import Rule, Severity, bad, good


class KeywordList(Rule):
    id = "seo/keyword-list"
    severity = Severity.ERROR  # a list written for a search engine: the page is not a real story
    summary = "A list of search keywords pasted into the copy ('SEO keywords', 'Keywords:', 'Tags:')."
    rationale = (
        "Google's spam policies name 'lists or groups of words' that repeat a page's topic as keyword "
        "stuffing, and readers see the list for what it is: copy written for a search engine. A section "
        "is reported when a label says it is a keyword list and at least three short, verbless entries "
        "follow that repeat the headline's words (or one another's); a 'Tags:' line of unrelated site "
        "sections is left alone. Either way it is an error: a list of search phrases is never copy, and "
        "one labelled 'SEO' was never meant to be published. Delete the section; the phrases belong in the page's metadata, if anywhere."
    )
    examples = (
        bad(
            "Port strike halts container traffic in Rotterdam\n\n"
            "Dock workers walked out on Monday.\n\n"
            "SEO keywords\n"
            "- Rotterdam port strike\n"
            "- container traffic Rotterdam\n"
            "- port strike news\n"
        ),
        bad(
            "Port strike halts container traffic in Rotterdam\n\n"
            "Dock workers walked out on Monday.\n\n"
            "Keywords: Rotterdam port strike, container traffic, Rotterdam strike 2026\n"
        ),
        good(
            "Port strike halts container traffic in Rotterdam\n\n"
            "Dock workers walked out on Monday.\n\n"
            "Tags: Europe, Business, Transport\n"
        ),
        good(
            "Why tags matter to archivists\n\n"
            "Keywords: the librarians said these are the words readers search for, and they differ.\n"
        ),
    )

    def check(self, doc, ctx):
        for section in keyword_lists(doc):
            entries = len(section.entries)
            if section.says_seo:
                message = f"SEO keyword list ({entries} search phrases) left in the copy: delete it"
                ctx.report(section.start, section.end, message)
            else:
                message = f"keyword list ({entries} phrases repeating the article's topic) left in the copy: keyword stuffing; delete it"
                ctx.report(section.start, section.end, message)
