import re

from newslint.analysis.attribution import BODY_KINDS, attribution
from newslint.analysis.attribution.figures import market_move, named_finder, sentence_statistic, standing_share
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
        "an attributed figure, a data story that names its source once); a forecast is carried only by a source that "
        "forecasts ('The central bank published its forecast'), not by a release of past figures. A firm that "
        "has forecast, reported or disclosed a figure is its source ('Mitsubishi Motors has forecast a net "
        "loss', 'after revealing debts of 14bn euros'), and a survey named in the sentence is ('firms polled "
        "for the survey'). 'It is widely believed that …' is not a source. Not claims here: dates, ages, "
        "years, scores, votes and seats, market moves ('shares rose 5%', 'nickel prices rose 43%'), deal terms "
        "('will own 30%'), offers and demands ('has offered an 8% increase'), prices and fines that are the "
        "story's own event, and figures inside a quote, whose speaker is their source. A share stated as a "
        "standing fact, in the present with no period, change or forecast ('Consumer spending accounts for "
        "about two-thirds of Italy's economy'), is background: advice (info). Tables are not checked, and a "
        "sentence reported by attribution/vague-attribution is not reported again."
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
        carried_forecast = False  # … and that source forecasts, so it can carry a forecast too
        survey_block = -2  # the paragraph that last named a survey, poll or study as a source
        for index, facts in enumerate(article.sentences):
            kind = doc.blocks[facts.block].kind
            if kind not in BODY_KINDS or kind == "table_cell":
                carried = carried_forecast = False  # a heading or a table starts a new thread
                continue
            span = sentence_statistic(text, facts.start, facts.end, quote_spans)
            sourced = facts.named_cue or article.speech_attributed(facts) or (
                (span is not None or facts.figure) and not facts.vague and named_finder(text, facts.start, facts.end)
            )
            forecast = span is not None and _is_forecast(text, facts.start, span)
            # A release of past figures does not carry a forecast: "Exports rose 4%, the statistics
            # office said. Shipments are expected to reach $9bn by 2030." needs its forecaster.
            carries = carried and (carried_forecast or not forecast)
            if sourced and _SURVEY_RE.search(text, facts.start, facts.end):
                survey_block = facts.block
            # A survey's shares go on in its paragraph and the next: "A survey of 2,000 owners by
            # Ofcom found … ¶ Almost a quarter had never taken a picture." (BBC technology).
            if (
                span is not None and not forecast and facts.block - survey_block <= 1
                and _SHARE_START_RE.match(text, span[0], span[1])
            ):
                carries = True
            if span is not None and not (sourced or facts.vague or carries):
                unsourced.append((index, facts, span))
            # Only a sentence about figures carries its source on ("Sales rose 4%, the firm said. Exports
            # made up 30%."); "…, says the Tory leader." does not source the next sentence's forecast.
            figures_here = span is not None or facts.figure or _DATA_CUE_RE.search(text, facts.start, facts.end)
            if span is not None and (sourced or carries) and not forecast:
                topics |= _measures(text, facts.start, span[0])
            if not figures_here and sourced and index and article.sentences[index - 1].block == facts.block:
                # A quote or a named source's remark inside a data paragraph does not end its run: "…
                # rates dropped 1.8% a year, the report said. 'Part of the decline is …,' said Dr X.
                # Overall, incidence is declining by 3.1% a year." (human news; a quiet sentence still does).
                continue
            carried_forecast = bool(figures_here) and (
                (sourced and (forecast or _FORECASTER_RE.search(text, facts.start, facts.end) is not None
                              or (facts.figure and _FORECAST_RE.search(text, facts.start, facts.end) is not None)))
                or (carries and carried_forecast)
            )
            carried = bool(figures_here) and (sourced or carries)
        # What the headline and lead are about ("Deutsche Telekom saw strong fourth quarter profits …").
        lead = [(i, _result_families(text, f.start, f.end)) for i, f in enumerate(article.sentences[:3])]
        previous = None
        for index, facts, span in unsourced:
            # One unsourced passage is one problem: a run of figures in adjacent sentences of one
            # paragraph is reported once, at its first figure (BBC: "US retail sales fell 0.3% …
            # sales at hardware stores dropped by 0.3% … sales rose by 1.1%", six findings for one gap).
            # A forecast after past figures is a new claim, not more of the same gap.
            forecast = _is_forecast(text, facts.start, span)
            run = previous is not None and previous[1].block == facts.block and previous[0] + 1 == index
            if run and previous[2] and previous[3] == forecast:
                previous = (index, facts, True, forecast)
                continue
            previous = (index, facts, False, forecast)
            # A results story names its source once: "Sales rose 2.8%" goes on with the figures the
            # firm reported in another paragraph (BBC business: 235 of 356 findings before this); a
            # forecast on the same measure still needs its forecaster.
            if not forecast and not topics.isdisjoint(_measures(text, facts.start, span[0])):
                continue
            # A story whose lead is about a firm's results or an agency's data gives their figures as
            # the release's: "Net profit came in at 1.4bn euros", "Revenue dipped 1.4% to 86.7bn
            # Swiss francs" after a lead on the firm's profits. Past results of that kind only:
            # a forecast ("Sales are likely to climb 1.5% next year") still needs its forecaster.
            if _is_result(text, facts.start, span, {fam for i, fams in lead if i != index for fam in fams}):
                continue
            # A named firm's own debts and past losses are its filed accounts, background to the story
            # about it: "Air Jamaica, with debts of $560m, …", "Eurotunnel is still struggling with debts
            # of more than 6bn euros", "Delta, which lost $646m in the three months to September".
            if (
                _FIRM_ACCOUNTS_RE.match(text, facts.start, span[1]) or _DISCLOSED_RE.search(text, facts.start, span[1])
            ) and not _FORECAST_RE.search(text, facts.start, span[1]):
                continue
            # A share or commodity price quoted to its level is a market move read off a screen:
            # "Corus fell 2.2% to 55.57 pence", "US light crude rose $1.64 to $47.10".
            if _PRICE_LEVEL_RE.match(text, _figure_end(text, span)):
                continue
            # So is a named company's move in a paragraph on share trading: "Thai Airways shed almost
            # 4%. … Singapore Airlines dropped 2.6%." (BBC business markets reports).
            if not forecast and market_move(text, doc.blocks[facts.block].start, facts.start, span):
                continue
            # A share stated as a standing fact ("Consumer spending accounts for about two-thirds of
            # Italy's economy", "wine cooperatives, which make up the majority of French producers") is
            # background: advice, and it does not stand for a run of figures after it (BBC: 21 of 229).
            if standing_share(text, facts.start, facts.end, span):
                ctx.report(*span, _MESSAGE, severity=Severity.INFO)
                continue
            previous = (index, facts, True, forecast)
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
_SURVEY_RE = re.compile(r"(?<![\w-])(?:survey|surveyed|poll|polled|study|questioned|respondents)(?![\w-])", re.IGNORECASE)
_SHARE_START_RE = re.compile(
    r"(?i:(?:about|around|almost|nearly|over|more than|less than|fewer than|only|just|some)\s+)?"
    r"(?:\d[\d.,]*\s?(?:%|per ?cent|percent)|(?i:one|two|three) in|(?i:half|a third|a quarter|a fifth|a tenth|two[ -]thirds"
    r"|three[ -]quarters|the majority|a majority))"
)
_DATA_CUE_RE = re.compile(
    r"(?<![\w-])(?:figures|data|statistics|survey|poll|report|study|census|forecasts?|estimates?"
    r"|projections?)(?![\w-])",
    re.IGNORECASE,
)

