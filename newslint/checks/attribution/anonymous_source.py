import re

from newslint.analysis.attribution import BODY_KINDS
from newslint.engine.rule import Rule, Severity, bad, good
from newslint.lazy_regex import lazy_compile

_REPORTING = (
    r"said|say|says|told|tell|tells|added|claimed|claim|claims|revealed|reveal|reveals|confirmed|confirm|confirms"
    r"|suggested|suggest|suggests|insisted|insist|insists|indicated|indicate|indicates|warned|warn|warns|stated"
    r"|maintained|believe|believes|disclosed|alleged|alleges"
)
# Words between the article and "source" that say nothing about who the source is.
_EMPTY = (
    r"(?:reliable|trusted|credible|anonymous|unnamed|unidentified|informed|good|certain|single|secret|separate"
    r"|second|third|other)\s+"
)
# Not "the source" or "our source": those refer back to a source already placed.
_DETERMINER = lazy_compile(r"(?:a|an|one|some|several|two|three|four|many|multiple|numerous|other|another)\s+", re.I)
_SOURCE = r"(?P<phrase>(?:" + _DETERMINER.pattern + r")?(?:" + _EMPTY + r")*(?:sources?|insiders?))"
# 'a source said', 'sources told the paper', 'according to a source.' — nothing placing the source.
_SOURCE_SAID = lazy_compile(r"(?<![\w-])" + _SOURCE + r"\s*,?\s*(?:" + _REPORTING + r")(?![\w-])", re.IGNORECASE)
_ACCORDING = lazy_compile(r"(?<![\w-])according to\s+" + _SOURCE + r"(?=\s*[.,;:)]|\s*$)", re.IGNORECASE)
# Any mention of a source, and what makes it a placed, reporting one.
_ANY_SOURCE = lazy_compile(r"(?<![\w-])(?:sources?|insiders?)(?![\w-])", re.IGNORECASE)
_REPORTING_AFTER = lazy_compile(r"[^.;:!?]{0,80}?(?<![\w-])(?:" + _REPORTING + r")(?![\w-])", re.IGNORECASE)
_ACCORDING_BEFORE = lazy_compile(r"according to(?:\s+(?:a|the))?\s*$", re.IGNORECASE)
_QUALIFIER_AFTER = lazy_compile(
    r"\s*,?\s*(?:close to|familiar with|with (?:direct )?knowledge|at|in|inside|within|from|who|involved|briefed"
    r"|speaking on|on condition|with access|near)(?![\w-])",
    re.IGNORECASE,
)
# A word right before a bare "sources" that is not a modifier: "…, said sources", "and sources".
_FUNCTION_WORDS = {
    "to", "and", "but", "or", "that", "as", "said", "says", "told", "by", "with", "from", "of", "if", "while",
    "two", "three", "four", "several", "some", "many", "other", "according",
}
_WORD_BEFORE = lazy_compile(r"([\w’'-]+)\s+$")


class AnonymousSource(Rule):
    id = "attribution/anonymous-source"
    severity = Severity.WARNING
    summary = "An anonymous source with no position and no reason for anonymity ('a source said')."
    rationale = (
        "AP's rule is that 'a source', unmodified, is almost always prohibited: when a source cannot be named, "
        "the story still says where the source sits ('a senior official in the trade ministry', 'a person "
        "familiar with the talks') and why anonymity was granted ('who was not authorised to speak publicly'). "
        "An unplaced source is unverifiable and is how rumours pass for reporting. A source with a modifier "
        "('a government source', 'police sources'), with a qualifier after it ('a source close to the player', "
        "'a source, who asked not to be named because…, said'), referred back to ('the source said'), or "
        "following a source the story has already placed ('oil industry sources said … one source said') is not "
        "reported, nor 'a source of income' or 'open source'."
    )
    examples = (
        bad("The deal is worth $2 billion, a source said."),
        bad("The coach will resign on Friday, according to sources."),
        bad("Sources told the newspaper that the merger was off."),
        good("The deal is worth $2 billion, a source familiar with the talks said."),
        good("A senior government source said the vote would be delayed."),
        good("Police sources said two men had been arrested."),
        good("Tourism is the main source of income for the island."),
        good("A source, who asked not to be named because the talks are private, said the deal was close."),
    )

    def check(self, doc, ctx):
        text = doc.text
        placed = _first_placed_source(doc)
        for block in doc.blocks:
            lowered = block.text.lower()
            if block.kind not in BODY_KINDS or ("source" not in lowered and "insider" not in lowered):
                continue
            for regex in (_SOURCE_SAID, _ACCORDING):
                for match in regex.finditer(text, block.start, block.end):
                    start, end = match.span("phrase")
                    if placed is not None and placed < start:
                        continue  # "one source said" after "oil industry sources said": the same people
                    if not _DETERMINER.match(match.group("phrase")) and _modifier_before(text, start):
                        continue  # "government sources said", "Labour sources say"
                    message = f"anonymous source '{text[start:end]}': say where the source sits and why it is not named"
                    ctx.report(start, end, message)


def _first_placed_source(doc) -> int | None:
    """Where the story first places a reporting source ('trade sources said', 'a source close to …')."""
    text = doc.text
    for match in _ANY_SOURCE.finditer(text):
        block = doc.block_at(match.start())
        if block is None or block.kind not in BODY_KINDS:
            continue
        after_verb = _REPORTING_AFTER.match(text, match.end())
        if not after_verb and not _ACCORDING_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "a source of income"
        modified = not _DETERMINER.match(match.group()) and _modifier_before(text, match.start())
        if modified or _QUALIFIER_AFTER.match(text, match.end()):
            return match.start()
    return None


def _modifier_before(text: str, start: int) -> bool:
    # Across a block boundary too: a hard-wrapped line may have been split after the modifier.
    word = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return word is not None and word.group(1).lower() not in _FUNCTION_WORDS
