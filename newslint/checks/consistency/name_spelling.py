from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from newslint.analysis.gazetteer import gazetteer
from newslint.analysis.names import NameToken, article_names, hyphen_parts, strip_possessive
from newslint.engine.rule import Rule, Severity, bad, good
from newslint.engines import harper
from newslint.lexicon.frequency import zipf
from newslint.lexicon.names import known_name, strip_accents

_LETTERS = re.compile(r"[^\W\d_]{2,}")
# Characters a reader cannot see or that only stop a line break: a spelling that holds one is
# never the one to recommend ("Lee Jae\u2011Myung" with a non-breaking hyphen).
_HIDDEN = frozenset("\u00a0\u00ad\u2007\u2011\u202f\u200b\u200c\u200d\u2060\ufeff")
_VISIBLE = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2011": "-", "\u00ad": "", "\u200b": "",
                          "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": ""})
# A letter dropped that was not doubled is a slip only in a name this long ("Davenport"/"Daveport").
_MIN_DROPPED = 6
# A word this common (zipf) is no name a letter slip was made in: "Being Julia" beside "Bening"
# ("being" 5.9; "john" 5.4, "china" 5.1 are names).
_FUNCTION_WORD = 5.5
# A letter added or dropped is a slip only when the longer spelling is this long ("Cymru"/"Cymrru",
# "John"/"Johhn"; not "Ann"/"Anne").
_MIN_LETTERS = 5
# Two spellings both this common in the frequency table (once in 100 million words) are two names,
# not a slip: 'Peston'/'Preston', 'Patrik'/'Patrick', 'Fondation'/'Foundation' on BBC news.
_OWN_NAME = 2.0


@dataclass(frozen=True)
class _Form:
    """One way of writing a name's syllables: 'Jae Myung', 'Jae-Myung', 'Jae-myung', 'Jaemyung'."""

    tokens: tuple[NameToken, ...]
    shape: tuple  # how the parts are joined and cased

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        last = self.tokens[-1]
        return last.start + len(strip_possessive(last.text))


