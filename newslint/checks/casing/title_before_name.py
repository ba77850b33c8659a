from __future__ import annotations

from dataclasses import dataclass

from newslint.analysis.gazetteer import gazetteer
from newslint.analysis.names import NameToken, article_names, name_key, strip_possessive
from newslint.checks.casing.vocabulary import (
    COUNTRY_ABBREVIATIONS,
    HONORIFICS,
    NOT_FORMAL_BEFORE,
    NOT_PERSONS,
    SENTENCE_OPENERS,
)
from newslint.engine.rule import Option, Rule, Severity, bad, good
from newslint.lexicon.offices import (
    ALWAYS_CAPITALISED,
    ALWAYS_CAPITALISED_HEADS,
    DEPARTMENTS,
    DOUBLE_TITLES,
    SINGLE_TITLES,
    TITLE_HEADS,
)

# Words a formal title can start with.
_FIRST_WORDS = SINGLE_TITLES | {first for first, _ in DOUBLE_TITLES} | DEPARTMENTS | {"secretary"}


@dataclass(frozen=True)
class _Title:
    tokens: tuple[NameToken, ...]  # the title's words
    key: str  # "prime minister"
    index: int  # of its first word in ArticleNames.tokens

    @property
    def capitalised(self) -> bool:
        """Written as a formal title, and not only because a sentence starts with it."""
        words = self.tokens
        if not all(t.text[0].isupper() for t in words):
            return False
        return not words[0].initial or len(words) > 1

    @property
    def lowercase(self) -> bool:
        """Every word lowercase, but the first may carry a sentence-start capital."""
        first, *rest = self.tokens
        return all(t.text[0].islower() for t in rest) and (first.text[0].islower() or (first.initial and bool(rest)))


class TitleBeforeName(Rule):
    id = "casing/title-before-name"
    severity = Severity.WARNING
    summary = "A formal title in lowercase directly before a name ('president Xi Jinping')."
    rationale = (
        "AP and most newsroom styles capitalise a formal title directly before a name ('President Xi "
        "Jinping', 'Premier Li Qiang', 'Foreign Minister Wang Yi') and lowercase it when it stands "
        "alone or is set off by commas ('the president', 'Xi, China's president'). Titles cover national "
        "and local offices (president, prime minister, minister, secretary, chancellor, governor, "
        "senator, mayor, councillor, judge, commissioner, sheriff, bishop, ...). Job descriptions "
        "('coach Sarah Lin', 'astronaut John Glenn', 'chief executive', 'director') are not titles and "
        "are left alone, as are titles after 'former', 'the', a possessive or an organisation ('Fifa president "
        "Sepp Blatter'). Some house styles (the BBC's, the Guardian's) lowercase titles throughout, so by "
        "default a lowercase title is reported only when the same article capitalises that title before "
        "a name elsewhere: the article has chosen AP style and slipped. Measured on BBC news, which "
        "lowercases 'finance minister Trevor Manuel' (20 capitalised / 31 lowercase) and often "
        "'French president Jacques Chirac', but capitalises 'Prime Minister' (64/2), 'Chancellor' (29/2) "
        "and every '<department> Secretary' (60/1): those three are reported in lowercase even "
        "without the article's evidence. Set the option 'always' for an "
        "AP house style. The fix capitalises the title; it needs an editor's confirmation."
    )
    options = {
        "always": Option(False, "report every lowercase formal title before a name (AP house style), "
                                "not only when the article capitalises the same title elsewhere"),
    }
    examples = (
        bad("Lee met President Xi Jinping on Monday. Later, president Xi Jinping hosted a dinner."),
        bad("Lee met Premier Li Qiang. The talks with Chinese premier Li Qiang ran late."),
        bad("The talks with Chinese premier Li Qiang ran late.", always=True),
        good("Lee met President Xi Jinping. Xi, China's president, spoke first. The president smiled."),
        good("Lee met President Xi Jinping. Former president Park Geun-hye did not attend."),
        good("The talks with Chinese premier Li Qiang ran late."),
        bad("The plan was backed by prime minister Tony Blair on Monday."),
        bad("Critics said home secretary David Blunkett had gone too far."),
        good("The plan was backed by finance minister Trevor Manuel and ex-Conservative chancellor Ken Clarke."),
        good("Lee met President Xi Jinping, while coach Sarah Lin watched astronaut John Glenn."),
        good("President Xi Jinping attended. Fifa president Sepp Blatter sent a message."),
        good("Lee met President Xi Jinping before watching a Premier League match."),
    )

    def check(self, doc, ctx):
        names = article_names(doc)
        tokens = names.tokens
        titles = [t for t in (_title_at(tokens, i) for i, tok in enumerate(tokens) if tok.key in _FIRST_WORDS) if t]
        evidence: dict[str, _Title] = {}
        candidates: list[_Title] = []
        for title in titles:
            after = _name_after(tokens, title, names)
            if after is None:
                continue
            if title.capitalised and not title.tokens[0].title_case:
                evidence.setdefault(title.key, title)
            elif title.lowercase and _stands_as_title(tokens, title):
                candidates.append(title)
        always = ctx.options.get("always", False)
        for title in candidates:
            model = evidence.get(title.key)
            if model is None and not always and not _always_capitalised(title):
                continue
            start, end = title.tokens[0].start, title.tokens[-1].end
            written = doc.text[start:end]
            expected = " ".join(t.text[0].upper() + t.text[1:] for t in title.tokens)
            if model is not None:
                line = doc.position(doc.source_span(model.tokens[0].start, model.tokens[0].end)[0])[0]
                message = f"'{written}' is a formal title before a name: capitalise it, as the article does at line {line}"
            else:
                message = f"'{written}' is a formal title before a name: capitalise it"
            ctx.report(start, end, message, fix=expected, safe=False)


