"""The phrases an article is optimised for, and how often the body repeats them.

SEO tools are told the focus keyphrase; a linter infers it. A key phrase is a
run of one to four content words that at least two of the article's
*channels* share: the headline (and the page title), the URL slug, the meta
description, the meta keywords (and any keyword list pasted into the copy),
and the subheadings. A phrase only the headline has is a *headline phrase*.

Matches are counted as Yoast counts them: a sentence matches as many times as
it contains every content word of the phrase, in any order and word form (the
least frequent one decides). The body is every block but the headline and the
keyword lists pasted into the copy (seo/keyword-list owns those).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import unquote, urlsplit

from newslint.analysis import shared
from newslint.analysis.content_words import TOKEN_RE, Word, fold, is_year, ngrams, runs, stem, words
from newslint.analysis.keyword_lists import keyword_lists
from newslint.analysis.metadata_fields import FIELD_KEYS, text_of
from newslint.document.model import Block, Document, Sentence

MAX_PHRASE_WORDS = 4
_SLUG_NOISE = re.compile(r"^(?:\d+|[a-f0-9]{8,}|index|amp|article|story|news)$", re.IGNORECASE)
_TITLE_KEYS = ("title", "og:title", "twitter:title", "headline")
_PROSE = ("paragraph", "blockquote", "list_item")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
# A line that stops on a word that needs more ("... agreed with Nippon life that").
_DANGLING = re.compile(r"\b(?:the|a|an|of|to|for|and|or|but|with|by|from|in|on|at|that|which|its|their|is|are|was|were)$", re.IGNORECASE)
_TWO_SENTENCES = re.compile(r"[a-z][.;]\s+[A-Z]")
_LOWERCASE_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’]*")
# Words title case leaves in lowercase.
_TITLE_CASE_MINOR = frozenset("a an the and but or nor for so yet of on in at to by up as via vs with from into over per".split())


@dataclass(frozen=True)
class KeyPhrase:
    keys: tuple[str, ...]
    #: The phrase as the article first writes it ("Beijing summit").
    text: str
    channels: frozenset[str]

    @property
    def length(self) -> int:
        return len(self.keys)

    @cached_property
    def stems(self) -> tuple[str, ...]:
        return tuple(stem(key) for key in self.keys)


@dataclass
class BodySentence:
    sentence: Sentence
    words: list[Word]  # content words, spans in doc.text

    kind: str = "paragraph"  # the kind of block the sentence is in

    @cached_property
    def counts(self) -> Counter[str]:
        """How often each word form (stem) occurs in the sentence."""
        return Counter(stem(w.key) for w in self.words)

    @cached_property
    def stems(self) -> list[str]:
        return [stem(w.key) for w in self.words]


@dataclass
class Keyphrases:
    """Key phrases of one document; the body is read only when a rule needs it."""

    doc: Document
    #: phrases shared by two channels or more, longest first
    phrases: list[KeyPhrase]
    #: two- to four-word phrases of the headline that no other channel confirms, longest first
    headline_phrases: list[KeyPhrase]
    #: every phrase of every channel, by its folded words
    all_phrases: dict[tuple[str, ...], KeyPhrase] = field(default_factory=dict)

    @cached_property
    def _body_tokens(self) -> Counter[str]:
        """Lowercase tokens of the body (everything but the headline), with their counts."""
        tokens = Counter(TOKEN_RE.findall(self.doc.text.lower()))
        if self.doc.headline is not None:
            tokens.subtract(TOKEN_RE.findall(self.doc.headline.text.lower()))
        return tokens

    def body_count(self, key: str) -> int:
        """How often the folded word ``key`` occurs in the body, in any of the forms that fold to it."""
        tokens = self._body_tokens
        forms = {key, key + "s", key + "'s", key + "’s", key + "s'", key + "s’", key + "es"}
        if key.endswith("y"):
            forms.add(key[:-1] + "ies")
        return sum(tokens[form] for form in forms if tokens[form] > 0 and fold(form) == key)

    @cached_property
    def body_words(self) -> int:
        headline = self.doc.headline
        if headline is None:
            return self.doc.word_count
        first = bisect.bisect_left(self.doc.words, headline.start, key=lambda span: span[0])
        after = bisect.bisect_left(self.doc.words, headline.end, key=lambda span: span[0])
        return self.doc.word_count - (after - first)

    @cached_property
    def sentences(self) -> list[BodySentence]:
        return _body_sentences(self.doc)

    @cached_property
    def proper_nouns(self) -> set[str]:
        """Folded words the prose treats as proper nouns."""
        return _proper_nouns(self.doc, self.sentences)

    def names_only(self, phrase: KeyPhrase) -> bool:
        """Every word is one of the article's proper nouns (or a number: "Euro 2004"): names recur naturally."""
        names = [key for key in phrase.keys if not key.isdigit()]
        return bool(names) and all(key in self.proper_nouns for key in names)

    def matches(self, phrase: KeyPhrase) -> list[tuple[BodySentence, int]]:
        """Body sentences that contain every content word of ``phrase``, with their match counts."""
        holding = self._holding
        result = []
        # only the sentences holding the phrase's rarest word: a scan of every sentence per phrase
        # was quadratic in a long article with many subheadings
        for i in min((holding.get(key, ()) for key in phrase.stems), key=len):
            body = self.sentences[i]
            count = min(body.counts.get(key, 0) for key in phrase.stems)
            if count:
                result.append((body, count))
        return result

    @cached_property
    def _holding(self) -> dict[str, list[int]]:
        """Word form (stem) -> indexes of the body sentences holding it, in order."""
        found: dict[str, list[int]] = {}
        for i, body in enumerate(self.sentences):
            for key in body.counts:
                found.setdefault(key, []).append(i)
        return found

    @cached_property
    def word_starts(self) -> list[int]:
        """Where each word of the document starts (doc.words), for bisection."""
        return [span[0] for span in self.doc.words]

    @cached_property
    def candidates(self) -> list[KeyPhrase]:
        """Phrases the article may be optimised for, longest first: two to four content words of the
        headline, page title, slug or a subheading, or of any two channels. A compound written as
        one word ("e-mail", "Wal-Mart") is a word, not a phrase."""
        found = [
            p for p in self.all_phrases.values()
            if p.length >= 2 and (p.channels & _CANDIDATE_CHANNELS or len(p.channels) >= 2) and not _one_token(p.text)
        ]
        return sorted(found, key=lambda p: -p.length)