class NameSpelling(Rule):
    id = "consistency/name-spelling"
    severity = Severity.WARNING
    summary = "The same name spelt two ways in one article ('Lee Jae Myung' and 'Lee Jae-Myung')."
    rationale = (
        "Names transliterated from Korean, Chinese or Arabic have several accepted spellings: the "
        "South Korean presidential office writes 'Lee Jae Myung', AP writes 'Lee Jae-myung'. Either is "
        "defensible; both in one article make readers wonder whether two people are meant, and betray "
        "copy stitched together from different sources. The rule finds a hyphenated name part "
        "('Jae-Myung') also written with a space ('Jae Myung'), run together ('Jaemyung') or with "
        "another capital after the hyphen ('Jae-myung'), and reports the less frequent spelling at each "
        "place it appears, naming the more frequent one and where it is. Pairs of places "
        "('Korea-China') are left alone. It also finds a name written with and without its accents "
        "('Fernández'/'Fernandez') and with a letter doubled or dropped inside it ('Cymru'/'Cymrru'), "
        "when the slip is no English word and not both spellings are census names ('Michel'/'Michael' "
        "are two people) or both common in the frequency table ('Peston'/'Preston', 'Patrik'/'Patrick', "
        "'Fondation'/'Foundation' on BBC news; a slip between two such names is missed); a letter more at either end is a derivation ('Russia'/'Russian'). The spelling "
        "to recommend is the one the article uses most (on a tie, the first), never one holding an "
        "invisible or non-breaking character ('Jae\u2011Myung' with U+2011)."
    )
    examples = (
        bad("President Lee Jae Myung left for Beijing. Lee Jae-Myung will meet Xi. Aides said Lee Jae-Myung "
            "was ready."),
        bad("Talks with Wi Sung-lac went well, and Wi Sung-Lac said more would follow. Wi Sung-lac smiled."),
        good("President Lee Jae Myung left for Beijing. Lee will meet Xi. Aides said Lee Jae Myung was ready."),
        good("Korea-China trade grew, and Korea China Trade Council members met."),
        good("Jean-Pierre Raffarin spoke. Raffarin said Jean-Pierre would listen."),
        bad("Ana Lucía Fernández spoke first. Later Ana Lucia Fernandez said she would return."),
        bad("Plaid Cymru won two seats. The leader of Plaid Cymrru said the result was good."),
        bad("Gordon Brown spoke on Monday. Later Gordon-Brown said the budget was fair."),
        good("Russia and Russian banks, Germany and German firms, Israel and Israeli troops."),
        good("Michael Mann and Michel Gondry were nominated, as was the film Being Julia with Annette Bening."),
    )

    def check(self, doc, ctx):
        names = article_names(doc)
        tokens = names.tokens
        groups = [g for g in _forms_by_name(tokens).values()] + _letter_variants(tokens, names)
        if not groups:
            return
        index = {id(t): i for i, t in enumerate(tokens)}
        found: dict[int, list] = {}  # start -> [start, end, model, count, line]
        for forms, by_shape in groups:
            ranked = sorted(by_shape.values(), key=lambda fs: (_hidden(doc.text, fs[0]), -len(fs), _rank(fs[0]), fs[0].start))
            majority = ranked[0]
            line = doc.position(doc.source_span(majority[0].start, majority[0].end)[0])[0]
            for minority in ranked[1:]:
                for form in minority:
                    if form.tokens[0].title_case and doc.blocks[form.tokens[0].block].kind in ("headline", "heading"):
                        continue  # a title-case headline's capitals are not the writer's spelling
                    if form.start in found:
                        continue
                    if form.shape[0] == "letters":  # the word itself: its neighbours are spelt alike
                        start, end, model = form.start, form.end, doc.text[majority[0].start : majority[0].end]
                    else:
                        start, end, model = _with_neighbours(doc.text, tokens, index, form, majority)
                    found[start] = [start, end, model.translate(_VISIBLE), len(majority), line]
        for start, end, model, count, line in _merge_adjacent(doc.text, sorted(found.values())):
            ctx.report(
                start, end,
                f"'{doc.text[start:end]}' here, but '{model}' {count} time(s) elsewhere "
                f"(first at line {line}): spell the name one way",
            )


def _merge_adjacent(text: str, found: list[list]) -> list[list]:
    """One finding for one name: 'Lucia Fernandez' beside 'Lucía Fernández', not two."""
    merged: list[list] = []
    for item in found:
        if merged and merged[-1][1] < item[0] and text[merged[-1][1] : item[0]].isspace():
            last = merged[-1]
            merged[-1] = [last[0], item[1], f"{last[2]} {item[2]}", min(last[3], item[3]), min(last[4], item[4])]
        else:
            merged.append(item)
    return merged


def _rank(form: _Form) -> int:
    """How _letter_variants ranked a spelling (0 for the dictionary's on a tie); 0 for the rest."""
    return form.shape[2] if form.shape[0] == "letters" else 0


def _hidden(text: str, form: _Form) -> bool:
    return not _HIDDEN.isdisjoint(text[form.start : form.end])


def _shapes(forms: list[_Form]) -> dict[tuple, list[_Form]] | None:
    """The forms by how their parts are joined; when they are all joined alike, by case
    ("Sung-lac", "Sung-Lac"), where title case and sentence starts say nothing. None: one spelling."""
    by_shape: dict[tuple, list[_Form]] = defaultdict(list)
    for form in forms:
        by_shape[form.shape[0]].append(form)
    if len(by_shape) >= 2:
        return by_shape
    by_shape = defaultdict(list)
    for form in forms:
        if not form.tokens[0].title_case:
            by_shape[form.shape].append(form)
    return by_shape if len(by_shape) >= 2 else None


