"""The words of attribution: reporting verbs, source phrases, unnamed groups, credentials, media.

Single words are sets looked up token by token; phrases are regexes keyed by their first word
and tried only where that word occurs (a large alternation tried at every position of the text
costs several milliseconds per article in Python's ``re``).
"""

from __future__ import annotations

import re
from typing import NamedTuple


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


class Phrases(NamedTuple):
    """Regexes of phrases, each searched only in sentences that have one of its trigger words."""

    entries: tuple[tuple[frozenset[str], re.Pattern[str]], ...]
    triggers: frozenset[str]  # all trigger words


def _phrases(*entries: tuple[str, str]) -> Phrases:
    compiled = tuple(
        (_words(triggers), re.compile(r"(?<![\w-])(?:" + regex + r")(?![\w-])", re.IGNORECASE))
        for triggers, regex in entries
    )
    return Phrases(compiled, frozenset().union(*(triggers for triggers, _ in compiled)))


#: A token of running text (letters first; "e-mail", "Korea’s" are one token).
TOKEN_RE = re.compile(r"[^\W\d_][\w’'\u2010\u2011-]*")

# -- reporting cues ------------------------------------------------------------------------------

#: Verbs that report speech, writing or a stated view, and nouns that name the occasion. Only
#: forms that are verbs in news copy: "state", "claims", "projects", "pledge" are mostly nouns
#: there ("state visit", "territorial claims").
CUE_WORDS = _words("""
    say says said saying tell tells told telling adds added adding stated explain explains explained
    explaining writes wrote written noted argue argues argued arguing claimed claiming insist insists
    insisted insisting warn warns warned warning announces announced announcing reported asked replies
    replied responded commented suggested urges urged urging declared maintains maintained admit admits
    admitted acknowledge acknowledges acknowledged conceded confirms confirmed reveals revealed recalls
    recalled remarked observed predicts predicted tweeted posted joked quipped shouted exclaimed whispered
    boasted complained vows vowed promised pledged stressed emphasises emphasised emphasizes emphasized
    describes described called dubbed branded quoted quoting testified concluded agreed disagreed countered
    protested alleges alleged accused denies denied praised criticised criticized hailed sighed laughed
    smiled scoffed mused beamed cited citing recounted asserted affirmed reiterated estimated estimates
    forecasts projected reckon reckons reckoned calculated believe believes believed think thinks thought
    feel feels felt hoped feared expect expects expected sang chanted yelled cried wondered muttered
    published released issued spokesman spokeswoman spokesperson spokespeople briefing statement interview
""")
_MEDIA = (
    "statement interview e-mail email letter post tweet blog memo filing op-ed column editorial speech video podcast "
    "message"
)
_DATA = "figures data statistics numbers estimates forecasts projections"
_STUDIES = "report survey study poll census index research analysis review audit investigation inquiry paper"
_FINDS = (
    r"show|shows|showed|shown|suggest|suggests|suggested|found|finds|indicate|indicates|indicated|revealed|reveals"
    r"|put|puts"
)
#: Phrases that name where words or figures come from, each with the words that trigger it.
CUE_PHRASES = _phrases(
    ("according", r"according to"),
    ("point points pointed", r"point(?:s|ed)? out"),
    ("hopes", r"hopes to"),
    (_MEDIA, r"in an? (?:" + "|".join(_MEDIA.split()) + r")"),
    ("conference release briefing", r"(?:news|press) (?:conference|release|briefing)"),
    ("twitter facebook instagram tiktok weibo linkedin television radio",
     r"on (?:twitter|facebook|instagram|tiktok|weibo|linkedin|television|radio)"),
    (_DATA, r"(?:" + "|".join(_DATA.split()) + r") (?:from|by|released|published|compiled|issued|produced|"
            + _FINDS + r")"),
    (_DATA, r"(?:official|government|provisional|latest|new|recent|preliminary|published|industry|company|census)"
            r" (?:figures|data|statistics|estimates|forecasts)"),
    (_STUDIES, r"the (?:report|survey|study|poll|census|index|research|analysis) (?:" + _FINDS + r")"),
    (_STUDIES, r"(?:" + "|".join(_STUDIES.split()) + r"),? (?:by|from|of|for|published|released|conducted"
               r"|carried out|commissioned)"),
    ("based", r"based on (?:data|figures|statistics|estimates|a survey|a study|a report|research|an analysis)"
              r" (?:from|by|of)"),
    ("polled surveyed questioned interviewed", r"(?:polled|surveyed|questioned|interviewed) by"),
)
#: "Source: …" and "Sources: …" credit lines.
CREDIT_LINE_RE = re.compile(r"(?<![\w-])sources?:", re.IGNORECASE)
#: Participles that name no source when nothing is their agent: "is expected to", "an estimated 2,000".
AGENTLESS_PARTICIPLES = _words("""
    expected estimated projected predicted thought believed feared hoped reported alleged called said
    calculated quoted
""")
AGENTLESS_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:is|are|was|were|be|been|being|an|the|a|its|their)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)