_CANDIDATE_CHANNELS = frozenset({"title", "slug", "headings"})


def _one_token(text: str) -> bool:
    return not any(ch.isspace() for ch in text) and "." not in text


def keyphrases(doc: Document) -> Keyphrases:
    return shared(doc, "keyphrases", _compute)


def phrase_span(body: BodySentence, phrase: KeyPhrase) -> tuple[int, int]:
    """The shortest stretch of ``body`` that holds every word of ``phrase`` (its first match)."""
    return span_of(body.words, phrase.stems, stem) or (body.sentence.start, body.sentence.end)


def span_of(items: list[Word], keys: tuple[str, ...], form=lambda key: key) -> tuple[int, int] | None:
    """The shortest stretch of ``items`` that holds every one of ``keys``, or None.

    ``form`` maps a word's key to the form ``keys`` are written in (``stem`` for word forms)."""
    wanted = set(keys)
    best = None
    for i, word in enumerate(items):
        if form(word.key) not in wanted:
            continue
        seen = set()
        for later in items[i:]:
            if form(later.key) in wanted:
                seen.add(form(later.key))
            if seen == wanted:
                if best is None or later.end - word.start < best[1] - best[0]:
                    best = (word.start, later.end)
                break
    return best


@dataclass(frozen=True)
class Run:
    """Content words read together, and the text they come from (spans are offsets into it)."""

    words: list[Word]
    source: str
    offset: int = 0

    def text(self, i: int, j: int) -> str:
        return self.source[self.words[i].start - self.offset : self.words[j - 1].end - self.offset]