def _always_capitalised(title: _Title) -> bool:
    """'prime minister Tony Blair', 'home secretary David Blunkett': capitalised in every house style measured."""
    return title.key in ALWAYS_CAPITALISED or (len(title.tokens) == 2 and title.key.split()[1] in ALWAYS_CAPITALISED_HEADS)


def _title_at(tokens: list[NameToken], i: int) -> _Title | None:
    """The formal title starting at word ``i``, longest first."""
    first = tokens[i]
    word = first.text.lower()
    nxt = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].joined_to_previous else None
    if nxt is not None:
        pair = (word, nxt.text.lower())
        if pair in DOUBLE_TITLES or (word in DEPARTMENTS and pair[1] in TITLE_HEADS):
            return _Title((first, nxt), " ".join(pair), i)
        third = tokens[i + 2] if i + 2 < len(tokens) and tokens[i + 2].joined_to_previous else None
        if word == "secretary" and pair[1] == "of" and third is not None and third.text.lower() == "state":
            return _Title((first, nxt, third), "secretary of state", i)
    if name_key(word) in SINGLE_TITLES:
        if i > 0 and first.joined_to_previous and (tokens[i - 1].text.lower(), word) in DOUBLE_TITLES:
            return None  # "vice president": the second word of a longer title
        return _Title((first,), name_key(word), i)
    return None


def _name_after(tokens: list[NameToken], title: _Title, names) -> str | None:
    """The personal name right after the title: two capitalised words, or one the article repeats."""
    index = title.index + len(title.tokens)
    if index >= len(tokens) or not tokens[index].joined_to_previous:
        return None
    name = tokens[index]
    word = strip_possessive(name.text)
    if not word[0].isupper() or word.isupper() and len(word) > 1:
        return None
    key = name_key(word)
    if key in HONORIFICS or key in NOT_PERSONS:
        return None
    follower = tokens[index + 1] if index + 1 < len(tokens) else None
    two_words = follower is not None and follower.joined_to_previous and follower.text[0].isupper() and name_key(strip_possessive(follower.text)) not in NOT_PERSONS
    if two_words or names.capital_count(word) >= 2:
        return word
    return None


def _stands_as_title(tokens: list[NameToken], title: _Title) -> bool:
    """False when what comes before makes the title a description: 'former president',
    'the company's president', 'Fifa president'."""
    first = title.tokens[0]
    if first.initial:
        # a lowercase sentence start is casing/sentence-start's finding: one slip, one finding
        return first.text[0].isupper()
    index = title.index
    if index == 0 or not first.joined_to_previous:
        return True  # after punctuation: "…(South Korea), president Xi Jinping"
    previous = tokens[index - 1]
    before = previous.text
    if before.lower() in NOT_FORMAL_BEFORE or strip_possessive(before) != before:
        return False
    if "-" in before and before.split("-", 1)[0].lower() in NOT_FORMAL_BEFORE:
        return False  # "ex-Conservative chancellor Ken Clarke", "then-US secretary of state"
    if before[0].isupper():
        if before in COUNTRY_ABBREVIATIONS or gazetteer().lookup(before) is not None:
            # "former Dutch prime minister Wim Kok" is a description, as "former prime minister" is
            earlier = tokens[index - 2] if index >= 2 and previous.joined_to_previous else None
            return earlier is None or earlier.text.lower() not in NOT_FORMAL_BEFORE
        # capitalised by the sentence start: an ordinary opener ("Later foreign minister…"),
        # or an organisation ("Fifa president Sepp Blatter")?
        return previous.initial and before.lower() in SENTENCE_OPENERS
    return True
