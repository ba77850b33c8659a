from __future__ import annotations

from dataclasses import dataclass

from newslint.analysis.gazetteer import gazetteer
from newslint.analysis.names import NameToken, article_names, hyphen_parts, name_key, strip_possessive
from newslint.checks.casing.starts import accepted_words, is_address, lowercase_starts
from newslint.checks.casing.vocabulary import DESCRIPTIVE, JOB_WORDS, NAME_PARTICLES, PREFIXES, TITLE_WORDS
from newslint.engine.rule import Rule, Severity, bad, good


@dataclass(frozen=True)
class _Finding:
    start: int
    end: int
    expected: str
    reason: str
    certain: bool


class LowercaseName(Rule):
    id = "casing/lowercase-name"
    severity = Severity.WARNING
    summary = "A name or place written in lowercase ('zhao Leji', 'south Korea', 'korean universities')."
    rationale = (
        "A person's name, a country or a nationality in lowercase looks careless and, in a name, "
        "disrespectful. Two kinds of evidence are used, never a blanket rule: a built-in gazetteer of "
        "countries, large cities, nationalities and their adjectives ('korean' → 'Korean', 'south Korea' → "
        "'South Korea'), and the article itself, which capitalises the same name elsewhere ('zhao Leji' "
        "when the article writes 'Zhao Leji'; 'korea-China' when it writes 'Korea'). Deliberately "
        "lowercase names ('van der Berg', 'bin Laden', 'bell hooks', 'iPhone') are left alone, as are "
        "words in the vocabulary (vocabulary: accept), prefixes ('anti-American'), web addresses, and "
        "place words that are also common words ('fine china', 'french fries') unless they sit inside "
        "a hyphenated name. A lowercase name that starts a sentence is reported by casing/sentence-start. "
        "The fix capitalises the word; it is safe for gazetteer entries."
    )
    examples = (
        bad("The president met Zhao Leji in Beijing. Later, zhao Leji hosted a dinner."),
        bad("Officials said south Korea would respond.", fixed="Officials said South Korea would respond."),
        bad("Scholarships for students at korean universities grew.", fixed="Scholarships for students at Korean universities grew."),
        bad("Exports from South Korea-china trade routes rose.", fixed="Exports from South Korea-China trade routes rose."),
        bad("He visited Korea in May. The korea-China fund opened in June."),
        good("She was served tea in fine china at the embassy."),
        good("The historian Ludwig van Beethoven and Charles de Gaulle are buried far apart."),
        good("An anti-American protest followed the mid-July vote."),
        good("Details are at korea.net and on @koreanews."),
        good("The author bell hooks spoke at the festival."),
    )

    def check(self, doc, ctx):
        names = article_names(doc)
        accepted = accepted_words(ctx.config)
        owned_elsewhere = {s.start for s in lowercase_starts(doc, accepted)}
        found: dict[int, _Finding] = {}
        tokens = names.tokens
        for i in _candidates(tokens, names.pairs):
            token = tokens[i]
            if not token.text[0].isalpha() or is_address(doc.text, token.start, token.end):
                continue
            for finding in _token_findings(tokens, i, names):
                if finding.start in owned_elsewhere or finding.start in found:
                    continue
                if doc.text[finding.start : finding.end] in accepted:
                    continue
                found[finding.start] = finding
        for finding in sorted(found.values(), key=lambda f: f.start):
            word = doc.text[finding.start : finding.end]
            ctx.report(
                finding.start, finding.end, f"'{word}' should be capitalised: {finding.reason}",
                fix=finding.expected, safe=finding.certain,
            )


def _candidates(tokens: list[NameToken], pairs) -> list[int]:
    """Words worth a closer look: places, hyphenated words with a lowercase part, and
    lowercase words before a capitalised one they form a name with ("zhao Leji")."""
    known = gazetteer().keys
    found = {i for i, t in enumerate(tokens) if t.key in known or ("-" in t.key and _has_lowercase_part(t.text))}
    found.update(
        i for i in range(len(tokens) - 1)
        if (tokens[i].key, tokens[i + 1].key) in pairs and tokens[i].text[0].islower()
    )
    return sorted(found)