def _compute(doc: Document) -> Keyphrases:
    seen_in: dict[tuple[str, ...], set[str]] = {}
    first: dict[tuple[str, ...], tuple[Run, int, int]] = {}
    for channel, channel_runs in _channels(doc).items():
        for run in channel_runs:
            run_keys = tuple(w.key for w in run.words)
            for i, j in ngrams(run.words, MAX_PHRASE_WORDS):
                keys = run_keys[i:j]
                if j - i > 1 and len(set(keys)) < j - i:
                    continue
                seen_in.setdefault(keys, set()).add(channel)
                first.setdefault(keys, (run, i, j))  # the title channel comes first
    phrases = []
    headline_phrases = []
    every = {}
    for keys, where in seen_in.items():
        run, i, j = first[keys]
        phrase = every[keys] = KeyPhrase(keys, run.text(i, j), frozenset(where))
        if len(where) >= 2:
            phrases.append(phrase)
        elif where == {"title"} and len(keys) >= 2:
            headline_phrases.append(phrase)
    return Keyphrases(doc, _maximal(phrases), sorted(headline_phrases, key=lambda p: -p.length), every)


def _runs(text: str, offset: int = 0) -> list[Run]:
    return [Run(content, text, offset) for content in runs(text, offset)]


def _channels(doc: Document) -> dict[str, list[Run]]:
    """Runs of content words per channel; the title comes first, so phrases read as the headline writes them."""
    channels: dict[str, list[Run]] = {}
    if doc.headline is not None:
        channels["title"] = _runs(doc.headline.text, doc.headline.start)
    for text in _meta_titles(doc):
        channels.setdefault("title", []).extend(_runs(text))
    slug = _slug(doc)
    if slug:
        channels["slug"] = _runs(slug)
    for key in FIELD_KEYS["description"][:3]:
        value = doc.metadata.get(key)
        if value is not None and text_of(value.value):
            channels.setdefault("description", []).extend(_runs(text_of(value.value)))
    for key in FIELD_KEYS["keywords"]:
        value = doc.metadata.get(key)
        if value is not None:
            for entry in re.split(r"[,;|]", text_of(value.value)):
                channels.setdefault("keywords", []).extend(_runs(entry))
    for section in keyword_lists(doc):
        for start, end in section.entries:
            channels.setdefault("keywords", []).extend(_runs(doc.text[start:end], start))
    for block in doc.blocks:
        if is_subheading(doc, block):
            channels.setdefault("headings", []).extend(_runs(block.text, block.start))
    return channels


def is_subheading(doc: Document, block: Block) -> bool:
    """A heading that titles a section, not a short line that plain text could not tell from one.

    Plain text reads two kinds of short lines as headings: rows of the wire's tables
    ("Oper shr loss nine cts vs profit 12 cts": a subheading holds no figure but a
    year) and the lines of a hard-wrapped paragraph ("American Express said it had
    agreed with Nippon life that" / "American Express will hold ..."), which start in
    lowercase, end on a word that needs more, or are followed by a line that goes on
    in lowercase or with a number."""
    if block.kind != "heading" or _has_figure(block):
        return False
    text = block.text.rstrip()
    if text[:1].islower() or _DANGLING.search(text) or _TWO_SENTENCES.search(text):
        return False
    following = doc.blocks[block.index + 1] if block.index + 1 < len(doc.blocks) else None
    if following is None:
        return True
    # The title of a table ("LORD ABBETT BOND FUND" over "Qtly div 28 cts vs 29 cts prior") is not a section's.
    table_row = following.kind == "heading" and _has_figure(following)
    return not (table_row or following.text[:1].islower() or following.text[:1].isdigit())


def _has_figure(block: Block) -> bool:
    """A figure other than a year."""
    return any(not is_year(m.group()) for m in _FIGURE.finditer(block.text))


