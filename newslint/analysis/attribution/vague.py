"""Vague attribution, by grammar rather than by phrase.

A claim is attributed vaguely when its subject is an unnamed group and its verb reports speech
or belief, in any tense ("Experts say", "Some observers claim", "Critics argued", "Many residents
feel", "Analysts have long warned", "Sceptics will insist"), or when an impersonal passive has no
agent at all ("It is widely believed that", "It has been suggested", "The deal is widely seen
as"). The group is a quantifier with a people noun ("some observers", "a number of parents"), a
bare plural people noun with modifiers that do not identify it ("critics", "industry insiders",
"local people"), or a bare quantifier ("many believe", "others argue"). After Wikipedia's "Words
to watch" (unsupported attributions) and NPR's memo on "some say".

:func:`vague_spans` finds the phrases in one sentence; what exempts one (the group identified in
the same sentence, or the sentence reporting a named source's claim) is decided here too, so
the rules and the attribution share of an article agree.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newslint.analysis.attribution.lexicon import EMPTY_MODIFIERS
from newslint.lazy_regex import lazy_compile

Span = tuple[int, int]

# -- verbs ------------------------------------------------------------------------------------------

# base: (third person, past, past participle, -ing); regular verbs are derived.
_IRREGULAR = {
    "say": ("says", "said", "said", "saying"),
    "think": ("thinks", "thought", "thought", "thinking"),
    "feel": ("feels", "felt", "felt", "feeling"),
    "find": ("finds", "found", "found", "finding"),
    "see": ("sees", "saw", "seen", "seeing"),
    "forecast": ("forecasts", "forecast", "forecast", "forecasting"),
    "put": ("puts", "put", "put", "putting"),
    "worry": ("worries", "worried", "worried", "worrying"),
    "show": ("shows", "showed", "shown", "showing"),
    "prove": ("proves", "proved", "proven", "proving"),
}
#: Verbs of speech and belief a group can be the subject of.
_CLAIM_VERBS = """
    say claim argue believe think feel fear suggest warn predict expect insist maintain contend agree worry
    complain suspect reckon doubt allege assert question speculate estimate forecast caution accuse assume
    criticise criticize urge acknowledge concede admit conclude hope insist point_out point_to
