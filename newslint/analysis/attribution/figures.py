"""Figures, and the frames that make a figure a claim needing a source.

A percentage, an amount of money or a large count is a claim when a forecast governs it ("is
expected to generate 12,000 jobs", "potentially capturing a 15% share") or when it measures a
share or a total ("totaled $115 billion, accounting for 20%"). Market moves ("shares rose 5%"),
deal terms ("will own 30%"), votes and seats are public record and are not claims here.
"""

from __future__ import annotations

import re

from newslint.analysis.attribution.vague import UNNAMED_GROUP_WORDS
from newslint.document.spans import SpanIndex
from newslint.lazy_regex import lazy_compile

Span = tuple[int, int]

_NUM = r"\d+(?:[.,]\d+)*"
_SCALE = r"(?:\s?(?:bn|billion|m|mn|million|trillion|tn|thousand|mln|bln)(?![\w-]))"
_CURRENCY_WORDS = r"dollars|euros|pounds|yuan|renminbi|won|yen|rupees|dlrs|francs|marks|roubles|rubles|pesos|reais|lira"
_PERCENT = _NUM + r"\s?(?:%|per ?cent(?![\w-])|percent(?![\w-])|pct(?![\w-])|percentage points?(?![\w-]))"
_MONEY = (
    r"(?:(?:US|A|C|HK|NZ|S|R)?[$£€¥₩₹]\s?" + _NUM + _SCALE + r"?|" + _NUM + _SCALE + r"?\s(?:" + _CURRENCY_WORDS
    + r")(?![\w-]))"
)
# Without a currency, "m" and "k" are as often metres and kilos ("the 1200m mark") as millions.
# Not "3,000m", a distance.
_COUNT = r"(?:" + _NUM + r"\s?(?:bn|billion|million|trillion|mln|bln)(?![\w-])|\d{1,3}(?:,\d{3})+(?![\d,]|[^\W\d_]))"
_SMALL = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
# A proportion of people or things: "one in five adults", "half of pupils", "two-thirds of firms".
_SHARE = (
    r"(?i:" + _SMALL + r" (?:in|out of) (?:" + _SMALL + r"|twenty|fifty|a hundred|100|\d{1,3}(?:,\d{3})*)(?![\w-])"
    r"|(?:almost |nearly |about |around |more than |over |just over |just under |under |fewer than |less than )?"
    # Not "the majority of": a judgement like "most", not a count ("The majority of media criticism
    # centred on …", "The majority of the items were collected by a fan"; BBC: 5 findings, none a figure).
    r"(?:half|a third|a quarter|two[ -]thirds|three[ -]quarters|a fifth|a tenth)"
    r" of(?= [a-z]))"
)
FIGURE_RE = lazy_compile(
    r"(?<![\w.,])(?:(?P<percent>" + _PERCENT + r")|(?P<money>" + _MONEY + r")|(?P<count>" + _COUNT + r")"
    r"|(?P<share>" + _SHARE + r"))"
)
#: Words without which a sentence with no digit holds no figure.
SHARE_TRIGGERS = frozenset("in half third quarter thirds quarters fifth tenth".split())
_DIGIT = lazy_compile(r"\d")

