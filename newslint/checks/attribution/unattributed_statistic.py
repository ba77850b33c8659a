import re

from newslint.analysis.attribution import BODY_KINDS, attribution
from newslint.analysis.attribution.vague import UNNAMED_GROUP_WORDS
from newslint.analysis.attribution.figures import (
    hypothetical, market_move, named_finder, named_target, own_account, plan_terms, sentence_statistic,
    standing_share,
)
from newslint.document.spans import SpanIndex
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
        quotes = doc.quote_spans
        unsourced = []
        topics: set[str] = set()  # what the article's sourced figures measure ("sales", "profits")
        carried = False  # the sentence before gives figures a source this sentence can continue
        carried_forecast = False  # … and that source forecasts, so it can carry a forecast too
        survey_block = -2  # the paragraph that last named a survey, poll or study as a source
        bridged = False  # the carry has already passed over one sentence that only continues the data
        sourced_data = [False] * len(article.sentences)  # sentences that source figures (for the back-reference)
        for index, facts in enumerate(article.sentences):
            kind = doc.blocks[facts.block].kind
            if kind not in BODY_KINDS or kind == "table_cell":
                carried = carried_forecast = False  # a heading or a table starts a new thread
                continue
            span = sentence_statistic(text, facts.start, facts.end, quotes)
            sourced = facts.named_cue or article.speech_attributed(facts) or (
                (span is not None or facts.figure) and not facts.vague and named_finder(text, facts.start, facts.end)
            ) or _named_release(text, facts.start, facts.end)
            # A named body's own target sources its own figure but nothing after it: "TNT aims to reach 35%
            # of France's population at launch" is TNT's plan; the next sentence's figure is not TNT's count.
            own_target = span is not None and not facts.vague and named_target(text, facts.start, facts.end)
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
            if span is not None and not (sourced or facts.vague or carries or own_target):
                unsourced.append((index, facts, span))
            # Only a sentence about figures carries its source on ("Sales rose 4%, the firm said. Exports
            # made up 30%."); "…, says the Tory leader." does not source the next sentence's forecast.
            figures_here = (
                span is not None or facts.figure or _DATA_CUE_RE.search(text, facts.start, facts.end)
                or _MULTIPLE_RE.search(text, facts.start, facts.end)
            )
            sourced_data[index] = bool(sourced and figures_here)
            if span is not None and (sourced or carries) and not forecast:
                topics |= _measures(text, facts.start, span[0])
            if (
                not figures_here and not sourced and carried and not bridged and not facts.speech
                and _DATA_GOES_ON_RE.search(text, facts.start, facts.end)
            ):
                # A sentence that only goes on about the data keeps its source for the next figure:
                # "…, according to WebSideStory, IE was used by about 95% of surfers. That figure had
                # remained static for years. In July the IE using population dropped to 94.7%"; "GDP rose
                # by 1.7%, the statistical office said. The economy contracted in 2003. Foreign sales
                # increased by 8.2%" (BBC: 14 findings). Once: two quiet sentences end the run.
                bridged = True
                continue
            if not figures_here and sourced and index and article.sentences[index - 1].block == facts.block:
                # A quote or a named source's remark inside a data paragraph does not end its run: "…
                # rates dropped 1.8% a year, the report said. 'Part of the decline is …,' said Dr X.
                # Overall, incidence is declining by 3.1% a year." (human news; a quiet sentence still does).
                continue
            carried_forecast = bool(figures_here) and (
                (sourced and (forecast or _FORECASTER_RE.search(text, facts.start, facts.end) is not None
                              # "Four times more mobiles with cameras will be sold …, says a report from Gartner."
                              # (the reporter's words: a "could" inside a quote forecasts nothing)
                              or _forecast_in(text, facts.start, facts.end, quotes)))
                or (carries and carried_forecast)
            )
            carried = bool(figures_here) and (sourced or carries)
            bridged = False
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
            # The next sentence gives the figures' source by referring back to them: "Nearly half of all
            # Palestinians live below the poverty line. The report said even more would be …", "… 76% didn't
            # examine their supply chains, says the annual Directions survey", "…, the figures suggest."
            # Figures only: "The figures collected by the association show …" sources no forecast before it.
            if not forecast and _sourced_next(doc, article, sourced_data, index):
                continue
            # A hypothesis or the writer's own books are not claims about the world: "If the rate rises to
            # £6 then I can foresee …", "80% of my costs are labour" (readers' letters, BBC politics).
            if hypothetical(text, facts.start, span) or own_account(text, facts.start, span):
                continue
            # The terms of the plan, budget, deal or offer the story reports are that document's own
            # content: "President Bush's proposals would see the Pentagon's budget rise by $19bn", "The
            # settlement includes a 16.4% rise in capital support", "The cuts - amounting to 3% of the
            # bank's workforce - will …" (BBC: 9 findings).
            if plan_terms(text, facts.start, span):
                continue
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
                or _FIRM_DEBTS_RE.match(text, facts.start, span[1])
                or _FIRM_WEIGHED_DOWN_RE.search(text, facts.start, span[1])
            ) and not _forecast_in(text, facts.start, span[1]):
                continue
            # A firm's size, or two firms' combined, is arithmetic on filed accounts, even in a merger's
            # future: "The combined firm will operate about 1,000 stores, with combined annual sales of
            # $30bn", "A combination of Mittal Steel and ISG would have annual sales of $32bn".
            if _FIRM_SIZE_RE.search(text, facts.start, span[1]):
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
    # "Recent research by Jupiter suggested …", "according to Email Systems analysis" (BBC technology).
    r"|projections?|research|analysis|findings)(?![\w-])",
    re.IGNORECASE,
)
# A multiple is a figure too: "Jet Airways' offer was oversubscribed 16.2 times, bankers said."
_MULTIPLE_RE = re.compile(r"(?<![\w.,])\d+(?:\.\d+)?\s?(?:times|-fold)(?![\w-])")
# A sentence that only goes on about the figures before it: a change or level in words, or "that figure".
_DATA_GOES_ON_RE = re.compile(
    r"(?<![\w-])(?:(?:that|this|the) figure|(?:that|this) (?:trend|level|total)|grew|grown|growth|rose|risen|fell|fallen"
    r"|contracted|shrank|flat|static|unchanged|doubl(?:ed|ing)|tripl(?:ed|ing)|(?:is|are|was|were) (?:starting|continuing)"
    r" to (?:rise|fall|grow)|(?:two|three|four|five|six|seven|eight|nine|ten) times as many)(?![\w-])",
    re.IGNORECASE,
)
# The figures referred back to with a definite data noun: "The report said", "the figures suggest",
# "says the annual Directions survey".
_BACK_REFERENCE_RE = re.compile(
    r"(?<![\w-])(?i:the|these|this|its|their)\s+(?:(?i:latest|new|official|annual|quarterly|monthly|provisional"
    r"|preliminary|same)\s+)?(?:[A-Z][\w&-]{0,40}\s+){0,2}(?i:figures|data|statistics|numbers|report|survey|study"
    r"|research|findings|poll|index|census|estimates?|forecasts?)(?![\w-])"
)


