"""Who says what in an article: the one home of what attribution and sourcing rules share.

Wire practice (AP, Reuters) attributes every disputable fact the reporter did not witness: the
attribution sits in the same sentence or is carried by the one before. :func:`attribution`
reads an article once (cached per document) and records, per sentence:

- ``cues``: reporting verbs and source phrases ("said", "told Reuters", "according to",
  "figures from the ONS showed");
- ``vague``: attributions to an unnamed group in the present, perfect or future tense
  ("Critics argue", "Early estimates project", "Analysts will assess", "it is believed"),
  after Wikipedia's "Words to watch" and NPR's memo on "some say";
- ``statistic``: a figure in a frame that makes it a claim needing a source (see ``figures``);

and the quotations that are speech, with whether each is attributed (see ``quotes``).

The vocabulary is in ``lexicon``; named experts in ``speakers``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newslint.analysis import shared
from newslint.analysis.attribution import figures as _figures
from newslint.analysis.attribution.lexicon import (
    AGENTLESS_BEFORE_RE,
    AGENTLESS_PARTICIPLES,
    CREDIT_LINE_RE,
    CUE_PHRASES,
    CUE_WORDS,
    EMPTY_MODIFIERS,
    MEDIUM_OR_DATE_RE,
    NAMED_MEMBER,
    PROFESSIONS,
    TOKEN_RE,
    VAGUE_TRIGGERS,
)
from newslint.analysis.attribution.quotes import BODY_KINDS, SpeechQuote, cue_spans, lowercase, speech_quotes
from newslint.analysis.attribution.speakers import generic_credential, name_words, quoted_elsewhere
from newslint.document.model import Document

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
        return facts.speech and any(
            item.attributed and item.quote.start < facts.end and facts.start < item.quote.end for item in self.speech
        )

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
    quote_spans = [(q.start, q.end) for q in doc.quotes]
    lowered = lowercase(doc.text)
    sentences = []
    for sentence in doc.sentences:
        facts = SentenceFacts(sentence.start, sentence.end, sentence.block)
        if doc.blocks[sentence.block].kind in BODY_KINDS:
            _read_sentence(doc.text, lowered, facts, quote_spans)
        sentences.append(facts)
    _drop_vague_for_named_professions(doc.text, sentences)
    _keep_isolated_vague(doc, sentences)
    speech = speech_quotes(doc, sentences, lowered)
    _carry(doc, sentences)
    return ArticleAttribution(sentences, speech)


def _read_sentence(text: str, lowered: str, facts: SentenceFacts, quote_spans: list[Span]) -> None:
    start, end = facts.start, facts.end
    tokens = set(TOKEN_RE.findall(lowered, start, end))
    facts.cues = [
        span for span in cue_spans(lowered, start, end, CUE_WORDS, CUE_PHRASES, tokens)
        if _outside(quote_spans, span[0]) and not _agentless(lowered, span, start)
    ]
    if "source" in tokens or "sources" in tokens:
        facts.cues += [m.span() for m in CREDIT_LINE_RE.finditer(lowered, start, end)]
    sentence = text[start:end]
    for regex, triggers in VAGUE_TRIGGERS:
        if tokens.isdisjoint(triggers):
            continue
        for match in regex.finditer(sentence):
            span = (start + match.start("phrase"), start + match.end("phrase"))
            if _outside(quote_spans, span[0]) and _is_vague(match, span, facts):
                facts.vague.append(span)
    facts.vague.sort()
    found = _figures.figures(text, start, end, quote_spans) if _figures.has_digit(text, start, end) else []
    facts.statistic = _figures.statistic(text, start, end, found) if found else None
    forecast = not tokens.isdisjoint(_figures.PROJECTION_TRIGGERS) and _figures.PROJECTION_RE.search(text, start, end)
    facts.figure = bool(found or forecast)


def _outside(spans: list[Span], position: int) -> bool:
    return not any(s <= position < e for s, e in spans)


def _agentless(text: str, span: Span, sentence_start: int) -> bool:
    if text[span[0] : span[1]].lower() not in AGENTLESS_PARTICIPLES:
        return False
    if not AGENTLESS_BEFORE_RE.search(text, max(sentence_start, span[0] - 30), span[0]):
        return False
    return not re.match(r"\s+by\s", text[span[1] : span[1] + 5])


def _is_vague(match: re.Match[str], span: Span, facts: SentenceFacts) -> bool:
    mods = match.groupdict().get("mods") or ""
    if any(word.strip("’'").lower() not in EMPTY_MODIFIERS for word in mods.split()):
        return False  # "the bank's analysts", "Labour critics": a group the reader can identify
    # A named cue earlier in the sentence carries the clause: "The minister said critics argue …".
    return not any(cue < span[0] for cue, _ in facts.cues)


def _drop_vague_for_named_professions(text: str, sentences: list[SentenceFacts]) -> None:
    """'Analysts say …' in a story that quotes a named analyst with a reporting verb sums up
    named sources: the group counts as named."""
    groups = {_profession(text[s:e]) for facts in sentences for s, e in facts.vague} - {None}
    for group in groups:
        member = re.compile(NAMED_MEMBER.format(g=PROFESSIONS[group]))
        if not any(f.named_cue and member.search(text, f.start, f.end) for f in sentences):
            continue
        for facts in sentences:
            facts.vague = [(s, e) for s, e in facts.vague if _profession(text[s:e]) != group]


_PROFESSION_RE = re.compile(r"(?<![\w-])(" + "|".join(PROFESSIONS) + r")(?![\w-])", re.IGNORECASE)


def _profession(phrase: str) -> str | None:
    found = _PROFESSION_RE.search(phrase)
    return found.group(1).lower() if found else None


def _keep_isolated_vague(doc: Document, sentences: list[SentenceFacts]) -> None:
    """'Analysts say …' followed by '"…," said Phil Kain of Investment Research' is how wire copy
    sums up named sources: a vague attribution is kept only when the sentences next to it name no
    source (a table cell stands alone)."""
    for i, facts in enumerate(sentences):
        if not facts.vague or doc.blocks[facts.block].kind == "table_cell":
            continue
        neighbours = [sentences[j] for j in (i - 1, i + 1) if 0 <= j < len(sentences)]
        if any(n.named_cue and doc.blocks[n.block].kind != "table_cell" for n in neighbours):
            facts.vague = []


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
