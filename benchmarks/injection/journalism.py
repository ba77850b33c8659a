"""Journalism injectors: attribution, sourcing, stuffing and leftovers put into clean news.

Every kind is generated from the *definition* of its problem (what makes a quote
unattributed, a figure unsourced, a page a content farm's), with wording composed
here from grammars (subjects x verbs x tenses x complements) and from the article
itself (its headline words, places, names, years). The phrase lists the rules use
are deliberately not read: the benchmark measures whether the rules generalise.

Vague-attribution quantifiers and hedging verbs come from the generic English
lexicons in ``../shared/corpus/lexicons/`` (MIT, read at run time, never copied).

Findings of these kinds are regions, so every injection has ``exact=False``: a
finding of one of the listed rules that overlaps a gold span is a hit.

Control kinds (name prefix ``control-``, family ``journalism-control``) put in
something *correct* that a careless rule would flag: there a finding of the
listed rules overlapping the gold span is a false positive, not a hit.
"""

from __future__ import annotations

import copy
import random
import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

from benchmarks.injection.base import Article, Block, Injection, Span, injector

LEXICONS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "lexicons"

# Which findings count for each kind. Ids that exist today, or a prefix where the
# rule that should catch the kind has no final id yet (the runner's author and
# the rules' authors align these).
RULES = {
    "quote": ("attribution/unattributed-quote",),
    "vague": ("attribution/vague-attribution",),
    "statistic": ("attribution/unattributed-statistic",),
    "expert": ("sourcing/unsourced-expert-opinion", "sourcing/unsourced-expert-quote"),
    "stuffing": ("seo/",),
    "keyword-list": ("seo/keyword-list",),
    "placeholder": ("artifact/placeholder",),
    "chatbot": ("artifact/chatbot-reply",),
    "reader-prompt": ("artifact/reader-prompt",),
    "template": ("artifact/template-section",),
    "boilerplate": ("artifact/",),          # credit footers, crawler headers and footers
    "wire-note": ("artifact/wire-note",),
    "glued-byline": ("artifact/", "structure/"),
    "headline-in-lead": ("structure/", "artifact/"),
    "author-mismatch": ("metadata/",),
    "entity": ("artifact/html-entity",),
    "mojibake": ("unicode/mojibake",),
    "table": ("structure/", "artifact/"),
}

# ---------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------

# Words that report speech or name a source: a neighbour holding one could attribute a quote or a figure.
_SOURCE_WORDS = re.compile(
    r"\b(?:sa(?:y|ys|id|ying)|t(?:old|ells?)|add(?:s|ed|ing)|expla(?:in|ins|ined)|argu(?:e|es|ed)|"
    r"insist(?:s|ed)?|warn(?:s|ed)?|claim(?:s|ed)?|stat(?:es|ed)|accord(?:ing)|ask(?:s|ed)|repl(?:y|ied|ies)|"
    r"continu(?:es|ed)|not(?:es|ed)|comment(?:s|ed)?|suggest(?:s|ed)?|announc(?:es|ed)|confirm(?:s|ed)?|"
    r"admit(?:s|ted)?|believ(?:es|ed)|report(?:s|ed)?|figures|data|survey|statistics|study|show(?:s|ed)?|"
    r"estimat(?:es|ed)|predict(?:s|ed)?|forecast(?:s)?|spokes\w*|source)\b",
    re.IGNORECASE,
)
_QUOTE_MARK = re.compile(r"[\"“”]")
# Words that report speech: a quote next to one may be that speaker's.
_SPEECH_WORDS = re.compile(
    r"\b(?:sa(?:y|ys|id|ying)|t(?:old|ells?)|add(?:s|ed|ing)|expla(?:in|ins|ined)|argu(?:e|es|ed)|insist(?:s|ed)?|"
    r"warn(?:s|ed)?|claim(?:s|ed)?|stat(?:es|ed)|according|ask(?:s|ed)|repl(?:y|ied|ies)|continu(?:es|ed)|"
    r"not(?:es|ed)|comment(?:s|ed)?|announc(?:es|ed)|admit(?:s|ted)?|spokes\w*|interview\w*|speech|statement|"
    r"acknowledg\w*|voic(?:es|ed)|urg(?:es|ed)|tip(?:s|ped)|believ(?:es|ed)|thinks?|thought|hop(?:es|ed)|"
    r"want(?:s|ed)|describ(?:es|ed)|call(?:s|ed)|criticis\w*|prais\w*|welcom\w*|accus\w*|predict\w*|"
    r"expect(?:s|ed)|reveal\w*|recall\w*|respond\w*|wr(?:ote|ites)|sp(?:oke|eaking)|conced\w*|remark\w*|"
    r"hint(?:s|ed)|vow(?:s|ed)|pledg\w*|promis\w*|blam\w*|deni\w*|den(?:y|ies)|reject\w*|condemn\w*)\b",
    re.IGNORECASE,
)
# Someone a reader could take for the speaker of a quote that follows: a pronoun, a titled or two-word name.
_POSSIBLE_SPEAKER = re.compile(
    r"(?i:\b(?:he|she|they|his|her|hers|him|their|them|we|our)\b)|\b(?:Mr|Mrs|Ms|Dr|Prof|Professor|Sir|Lord|Lady)\b|"
    r"\bI\b|(?<=[a-z,;:] )[A-Z][a-z]+(?: [A-Z][a-z'-]+)+"
)
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|No|Co|Inc|Ltd|Gen|Sen|Rep|Prof|vs|Jan|Feb|Aug|Sept|Oct|Nov|Dec)|\.[A-Za-z])$")
_STOPWORDS = frozenset(
    "a an the and or but of to in on at for with by from as is are was were be been has have had will would "
    "can could may might must shall should do does did not no its it it's his her their our your my this that "
    "these those who what which when where why how new over after before into out up down off than then so "
    "says say said set get gets make makes more most less very just also all any some us uk vs amid".split()
)
_MONTHS = ("January February March April May June July August September October November December").split()
_NOT_PLACES = frozenset(
    _MONTHS + "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An This That It He She They We "
    "Mr Mrs Ms Dr His Her Their Its But And In On At For January".split()
)


def _clone(article: Article) -> Article:
    return copy.deepcopy(article)


def _balanced(text: str) -> bool:
    """Whether no quotation is open at the end of ``text``."""
    return text.count('"') % 2 == 0 and text.count("“") <= text.count("”")


def sentence_starts(text: str) -> list[int]:
    """Offsets where a sentence starts outside any quotation (0 included)."""
    starts = [0]
    for match in re.finditer(r"[.!?][\"”’')]*(\s+)(?=[\"“‘(]?[A-Z0-9£$€])", text):
        before = text[: match.start()]
        if _ABBREVIATION.search(before) or not _balanced(text[: match.end(1)]):
            continue
        starts.append(match.end())
    return starts


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence, a quotation with its attribution counting as one."""
    starts = sentence_starts(text)
    spans = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        spans.append((start, len(text[:end].rstrip())))
    return spans


def _insert_sentence(text: str, sentence: str, at: int) -> tuple[str, int]:
    """Put ``sentence`` at sentence start ``at`` (``len(text)`` = after the last); return new text and its offset."""
    if at >= len(text):
        joined = text.rstrip()
        return f"{joined} {sentence}", len(joined) + 1
    return f"{text[:at]}{sentence} {text[at:]}", at


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z'’-]*", text)


def _paragraphs(article: Article) -> list[int]:
    return [i for i, b in enumerate(article.blocks) if b.kind == "paragraph" and len(b.text.split()) >= 8]


def _quiet(text: str) -> bool:
    """No quotation mark and no word that reports speech or names a source."""
    return not _QUOTE_MARK.search(text) and not _SOURCE_WORDS.search(text)


def _speechless(text: str) -> bool:
    """No quotation mark and no word that reports speech: nobody here could be a nearby quote's speaker."""
    return not _QUOTE_MARK.search(text) and not _SPEECH_WORDS.search(text)


# Capitalised openings that are not names: a sentence starting otherwise may start with its actor ('Hodgson failed …').
_PLAIN_OPENINGS = frozenset(
    "The A An In On At But And However This That These Those It There For With After Before Under Last Such Some "
    "Many Most Only Already By When While As If Since Despite Although Earlier Later Now Yet So Even Its Then "
    "Meanwhile About Around Over Nearly Almost More Fewer One Two Three Each Every No Other Both From Until".split()
)


def _nobody(text: str) -> bool:
    """Speechless, and naming no one a quote right after it could plainly continue (no pronoun, no person)."""
    first = re.match(r"\W*([A-Za-z]+)", text)
    if first and first.group(1)[0].isupper() and first.group(1) not in _PLAIN_OPENINGS:
        return False
    return _speechless(text) and not _POSSIBLE_SPEAKER.search(text)


def _article_years(article: Article) -> list[int]:
    text = " ".join(b.text for b in article.blocks)
    return [int(y) for y in re.findall(r"\b(19[5-9]\d|20[0-4]\d)\b", text)]


def _base_year(article: Article, rng: random.Random) -> int:
    years = _article_years(article)
    date = str(article.metadata.get("date", ""))[:4]
    if date.isdigit():
        years.append(int(date))
    return max(years) if years else rng.randint(2019, 2026)


def _places(article: Article) -> list[str]:
    """Capitalised names after 'in', 'at', 'from', 'across': the story's places (and some organisations)."""
    text = " . ".join(b.text for b in article.blocks)
    found = []
    for match in re.finditer(r"(?<![-\w])(?:in|across|near|around)\s+((?:[A-Z][a-z]{2,})(?:\s[A-Z][a-z]{2,})?)\b(?!['’-])", text):
        name = match.group(1)
        if not any(w in _NOT_PLACES for w in name.split()) and name not in found:
            found.append(name)
    return found


_UNIVERSITY_TOWNS = ("Durham", "Exeter", "Stirling", "Warwick", "Lancaster", "Cardiff", "Galway", "Utrecht", "Leiden",
                     "Uppsala", "Bologna", "Toronto", "Adelaide", "Otago", "Kent", "Sussex", "Essex", "York")
_FALLBACK_PLACES = ("Leeds", "Swansea", "Norwich", "Belfast", "Dundee", "Plymouth", "Derby", "Aberdeen", "Bristol")


def _place(article: Article, rng: random.Random) -> str:
    places = _places(article)
    return rng.choice(places) if places else rng.choice(_FALLBACK_PLACES)


def _names(article: Article) -> list[str]:
    """Runs of two or three capitalised words, not at a sentence start, named twice: the story's people and bodies."""
    counts: dict[str, int] = {}
    for block in article.blocks:
        for match in re.finditer(r"(?<=[a-z,] )((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+)\b(?![-'’])", block.text):
            name = match.group(1)
            if name.split()[0] not in _NOT_PLACES:
                counts[name] = counts.get(name, 0) + 1
    return [name for name, count in counts.items() if count >= 2]


def _body_case(word: str, body: str) -> str:
    """``word`` as the body writes it: lowercase when the body uses it in lowercase more than capitalised."""
    if word.isupper() or any(c.isupper() for c in word[1:]):
        return word
    lower = len(re.findall(rf"\b{re.escape(word.lower())}\b", body))
    upper = len(re.findall(rf"(?<=[a-z,] ){re.escape(word[:1].upper() + word[1:])}\b", body))
    return word.lower() if lower > upper else word[:1].upper() + word[1:]


