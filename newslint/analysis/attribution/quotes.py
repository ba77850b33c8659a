"""Which quotations are speech, and whether each is attributed: speakers tracked through the story.

Speech is a quote of four words or more that is not a title of a work, a name of a policy or a
quoted headline. It is attributed by its own sentence (a reporting cue outside the quote, a
colon or dash handing over to it, 'Smith: "…"', a short closing tag, '"…," smiles one broker');
inside a paragraph, by the sentence before or after that names a person or reports words, or by
an attributed quote earlier in the paragraph (one speaker's account); and, for a quote that
opens its paragraph, by a quote the paragraph before left open (a multi-paragraph quote) or by
a last sentence there that reports someone's words without quoting them in full. A new quote
paragraph after a closed quote does not inherit its speaker. A lead-in that names a
credentialed expert with no reporting verb ('Dr X, Scholar, University – “…”') is recorded for
the sourcing rules.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newslint.analysis.attribution.lexicon import (
    CUE_PHRASES,
    CUE_WORDS,
    EXPERT_WORDS_RE,
    QUOTE_PHRASES,
    QUOTE_WORDS,
    SPEAKER_WORDS,
    DOCUMENT_WORDS_RE,
    TOKEN_RE,
    Phrases,
)
from newslint.document.model import Block, Document, Quote
from newslint.document.spans import SpanIndex
from newslint.document.words import WORD_RE
from newslint.lexicon.names import known_name

if TYPE_CHECKING:
    from newslint.analysis.attribution import SentenceFacts

Span = tuple[int, int]

BODY_KINDS = frozenset({"paragraph", "list_item", "table_cell", "blockquote", "caption"})

_NO_PHRASES = Phrases((), frozenset())
_TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from is vs".split())
# Words before a quote that make it a name or a title, not speech.
_TITLE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:entitled|titled|called|named|dubbed|nicknamed|known as|headlined|slogan|motto|banner|hashtag|song"
    r"|single|album|film|movie|book|novel|play|show|series|programme|program|musical|opera|poem|track|hit|documentary"
    r"|campaign|policy|doctrine|initiative|plan|strategy|project|operation|term|phrase|word|words|label|brand|tagline"
    r"|catchphrase|sign(?:s)? (?:reading|saying)|(?:sign|banner|placard|headline|caption|card|note|message)"
    r" (?:read|reads|said|says)"
    # "UKIP, which campaigned on a slogan of "Say no to Europe", spent £2.36m"
    r"|(?:slogan|motto|banner|theme|message) (?:of|was|is)"
    # A named thing inside the reporter's sentence: 'the figures rely on the "Social Security trust fund"
    # - the money set aside …' (nobody speaks after an article).
    r"|the|an?|its|their)\s*$",
    re.IGNORECASE,
)
# Words after a quote that make it a name: 'the "one time, last time" rule', '"…" campaign'.
_TITLE_AFTER_RE = re.compile(
    r"[\s,]*(?:rule|campaign|slogan|policy|doctrine|initiative|programme|program|scheme|motto|label|tagline"
    r"|catchphrase|song|album|single|film|movie|book|novel|series|show|headline|banner|sign|hashtag)s?(?![\w-])",
    re.IGNORECASE,
)
# A colon, semicolon or dash that hands over to a quote.
_HANDOVER_RE = re.compile(r"[:;–—-]\s*$")
# A person next to a quote: a pronoun, a role, or a capitalised word inside the sentence.
_PERSON_RE = re.compile(
    r"(?<![\w-])(?:he|she|they|we|i|his|her|him|mayor|minister|president|chairman|chairwoman|chair|director"
    r"|spokes(?:man|woman|person)|coach|manager|captain|judge|officer|official|governor|senator|leader|boss"
    r"|chief|executive|secretary|premier|commissioner|ambassador|prosecutor|lawyer|attorney|player|striker"
    r"|author|actor|actress|singer|star|founder|owner|witness|victim|resident|teacher|doctor|nurse)s?(?![\w-])",
    re.IGNORECASE,
)
_CALENDAR_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December".split()
)


@dataclass
class SpeechQuote:
    quote: Quote
    words: int
    attributed: bool = False  # a cue next to it, a hand-over, a tag, a named speaker, or its chain's
    #: 'Name, Credential – ' before the quote: a credentialed speaker named with no reporting verb.
    expert_lead_in: Span | None = None
    continues: bool = False  # continues the quote before it (nothing but whitespace between)
    full: bool = True  # starts like a sentence of its own, not a fragment in the reporter's sentence
    opens_paragraph: bool = False  # nothing but the quote's own punctuation before it in its paragraph
    #: Unattributed only because the paragraph before ended with a closed, attributed quote: the
    #: speaker is probably the same, but the closing mark said the turn was over.
    after_closed_quote: bool = False


def speech_quotes(doc: Document, sentences: list[SentenceFacts], lowered: str) -> list[SpeechQuote]:
    """The quotes that are speech, each with whether it is attributed; marks their sentences."""
    text = doc.text
    quote_spans = doc.quote_spans
    starts = [s.start for s in sentences]
    result: list[SpeechQuote] = []
    outer_end = -1
    for quote in doc.quotes:
        if quote.start < outer_end:
            continue  # a quote inside a quote is part of the speech around it
        outer_end = quote.end
        block = doc.blocks[quote.block]
        if block.kind not in BODY_KINDS:
            continue
        inner = text[quote.inner[0] : quote.inner[1]]
        words = WORD_RE.findall(inner)
        if not _is_speech(text, block, quote, words) or _broken_off(doc, quote) or _headline_like(doc, block, quote):
            continue
        first = max(0, bisect.bisect_right(starts, quote.start) - 1)
        last = max(first, bisect.bisect_left(starts, quote.end) - 1)
        for facts in sentences[first : last + 1]:
            facts.speech = True
        item = SpeechQuote(quote, len(words), full=_starts_utterance(inner))
        item.opens_paragraph = not text[block.start : quote.start].strip()
        lead_in = _lead_in(text, max(block.start, sentences[first].start), quote)
        if lead_in is not None and _names_expert_without_verb(text[lead_in[0] : lead_in[1]]):
            item.expert_lead_in = lead_in
        elif lead_in is not None:
            item.attributed = True  # 'Smith: "…"', 'He said: "…"'
        if not item.attributed:
            own = sentences[first : last + 1]
            item.attributed = (
                any(_reports(lowered, f, quote_spans) for f in own)
                or _tagged_after(text, quote, sentences[last].end)
                or (item.expert_lead_in is None and any(_names_someone(text, f, quote_spans) for f in own))
            )
        if not item.attributed and item.expert_lead_in is None:
            item.attributed = _speaker_nearby(doc, sentences, first, last, item, lowered, quote_spans, result)
        result.append(item)
    _share_along_chains(text, result)
    return result


def cue_spans(
    lowered: str, start: int, end: int, words: frozenset[str], phrases: Phrases, tokens: set[str] | None = None
) -> list[Span]:
    """Spans of the cue words and phrases in ``lowered[start:end]`` (the lowercased text).

    Set operations on the sentence's tokens find which cues occur; only those are located, so
    the cost stays in C however long the word lists grow.
    """
    if tokens is None:
        tokens = set(TOKEN_RE.findall(lowered, start, end))
    spans = [span for word in tokens & words for span in _occurrences(lowered, word, start, end)]
    if not tokens.isdisjoint(phrases.triggers):
        for triggers, phrase in phrases.entries:
            if not tokens.isdisjoint(triggers):
                spans.extend(match.span() for match in phrase.finditer(lowered, start, end))
    return sorted(spans)


def lowercase(text: str) -> str:
    """``text`` in lowercase with every offset kept (a few characters lowercase to two)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def _occurrences(text: str, word: str, start: int, end: int) -> list[Span]:
    found = []
    i = text.find(word, start, end)
    while i != -1:
        j = i + len(word)
        if not (i > 0 and _word_char(text[i - 1])) and not (j < len(text) and _word_char(text[j])):
            found.append((i, j))
        i = text.find(word, j, end)
    return found


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "’'-_\u2010\u2011"


