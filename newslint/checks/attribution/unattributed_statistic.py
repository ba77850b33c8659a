import re

from newslint.analysis.attribution import BODY_KINDS, attribution
from newslint.analysis.attribution.figures import named_finder, sentence_statistic
from newslint.engine.rule import Rule, Severity, bad, good


class UnattributedStatistic(Rule):
    id = "attribution/unattributed-statistic"
    severity = Severity.WARNING
    summary = (
        "A figure about the world (a rate, a loss, a count, a share, a forecast) with no source in its sentence "
        "or the one before."
    )
    rationale = (
        "A figure the reporter did not count is a claim, and wire practice gives its source in the same sentence "
        "or carries it from the one before ('according to the trade ministry', 'figures from the statistics "
        "office showed', 'the company said'). Reported: changes and levels ('fell by 2.9%', 'hit 6.3%', 'will "
        "climb to €8bn by 2030'), losses, deficits and rates ('ran up losses of €5.6m', 'a jobless rate of "
        "4%'), shares and counts that open their clause ('8% of nurses rely on …', 'one in five adults', "
        "'nearly 57,000 homes were …'), and forecasts ('is expected to reach 35 million', 'set to triple'). "
        "A source carries to the next sentence and on through a run of figures (the reporter's arithmetic on "
        "an attributed figure, a data story that names its source once); 'It is widely believed that …' is not "
        "a source. Not claims here: dates, ages, years, scores, votes and seats, market moves ('shares rose "
        "5%'), deal terms ('will own 30%'), prices and fines that are the story's own event, and figures inside "
        "a quote, whose speaker is their source. Tables are not checked, and a sentence reported by "
        "attribution/vague-attribution is not reported again."
    )
    examples = (
        bad("The new plant is expected to create 1,200 jobs by 2028."),
        bad("The health board ran up losses of £5.6m in the year to March."),
        bad("It is widely believed that the scheme has failed. One in five tenants now lives in overcrowded homes."),
        good("The new plant is expected to create 1,200 jobs by 2028, the company said."),
        good("According to the trade ministry, exports to China totaled $115 billion last year."),
        good("Exports rose to $115 billion, customs data showed on Monday. That accounts for 20% of all trade."),
        good("The mayor, 54, won 62% of the vote in 2021."),
        good('"This plant will create 1,200 jobs," the governor said.'),
    )

    def check(self, doc, ctx):
        article = attribution(doc)
        text = doc.text
        quote_spans = [(q.start, q.end) for q in doc.quotes]
        unsourced = []
        topics: set[str] = set()  # what the article's sourced figures measure ("sales", "profits")
        carried = False  # the sentence before gives figures a source this sentence can continue
        for facts in article.sentences:
            kind = doc.blocks[facts.block].kind
            if kind not in BODY_KINDS or kind == "table_cell":
                carried = False  # a heading or a table starts a new thread
                continue
            span = sentence_statistic(text, facts.start, facts.end, quote_spans)
            sourced = facts.named_cue or article.speech_attributed(facts) or (
                (span is not None or facts.figure) and not facts.vague and named_finder(text, facts.start, facts.end)
            )
            if span is not None and not (sourced or facts.vague or carried):
                unsourced.append((facts, span))
            # Only a sentence about figures carries its source on ("Sales rose 4%, the firm said. Exports
            # made up 30%."); "…, says the Tory leader." does not source the next sentence's forecast.
            figures_here = span is not None or facts.figure or _DATA_CUE_RE.search(text, facts.start, facts.end)
            if span is not None and (sourced or carried):
                topics |= _measures(text, facts.start, span[0])
            carried = bool(figures_here) and (sourced or carried)
        for facts, span in unsourced:
            # A results story names its source once: "Sales rose 2.8%" goes on with the figures the
            # firm reported in another paragraph (BBC business: 235 of 356 findings before this).
            if topics.isdisjoint(_measures(text, facts.start, span[0])):
                ctx.report(*span, _MESSAGE)


_MEASURE_WORD_RE = re.compile(r"(?<![\w-])[a-z]{4,}(?![\w-])")
# Words that name no measure.
_NOT_MEASURES = frozenset("""
    that this with from have been were will would could also than more less about after before their there
    which while year years last next month months quarter half since into over under expected likely
    forecast projected estimated total some most same other only just nearly almost around
""".split())


def _measures(text: str, start: int, end: int) -> set[str]:
    return {w.rstrip("s") for w in _MEASURE_WORD_RE.findall(text[start:end].lower())} - _NOT_MEASURES


_MESSAGE = "figure with no source: say who counted or forecast it ('according to …', '… said')"
_DATA_CUE_RE = re.compile(
    r"(?<![\w-])(?:figures|data|statistics|survey|poll|report|study|census|forecasts?|estimates?"
    r"|projections?)(?![\w-])",
    re.IGNORECASE,
)