#: A forecast: a projection phrase that governs a figure later in the same clause.
PROJECTION_RE = lazy_compile(
    r"(?<![\w-])(?:(?:is|are|was|were|be|been|being) )?(?:expected|projected|forecast|predicted|estimated|anticipated"
    r"|poised|tipped|slated|on track|on course|(?<!more )(?<!most )(?<!less )(?<!least )likely) to(?![\w-])"
    r"|(?<![\w-])(?:potentially|possibly)(?![\w-])"
    # "set to" as a forecast only before a change: not "is set to address 2,000 people".
    r"|(?<![\w-])(?:is|are|was|were|looks?) set to(?= (?:rise|fall|grow|reach|hit|top|double|triple|treble|climb|drop"
    r"|increase|decrease|exceed|shrink|soar|jump|plunge|decline|halve|surpass|pass|overtake|peak)(?![\w-]))",
    re.IGNORECASE,
)
PROJECTION_TRIGGERS = frozenset(
    "expected projected forecast predicted estimated anticipated poised tipped slated set track course likely "
    "potentially possibly".split()
)
# A measured share or total: the frame right before the figure…
_MEASURE_BEFORE_RE = lazy_compile(
    r"(?<![\w-])(?:total(?:l)?(?:ed|s|ing)?|amount(?:ed|s|ing)? to|account(?:ed|s|ing)? for"
    r"|(?:make|makes|made|making) up"
    r"|represent(?:s|ed|ing)?|stood at|stands at|standing at|estimated at|capturing|captures?|captured"
    r"|command(?:s|ed|ing)?|(?:a|an|its|their) (?:market )?share of|equivalent to|equal to)"
    r"\s+(?:(?:about|around|roughly|nearly|almost|some|over|more than|less than|up to|an estimated|approximately|a|an"
    r"|the|just|only)\s+)*$",
    re.IGNORECASE,
)
# …or right after it: "a 15% share of the market" (not "an 85% share in the company", a stake).
# …or right after it: "a 20% market share", and a change stated as a noun ("a 7 % rise in exports").
_MEASURE_AFTER_RE = lazy_compile(
    r"\s*(?:market share|share of|(?:year-on-year |annual |monthly )?(?:rise|fall|increase|decrease|drop|jump|gain"
    r"|decline|growth|slump|surge|rebound|contraction|cut)s?(?= in| of|[.,;]))(?![\w-])",
    re.IGNORECASE,
)
_ARTICLE_BEFORE_RE = lazy_compile(r"(?<![\w-])(?:a|an|its|their|the)\s+$", re.IGNORECASE)
# Results the reporter can see, not claims: votes and seats.
_EXEMPT_AFTER_RE = lazy_compile(r"\s*(?:of the vote|of votes|votes?|seats?|turnout)(?![\w-])", re.IGNORECASE)
_FILLER = (
    r"(?:to|by|a further|further|another|an?|the|about|around|roughly|nearly|almost|some|over|under|more than"
    r"|less than|just|only|up to|as much as|as many as|as high as|as low as|a record|record|its|their|an estimated"
    r"|approximately|close to|well over|just over|just under)"
)
_CHANGE_VERBS = (
    r"ris(?:e|es|ing|en)|rose|f[ae]ll(?:s|ing|en)?|climb(?:s|ed|ing)?|drop(?:s|ped|ping)?|slip(?:s|ped|ping)?"
    r"|shr[aiu]nk(?:s|ing)?|shrinks|gr[oe]w(?:s|ing|n)?|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)"
    r"|declin(?:e|es|ed|ing)|jump(?:s|ed|ing)?|plung(?:e|es|ed|ing)|soar(?:s|ed|ing)?|surg(?:e|es|ed|ing)"
    r"|slump(?:s|ed|ing)?|tumbl(?:e|es|ed|ing)|dip(?:s|ped|ping)?|hit(?:s|ting)?|reach(?:es|ed|ing)?"
    r"|top(?:s|ped|ping)?|exceed(?:s|ed|ing)?|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|halv(?:e|es|ed|ing)"
    r"|balloon(?:s|ed|ing)?|swell(?:s|ed|ing)?|swollen|edg(?:e|es|ed|ing) (?:up|down)|(?:went|go|goes|gone) (?:up|down)"
    r"|c(?:a|o)me in at|stood at|stands at|standing at|remain(?:s|ed)? at|peak(?:s|ed)? at|lost|los(?:e|es|ing)"
)
# A change measured by the figure: "fell by 2.9%", "will climb to €8.0bn", "is likely to rise a further 5%".
_CHANGE_BEFORE_RE = lazy_compile(
    r"(?<![\w-])(?:" + _CHANGE_VERBS + r")(?:\s+" + _FILLER + r"(?![\w-])){0,3}\s*$", re.IGNORECASE
)
# Markets move in public, on screens: "shares in the airline rose 5%" is record, not a claim.
_SCREENS = (
    r"(?<![\w-])(?:shares|stocks?|stock market|index|indices|FTSE|Dow|Nasdaq|Nikkei|Hang Seng|S&P|pound|dollar"
    # A firm's price on the exchange: "Cairn's share price rose 300% last year", "lost 80% of its stock value".
    r"|share price|share prices|stock price|stock value|market value"
    r"|sterling|euro|yen|yuan|rouble|currency|bonds?|yields?|gilts?|oil|gold|Brent|futures|price of (?:oil|gold)"
    # More screens: "benchmark crudes have dropped 12%", "the rupiah lost 0.6%".
    r"|crudes?|greenback|rupiah|peso|rand|rupee|franc|krona|ringgit|baht"
    # Commodity prices, quoted on exchanges: "Nickel prices rose 43% during the year, with copper up 36%".
    r"|(?:nickel|copper|aluminium|aluminum|zinc|platinum|palladium|silver|steel|iron ore|wheat|maize|soybeans?"
    r"|coffee|cocoa|sugar|cotton|rubber|commodity|metals?) prices)(?![\w-])"
)
_SCREENS_RE = lazy_compile(_SCREENS, re.IGNORECASE)
_MARKET_RE = lazy_compile(_SCREENS + r"|(?<![\w-])(?:he|she|they)(?![\w-])", re.IGNORECASE)  # "he lost £2m": the story's own event
# Figures of public record, set or counted in public by a named body: a central bank's rate ("the Fed
# has pushed through three rate rises, taking borrowing costs to 1.75%", "the key Fed funds rate has risen
# 1.25 points"), an election's turnout ("voter turnout, which fell to 59% in 2001"), fines and penalties
# imposed or paid ("paid cumulative fines totalling $1.7m", "The current maximum fine stands at $32,500").
_RECORD_RE = lazy_compile(
    r"(?<![\w-])(?:(?:interest|base|benchmark|policy|lending|repo|overnight|funds|bank) rates?|borrowing costs"
    r"|turnout|fines?|penalt(?:y|ies))(?![\w-])",
    re.IGNORECASE,
)
# An amount the figure gives: "ran up losses of €5.6m", "a deficit of 6%", "unemployment rate of 4.1%".
_AMOUNT_BEFORE_RE = lazy_compile(
    r"(?<![\w-])(?:(?:loss|losses|profits?|revenues?|sales|turnover|deficits?|debts?|surplus|earnings|shortfall"
    r"|overspend|borrowing|rate|rates|level|proportion|growth|inflation|unemployment) (?:of|was|is|were|are|at)"
    r"|(?:rate|level|proportion|number|figure|total) (?:has |had )?(?:been|is|was|stood|stands|remains) (?:at )?)"
    r"(?:\s+" + _FILLER + r"(?![\w-])){0,2}\s*$",
    re.IGNORECASE,
)
# A price is the story's own news, not a count: "is expected to cost $399", "fetched £2m at auction"
# (not "has cost taxpayers £6m", a total).
_PRICE_BEFORE_RE = lazy_compile(
    r"(?<![\w-])(?:cost|costs|costing|fetch|fetches|fetched|fetching|sell for|sells for|sold for|selling for"
    r"|priced at|retails? (?:at|for)|go for|goes for|went for|bid|offered|paid|pay|pays|fined|fine of|worth)"
    r"(?:\s+(?:between|" + _FILLER + r")(?![\w-])){0,3}\s*$",
    re.IGNORECASE,
)
# A period a count is measured over: "last year", "in the year to March", "between 1984 and 1987".
# A count with none ("About 120,000 people are expected to attend") is an event's, not a statistic.
_PERIOD_RE = lazy_compile(
    r"(?<![\w-])(?:(?:last|this|next|a|per|each|every) (?:year|month|week|quarter|decade|day)"
    r"|in the (?:\w+ )?(?:months?|year|years|quarter|half|decade|period)|since (?:the start of )?\d{4}|between \d{4}"
    r"|in \d{4}|by \d{4}|annually|a year)(?![\w-])",
    re.IGNORECASE,
)
# A market or a project valued in a forecast is a claim, not a price: "The market is forecast to be
# worth £1.8m by 2024" (not "is expected to cost $399", the price of a console).
_VALUATION_FORECAST_RE = lazy_compile(
    r"(?<![\w-])(?:expected|projected|forecast|predicted|estimated|likely|set|tipped|poised) to be worth\s+(?:" + _FILLER
    + r"\s+)?$",
    re.IGNORECASE,
)
_OFFER_BEFORE_RE = lazy_compile(
    r"(?<![\w-])(?:offer(?:s|ed|ing)?|proposed|proposing|propose[sd]?|demand(?:s|ed|ing)?|seek(?:s|ing)?|sought)"
    r"\s+(?:(?:a|an|its|their|the)\s+)?(?:pay\s+)?$",
    re.IGNORECASE,
)
_CONVERSION_RE = lazy_compile(r"\d\S*\s*[(;/]\s*$")
_RANGE_TAIL_RE = lazy_compile(r"(?<![\w-])between\s+\S+\s+and\s+$", re.IGNORECASE)
# The noun phrase after a change noun: " fall in Reliance's shares" (up to a comma or 40 characters).
_PHRASE_AFTER_RE = lazy_compile(r"[^,;.]{0,40}")
# A share that opens its clause: "34% of small firms …", "a third of buyers …" (the share's own "of").
_SHARE_OF_RE = lazy_compile(r"(?:\s+of)?\s+(?:the\s+|all\s+)?[\w’'-]+")
# What something has cost someone: "the scheme has cost taxpayers £6m".
_COST_TO_RE = lazy_compile(
    r"(?<![\w-])(?:cost|costs|costing)\s+(?:the\s+)?(?!between|about|around|up|more|less|nearly|almost|over|just"
    r"|only|an?\b)[a-z]+(?:\s+[a-z]+)?(?:\s+" + _FILLER + r"(?![\w-])){0,2}\s*$",
    re.IGNORECASE,
)
# A figure that opens its clause as the subject: "8% of nurses rely …", "Nearly 57,000 homes were …".
_SUBJECT_BEFORE_RE = lazy_compile(
    r"\s*(?:(?:and|but|yet|while|now|today|currently|some|nearly|almost|about|around|roughly|over|more than"
    r"|fewer than|less than|just over|just under|up to|an estimated|as many as|only|just|well over)\s+)*",
    re.IGNORECASE,
)
_SUBJECT_AFTER_RE = lazy_compile(
    r"(?:\s+of)?\s+(?:[\w'’-]+\s+){0,4}?(?:are|is|were|was|have|has|had|now"
    r"|live|lives|rely|relies|say|said|struggle|work|own|use|face|earn|pay|do|did|cannot|can't|could|will|would"
    r"|experience|report|suffer|admit|came|visited|died)(?![\w-])"
)
_CLAUSE_BREAK = lazy_compile(r"[;:–—]|,\s(?:but|while|whereas|although)(?![\w-])")
_JOINER = lazy_compile(r"[\s,;]*(?:and\s*)?")
# Words that end the noun after a figure ("12,000 high-skill jobs | across").
_NOUN_STOP = frozenset("""
    of in to for by from across within over at on and or with than per a an the this that which who as into
    between after before if when while is are was were will would could has have had year last next since
    until through under above below among compared but yet so not because although though unless whereas
    now still no never also only
""".split())
_NEXT_WORD = lazy_compile(r"[ \u00a0\u202f]+([a-z][\w\u2010\u2011-]*)")


