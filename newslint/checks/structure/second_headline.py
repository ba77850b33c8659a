import re

from newslint.document.words import WORD_RE
from newslint.engine.rule import Rule, Severity, bad, good

# Lowercase inside a title-case headline (AP and Chicago), so they do not count against it.
_MINOR = {
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
    "per", "to", "up", "via", "vs", "with", "from", "into", "over", "is", "are", "its", "their", "his", "her",
    # Chicago lowercases prepositions of any length
    "about", "above", "across", "after", "against", "along", "amid", "among", "around", "before", "behind",
    "below", "beneath", "beside", "between", "beyond", "despite", "during", "except", "inside", "near", "onto",
    "outside", "past", "since", "than", "through", "toward", "towards", "under", "until", "upon", "within", "without",
}
_MIN_WORDS = 8
_MIN_SHARED = 3
_BODY_BEFORE = 3  # paragraphs of the first article before a second headline can start
_PARTS = re.compile(r"[-\u2010\u2011’']")
_ENDS_SENTENCE = ".!?\"”’)"
# A line that ends like this is cut off or continues: not a headline.
_OPEN_ENDED = _ENDS_SENTENCE + ",;:…-–—"


def _content_words(text: str) -> list[str]:
    words = []
    for word in WORD_RE.findall(text):
        for part in _PARTS.split(word):
            if len(part) > 2 and part.lower() not in _MINOR and part[0].isalpha():
                words.append(part)
    return words


class SecondHeadline(Rule):
    id = "structure/second-headline"
    severity = Severity.ERROR  # two articles pasted together: the page is not one story
    summary = "A second headline inside the story: another article starts here."
    rationale = (
        "Scrapers and content generators paste two versions of a story one after the other, so the body "
        "runs into a second headline and a second article. A subheading of edited news is short; a "
        "heading of eight or more words in title case that repeats three or more of the main headline's "
        "words, standing between two sentences after the story has run for several paragraphs, is the "
        "start of another article. Headlines in sentence case cannot be told from a sentence without a "
        "full stop, so they are not reported. Reported at that heading; the editor decides which article "
        "to keep."
    )
    examples = (
        bad(
            "Lee presses China for gains during Beijing visit\n\nLee met Li on Monday.\n\nThey discussed trade.\n\n"
            "They discussed culture.\n\nLee Jae-myung's Historic Reset of South Korea-China Ties: Key Outcomes of the Beijing Summit\n\n"
            "The summit ended on Tuesday.\n"
        ),
        good(
            "Lee presses China for gains during Beijing visit\n\nLee met Li on Monday.\n\nThey discussed trade.\n\n"
            "They discussed culture.\n\nWhat comes next for Lee\n\nThe summit ended on Tuesday.\n"
        ),
        good(
            "Lee presses China for gains during Beijing visit\n\nLee Jae-myung's Historic Reset of South Korea-China Ties: Key Outcomes of the Beijing Summit\n\n"
            "Lee met Li on Monday.\n"
        ),
    )

    def check(self, doc, ctx):
        headline = doc.headline or (doc.blocks[0] if doc.blocks else None)
        if headline is None:
            return
        headline_words = {w.lower() for w in _content_words(headline.text)}
        paragraphs = 0
        for block in doc.blocks[headline.index + 1 : -1]:
            if block.kind == "paragraph" and block.text[-1] in _ENDS_SENTENCE:
                paragraphs += 1
                continue
            if paragraphs < _BODY_BEFORE or block.kind not in ("heading", "paragraph") or not self._stands_apart(doc, block):
                continue
            shared = self._headline_like(block.text, headline_words)
            if shared:
                names = ", ".join(f"'{w}'" for w in shared[:3])
                ctx.report(block.start, block.end, f"a second headline: another article starts here (it repeats {names} from the headline)")

    @staticmethod
    def _stands_apart(doc, block) -> bool:
        """After a finished sentence and before a new one: not a line of hard-wrapped text."""
        previous, following = doc.blocks[block.index - 1], doc.blocks[block.index + 1]
        finished = previous.text[-1] in _ENDS_SENTENCE
        return finished and not following.text[0].islower() and block.text[-1] not in _OPEN_ENDED

    @staticmethod
    def _headline_like(text: str, headline_words: set[str]) -> list[str]:
        """The headline's words this block repeats, when the block reads as a headline itself."""
        words = WORD_RE.findall(text)
        if len(words) < _MIN_WORDS or words[-1].lower() in _MINOR:
            return []
        # Title case: every content word capitalised (the first may have lost its capital: "lee Jae-myung's …").
        capitals = [w[0].isupper() for w in words if len(w) > 2 and w[0].isalpha() and w.lower() not in _MINOR]
        if text.isupper() or not all(capitals[1:]):
            return []
        shared: dict[str, str] = {}
        for word in _content_words(text):
            if word.lower() in headline_words:
                shared.setdefault(word.lower(), word)
        return list(shared.values()) if len(shared) >= _MIN_SHARED else []