def key_phrase(title: str, rng: random.Random, longest: int = 4, body: str = "") -> Optional[str]:
    """A run of 2-4 content words of the headline, each cased as the body writes it."""
    tokens = re.findall(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|\d+", title)
    runs, run = [], []
    for token in tokens + [""]:
        if token and token.lower() not in _STOPWORDS and len(token) > 1:
            run.append(token)
        else:
            if len(run) >= 2:
                runs.append(run)
            run = []
    if not runs:
        return None
    run = rng.choice(runs)
    size = rng.randint(2, min(longest, len(run)))
    start = rng.randint(0, len(run) - size)
    return " ".join(_body_case(w, body) for w in run[start : start + size])


def _body(article: Article) -> str:
    return " ".join(b.text for b in article.blocks)


# After a noun (not an adjective): punctuation, or a verb or preposition ('the hotel is', 'the tour of').
_NOUN_END = (r"(?:[.,;:]| (?:of|is|was|has|had|will|would|in|to|and|for|on|at|that|which|with|are|were|have|"
             r"could|can|said|says|by|from|may|must|should)\b)")


def _topic(article: Article, rng: random.Random) -> str:
    """A noun phrase for the story's subject: a headline word the body uses after 'the' (so a noun), maybe with
    the headline word before it when the body writes the pair too ('the post-Enron rules')."""
    body = _body(article)
    tokens = re.findall(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]", re.sub(r"\d+|\w+['’]s?\b", " , ", article.title))
    phrases = []
    for i, token in enumerate(tokens):
        word = token.lower()
        if word in _STOPWORDS or not re.search(rf"\b(?:the|its|their|this) {re.escape(word)}{_NOUN_END}", body):
            continue
        previous = tokens[i - 1] if i else ""
        pair = f"{_body_case(previous, body)} {word}"
        if previous and previous.lower() not in _STOPWORDS and re.search(rf"\bthe {re.escape(pair)}\b", body):
            phrases.append(pair)
        phrases.append(word)
    if phrases:
        return f"the {rng.choice(phrases)}"
    return rng.choice(("the plan", "the decision", "the move", "the changes", "the proposal", "the deal"))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _title(text: str) -> str:
    return " ".join(w if w.isupper() or w[:1].isupper() else w.capitalize() for w in text.split())


def _inject(kind: str, article: Article, gold: list[Span], rules: tuple[str, ...], note: str) -> Injection:
    return Injection(kind=kind, article=article, gold=gold, rules=rules, exact=False, note=note)


def _insert_block(article: Article, index: int, block: Block) -> Span:
    article.blocks.insert(index, block)
    return Span(index, 0, len(block.text))


def _boundaries_between(article: Article, quiet: bool = False) -> list[int]:
    """Indexes where a new block can go between two paragraphs (optionally two that quote nobody and report no speech)."""
    blocks = article.blocks
    result = []
    for i in range(1, len(blocks)):
        before, after = blocks[i - 1], blocks[i]
        if before.kind != "paragraph" or after.kind != "paragraph":
            continue
        if not _balanced(before.text):
            continue
        # quoting nobody: no quotation mark in either; the sentences next to the gap name no speaker
        if quiet and not (_QUOTE_MARK.search(before.text) is None and _QUOTE_MARK.search(after.text) is None
                          and _nobody(_last_sentence(before.text)) and _speechless(_first_sentence(after.text))):
            continue
        result.append(i)
    return result


# ---------------------------------------------------------------------------
# Lexicons (generic English lists, read at run time)
# ---------------------------------------------------------------------------


@lru_cache(maxsize=None)
def _lexicon(name: str) -> frozenset[str]:
    path = LEXICONS / name
    if not path.exists():
        return frozenset()
    return frozenset(line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def _all_lexicon_words() -> frozenset[str]:
    return _lexicon("weasels.txt") | _lexicon("hedges.txt") | _lexicon("weasel_words_write-good.txt")


# Which weasel/hedge entries can stand before a plural noun, and how they are written there.
_DETERMINER_FORMS = {"many": "many", "some": "some", "several": "several", "various": "various",
                     "most": "most", "few": "a few", "a lot": "a lot of",
                     "are a number": "a number of", "is a number": "a number of"}


def _quantifiers() -> list[str]:
    words = _all_lexicon_words()
    found = sorted({form for entry, form in _DETERMINER_FORMS.items() if form and entry in words})
    return found or ["many", "some", "several"]


# Verb lemmas with their forms: (3rd person singular, past, participle). Kept when the lexicons list any form
# of the verb as a hedge, plus reporting verbs that make a claim an opinion of the group.
_VERBS = {
    "believe": ("believes", "believed", "believed"), "think": ("thinks", "thought", "thought"),
    "suggest": ("suggests", "suggested", "suggested"), "say": ("says", "said", "said"),
    "assume": ("assumes", "assumed", "assumed"), "speculate": ("speculates", "speculated", "speculated"),
    "estimate": ("estimates", "estimated", "estimated"), "allege": ("alleges", "alleged", "alleged"),
    "suppose": ("supposes", "supposed", "supposed"), "consider": ("considers", "considered", "considered"),
    "feel": ("feels", "felt", "felt"), "understand": ("understands", "understood", "understood"),
}
_REPORTING = {
    "argue": ("argues", "argued", "argued"), "claim": ("claims", "claimed", "claimed"),
    "warn": ("warns", "warned", "warned"), "fear": ("fears", "feared", "feared"),
    "insist": ("insists", "insisted", "insisted"), "contend": ("contends", "contended", "contended"),
    "point out": ("points out", "pointed out", "pointed out"), "maintain": ("maintains", "maintained", "maintained"),
}


def _attribution_verbs() -> dict[str, tuple[str, str, str]]:
    words = _all_lexicon_words()
    verbs = {lemma: forms for lemma, forms in _VERBS.items() if lemma in words or any(f in words for f in forms)}
    verbs.pop("understand", None)  # "it is understood" is the reporter's own sourcing convention, not vagueness
    verbs.pop("consider", None)    # "X is considered" reads as a description more often than an attribution
    verbs.pop("suppose", None)     # "critics suppose" is not English a reporter writes
    verbs.update(_REPORTING)
    return verbs


# ---------------------------------------------------------------------------
# Composed material: speech, claims, people
# ---------------------------------------------------------------------------

_FIRST_NAMES = ("Laura", "Samuel", "Priya", "Tomasz", "Aisha", "Gareth", "Mei", "Olusegun", "Ingrid", "Rafael",
                "Niamh", "Kwame", "Sofia", "Hamish", "Yuki", "Dev", "Camille", "Marek", "Fatima", "Callum",
                "Anneke", "Joaquin", "Shreya", "Eilidh", "Bogdan", "Leticia", "Owain", "Hye-jin")
_SURNAMES = ("Fairbairn", "Okonkwo", "Lindqvist", "Moreau", "Castellano", "Brennan", "Nakamura", "Achterberg",
             "Patel", "Kowalczyk", "Haddad", "MacLeod", "Oyelaran", "Vasquez", "Thorsen", "Chaudhry", "Whitlock",
             "Delacroix", "Ferreira", "Abernethy", "Szabo", "Kimura", "Rourke", "Mbeki-Lane", "Sandoval")
_FIELDS = ("economics", "public health", "transport policy", "criminology", "climate science", "political science",
           "data privacy", "labour markets", "urban planning", "energy policy", "consumer behaviour",
           "international trade", "media studies", "housing policy", "sports science", "cyber security")
_INSTITUTIONS = ("University of {place}", "{place} Business School", "the {place} Institute of Technology",
                 "the Centre for {Field} Research", "{place} Metropolitan University", "the Institute for {Field}",
                 "King's College {place}", "the {Field} Research Unit at {place}")
_EXPERT_TITLES = frozenset(("Economist", "Epidemiologist", "Criminologist", "Climate", "Political", "Labour", "Planning",
                            "Energy", "Trade", "Sports", "Security", "Data", "Transport", "Urban", "Consumer",
                            "International", "Media", "Housing", "Cyber", "Public"))
_EXPERT_NOUNS = {"economics": "economist", "public health": "epidemiologist", "criminology": "criminologist",
                 "climate science": "climate scientist", "political science": "political scientist",
                 "labour markets": "labour economist", "urban planning": "planning expert",
                 "energy policy": "energy analyst", "international trade": "trade economist",
                 "sports science": "sports scientist", "cyber security": "security researcher"}


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST_NAMES)} {rng.choice(_SURNAMES)}"


def _institution(rng: random.Random, place: str, field: str) -> str:
    return rng.choice(_INSTITUTIONS).format(place=place, Field=_title(field))


_AGENT_PREDICATES = ("has lost touch with ordinary people", "is making a serious mistake", "has handled this badly",
                     "will have to back down", "underestimated the opposition", "has more to explain",
                     "was right all along", "is running out of options")


_PLURAL_VERBS = {"is": "are", "has": "have", "was": "were", "risks": "risk", "deserves": "deserve", "marks": "mark"}


def _plural(subject: str) -> bool:
    """Whether a noun phrase's head is plural ('visitor numbers', 'the rules'; not 'the number of pupils')."""
    head = subject.split(" of ")[0].split()[-1].lower()
    return bool(re.search(r"[^siu]s$", head))


def _agree(subject: str, predicate: str) -> str:
    """``predicate`` in the plural when ``subject`` ends in a plural noun ('the rules are')."""
    if not _plural(subject):
        return predicate
    verb, _, rest = predicate.partition(" ")
    return f"{_PLURAL_VERBS.get(verb, verb)} {rest}".strip()


def _claim(article: Article, rng: random.Random) -> str:
    """A contestable clause about the story's subject (no source, no quotation)."""
    names = _names(article)
    if names and rng.random() < 0.3:
        name = rng.choice(names)
        the = "the " if re.search(rf"\bthe {re.escape(name)}", _body(article)) else ""
        return f"{the}{name} {_agree(name, rng.choice(_AGENT_PREDICATES))}"
    subject = _topic(article, rng)
    predicate = rng.choice((
        "will do little to change things", "could backfire within a year", "has been badly mishandled",
        "is long overdue", "will cost far more than anyone admits", "was never going to work",
        "marks a turning point", "is being rushed through", "has gone too far", "is a mistake",
        "will hit the poorest hardest", "risks undermining public trust", "deserves more credit than it gets",
        "is only the beginning", "was driven by politics rather than evidence", "may soon be reversed",
    ))
    return f"{subject} {_agree(subject, predicate)}"


def _speech(article: Article, rng: random.Random) -> str:
    """One or two sentences a person might say, first person, about the story (no quotation marks)."""
    topic = _topic(article, rng)
    openers = (
        f"We must somehow keep {topic} alive", f"I never expected {topic} to move this fast",
        f"Nobody here wanted {topic}, but we have to live with it", f"We have been working towards this for years",
        f"This is not what people were promised", f"I think we can be proud of what has been done",
        f"Our members are worried about {topic}", f"It has been a very difficult few months for everyone",
        f"We are not going to give up on {topic}", f"Frankly, I am disappointed",
        f"There is still a lot of work to do", f"People deserve a straight answer about {topic}",
        f"You cannot run a business like this", f"We will keep pushing until something changes",
    )
    seconds = (
        "That is the reality.", "We owe it to the people who depend on us.", "It is as simple as that.",
        "Nobody should be surprised.", "We will see what happens next.", "I hope others will follow.",
        "It is time to move on.", "That has to change.", "The next few weeks will be crucial.", "",
    )
    first = f"{_cap(rng.choice(openers))}{rng.choice(('.', '.', '!', '.'))}"
    second = rng.choice(seconds)
    return f"{first} {second}".strip()


def _quote_marks(rng: random.Random) -> tuple[str, str]:
    return ('"', '"') if rng.random() < 0.75 else ("“", "”")


# ===========================================================================
# Quotes with no speaker
# ===========================================================================

_REPORTING_VERB = (r"(?:said|says|added|adds|told|tells|explained|explains|warned|warns|insisted|argued|"
                   r"continued|stated|noted|claimed|admitted|conceded|remarked|recalled|replied|suggested|"
                   r"commented|acknowledged|observed|declared|went on)")
# '"…," he said.'  /  '"…," said Mr Smith, "…'  : the attribution after a closed quote.
_ATTRIBUTION_AFTER = re.compile(
    r"(?P<close>[,.?!])(?P<q>[\"”])(?P<attr>,?\s+[^\"“”.:;]{0,70}?\b" + _REPORTING_VERB
    + r"\b[^\"“”.:;]{0,60}?)(?P<end>\.(?=\s|$)|,\s+[\"“])"
)
# 'Mr Smith said: "…'  : the attribution before a quote.
_ATTRIBUTION_BEFORE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<attr>[A-Z][^\"“”.:;]{0,70}?\b" + _REPORTING_VERB + r"\b[^\"“”.:;]{0,30}?):\s+(?=[\"“])"
)


def _last_sentence(text: str) -> str:
    start, end = sentences(text)[-1] if text else (0, 0)
    return text[start:end]


def _first_sentence(text: str) -> str:
    start, end = sentences(text)[0] if text else (0, 0)
    return text[start:end]


def _neighbours_quiet(article: Article, index: int, start: int, end: int, attribution: str = "") -> bool:
    """Whether the sentences just before and after [start, end) in block ``index`` attribute nothing.

    The sentence before may name people when the cut attribution named its speaker and the sentence before
    names neither that speaker nor anyone by pronoun; after a pronoun attribution ('he said') it may name nobody.
    """
    blocks = article.blocks
    text = blocks[index].text
    spans = sentences(text)
    before = [s for s in spans if s[1] <= start]
    after = [s for s in spans if s[0] >= end]
    if before:
        previous = text[before[-1][0] : before[-1][1]]
    else:
        previous = _last_sentence(blocks[index - 1].text) if index > 0 else ""
    if after:
        following = text[after[0][0] : after[0][1]]
    else:
        following = _first_sentence(blocks[index + 1].text) if index + 1 < len(blocks) else ""
    # another speakerless quotation after it does not name a speaker either
    if _SPEECH_WORDS.search(following):
        return False
    if _nobody(previous):
        return True
    speaker = [w for w in re.findall(r"[A-Za-z][\w'-]+", attribution)
               if w[0].isupper() or w.lower() in _SPEAKER_NOUNS]
    if not speaker or not _speechless(previous) or _PRONOUN.search(previous):
        return False
    return not any(re.search(rf"\b{re.escape(w)}\b", previous, re.IGNORECASE) for w in speaker)


_PRONOUN = re.compile(r"\b(?:he|she|they|his|her|hers|him|their|them|we|our|I)\b", re.IGNORECASE)
# Nouns that name a speaker in an attribution ('a spokesman said', 'the ministry said').
_SPEAKER_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson ministry government council police company firm club union department "
    "minister official officials statement coach manager chairman director chief executive president boss "
    "agency commission court report group party".split()
)


