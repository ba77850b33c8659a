"""Who says what in an article: the one home of what attribution and sourcing rules share.

Wire practice (AP, Reuters) attributes every disputable fact the reporter did
not witness: the attribution sits in the same sentence or is carried by the
one before. This module reads an article once and records, per sentence:

- ``cues``: reporting verbs and source phrases ("said", "told Reuters",
  "according to", "figures from the ONS showed");
- ``vague``: attributions to an unnamed group in the present, perfect or
  future tense ("Critics argue", "Early estimates project", "Analysts will
  assess", "it is believed"), after Wikipedia's "Words to watch" and NPR's
  memo on "some say";
- ``statistic``: a figure in a frame that makes it a claim needing a source:
  a forecast ("is expected to generate 12,000 jobs", "potentially capturing a
  15% share") or a measured share or total ("totaled $115 billion,
  accounting for 20%");

and, per quotation that is speech, whether it is attributed and whether a
named, credentialed speaker introduces it with no reporting verb
("Dr X, Scholar, University – “…”"). Rules read the result through
:func:`attribution`, computed once per document.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from newslint.analysis import shared
from newslint.document.model import Block, Document, Quote
from newslint.document.words import WORD_RE

Span = tuple[int, int]

# Blocks whose sentences make claims (headlines and headings announce, they do not attribute).
BODY_KINDS = frozenset({"paragraph", "list_item", "table_cell", "blockquote", "caption"})

# -- reporting cues ----------------------------------------------------------------------------

# Verbs that report speech, writing or a stated view. Only forms that are verbs in news copy:
# "state", "claims", "projects", "pledge" are mostly nouns there ("state visit", "territorial claims").
_SPEECH_VERBS = (
    r"sa(?:y|ys|id|ying)|t(?:ell|ells|old|elling)|adds|added|adding|stated|explain(?:s|ed|ing)?|wr(?:ites|ote|itten)"
    r"|noted|argu(?:e|es|ed|ing)|claimed|claiming|insist(?:s|ed|ing)?|warn(?:s|ed|ing)?|announc(?:es|ed|ing)"
    r"|reported|asked|repl(?:ies|ied)|responded|commented|suggested|urg(?:es|ed|ing)|declared|maintain(?:s|ed)"
    r"|admit(?:s|ted)?|acknowledg(?:e|es|ed)|conceded|confirm(?:s|ed)|reveal(?:s|ed)|recall(?:s|ed)|remarked"
    r"|observed|point(?:s|ed)? out|predict(?:s|ed)?|tweeted|posted|joked|quipped|shouted|exclaimed|whispered"
    r"|boasted|complained|vow(?:s|ed)|promised|pledged|stressed|emphasi[sz](?:es|ed)|describ(?:es|ed)|(?<!so-)called"
    r"|dubbed|branded|quot(?:ed|ing)|testified|concluded|agreed|disagreed|countered|protested|alleg(?:es|ed)"
    r"|accused|den(?:ies|ied)|praised|critici[sz]ed|hailed|sighed|laughed|smiled|scoffed|mused|beamed|cited|citing"
    r"|recounted|asserted|affirmed|reiterated|estimated|estimates|forecasts|projected|reckon(?:s|ed)?|calculated|believ(?:e|es|ed)"
    r"|think(?:s)?|thought|feel(?:s)?|felt|hoped|hopes to|feared|expect(?:s|ed)?|sang|chanted|yelled|cried"
    r"|wondered|muttered"
)
# Nouns and phrases that name where words or figures come from.
_SOURCE_PHRASES = (
    r"according to|in an? (?:statement|interview|e-?mail|letter|post|tweet|blog|memo|filing|op-ed|column|editorial"
    r"|speech|video|podcast|message)|(?:news|press) (?:conference|release|briefing)|briefing|statement|interview"
    r"|spokes(?:man|woman|person|people)|as saying|on (?:Twitter|Facebook|Instagram|TikTok|Weibo|LinkedIn|television|radio)"
    r"|(?:figures|data|statistics|numbers|estimates|forecasts|projections) (?:from|by|released|published|compiled|issued|produced)"
    r"|(?:official|government|provisional|latest|new|recent|preliminary|published|industry|company|census)"
    r" (?:figures|data|statistics|estimates|forecasts)"
    r"|(?:figures|data|statistics|the report|the survey|the study|the poll|the census|the index|the research"
    r"|the analysis) (?:show|shows|showed|shown|suggest|suggests|suggested|found|finds|indicate|indicates|indicated"
    r"|revealed|reveals|put|puts)"
    r"|(?:survey|study|poll|report|review|audit|census|research|analysis|investigation|inquiry|paper)"
    r" (?:by|from|of|for|published|released|conducted|carried out|commissioned)"
    r"|based on (?:data|figures|statistics|estimates|a survey|a study|a report|research|an analysis) (?:from|by|of)"
    r"|published|released|issued|sources?:|(?:polled|surveyed|questioned|interviewed) by"
)
CUE_RE = re.compile(r"(?<![\w-])(?:" + _SPEECH_VERBS + "|" + _SOURCE_PHRASES + r")(?![\w-])", re.IGNORECASE)
# More ways of introducing a quote, too loose to source a figure ("continued", "smiles", "asks").
_QUOTE_VERBS_RE = re.compile(
    r"(?<![\w-])(?:continu(?:es|ed)|remarks|asks|smil(?:es|ed)|laugh(?:s|ed)|concedes|intimated|reflect(?:s|ed)"
    r"|enthus(?:es|ed)|gush(?:es|ed)|sighs|shrug(?:s|ged)|grin(?:s|ned)|beams|thank(?:s|ed)|question(?:s|ed)"
    r"|declares|states|pleaded|pleads|begged|demand(?:s|ed)|replies|responds|retort(?:s|ed)|snapped|summ(?:ed|s) up"
    r"|goes on|went on|put it|puts it|came the (?:response|reply|answer)|claims?|fears|hopes|calls|deemed|regarded"
    r"|labell?ed|criticis(?:e|es)|critici(?:ze|zes)|accuses|notes|observes|recalls|jokes|quips|muses|admits|wrote"
    r"|read out|reads|read|message|letter|e-?mail|tweet|post|speech|remarks|comments|words|told|interview(?:ed)?"
    r"|writing|captioned|shared|shares|opined|offered|recalling|adding|explaining|insisting|noting|saying)(?![\w-])",
    re.IGNORECASE,
)

# "is expected to", "an estimated 2,000", "are thought to have": a participle with no agent names no source.
_AGENTLESS_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:is|are|was|were|be|been|being|an|the|a|its|their)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
_PARTICIPLES = {
    "expected", "estimated", "projected", "predicted", "thought", "believed", "feared", "hoped", "reported",
    "alleged", "called", "said", "calculated", "quoted",
}

# -- vague attribution ---------------------------------------------------------------------------

_VAGUE_GROUPS = (
    r"analysts|critics|experts|observers|commentators|economists|scientists|researchers|specialists|pundits"
    r"|insiders|watchers|sceptics|skeptics|detractors|scholars|academics|historians|strategists|onlookers"
    r"|estimates|studies|research|reports|surveys|forecasts|projections"
)
# Crowds that are vague only with a quantifier: "some people say", "many observers believe".
_CROWDS = r"people|others|voices|americans|britons|residents|fans|users|members|commentators|observers"
_QUANTIFIERS = r"some|many|most|several|numerous|various|certain|countless|a (?:number|lot|host|few) of|a few|plenty of|lots of"
# Present, perfect and future tenses: the standing opinion of an unnamed group. The simple past
# ("analysts said") reports an occasion on which the reporter heard them, and is left alone.
_VAGUE_VERBS = (
    r"say|argue|claim|believe|contend|suggest|warn|fear|predict|expect|think|agree|insist|maintain|note"
    r"|point out|estimate|project|forecast|reckon|worry|caution|assess|show|indicate|feel|doubt|question"
    r"|anticipate|suspect|consider|point to|conclude|speculate|wonder|put|see|reveal|describe|call|view|regard"
)
_VAGUE_PRESENT = r"(?:" + _VAGUE_VERBS + r")s?"
_PERFECT = (
    r"(?:have|has) (?:long |also |repeatedly |often |widely )?(?:said|argued|claimed|suggested|warned|shown|found"
    r"|predicted|estimated|noted|pointed out|questioned|raised|expressed|speculated|concluded|agreed|critici[sz]ed"
    r"|called|cautioned|described|indicated|revealed|projected|forecast|voiced|proposed)"
)
_MODAL = (
    r"(?:(?:will|would|could|may|might|should|must|are likely to|are expected to) (?:also |now |closely |likely "
    r"|probably )?(?:be )?(?:" + _VAGUE_VERBS + r"|watch|watching|monitor|monitoring|judge|scrutini[sz]e|weigh)"
    r"|(?:are|remain) (?:also |now |still |deeply |increasingly )?(?:concerned|worried|divided|skeptical|sceptical"
    r"|unconvinced|convinced|confident|cautious|split|wary))"
)
_VAGUE_VERB = r"(?:" + _PERFECT + r"|" + _MODAL + r"|" + _VAGUE_PRESENT + r")(?![\w-])"
_ADVERB = r"(?:(?:also|still|now|generally|widely|often|increasingly|long|broadly|largely|privately|openly) )?"
# Where a subject can start (the regexes run on one sentence): its start, after a conjunction,
# a colon, a dash or a comma.
_CLAUSE_START = (
    r"(?:(?<![\w-])(?:but|and|while|whereas|although|though|as|because|since|yet|however,|so|that)\s+"
    r"|^\W*|(?<=[:;–—(])\s*|(?<=,\s))"
)
_MODIFIERS = r"(?P<mods>(?:[\w’'-]+\s+){0,2}?)"
_VAGUE_GROUP_RE = re.compile(
    _CLAUSE_START + r"(?P<phrase>(?:(?:" + _QUANTIFIERS + r")\s+)?" + _MODIFIERS
    + r"(?P<group>" + _VAGUE_GROUPS + r")\s+" + _ADVERB + _VAGUE_VERB + ")",
    re.IGNORECASE,
)
_VAGUE_CROWD_RE = re.compile(
    _CLAUSE_START + r"(?P<phrase>(?:" + _QUANTIFIERS + r")\s+" + _MODIFIERS
    + r"(?:" + _CROWDS + r")\s+" + _ADVERB + _VAGUE_VERB + ")",
    re.IGNORECASE,
)
# "Many believe", "some say", "others argue": a bare quantifier as the subject.
_VAGUE_BARE_RE = re.compile(
    _CLAUSE_START + r"(?P<phrase>(?:some|many|most|others) " + _ADVERB + r"(?:" + _VAGUE_PRESENT + r"|" + _PERFECT
    + r"))(?![\w-])",
    re.IGNORECASE,
)
# "it is believed", "it is widely thought": a passive with no agent at all.
_VAGUE_PASSIVE_RE = re.compile(
    r"(?<![\w-])(?P<phrase>it (?:is|has been) (?:widely |generally |often |commonly |now |also )?"
    r"(?:believed|said|claimed|thought|rumou?red|alleged|suggested|argued|feared|estimated|assumed|reckoned)"
    r"|(?:it|this|that) (?:is|has been) (?:widely|generally|commonly|often) "
    r"(?:believed|thought|held|accepted|regarded|considered|seen|viewed|agreed))(?![\w-])(?! by)",
    re.IGNORECASE,
)
_VAGUE_RES = (_VAGUE_GROUP_RE, _VAGUE_CROWD_RE, _VAGUE_BARE_RE, _VAGUE_PASSIVE_RE)
# Professions whose members a story can name: "analysts say" sums up what the named analysts it
# quotes said ("…, said Phil Kain, an analyst at Investment Research").
_PROFESSIONS = {
    "analysts": "analyst", "economists": "economist", "experts": "expert", "researchers": "researcher",
    "scientists": "scientist", "scholars": "scholar", "strategists": "strategist", "historians": "historian",
    "academics": "academic", "specialists": "specialist",
}
_NAMED_MEMBER = (
    r"(?:[A-Z][\w&.’'-]*\s+)+(?i:{g})(?![\w-])"  # Investment Research analyst, Goldman Sachs economists
    r"|(?<![\w-])(?i:{g})s?\s+(?:at|with|from|of|for)\s+(?:the\s+)?[A-Z]"  # analysts at Barclays
    r"|(?<![\w-])(?i:{g})\s+[A-Z][\w’'-]+\s+[A-Z]"  # analyst Phil Kain
)
# Modifiers that do not identify the group ("early estimates", "leading experts"); any other
# modifier does ("Labour critics", "the bank's analysts", "these experts").
_EMPTY_MODIFIERS = {
    "early", "initial", "preliminary", "recent", "new", "leading", "top", "independent", "many", "some", "most",
    "several", "other", "certain", "outside", "senior", "prominent", "respected", "concerned", "skeptical",
    "sceptical", "political", "economic", "financial", "industry", "market", "city", "security", "legal",
    "health", "medical", "climate", "policy", "foreign", "western", "local", "international", "global",
    "government", "tech", "technology", "energy", "defence", "defense", "military", "trade", "oil", "more",
    "previous", "past", "earlier", "latest", "further", "numerous", "various", "multiple", "private",
}

# -- figures and the frames that make them claims --------------------------------------------------

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
# A forecast: a projection phrase or a modal that governs a figure later in the same clause.
_PROJECTION_RE = re.compile(
    r"(?<![\w-])(?:(?:is|are|was|were|be|been|being) )?(?:expected|projected|forecast|predicted|estimated|anticipated"
    r"|poised|tipped|slated|on track|on course|likely) to(?![\w-])"
    r"|(?<![\w-])(?:potentially|possibly)(?![\w-])",
    re.IGNORECASE,
)
# A measured share or total: the frame right before the figure…
_MEASURE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:total(?:l)?(?:ed|s|ing)?|amount(?:ed|s|ing)? to|account(?:ed|s|ing)? for|(?:make|makes|made|making) up"
    r"|represent(?:s|ed|ing)?|stood at|stands at|standing at|estimated at"
    r"|capturing|captures?|captured|command(?:s|ed|ing)?|(?:a|an|its|their) (?:market )?share of|equivalent to|equal to)"
    r"\s+(?:(?:about|around|roughly|nearly|almost|some|over|more than|less than|up to|an estimated|approximately|a|an"
    r"|the|just|only)\s+)*$",
    re.IGNORECASE,
)
# …or right after it: "a 15% share".
_MEASURE_AFTER_RE = re.compile(
    r"\s*(?:market )?share(?![\w-])",
    re.IGNORECASE,
)
# Results the reporter can see, not claims: votes and seats.
_EXEMPT_AFTER_RE = re.compile(r"\s*(?:of the vote|of votes|votes?|seats?|turnout)(?![\w-])", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:–—]|,\s(?:but|while|whereas|although)(?![\w-])")
_JOINER = re.compile(r"[\s,;]*(?:and\s*)?")
# Words that end the noun after a figure ("12,000 high-skill jobs | across").
_NOUN_STOP = {
    "of", "in", "to", "for", "by", "from", "across", "within", "over", "at", "on", "and", "or", "with", "than",
    "per", "a", "an", "the", "this", "that", "which", "who", "as", "into", "between", "after", "before", "if",
    "when", "while", "is", "are", "was", "were", "will", "would", "could", "has", "have", "had", "year",
    "last", "next", "since", "until", "through", "under", "above", "below", "among", "compared", "but", "yet",
    "so", "not", "because", "although", "though", "unless", "whereas",
}
_NEXT_WORD = re.compile(r"[ \u00a0\u202f]+([a-z][\w\u2010\u2011-]*)")

# -- quotes and speakers -----------------------------------------------------------------------------

_TITLE_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "is", "vs"}
# Words before a quote that make it a name or a title, not speech.
_TITLE_CONTEXT_RE = re.compile(
    r"(?<![\w-])(?:entitled|titled|called|named|dubbed|nicknamed|known as|headlined|slogan|motto|banner|hashtag|song"
    r"|single|album|film|movie|book|novel|play|show|series|programme|program|musical|opera|poem|track|hit|documentary"
    r"|campaign|policy|doctrine|initiative|plan|strategy|project|operation|term|phrase|word|words|label|brand|tagline"
    r"|catchphrase|sign(?:s)? (?:reading|saying)|(?:sign|banner|placard|headline|caption|card|note|message)"
    r" (?:read|reads|said|says))\s*$",
    re.IGNORECASE,
)
# A colon or dash that hands over to a quote: 'Smith: "…"', 'Dr X, Scholar – “…”'.
# Words after a quote that make it a name: 'the "one time, last time" rule', '"…" campaign'.
_NAMED_THING_AFTER_RE = re.compile(
    r"[\s,]*(?:rule|campaign|slogan|policy|doctrine|initiative|programme|program|scheme|motto|label|tagline"
    r"|catchphrase|song|album|single|film|movie|book|novel|series|show|headline|banner|sign|hashtag)s?(?![\w-])",
    re.IGNORECASE,
)
_HANDOVER_RE = re.compile(r"[:;–—-]\s*$")
# Words of an expert's credential.
EXPERT_WORDS_RE = re.compile(
    r"(?<![\w-])(?:dr|prof|professor|scholar|analyst|economist|expert|researcher|scientist|strategist|fellow"
    r"|lecturer|academic|specialist|consultant|adviser|advisor|historian|commentator|chief economist"
    r"|university|institute|institution|academy|think[ -]tank|centre|center|school of|college|observatory"
    r"|laboratory)(?![\w-])",
    re.IGNORECASE,
)
# How, when or where words were obtained: a medium or a date.
MEDIUM_OR_DATE_RE = re.compile(
    r"(?<![\w-])(?:told|interview(?:ed)?|in an? (?:report|paper|study|article|note|post|book|essay|op-ed|column|speech"
    r"|lecture|podcast|letter|statement)|at an? (?:briefing|conference|seminar|forum|hearing|event|panel|meeting)"
    r"|wrote|writing in|published|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?:last|this) (?:week|month|year)|yesterday|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d)(?![\w-])",
    re.IGNORECASE,
)


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
class SpeechQuote:
    quote: Quote
    words: int
    attributed: bool  # a cue in its sentence, the one before or after, or elsewhere in its chain
    #: 'Name, Credential – ' before the quote: a credentialed speaker named with no reporting verb.
    expert_lead_in: Span | None = None
    continues: bool = False  # continues the quote before it (nothing but whitespace between)
    full: bool = True  # starts like a sentence of its own (not a fragment in the reporter's sentence)


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
    sentences = []
    for sentence in doc.sentences:
        facts = SentenceFacts(sentence.start, sentence.end, sentence.block)
        if doc.blocks[sentence.block].kind in BODY_KINDS:
            _read_sentence(doc.text, facts, quote_spans)
        sentences.append(facts)
    _drop_vague_for_named_professions(doc.text, sentences)
    _keep_isolated_vague(doc, sentences)
    speech = _speech_quotes(doc, sentences)
    _carry(doc, sentences)
    return ArticleAttribution(sentences, speech)


def _keep_isolated_vague(doc: Document, sentences: list[SentenceFacts]) -> None:
    """'Analysts say …' followed by '"…," said Phil Kain of Investment Research' is how wire copy
    sums up named sources: a vague attribution next to a sentence that names a source is kept
    only when nothing around it names anyone (table cells stand alone)."""
    for i, facts in enumerate(sentences):
        if not facts.vague or doc.blocks[facts.block].kind == "table_cell":
            continue
        neighbours = [sentences[j] for j in (i - 1, i + 1) if 0 <= j < len(sentences)]
        if any(n.named_cue and doc.blocks[n.block].kind in BODY_KINDS - {"table_cell"} for n in neighbours):
            facts.vague = []


def _outside(spans: list[Span], position: int) -> bool:
    return not any(s <= position < e for s, e in spans)


def _drop_vague_for_named_professions(text: str, sentences: list[SentenceFacts]) -> None:
    """'Analysts say …' in a story that quotes a named analyst with a reporting verb sums up
    named sources; the group then counts as named."""
    groups = {_vague_group(text[s:e]) for facts in sentences for s, e in facts.vague} - {None}
    for group in groups:
        member = re.compile(_NAMED_MEMBER.format(g=_PROFESSIONS[group]))
        if not any(f.named_cue and member.search(text, f.start, f.end) for f in sentences):
            continue
        for facts in sentences:
            facts.vague = [(s, e) for s, e in facts.vague if _vague_group(text[s:e]) != group]


def _vague_group(phrase: str) -> str | None:
    found = re.search(r"(?<![\w-])(" + "|".join(_PROFESSIONS) + r")(?![\w-])", phrase, re.IGNORECASE)
    return found.group(1).lower() if found else None


def _read_sentence(text: str, facts: SentenceFacts, quote_spans: list[Span]) -> None:
    for match in CUE_RE.finditer(text, facts.start, facts.end):
        if _outside(quote_spans, match.start()) and not _agentless(text, match, facts.start):
            facts.cues.append(match.span())
    sentence = text[facts.start : facts.end]
    for regex in _VAGUE_RES:
        for match in regex.finditer(sentence):
            span = (facts.start + match.start("phrase"), facts.start + match.end("phrase"))
            if _outside(quote_spans, span[0]) and _is_vague(match, span, facts):
                facts.vague.append(span)
    facts.vague.sort()
    facts.statistic = _statistic(text, facts, quote_spans)
    facts.figure = facts.statistic is not None or bool(_PROJECTION_RE.search(text, facts.start, facts.end)) or any(
        _outside(quote_spans, m.start()) and not _is_year(m) for m in FIGURE_RE.finditer(text, facts.start, facts.end)
    )


def _agentless(text: str, match: re.Match[str], sentence_start: int) -> bool:
    if match.group().lower() not in _PARTICIPLES:
        return False
    if not _AGENTLESS_BEFORE_RE.search(text, max(sentence_start, match.start() - 30), match.start()):
        return False
    return not re.match(r"\s+by\s", text[match.end() : match.end() + 5])


def _is_vague(match: re.Match[str], span: Span, facts: SentenceFacts) -> bool:
    mods = match.groupdict().get("mods") or ""
    if any(word.strip("’'").lower() not in _EMPTY_MODIFIERS for word in mods.split()):
        return False  # "the bank's analysts", "Labour critics": a group the reader can identify
    # A named cue earlier in the sentence carries the clause: "The minister said critics argue …".
    return not any(cue < span[0] for cue, _ in facts.cues)


# -- statistics --------------------------------------------------------------------------------------


def _statistic(text: str, facts: SentenceFacts, quote_spans: list[Span]) -> Span | None:
    """The first claim frame with its figure ("totaled $115 billion, accounting for 20 %"), or None."""
    found: Span | None = None
    for match in FIGURE_RE.finditer(text, facts.start, facts.end):
        start, end = match.span()
        if not _outside(quote_spans, start) or _is_year(match):
            continue
        clause_start = _clause_start(text, facts.start, start)
        frame = _frame_start(text[clause_start:start], match, text[end : min(facts.end, end + 40)])
        if frame is None:
            continue
        frame_start = clause_start + frame
        if found is not None and not _JOINER.fullmatch(text, found[1], frame_start):
            break  # a second, separate claim: one per sentence is enough
        found = (found[0] if found else frame_start, _noun_end(text, end, facts.end))
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
    for projection in _PROJECTION_RE.finditer(before):
        pass
    if projection is not None and len(before[projection.end() :].split()) <= 8:
        starts.append(projection.start())
    if figure.group("percent") and _MEASURE_AFTER_RE.match(after):
        article = re.search(r"(?<![\w-])(?:a|an|its|their|the)\s+$", before)
        starts.append(article.start() if article else len(before))
    return min(starts) if starts else None


def _noun_end(text: str, end: int, limit: int) -> int:
    for _ in range(3):
        match = _NEXT_WORD.match(text, end, limit)
        if not match or match.group(1) in _NOUN_STOP or match.group(1).endswith(("ing", "ed", "ly")):
            break
        end = match.end()
    return end


def _is_year(match: re.Match[str]) -> bool:
    value = match.group()
    return match.group("count") is not None and value.isdigit() and len(value) == 4


def _scaled(match: re.Match[str]) -> bool:
    return any(ch.isalpha() for ch in match.group())


def _clause_start(text: str, sentence_start: int, position: int) -> int:
    start = sentence_start
    for match in _CLAUSE_BREAK.finditer(text, sentence_start, position):
        start = match.end()
    return start


# -- quotes ------------------------------------------------------------------------------------------


def _speech_quotes(doc: Document, sentences: list[SentenceFacts]) -> list[SpeechQuote]:
    """The quotes that are speech, each with whether it is attributed."""
    text = doc.text
    quote_spans = [(q.start, q.end) for q in doc.quotes]
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
        if not _is_speech(text, block, quote, words, inner) or _broken_off(doc, quote):
            continue
        first = max(0, bisect.bisect_right(starts, quote.start) - 1)
        last = max(first, bisect.bisect_left(starts, quote.end) - 1)
        for facts in sentences[first : last + 1]:
            facts.speech = True
        item = SpeechQuote(quote, len(words), False, full=_starts_utterance(inner))
        lead_in = _lead_in(text, block, quote)
        if lead_in is not None and _names_expert_without_verb(text[lead_in[0] : lead_in[1]]):
            item.expert_lead_in = lead_in
        elif lead_in is not None:
            item.attributed = True  # 'Smith: "…"', 'He said: "…"'
        if not item.attributed:
            around = sentences[max(0, first - 1) : last + 2]
            item.attributed = (
                any(f.cues or _QUOTE_VERBS_RE.search(text, f.start, f.end) for f in around)
                or _tagged_after(text, quote, sentences[last].end)
                # A named person next to the quote is its speaker; an expert's lead-in is the
                # speaker too, but what sourcing asks of it is a verb, medium or date.
                or (item.expert_lead_in is None and any(_names_someone(text, f, quote_spans) for f in around))
            )
        result.append(item)
    _share_along_chains(text, result)
    return result


def _is_speech(text: str, block: Block, quote: Quote, words: list[str], inner: str) -> bool:
    if len(words) < 4:
        return False  # a scare quote or a nickname: "pragmatic", "Freddie"
    if _TITLE_CONTEXT_RE.search(text, max(block.start, quote.start - 40), quote.start):
        return False  # the song "…", the policy "…"
    if _NAMED_THING_AFTER_RE.match(text, quote.end, block.end):
        return False  # "Make love not spam" campaign
    content = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    capitalized = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    # A title of a work or a policy's name ("The Taming of the Shrew," in US punctuation).
    return not (content and capitalized == len(content) and len(words) <= 12)


_PERSON_PRONOUN = re.compile(
    r"(?<![\w-])(?:he|she|they|we|i|his|her|him|mayor|minister|president|chairman|chairwoman|chair|director"
    r"|spokes(?:man|woman|person)|coach|manager|captain|judge|officer|official|governor|senator|leader|boss"
    r"|chief|executive|secretary|premier|commissioner|ambassador|prosecutor|lawyer|attorney|player|striker"
    r"|author|actor|actress|singer|star|founder|owner|witness|victim|resident|teacher|doctor|nurse)s?(?![\w-])",
    re.IGNORECASE,
)
_CAPITALIZED = re.compile(r"(?<=[\w,;)] )[A-Z][a-z]+")
_CALENDAR_WORDS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December",
}


def _names_someone(text: str, facts: SentenceFacts, quote_spans: list[Span]) -> bool:
    """A person outside the quotes of a sentence next to a quote: a pronoun or a name
    ('Smith was unrepentant. "…"'): the speaker is there, only the verb is missing."""
    outside = []
    position = facts.start
    for start, end in quote_spans:
        if end <= facts.start or start >= facts.end:
            continue
        outside.append(text[position : max(position, start)])
        position = max(position, end)
    outside.append(text[position : facts.end])
    words = " ".join(outside)
    return bool(_PERSON_PRONOUN.search(words)) or any(
        match.group() not in _CALENDAR_WORDS for match in _CAPITALIZED.finditer(words)
    )


def _broken_off(doc: Document, quote: Quote) -> bool:
    """An unclosed quote that no paragraph continues: a mis-split line or a typo, not a speech
    whose attribution can be judged."""
    if quote.closed:
        return False
    following = doc.blocks[quote.block + 1].text.lstrip() if quote.block + 1 < len(doc.blocks) else ""
    return not following[:1] in "\"“'‘«" or not following


def _starts_utterance(inner: str) -> bool:
    """A quote that starts like a sentence of its own, not a fragment woven into the reporter's."""
    stripped = inner.lstrip(" .…'‘\"“([")
    return bool(stripped) and (stripped[0].isupper() or stripped[0].isdigit())