# What a results release (a firm's) or a data release (an agency's) measures, by family: the lead
# "Deutsche Telekom saw strong fourth quarter profits" covers "Net profit came in at 1.4bn euros"
# and "Sales rose 2.8%", not "The jobless rate dropped to 4.3%".
_RESULT_FAMILIES = {
    "results": re.compile(
        r"(?<![\w-])(?:profits?|sales|revenues?|turnover|earnings|(?:net )?income|loss(?:es)?|margins?|dividends?"
        r"|results|subscribers|customers|passengers|deliveries|bookings)(?![\w-])",
        re.IGNORECASE,
    ),
    "economy": re.compile(
        r"(?<![\w-])(?:economy|economic|gdp|gross domestic product|growth|output|production|recession"
        # the parts a GDP release breaks growth into: "Consumer spending grew 4.2% in the final quarter"
        r"|consumer spending|business investment)(?![\w-])",
        re.IGNORECASE,
    ),
    "trade": re.compile(
        r"(?<![\w-])(?:exports|imports|trade (?:deficit|surplus|gap)|current account(?: deficit| surplus)?)(?![\w-])",
        re.IGNORECASE,
    ),
    "retail": re.compile(r"(?<![\w-])(?:retail|retailers|consumer spending|shoppers|stores)(?![\w-])", re.IGNORECASE),
    # A jobs release: "UK unemployment falls again" goes on with "the jobless rate rose to 4.7%".
    "labour": re.compile(
        r"(?<![\w-])(?:unemployment|jobless(?:ness)?|employment|claimant count|labour market|job creation)(?![\w-])",
        re.IGNORECASE,
    ),
    "prices": re.compile(r"(?<![\w-])(?:inflation|consumer prices|price index|cost of living)(?![\w-])", re.IGNORECASE),
}
_FORECAST_RE = re.compile(
    r"(?<![\w-])(?:will|would|could|may|might|expected|projected|forecasts?|predicted|likely|set to|tipped|poised"
    r"|on (?:track|course)|estimated|potentially|possibly)(?![\w-])",
    re.IGNORECASE,
)
# A source that forecasts: "The central bank published its forecast", "the OECD expects"
# (not any "would" or "potentially": those carry no projection of their own).
_FORECASTER_RE = re.compile(
    r"(?<![\w-])(?:forecasts?|forecasting|projections?|outlook|predicts?|predicted|prediction|expects|expectations"
    r"|estimates?|estimated)(?![\w-])",
    re.IGNORECASE,
)
_FIRM_ACCOUNTS_RE = re.compile(
    r"(?:(?:In|By|During|Last|This)\b[^,]*,\s*)?(?!The |It |They |This |A |An )[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*"
    r"(?:,\s*(?:which|with)|\s+(?:is|was|has been|had been)?\s*(?:still\s+)?(?:struggling|weighed down|burdened"
    r"|saddled|collapsed|filed))?(?:\s+[a-z]+){0,3}\s+(?:with\s+)?(?:total\s+)?(?:debts of|lost|has debts of"
    r"|has total debts of|had (?:annual )?(?:sales|revenues?|turnover) of|made (?:a )?(?:net )?(?:profits?|savings) of)\s"
)
# A firm that discloses its own accounts is their source ("after revealing debts of 14bn euros", "posted
# a net loss of $56m"), and a firm's debt is on its balance sheet ("the company's debt is close to 12bn
# euros"); "ran up losses of", "lost" and "saw losses of" state a result with no source and stay reported.
_DISCLOSED_RE = re.compile(
    r"(?<![\w-])(?:(?:reported|reporting|reports|posted|posting|posts|revealed|revealing|reveals|announced"
    r"|announcing|disclosed|disclosing|unveiled|unveiling)\s+(?:[\w-]+\s+){0,3}?"
    r"|(?:the (?:company|firm|group|carmaker|airline|bank)|its)(?:'s|’s)?\s+(?:total\s+|net\s+)?)"
    r"(?:sales|revenues?|turnover|profits?|loss(?:es)?|debts?|earnings|savings)\s+(?:of|is|are|was|were|stands at|stood at)"
    # A firm's size, from its accounts: "Federated has annual sales of $15.6bn", "Fox Entertainment Group
    # generated revenues of $12bn last year", "with combined annual sales of $30bn".
    r"|(?<![\w-])(?:has|had|have|with|generated|generates|generating)\s+(?:(?:annual|yearly|combined|total|worldwide)\s+)*"
    r"(?:sales|revenues?|turnover)\s+of",
    re.IGNORECASE,
)
_PRICE_LEVEL_RE = re.compile(
    r"\s+to\s+(?:(?:US|A|C|HK)?[$£€¥]\s?\d{1,4}(?:\.\d+)?(?![\d,.]*\s?(?:bn|billion|m|mn|million|tn|trillion)(?![\w-]))"
    r"|\d{1,5}(?:\.\d+)?\s?(?:pence|p|cents|yen|euros|won|rupees|kronor)(?![\w-]))"
)


def _result_families(text: str, start: int, end: int) -> set[str]:
    return {name for name, pattern in _RESULT_FAMILIES.items() if pattern.search(text, start, end)}


def _is_result(text: str, start: int, span: tuple[int, int], lead_families: set[str]) -> bool:
    """A past result on a measure the story's lead is about, not a forecast."""
    here = _result_families(text, start, span[1])
    return bool(here & lead_families) and not _FORECAST_RE.search(text, start, span[1] + 40)


def _is_forecast(text: str, start: int, span: tuple[int, int]) -> bool:
    """Whether the claim ``span`` of the sentence starting at ``start`` is a projection."""
    return _FORECAST_RE.search(text, start, span[1]) is not None


def _figure_end(text: str, span: tuple[int, int]) -> int:
    """Where the last figure of ``span`` ends (the span runs on to the figure's noun)."""
    last = None
    for last in _FIGURE_END_RE.finditer(text, span[0], span[1]):  # noqa: B007 (the last one is wanted)
        pass
    return last.end() if last else span[1]


_FIGURE_END_RE = re.compile(r"\d[\d.,]*\s?(?:%|per ?cent|percent)?")
