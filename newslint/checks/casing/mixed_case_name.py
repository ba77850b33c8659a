from __future__ import annotations

import bisect
import re
from collections import defaultdict

from newslint.analysis.gazetteer import gazetteer
from newslint.analysis.names import NameToken, article_names, strip_possessive
from newslint.checks.casing.lowercase_name import lowercase_names
from newslint.engine.rule import Rule, Severity, bad, good

# Capitalised, these words only make sense as part of a name ("the Standing Committee"),
# so the institution word after them belongs to the name too.
_NAMING_ADJECTIVES = {
    "standing", "select", "joint", "permanent", "supreme", "central", "executive", "constitutional",
    "legislative",
}
_INSTITUTIONS = {
    "committee", "commission", "council", "court", "assembly", "bank", "fund", "tribunal", "board",
    "authority", "agency", "bureau", "office", "ministry", "department", "service", "congress",
    "parliament", "senate", "synod", "conference", "forum",
}
_FUNCTION_WORDS = {"of", "and", "the", "for", "on", "in", "at", "to", "a", "an", "de", "la", "du", "van", "von"}
# A firm's name and "group" in lowercase is the firm's group of companies, described: "the Falic group"
# beside "Falic Group", "given LG group until Wednesday" beside "LG Group" (BBC news).
_DESCRIBED = {"group"}
# A number before a plural counts things the name gives out: "15 Brit awards" beside "the Brit Awards".
_COUNT_BEFORE = re.compile(r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|several|many|both) $", re.I)

class MixedCaseName(Rule):
    id = "casing/mixed-case-name"
    severity = Severity.WARNING
    summary = "A multi-word name with a word in lowercase ('Technology Partnership fund', 'Standing committee')."
    rationale = (
        "When an article writes 'Technology Partnership Fund' and later 'Technology Partnership fund', "
        "one of them is wrong, and readers notice the name change shape. This rule reports the "
        "lowercase word when the article writes the whole name capitalised more often than not. It "
        "also reports an institution word in lowercase after a capitalised word that only makes sense "
        "as part of a name, inside a longer name ('National People's Congress Standing committee'). "
        "Capitals at the start of a sentence, a list item, or in a title-case line are no evidence, and a "
        "name written lowercase throughout ('the fund') is ordinary English, as are a firm's 'group' "
        "described ('the Falic group' beside 'Falic Group') and things a name gives out, counted ('15 "
        "Brit awards' beside 'the Brit Awards'; both measured on BBC news; a lowercase 'group' in a "
        "group's own name is missed). A word casing/lowercase-name already reports ('the Sony walkman' "
        "beside 'Walkman') is left to it: one slip, one finding (a double measured on BBC news). The fix "
        "capitalises the word; it needs an editor's confirmation."
    )
    examples = (
        bad("The Technology Partnership Fund opened. The Technology Partnership Fund will invest in AI. "
            "Applications to the Technology Partnership fund close in May."),
        bad("Lee met the chair of the National People's Congress Standing committee on Tuesday."),
        good("The Technology Partnership Fund opened. The fund will invest in AI."),
        good("Officials at the US embassy said the US Embassy in Seoul was closed. The embassy reopened."),
        good("Lee met the chair of the Standing Committee of the National People's Congress."),
        good("Technology Partnership Fund Opens Doors\n\nThe technology partnership fund was announced."),
    )

    def check(self, doc, ctx):
        names = article_names(doc)
        tokens = names.tokens
        hasher = _KeyHasher(tokens)
        canonical = _capitalised_names(names.runs, hasher)
        lowercase = _LowercaseWords(tokens)
        reported: set[int] = set()
        owned = None  # starts of the words casing/lowercase-name reports
        for key_hash, windows in _partly_lowercase(doc.text, tokens, canonical, hasher, lowercase).items():
            count, run, start = canonical[key_hash]
            model = run[start:]
            if count <= len(windows):
                continue  # no clear majority: which spelling is the name?
            line = doc.position(doc.source_span(model[0].start, model[-1].end)[0])[0]
            written = " ".join(t.text for t in model)
            for i, length in windows:
                for index in lowercase.unreported(i + 1, i + length):
                    token = tokens[index]
                    reported.add(token.start)
                    if owned is None:
                        owned = {f.start for f in lowercase_names(doc, ctx.config)}
                    if token.start in owned:
                        continue  # "the Sony walkman": casing/lowercase-name reports the word itself (one slip, one finding)
                    ctx.report(
                        token.start, token.end,
                        f"'{token.text}' is lowercase, but the article writes '{written}' (line {line})",
                        fix=token.text[0].upper() + token.text[1:], safe=False,
                    )
        for token, name in _naming_adjective_slips(tokens):
            if token.start not in reported:
                ctx.report(
                    token.start, token.end,
                    f"'{token.text}' should be capitalised: '{name}' is part of a name here",
                    fix=token.text[0].upper() + token.text[1:], safe=False,
                )