def _tagged_after(text: str, quote: Quote, sentence_end: int) -> bool:
    """'"…," smiles one broker.': a short tag after the quote closes the sentence."""
    tail = text[quote.end : sentence_end]
    return quote.closed and text[quote.end - 2 : quote.end - 1] in ",?!" and len(tail.split()) <= 5


def _lead_in(text: str, block: Block, quote: Quote) -> Span | None:
    """The words between the last sentence break and a quote that opens after a colon or dash."""
    start = block.start
    for sentence_break in re.finditer(r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)[.!?]\s", text[block.start : quote.start]):
        start = block.start + sentence_break.end()
    lead = text[start : quote.start]
    if not _HANDOVER_RE.search(lead) or not (any(ch.isupper() for ch in lead) or lead.rstrip().endswith(":")):
        return None
    if len(WORD_RE.findall(lead)) > 25:
        return None
    return start, quote.start


def _names_expert_without_verb(lead: str) -> bool:
    return "," in lead and bool(EXPERT_WORDS_RE.search(lead)) and not CUE_RE.search(lead)


def _share_along_chains(text: str, speech: list[SpeechQuote]) -> None:
    """Quotes with nothing but whitespace between them (a quote continued in the next paragraph,
    where news style leaves the closing mark off) are one speech and share its attribution."""
    chain: list[SpeechQuote] = []
    for item in speech + [None]:
        if item is not None and chain and not text[chain[-1].quote.end : item.quote.start].strip():
            item.continues = True
            chain.append(item)
            continue
        if any(member.attributed for member in chain):
            for member in chain:
                member.attributed = True
        chain = [item] if item is not None else []


