import re
from collections import Counter
from functools import cached_property

from newslint.analysis.gazetteer import gazetteer
from newslint.engine.rule import Rule, Severity, bad, good
from newslint.lexicon.confusables import TIME_NOUNS, can_be
from newslint.lexicon.names import known_name

# Doubles that are grammatical ("had had", "that that") or emphatic in speech ("really really").
_ALLOWED = {
    "had", "that", "bye", "no", "very", "really", "so", "much", "many", "far", "long", "tut", "ha", "knock",
    "chop", "boo", "yada", "bla", "blah", "win", "now", "there", "well", "yeah", "yes",
}
# A preposition that ends a verb phrase before one that starts the next: "placed in in the past",
# "waiting for for years", "the bet he took on on Friday". Only after a participle or past form;
# "achievement in in music", "embark on on an", "dlrs in in 1985" are slips.
_STRANDED = {"in", "for", "on"}
# At the start of a sentence "The The" is a slip, "Duran Duran" a name.
_FUNCTION_WORDS = {"the", "a", "an", "and", "but", "or", "in", "on", "at", "of", "to", "for", "it", "he", "she", "they", "we", "this"}
_REPEATED = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*)( |\s*\n\s*)(\1)(?![\w'’-])", re.IGNORECASE)
_WORD_AFTER = re.compile(r"[\s,]*([\w'’-]+)")
_TOKEN = re.compile(r"[\w'’-]+")


class RepeatedWord(Rule):
    id = "grammar/repeated-word"
    severity = Severity.ERROR
    summary = "The same word twice in a row ('the the', 'US US')."
    rationale = (
        "A doubled word is the most common slip of editing a sentence in place, and readers notice it "
        "at once. Doubles that are grammatical ('had had', 'that that', 'placed in in the past' after a "
        "verb), reduplications ('bye bye') and triples ('Girls Girls Girls') are left alone. A doubled "
        "capitalised word is a name ('Duran Duran', 'Bafana Bafana', 'Boing Boing') unless something "
        "shows a slip: an acronym ('US US'), a month or weekday, a country or nationality ('Canadian "
        "Canadian'), a given name doubled before a surname ('John John Kirby'), or a word the article "
        "writes alone elsewhere and never doubled ('All Blacks Blacks' beside 'the All Blacks'). It gives "
        "up a doubled name that is also written alone ('Abdullah Abdullah' … 'Mr Abdullah'). The fix "
        "keeps the first word."
    )
    examples = (
        bad("Officials met in the the capital on Monday.", fixed="Officials met in the capital on Monday."),
        bad("The The talks ended.", fixed="The talks ended."),
        bad("He was one of the best-loved personalities in the US US, friends said."),
        bad("The deal needs approval from the Canadian Canadian and Mexican legislatures."),
        bad("A spokesman, John John Kirby, named the victim."),
        bad("The All Blacks won. Holah got the All Blacks Blacks onslaught under way."),
        bad("It represents achievement in in music."),
        good("She said she had had enough of the delays."),
        good("He argued that that decision was final."),
        good("Officials met in the capital. The talks ended."),
        good("The envoy met Boutros Boutros Ghali in Cairo."),
        good("Duran Duran are promoting their album."),
        good("Wheat  Price  Price  2.55  2.40"),
        good("It is a situation we have been placed in in the past; I have waited for for years."),
        good("He wrote the musical Spend Spend Spend, and Bafana Bafana lost to Duran Duran fans."),
    )

    def check(self, doc, ctx):
        counts = _WordCounts(doc.text)
        for block in doc.blocks:
            text = block.text
            sentence_starts = {s.start - block.start for s in doc.sentences_in(block)}
            for match in _REPEATED.finditer(text):
                word, second = match.group(1), match.group(3)
                lower = word.lower()
                if lower in _ALLOWED:
                    continue
                if lower in _STRANDED and _after_verb(text, match.start()):
                    continue
                if _tripled(text, match, lower):
                    continue  # "Spend Spend Spend", "no no no": a refrain, not a slip
                if word[0].isupper() and second[0].isupper() and (
                    match.start() not in sentence_starts or lower not in _FUNCTION_WORDS
                ) and not _doubled_by_mistake(counts, word, text, match.end()):
                    continue  # a name: "Boutros Boutros-Ghali", "Duran Duran are…"
                if word.islower() and second[0].isupper():
                    continue  # "the value of time Time has…": a lost line break, not a slip
                start = block.start + match.start(1)
                end = block.start + match.end(3)
                ctx.report(start, end, f"'{word}' is repeated", fix=word)


def _word_before(text: str, start: int) -> str:
    """The word before ``start``, over spaces and commas ('' when none). A scan back, not a regex
    search from the block's start, which made a block of 10,000 doubles quadratic."""
    end = start
    while end > 0 and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    begin = end
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "_'’-"):  # [\w'’-]
        begin -= 1
    return text[begin:end]


def _after_verb(text: str, start: int) -> bool:
    before = _word_before(text, start)
    return before.islower() and can_be(before, "tT6")


def _tripled(text: str, match: re.Match, lower: str) -> bool:
    after = _WORD_AFTER.match(text, match.end())
    return _word_before(text, match.start()).lower() == lower or (after is not None and after.group(1).lower() == lower)


class _WordCounts:
    """How often each word stands alone in the article and how often doubled ('All Blacks Blacks'),
    counted once per article (on first need) instead of a regex over the whole text per double."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def _counts(self) -> tuple[Counter, Counter]:
        alone: Counter = Counter()
        doubled: Counter = Counter()
        previous, run, gap_end = None, 0, 0
        for match in _TOKEN.finditer(self.text):
            token = match[0]
            alone[token] += 1
            gap = self.text[gap_end:match.start()]
            if token == previous and gap and gap.isspace():
                run += 1
            else:
                doubled[previous] += run // 2  # non-overlapping pairs of the run just ended
                previous, run = token, 1
            gap_end = match.end()
        doubled[previous] += run // 2
        return alone, doubled

    def alone(self, word: str) -> int:
        return self._counts[0][word]

    def doubled(self, word: str) -> int:
        return self._counts[1][word]


def _doubled_by_mistake(counts: _WordCounts, word: str, text: str, end: int) -> bool:
    """A doubled capitalised word that is no doubled name."""
    lower = word.lower()
    if word.isupper() and len(word) >= 2:
        return True  # "US US", "ISIS ISIS"
    if lower in TIME_NOUNS or gazetteer().lookup(word) is not None:
        return True  # "December December", "Canadian Canadian"
    following = _WORD_AFTER.match(text, end)
    given = known_name(word)
    if given is not None and given.given and following is not None and following.group(1)[:1].isupper():
        return True  # "Daniel Daniel Levy"
    # the word alone elsewhere ("the All Blacks" … "All Blacks Blacks"), the double only here
    return counts.doubled(word) == 1 and counts.alone(word) > 2