# Names are compared by a rolling hash of their words' keys, so that every ending of every run and
# every window of the text costs O(1) to compare: a run of n capitalised words has n endings, and
# building each as a tuple made the rule n² in memory and n³ in time (issue 11).
_MODULUS = (1 << 61) - 1
_BASE = 1_000_003


class _KeyHasher:
    """Hashes of word-key sequences: of any window of the article's tokens, and of any run's endings."""

    def __init__(self, tokens: list[NameToken]):
        self._ids: dict[str, int] = {}
        self._powers = [1]
        self.prefix = self._prefix(tokens)

    def _prefix(self, tokens) -> list[int]:
        prefix = [0]
        for t in tokens:
            prefix.append((prefix[-1] * _BASE + self._id(t.key)) % _MODULUS)
        return prefix

    def _id(self, key: str) -> int:
        return self._ids.setdefault(key, len(self._ids) + 1)

    def power(self, n: int) -> int:
        powers = self._powers
        while len(powers) <= n:
            powers.append(powers[-1] * _BASE % _MODULUS)
        return powers[n]

    def window(self, prefix: list[int], start: int, length: int) -> int:
        return (prefix[start + length] - prefix[start] * self.power(length)) % _MODULUS


def _capitalised_names(runs, hasher: _KeyHasher) -> dict[tuple[int, int], list]:
    """Each run of capitalised words mid-sentence and its endings of two words or more:
    'Korea-China Technology Partnership Fund' also gives 'Technology Partnership Fund'.
    Keyed by (length, hash of the words' keys); the value is [times written, the first run written, where in it the name starts]."""
    canonical: dict[tuple[int, int], list] = {}
    for run in runs:
        prefix = hasher._prefix(run)
        m = len(run)
        for j in range(m - 1):
            key = (m - j, hasher.window(prefix, j, m - j))
            entry = canonical.get(key)
            if entry is None:
                canonical[key] = [1, run, j]  # the run and where the name starts: no n² slices
            else:
                entry[0] += 1
    return canonical


class _LowercaseWords:
    """The tokens _lowercase_words would report, found by index in O(1) amortised."""

    def __init__(self, tokens: list[NameToken]):
        places = gazetteer()
        n = len(tokens)
        flags = [
            t.text[0].islower() and t.text.lower() not in _FUNCTION_WORDS and not _is_place(places, t.text)
            for t in tokens
        ]
        self.next = [n] * (n + 1)  # the first flagged index >= i
        for i in range(n - 1, -1, -1):
            self.next[i] = i if flags[i] else self.next[i + 1]
        self._skip = list(range(n + 1))  # union-find: the first flagged, unreported index >= i

    def unreported(self, start: int, stop: int):
        """Flagged indexes in [start, stop) not yielded before, each at most once per article."""
        i = self._find(self.next[start])
        while i < stop:
            yield i
            self._skip[i] = self.next[i + 1]
            i = self._find(self.next[i + 1])

    def _find(self, i: int) -> int:
        skip, root = self._skip, i
        while skip[root] != root:
            root = skip[root]
        while skip[i] != root:
            skip[i], i = root, skip[i]
        return root


