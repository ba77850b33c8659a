"""Who says what in an article: the one home of what attribution and sourcing rules share.

Wire practice (AP, Reuters) attributes every disputable fact the reporter did not witness: the
attribution sits in the same sentence or is carried by the one before. :func:`attribution`
reads an article once (cached per document) and records, per sentence:

- ``cues``: reporting verbs and source phrases ("said", "told Reuters", "according to",
  "figures from the ONS showed");
- ``vague``: attributions to an unnamed group, found by grammar in any tense ("Some observers
  claim", "Critics argued", "It is widely believed that"; see ``vague``), after Wikipedia's
  "Words to watch" and NPR's memo on "some say";
- ``statistic``: a figure in a frame that makes it a claim needing a source (see ``figures``);

and the quotations that are speech, with whether each is attributed (see ``quotes``).

The vocabulary is in ``lexicon``; named experts in ``speakers``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from newslint.analysis import shared
from newslint.analysis.attribution import figures as _figures
from newslint.analysis.attribution.lexicon import (
    AGENTLESS_BEFORE_RE,
    AGENTLESS_PARTICIPLES,
    CREDIT_LINE_RE,
    CUE_PHRASES,
    CUE_WORDS,
    NAMED_MEMBER,
    PROFESSIONS,
    MEDIUM_OR_DATE_RE,
    TOKEN_RE,
)
from newslint.analysis.attribution.quotes import BODY_KINDS, SpeechQuote, cue_spans, lowercase, speech_quotes
from newslint.analysis.attribution.speakers import generic_credential, name_words, quoted_elsewhere
from newslint.analysis.attribution.vague import BARE_QUANTIFIER_RE, CONTRAST_PARTNER_RE, SURVEY_RE, vague_spans
from newslint.document.model import Document
from newslint.engine import deadline
from newslint.document.spans import SpanIndex

__all__ = [
    "BODY_KINDS", "MEDIUM_OR_DATE_RE", "ArticleAttribution", "SentenceFacts", "SpeechQuote", "attribution",
    "generic_credential", "name_words", "quoted_elsewhere",
]

Span = tuple[int, int]


@dataclass
class SentenceFacts:
    start: int
    end: int
    block: int
    cues: list[Span] = field(default_factory=list)  # reporting cues outside quotes
    vague: list[Span] = field(default_factory=list)  # unnamed-group attributions
    routine_vague: set[Span] = field(default_factory=set)  # the everyday ones among them ('analysts say')
    statistic: Span | None = None  # a figure in a claim frame, with the frame
    speech: bool = False  # the sentence holds quoted speech
    figure: bool = False  # a percentage, an amount of money or a large count, or a forecast
    after_source: bool = False  # the sentence right before names a source (wire practice's carry)
    covered: bool = False  # a source nearby in its paragraph carries it (see _carry)

    @property
    def named_cue(self) -> bool:
        """A reporting cue that is not itself part of a vague attribution."""
        return any(not any(vs <= cs < ve for vs, ve in self.vague) for cs, _ in self.cues)

    @property
    def claim(self) -> bool:
        """Says something a reader may want a source for: a figure, a forecast, a quote, an opinion."""
        return bool(self.cues or self.vague or self.statistic or self.speech or self.figure)


@dataclass
class ArticleAttribution:
    sentences: list[SentenceFacts]
    speech: list[SpeechQuote]

    def speech_attributed(self, facts: SentenceFacts) -> bool:
        return facts.speech and bool(self._attributed_speech.overlapping(facts.start, facts.end))

    @cached_property
    def _attributed_speech(self) -> SpanIndex:
        """The attributed quotes, indexed once: asked per sentence, a scan of every quote was quadratic."""
        return SpanIndex((item.quote.start, item.quote.end) for item in self.speech if item.attributed)

    def sentence_attributed(self, facts: SentenceFacts) -> bool:
        """Attributed in the sentence or by the one before, as wire practice asks."""
        return facts.named_cue or facts.after_source or self.speech_attributed(facts)

    @property
    def claims(self) -> int:
        return sum(1 for s in self.sentences if s.claim)

    @property
    def attributed_claims(self) -> int:
        return sum(1 for s in self.sentences if s.claim and self.sentence_attributed(s))


def attribution(doc: Document) -> ArticleAttribution:
    return shared(doc, "attribution", _compute)


def _compute(doc: Document) -> ArticleAttribution:
    quotes = doc.quote_spans
    lowered = lowercase(doc.text)
    sentences = []
    for sentence in doc.sentences:
        deadline.check()  # a 20 MB page has ~200,000 sentences: the file's budget stops here
        facts = SentenceFacts(sentence.start, sentence.end, sentence.block)
        if doc.blocks[sentence.block].kind in BODY_KINDS:
            _read_sentence(doc.text, lowered, facts, quotes)
        sentences.append(facts)
    _drop_vague_identified_next_door(doc, sentences)
    speech = speech_quotes(doc, sentences, lowered)
    _carry(doc, sentences)
    return ArticleAttribution(sentences, speech)


def _read_sentence(text: str, lowered: str, facts: SentenceFacts, quotes: SpanIndex) -> None:
    start, end = facts.start, facts.end
    tokens = set(TOKEN_RE.findall(lowered, start, end))
    facts.cues = [
        span for span in cue_spans(lowered, start, end, CUE_WORDS, CUE_PHRASES, tokens)
        if span[0] not in quotes and not _agentless(lowered, span, start)
    ]
    if "source" in tokens or "sources" in tokens:
        facts.cues += [m.span() for m in CREDIT_LINE_RE.finditer(lowered, start, end)]
    for span, routine in vague_spans(text, start, end, tokens, facts.cues):
        if span[0] not in quotes:
            facts.vague.append(span)
            if routine:
                facts.routine_vague.add(span)
    found = _figures.figures(text, start, end, quotes) if _figures.has_digit(text, start, end) else []
    facts.statistic = _figures.statistic(text, start, end, found) if found else None
    forecast = not tokens.isdisjoint(_figures.PROJECTION_TRIGGERS) and _figures.PROJECTION_RE.search(text, start, end)
    facts.figure = bool(found or forecast)


def _agentless(text: str, span: Span, sentence_start: int) -> bool:
    if text[span[0] : span[1]].lower() not in AGENTLESS_PARTICIPLES:
        return False
    if not AGENTLESS_BEFORE_RE.search(text, max(sentence_start, span[0] - 30), span[0]):
        return False
    return not re.match(r"\s+by\s", text[span[1] : span[1] + 5])


_PROFESSION_RE = re.compile(r"(?<![\w-])(" + "|".join(PROFESSIONS) + r")(?![\w-])", re.IGNORECASE)
_DOCUMENT_GROUP_RE = re.compile(r"(?<![\w-])(?:research|studies|reports|surveys|estimates|forecasts)(?![\w-])", re.I)
# A study named: "A survey of 280 schemes by Incomes Data Services", "research from the LSE".
_NAMED_STUDY_RE = re.compile(
    r"(?<![\w-])(?i:study|survey|report|research|poll|analysis|review|index|estimates|forecast)s?(?![\w-])"
    r"[^.;]{0,60}?(?<![\w-])(?:by|from|of|for|at)\s+(?:the\s+)?[A-Z]"
)


def _drop_vague_identified_next_door(doc: Document, sentences: list[SentenceFacts]) -> None:
    """A lead's summary attribution whose group the very next or previous sentence identifies:
    '…, research suggests.' + 'A survey of 280 schemes by Incomes Data Services found …', or
    'Analysts say …' + '"…," said Phil Kain, an analyst at Investment Research.'

    Only a member of the same group counts (a study for 'research', an analyst for 'analysts'),
    and only next door: 'Experts say' after a quote from a minister is still vague (BBC business
    and technology leads, where this pattern is 30 of 355 vague attributions).
    """
    for i, facts in enumerate(sentences):
        if not facts.vague:
            continue
        neighbours = [
            n for n in sentences[max(0, i - 1) : i + 2]
            if n is not facts and abs(n.block - facts.block) <= 1 and doc.blocks[n.block].kind in BODY_KINDS
        ]
        kept = []
        for start, end in facts.vague:
            phrase = doc.text[start:end]
            profession = _PROFESSION_RE.search(phrase)
            if profession is not None:
                member = _named_member(PROFESSIONS[profession.group(1).lower()])
                if any(n.named_cue and member.search(doc.text, n.start, n.end) for n in neighbours):
                    continue
            elif _DOCUMENT_GROUP_RE.search(phrase) and any(
                _NAMED_STUDY_RE.search(doc.text, n.start, n.end) for n in neighbours
            ):
                continue
            elif BARE_QUANTIFIER_RE.match(phrase) and _answers_a_group(doc, sentences, i, start):
                continue
            kept.append((start, end))
        facts.vague = kept


def _answers_a_group(doc: Document, sentences: list[SentenceFacts], i: int, phrase_start: int) -> bool:
    """Whether a bare quantifier ('others fear', 'most say', 'many said') stands for a group named
    with its own view just before it in the sentence or in the sentence before, in the paragraph
    ('Some major tech firms say …, while others fear …'; BBC: 14 of 85 vague warnings), or for the
    respondents of a survey reported there or in the sentence after ('60% said …. Many suggested …'). 'Others' after a vague
    group is that group's other half: one vague source, reported once."""
    facts = sentences[i]
    text = doc.text
    regions = [(facts.start, phrase_start)]
    previous = sentences[i - 1] if i else None
    if previous is not None and previous.block == facts.block:
        regions.append((previous.start, previous.end))
        if previous.vague and text[phrase_start : phrase_start + 6].lower() == "others":
            return True
    following = sentences[i + 1] if i + 1 < len(sentences) else None
    # The survey may be named right after: "The CBI found some firms raised prices - but many said increases
    # failed to keep up with costs. Of the companies surveyed, 30% saw orders rise" (BBC business).
    if following is not None and following.block == facts.block and SURVEY_RE.search(text, following.start, following.end):
        return True
    return any(
        CONTRAST_PARTNER_RE.search(text, s, e) or SURVEY_RE.search(text, s, e) for s, e in regions
    )