# A named company's or index's move in a markets paragraph: "Singapore Airlines dropped 2.6%" after
# "Thai Airways shed almost 4%" in a paragraph on Asian share trading.
_NAMED_MOVER_RE = lazy_compile(r"(?:[A-Z][\w&'’.-]{0,40}\s+){1,4}$")
_MARKET_CONTEXT_RE = lazy_compile(
    r"(?<![\w-])(?:shares|stocks?|stock markets?|share index|index|indices|FTSE|Dow|Nasdaq|Nikkei|Hang Seng|S&P"
    r"|trading|traders|bourse)(?![\w-])"
)


_CHANGE_START_RE = lazy_compile(r"(?:" + _CHANGE_VERBS + r")(?![\w-])", re.IGNORECASE)


def market_move(text: str, paragraph_start: int, sentence_start: int, span: Span) -> bool:
    """Whether ``span`` is a named company's or index's move ("Singapore Airlines dropped 2.6%") in a
    paragraph about share trading, read off a screen like "shares in the airline rose 5%"."""
    clause_start = _clause_start(text, sentence_start, span[0])
    subject = text[clause_start : span[0]].split()
    figure = FIGURE_RE.search(text, span[0], span[1])
    return (
        # a move is a percentage; "Mitsubishi Motors lost £5m last year" is a loss, not a move
        figure is not None and figure.group("percent") is not None
        and bool(subject)
        and subject[0].strip(",") not in ("The", "A", "An", "It", "Its", "This", "In", "By", "Last", "Since")
        and _NAMED_MOVER_RE.search(text, clause_start, span[0]) is not None
        and _CHANGE_START_RE.match(text, span[0], span[1]) is not None
        and _MARKET_CONTEXT_RE.search(text, paragraph_start, span[0]) is not None
    )