def _partly_lowercase(text: str, tokens: list[NameToken], canonical, hasher: _KeyHasher,
                      lowercase: _LowercaseWords) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """Places where a known name starts capitalised and goes on partly in lowercase, as
    (first token index, length) per name. Each window's tests are O(1) from indexes over the
    tokens, and only lengths that can pass them are tried."""
    lengths: dict[int, list[int]] = defaultdict(list)  # word id -> lengths of names it starts, ascending
    for length, key_hash in canonical:
        _, run, start = canonical[(length, key_hash)]
        first = run[start].key
        lengths[hasher._ids[first]].append(length)
    for value in lengths.values():
        value.sort()
    n = len(tokens)
    reach = [0] * (n + 1)  # one past the last token joined to token i by whitespace only
    possessive = [n] * (n + 1)  # the first index >= i written with a possessive ending
    for i in range(n - 1, -1, -1):
        joined_next = i + 1 < n and tokens[i + 1].joined_to_previous
        reach[i] = reach[i + 1] if joined_next else i + 1
        t = tokens[i]
        possessive[i] = i if strip_possessive(t.text) != t.text else possessive[i + 1]
    places = gazetteer()
    mixed: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    ids = hasher._ids
    for i, token in enumerate(tokens):
        options = lengths.get(ids[token.key])
        if not options or not token.text[0].isupper() or not token.is_evidence:
            continue
        # a window [i, i + length) needs: all joined (length <= reach - i), no possessive before its
        # last word ("Taiwan's steel exports" is not "Taiwan Steel"), a lowercase word after its first
        longest = min(reach[i] - i, possessive[i] - i + 1)
        shortest = lowercase.next[i + 1] - i + 1
        counted = None
        # longest first, from the longest that fits (bisect: a run of n words has up to n lengths)
        for k in range(bisect.bisect_right(options, longest) - 1, bisect.bisect_left(options, shortest) - 1, -1):
            length = options[k]
            if length == 2 and places.lookup(token.text) is not None:
                continue  # "all Canadian airlines" is generic beside "Canadian Airlines"
            last = tokens[i + length - 1].text
            if last.islower() and last in _DESCRIBED:
                continue
            if last.islower() and last.endswith("s"):
                if counted is None:
                    counted = _counted(text, token.start)
                if counted:
                    continue
            key = (length, hasher.window(hasher.prefix, i, length))
            if key in canonical:
                mixed[key].append((i, length))
                break
    return mixed


def _counted(text: str, start: int) -> bool:
    """A number just before: '15 Brit awards'. Looks back a bounded stretch, not the whole text."""
    return _COUNT_BEFORE.search(text, max(0, start - _COUNT_LOOKBACK), start) is not None


_COUNT_LOOKBACK = 200


def _lowercase_words(window) -> list[NameToken]:
    """Its lowercase words; places ("West german") are casing/lowercase-name's business."""
    places = gazetteer()
    return [
        t for t in window[1:]
        if t.text[0].islower() and t.text.lower() not in _FUNCTION_WORDS and not _is_place(places, t.text)
    ]


def _is_place(places, word: str) -> bool:
    place = places.lookup(word)
    return place is not None and not place.ambiguous


def _naming_adjective_slips(tokens: list[NameToken]):
    """'…Congress Standing committee': a naming adjective inside a longer name, then a lowercase institution."""
    for i in [i for i, t in enumerate(tokens) if t.key in _NAMING_ADJECTIVES]:
        if i == 0 or i + 1 >= len(tokens):
            continue
        before, adjective, noun = tokens[i - 1], tokens[i], tokens[i + 1]
        if (
            adjective.text.lower() in _NAMING_ADJECTIVES and adjective.text[0].isupper() and adjective.is_evidence
            and adjective.joined_to_previous and before.text[0].isupper()
            and noun.joined_to_previous and noun.text.lower() in _INSTITUTIONS and noun.text.islower()
        ):
            yield noun, f"{adjective.text} {noun.text.capitalize()}"
