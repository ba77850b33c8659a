"""Figures, and the frames that make a figure a claim needing a source.

A percentage, an amount of money or a large count is a claim when a forecast governs it ("is
expected to generate 12,000 jobs", "potentially capturing a 15% share") or when it measures a
share or a total ("totaled $115 billion, accounting for 20%"). Market moves ("shares rose 5%"),
deal terms ("will own 30%"), votes and seats are public record and are not claims here.
"""

from __future__ import annotations

import re

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
_COUNT = r"(?:" + _NUM + r"\s?(?:bn|billion|million|trillion|mln|bln)(?![\w-])|\d{1,3}(?:,\d{3})+(?![\d,]))"
FIGURE_RE = re.compile(
    r"(?<![\w.,])(?:(?P<percent>" + _PERCENT + r")|(?P<money>" + _MONEY + r")|(?P<count>" + _COUNT + r"))"
)
_DIGIT = re.compile(r"\d")

#: A forecast: a projection phrase that governs a figure later in the same clause.
PROJECTION_RE = re.compile(
    r"(?<![\w-])(?:(?:is|are|was|were|be|been|being) )?(?:expected|projected|forecast|predicted|estimated|anticipated"
    r"|poised|tipped|slated|on track|on course|(?<!more )(?<!most )(?<!less )(?<!least )likely) to(?![\w-])"
    r"|(?<![\w-])(?:potentially|possibly)(?![\w-])",
    re.IGNORECASE,
)
PROJECTION_TRIGGERS = frozenset(
    "expected projected forecast predicted estimated anticipated poised tipped slated track course likely "
    "potentially possibly".split()
)
# A measured share or total: the frame right before the figure…
_MEASURE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:total(?:l)?(?:ed|s|ing)?|amount(?:ed|s|ing)? to|account(?:ed|s|ing)? for"
    r"|(?:make|makes|made|making) up"
    r"|represent(?:s|ed|ing)?|stood at|stands at|standing at|estimated at|capturing|captures?|captured"
    r"|command(?:s|ed|ing)?|(?:a|an|its|their) (?:market )?share of|equivalent to|equal to)"
    r"\s+(?:(?:about|around|roughly|nearly|almost|some|over|more than|less than|up to|an estimated|approximately|a|an"
    r"|the|just|only)\s+)*$",
    re.IGNORECASE,
)
# …or right after it: "a 15% share of the market" (not "an 85% share in the company", a stake).
_MEASURE_AFTER_RE = re.compile(r"\s*(?:market share(?![\w-])|share of(?![\w-]))", re.IGNORECASE)
_ARTICLE_BEFORE_RE = re.compile(r"(?<![\w-])(?:a|an|its|their|the)\s+$", re.IGNORECASE)
# Results the reporter can see, not claims: votes and seats.
_EXEMPT_AFTER_RE = re.compile(r"\s*(?:of the vote|of votes|votes?|seats?|turnout)(?![\w-])", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:–—]|,\s(?:but|while|whereas|although)(?![\w-])")
_JOINER = re.compile(r"[\s,;]*(?:and\s*)?")
# Words that end the noun after a figure ("12,000 high-skill jobs | across").
_NOUN_STOP = frozenset("""
    of in to for by from across within over at on and or with than per a an the this that which who as into
    between after before if when while is are was were will would could has have had year last next since
    until through under above below among compared but yet so not because although though unless whereas
""".split())
_NEXT_WORD = re.compile(r"[ \u00a0\u202f]+([a-z][\w\u2010\u2011-]*)")


def has_digit(text: str, start: int, end: int) -> bool:
    return _DIGIT.search(text, start, end) is not None


def figures(text: str, start: int, end: int, quote_spans: list[Span]) -> list[re.Match[str]]:
    """Percentages, amounts of money and large counts in ``text[start:end]``, outside quotes
    (years and plain small numbers are not figures here)."""
    return [m for m in FIGURE_RE.finditer(text, start, end) if not _in(quote_spans, m.start())]


def statistic(text: str, start: int, end: int, found_figures: list[re.Match[str]]) -> Span | None:
    """The first claim frame of a sentence with its figure ("totaled $115 billion, accounting for
    20 %"), or None. Frames joined by a comma or "and" make one span; a later separate claim in
    the same sentence is left out (one report per sentence is enough)."""
    found: Span | None = None
    for match in found_figures:
        clause_start = _clause_start(text, start, match.start())
        frame = _frame_start(text[clause_start : match.start()], match, text[match.end() : min(end, match.end() + 40)])
        if frame is None:
            continue
        frame_start = clause_start + frame
        if found is not None and not _JOINER.fullmatch(text, found[1], frame_start):
            break
        found = (found[0] if found else frame_start, _noun_end(text, match.end(), end))
    return found


def _frame_start(before: str, figure: re.Match[str], after: str) -> int | None:
    """Where the words that make ``figure`` a claim start, as an offset into ``before``."""
    if _EXEMPT_AFTER_RE.match(after):
        return None
    starts = []
    measure = _MEASURE_BEFORE_RE.search(before)
    if measure and (figure.group("percent") or figure.group("money") or _scaled(figure)):
        starts.append(measure.start())
    projection = None
    for projection in PROJECTION_RE.finditer(before):  # noqa: B007 (the last one is wanted)
        pass
    if projection is not None and len(before[projection.end() :].split()) <= 8:
        starts.append(projection.start())
    if figure.group("percent") and _MEASURE_AFTER_RE.match(after):
        article = _ARTICLE_BEFORE_RE.search(before)
        starts.append(article.start() if article else len(before))
    return min(starts) if starts else None


def _noun_end(text: str, end: int, limit: int) -> int:
    for _ in range(3):
        match = _NEXT_WORD.match(text, end, limit)
        if not match or match.group(1) in _NOUN_STOP or match.group(1).endswith(("ing", "ed", "ly")):
            break
        end = match.end()
    return end


def _in(spans: list[Span], position: int) -> bool:
    return any(s <= position < e for s, e in spans)


def _scaled(match: re.Match[str]) -> bool:
    return any(ch.isalpha() for ch in match.group())


def _clause_start(text: str, sentence_start: int, position: int) -> int:
    start = sentence_start
    for match in _CLAUSE_BREAK.finditer(text, sentence_start, position):
        start = match.end()
    return start
