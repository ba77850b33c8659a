"""The words of attribution: reporting verbs, source phrases, unnamed groups, credentials, media.

Single words are sets looked up token by token; phrases are regexes keyed by their first word
and tried only where that word occurs (a large alternation tried at every position of the text
costs several milliseconds per article in Python's ``re``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newslint.lazy_regex import lazy_compile


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


class Phrases(NamedTuple):
    """Regexes of phrases, each searched only in sentences that have one of its trigger words."""

    entries: tuple[tuple[frozenset[str], re.Pattern[str]], ...]
    triggers: frozenset[str]  # all trigger words


def _phrases(*entries: tuple[str, str]) -> Phrases:
    compiled = tuple(
        (_words(triggers), lazy_compile(r"(?<![\w-])(?:" + regex + r")(?![\w-])", re.IGNORECASE))
        for triggers, regex in entries
    )
    return Phrases(compiled, frozenset().union(*(triggers for triggers, _ in compiled)))


#: A token of running text (letters first; "e-mail", "Korea’s" are one token).
TOKEN_RE = lazy_compile(r"[^\W\d_][\w’'\u2010\u2011-]*")

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
    # "two-thirds of all firms polled for the survey", "of those questioned in the poll".
    ("polled surveyed questioned interviewed", r"(?:polled|surveyed|questioned|interviewed) (?:by|for|in)"),
    (_STUDIES, r"(?:in|for|by|from) the (?:report|survey|study|poll|census|research|analysis)"),
    # One document, named at once or in the next sentence: "…, a study has found", "a survey suggests",
    # "says the annual Directions survey" (not "studies show" or "research suggests": no one document).
    (_STUDIES, r"(?:a|an|one|the)\s+(?:(?:new|recent|latest|separate|annual|major|official|independent|government)\s+)?"
               r"(?:report|survey|study|poll|analysis|review|audit|inquiry|paper|index)\s+(?:has\s+|have\s+)?(?:"
               + _FINDS + r"|says|said|concluded|concludes|warns|warned)"),
    ("says said", r"(?:says|said)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:report|survey|study|poll|analysis|review|index)"),
)
#: "Source: …" and "Sources: …" credit lines.
CREDIT_LINE_RE = lazy_compile(r"(?<![\w-])sources?:", re.IGNORECASE)
#: Participles that name no source when nothing is their agent: "is expected to", "an estimated 2,000".
AGENTLESS_PARTICIPLES = _words("""
    expected estimated projected predicted thought believed feared hoped reported alleged called said
    calculated quoted
""")
AGENTLESS_BEFORE_RE = lazy_compile(
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
DOCUMENT_WORDS_RE = lazy_compile(
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

# -- vague attribution (the grammar is in ``vague``) -------------------------------------------

#: Modifiers that do not identify the group ("early estimates", "leading experts"); any other
#: modifier does ("Labour critics", "the bank's analysts", "these experts").
EMPTY_MODIFIERS = _words("""
    early initial preliminary recent new leading top independent many some most several other certain outside
    senior prominent respected concerned skeptical sceptical political economic financial industry market city
    security legal health medical climate policy foreign western local international global government tech
    technology energy defence defense military trade oil more previous past earlier latest further numerous
    various multiple private business community civic public scientific academic education science
""")
#: Professions whose members a story can name: "analysts say" sums up what the named analysts it
#: quotes said ("…, said Phil Kain, an analyst at Investment Research").
PROFESSIONS = {
    "analysts": "analyst", "economists": "economist", "experts": "expert", "researchers": "researcher",
    "scientists": "scientist", "scholars": "scholar", "strategists": "strategist", "historians": "historian",
    "academics": "academic", "specialists": "specialist", "commentators": "commentator", "observers": "observer",
}
NAMED_MEMBER = (
    r"(?:[A-Z][\w&.’'-]{{0,40}}\s+)+(?i:{g})(?![\w-])"  # Investment Research analyst, Goldman Sachs economists
    r"|(?<![\w-])(?i:{g})s?\s+(?:at|with|from|of|for)\s+(?:the\s+)?[A-Z]"  # analysts at Barclays
    r"|(?<![\w-])(?i:{g})\s+[A-Z][\w’'-]+\s+[A-Z]"  # analyst Phil Kain
)

# -- experts and how their words were obtained ------------------------------------------------------

#: Words of an expert's credential.
EXPERT_WORDS_RE = lazy_compile(
    r"(?<![\w-])(?:dr|prof|professor|scholar|analyst|economist|expert|researcher|scientist|strategist|fellow"
    r"|lecturer|academic|specialist|consultant|adviser|advisor|historian|commentator|university|institute"
    r"|institution|academy|think[ -]tank|centre|center|school of|college|observatory|laboratory)(?![\w-])",
    re.IGNORECASE,
)
#: Job descriptions (as opposed to institutions) in a credential.
JOB_WORDS_RE = lazy_compile(
    r"(?<![\w-])(?:scholar|analyst|economist|expert|researcher|scientist|strategist|fellow|lecturer|academic"
    r"|specialist|consultant|adviser|advisor|historian|commentator|professor|observer)s?(?![\w-])",
    re.IGNORECASE,
)
INSTITUTION_WORDS_RE = lazy_compile(
    r"(?<![\w-])(?:university|institute|institution|academy|centre|center|school|college|foundation|council"
    r"|bank|group|association|society|ministry|department|agency|office|corporation|company|fund)(?![\w-])",
    re.IGNORECASE,
)
#: How, when or where words were obtained: a medium or a date.
MEDIUM_OR_DATE_RE = lazy_compile(
    r"(?<![\w-])(?:told|interview(?:ed)?|in an? (?:report|paper|study|article|note|post|book|essay|op-ed|column"
    r"|speech|lecture|podcast|letter|statement)|at an? (?:briefing|conference|seminar|forum|hearing|event|panel"
    r"|meeting)|wrote|writing in|published|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?:last|this) (?:week|month|year)|yesterday|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d)(?![\w-])",
    re.IGNORECASE,
)