def has_digit(text: str, start: int, end: int) -> bool:
    return _DIGIT.search(text, start, end) is not None


def figures(text: str, start: int, end: int, quotes: SpanIndex) -> list[re.Match[str]]:
    """Percentages, amounts of money and large counts in ``text[start:end]``, outside quotes
    (years and plain small numbers are not figures here)."""
    return [m for m in FIGURE_RE.finditer(text, start, end) if m.start() not in quotes]


# A forecast that multiplies, with no number: "visitor numbers are set to triple within a decade".
_MULTIPLY_FORECAST_RE = lazy_compile(
    r"(?<![\w-])(?:(?:is|are|was|were|be|been|being) (?:expected|projected|forecast|predicted|likely|set|on course"
    r"|on track|poised) to|will|could|would|may|might) (?:more than |nearly |almost |at least )?"
    r"(?:double|triple|treble|quadruple|halve)(?![\w-])",
    re.IGNORECASE,
)
_MULTIPLY_TRIGGERS = frozenset("double triple treble quadruple halve".split())
_WORD_RE = lazy_compile(r"[a-z]+")


#: A named body that finds or forecasts, a source the shared cue words leave out because the
#: verbs are nouns as often ("projects", "estimates"): "The Met Office projects that …", "…, the
#: British Retail Consortium found."
NAMED_FINDER_RE = lazy_compile(
    r"(?<![\w-])(?:[A-Z][\w&.’'-]{0,40}(?:\s+(?:[A-Z][\w&.’'-]{0,40}|of|for|and|on|the))*?\s+(?:[A-Z][\w&.’'-]{0,40}|[A-Z]{2,})"
    # "…, the national statistics agency found", "The Bristol council projects that …", "the group is anticipating".
    r"|[Tt]he\s+(?:[\w’'-]+\s+){0,3}?(?:agency|office|bureau|ministry|council|board|department|regulator|watchdog"
    r"|institute|commission|authority|authorities|government|trust|group|company|firm|bank)"
    # "ministers suggest the number could quadruple by 2050": the government, by its office.
    r"|[Mm]inisters"
    r"|[A-Z]{2,}|[A-Z][a-z]+)(?:’s|'s)?(?:\s+(?:\w+\s+)?(?:survey|report|study|analysis|data|figures|forecast|model"
    r"|research|review|census|poll|index))?"
    # "The National Institute of Economic and Social Research (NIESR) claims", "Barclays, which owns the
    # Woolwich, forecast an 8% fall", "The authorities in the US, who have indicted 19 people, estimate".
    r"(?:\s+\([A-Z]{2,}\))?(?:\s+in\s+(?:the\s+)?[A-Z][\w.]{0,40})?(?:,\s+(?:which|who)\s[^,;]{1,80},)?"
    # "Mitsubishi Motors has forecast a net loss", "BA had previously forecast a 2% rise": the firm is its source.
    r"(?:\s+(?:has|have|had))?(?:\s+(?:previously|already|also|now|earlier|repeatedly))?"
    # "UNECE is forecasting average growth of 2.2%", "Nielsen tracks the number of units sold".
    r"(?:\s+(?:is|are|was|were)\s+(?:forecasting|predicting|projecting|expecting|estimating|anticipating)"
    r"|\s+(?:tracks|compiles|compiled)"
    r"|\s+(?:projects|projected|forecasts|forecast|found|finds|estimates|estimated|estimate"
    r"|calculates|calculated|predicts|predicted|expects|expected|concluded|concludes|shows|showed|suggests"
    r"|suggested|suggest|puts|put|reckons|measured|recorded|counted|logged|believes|thinks"
    # A body's own fear, claim or foresight: "The ADB fears that 1 million Indonesians could join them",
    # "NIESR claims that taxes need to rise by £10bn", "the IMF foresees", "BBC Scotland has learned" (the
    # newsroom's own reporting).
    # "Chief executive Jim Skinner attributed an 8.3% increase in sales to …": the firm's own account.
    r"|fears|feared|claims|foresees|foresaw|anticipates|learned|learnt|attributed|attributes))(?![\w-])"
)
#: A named body's own target or plan: "TNT aims to reach 35% of France's population", "the government was
#: hoping this would rise to 85% by 2008", "the government intends to have 25,000 on the streets by 2008".
_NAMED_TARGET_RE = lazy_compile(
    r"(?<![\w-])(?:[A-Z][\w&.’'-]{0,40}(?:\s+[A-Z][\w&.’'-]{0,40})*|[Tt]he\s+(?:[\w’'-]+\s+){0,3}?(?:government|council|board"
    r"|company|firm|group|bank|ministry|department|authority|agency|club|party))"
    r"\s+(?:(?:is|are|was|were)\s+(?:hoping|aiming|planning|targeting)|hopes|aims|intends|plans|targets|wants)(?![\w-])"
)