def _strip_after(text: str, match: re.Match) -> tuple[str, int, int]:
    """Text without the attribution clause of ``match``, and the quote's new (start, end)."""
    opening = max(text.rfind('"', 0, match.start()), text.rfind("“", 0, match.start()))
    close = "." if match["close"] == "," and match["end"] == "." else match["close"]
    if match["end"] == ".":
        new = text[: match.start()] + close + match["q"] + text[match.end():]
        return new, opening, match.start() + 2
    # '"A," said X, "b…' -> '"A, b…': the two halves become one quotation.
    new = text[: match.start()] + match["close"] + " " + text[match.end():]
    tail = new.find(match["q"], match.start() + 2)
    tail = tail if tail >= 0 else len(new) - 1
    return new, opening, tail + 1


@injector("quote-speaker-stripped", family="journalism")
def quote_speaker_stripped(article: Article, rng: random.Random) -> Optional[Injection]:
    """A quotation whose attribution clause was cut ('"…," she said.' -> '"…."'): nobody speaks."""
    candidates = []
    for index in _paragraphs(article):
        text = article.blocks[index].text
        for start, end in sentences(text):
            sentence = text[start:end]
            if sentence[:1] in '"“':
                match = _ATTRIBUTION_AFTER.search(sentence)
                if match and len(match["attr"].split()) <= 12 and not _QUOTE_MARK.search(sentence[1 : match.start()]):
                    candidates.append((index, start, end, "after", match))
            match = _ATTRIBUTION_BEFORE.match(sentence)
            if match and len(match["attr"].split()) <= 9:
                candidates.append((index, start, end, "before", match))
    rng.shuffle(candidates)
    for index, start, end, where, match in candidates:
        text = article.blocks[index].text
        sentence = text[start:end]
        if where == "after":
            new_sentence, q_start, q_end = _strip_after(sentence, match)
            if not new_sentence.startswith(('"', "“")):
                continue
        else:
            new_sentence = sentence[match.end():]
            q_start, q_end = 0, len(new_sentence)
            # the quotation ends at its closing mark
            closing = max(new_sentence.rfind('"'), new_sentence.rfind("”"))
            if closing <= 0:
                continue
            q_end = closing + 1
        if _SOURCE_WORDS.search(new_sentence[q_end:]) or re.search(r"\b(?:he|she|they)\b", new_sentence[q_end:]):
            continue
        new_text = text[:start] + new_sentence + text[end:]
        result = _clone(article)
        result.blocks[index].text = new_text
        if not _neighbours_quiet(result, index, start + q_start, start + q_end, match["attr"]):
            continue
        return _inject("quote-speaker-stripped", result, [Span(index, start + q_start, start + q_end)],
                       RULES["quote"], f"attribution {match['attr'].strip()!r} removed")
    return None


@injector("quote-between-unquoting", family="journalism")
def quote_between_unquoting(article: Article, rng: random.Random) -> Optional[Injection]:
    """A paragraph that is only a quotation, between two paragraphs that quote nobody and report no speech.

    Where no two such paragraphs meet, a long paragraph free of speech is split in two around the quote.
    """
    places: list[tuple[int, Optional[int]]] = [(i, None) for i in _boundaries_between(article, quiet=True)]
    for index in _paragraphs(article):
        text = article.blocks[index].text
        if _QUOTE_MARK.search(text):
            continue
        for start, _ in sentences(text)[2:-1]:  # at least two sentences on each side
            if not _speechless(_first_sentence(text[start:])):
                continue
            if _nobody(_last_sentence(text[:start].rstrip())):
                places.append((index, start))
    if not places:
        return None
    index, split = rng.choice(places)
    open_mark, close_mark = _quote_marks(rng)
    quote = f"{open_mark}{_speech(article, rng)}{close_mark}"
    result = _clone(article)
    if split is not None:
        text = result.blocks[index].text
        result.blocks[index].text = text[:split].rstrip()
        result.blocks.insert(index + 1, Block("paragraph", text[split:]))
        index += 1
    span = _insert_block(result, index, Block("paragraph", quote))
    return _inject("quote-between-unquoting", result, [span], RULES["quote"],
                   f"quote paragraph {quote!r}{' (paragraph split)' if split is not None else ''}")


_CLOSED_ATTRIBUTED = re.compile(
    r"[\"”],?\s+(?:[^\"“”]{0,60}?\b" + _REPORTING_VERB + r"\b[^\"“”]{0,60}?|" + _REPORTING_VERB
    + r"\s+[^\"“”]{0,60}?)[.]$"
)


@injector("quote-after-closed-attributed", family="journalism")
def quote_after_closed_attributed(article: Article, rng: random.Random) -> Optional[Injection]:
    """A new quote paragraph right after a quotation that closed with its speaker: it needs its own.

    When the attributed quotation is not the paragraph's last sentence, the paragraph is split after it
    and the rest follows the new quote (its first sentence reporting no speech, so it cannot claim it).
    """
    places = []
    for index in _paragraphs(article):
        text = article.blocks[index].text
        spans = sentences(text)
        for i, (start, end) in enumerate(spans):
            sentence = text[start:end]
            if not (sentence[:1] in '"“' and _CLOSED_ATTRIBUTED.search(sentence)):
                continue
            if i + 1 < len(spans):
                rest = text[spans[i + 1][0]:]
            else:
                following = article.blocks[index + 1] if index + 1 < len(article.blocks) else None
                rest = following.text if following is not None and following.kind == "paragraph" else ""
            if _speechless(_first_sentence(rest)) if rest else True:
                places.append((index, end, i + 1 < len(spans)))
    if not places:
        return None
    index, end, split = rng.choice(places)
    open_mark, close_mark = _quote_marks(rng)
    quote = f"{open_mark}{_speech(article, rng)}{close_mark}"
    result = _clone(article)
    text = result.blocks[index].text
    if split:
        result.blocks[index].text = text[:end]
        result.blocks.insert(index + 1, Block("paragraph", text[end:].lstrip()))
    span = _insert_block(result, index + 1, Block("paragraph", quote))
    return _inject("quote-after-closed-attributed", result, [span], RULES["quote"],
                   f"speakerless quote after an attributed one{' (paragraph split)' if split else ''}: {quote!r}")


@injector("control-open-multiparagraph-quote", family="journalism-control")
def control_open_multiparagraph_quote(article: Article, rng: random.Random) -> Optional[Injection]:
    """CONTROL: a named speaker's quote running over paragraphs, left open at each paragraph end as style wants.

    A finding of attribution/unattributed-quote overlapping the gold is a false positive.
    """
    places = _boundaries_between(article)
    if not places:
        return None
    index = rng.choice(places)
    place = _place(article, rng)
    field = rng.choice(_FIELDS)
    speaker = _person(rng)
    role = rng.choice((f"who chairs the {place} residents' association", f"a spokeswoman for the {place} council",
                       f"head of {field} at {_institution(rng, place, field)}", "the group's chief executive",
                       f"a shop owner in {place}", f"the union's regional organiser"))
    o, c = _quote_marks(rng)
    first, second = _speech(article, rng), _speech(article, rng)
    third = _speech(article, rng)
    paragraphs = []
    if rng.random() < 0.5:
        lead = f"{speaker}, {role}, said: "
        paragraphs.append((lead, f"{o}{first}"))
    else:
        head, _, rest = first.partition(". ")
        head = head.rstrip(".!")
        lead_quote = f"{o}{head},{c} said {speaker}, {role}. {o}{rest or 'That is the reality.'}"
        paragraphs.append(("", lead_quote))
    paragraphs.append(("", f"{o}{second}"))
    if rng.random() < 0.5:
        paragraphs.append(("", f"{o}{third}{c}"))
    else:
        paragraphs[-1] = ("", f"{o}{second}{c}")
    result = _clone(article)
    gold = []
    for offset, (lead, quote) in enumerate(paragraphs):
        result.blocks.insert(index + offset, Block("paragraph", lead + quote))
        gold.append(Span(index + offset, len(lead), len(lead) + len(quote)))
    return _inject("control-open-multiparagraph-quote", result, gold, RULES["quote"],
                   f"legitimately open quote by {speaker} over {len(paragraphs)} paragraphs (control)")


# ===========================================================================
# Vague attribution
# ===========================================================================

_GROUPS = ("experts", "observers", "critics", "analysts", "residents", "commentators", "insiders", "campaigners",
           "economists", "people", "industry watchers", "scientists", "voters", "parents", "local people",
           "business leaders", "opponents", "supporters", "historians", "researchers", "fans", "officials")
_ADVERBS = ("widely", "generally", "often", "commonly", "increasingly", "now", "")


_PROGRESSIVE = {"warn": "warning", "claim": "claiming", "argue": "arguing", "suggest": "suggesting",
                "speculate": "speculating", "say": "saying", "point out": "pointing out"}


_STATIVE = frozenset(("believe", "think", "feel", "assume", "fear"))  # "have believed" is not how anyone writes


