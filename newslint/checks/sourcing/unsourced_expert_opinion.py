import re

from newslint.analysis.attribution import (
    BODY_KINDS,
    MEDIUM_OR_DATE_RE,
    attribution,
    generic_credential,
    name_words,
    quoted_elsewhere,
)
from newslint.analysis.attribution.experts import expert_views, person
from newslint.engine.rule import Rule, Severity, bad, good

# Cues that tell how the expert's words were obtained.
_OCCASION_CUES = frozenset(
    "said says saying told tells telling added adds wrote writes written explained explains stated according "
    "interview statement briefing tweeted posted published".split()
)
# A pronoun that is the subject of a reporting verb: "she said", "said he", "He told".
_REPORTING_PRONOUN = re.compile(
    r"(?<![\w-])(?:(?:he|she|they)\s+(?:also\s+)?(?:said|says|told|tells|added|adds|wrote|writes|explained|argued"
    r"|argues|warned|warns|insisted|insists)|(?:said|says|added|adds|wrote|writes)\s+(?:he|she|they))(?![\w-])",
    re.IGNORECASE,
)
# An occasion beyond MEDIUM_OR_DATE_RE: "speaking at", "giving evidence to MPs", "said to", "when
# she addressed", "where he teaches".
_OCCASION_RE = re.compile(
    r"(?<![\w-])(?:speaking|giving evidence|addressing|writing|said to|in (?:a|an|his|her|their|the|this|that) "
    r"(?:interview|report|paper|study|article|book|essay|column|blog|submission|evidence|lecture|talk|speech"
    r"|podcast|documentary|programme|briefing|note|letter|statement|newsletter|review|analysis)|during|when"
    r"|where|on (?:BBC|Radio|television|TV|Twitter|X|Facebook|LinkedIn|a podcast|the programme))(?![\w-])",
    re.IGNORECASE,
)


class UnsourcedExpertOpinion(Rule):
    id = "sourcing/unsourced-expert-opinion"
    severity = Severity.WARNING
    summary = "A named expert who 'believes' or 'predicts' something, with no sign of where they said so."
    rationale = (
        "'Dr Jane Roe, an economist at the Policy Institute, predicts a recession' reads as sourced, but says "
        "neither when nor to whom the expert said it: no reporting verb, no medium ('told the BBC', 'in a "
        "report published in May'), no date. Readers cannot check it, and an expert named once with a view and "
        "no occasion is one of the marks of invented experts (Press Gazette, 2025); with a generic title-cased "
        "credential ('Senior Analyst') as well, the finding is an error. Not reported when the sentence, or the "
        "one before or after that reports the expert's words, gives a reporting verb, a medium or a date, or "
        "when the expert is quoted with a reporting verb elsewhere in the article. An expert is a name with an "
        "academic title, a field of expertise ('labour economist', 'media studies expert', 'criminologist') or "
        "a place of learning ('of Warwick Business School', 'who researches housing at Leeds University'); a "
        "view is a verb of belief, fear or forecast in the present tense ('believes', 'fears', 'doubts', 'is "
        "convinced') or a frame that hands the sentence to the expert ('According to Dr X, …', '…, in the view "
        "of Dr X'). An occasion is a reporting verb ('said', 'told'), a medium or a date, or words such as "
        "'speaking at', 'giving evidence', 'writing in', 'in an interview'; a cue inside the view ('… than "
        "anyone admits') is not one. People who are not experts ('Mr Smith believes', 'manager Tom Hart "
        "believes') are left alone."
    )
    examples = (
        bad("Trade outlook\n\nDr. Jane Roe, Senior Analyst, predicts that exports will double by 2030. The "
            "ministry has not commented on the forecast."),
        bad("Economist Jane Roe believes the housing market will recover next year."),
        bad("Dr Jane Roe of Kent Business School fears the merger has gone too far."),
        bad("According to Professor Jane Roe, a historian at Leeds University, the treaty was doomed."),
        good("Speaking at a conference in Leeds, Dr Jane Roe of Kent Business School said the merger went too far."),
        good("Economist Jane Roe believes the housing market will recover next year, she told the BBC."),
        good("Economist Jane Roe believes the housing market will recover. \"Prices have bottomed out,\" she said."),
        good("Jane Roe, an economist at the Policy Institute, believes in an interview published on Monday that "
             "prices will fall."),
    )

    def check(self, doc, ctx):
        article = attribution(doc)
        text = doc.text
        sentences = article.sentences
        for i, facts in enumerate(sentences):
            if doc.blocks[facts.block].kind not in BODY_KINDS:
                continue
            for match in expert_views(text, facts.start, facts.end):
                if any(
                    not (match.start() <= cue < match.end()) and text[cue:end].lower() in _OCCASION_CUES
                    for cue, end in facts.cues
                ):
                    continue  # "…, she told the BBC" (not "… than anyone admits", inside the view)
                if facts.speech or _occasion(text, facts.start, facts.end):
                    continue
                name = person(match.group("expert"))
                neighbours = [s for s in sentences[max(0, i - 1) : i + 2] if s is not facts and s.block == facts.block]
                if any(_reports(text, s, name) for s in neighbours):
                    continue  # "Prices have bottomed out," she said.
                if quoted_elsewhere(doc, article, name, (facts.start, facts.end)):
                    continue
                expert = match.group("expert")
                appositive = expert[expert.find(name) + len(name) :] if name in expert else ""
                generic = any(generic_credential(part) for part in appositive.split(","))
                message = f"expert view with no occasion: say when and where {name} said this "
                message += f"({name} is quoted nowhere else" + ("; generic title-cased credential)" if generic else ")")
                ctx.report(match.start(), match.end(), message, severity=Severity.ERROR if generic else None)
                break  # one finding per sentence


def _occasion(text: str, start: int, end: int) -> bool:
    return bool(MEDIUM_OR_DATE_RE.search(text, start, end) or _OCCASION_RE.search(text, start, end))


def _reports(text: str, facts, name: str) -> bool:
    """A neighbouring sentence that reports the expert's words: a cue or a quote, and the expert in it."""
    if not (facts.cues or facts.speech):
        return False
    sentence = text[facts.start : facts.end]
    return bool(_REPORTING_PRONOUN.search(sentence)) or any(word in sentence for word in name_words(name))