def _reports(lowered: str, facts: SentenceFacts, quote_spans: SpanIndex) -> bool:
    """A reporting cue outside the quotes of a sentence ('said', 'told', 'smiles', 'went on')."""
    if facts.cues:
        return True
    return any(
        start not in quote_spans
        for start, _ in cue_spans(lowered, facts.start, facts.end, QUOTE_WORDS, QUOTE_PHRASES)
    )


def _speaker_nearby(
    doc: Document, sentences: list[SentenceFacts], first: int, last: int, item: SpeechQuote, lowered: str,
    quote_spans: SpanIndex, earlier: list[SpeechQuote],
) -> bool:
    """Whether a sentence next to the quote names its speaker.

    Inside a paragraph, news copy runs one speaker's account: the sentence right before names the
    speaker with a reporting verb, by naming a person ('Smith was unrepentant. "…"', '"…," he
    said. "…"') or holds an attributed quote; or the sentence right after reports words. Only
    next door: a whole story set as one paragraph (as some feeds deliver it) would otherwise
    give every quote a speaker. A quote that opens its paragraph takes its speaker from the paragraph
    before only when that paragraph's last sentence reports someone's words without quoting them
    in full ('The coach said his side had been unlucky.', 'She told the BBC:'). A closed, full
    quote there does not carry over: a new quote paragraph names its own speaker, and a quoted
    paragraph after one that only narrates has no speaker at all.
    """
    block = item.quote.block
    j = first - 1
    # Step back over short quoted sentences that are no speech of their own ('"It was hard."').
    while j > 0 and first - j < 3 and sentences[j - 1].block == block and _only_short_quote(doc, sentences[j], earlier):
        j -= 1
    before = sentences[j] if j >= 0 else None
    after = sentences[last + 1] if last + 1 < len(sentences) else None
    in_before = [q for q in earlier[-3:] if before is not None and q.quote.start < before.end and before.start < q.quote.end]
    if before is not None and before.block == block and (
        any(q.attributed for q in in_before)  # 'He said: "…" "…"': one speaker's sentences
        or _reports(lowered, before, quote_spans)  # '"…," he said. "…"'
        or _names_someone(doc.text, before, quote_spans)  # 'Smith was unrepentant. "…"'
    ):
        return True
    if after is not None and after.block == block and _reports(lowered, after, quote_spans):
        return True  # '"…" He added that …'
    if before is None or before.block != block - 1 or doc.blocks[before.block].kind not in BODY_KINDS:
        return False
    if any(q.full and q.quote.closed and q.quote.end <= before.end for q in in_before):
        item.after_closed_quote = any(q.attributed for q in in_before)
        return False  # a new quote paragraph after a closed quote needs its own speaker
    if doc.text[before.start : before.end].rstrip().endswith(":") or _names_speaker(lowered, before, quote_spans):
        return True
    # The paragraph before reported the speaker's words a sentence earlier and its last sentence still
    # follows that person: 'Gervais admitted he was cautious about revealing who would take part. But
    # he has met with Stiller and Jackson …' ¶ '"I didn't want to start revealing names …"' (BBC: 4 of
    # 27). A quote in that paragraph is another voice's: the new quote then needs its own speaker.
    earlier_sentence = sentences[j - 1] if j >= 1 else None
    if (
        earlier_sentence is not None and earlier_sentence.block == before.block
        and not any(q.quote.block == before.block for q in earlier[-3:])
        and _names_speaker(lowered, earlier_sentence, quote_spans)
        and _FOLLOWS_PERSON_RE.search(doc.text, before.start, before.end) is not None
    ):
        return True
    return False


