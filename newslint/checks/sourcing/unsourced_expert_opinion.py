import re

from newslint.analysis.attribution import (
    BODY_KINDS,
    MEDIUM_OR_DATE_RE,
    attribution,
    generic_credential,
    name_words,
    quoted_elsewhere,
)
from newslint.engine.rule import Rule, Severity, bad, good

_NAME = r"[A-Z][\w’'\u2010\u2011-]+(?:\s+[A-Z][\w’'\u2010\u2011-]+){1,3}"
_JOB = (
    r"scholar|analyst|economist|expert|researcher|scientist|strategist|fellow|lecturer|academic|specialist"
    r"|historian|professor|futurist|forecaster|commentator"
)
# A view held, not a statement made: nothing here says when or to whom it was expressed.
_VIEW = (
    r"believes|predicts|thinks|expects|forecasts|anticipates|foresees|reckons|feels|suspects|estimates|projects"
    r"|is convinced|is confident|is optimistic|is pessimistic|is sceptical|is skeptical|sees|envisions|envisages"
)
_VIEW_WORD = re.compile(r"(?<![\w-])(?:" + _VIEW + r")(?![\w-])")
_EXPERT_VIEW = re.compile(
    r"(?P<expert>"
    r"(?:Dr\.?|Prof\.?|Professor)\s+" + _NAME  # Dr. Jane Roe
    # Jane Roe, an economist at the Policy Institute,
    + r"|" + _NAME + r",\s+(?:a|an|the)\s+[^,.;]{0,80}?(?<![\w-])(?:" + _JOB + r")s?(?![\w-])[^,.;]{0,80}?,"
    + r"|(?<![\w-])(?:[A-Z][\w-]+\s+)?(?i:" + _JOB + r")\s+" + _NAME  # economist Jane Roe
    + r")(?:,\s*[^,.;]{3,80},)?\s+(?P<verb>" + _VIEW + r")(?![\w-])"
)
_PRONOUN = re.compile(r"(?<![\w-])(?:he|she|they|his|her|their)(?![\w-])", re.IGNORECASE)
_HONORIFIC = re.compile(r"^(?:Dr\.?|Prof\.?|Professor)\s+")


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
        "when the expert is quoted with a reporting verb elsewhere in the article. People who are not experts "
        "('Mr Smith believes', 'manager Tom Hart believes') are left alone."
    )
    examples = (
        bad("Trade outlook\n\nDr. Jane Roe, Senior Analyst, predicts that exports will double by 2030. The "
            "ministry has not commented on the forecast."),
        bad("Economist Jane Roe believes the housing market will recover next year."),
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
            block = doc.blocks[facts.block]
            if block.kind not in BODY_KINDS:
                continue
            if not _VIEW_WORD.search(text, facts.start, facts.end):
                continue
            for match in _EXPERT_VIEW.finditer(text, facts.start, facts.end):
                verb_start = match.start("verb")
                if any(not (verb_start <= cue < match.end("verb")) for cue, _ in facts.cues):
                    continue  # "…, she told the BBC"
                if MEDIUM_OR_DATE_RE.search(text, facts.start, facts.end) or facts.speech:
                    continue
                expert = match.group("expert")
                name = _person(expert)
                neighbours = [s for s in sentences[max(0, i - 1) : i + 2] if s is not facts and s.block == facts.block]
                if any(_reports(text, s, name) for s in neighbours):
                    continue  # "Prices have bottomed out," she said.
                if quoted_elsewhere(doc, article, name, (facts.start, facts.end)):
                    continue
                lead = text[match.start() : verb_start]
                appositive = lead[lead.find(name) + len(name) :] if name in lead else ""
                generic = any(generic_credential(part) for part in appositive.split(","))
                message = f"expert view with no occasion: say when and where {name} said this "
                message += f"({name} is quoted nowhere else" + ("; generic title-cased credential)" if generic else ")")
                ctx.report(match.start(), match.end(), message, severity=Severity.ERROR if generic else None)


def _person(expert: str) -> str:
    """The person's name inside an expert phrase ("economist Jane Roe" → "Jane Roe")."""
    found = re.search(_NAME, _HONORIFIC.sub("", expert))
    return found.group() if found else expert


def _reports(text: str, facts, name: str) -> bool:
    """A neighbouring sentence that reports the expert's words: a cue or a quote, and the expert in it."""
    if not (facts.cues or facts.speech):
        return False
    sentence = text[facts.start : facts.end]
    return bool(_PRONOUN.search(sentence)) or any(word in sentence for word in name_words(name))