@lru_cache(maxsize=32)
def _named_member(profession: str) -> re.Pattern[str]:
    return re.compile(NAMED_MEMBER.format(g=profession))


def _carry(doc: Document, sentences: list[SentenceFacts]) -> None:
    """Mark the sentences whose attribution is carried by their neighbours.

    ``after_source``: the sentence right before names a source (wire practice). ``covered``,
    more generous, for figures: a source named in a paragraph covers what follows it in that
    paragraph (news paragraphs develop one source's account) and, through a run of figures, the
    paragraphs after it (a data story names its source once); the last sentence of a paragraph
    covers the first of the next; and a sentence is covered by the one right after it in its
    paragraph ("… 1,200 jobs. The company said building would start in May.").
    """
    previous: SentenceFacts | None = None
    for i, facts in enumerate(sentences):
        if doc.blocks[facts.block].kind not in BODY_KINDS:
            previous = None  # a heading starts a new thread
            continue
        facts.after_source = previous is not None and previous.named_cue
        if facts.after_source or (
            previous is not None and previous.covered and (previous.block == facts.block or previous.figure)
        ):
            facts.covered = True
        following = sentences[i + 1] if i + 1 < len(sentences) else None
        if following is not None and following.block == facts.block and following.named_cue:
            facts.covered = True
        previous = facts