def named_target(text: str, start: int, end: int) -> bool:
    """Whether a named body states its own target or plan in ``text[start:end]`` (see _NAMED_TARGET_RE)."""
    for match in _NAMED_TARGET_RE.finditer(text, start, end):
        head = match.group().split()[0]
        if head not in _NOT_NAMES and head.lower() not in UNNAMED_GROUP_WORDS:
            return True
    return False


def named_finder(text: str, start: int, end: int) -> bool:
    """Whether a named body finds or forecasts in ``text[start:end]`` (see NAMED_FINDER_RE); not
    "The council … is expected", where the verb has no named subject of its own."""
    for match in NAMED_FINDER_RE.finditer(text, start, end):
        head = match.group().split()[0]
        bare_article = match.start() == start and head in ("The", "A", "An") and len(match.group().split()) < 3
        if head not in _NOT_NAMES and head.lower() not in UNNAMED_GROUP_WORDS and not bare_article:
            return True
    return False


_NOT_NAMES = frozenset("It He She They We I This That These Those There Its Their".split())


# A number with no scale or comma that is not a year: "about 300", "90".
_PLAIN_NUMBER = r"(?!(?:19|20)\d\d(?!\d))\d{2,6}(?![\d.,]*\d)"
# A projected level given as a plain number: "Demand for care is expected to reach about 300 by 2030",
# "The workforce will rise to about 600" (a plain number is no figure elsewhere: ages, scores, dates).
_PROJECTED_LEVEL_RE = lazy_compile(
    r"(?<![\w-])(?:(?:(?:is|are|was|were|be|been|being) )?(?:expected|projected|forecast|predicted|estimated"
    r"|anticipated|poised|tipped|slated|on track|on course|likely|set) to|will|could|would|may|might)"
    r"\s+(?:(?:reach|hit|top|exceed|pass|surpass)|(?:rise|fall|grow|climb|drop|increase|decrease|shrink|swell|double"
    r"|jump|soar) to)(?:\s+" + _FILLER + r"(?![\w-])){0,2}\s+(?P<number>" + _PLAIN_NUMBER + r")"
    r"(?!\s*(?:%|per ?cent|runs|points|goals|wickets|yards|caps|appearances|matches|games|laps|miles|km|mph|years"
    r"|months|weeks|days|hours|minutes|metres|feet|degrees)(?![\w-]))",
    re.IGNORECASE,
)