def _letter_variants(tokens: list[NameToken], names) -> list[tuple[list[_Form], dict[tuple, list[_Form]]]]:
    """Names written with and without accents ("Fernández"/"Fernandez") or with a letter
    doubled or dropped ("Cymru"/"Cymrru"): capitalised words that differ only so.

    The majority spelling must be capitalised mid-sentence somewhere (a name, not a word
    that starts a sentence), and a letter slip must make a word that is no English word
    ("Cymrru"; not "Being"/"Bening"), and two census names are taken for two people. Only a letter inside the word counts: one more at an
    end is a derivation ("Russia"/"Russian") or a plural.
    """
    by_spelling: dict[str, list[_Form]] = defaultdict(list)
    for token in tokens:
        word = strip_possessive(token.text)
        # title-case lines count (their letters are the writer's) but are never reported
        if len(word) >= 3 and word[0].isupper() and not word.isupper() and word.isalpha():
            by_spelling[word].append(_Form((token,), ("letters", word)))
    if len(by_spelling) < 2:
        return []
    evidence = {w for w, forms in by_spelling.items() if any(f.tokens[0].is_evidence for f in forms)}
    folded: dict[str, list[str]] = defaultdict(list)
    for word in by_spelling:
        folded[strip_accents(word.lower())].append(word)
    pairs: list[tuple[str, str]] = []  # (one spelling, another) of the same name
    for spellings in folded.values():
        if len({w.lower() for w in spellings}) > 1:
            pairs.extend((a, b) for a in spellings for b in spellings if a < b and a.lower() != b.lower())
    slips: list[tuple[str, str]] = []
    for key, spellings in folded.items():
        if len(key) < _MIN_LETTERS:
            continue
        # inside the word only: a letter more at either end is a derivation ("Russia"/"Russian",
        # "German"/"Germany", "Israel"/"Israeli") or a plural
        for i in range(1, len(key) - 1):
            shorter = folded.get(key[:i] + key[i + 1 :])
            if shorter and key[i] not in (key[i - 1], key[i + 1]) and len(key) < _MIN_DROPPED:
                continue  # a dropped letter that was not doubled, in a short name: "China"/"Chia"
            if shorter:
                slips.extend((a, b) for a in spellings for b in shorter)
    # two census names are two people ("Michel"/"Michael", "Horan"/"Horgan", "Thomson"/"Thompson")
    slips = [
        (a, b) for a, b in slips
        if not (known_name(a) and known_name(b)) and max(zipf(a.lower()), zipf(b.lower())) < _FUNCTION_WORD
        and min(zipf(a.lower()), zipf(b.lower())) < _OWN_NAME
    ]
    accents = len(pairs)
    pairs.extend(slips)
    # the dictionary asked about the words as written: it knows "Moroccan" and "China", not
    # "Móroccan" or "Chinna"
    words = {w for pair in pairs for w in pair}
    unknown = harper.misspelled_in(words, "en-US") & harper.misspelled_in(words, "en-GB") if words else set()
    groups = []
    beside = {(strip_possessive(x.text), strip_possessive(y.text)) for x, y in zip(tokens, tokens[1:]) if y.joined_to_previous}
    for n, (a, b) in enumerate(pairs):
        slip = n >= accents
        # a letter slip of a census name, or of a name the frequency table holds into a spelling it
        # never saw, needs no capital mid-sentence: "Imogen" only in the headline and "Imogenn"
        # opening a quote
        rarer, commoner = sorted((zipf(a.lower()), zipf(b.lower())))
        named = slip and (known_name(a) or known_name(b) or rarer == 0 and commoner >= _OWN_NAME)
        if a not in evidence and b not in evidence and not named or (a, b) in beside or (b, a) in beside:
            continue  # "Sion Simon" is one name, not two spellings of one
        forms = {a: by_spelling[a], b: by_spelling[b]}
        # the spelling used more; on a tie, for a letter slip the dictionary's ("John", not "Johhn"),
        # then the commoner in the frequency table ("Matsushita", not "Matshushita"), then the first
        # (accents: "Lucía" or "Lucia" may both be right; the dictionary knows only one)
        ranked = sorted(forms, key=lambda w: (-len(forms[w]), slip and w in unknown, -slip * zipf(w.lower()), forms[w][0].start))
        majority, minority = ranked
        if slip and minority not in unknown:
            continue  # an English word is no slip: "Being Julia" beside "Bening", "Angels"/"Angeles"
        if len(forms[minority]) > 1 and len(forms[minority]) == len(forms[majority]):
            continue  # two names used alike often: two people ("Philip", "Phillip")?
        rank = {majority: 0, minority: 1}
        by_shape = {("letters", w, rank[w]): [_Form(f.tokens, ("letters", w, rank[w])) for f in forms[w]] for w in (a, b)}
        groups.append((forms[a] + forms[b], by_shape))
    return groups