#: More ways of handing over to a quote, too loose to source a figure ("continued", "smiles").
QUOTE_WORDS = CUE_WORDS | _words("""
    continues continued remarks asks smiles laughs concedes intimated reflects reflected enthuses enthused
    gushes gushed sighs shrugs shrugged grins grinned beams thanks thanked questions questioned declares
    states pleaded pleads begged demands demanded retorts retorted snapped claim claims fears hopes calls
    deemed regarded labelled labeled criticise criticises criticize criticizes accuses notes observes jokes
    quips muses reads read message letter email e-mail tweet post speech remarks comments words writing
    captioned shared shares opined offered recalling explaining insisting noting
""")
#: Verbs that report a person's words, the ones after which the next paragraph's quote plainly
#: goes on in that person's voice ("The coach said his side had been unlucky." / "We hit the post
#: twice …"). Not verbs of belief ("I think", "analysts expect") or of publishing and finding ("the
#: company has announced", "a poll found"): a quote after those has no speaker.
SPEAKER_WORDS = _words("""
    say says said saying tells told added adds explained explains insisted insists argued argues warned
    warns stressed admitted admits conceded concedes claimed asked replied responded urged recalled
    commented remarked declared vowed promised wrote writes tweeted statement
""")
#: Documents, which report figures and findings but do not speak: "a report by the watchdog says".
DOCUMENT_WORDS_RE = re.compile(
    r"(?<![\w-])(?:report|study|survey|poll|research|figures|data|analysis|paper|review|audit|index|statistics"
    r"|document|documents|filing|census)(?![\w-])",
    re.IGNORECASE,
)

QUOTE_PHRASES = _phrases(
    ("goes went", r"(?:goes|went) on"),
    ("put puts", r"puts? it"),
    ("came", r"came the (?:response|reply|answer)"),
    ("summed sums", r"sum(?:med|s) up"),
    ("read", r"read out"),
)

# -- vague attribution -------------------------------------------------------------------------------