# An estimated count that opens the sentence, over a period: "About 300 jobs were lost in the sector
# last year" (the approximation marks it as somebody's count; a plain "300 people" is an event's).
_APPROXIMATE_COUNT_RE = lazy_compile(
    r"\W*(?P<count>(?:about|around|nearly|almost|more than|over|some|roughly|up to|at least|an estimated)\s+"
    + _PLAIN_NUMBER + r")(?=\s+[a-z])",
    re.IGNORECASE,
)


_FUTURE_AFTER_RE = lazy_compile(r"(?:\s+of)?\s+(?:[\w'’-]+\s+){0,4}?(?:will|would|could|can|are to|is to)(?![\w-])")


def sentence_statistic(text: str, start: int, end: int, quotes: SpanIndex) -> Span | None:
    """The claim frame and figure of ``text[start:end]`` (see :func:`statistic`), including
    proportions written in words ("half of pupils") and forecasts that multiply ("set to
    triple"), or None."""
    words = None
    if not has_digit(text, start, end):
        words = set(_WORD_RE.findall(text[start:end].lower()))
        if words.isdisjoint(SHARE_TRIGGERS) and words.isdisjoint(_MULTIPLY_TRIGGERS):
            return None
    found = figures(text, start, end, quotes)
    span = statistic(text, start, end, found) if found else None
    if span is None and words is None:
        for match in _PROJECTED_LEVEL_RE.finditer(text, start, end):
            if match.start() not in quotes:
                return match.start(), _noun_end(text, match.end(), end)
        count = _APPROXIMATE_COUNT_RE.match(text, start, end)
        if count and count.start("count") not in quotes:
            after = text[count.end() : min(end, count.end() + 120)]
            # Past counts only: "Some 350 films will be screened at this year's festival" is a programme.
            if _SUBJECT_AFTER_RE.match(after) and _PERIOD_RE.search(after) and not _FUTURE_AFTER_RE.match(after):
                return count.start("count"), _noun_end(text, count.end(), end)
    if span is None and (words is None or not words.isdisjoint(_MULTIPLY_TRIGGERS)):
        for match in _MULTIPLY_FORECAST_RE.finditer(text, start, end):
            if match.start() not in quotes:
                return match.span()
    return span