def _has_lowercase_part(word: str) -> bool:
    return any(word[s].islower() for s, _ in hyphen_parts(word))


def _token_findings(tokens: list[NameToken], i: int, names) -> list[_Finding]:
    token = tokens[i]
    findings = _phrase_findings(tokens, i) if token.key in gazetteer().phrases else []
    if token.text[0].isupper() and not _has_lowercase_part(token.text):
        return findings
    stem = strip_possessive(token.text)
    parts = hyphen_parts(stem)
    places = gazetteer()
    for s, e in parts:
        part = stem[s:e]
        if not part[0].islower() or part in NAME_PARTICLES:
            continue
        start, end = token.start + s, token.start + e
        expected = part[0].upper() + part[1:]
        place = places.lookup(part)
        hyphenated = len(parts) > 1
        # a capital that proves a name: not the first word of a sentence or a list item
        partner_capitalised = hyphenated and any(
            stem[ps].isupper() and (ps > 0 or not token.initial) for ps, _ in parts
        )
        if place is not None and not place.ambiguous:
            findings.append(_Finding(start, end, expected, f"'{expected}' is a proper name", True))
        elif partner_capitalised and part not in PREFIXES and len(part) >= 3:
            if place is not None:
                findings.append(_Finding(start, end, expected, f"'{expected}' is a proper name", True))
            elif s == 0 and names.is_strong_name(part):
                # "gyeongju-Seoul"; a lowercase second part is a spelling of its own ("Jae-myung")
                preferred = names.preferred(part) or expected
                findings.append(_Finding(start, end, preferred, f"the article writes '{preferred}'", False))
        elif not hyphenated and part not in TITLE_WORDS and part not in JOB_WORDS:
            neighbour = _capitalised_neighbour(tokens, i, part, names)
            if neighbour:
                preferred = names.preferred(part) or expected
                findings.append(_Finding(start, end, preferred, f"the article writes '{neighbour}'", False))
    return findings


def _capitalised_neighbour(tokens: list[NameToken], i: int, part: str, names) -> str | None:
    """'Zhao Leji' when ``part`` is 'zhao' before 'Leji' and the article writes 'Zhao Leji'.

    Only the word before: after a name, a lowercase word is usually a common noun the
    article once capitalised ("US Embassy" / "the US embassy"), which is
    casing/mixed-case-name's business.
    """
    key = name_key(part)
    if key in DESCRIPTIVE:
        return None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is None or not after.joined_to_previous or not after.text[0].isupper():
        return None
    if after.text.isupper():
        return None  # "class A shares", "type II diabetes": a label, not a name
    if names.pairs.get((key, after.key)) and names.capital_count(part) >= names.lowercase.get(key, 0):
        return f"{names.preferred(part)} {strip_possessive(after.text)}"
    return None


def _phrase_findings(tokens: list[NameToken], i: int) -> list[_Finding]:
    """Lowercase words of a multi-word place: 'south Korea', 'New zealand', 'hong kong'."""
    first = tokens[i]
    for place in gazetteer().phrases_starting(first.text):
        words = place.name.split()
        window = tokens[i : i + len(words)]
        if len(window) < len(words) or any(not t.joined_to_previous for t in window[1:]):
            continue
        texts = [t.text for t in window]
        # the last word may carry a possessive or go on with a hyphen: "Korea’s", "Korea-China"
        last = strip_possessive(texts[-1])
        texts[-1] = last[: hyphen_parts(last)[0][1]]
        if [name_key(t) for t in texts] != [name_key(w) for w in words]:
            continue
        result = []
        for token, text, proper in zip(window, texts, words):
            if text != proper and text[0].islower() and proper[0].isupper():
                result.append(_Finding(token.start, token.start + len(text), proper, f"'{place.name}' is a proper name", True))
        return result
    return []

