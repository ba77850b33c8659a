"""Named experts holding a view: "Economist Dr Jane Roe believes …", "Dr Jane Roe of Kent
University fears …", "According to Prof Jane Roe, a historian at Leeds, …", "…, in the view of
labour economist Dr Jane Roe".

An expert is a name with a credential: an academic title (Dr, Prof, Professor), a job that is a
field of expertise (economist, political scientist, criminologist, media studies expert), or an
institution of learning after the name ("of Warwick Business School"). A view is a verb of
belief, fear or forecast in the present tense, or a frame that hands the sentence to the expert
("according to", "in the view of").
"""

from __future__ import annotations

import re
from functools import cache

_WORD = r"[A-Z][\w’'\u2010\u2011-]+"
_NAME = _WORD + r"(?:\s+(?:" + _WORD + r"|de|van|von|al|bin|da|di|le|la))*?\s+" + _WORD
_TITLE = r"(?i:dr\.?|prof\.?|professor|associate professor|assistant professor)"
_JOB = (
    r"scholar|analyst|economist|expert|researcher|scientist|strategist|fellow|lecturer|academic|specialist"
    r"|historian|professor|futurist|forecaster|statistician|demographer|geographer|epidemiologist"
    r"|[a-z]+olog(?:ist|er)|[a-z]+onomist|[a-z]+ician|physicist|chemist|psychiatrist|theorist"
)
# A field before the job: "media studies expert", "labour economist", "political scientist".
_FIELD = r"(?:(?:[A-Za-z][a-z-]+\s+){0,3})"
_INSTITUTION = (
    r"(?:University|Institute|School|College|Academy|Centre|Center|Observatory|Laboratory|Foundation|Polytechnic)"
)
# What may follow the name before the verb: "of Sussex Business School", ", an economist at Kent,".
_TAIL = (
    r"(?:\s+(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w’'&-]{0,40}|of|for|and|the)(?:\s+(?:[A-Z][\w’'&-]{0,40}|of|for|and|the))*"
    r"|,\s+[^,.;:\"“”]{3,100},)?"
)
_EXPERT = (
    r"(?:" + _FIELD + r"(?i:" + _JOB + r")s?\s+)?" + _TITLE + r"\s+" + _NAME + _TAIL  # (economist) Dr Jane Roe
    + r"|(?<![\w-])" + _FIELD + r"(?i:" + _JOB + r")\s+" + _NAME + _TAIL  # economist Jane Roe
    + r"|" + _NAME + r",\s+(?:a|an|the)?\s*[^,.;:]{0,80}?(?<![\w-])(?i:" + _JOB + r")s?(?![\w-])[^,.;:]{0,80}?,"
    + r"|" + _NAME + r"\s+(?:of|at|from)\s+(?:the\s+)?[^,.;:]{0,60}?" + _INSTITUTION + r"(?:\s+of\s+[A-Z][\w-]+)*"
)
_VIEW = (
    r"believes|predicts|thinks|expects|forecasts|anticipates|foresees|reckons|feels|suspects|fears|doubts|argues"
    r"|contends|maintains|insists|warns|worries|estimates|projects|envisions|envisages|sees|questions"
    r"|is (?:convinced|confident|certain|sure|adamant|optimistic|pessimistic|sceptical|skeptical|adamant|doubtful"
    r"|worried|concerned|unconvinced)|remains (?:convinced|confident|sceptical|skeptical|unconvinced|optimistic)"
)


# The two expert patterns cost ~25 ms to compile: compiled when a sentence first holds a trigger.
@cache
def _expert_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (
        # "Economist Dr Jane Roe believes", "Dr Jane Roe of Kent University fears".
        re.compile(r"(?P<expert>" + _EXPERT + r")\s+(?P<verb>" + _VIEW + r")(?![\w-])"),
        # "According to Dr Jane Roe, …", "…, in the view of economist Dr Jane Roe".
        re.compile(
            r"(?P<verb>(?i:according to|in the (?:view|opinion|estimation|judgment|judgement|eyes) of))\s+"
            r"(?P<expert>" + _EXPERT + r")"
        ),
    )


VIEW_TRIGGERS_RE = re.compile(
    r"(?<![\w-])(?:" + _VIEW + r"|according|view|opinion|estimation|judge?ment|eyes)(?![\w-])", re.IGNORECASE
)
_HONORIFIC = re.compile(r"^(?:" + _TITLE + r")\s+")
_PERSON_RE = re.compile(_NAME)
_JOB_THEN_NAME = re.compile(r"^" + _FIELD + r"(?i:" + _JOB + r")s?\s+(?:" + _TITLE + r"\s+)?")


def expert_views(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The expert views in ``text[start:end]`` with groups ``expert`` and ``verb``."""
    if not VIEW_TRIGGERS_RE.search(text, start, end):
        return []
    view, frame = _expert_patterns()
    found = list(view.finditer(text, start, end)) + list(frame.finditer(text, start, end))
    return sorted(found, key=lambda m: m.start())


def person(expert: str) -> str:
    """The person's name inside an expert phrase ("economist Dr Jane Roe of Kent" → "Jane Roe")."""
    bare = _HONORIFIC.sub("", _JOB_THEN_NAME.sub("", expert.strip()))
    bare = _HONORIFIC.sub("", bare)
    found = _PERSON_RE.search(bare)
    return found.group() if found else expert