# A sentence still about a person: a personal pronoun or a titled name ("But he has met both actors",
# "Mr Raynsford dismissed a suggestion …"), not a role noun ("The four youngest victims range in age …").
_FOLLOWS_PERSON_RE = re.compile(
    r"(?<![\w-])(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof|Professor)\.?\s+[A-Z])(?![\w-])"
)


def _only_short_quote(doc: Document, facts: SentenceFacts, earlier: list[SpeechQuote]) -> bool:
    """A sentence that is one quote too short to be judged as speech: '"It was hard."'."""
    quote = doc.quote_at(facts.start)
    return (
        quote is not None
        and not doc.text[quote.end : facts.end].strip(" .,!?…\"”’'")
        and not any(q.quote.start == quote.start for q in earlier[-3:])
    )


def _names_speaker(lowered: str, facts: SentenceFacts, quote_spans: SpanIndex) -> bool:
    """A verb that reports a person's words, outside the quotes of the sentence, whose subject is
    not a document ('a report by the watchdog says' hands over to no speaker)."""
    for start, end in cue_spans(lowered, facts.start, facts.end, SPEAKER_WORDS, _NO_PHRASES):
        if start in quote_spans:
            continue
        near = lowered[max(facts.start, start - 40) : min(facts.end, end + 30)]
        if not DOCUMENT_WORDS_RE.search(near):
            return True
    return False


def _is_speech(text: str, block: Block, quote: Quote, words: list[str]) -> bool:
    if len(words) < 4:
        return False  # a scare quote or a nickname: "pragmatic", "Freddie"
    if _TITLE_BEFORE_RE.search(text, max(block.start, quote.start - 40), quote.start):
        return False  # the song "…", the policy "…"
    if _TITLE_AFTER_RE.match(text, quote.end, block.end):
        return False  # the "Make love not spam" campaign
    content = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    capitalized = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    # A title of a work or a policy's name ("The Taming of the Shrew," in US punctuation).
    return not (content and capitalized == len(content) and len(words) <= 12)


def _headline_like(doc: Document, block: Block, quote: Quote) -> bool:
    """A quote standing alone as the first line of a story with no headline and no closing full
    stop: a quoted headline ('"We will not back down on taxes"'), not speech."""
    return (
        doc.headline is None
        and block.index == next((b.index for b in doc.blocks if b.text.strip()), -1)
        and block.text.strip() == doc.text[quote.start : quote.end]
        and not doc.text[quote.inner[0] : quote.inner[1]].rstrip().endswith((".", "!", "?", "…"))
    )