""".split()
#: What a study or a survey can be said to do.
_FINDING_VERBS = "show suggest indicate find reveal conclude confirm prove estimate predict forecast put project".split()
# Not the verbs that are also plural nouns after "research" ("research projects", "research estimates").
_RESEARCH_VERBS = "show suggest indicate find reveal conclude confirm prove".split()
#: What a group will do about a claim, in the future only: "analysts will assess", "critics will watch".
_WATCH_VERBS = "assess watch monitor judge scrutinise scrutinize weigh examine question".split()
_ADVERB = r"(?:(?:also|still|now|generally|widely|often|increasingly|long|broadly|largely|privately|openly|repeatedly" \
          r"|already|even|continue to|tend to|seem to|appear to|are likely to|are expected to|are set to)\s+)"


def _forms(base: str) -> tuple[str, str, str, str]:
    words = base.split("_")
    head, rest = words[0], "".join(" " + w for w in words[1:])
    if head in _IRREGULAR:
        forms = _IRREGULAR[head]
    elif head.endswith("e"):
        forms = (head + "s", head + "d", head + "d", head[:-1] + "ing")
    elif head.endswith(("sh", "ch", "ss", "x")):
        forms = (head + "es", head + "ed", head + "ed", head + "ing")
    elif head.endswith("t") and head in ("admit",):
        forms = (head + "s", head + "ted", head + "ted", head + "ting")
    else:
        forms = (head + "s", head + "ed", head + "ed", head + "ing")
    return tuple(form + rest for form in forms)  # type: ignore[return-value]


def _alt(words) -> str:
    return "|".join(sorted(set(words), key=lambda w: (-len(w), w)))


def _plural_verb(verbs: list[str]) -> str:
    """Every tense of ``verbs`` after a plural subject: 'say', 'said', 'have said', 'are saying',
    'will say', 'would have said'."""
    base = [v.replace("_", " ") for v in verbs]
    forms = [_forms(v) for v in verbs]
    past = [f[1] for f in forms]
    participle = [f[2] for f in forms]
    ing = [f[3] for f in forms]
    return (
        r"(?:(?:have|had|would have|may have|might have|could have)\s+" + _ADVERB + r"?(?:" + _alt(participle) + r")"
        r"|(?:are|were|have been|had been)\s+" + _ADVERB + r"?(?:" + _alt(ing) + r")"
        r"|(?:will|would|could|may|might|should|must|can)\s+" + _ADVERB + r"?(?:" + _alt(base) + r")"
        r"|(?:will|would)\s+" + _ADVERB + r"?(?:be\s+)?(?:" + _alt(_WATCH_VERBS)
        + r"|" + _alt([_forms(v)[3] for v in _WATCH_VERBS]) + r")"
        r"|(?:are|were|remain|remained|have been|had been)\s+" + _ADVERB + r"?(?:" + _alt(_STATES) + r")"
        r"|" + _ADVERB + r"?(?:" + _alt(base + past) + r"))(?![\w-])"
    )


def _singular_verb(verbs: list[str]) -> str:
    forms = [_forms(v) for v in verbs]
    return (
        r"(?:(?:has|had)\s+" + _ADVERB + r"?(?:" + _alt(f[2] for f in forms) + r")"
        r"|(?:will|would|could|may|might)\s+(?:" + _alt(verbs) + r")"
        r"|" + _ADVERB + r"?(?:" + _alt([f[0] for f in forms] + [f[1] for f in forms]) + r"))(?![\w-])"
    )


#: States of mind a group can be in: "critics are unconvinced", "residents remain worried".
_STATES = """
    concerned worried divided sceptical skeptical unconvinced convinced confident cautious split wary adamant
    certain fearful angry furious optimistic pessimistic doubtful
""".split()

# -- subjects -------------------------------------------------------------------------------------

#: Groups whose bare plural is an attribution ("critics argue"): people a claim is pinned on.
_GROUPS = """
    experts analysts critics observers commentators economists scientists researchers specialists pundits insiders
    watchers sceptics skeptics detractors scholars academics historians strategists onlookers opponents
    campaigners activists environmentalists
""".split()
#: Crowds: "residents say", "local people feel", "many fans believe".
_CROWDS = """
    people residents locals citizens voters parents fans supporters users consumers customers members voices
    americans britons doctors teachers commuters shoppers officials leaders