def _vague_sentence(article: Article, rng: random.Random) -> str:
    verbs = _attribution_verbs()
    lemma = rng.choice(sorted(verbs))
    _, past, participle = verbs[lemma]
    claim = _claim(article, rng)
    group = rng.choice(_GROUPS)
    quantifier = rng.choice(_quantifiers() + [""])
    subject = f"{quantifier} {group}".strip()
    that = rng.choice(("that ", "", "that "))
    form = rng.randrange(11)
    if form == 0:
        return f"{_cap(subject)} {lemma} {that}{claim}."
    if form == 1:
        return f"{_cap(subject)} {past} {that}{claim}."
    if form == 2 and lemma not in _STATIVE:
        return f"{_cap(subject)} have {participle} {that}{claim}."
    if form == 9:
        return f"{_cap(subject)} in {_place(article, rng)} {lemma} {that}{claim}."
    if form == 10 and lemma in ("say", "argue", "claim", "suggest", "contend", "insist", "point out", "maintain"):
        return f"{rng.choice(('Some', 'Many', 'Others'))} {rng.choice(('would', 'will', 'might'))} {lemma} that {claim}."
    if form == 3 and lemma in _PROGRESSIVE:
        return f"{_cap(subject)} are {_PROGRESSIVE[lemma]} {that}{claim}."
    if form == 4 and lemma not in ("point out", "feel", "insist", "warn"):
        adverb = rng.choice(_ADVERBS)
        tense = rng.choice(("is", "was", "has been", "had been", "is", "has long been"))
        return f"It {tense} {adverb + ' ' if adverb else ''}{participle} that {claim}."
    if form == 5:
        return f"{_cap(subject)} would {lemma} that {claim}."
    if form == 6:
        return f"According to {subject}, {claim}."
    if form == 7:
        return f"There are those who {lemma} {claim}."
    return f"{_cap(claim)}, {rng.choice(('some', 'many', 'several'))} {group} {rng.choice((lemma, past))}."


@injector("vague-attribution", family="journalism")
def vague_attribution(article: Article, rng: random.Random) -> Optional[Injection]:
    """A claim credited to an unnamed group, as a new sentence: often right after a 'said' sentence or near a source."""
    spots = []   # (block, sentence start, weight label)
    for index in _paragraphs(article):
        text = article.blocks[index].text
        spans = sentences(text)
        for i, (start, end) in enumerate(spans):
            after = spans[i + 1][0] if i + 1 < len(spans) else len(text)
            label = "after-said" if re.search(r"\bsaid\b", text[start:end]) else "plain"
            spots.append((index, after, label))
    if not spots:
        return None
    said = [s for s in spots if s[2] == "after-said"]
    index, at, label = rng.choice(said) if said and rng.random() < 0.5 else rng.choice(spots)
    sentence = _vague_sentence(article, rng)
    result = _clone(article)
    new_text, offset = _insert_sentence(result.blocks[index].text, sentence, at)
    result.blocks[index].text = new_text
    return _inject("vague-attribution", result, [Span(index, offset, offset + len(sentence))], RULES["vague"],
                   f"{label}: {sentence!r}")


# ===========================================================================
# Unsourced figures
# ===========================================================================

_METRICS = ("jobless rate", "unemployment rate", "inflation rate", "crime rate", "vacancy rate", "obesity rate",
            "school absence rate", "homelessness rate", "youth unemployment rate", "bus use", "fuel poverty rate")
_GROUP_NOUNS = ("households", "small firms", "young people", "pensioners", "renters", "commuters", "pupils",
                "nurses", "first-time buyers", "shops on the high street", "drivers", "adults")
_GROUP_VERBS = ("now struggle to pay their bills", "have cut back on spending", "rely on food banks",
                "work more than one job", "have considered moving away", "no longer use cash",
                "were affected by the changes", "live below the poverty line", "miss at least one payment a year")
_TIMES = ("last year", "in {year}", "in the year to March", "in the first half of {year}", "in the last quarter",
          "between {early} and {year}", "in the twelve months to June")


def _percent(rng: random.Random, low: float = 2.0, high: float = 40.0) -> str:
    value = rng.uniform(low, high)
    number = f"{value:.1f}" if rng.random() < 0.6 else str(round(value))
    return number + rng.choice(("%", "%", " per cent", " percent"))


def _money(rng: random.Random) -> str:
    currency = rng.choice(("£", "$", "€"))
    if rng.random() < 0.5:
        return f"{currency}{rng.uniform(1.1, 9.9):.1f}{rng.choice(('bn', 'm', ' billion', ' million'))}"
    return f"{currency}{rng.randint(12, 950)}{rng.choice(('m', ' million', 'm'))}"


def _count(rng: random.Random) -> str:
    return rng.choice((f"{rng.randint(1200, 98000):,}", f"{rng.randint(2, 40)} million", f"about {rng.randint(3, 900)}",
                       f"more than {rng.randint(2, 9)},000", f"nearly {rng.randint(11, 99)},000"))


_SHARES = ("one in five", "one in three", "two in five", "one in ten", "a third", "nearly half", "three-quarters",
           "two-thirds", "a quarter", "almost a fifth")


def _time(rng: random.Random, year: int) -> str:
    return rng.choice(_TIMES).format(year=year, early=year - rng.randint(3, 12))


_ORGANISATION_HEADS = frozenset(
    "Group Bank Council Corporation Airlines Airways Motors Holdings Industries Union Association Club Committee "
    "Commission Department Agency Service Network Company Society Trust Institute Authority Board Office Ministry "
    "Party Federation League Foundation Organisation Organization Fund Railways Telecom Energy Media".split()
)


def statistic_sentence(article: Article, rng: random.Random) -> str:
    """A figure stating a fact about the world (rate, loss, count, share), with no source."""
    place = _place(article, rng)
    year = _base_year(article, rng) - rng.randint(0, 1)
    when = _time(rng, year)
    bodies = [n for n in _names(article) if n.split()[-1] in _ORGANISATION_HEADS]
    entity = rng.choice(bodies + [f"the {rng.choice(_FALLBACK_PLACES)} council", "the firm", "the company", "the group", "the club",
                                  "the health board", "the trust"])
    form = rng.randrange(8)
    if form == 0:
        metric = rng.choice(_METRICS)
        verb = rng.choice(("rose to", "fell to", "climbed to", "stood at", "reached", "hit", "dropped to", "was"))
        subject = rng.choice((f"{place}'s {metric}", f"The {metric} in {place}", f"The local {metric}"))
        return f"{_cap(subject)} {verb} {_percent(rng, 1.5, 15)} {when}."
    if form == 1:
        return f"{_cap(entity)} {rng.choice(('lost', 'wrote off', 'ran up losses of', 'saw losses of'))} {_money(rng)} {when}."
    if form == 2:
        share = rng.choice(_SHARES)
        of = "" if " in " in share else " of"
        return f"{_cap(share)}{of} {rng.choice(_GROUP_NOUNS)} in {place} {rng.choice(_GROUP_VERBS)}."
    if form == 3:
        return f"{_cap(_percent(rng, 5, 80))} of {rng.choice(_GROUP_NOUNS)} {rng.choice(_GROUP_VERBS)}."
    if form == 4:
        thing = rng.choice(("jobs were lost in the sector", "people were waiting for treatment",
                            "homes were left without power", "complaints were made", "offences were recorded",
                            "visitors came to the area"))
        return f"{_cap(_count(rng))} {thing} {when}."
    if form == 5:
        what = rng.choice(("House prices", "Rents", "Energy bills", "Sales", "Exports", "Pay", "Ticket prices"))
        verb = rng.choice(("have fallen by", "rose by", "have jumped", "dropped", "grew by", "slumped"))
        return f"{what} in {place} {verb} {_percent(rng, 1, 25)} {when}."
    if form == 6:
        return (f"The scheme has cost taxpayers {_money(rng)} {rng.choice(('since', 'since the start of'))} "
                f"{year - rng.randint(1, 6)}.")
    return f"{_cap(entity)}'s share of the market {rng.choice(('shrank', 'grew', 'slipped'))} to {_percent(rng, 3, 60)} {when}."


def forecast_sentence(article: Article, rng: random.Random) -> str:
    """A projection about the world with no source: a subject with the kind of figure it takes."""
    place = _place(article, rng)
    target = _base_year(article, rng) + rng.randint(2, 10)
    rate = (f"the {rng.choice(_METRICS)} in {place}", f"{place}'s {rng.choice(_METRICS)}", "inflation",
            "the share of homes heated by gas", "the proportion of pupils passing")
    money = ("the market", "the firm's revenue", f"spending on {rng.choice(('defence', 'health', 'roads', 'welfare'))}",
             "the deficit", "the cost of the project", "annual sales")
    count = (f"the number of {rng.choice(_GROUP_NOUNS)}", f"demand for {rng.choice(('housing', 'school places', 'care'))}",
             "the waiting list", "visitor numbers", "the workforce")
    kind = rng.choice(("rate", "money", "count"))
    subject = rng.choice({"rate": rate, "money": money, "count": count}[kind])
    figure = {"rate": lambda: _percent(rng, 1, 30), "money": lambda: _money(rng), "count": lambda: _count(rng)}[kind]
    be = "are" if _plural(subject) else "is"
    form = rng.randrange(7)
    if form == 0:
        return f"{_cap(subject)} {be} expected to reach {figure()} by {target}."
    if form == 1:
        return f"{_cap(subject)} will {rng.choice(('rise', 'fall', 'climb', 'grow', 'drop'))} to {figure()} by {target}."
    if form == 2 and kind == "money":
        return f"{_cap(subject)} {be} forecast to be worth {figure()} by {target}."
    if form == 3 and kind != "rate":
        return f"{_cap(subject)} {be} set to {rng.choice(('double', 'triple', 'halve'))} within {rng.randint(3, 10)} years."
    if form == 4:
        return f"{_cap(subject)} {be} likely to {rng.choice(('climb', 'drop', 'rise'))} a further {_percent(rng, 1, 9)} next year."
    if form == 5:
        return f"{_cap(subject)} {be} {rng.choice(('projected', 'predicted', 'on course'))} to hit {figure()} within a decade."
    return f"By {target}, {subject} {rng.choice(('will have grown by', 'could fall by', 'could rise by'))} {_percent(rng)}."


def _figure_spot(article: Article, rng: random.Random) -> Optional[tuple[int, int]]:
    """A sentence start whose preceding sentence names no source (so the new figure cannot inherit one)."""
    spots = []
    for index in _paragraphs(article):
        text = article.blocks[index].text
        spans = sentences(text)
        for i in range(len(spans) + 1):
            if i > 0 and not _quiet(text[spans[i - 1][0] : spans[i - 1][1]]):
                continue
            if i < len(spans) and not _balanced(text[: spans[i][0]]):
                continue
            spots.append((index, spans[i][0] if i < len(spans) else len(text)))
    return rng.choice(spots) if spots else None


def _sentence_injection(kind: str, article: Article, rng: random.Random, sentence: str,
                        rules: tuple[str, ...], note: str = "") -> Optional[Injection]:
    """``sentence`` put in as a new sentence of a paragraph, after one that names no source."""
    spot = _figure_spot(article, rng)
    if spot is None:
        return None
    index, at = spot
    result = _clone(article)
    new_text, offset = _insert_sentence(result.blocks[index].text, sentence, at)
    result.blocks[index].text = new_text
    return _inject(kind, result, [Span(index, offset, offset + len(sentence))], rules, note or repr(sentence))


def _figure_injection(kind: str, article: Article, rng: random.Random, sentence: str) -> Optional[Injection]:
    if rng.random() < 0.25:  # its own paragraph, after a paragraph that sources nothing
        between = [i for i in _boundaries_between(article) if _quiet(article.blocks[i - 1].text)]
        if between:
            result = _clone(article)
            span = _insert_block(result, rng.choice(between), Block("paragraph", sentence))
            return _inject(kind, result, [span], RULES["statistic"], f"own paragraph: {sentence!r}")
    return _sentence_injection(kind, article, rng, sentence, RULES["statistic"])


@injector("unsourced-statistic", family="journalism")
def unsourced_statistic(article: Article, rng: random.Random) -> Optional[Injection]:
    return _figure_injection("unsourced-statistic", article, rng, statistic_sentence(article, rng))


@injector("unsourced-forecast", family="journalism")
def unsourced_forecast(article: Article, rng: random.Random) -> Optional[Injection]:
    return _figure_injection("unsourced-forecast", article, rng, forecast_sentence(article, rng))


# ===========================================================================
# Experts with credentials and no occasion
# ===========================================================================