# -- carrying attribution ------------------------------------------------------------------------------


def _carry(doc: Document, sentences: list[SentenceFacts]) -> None:
    """Mark the sentences whose attribution is carried by their neighbours.

    A source named in a paragraph covers what follows it in that paragraph (news paragraphs
    develop one source's account); the last sentence of a paragraph covers the first of the
    next; and a sentence is covered by the one right after it in its paragraph ("… 1,200 jobs.
    The company said the plant would open in May.").
    """
    previous: SentenceFacts | None = None
    for i, facts in enumerate(sentences):
        if doc.blocks[facts.block].kind not in BODY_KINDS:
            previous = None  # a heading starts a new thread
            continue
        facts.after_source = previous is not None and previous.named_cue
        if facts.after_source or (previous is not None and previous.covered and previous.block == facts.block):
            facts.covered = True
        following = sentences[i + 1] if i + 1 < len(sentences) else None
        if following is not None and following.block == facts.block and following.named_cue:
            facts.covered = True
        previous = facts


# -- speakers ----------------------------------------------------------------------------------------

_NAME_WORD = re.compile(r"[A-Z][\w\u2010\u2011’'-]*\.?")
_HONORIFICS = {"Dr", "Dr.", "Prof", "Prof.", "Professor", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms."}
_JOB_WORDS = re.compile(
    r"(?<![\w-])(?:scholar|analyst|economist|expert|researcher|scientist|strategist|fellow|lecturer|academic"
    r"|specialist|consultant|adviser|advisor|historian|commentator|professor|observer)s?(?![\w-])",
    re.IGNORECASE,
)
_INSTITUTION_WORDS = re.compile(
    r"(?<![\w-])(?:university|institute|institution|academy|centre|center|school|college|foundation|council"
    r"|bank|group|association|society|ministry|department|agency|office|corporation|company|fund)(?![\w-])",
    re.IGNORECASE,
)


def generic_credential(credential: str) -> bool:
    """A title-cased job description with no institution: "International Relations Scholar", "Senior Analyst".

    AP lowercases a job description after a name; a capitalised one on its own is one of the marks
    of the invented experts Press Gazette documented in 2025.
    """
    words = [w for w in WORD_RE.findall(credential) if w.lower() not in _TITLE_SMALL_WORDS]
    return (
        bool(words)
        and all(w[0].isupper() for w in words)
        and bool(_JOB_WORDS.search(credential))
        and not _INSTITUTION_WORDS.search(credential)
    )


def name_words(name: str) -> list[str]:
    return [w for w in _NAME_WORD.findall(name) if w not in _HONORIFICS and len(w.rstrip(".")) >= 2]


def quoted_elsewhere(doc: Document, article: ArticleAttribution, name: str, exclude: Span) -> bool:
    """Whether the person ``name`` appears again, outside ``exclude``, in a sentence that reports
    speech (a cue or a quote): "Kim said", "…, Li told Reuters". A word of the name counts only
    on its own ("Li", not "Li Qiang", who is someone else)."""
    words = name_words(name)
    if not words:
        return False
    full = " ".join(words)
    wanted = set(words)
    for facts in article.sentences:
        if exclude[0] <= facts.start < exclude[1] or not (facts.cues or facts.speech):
            continue
        sentence = doc.text[facts.start : facts.end]
        if full in sentence:
            return True
        tokens = WORD_RE.findall(sentence)
        for i, token in enumerate(tokens):
            if token in wanted and not _capitalized(tokens, i - 1) and not _capitalized(tokens, i + 1):
                return True
    return False


def _capitalized(tokens: list[str], i: int) -> bool:
    """A neighbouring name word ("Li Qiang" is not "Li"); honorifics are not names."""
    return 0 <= i < len(tokens) and tokens[i][0].isupper() and tokens[i] not in _HONORIFICS and i > 0