def statistic(text: str, start: int, end: int, found_figures: list[re.Match[str]]) -> Span | None:
    """The first claim frame of a sentence with its figure ("totaled $115 billion, accounting for
    20 %"), or None. Frames joined by a comma or "and" make one span; a later separate claim in
    the same sentence is left out (one report per sentence is enough)."""
    found: Span | None = None
    for match in found_figures:
        clause_start = _clause_start(text, start, match.start())
        frame = _frame_start(text[clause_start : match.start()], match, text[match.end() : min(end, match.end() + 120)])
        if frame is None:
            continue
        frame_start = clause_start + frame
        # A pronoun or "the price" whose antecedent earlier in the sentence is a screen price: "In London,
        # trading of Brent crude was suspended, but the price fell to $39.20"; "the US stock market was on
        # its way down …; it rose by 20% in the six months after".
        if _ANAPHORIC_SUBJECT_RE.match(text, clause_start, match.start()) and _SCREENS_RE.search(text, start, clause_start):
            continue
        if found is not None and not _JOINER.fullmatch(text, found[1], frame_start):
            break
        found = (found[0] if found else frame_start, _noun_end(text, match.end(), end))
    return found


_ANAPHORIC_SUBJECT_RE = lazy_compile(r"\s*(?:but\s+|and\s+)?(?:it|its price|the price|prices|they)\s+(?:has\s+|have\s+|had\s+)?(?:"
                                   + _CHANGE_VERBS + r")(?![\w-])", re.IGNORECASE)


def _frame_start(before: str, figure: re.Match[str], after: str) -> int | None:
    """Where the words that make ``figure`` a claim start, as an offset into ``before``."""
    # A range's upper bound is priced like its lower one: "is likely to cost between £130 and £200".
    priced = _RANGE_TAIL_RE.sub("between ", before)
    if _EXEMPT_AFTER_RE.match(after) or (
        figure.group("money") and _PRICE_BEFORE_RE.search(priced) and not _VALUATION_FORECAST_RE.search(before)
    ):
        return None
    if _RECORD_RE.search(before):
        return None
    if _CONVERSION_RE.search(before):
        return None  # "$399 (£211)": the same figure converted
    if _OFFER_BEFORE_RE.search(before):
        return None  # "has offered an 8% increase in wages": a bargaining position, the story's own event
    starts = []
    measure = _MEASURE_BEFORE_RE.search(before)
    if measure and (figure.group("percent") or figure.group("money") or _scaled(figure)):
        starts.append(measure.start())
    projection = None
    for projection in PROJECTION_RE.finditer(before):  # noqa: B007 (the last one is wanted)
        pass
    if projection is not None and len(before[projection.end() :].split()) <= 8 and not figure.group("share"):
        starts.append(projection.start())
    # A change stated as a noun is a market move when it is a price's: "a 13% fall in Reliance's shares",
    # "contributing to the FTSE 100's 0.3% decline".
    if figure.group("percent") and _MEASURE_AFTER_RE.match(after) and not (
        _SCREENS_RE.search(_PHRASE_AFTER_RE.match(after).group()) or _SCREENS_RE.search(before[-25:])
    ):
        article = _ARTICLE_BEFORE_RE.search(before)
        starts.append(article.start() if article else len(before))
    change = _CHANGE_BEFORE_RE.search(before)
    if change and not figure.group("share") and not _MARKET_RE.search(before, 0, change.start()):
        starts.append(change.start())
    amount = _AMOUNT_BEFORE_RE.search(before) or _COST_TO_RE.search(before)
    if amount and (figure.group("money") or figure.group("percent") or _scaled(figure)):
        starts.append(amount.start())
    if _SUBJECT_BEFORE_RE.fullmatch(before) and not figure.group("money") and (
        _SHARE_OF_RE.match(after)
        if not figure.group("count")
        else _SUBJECT_AFTER_RE.match(after) and _PERIOD_RE.search(after)
    ):
        starts.append(len(before) - len(before.lstrip()))
    return min(starts) if starts else None


# A share stated as a standing fact, in the present: "Consumer spending accounts for about two-thirds
# of Italy's economy", "the G20 nations, which account for two thirds of the world's population".
_STANDING_SHARE_RE = lazy_compile(
    r"(?:account|accounts|accounting) for|(?:make|makes|making) up|represent|represents|representing"
    r"|(?:is|are) equivalent to",
    re.IGNORECASE,
)
_CHANGE_WORD_RE = lazy_compile(r"(?<![\w-])(?:" + _CHANGE_VERBS + r"|up from|down from|compared with)(?![\w-])", re.IGNORECASE)


_MODAL_RE = lazy_compile(r"(?<![\w-])(?:will|would|could|may|might)(?![\w-])", re.IGNORECASE)