def _broken_off(doc: Document, quote: Quote) -> bool:
    """An unclosed quote that no paragraph continues: a mis-split line or a typo, not speech
    whose attribution can be judged."""
    if quote.closed:
        return False
    following = doc.blocks[quote.block + 1].text.lstrip() if quote.block + 1 < len(doc.blocks) else ""
    return not following or following[0] not in "\"“'‘«"


def _starts_utterance(inner: str) -> bool:
    stripped = inner.lstrip(" .…'‘\"“([")
    return bool(stripped) and (stripped[0].isupper() or stripped[0].isdigit())


def _tagged_after(text: str, quote: Quote, sentence_end: int) -> bool:
    """'"…," smiles one broker.': a short tag after the quote closes the sentence."""
    tail = text[quote.end : sentence_end]
    return quote.closed and text[quote.end - 2 : quote.end - 1] in ",?!" and len(tail.split()) <= 5


def _lead_in(text: str, sentence_start: int, quote: Quote) -> Span | None:
    """The words from the sentence start to a quote that opens after a colon or dash."""
    lead = text[sentence_start : quote.start]
    if not _HANDOVER_RE.search(lead) or not (any(ch.isupper() for ch in lead) or lead.rstrip().endswith(":")):
        return None
    if len(WORD_RE.findall(lead)) > 25:
        return None
    return sentence_start, quote.start


def _names_expert_without_verb(lead: str) -> bool:
    return (
        "," in lead
        and EXPERT_WORDS_RE.search(lead) is not None
        and not cue_spans(lowercase(lead), 0, len(lead), CUE_WORDS, CUE_PHRASES)
    )


def _names_someone(text: str, facts: SentenceFacts, quote_spans: SpanIndex) -> bool:
    """A person outside the quotes of a sentence next to a quote: the speaker is there, only the
    verb is missing ('Smith was unrepentant. "…"')."""
    outside = []
    position = facts.start
    for start, end in quote_spans.overlapping(facts.start, facts.end):
        outside.append(text[position : max(position, start)])
        position = max(position, end)
    outside.append(text[position : facts.end])
    words = " ".join(outside)
    return _PERSON_RE.search(words) is not None or _TITLED_NAME_RE.search(words) is not None or _known_person(words)


# "Mr Leslie", "Sir Clive", "Dr Roe": a title before a capitalised word.
_TITLED_NAME_RE = re.compile(r"(?<![\w-])(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof|Professor|Rev)\.?\s+[A-Z]")
_CAPITALISED_RE = re.compile(r"[A-Z][\w’'-]+")


def _known_person(words: str) -> bool:
    """A census name that is no English word ('Kerr applauded the move', 'McAllister is brimming'),
    or a given name before a capitalised word ('Jane Roe'). Any capitalised word would do for a
    name only if it were not also a bill, a project or a club ('the Constitutional Reform Bill')."""
    tokens = _CAPITALISED_RE.findall(words)
    for i, token in enumerate(tokens):
        if token in _CALENDAR_WORDS:
            continue
        name = known_name(token)
        if name is None:
            continue
        if name.pure or (name.given and i + 1 < len(tokens) and re.search(re.escape(token) + r"\s+" + re.escape(tokens[i + 1]), words)):
            return True
    return False


def _share_along_chains(text: str, speech: list[SpeechQuote]) -> None:
    """Quotes with nothing but whitespace between them.

    A quote left open at the end of its paragraph goes on in the next (news style leaves the
    closing mark off): the chain is one quotation and shares its attribution, and only its first
    paragraph is judged. A closed quote right before an attributed one takes that one's speaker
    ('"…"' then '"…," said coach Maria Lopez'); a new quote after a closed one does not inherit it.
    """
    chain: list[SpeechQuote] = []
    for item in [*speech, None]:
        if item is not None and chain and not chain[-1].quote.closed and _adjacent(text, chain[-1], item):
            item.continues = True
            chain.append(item)
            continue
        if any(member.attributed for member in chain):
            for member in chain:
                member.attributed = True
        chain = [item] if item is not None else []
    for before, after in zip(speech, speech[1:]):
        if before.attributed and before.quote.block == after.quote.block and _adjacent(text, before, after):
            after.attributed = True  # '"…," he said: "…" "…"': one speaker's sentences in one paragraph
    for before, after in zip(speech, speech[1:]):
        if not before.attributed and not after.attributed and _adjacent(text, before, after):
            after.continues = True  # a run of quote paragraphs with no speaker: one finding, at its start


def _adjacent(text: str, before: SpeechQuote, after: SpeechQuote) -> bool:
    """Nothing but whitespace and stray punctuation between two quotes ('… did it". "…')."""
    return not text[before.quote.end : after.quote.start].strip(" \t\n\u00a0.,;")