def _meta_titles(doc: Document) -> list[str]:
    headline = doc.headline.text if doc.headline is not None else None
    texts: list[str] = []
    for key in _TITLE_KEYS:
        value = doc.metadata.get(key)
        text = text_of(value.value) if value is not None else ""
        if text and text != headline and text not in texts:
            texts.append(text)
    return texts


def _slug(doc: Document) -> str:
    for key in FIELD_KEYS["url"]:
        value = doc.metadata.get(key)
        if value is None or not text_of(value.value):
            continue
        path = urlsplit(text_of(value.value)).path if "/" in text_of(value.value) else text_of(value.value)
        for segment in reversed([s for s in unquote(path).split("/") if s]):
            segment = re.sub(r"\.[a-z]{2,5}$", "", segment)
            parts = [p for p in re.split(r"[-_+\s]+", segment) if p and not _SLUG_NOISE.match(p)]
            if len(parts) >= 2:
                return " ".join(parts)
    return ""


def _maximal(phrases: list[KeyPhrase]) -> list[KeyPhrase]:
    """Drop phrases that a longer key phrase contains, unless more channels share the shorter one.

    "electric bikes" inside "cheap electric bikes" and "best electric bikes" is the real key
    phrase when the slug, title, description, keywords and headings all carry it.
    """
    phrases = sorted(phrases, key=lambda p: -p.length)
    kept: list[KeyPhrase] = []
    for phrase in phrases:
        containing = [longer for longer in kept if set(phrase.keys) < set(longer.keys)]
        if not containing or len(phrase.channels) > max(len(longer.channels) for longer in containing):
            kept.append(phrase)
    return kept


def _body_sentences(doc: Document) -> list[BodySentence]:
    headline = doc.headline.index if doc.headline is not None else -1
    lists = [(section.start, section.end) for section in keyword_lists(doc)]
    result = []
    for sentence in doc.sentences:
        if sentence.block == headline or any(start <= sentence.start < end for start, end in lists):
            continue
        content = [w for w in words(doc.text[sentence.start : sentence.end], sentence.start) if not w.is_function]
        result.append(BodySentence(sentence, content, doc.blocks[sentence.block].kind))
    return result


def _proper_nouns(doc: Document, body: list[BodySentence]) -> set[str]:
    """Folded words the article treats as names.

    A word is a name when running text (or a sentence-case heading) capitalises
    it mid-sentence more often than it writes it in lowercase. Title-case and
    all-caps lines capitalise every word, so they only count for words the
    article never writes in lowercase ("LORD ABBETT VALUE FUND" in a fund
    listing): "Key Outcomes of the Beijing Summit" does not make "summit" a name
    when the text says "the summit's".
    """
    in_prose: Counter[str] = Counter()
    anywhere: Counter[str] = Counter()
    lowercase: Counter[str] = Counter()
    for item in body:
        block = doc.blocks[item.sentence.block]
        prose = block.kind in _PROSE or (block.kind == "heading" and _sentence_case(block.text))
        for i, word in enumerate(item.words):
            if word.text[0].islower():
                lowercase[word.key] += 1
            elif word.text[0].isupper() and (word.start != item.sentence.start or _starts_name(doc.text, item.words, i)):
                anywhere[word.key] += 1
                if prose:
                    in_prose[word.key] += 1
    names = {key for key, count in in_prose.items() if count > lowercase.get(key, 0)}
    names.update(key for key, count in anywhere.items() if count >= 2 and key not in lowercase)
    return names


def _sentence_case(text: str) -> bool:
    """Text with a lowercase word that title case would capitalise ("Talks resume in Seoul")."""
    return any(m.group() not in _TITLE_CASE_MINOR for m in _LOWERCASE_WORD.finditer(text))


def _starts_name(text: str, items: list[Word], i: int) -> bool:
    """A capital at the start of a sentence counts when a capitalised word follows at once ("Lee Jae Myung said")."""
    if i + 1 >= len(items):
        return False
    following = items[i + 1]
    return following.text[0].isupper() and text[items[i].end : following.start] in (" ", "-", "\u2011", "\u2010")