""".split()
#: Documents that are vague as a subject when nothing names them: "studies show", "estimates suggest".
_DOCUMENTS = "studies reports surveys estimates forecasts projections".split()
#: Words that open an unnamed group as a subject ("Analysts expect", "Some fear", "Critics claim"):
#: never a named source, even capitalised at a sentence's start.
UNNAMED_GROUP_WORDS = frozenset(
    _GROUPS + _CROWDS + _DOCUMENTS + "some many most several others few all research".split()
)
_QUANTIFIERS = (
    r"some|many|most|several|numerous|various|certain|countless|other|few|a (?:number|lot|host|handful|majority)"
    r" of|a growing number of|an increasing number of|a few|plenty of|lots of|dozens of|hundreds of|thousands of"
)
# Where a subject can start (the regexes run on one sentence): its start, after a conjunction,
# a colon, a dash or a comma.
_CLAUSE_START = (
    r"(?:(?<![\w-])(?:but|and|while|whereas|although|though|as|because|since|yet|however,|so|that|now|meanwhile,)\s+"
    r"|^\W*|(?<=[:;–—(])\s*|(?<=,\s))"
)
_MODIFIERS = r"(?P<mods>(?:[\w’'-]+\s+){0,2}?)"
# "Experts in the field", "people across the region": a lowercase place or field does not identify.
# A place or a field does not identify the group: "experts in the field", "insiders in Leeds",
# "people across the region" ("experts at the IMF", "analysts from Barclays" do, and do not match).
_POST = r"(?:\s+(?:in|across|on|around|within|throughout)\s+(?:(?:the|this|our|their|a)\s+)?(?:[\w-]+\s+)?[\w-]+)?"


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[frozenset[str], re.Pattern[str]], ...]:
    claim = _plural_verb(_CLAIM_VERBS)
    group = (
        _CLAUSE_START + r"(?P<phrase>(?P<quant>(?:" + _QUANTIFIERS + r")\s+)?" + _MODIFIERS
        + r"(?P<group>" + _alt(_GROUPS + _CROWDS) + r")" + _POST + r",?\s+" + claim + r")"
    )
    documents = (
        _CLAUSE_START + r"(?P<phrase>(?P<quant>(?:" + _QUANTIFIERS + r")\s+)?" + _MODIFIERS
        + r"(?P<group>" + _alt(_DOCUMENTS) + r")\s+" + _plural_verb(_FINDING_VERBS) + r")"
    )
    research = (
        _CLAUSE_START + r"(?P<phrase>" + _MODIFIERS + r"(?P<group>research)\s+" + _singular_verb(_RESEARCH_VERBS) + r")"
    )
    # Not "Others thought to be in the running include …": a participle, not a verb.
    bare = _CLAUSE_START + r"(?P<phrase>(?P<quant>some|many|most|others|few)\s+" + claim + r")(?!\s+to\s)"
    passive_parts = (
        "believed said claimed thought rumoured rumored alleged suggested argued feared assumed reckoned felt speculated"
        " presumed maintained contended estimated supposed"
    )
    # Not "widely regarded / seen / expected": conventional wisdom ("the election, which is widely
    # expected in May"; "Hendrix was widely considered one of the greatest"), 25 of 355 vague
    # attributions on BBC news, not a claim pinned on an unnamed source.
    widely = "believed thought"
    passive = (
        r"(?<![\w-])(?P<phrase>it\s+(?:is|was|has been|had been|has long been|is being|is now)\s+(?:(?:widely|generally"
        r"|often|commonly|also|increasingly|now|sometimes|long|frequently|still)\s+){0,2}(?:"
        + _alt(passive_parts.split()) + r")"
        r"|(?:is|are|was|were|has been|have been)\s+(?:widely|generally|commonly|popularly)\s+(?:"
        + _alt(widely.split()) + r")"
        r"|there\s+(?:is|are|was|were|has been|have been)\s+(?:growing\s+|widespread\s+|increasing\s+|mounting\s+)?"
        r"(?:claims|suggestions|fears|speculation|rumours|rumors|talk)\s+that)(?![\w-])(?!\s+by\s)"
        # "…, it was claimed in court": the occasion names the source, the prosecution's case at a trial.
        r"(?!\s+(?:in court|(?:at|during) (?:the|a|his|her|their) (?:trial|hearing|inquest|tribunal)))"
        # Not "when it is supposed to in two weeks' time": an obligation, not a belief (BBC).
        r"(?<!supposed(?=\s+to\s))(?!(?<=supposed)\s+to(?![\w-]))"
    )
    # "According to experts, …", "in the view of many economists": the group as the source.
    according = (
        r"(?<![\w-])(?P<phrase>(?:according to|in the (?:view|opinion|eyes) of)\s+(?P<quant>(?:" + _QUANTIFIERS
        + r")\s+)?" + _MODIFIERS + r"(?P<group>" + _alt(_GROUPS + _CROWDS + _DOCUMENTS + ["research"]) + r")"
        + _POST + r")(?=\s*[,.;:)]|\s+(?:the|a|an|this|it|there)\s)"
    )
    # "There are those who maintain …", "there are many who believe".
    those = (
        r"(?<![\w-])(?P<phrase>there\s+(?:are|were|will always be|have always been|remain)\s+(?:those|some|many|plenty|others"
        r"|people)\s+who\s+" + claim + r")"
    )
    entries = (
        (["according", "view", "opinion", "eyes"], according),
        (["those", "who"], those),
        (_GROUPS + _CROWDS, group),
        (_DOCUMENTS, documents),
        (["research"], research),
        (["some", "many", "most", "others", "few"], bare),
        ((passive_parts + " " + widely + " claims suggestions fears speculation rumours rumors talk").split(), passive),
    )
    return tuple((frozenset(words), lazy_compile(regex, re.IGNORECASE)) for words, regex in entries)


# A group in the simple past of 'say' or 'tell' reports an occasion the reporter witnessed
# ("Analysts said the figures were weaker", "residents told the BBC"): wire copy's way of
# summing up interviews, and the most common sentence of BBC business news that names no one.
_OCCASION_RE = lazy_compile(r"(?:said|told)(?![\w-])", re.IGNORECASE)
# A named source reporting the group's view in the same sentence: "…, the minister said."
_TRAILING_SOURCE_RE = lazy_compile(
    # "…, said Mr Armstrong." as well as "…, the minister said."
    r",\s+(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,5}?(?:said|says|told|added|argued|insisted|warned)(?:\s+[^\s,]+){0,3}"
    r"[.!?…]?\s*$",
    re.IGNORECASE,
)
# "according to the ministry", "according to Ofsted" (not "according to experts", itself vague).
_ACCORDING_RE = lazy_compile(
    r"(?<![\w-])(?i:according to)\s+(?:(?:the|a|an|its|his|her|their)\s+(?!(?i:" + _alt(_GROUPS + _CROWDS) + r")\b)"
    r"[\w’'-]+|[A-Z])"
)


def vague_spans(
    text: str, start: int, end: int, tokens: set[str], earlier_cues: list[Span]
) -> list[tuple[Span, bool]]:
    """The vague attributions of the sentence ``text[start:end]`` (its lowercased word tokens are
    ``tokens``; ``earlier_cues`` its named reporting cues), after the exemptions, each with
    whether it is one of the routine forms (see :func:`_routine`)."""
    sentence = text[start:end]
    found: list[tuple[Span, bool]] = []
    for triggers, regex in _patterns():
        if tokens.isdisjoint(triggers):
            continue
        for match in regex.finditer(sentence):
            span = (start + match.start("phrase"), start + match.end("phrase"))
            if _exempt(match, sentence, span, start, earlier_cues):
                continue
            if not any(s < span[1] and span[0] < e for (s, e), _ in found):
                found.append((span, _routine(match)))
    found.sort()
    # "Some economists have predicted rates will drop, although others feel …": the "others" of a
    # group the sentence has already pinned a claim on are that group, one vague source, one finding.
    return [item for i, item in enumerate(found) if not (i and _OTHERS_RE.match(text, item[0][0], item[0][1]))]


_OTHERS_RE = lazy_compile(r"others(?![\w-])", re.IGNORECASE)

#: A bare quantifier standing for a group: "others fear", "most say", "many said".
BARE_QUANTIFIER_RE = lazy_compile(r"(?:some|many|most|others|few)\s+(?!(?:[\w’'-]+\s+){0,2}?(?:" + _alt(_GROUPS + _CROWDS)
                                + r")(?![\w-]))", re.IGNORECASE)
#: The group a bare quantifier answers, named with its own view just before it: "Some major tech
#: firms say it is needed, while others fear …", "Housing experts are split, with some saying …,
#: while others predict …", "Correspondents say 6,000 job losses had been expected - and some suggest".
CONTRAST_PARTNER_RE = lazy_compile(
    r"(?<![\w-])(?:(?:(?:some|many|most|several)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*s|[A-Za-z][\w’'-]*(?:ents|ers|ists|ors"
    r"|ians|firms|companies|agencies))\s+(?:(?:also|still|now)\s+)?(?:say|says|said|saying|believe|believed|argue|argued"
    r"|think|thought|feel|felt|claim|claimed|predict|predicted|fear|feared|warn|warned|agree|agreed|suggest|suggested"
    r"|(?:are|were) (?:split|divided))|with some (?:saying|arguing|predicting|believing|warning|suggesting))(?![\w-])",
    re.IGNORECASE,
)
#: A survey's findings, whose respondents a bare quantifier stands for: "Of the companies surveyed,
#: 30% saw orders fall … but many said", "60% said they did not think … Many suggested that".
SURVEY_RE = lazy_compile(
    r"(?<![\w-])(?:survey|surveyed|poll|polled|questioned|respondents|found that|\d+(?:\.\d+)?\s?(?:%|per ?cent)"
    r"(?:\s+of\s+[\w’' -]{1,30}?)?\s+said)(?![\w-])",
    re.IGNORECASE,
)


# The newsroom's plain impersonals: "it is thought", and "there are fears that", "there has been
# speculation that", which report a mood in a market or a town rather than pin a claim on anyone
# (BBC business: the most common unnamed form after 'analysts'). Rumours, claims and suggestions
# stay warnings: they put an unsourced claim in print.
_PLAIN_IMPERSONAL_RE = lazy_compile(
    r"it\s+(?:is|was)\s+(?:thought|believed)"
    r"|there\s+(?:is|are|was|were|has been|have been)\s+(?:growing\s+|widespread\s+|increasing\s+|mounting\s+)?"
    r"(?:fears|speculation)\s+that",
    re.IGNORECASE,
)


def _routine(match: re.Match[str]) -> bool:
    """Whether a vague attribution names at least the kind of people or document behind the claim
    ('analysts say', 'some observers claim', 'many residents feel', 'according to reports',
    'research suggests'), or is the newsroom's plain 'it is thought' / 'it is believed' / 'there are
    fears that'.

    Those are advice: edited news uses them every day to sum up a consensus (on 2,225 BBC
    stories they are four fifths of the vague attributions, 71 sentences of 'analysts …' alone).
    The forms that say nothing at all about who holds the view need an editor's look: a bare
    quantifier ('some say', 'many believe', 'others argue'), 'there are those who', and the
    impersonal passive ('it is widely believed that', 'it has been suggested', 'there are claims
    that')."""
    if match.groupdict().get("group"):
        return True
    return _PLAIN_IMPERSONAL_RE.fullmatch(match.group("phrase")) is not None


def _exempt(match: re.Match[str], sentence: str, span: Span, start: int, earlier_cues: list[Span]) -> bool:
    groups = match.groupdict()
    mods = groups.get("mods") or ""
    if any(word.strip("’'").lower() not in EMPTY_MODIFIERS for word in mods.split()):
        return True  # "the bank's analysts", "Labour critics", "these experts": a group the reader can identify
    if groups.get("group") and not groups.get("quant") and _OCCASION_RE.fullmatch(match.group("phrase").split()[-1]):
        return True  # "Analysts said …": an occasion, not a standing opinion
    if any(_governs(sentence, cue_end - start, span[0] - start) for cue, cue_end in earlier_cues if cue < span[0]):
        return True  # "The minister said critics argue …": a named source reports the claim
    rest = sentence[span[1] - start :]
    return bool(_TRAILING_SOURCE_RE.search(rest) or _ACCORDING_RE.search(sentence))


# Between a reporting verb and the clause it reports: nothing, "that", or a short adverbial.
_GOVERNS_RE = lazy_compile(r"\s*(?:that\s+)?$")


def _governs(sentence: str, cue_end: int, clause_start: int) -> bool:
    """'The minister said critics argue …': the cue reports the clause that holds the group (a cue
    further back, as in 'The cost … admits, several economists think', does not)."""
    return clause_start - cue_end <= 12 and _GOVERNS_RE.match(sentence, cue_end, clause_start) is not None