_BELIEF = ("believes", "thinks", "predicts", "expects", "is convinced", "fears", "reckons", "is confident",
           "suspects", "doubts whether", "maintains", "is certain")


def expert_sentence(article: Article, rng: random.Random) -> tuple[str, str]:
    place = rng.choice(_FALLBACK_PLACES + _UNIVERSITY_TOWNS)
    field = rng.choice(_FIELDS)
    name = _person(rng)
    institution = _institution(rng, place, field)
    title = rng.choice(("Dr ", "Professor ", "Prof ", "Dr ", ""))
    noun = _EXPERT_NOUNS.get(field, f"{field} expert")
    claim = _claim(article, rng)
    verb = rng.choice(_BELIEF)
    that = "" if verb.endswith("whether") else rng.choice(("", "that "))
    form = rng.randrange(5)
    if form == 0:
        person = f"{_cap(noun)} {title}{name}"
        return f"{person} {verb} {that}{claim}.", person
    if form == 1:
        person = f"{title or 'Professor '}{name} of {institution}"
        return f"{person} {verb} {that}{claim}.", person
    if form == 2:
        person = f"{title}{name}, {rng.choice(('a senior lecturer in', 'an expert in', 'a reader in', 'who researches'))} {field} at {institution}"
        return f"{person}, {verb} {that}{claim}.", person
    if form == 3:
        person = f"{title}{name}, {noun} at {institution}"
        return f"According to {person}, {claim}.", person
    person = f"{title}{name}"
    return f"{_cap(claim)}, {rng.choice(('in the view of', 'in the opinion of'))} {noun} {person}.", person


@injector("expert-no-occasion", family="journalism")
def expert_no_occasion(article: Article, rng: random.Random) -> Optional[Injection]:
    """An expert named with credentials who believes or predicts something, with no interview, report or event."""
    sentence, person = expert_sentence(article, rng)
    return _sentence_injection("expert-no-occasion", article, rng, sentence, RULES["expert"], f"{person}: {sentence!r}")


# ===========================================================================
# Controls: the same material done right (a finding of the kind's rules on them is a false positive)
# ===========================================================================

_AGENCY_SOURCES = ("the Office for National Statistics", "Eurostat", "the Bank of England", "the Department for Education",
                   "the {place} Chamber of Commerce", "the {place} council", "the Resolution Foundation",
                   "the Institute for Fiscal Studies", "the World Bank", "the {place} Housing Association",
                   "the British Retail Consortium", "the Met Office", "the national statistics agency")
_REPORTS = ("figures from {source}", "data published by {source}", "a survey by {source}", "a report by {source}",
            "official figures from {source}", "research commissioned by {source}")


def _source(article: Article, rng: random.Random) -> str:
    return rng.choice(_AGENCY_SOURCES).format(place=rng.choice(_FALLBACK_PLACES))


def _lower_start(sentence: str, article: Article) -> str:
    """``sentence`` to follow 'that': its first word in lowercase unless it is a name."""
    first = re.match(r"[A-Za-z][\w'-]*", sentence)
    if not first or first.group().isupper():
        return sentence
    word = first.group().split("'")[0]
    body = _body(article)
    named = word in _FALLBACK_PLACES + _UNIVERSITY_TOWNS or word in _places(article) or \
        re.search(rf"(?<=[a-z,] ){re.escape(word)}\b", body) and not _body_case(word, body).islower()
    return sentence if named else sentence[:1].lower() + sentence[1:]


def sourced(sentence: str, article: Article, rng: random.Random, forecast: bool = False) -> str:
    """``sentence`` (a figure) with its source in the same sentence."""
    source = _source(article, rng)
    body = sentence.rstrip(".")
    that = _lower_start(body, article)
    report = rng.choice(_REPORTS).format(source=source)
    plural = report.startswith(("figures", "data", "official figures"))
    form = rng.randrange(5)
    if form == 0:
        return f"{body}, according to {report}."
    if form == 1:
        if forecast:
            return f"{_cap(source)} {rng.choice(('forecasts', 'expects', 'projects', 'predicts'))} that {that}."
        verb = rng.choice(("show", "suggest") if plural else ("shows", "suggests")) if rng.random() < 0.7 else "showed"
        return f"{_cap(report)} {verb} that {that}."
    if form == 2:
        return f"{body}, {source} {rng.choice(('said', 'says', 'reported', 'estimates' if forecast else 'found'))}."
    if form == 3:
        verb = ("project" if plural else "projects") if forecast else "found"
        return f"{_cap(report)} {verb} that {that}."
    return f"{rng.choice(('In its latest figures', 'In a report published on Tuesday', 'In its annual review'))}, {source} said {that}."


@injector("control-sourced-statistic", family="journalism-control")
def control_sourced_statistic(article: Article, rng: random.Random) -> Optional[Injection]:
    """CONTROL: a figure about the world whose source is named in its sentence. A statistic finding is false."""
    injection = _figure_injection("control-sourced-statistic", article, rng,
                                  sourced(statistic_sentence(article, rng), article, rng))
    return injection


@injector("control-sourced-forecast", family="journalism-control")
def control_sourced_forecast(article: Article, rng: random.Random) -> Optional[Injection]:
    """CONTROL: a projection credited to whoever made it, in its own sentence. A statistic finding is false."""
    return _figure_injection("control-sourced-forecast", article, rng,
                             sourced(forecast_sentence(article, rng), article, rng, forecast=True))


def _figures_that_need_no_source(article: Article, rng: random.Random) -> str:
    """Ages, scores, dates, vote tallies, times: figures no reporter attributes."""
    year = _base_year(article, rng)
    place = _place(article, rng)
    return rng.choice((
        f"The {rng.randint(19, 78)}-year-old moved to {place} in {year - rng.randint(2, 30)}.",
        f"The side won {rng.randint(2, 5)}-{rng.randint(0, 1)} on Saturday, with two goals in the last {rng.randint(5, 15)} minutes.",
        f"The motion was carried by {rng.randint(230, 330)} votes to {rng.randint(150, 229)}.",
        f"The meeting begins at {rng.randint(6, 8)}pm on {rng.randint(1, 28)} {rng.choice(_MONTHS)} at the town hall.",
        f"The building, which opened in {year - rng.randint(20, 120)}, has {rng.randint(3, 12)} floors.",
        f"She finished third in {year - 1} and second in {year}.",
        f"The hearing was adjourned until {rng.randint(1, 28)} {rng.choice(_MONTHS)}.",
    ))


@injector("control-figures-needing-no-source", family="journalism-control")
def control_figures_needing_no_source(article: Article, rng: random.Random) -> Optional[Injection]:
    """CONTROL: an age, score, vote tally or date: no source needed. A statistic finding is false."""
    return _figure_injection("control-figures-needing-no-source", article, rng,
                             _figures_that_need_no_source(article, rng))


@injector("control-expert-with-occasion", family="journalism-control")
def control_expert_with_occasion(article: Article, rng: random.Random) -> Optional[Injection]:
    """CONTROL: a named expert's view with the occasion it was given (an interview, a talk, a paper)."""
    _, person = expert_sentence(article, rng)
    claim = _claim(article, rng)
    inner = _lower_start(person, article)  # 'Sports scientist Dr X' in mid-sentence: 'sports scientist Dr X'
    close = "," if "," in person else ""     # an appositive ('Dr X, a lecturer at Y') closes before the verb
    day = rng.choice(("on Monday", "on Tuesday", "last week", "on Thursday", "this week"))
    sentence = rng.choice((
        f"{person}{close} told the BBC that {claim}.",
        f"Speaking at a conference in {_place(article, rng)} {day}, {inner}{close} said {claim}.",
        f"{person}, writing in the journal {rng.choice(('Nature', 'The Lancet', 'Economic Policy', 'Urban Studies'))} {day}, argued that {claim}.",
        f"In a report published {day}, {inner}{close} warned that {claim}.",
        f"{person}{close} said in an interview with {rng.choice(('the Guardian', 'Reuters', 'BBC Radio 4', 'the local paper'))} that {claim}.",
        f"Giving evidence to MPs {day}, {inner}{close} said {claim}.",
    ))
    return _sentence_injection("control-expert-with-occasion", article, rng, sentence, RULES["expert"])


def _count_words(rng: random.Random) -> str:
    return rng.choice(("twelve", "more than 40", "some 200", "about 60", "nearly 300", "fifteen", "at least 80"))


@injector("control-identified-group", family="journalism-control")
def control_identified_group(article: Article, rng: random.Random) -> Optional[Injection]:
    """CONTROL: a group's view where the group is identified in the sentence, or a named source reports it."""
    claim = _claim(article, rng)
    person = _person(rng)
    place = rng.choice(_FALLBACK_PLACES)
    group = rng.choice(_GROUPS)
    sentence = rng.choice((
        f"Economists at {rng.choice(('Barclays', 'HSBC', 'Capital Economics', 'the Bank of England'))} say {claim}.",
        f"Critics of the plan, including {person} of the {place} Civic Society, argue that {claim}.",
        f"A survey of {rng.randint(800, 3000):,} {group} by {_source(article, rng)} found most believe {claim}.",
        f"{person}, who chairs the {place} residents' association, said members {rng.choice(('feel', 'believe', 'fear'))} {claim}.",
        f"{_cap(_count_words(rng))} {group} who signed an open letter to the council on Monday argue that {claim}.",
        f"The {place} branch of the union, which represents {rng.randint(200, 5000):,} members, said {claim}.",
    ))
    return _sentence_injection("control-identified-group", article, rng, sentence, RULES["vague"])


# ===========================================================================
# Keyword stuffing and keyword lists
# ===========================================================================


def _truncate(article: Article, words: int) -> Article:
    """The article cut after about ``words`` words, at a sentence end."""
    result = _clone(article)
    kept, total = [], 0
    for block in result.blocks:
        count = len(block.text.split())
        if total + count <= words or not kept:
            kept.append(block)
            total += count
            if total >= words:
                break
            continue
        spans = sentences(block.text)
        part = ""
        for _, end in spans:
            if total + len(block.text[:end].split()) > words:
                break
            part = block.text[:end]
        if part:
            kept.append(Block(block.kind, part))
        break
    result.blocks = kept
    return result


_STUFF_SENTENCES = (
    "Anyone looking for {phrase} will find the latest details here.",
    "{Phrase} has become one of the most searched topics this week.",
    "Here is everything you need to know about {phrase}.",
    "Readers interested in {phrase} can expect more updates soon.",
    "The debate over {phrase} shows no sign of ending.",
    "{Phrase} remains at the top of the local agenda.",
    "More news on {phrase} is expected in the coming days.",
    "For many, {phrase} is the story of the year.",
    "Questions about {phrase} continue to grow.",
    "This guide to {phrase} will be updated regularly.",
    "{Phrase} is what everyone is talking about.",
    "We will keep following {phrase} closely.",
)
_STUFF_HEADINGS = ("{Phrase} explained", "What {phrase} means for you", "More on {phrase}", "{Phrase}: the key facts",
                   "Why {phrase} matters", "{Phrase} latest", "Everything about {phrase}")
_STUFF_ITEMS = ("{Phrase} dates and times", "{Phrase} costs", "{Phrase} FAQ", "{Phrase} map", "{Phrase} reaction",
                "{Phrase} timeline", "{Phrase} contacts", "{Phrase} latest updates", "{Phrase} what to expect")


def _fill(template: str, phrase: str) -> str:
    return template.replace("{Phrase}", _cap(phrase)).replace("{phrase}", phrase)