_GROUPS = (
    "analysts critics experts observers commentators economists scientists researchers specialists pundits "
    "insiders watchers sceptics skeptics detractors scholars academics historians strategists onlookers "
    "estimates studies reports surveys forecasts projections"
)
# Crowds that are vague only with a quantifier: "some people say", "many observers believe".
_CROWDS = "people others voices americans britons residents fans users members commentators observers"
_QUANTIFIERS = (
    r"some|many|most|several|numerous|various|certain|countless|a (?:number|lot|host|few) of|a few|plenty of|lots of"
)
# Present, perfect and future tenses: the standing opinion of an unnamed group. The simple past
# ("analysts said") reports an occasion on which the reporter heard them, and is left alone.
_VERBS = (
    r"say|argue|claim|believe|contend|suggest|warn|fear|predict|expect|think|agree|insist|maintain|note"
    r"|point out|estimate|project|forecast|reckon|worry|caution|assess|show|indicate|feel|doubt|question"
    r"|anticipate|suspect|consider|point to|conclude|speculate|wonder|put|see|reveal|describe|call|view|regard"
)
_PERFECT = (
    r"(?:have|has) (?:long |also |repeatedly |often |widely )?(?:said|argued|claimed|suggested|warned|shown|found"
    r"|predicted|estimated|noted|pointed out|questioned|raised|expressed|speculated|concluded|agreed|critici[sz]ed"
    r"|called|cautioned|described|indicated|revealed|projected|forecast|voiced|proposed)"
)
_MODAL = (
    r"(?:(?:will|would|could|may|might|should|must|are likely to|are expected to) (?:also |now |closely |likely "
    r"|probably )?(?:be )?(?:" + _VERBS + r"|watch|watching|monitor|monitoring|judge|scrutini[sz]e|weigh)"
    r"|(?:are|remain) (?:also |now |still |deeply |increasingly )?(?:concerned|worried|divided|skeptical|sceptical"
    r"|unconvinced|convinced|confident|cautious|split|wary))"
)
# A plural subject takes the base form ("studies show"; "research projects" is a noun, not a claim).
_PLURAL_VERB = r"(?:" + _PERFECT + r"|" + _MODAL + r"|" + _VERBS + r")(?![\w-])"
# Only verbs that are not also plural nouns after "research" ("research projects", "research notes").
_SINGULAR_VERB = (
    r"(?:" + _PERFECT + r"|" + _MODAL + r"|says|argues|claims|suggests|warns|predicts|indicates|shows|reveals"
    r"|concludes|finds|confirms)(?![\w-])"
)
_ADVERB = r"(?:(?:also|still|now|generally|widely|often|increasingly|long|broadly|largely|privately|openly) )?"
# Where a subject can start (the regexes run on one sentence): its start, after a conjunction,
# a colon, a dash or a comma.
_CLAUSE_START = (
    r"(?:(?<![\w-])(?:but|and|while|whereas|although|though|as|because|since|yet|however,|so|that)\s+"
    r"|^\W*|(?<=[:;–—(])\s*|(?<=,\s))"
)
_MODIFIERS = r"(?P<mods>(?:[\w’'-]+\s+){0,2}?)"


def _alternatives(words: str) -> str:
    return "|".join(words.split())