def _forms_by_name(tokens: list[NameToken]) -> dict[tuple[str, ...], tuple[list[_Form], dict[tuple, list[_Form]]]]:
    """Every spelling of every hyphenated name part, keyed by its syllables."""
    places = gazetteer()
    capitalised = [(i, t) for i, t in enumerate(tokens) if t.text[0].isupper()]
    keys: set[tuple[str, ...]] = set()
    for _, token in capitalised:
        if "-" not in token.key or token.title_case:
            continue
        word = strip_possessive(token.text)
        if token.initial and not all(word[s].isupper() for s, _ in hyphen_parts(word)):
            continue  # "Semi-annual" starting a sentence; "Jarek-Kujda" starting one is a name
        parts = token.key.split("-")
        if (
            len(parts) == 2 and all(_LETTERS.fullmatch(p) for p in parts)
            # a pair of places is a compound ("Korea-China trade"); one place in a name is not
            # ("Sri-Lanka", "Melbourne-Park", "European-Union")
            and not all(places.lookup(p) for p in parts) and not word.isupper()
        ):
            keys.add(tuple(parts))
    if not keys:
        return {}
    fused = {"".join(k): k for k in sorted(keys)}
    # every name opening with this part ("Vice-President", "Vice-Chancellor"): one per part, as
    # before, kept whichever a set's order gave, so findings changed with PYTHONHASHSEED
    firsts: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key in sorted(keys):
        firsts[key[0]].append(key)
    groups: dict[tuple[str, ...], list[_Form]] = defaultdict(list)
    for i, token in capitalised:
        key = tuple(token.key.split("-"))
        if key in keys:
            word = strip_possessive(token.text)
            second = word[hyphen_parts(word)[1][0]]
            groups[key].append(_Form((token,), ("hyphen", second.isupper())))
        elif token.key in fused:
            groups[fused[token.key]].append(_Form((token,), ("fused",)))
        elif token.key in firsts and i + 1 < len(tokens):
            after = tokens[i + 1]
            key = next((k for k in firsts[token.key] if after.key == k[1]), None)
            if key is not None and after.joined_to_previous and after.text[0].isupper():
                groups[key].append(_Form((token, after), ("space",)))
    return {key: (forms, shapes) for key, forms in groups.items() if (shapes := _shapes(forms))}


def _with_neighbours(
    text: str, tokens: list[NameToken], index: dict[int, int], form: _Form, majority: list[_Form]
) -> tuple[int, int, str]:
    """The form's span, widened by the family or given name beside it ('Lee' in 'Lee Jae Myung')
    when the same word stands beside the majority spelling too; and that spelling, written alike."""
    start, end = form.start, form.end
    model = text[majority[0].start : majority[0].end]
    before = _neighbour(tokens, index, form, -1)
    if before and before[0].isupper():
        match = next((m for m in majority if _neighbour(tokens, index, m, -1) == before), None)
        if match is not None:
            start = tokens[index[id(form.tokens[0])] - 1].start
            model = f"{before} {text[match.start : match.end]}"
    after = _neighbour(tokens, index, form, 1)
    if after and after[0].isupper() and form.tokens[-1].text == strip_possessive(form.tokens[-1].text):
        if any(_neighbour(tokens, index, m, 1) == after for m in majority):
            following = tokens[index[id(form.tokens[-1])] + 1]
            end = following.start + len(after)
            model = f"{model} {after}"
    return start, end, model


def _neighbour(tokens: list[NameToken], index: dict[int, int], form: _Form, direction: int) -> str | None:
    if direction < 0:
        i = index[id(form.tokens[0])]
        return tokens[i - 1].text if i > 0 and form.tokens[0].joined_to_previous else None
    i = index[id(form.tokens[-1])]
    if i + 1 < len(tokens) and tokens[i + 1].joined_to_previous:
        return strip_possessive(tokens[i + 1].text)
    return None