def _stuffing(kind: str, article: Article, rng: random.Random, words: int, repeats: tuple[int, int]) -> Optional[Injection]:
    phrase = key_phrase(article.title, rng, body=_body(article))
    if not phrase:
        return None
    if rng.random() < 0.4:
        phrase = f"{_place(article, rng)} {phrase}" if rng.random() < 0.5 else phrase
        phrase = f"{phrase} {rng.choice((_base_year(article, rng) + 1, 2027, 2026))}"
    total = sum(len(b.text.split()) for b in article.blocks)
    if total < min(words, 450) * 0.85:
        return None
    result = _truncate(article, words)
    paragraphs = [i for i, b in enumerate(result.blocks) if b.kind == "paragraph"]
    if len(paragraphs) < 3:
        return None
    body_repeats = rng.randint(*repeats)
    items = rng.randint(3, 4)
    in_sentences = max(2, body_repeats - items - 1)
    # sentences with the phrase, at most two per paragraph; on a long story clustered in one stretch
    if kind.endswith("long"):
        middle = len(paragraphs) // 3
        pool = paragraphs[middle : middle + max(3, (in_sentences + 1) // 2)]
    else:
        pool = paragraphs
    chosen = sorted(rng.sample(pool * 2, min(in_sentences, len(pool) * 2)))
    templates = rng.sample(_STUFF_SENTENCES, len(chosen))
    for index, template in zip(chosen, templates):
        block = result.blocks[index]
        starts = sentences(block.text)
        at = rng.choice([s for s, _ in starts] + [len(block.text)])
        block.text, _ = _insert_sentence(block.text, _fill(template, phrase), at)
    # a subheading with the phrase, a short paragraph, and list items that start with it
    spot = paragraphs[len(paragraphs) // 2]
    lines = [Block("heading", _fill(rng.choice(_STUFF_HEADINGS), phrase))]
    lines += [Block("item", _fill(t, phrase)) for t in rng.sample(_STUFF_ITEMS, items)]
    for offset, block in enumerate(lines):
        result.blocks.insert(spot + offset, block)
    # the title, an H1-like first heading, and the metadata repeat it too
    title_phrase = _title(phrase)
    result.title = rng.choice((f"{title_phrase}: {article.title}", f"{article.title} | {title_phrase}",
                               f"{title_phrase} - {article.title} - {title_phrase} News"))
    result.blocks.insert(0, Block("heading", rng.choice((f"{title_phrase}: Latest News", f"{title_phrase} Guide",
                                                         f"{title_phrase} Updates", title_phrase))))
    result.metadata = dict(result.metadata)
    result.metadata["description"] = _fill(rng.choice((
        "{Phrase}: everything you need to know about {phrase}, with {phrase} news and updates.",
        "Latest {phrase} news. Read about {phrase} and {phrase} updates here.",
        "{Phrase} - the best guide to {phrase} for readers searching {phrase}.")), phrase)
    result.metadata["keywords"] = ", ".join(rng.sample([phrase, f"{phrase} news", f"{phrase} latest",
                                                        f"best {phrase}", f"{phrase} update", f"{phrase} today"], 5))
    gold = []
    pattern = re.compile(re.escape(phrase), re.IGNORECASE)
    # the H1 counts as body: in a .txt or .md file it is the first line of the text
    for index, block in enumerate(result.blocks):
        gold += [Span(index, m.start(), m.end()) for m in pattern.finditer(block.text)]
    return _inject(kind, result, gold, RULES["stuffing"], f"{phrase!r} x{len(gold)} in the body")


@injector("keyword-stuffing-short", family="journalism")
def keyword_stuffing_short(article: Article, rng: random.Random) -> Optional[Injection]:
    """A ~300-word story whose headline phrase fills the title, H1, metadata, body, a subheading and list items."""
    return _stuffing("keyword-stuffing-short", article, rng, rng.randint(270, 330), (6, 10))


@injector("keyword-stuffing-long", family="journalism")
def keyword_stuffing_long(article: Article, rng: random.Random) -> Optional[Injection]:
    """The same on a long story (460-800 words), the body's repeats clustered in one stretch."""
    return _stuffing("keyword-stuffing-long", article, rng, rng.randint(460, 800), (7, 11))


_LIST_HEADINGS = ("Related searches", "Tags", "Keywords", "Popular searches", "People also search for",
                  "Search terms", "Trending topics", "SEO keywords", "Related keywords", "Topics", "Related tags",
                  "Searches related to this story", "Keyword ideas")


@injector("keyword-list", family="journalism")
def keyword_list(article: Article, rng: random.Random) -> Optional[Injection]:
    """A section of search phrases composed from the article's words."""
    phrase = key_phrase(article.title, rng, body=_body(article)) or _topic(article, rng).removeprefix("the ")
    words = [w for w in _words(_body(article)) if len(w) > 4 and w.islower() and w not in _STOPWORDS]
    if len(words) < 20:
        return None
    place = _place(article, rng)
    year = _base_year(article, rng)
    names = _names(article)
    candidates = [phrase, f"{phrase} {year}", f"{phrase} news", f"{place} {phrase}", f"latest {phrase}",
                  f"{rng.choice(words)} {rng.choice(words)}", f"{rng.choice(words)} {place}",
                  f"{rng.choice(words)} news today", f"what is {rng.choice(words)}",
                  f"{rng.choice(names).lower() if names else place.lower()} {rng.choice(words)}",
                  f"{phrase} update", f"{rng.choice(words)} {year}"]
    terms = list(dict.fromkeys(rng.sample(candidates, rng.randint(5, 9))))
    heading = rng.choice(_LIST_HEADINGS) + rng.choice(("", ":", ""))
    result = _clone(article)
    at = len(result.blocks) if rng.random() < 0.6 else max(1, len(result.blocks) - 1)
    gold = []
    if rng.random() < 0.25:  # one line: "Tags: a, b, c"
        line = f"{heading.rstrip(':')}: {', '.join(terms)}"
        gold.append(_insert_block(result, at, Block("paragraph", line)))
    else:
        gold.append(_insert_block(result, at, Block("heading", heading)))
        for offset, term in enumerate(terms, 1):
            gold.append(_insert_block(result, at + offset, Block("item", term)))
    return _inject("keyword-list", result, gold, RULES["keyword-list"], f"{heading!r}: {terms}")


# ===========================================================================
# Leftovers in running text
# ===========================================================================


_DAY_OF_MONTH = re.compile(r"\b(\d{1,2})(?= (?:" + "|".join(_MONTHS) + r")\b)|\b(?:" + "|".join(_MONTHS)
                           + r") (\d{1,2})\b")


@injector("placeholder", family="journalism")
def placeholder(article: Article, rng: random.Random) -> Optional[Injection]:
    """A placeholder left in running text: TK for a date, XX for a figure, [INSERT …], {{name}}, lorem ipsum."""
    result = _clone(article)
    paragraphs = _paragraphs(result)
    if not paragraphs:
        return None
    options = []
    for index in paragraphs:
        text = result.blocks[index].text
        for m in _DAY_OF_MONTH.finditer(text):
            group = 1 if m.group(1) else 2
            options.append(("day", index, m.start(group), m.end(group)))
        for m in re.finditer(r"(?<![\d.,£$€])\d+(?:\.\d+)?(?=%| per ?cent)", text):
            options.append(("percent", index, m.start(), m.end()))
        for m in re.finditer(r"(?<=[£$€])\d[\d,]*(?:\.\d+)?(?<!,)", text):
            options.append(("money", index, m.start(), m.end()))
        for m in re.finditer(r"(?<=[a-z] )(?:Mr|Mrs|Ms|Dr) [A-Z][a-z]+", text):
            options.append(("name", index, m.start(), m.end()))
        for start, end in sentences(text)[:6]:
            options.append(("sentence", index, start, end))
    kind, index, start, end = rng.choice(options)
    text = result.blocks[index].text
    if kind == "day":
        token = rng.choice(("TK", "XX", "TKTK", "[DATE]", "[TBC]"))
        new, span = text[:start] + token + text[end:], (start, start + len(token))
    elif kind in ("percent", "money"):
        token = rng.choice(("XX", "X", "TK", "[X]", "[NUMBER]", "XXX", "#"))
        new, span = text[:start] + token + text[end:], (start, start + len(token))
    elif kind == "name":
        token = rng.choice(("{{name}}", "[NAME]", "{{ spokesperson_name }}", "[INSERT NAME]", "<NAME>", "Mr XX"))
        new, span = text[:start] + token + text[end:], (start, start + len(token))
    else:
        topic = _topic(result, rng)
        token = rng.choice((
            f"[INSERT QUOTE FROM {rng.choice(('COUNCIL', 'MINISTER', 'SPOKESPERSON', 'POLICE'))}]",
            f"[insert {rng.choice(('reaction', 'figures', 'background', 'quote'))} here]",
            "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
            "[citation needed]", "[[ADD LINK]]", f"TK: more on {topic}.", "[TO COME]",
            f"{{{{ {rng.choice(('quote', 'stat', 'source'))} }}}}", "[Add figures before publication]",
            "XX to confirm.",
        ))
        if token == "[citation needed]" and text[end - 1 : end] == ".":
            new = text[: end - 1] + " " + token + text[end - 1 :]
            span = (end, end + len(token))
        else:
            new, offset = _insert_sentence(text, token, start if rng.random() < 0.5 else end + 1)
            span = (offset, offset + len(token))
    result.blocks[index].text = new
    return _inject("placeholder", result, [Span(index, *span)], RULES["placeholder"], f"{kind}: {token!r}")


def _chatbot_text(article: Article, rng: random.Random, where: str) -> str:
    """An assistant's reply around the article it was asked for, composed from the parts such replies have."""
    topic = _topic(article, rng)
    if where == "start":
        opener = rng.choice(("Sure!", "Certainly!", "Of course!", "Absolutely,", "Sure,", "Certainly,", "Great question!",
                             "Okay!", "Happy to help!", "Sure thing!", ""))
        verb = rng.choice(("Here's", "Here is", "Below is", "I've written", "I have prepared", "I've rewritten",
                           "Here you go with", "Find below"))
        adjective = rng.choice(("rewritten", "revised", "polished", "more concise", "SEO-friendly", "journalistic",
                                "plagiarism-free", "updated", "human-sounding", "shorter"))
        what = rng.choice((f"a {adjective} version of the article", f"the {adjective} article",
                           f"a {adjective} news story", f"an article about {topic}", f"the {adjective} draft",
                           f"a {rng.choice((300, 500, 600, 800))}-word news article", "your story"))
        tail = rng.choice((":", ".", " you asked for:", f" on {topic}:", " in a neutral news style:",
                           ", written in AP style:", " with a catchy headline:"))
        lowered = verb if verb.startswith("I") else verb[0].lower() + verb[1:]
        text = f"{opener} {lowered if opener.endswith(',') else verb} {what}{tail}".strip()
        if rng.random() < 0.3:
            limit = rng.choice(("cannot browse the internet", "do not have access to real-time news",
                                "cannot verify these claims", "don't have personal opinions",
                                "can't access the original source"))
            model = rng.choice(("an AI language model", "an AI assistant", "a language model", "an AI"))
            text = f"As {model}, I {limit}, but {lowered} {what}{tail}"
        return text
    hope = f"I hope {rng.choice(('this helps', 'this works for you', 'this is what you needed', 'you find this useful'))}{rng.choice(('!', '.'))}"
    offer = rng.choice((
        f"Let me know if you'd like {rng.choice(('any changes', 'a different tone', 'a shorter version', 'more detail', 'another draft'))}.",
        f"Feel free to ask if you want {rng.choice(('a shorter version', 'me to add quotes', 'a different headline', 'bullet points'))}.",
        f"Would you like me to {rng.choice(('add quotes', 'make it more engaging', 'translate it', 'write a headline'))}?",
        f"If you want, I can also write {rng.choice(('a headline', 'social media posts', 'a summary'))} for the article about {topic}.",
        "Is there anything else you would like me to change?",
        f"{rng.choice(('Please note', 'Note', 'Keep in mind'))} that as an AI, I cannot verify the latest figures.",
        f"Note: As of my last {rng.choice(('knowledge update', 'training data', 'update'))}, some details may have changed.",
    ))
    form = rng.randrange(3)
    return hope if form == 0 else offer if form == 1 else f"{hope} {offer}"


@injector("chatbot-leftover", family="journalism")
def chatbot_leftover(article: Article, rng: random.Random) -> Optional[Injection]:
    """An assistant's reply left at the start or end of the story."""
    where = rng.choice(("start", "end"))
    text = _chatbot_text(article, rng, where)
    result = _clone(article)
    index = 0 if where == "start" else len(result.blocks)
    if where == "end" and rng.random() < 0.3 and result.blocks and result.blocks[-1].kind == "paragraph":
        last = result.blocks[-1]
        new_text, offset = _insert_sentence(last.text, text, len(last.text))
        last.text = new_text
        span = Span(len(result.blocks) - 1, offset, offset + len(text))
    else:
        span = _insert_block(result, index, Block("paragraph", text))
    return _inject("chatbot-leftover", result, [span], RULES["chatbot"], f"{where}: {text!r}")


@injector("reader-prompt", family="journalism")
def reader_prompt(article: Article, rng: random.Random) -> Optional[Injection]:
    """A question or call to readers: 'What do you think? Let us know in the comments.'"""
    topic = _topic(article, rng)
    question = rng.choice((
        "What do you think?", f"What do you make of {topic}?", "Do you agree with the decision?", "Do you agree?",
        f"Is {topic} a good idea?", "Where do you stand?", f"How will {topic} affect you?",
        "Are you for or against it?", "", f"Should {topic} go ahead?",
    ))
    where = rng.choice(("in the comments", "in the comments below", "in the comment section", "below",
                        "on social media", "on our Facebook page", "using the form below"))
    call = rng.choice((
        f"Let us know {where}", f"Share your thoughts {where}", f"Drop your views {where}",
        f"Tell us what you think {where}", f"Join the conversation {where}", f"We'd love to hear from you {where}",
        f"Have your say {where}", f"Sound off {where}", f"Leave a comment {where}",
    )) + rng.choice((".", "!", " and share this article with your friends.", " and don't forget to subscribe!"))
    form = rng.randrange(4)
    if form == 0 and question:
        text = f"{rng.choice(('Tell us:', 'Over to you:', 'Your turn:', 'Have your say:'))} {question[0].lower() + question[1:]}"
    elif form == 1:
        text = f"{call} {question}".strip()
    else:
        text = f"{question} {call}".strip()
    result = _clone(article)
    if rng.random() < 0.7:
        index = len(result.blocks) if rng.random() < 0.7 else max(1, len(result.blocks) // 2)
        span = _insert_block(result, index, Block("paragraph", text))
    else:
        index = rng.choice(_paragraphs(result) or [0])
        new_text, offset = _insert_sentence(result.blocks[index].text, text, len(result.blocks[index].text))
        result.blocks[index].text = new_text
        span = Span(index, offset, offset + len(text))
    return _inject("reader-prompt", result, [span], RULES["reader-prompt"], repr(text))


# ===========================================================================
# Content-farm boilerplate
# ===========================================================================


def _template_heading(article: Article, rng: random.Random) -> str:
    topic = _topic(article, rng).removeprefix("the ")
    return rng.choice((
        f"{rng.choice(('Key', 'Main', 'Top'))} {rng.choice(('Takeaways', 'Points', 'Insights', 'Highlights'))}",
        f"{rng.choice(('Final', 'Closing', 'Concluding'))} {rng.choice(('Thoughts', 'Remarks', 'Words'))}",
        "Conclusion", "In Conclusion", "Frequently Asked Questions", "Frequently Asked Questions (FAQ)", "FAQs",
        f"What readers should {rng.choice(('watch', 'look out for', 'know', 'expect'))} next",
        f"Background: Why {rng.choice(('this', 'it', 'the story'))} matters",
        f"Expert {rng.choice(('Analysis', 'Perspectives', 'Insights', 'Opinions'))}",
        "The Bottom Line", rng.choice(("Summary", "In Summary", "Quick Summary", "TL;DR")),
        f"{_title(topic)}: What You Need to Know", f"Breaking developments from {_place(article, rng)}",
    ))


def _filler(article: Article, rng: random.Random) -> str:
    topic = _topic(article, rng)
    parts = (
        f"{_cap(topic)} highlights the importance of staying informed.",
        "As the situation continues to evolve, it remains to be seen what the long-term impact will be.",
        "Only time will tell whether these changes will deliver on their promise.",
        "Stakeholders will be watching closely in the weeks ahead.",
        f"This development underscores the broader significance of {topic}.",
        "Readers should stay tuned for further updates as more information becomes available.",
        "Ultimately, the outcome will depend on a range of factors.",
        f"In today's fast-paced world, {topic} is more relevant than ever.",
    )
    return " ".join(rng.sample(parts, rng.randint(2, 3)))


def _disclaimer(rng: random.Random) -> str:
    first = rng.choice((
        "This article is for informational purposes only", "This article provides analysis based on official briefings and public statements",
        "This content does not constitute financial or legal advice", "The views expressed here are for general information only",
        "This article was compiled from publicly available sources", "The information in this article is provided as is",
    ))
    second = rng.choice((
        "Readers should verify details independently.", "Coverage may change as the story develops.",
        "Please consult a professional before making any decisions.", "We make no guarantees of accuracy or completeness.",
        "", "Details may evolve with new developments.",
    ))
    label = rng.choice(("Disclaimer:", "DISCLAIMER:", "Disclaimer -", "Important disclaimer:", "Note:"))
    return f"{label} {first}. {second}".strip()


@injector("template-section", family="journalism")
def template_section(article: Article, rng: random.Random) -> Optional[Injection]:
    """A generic content-farm section (heading + filler) or a disclaimer paragraph."""
    result = _clone(article)
    end = len(result.blocks)
    index = end if rng.random() < 0.5 else max(1, end - rng.randint(1, min(3, end)))
    if rng.random() < 0.3:
        text = _disclaimer(rng)
        span = _insert_block(result, index, Block("paragraph", text))
        return _inject("template-section", result, [span], RULES["template"], f"disclaimer {text!r}")
    heading = _template_heading(article, rng)
    gold = [_insert_block(result, index, Block("heading", heading))]
    if heading.startswith(("Key", "Main", "Top", "Summary", "Quick", "TL;DR")) and rng.random() < 0.6:
        points = rng.sample([_filler(article, rng).split(". ")[0].rstrip(".") + "." for _ in range(4)], 3)
        for offset, point in enumerate(points, 1):
            gold.append(_insert_block(result, index + offset, Block("item", point)))
    else:
        gold.append(_insert_block(result, index + 1, Block("paragraph", _filler(article, rng))))
    return _inject("template-section", result, gold, RULES["template"], f"section {heading!r}")


_SITE_PARTS = (("daily", "news", "trend", "info", "buzz", "insight", "global", "metro", "smart", "prime"),
               ("hub", "wire", "times", "post", "feed", "pulse", "today", "digest", "report", "now"))
_ROLES = ("senior content writer", "staff writer", "SEO editor", "content strategist", "digital news editor",
          "contributing writer", "news desk", "freelance content creator", "editorial team")


def _site(rng: random.Random) -> str:
    return f"{_cap(rng.choice(_SITE_PARTS[0]))}{_cap(rng.choice(_SITE_PARTS[1]))}{rng.choice(('.com', '.com', '.net', '.co.uk', '.info'))}"


def _timestamp(rng: random.Random, year: int) -> str:
    month, day, hour, minute, second = rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return rng.choice((
        f"{year}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}:{second:02d}",
        f"{year}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}Z",
        f"{day:02d}/{month:02d}/{year} {hour:02d}:{minute:02d}",
        f"{_MONTHS[month - 1][:3]} {day}, {year} at {hour % 12 or 12}:{minute:02d} {'am' if hour < 12 else 'pm'}",
        f"{year}-{month:02d}-{day:02d} {hour:02d}:{minute:02d} UTC",
    ))


@injector("credit-footer", family="journalism")
def credit_footer(article: Article, rng: random.Random) -> Optional[Injection]:
    """A content farm's credit line with a timestamp: 'Prepared by <name>, <role>, for <site> – <time>'."""
    year = _base_year(article, rng)
    verb = rng.choice(("Prepared", "Written", "Compiled", "Edited", "Curated", "Generated", "Published"))
    dash = rng.choice((" – ", " - ", " | ", " — ", ", "))
    text = f"{verb} by {_person(rng)}, {rng.choice(_ROLES)}, for {_site(rng)}{dash}{_timestamp(rng, year)}"
    result = _clone(article)
    kind = rng.choice(("paragraph", "raw"))
    span = _insert_block(result, len(result.blocks), Block(kind, text))
    return _inject("credit-footer", result, [span], RULES["boilerplate"], repr(text))


def _publisher(article: Article, rng: random.Random) -> str:
    place = _place(article, rng)
    return rng.choice((f"The {place} {rng.choice(('Herald', 'Gazette', 'Courier', 'Chronicle', 'Echo'))}",
                       str(article.metadata.get("author") or "News Desk"), _site(rng).split(".")[0], f"{place} Live"))


def _url(article: Article, rng: random.Random) -> str:
    slug = "-".join(w.lower() for w in _words(article.title)[:8])
    return f"https://www.{_site(rng).lower()}/{rng.choice(('news', 'article', 'local', 'world'))}/{slug}-{rng.randint(10000, 99999999)}"


@injector("crawler-header", family="journalism")
def crawler_header(article: Article, rng: random.Random) -> Optional[Injection]:
    """A scraper's header line above the story: publisher, date and separators."""
    year = _base_year(article, rng)
    publisher = _publisher(article, rng)
    stamp = _timestamp(rng, year)
    text = rng.choice((
        f"**{publisher}** | {stamp} |", f"{publisher} | {stamp} | {article.metadata.get('category') or 'News'}",
        f"Source: {publisher} | Published: {stamp}", f"[{publisher}] {stamp}",
        f"Publisher: {publisher} · Date: {stamp} · URL: {_url(article, rng)}", f"Scraped from {_url(article, rng)}",
        f"_{publisher}_ — {stamp} —",
    ))
    result = _clone(article)
    gold = [_insert_block(result, 0, Block("raw", text))]
    if rng.random() < 0.4:
        result.blocks.insert(1, Block("raw", "---"))
    return _inject("crawler-header", result, gold, RULES["boilerplate"], repr(text))


@injector("crawler-footer", family="journalism")
def crawler_footer(article: Article, rng: random.Random) -> Optional[Injection]:
    """A scraper's footer below the story: crawl time, source link, 'Scraped from …'."""
    year = _base_year(article, rng)
    url = _url(article, rng)
    stamp = _timestamp(rng, year)
    lines = rng.sample([
        f"*Crawled at: {stamp}*", f"*Source: [{rng.choice(('original', 'Read the original', 'View source', 'link'))}]({url})*",
        f"Scraped from {url} on {stamp}", f"Original article: {url}", f"Fetched: {stamp} | Source: {url}",
        f"[Read the original article]({url})", f"crawl_id: {rng.randint(100000, 999999)} · {stamp}",
    ], rng.randint(1, 2))
    result = _clone(article)
    gold = []
    if rng.random() < 0.4:
        result.blocks.append(Block("raw", "---"))
    for line in lines:
        gold.append(_insert_block(result, len(result.blocks), Block("raw", line)))
    return _inject("crawler-footer", result, gold, RULES["boilerplate"], repr(lines))


# ===========================================================================
# Wire copy leftovers
# ===========================================================================

_AGENCIES = ("Reuters", "AP", "AFP", "Yonhap", "PA", "Bloomberg", "Xinhua", "Kyodo", "dpa", "ANSA")


def _wire_note(article: Article, rng: random.Random) -> str:
    words = _words(article.title)
    slug = "-".join(words[:2]) if len(words) >= 2 else "Story"
    return rng.choice((
        "(LEAD)", "(2ND LEAD)", f"(UPDATE {rng.randint(1, 5)})", "(URGENT)", "(REFILE)", "(CORRECTED)",
        f"(ATTN: {rng.choice(('UPDATES', 'ADDS', 'RECASTS'))} {rng.choice(('headline', 'lead', 'details in paras 3-5', 'comment from officials', 'photo'))})",
        f"(ATTN: ADDS byline; CHANGES dateline)", "(END)", "(MORE)", "(RECASTS with fresh quotes)",
        f"(ADDS background in para {rng.randint(3, 9)})", f"{slug}(LEAD)", "(EDITORS: Please note the new time element)",
        "-- MORE --", "(Corrects spelling of name in paragraph 4)",
    ))


@injector("wire-note", family="journalism")
def wire_note(article: Article, rng: random.Random) -> Optional[Injection]:
    """A wire service's slug or advisory left in the title, the lead or the end."""
    note = _wire_note(article, rng)
    result = _clone(article)
    paragraphs = _paragraphs(result)
    if not paragraphs:
        return None
    where = rng.choice(("title", "lead", "end", "paragraph-end"))
    if note in ("(END)", "(MORE)", "-- MORE --") and where in ("title", "lead"):
        where = "end"
    if note.endswith("(LEAD)") and note != "(LEAD)":  # a slug belongs before the headline or lead
        where = rng.choice(("title", "lead"))
    if where == "title":
        glue = rng.choice((" ", ""))
        result.title = f"{note}{glue}{result.title}"
        span = Span(-1, 0, len(note))
    elif where == "lead":
        first = result.blocks[paragraphs[0]]
        glue = rng.choice((" ", ""))
        first.text = f"{note}{glue}{first.text}"
        span = Span(paragraphs[0], 0, len(note))
    elif where == "end":
        span = _insert_block(result, len(result.blocks), Block("paragraph", note))
    else:
        index = rng.choice(paragraphs)
        block = result.blocks[index]
        offset = len(block.text) + 1
        block.text = f"{block.text} {note}"
        span = Span(index, offset, offset + len(note))
    return _inject("wire-note", result, [span], RULES["wire-note"], f"{where}: {note!r}")


def _city(article: Article, rng: random.Random) -> str:
    return _place(article, rng).upper()


@injector("glued-byline", family="journalism")
def glued_byline(article: Article, rng: random.Random) -> Optional[Injection]:
    """A byline and dateline glued to the lead: 'By Jane Roe LONDON, March 3 (Reuters) --President …'."""
    paragraphs = _paragraphs(article)
    if not paragraphs:
        return None
    month = rng.randrange(12)
    month_name = rng.choice((_MONTHS[month], _MONTHS[month][:3] + ("." if len(_MONTHS[month]) > 4 else "")))
    byline = f"By {_person(rng)}" if rng.random() < 0.8 else f"By {_person(rng)} and {_person(rng)}"
    dateline = f"{_city(article, rng)}, {month_name} {rng.randint(1, 28)} ({rng.choice(_AGENCIES)}) {rng.choice(('--', '-', '—'))}"
    slug = "-".join(_words(article.title)[:2]) or "Story"
    prefix = rng.choice(("", "", "ADDS photo)", "(LEAD)", f"{slug}(LEAD)", "(ATTN: ADDS byline)"))
    glue = rng.choice(("", " ", ""))
    text = f"{prefix}{byline} {dateline}{glue}"
    result = _clone(article)
    first = result.blocks[paragraphs[0]]
    first.text = f"{text}{first.text}"
    return _inject("glued-byline", result, [Span(paragraphs[0], 0, len(text.rstrip()))], RULES["glued-byline"],
                   repr(text))


@injector("headline-in-lead", family="journalism")
def headline_in_lead(article: Article, rng: random.Random) -> Optional[Injection]:
    """The headline repeated at the start of the lead paragraph."""
    paragraphs = _paragraphs(article)
    if not paragraphs or len(article.title.split()) < 3:
        return None
    title = article.title if rng.random() < 0.8 else article.title.upper()
    glue = rng.choice((" ", "", " - ", ": ", "  "))
    result = _clone(article)
    first = result.blocks[paragraphs[0]]
    first.text = f"{title}{glue}{first.text}"
    return _inject("headline-in-lead", result, [Span(paragraphs[0], 0, len(title))], RULES["headline-in-lead"],
                   f"glue {glue!r}")


@injector("author-mismatch", family="journalism")
def author_mismatch(article: Article, rng: random.Random) -> Optional[Injection]:
    """The metadata's author differs from the byline printed in the story."""
    result = _clone(article)
    meta_author, byline_author = _person(rng), _person(rng)
    while byline_author.split()[1] == meta_author.split()[1]:
        byline_author = _person(rng)
    domain = _site(rng).lower()
    result.metadata = dict(result.metadata)
    result.metadata["author"] = rng.choice((meta_author, f"{meta_author} ({meta_author.split()[0].lower()}@{domain})"))
    byline = rng.choice((f"By {byline_author}", f"By {byline_author}, {rng.choice(_ROLES)}",
                         f"By {byline_author} ({byline_author.split()[1].lower()}@{domain})",
                         f"Reporting by {byline_author}", f"Written by {byline_author}"))
    if byline.startswith(("Reporting", "Written")) and rng.random() < 0.5:
        span = _insert_block(result, len(result.blocks), Block("paragraph", byline))
    else:
        span = _insert_block(result, 0, Block(rng.choice(("paragraph", "raw")), byline))
    injection = _inject("author-mismatch", result, [span], RULES["author-mismatch"],
                        f"metadata {result.metadata['author']!r} vs {byline!r}")
    injection.formats = ("md", "html")  # a .txt story carries no author field to contradict
    return injection


# ===========================================================================
# Characters: entities and mojibake
# ===========================================================================


def _character_places(article: Article, patterns: dict[str, re.Pattern], rng: random.Random
                      ) -> Optional[tuple[str, list[tuple[int, int, int]]]]:
    """One kind of place (chosen among those the article has) and one to three of its matches."""
    options: dict[str, list[tuple[int, int, int]]] = {}
    for index in _paragraphs(article):
        text = article.blocks[index].text
        for name, pattern in patterns.items():
            options.setdefault(name, []).extend((index, m.start(), m.end()) for m in pattern.finditer(text))
    kinds = sorted(name for name, found in options.items() if found)
    if not kinds:
        return None
    chosen = rng.choice(kinds)
    return chosen, rng.sample(options[chosen], min(len(options[chosen]), rng.randint(1, 3)))


def _replace_places(article: Article, places: list[tuple[int, int, int]], replacement) -> tuple[Article, list[Span]]:
    """A copy of ``article`` with each place's text replaced by ``replacement(text)``; the gold spans of the
    replacements (without the spaces around them)."""
    result = _clone(article)
    spans: list[Span] = []
    for index, start, end in sorted(places, reverse=True):  # from the end, so earlier offsets stay valid
        text = result.blocks[index].text
        new = replacement(text[start:end])
        result.blocks[index].text = text[:start] + new + text[end:]
        shift = len(new) - (end - start)
        spans = [Span(s.block, s.start + shift, s.end + shift) if s.block == index and s.start >= end else s
                 for s in spans]
        lead = len(new) - len(new.lstrip())
        spans.append(Span(index, start + lead, start + len(new.rstrip())))
    return result, sorted(spans, key=lambda s: (s.block, s.start))


_ENTITY_PLACES = {
    "apostrophe": re.compile(r"(?<=[a-z])'(?=[a-z])"),
    "quote": re.compile(r'"'),
    "and": re.compile(r"(?<=[A-Z]) and (?=[A-Z])|&"),
    "dash": re.compile(r" - "),
}


@injector("entities-as-text", family="journalism")
def entities_as_text(article: Article, rng: random.Random) -> Optional[Injection]:
    """HTML character references shown as text ('Lee&#x27;s', '&quot;…&quot;', 'R&amp;D').

    In .html the renderer escapes '&' again, so the reader sees the reference: the gold is the reference.
    """
    found = _character_places(article, _ENTITY_PLACES, rng)
    if found is None:
        return None
    chosen, places = found
    entity = {"apostrophe": rng.choice(("&#x27;", "&#39;", "&rsquo;", "&amp;#x27;")),
              "quote": rng.choice(("&quot;", "&#34;", "&ldquo;")), "and": rng.choice(("&amp;", "&amp;amp;")),
              "dash": rng.choice((" &ndash; ", " &mdash; ", "&nbsp;-&nbsp;"))}[chosen]
    result, spans = _replace_places(article, places, lambda old: f" {entity} " if old == " and " else entity)
    return _inject("entities-as-text", result, spans, RULES["entity"], f"{chosen} -> {entity!r} x{len(spans)}")


def mojibake_of(text: str) -> str:
    """``text`` encoded as UTF-8 and decoded as cp1252, as a misconfigured pipeline shows it."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


# Where a typeset original had a curly apostrophe, a pound sign, an en dash, an accent or a euro sign.
_MOJIBAKE_PLACES = {
    "apostrophe": re.compile(r"(?<=[a-z])'(?=[a-z])"),
    "pound": re.compile(r"£"),
    "dash": re.compile(r"(?<= )-(?= )"),
    "accent": re.compile(r"\b(?:cafe|resume|fiance|naive|Jose|Rene|Andre|decor|entree|protege|Zoe)\b"),
    "euro": re.compile(r"€"),
}
_TYPESET = {"'": "’", "-": "–", "cafe": "café", "resume": "résumé", "fiance": "fiancé", "naive": "naïve",
            "Jose": "José", "Rene": "René", "Andre": "André", "decor": "décor", "entree": "entrée",
            "protege": "protégé", "Zoe": "Zoë"}


@injector("mojibake", family="journalism")
def mojibake(article: Article, rng: random.Random) -> Optional[Injection]:
    """Characters of the story shown as UTF-8 read as cp1252 ('â€™' for '’', 'Â£' for '£', 'Ã©' for 'é')."""
    found = _character_places(article, _MOJIBAKE_PLACES, rng)
    if found is None:
        return None
    chosen, places = found
    result, spans = _replace_places(article, places, lambda old: mojibake_of(_TYPESET.get(old, old)))
    return _inject("mojibake", result, spans, RULES["mojibake"], f"{chosen} x{len(spans)}")


# ===========================================================================
# A pipe table pasted into the text
# ===========================================================================


@injector("pipe-table-in-text", family="journalism")
def pipe_table_in_text(article: Article, rng: random.Random) -> Optional[Injection]:
    """A Markdown pipe table (header, rule, rows of the story's figures) pasted between paragraphs as raw lines."""
    rows = []
    for block in article.blocks:
        for start, end in sentences(block.text):
            sentence = block.text[start:end]
            figure = re.search(r"[£$€]?\d[\d,.]*(?:%| per cent|bn|m\b| million| billion)?", sentence)
            if figure and not re.fullmatch(r"(?:19|20)\d\d", figure.group().strip(" ,.")):
                words = [w for w in _words(sentence[: figure.start()]) if w.lower() not in _STOPWORDS][-3:]
                if words:
                    rows.append((" ".join(words), figure.group().strip(" ,.")))
    names = _names(article)
    header = rng.choice((("Item", "Figure"), ("Topic", "Details"), ("Measure", "Value"), ("Key point", "Number")))
    if len(rows) < 2:
        if len(names) < 2:
            return None
        header = rng.choice((("Name", "Role"), ("Who", "What")))
        rows = [(n, rng.choice(("Involved", "Quoted", "Mentioned", "Key figure"))) for n in names[:4]]
    rows = rows[: rng.randint(2, 5)]
    separator = rng.choice(("|---|---|", "| --- | --- |", "|:---|---:|"))
    lines = [f"| {header[0]} | {header[1]} |", separator] + [f"| {a} | {b} |" for a, b in rows]
    result = _clone(article)
    places = _boundaries_between(result) or [len(result.blocks)]
    at = rng.choice(places)
    gold = []
    for offset, line in enumerate(lines):
        gold.append(_insert_block(result, at + offset, Block("raw", line)))
    return _inject("pipe-table-in-text", result, gold, RULES["table"], f"{len(lines)} lines")