#: "Critics argue", "Early estimates project", "Analysts will assess".
VAGUE_GROUP_RE = re.compile(
    _CLAUSE_START + r"(?P<phrase>(?:(?:" + _QUANTIFIERS + r")\s+)?" + _MODIFIERS
    + r"(?P<group>" + _alternatives(_GROUPS) + r")\s+" + _ADVERB + _PLURAL_VERB + ")",
    re.IGNORECASE,
)
#: "Research has shown", "new research suggests".
VAGUE_RESEARCH_RE = re.compile(
    _CLAUSE_START + r"(?P<phrase>" + _MODIFIERS + r"(?P<group>research)\s+" + _ADVERB + _SINGULAR_VERB + ")",
    re.IGNORECASE,
)
#: "Many observers believe", "some people say".
VAGUE_CROWD_RE = re.compile(
    _CLAUSE_START + r"(?P<phrase>(?:" + _QUANTIFIERS + r")\s+" + _MODIFIERS
    + r"(?:" + _alternatives(_CROWDS) + r")\s+" + _ADVERB + _PLURAL_VERB + ")",
    re.IGNORECASE,
)
#: "Many believe", "some say", "others argue": a bare quantifier as the subject.
VAGUE_BARE_RE = re.compile(
    _CLAUSE_START + r"(?P<phrase>(?:some|many|most|others) " + _ADVERB + r"(?:" + _VERBS + r"|" + _PERFECT
    + r"))(?![\w-])",
    re.IGNORECASE,
)
_PASSIVE_PARTICIPLES = (
    "believed said claimed thought rumoured rumored alleged suggested argued feared estimated assumed reckoned"
)
_PASSIVE_WIDELY = "believed thought held accepted regarded considered seen viewed agreed"
#: "it is believed", "it is widely thought": a passive with no agent at all. Not "it is understood",
#: how British newsrooms signal information they have confirmed themselves.
VAGUE_PASSIVE_RE = re.compile(
    r"(?<![\w-])(?P<phrase>it (?:is|has been) (?:widely |generally |often |commonly |now |also )?"
    r"(?:" + _alternatives(_PASSIVE_PARTICIPLES) + r")"
    r"|(?:it|this|that) (?:is|has been) (?:widely|generally|commonly|often) (?:" + _alternatives(_PASSIVE_WIDELY)
    + r"))(?![\w-])(?! by)",
    re.IGNORECASE,
)
#: Tokens without which a vague regex cannot match a sentence (a cheap filter before trying it).
VAGUE_TRIGGERS = (
    (VAGUE_GROUP_RE, _words(_GROUPS)),
    (VAGUE_RESEARCH_RE, _words("research")),
    (VAGUE_CROWD_RE, _words(_CROWDS)),
    (VAGUE_BARE_RE, _words("some many most others")),
    (VAGUE_PASSIVE_RE, _words(_PASSIVE_PARTICIPLES + " " + _PASSIVE_WIDELY)),
)
#: Modifiers that do not identify the group ("early estimates", "leading experts"); any other
#: modifier does ("Labour critics", "the bank's analysts", "these experts").
EMPTY_MODIFIERS = _words("""
    early initial preliminary recent new leading top independent many some most several other certain outside
    senior prominent respected concerned skeptical sceptical political economic financial industry market city
    security legal health medical climate policy foreign western local international global government tech
    technology energy defence defense military trade oil more previous past earlier latest further numerous
    various multiple private
""")
#: Professions whose members a story can name: "analysts say" sums up what the named analysts it
#: quotes said ("…, said Phil Kain, an analyst at Investment Research").
PROFESSIONS = {
    "analysts": "analyst", "economists": "economist", "experts": "expert", "researchers": "researcher",
    "scientists": "scientist", "scholars": "scholar", "strategists": "strategist", "historians": "historian",
    "academics": "academic", "specialists": "specialist",
}
NAMED_MEMBER = (
    r"(?:[A-Z][\w&.’'-]*\s+)+(?i:{g})(?![\w-])"  # Investment Research analyst, Goldman Sachs economists
    r"|(?<![\w-])(?i:{g})s?\s+(?:at|with|from|of|for)\s+(?:the\s+)?[A-Z]"  # analysts at Barclays
    r"|(?<![\w-])(?i:{g})\s+[A-Z][\w’'-]+\s+[A-Z]"  # analyst Phil Kain
)

# -- experts and how their words were obtained ------------------------------------------------------

#: Words of an expert's credential.
EXPERT_WORDS_RE = re.compile(
    r"(?<![\w-])(?:dr|prof|professor|scholar|analyst|economist|expert|researcher|scientist|strategist|fellow"
    r"|lecturer|academic|specialist|consultant|adviser|advisor|historian|commentator|university|institute"
    r"|institution|academy|think[ -]tank|centre|center|school of|college|observatory|laboratory)(?![\w-])",
    re.IGNORECASE,
)
#: Job descriptions (as opposed to institutions) in a credential.
JOB_WORDS_RE = re.compile(
    r"(?<![\w-])(?:scholar|analyst|economist|expert|researcher|scientist|strategist|fellow|lecturer|academic"
    r"|specialist|consultant|adviser|advisor|historian|commentator|professor|observer)s?(?![\w-])",
    re.IGNORECASE,
)
INSTITUTION_WORDS_RE = re.compile(
    r"(?<![\w-])(?:university|institute|institution|academy|centre|center|school|college|foundation|council"
    r"|bank|group|association|society|ministry|department|agency|office|corporation|company|fund)(?![\w-])",
    re.IGNORECASE,
)
#: How, when or where words were obtained: a medium or a date.
MEDIUM_OR_DATE_RE = re.compile(
    r"(?<![\w-])(?:told|interview(?:ed)?|in an? (?:report|paper|study|article|note|post|book|essay|op-ed|column"
    r"|speech|lecture|podcast|letter|statement)|at an? (?:briefing|conference|seminar|forum|hearing|event|panel"
    r"|meeting)|wrote|writing in|published|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?:last|this) (?:week|month|year)|yesterday|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d)(?![\w-])",
    re.IGNORECASE,
)