# A release named by its publisher: "the Labor Department figures come after a slow summer",
# "Japan Motion Picture Producers figures showed", "The ICM survey interviewed 110 pupils".
# A word is at most 40 characters: unbounded, one 100,000-character token of "ab.Cd" took 40 s
# of backtracking from each of its capitals.
_NAMED_RELEASE_RE = re.compile(
    r"(?<![\w-])((?:[A-Z][\w&.’'-]{0,40}\s+){1,4})(?:figures|data|statistics|survey|poll|study|report)(?![\w-])"
)
_NOT_PUBLISHERS = frozenset(
    "the a an these those this that latest new recent official other its their annual monthly quarterly weekly "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def _named_release(text: str, start: int, end: int) -> bool:
    for match in _NAMED_RELEASE_RE.finditer(text, start, end):
        words = [w.lower() for w in match.group(1).split()]
        if not set(words) <= _NOT_PUBLISHERS | UNNAMED_GROUP_WORDS:
            return True
    return False


def _sourced_next(doc, article, sourced_data: list[bool], index: int) -> bool:
    """Whether the sentence after ``index`` (in its paragraph, or opening the next) sources figures and
    refers back to them with a definite data noun."""
    if index + 1 >= len(article.sentences) or not sourced_data[index + 1]:
        return False
    here, following = article.sentences[index], article.sentences[index + 1]
    if following.block - here.block > 1:
        return False
    # The figures as the subject ("The report said …") or in a trailing source ("…, says the annual
    # Directions survey", "…, the figures suggest"), not a passing mention ("… drop one point in the March survey").
    for match in _BACK_REFERENCE_RE.finditer(doc.text, following.start, following.end):
        lead = doc.text[following.start : match.start()]
        if not lead.strip(" \"“‘'") or _BACK_REFERENCE_LEAD_RE.search(lead):
            return True
    return False


_BACK_REFERENCE_LEAD_RE = re.compile(r"(?:(?<![\w-])(?:says|said|according to)|,)\s+$", re.IGNORECASE)

# What a results release (a firm's) or a data release (an agency's) measures, by family: the lead
# "Deutsche Telekom saw strong fourth quarter profits" covers "Net profit came in at 1.4bn euros"
# and "Sales rose 2.8%", not "The jobless rate dropped to 4.3%".
_RESULT_FAMILIES = {
    "results": re.compile(
        r"(?<![\w-])(?:profits?|sales|revenues?|turnover|earnings|(?:net )?income|loss(?:es)?|margins?|dividends?"
        r"|results|subscribers|customers|passengers|deliveries|bookings)(?![\w-])",
        re.IGNORECASE,
    ),
    # Audience figures: "Desperate Housewives has helped lift Channel 4's January audience share by 12%"
    # goes on with the other channels' shares from the same ratings release.
    "audience": re.compile(
        r"(?<![\w-])(?:audiences?|audience share|share of the audience|viewers|viewing figures|ratings)(?![\w-])",
        re.IGNORECASE,
    ),
    "economy": re.compile(
        r"(?<![\w-])(?:economy|economic|gdp|gross domestic product|growth|output|production|recession"
        # the parts a GDP release breaks growth into: "Consumer spending grew 4.2% in the final quarter"
        r"|consumer spending|business investment)(?![\w-])",
        re.IGNORECASE,
    ),
    "trade": re.compile(
        r"(?<![\w-])(?:exports|imports|trade (?:deficit|surplus|gap)|current account(?: deficit| surplus)?"
        r"|trading partners?)(?![\w-])",
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
    r"(?:(?:In|By|During|Last|This)\b[^,]*,\s*)?(?!The |It |They |This |A |An )[A-Z][\w&'’.-]{0,40}(?:\s+[A-Z][\w&'’.-]{0,40})*"
    r"(?:,\s*(?:which|with)|\s+(?:is|was|has been|had been)?\s*(?:still\s+)?(?:struggling|weighed down|burdened"
    # "Jarvis, which was weighed down by debts of more than £230m"; "Varig is struggling under a huge debt burden"
    r"|saddled|collapsed|filed))?(?:\s+[a-z]+){0,4}\s+(?:with\s+)?(?:total\s+)?(?:debts of|debt burden of|lost"
    r"|has debts of|has total debts of|had (?:annual )?(?:sales|revenues?|turnover) of|made (?:a )?(?:net )?(?:profits?"
    r"|savings) of)\s"
)
# A firm's debts by its description, the lead having named it: "The firm collapsed with debts of about
# 14bn euros", "The Jacksonville, Florida-based firm has total debts of $1.87bn" (debts only: a loss,
# "the firm lost €7.1m", is a result someone must stand behind).
_FIRM_WEIGHED_DOWN_RE = re.compile(
    r"[A-Z][\w&'’.-]{0,40},\s+which\s+(?:is|was|has been|had been)\s+(?:still\s+)?(?:weighed down|burdened|saddled|struggling)"
    r"\s+(?:by|with|under)\s+(?:[a-z]+\s+){0,3}?(?:debts?|debt burden) of\s"
)
_FIRM_DEBTS_RE = re.compile(
    r"\W*(?:the|its)\s+(?:[\w,’'-]+\s+){0,4}?(?:firm|company|group|carmaker|airline|bank|retailer|insurer|chain"
    r"|operator)\s+(?:[a-z]+\s+){0,3}?(?:with\s+)?(?:total\s+)?(?:debts|debt burden) of\s",
    re.IGNORECASE,
)
# A firm that discloses its own accounts is their source ("after revealing debts of 14bn euros", "posted
# a net loss of $56m"), and a firm's debt is on its balance sheet ("the company's debt is close to 12bn
# euros"); "ran up losses of", "lost" and "saw losses of" state a result with no source and stay reported.
_DISCLOSED_RE = re.compile(
    r"(?<![\w-])(?:(?:reported|reporting|reports|posted|posting|posts|revealed|revealing|reveals|announced"
    r"|announcing|disclosed|disclosing|unveiled|unveiling)\s+(?:[\w-]+\s+){0,3}?"
    r"|(?:the (?:company|firm|group|carmaker|airline|bank)|its)(?:'s|’s)?\s+(?:total\s+|net\s+)?)"
    r"(?:sales|revenues?|turnover|profits?|loss(?:es)?|debts?|earnings|savings)\s+(?:of|is|are|was|were|stands at|stood at)",
    re.IGNORECASE,
)
# A firm's size, from its accounts: "Federated has annual sales of $15.6bn", "Fox Entertainment Group
# generated revenues of $12bn last year", "with combined annual sales of $30bn".
_FIRM_SIZE_RE = re.compile(
    r"(?<![\w-])(?:has|had|have|with|generated|generates|generating)\s+(?:(?:annual|yearly|combined|total|worldwide)\s+)*"
    r"(?:sales|revenues?|turnover)\s+of(?:\s+[^,;]{1,30}?\s+and\s+(?:revenues?|sales|turnover)\s+of)?\s",
    re.IGNORECASE,
)
_PRICE_LEVEL_RE = re.compile(
    r"\s+to\s+(?:(?:US|A|C|HK)?[$£€¥]\s?\d{1,4}(?:\.\d+)?(?![\d,.]*\s?(?:bn|billion|m|mn|million|tn|trillion)(?![\w-]))"
    r"|\d{1,5}(?:\.\d+)?\s?(?:pence|p|cents|yen|euros|won|rupees|kronor)(?![\w-]))"
)


def _result_families(text: str, start: int, end: int) -> set[str]:
    return {name for name, pattern in _RESULT_FAMILIES.items() if pattern.search(text, start, end)}


def _is_result(text: str, start: int, span: tuple[int, int], lead_families: set[str]) -> bool:
    """A past result on a measure the story's lead is about, not a forecast. The measure may follow a
    change stated as a noun: "The company saw a 3% rise in December sales"."""
    here = _result_families(text, start, _MEASURE_AFTER_RE.match(text, span[1]).end())
    return bool(here & lead_families) and not _forecast_in(text, start, span[1] + 40)


def _is_forecast(text: str, start: int, span: tuple[int, int]) -> bool:
    """Whether the claim ``span`` of the sentence starting at ``start`` is a projection."""
    return _forecast_in(text, start, span[1])


# Not projections: what would have been ("profits would have been 8% higher if currency movements were
# stripped out") and what had been expected, the consensus an outturn is measured against ("The 3.3% fall
# in car sales had been expected").
_NOT_FORECAST_RE = re.compile(
    r"(?<![\w-])(?:would have(?: been)?|(?:had|has) been (?:expected|forecast|predicted)|(?:had|was|were) expected"
    r"|than (?:had been )?expected)(?![\w-])",
    re.IGNORECASE,
)


def _forecast_in(text: str, start: int, end: int, quotes: SpanIndex | None = None) -> bool:
    """Whether ``text[start:end]`` projects (see _FORECAST_RE), leaving out the past and counterfactual uses
    and, when given, the words inside ``quotes``."""
    masked = [m.span() for m in _NOT_FORECAST_RE.finditer(text, start, end + 20)]  # "would | have been" at the edge
    return any(
        not any(s <= m.start() < e for s, e in masked) and not (quotes and m.start() in quotes)
        for m in _FORECAST_RE.finditer(text, start, end)
    )


_MEASURE_AFTER_RE = re.compile(r"(?:\s+(?:in|of)\s+(?:[\w’'&.-]+\s+){0,2}[\w’'&.-]+)?")


def _figure_end(text: str, span: tuple[int, int]) -> int:
    """Where the last figure of ``span`` ends (the span runs on to the figure's noun)."""
    last = None
    for last in _FIGURE_END_RE.finditer(text, span[0], span[1]):  # noqa: B007 (the last one is wanted)
        pass
    return last.end() if last else span[1]


_FIGURE_END_RE = re.compile(r"\d[\d.,]*\s?(?:%|per ?cent|percent)?")