def standing_share(text: str, start: int, end: int, span: Span) -> bool:
    """Whether the claim ``span`` of the sentence ``text[start:end]`` is a share stated as a standing
    fact: a present-tense share frame, with no period, change or forecast in the sentence. Background
    a reader can check in any reference, not a finding that needs its counter named."""
    return (
        _STANDING_SHARE_RE.match(text, span[0], span[1]) is not None
        and not _PERIOD_RE.search(text, start, end)
        and not PROJECTION_RE.search(text, start, end)
        and not _CHANGE_WORD_RE.search(text, start, end)
        and not _MODAL_RE.search(text, start, end)
    )


def _noun_end(text: str, end: int, limit: int) -> int:
    for _ in range(3):
        match = _NEXT_WORD.match(text, end, limit)
        if not match or match.group(1) in _NOUN_STOP or match.group(1).endswith(("ing", "ed", "ly")):
            break
        end = match.end()
    return end


def _scaled(match: re.Match[str]) -> bool:
    return any(ch.isalpha() for ch in match.group())


def _clause_start(text: str, sentence_start: int, position: int) -> int:
    start = sentence_start
    for match in _CLAUSE_BREAK.finditer(text, sentence_start, position):
        start = match.end()
    return start


# A figure inside a condition is a hypothesis, not a claim: "If the rate rises to £6 then I can foresee …".
_CONDITION_RE = lazy_compile(r"(?<![\w-])(?:if|unless)\s[^,;]*$", re.IGNORECASE)


def hypothetical(text: str, sentence_start: int, span: Span) -> bool:
    """Whether the claim ``span`` stands in an 'if' or 'unless' clause of its sentence."""
    return _CONDITION_RE.search(text, sentence_start, span[0]) is not None


# The writer's own books: "80% of my costs are labour", "our sales fell 10% last year" (readers' letters).
_OWN_ACCOUNT_RE = lazy_compile(r"(?:\s+of)?\s+(?:my|our)\s")
_OWN_SUBJECT_RE = lazy_compile(r"(?<![\w-])(?:I|we|my|our)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)


def own_account(text: str, sentence_start: int, span: Span) -> bool:
    """Whether the claim ``span`` is about the writer's own affairs, in the first person."""
    clause_start = _clause_start(text, sentence_start, span[0])
    figure_end = FIGURE_RE.search(text, span[0], span[1])
    return (
        _OWN_SUBJECT_RE.search(text, clause_start, span[0]) is not None
        or (figure_end is not None and _OWN_ACCOUNT_RE.match(text, figure_end.end()) is not None)
    )


# A plan, budget, deal or offer as the subject whose terms the figure gives, in a modal or by
# inclusion: "The plan is likely to give creditors shares worth about 5.7%", "The state department's
# planned budget would rise to $23bn", "The cuts - amounting to 3% of the bank's workforce", "A public
# vote …, which will account for 25% of the final decision". Not past results ("the scheme has cost
# taxpayers £6m", a total someone counted) and not forecasts of the world ("spending on health will rise").
_PLAN_SUBJECT_RE = lazy_compile(
    r"\W*(?:(?:under|in|as part of|with)\s+)?(?:(?:the|a|an|its|their|this|his|her|[A-Z][\w&.’'-]{0,40}(?:\s+[A-Z][\w&.’'-]{0,40})*"
    r"(?:’s|'s))\s+)?(?:[\w’'-]+\s+){0,3}?(?:plan|plans|proposal|proposals|budget|settlement|deal|package|offer|bid"
    r"|cut|cuts|outline|agreement|buy-?back|share issues?|layoffs|vote|amnesty|merger|takeover|sale|fee"
    r"|(?:planned|proposed) [\w-]+)"
    # the plan is the head noun: its verb follows at once, or a relative clause on it ("…, which will")
    r"(?:\s*[-–—,]\s*(?:which\s+|that\s+)?|\s+(?:which|that)\s+|\s+[^,;]{1,60}?,\s+which\s+|\s+)(?:also\s+)?"
    r"(?:would|will|could|should|may|might|(?:is|are) (?:likely|expected|set) to (?:give|offer|include|provide|see"
    r"|allow|pay|raise)|includes?|including|amounting to|amounts to|worth|totalling|totaling|envisages|proposes"
    r"|provides for)(?![\w-])",
    re.IGNORECASE,
)


def plan_terms(text: str, sentence_start: int, span: Span) -> bool:
    """Whether the claim ``span`` gives a term of the plan, budget, deal or offer that is its
    clause's subject (see _PLAN_SUBJECT_RE)."""
    clause_start = _clause_start(text, sentence_start, span[0])
    match = _PLAN_SUBJECT_RE.match(text, clause_start, span[1])
    return match is not None and match.end() <= span[1]
