from __future__ import annotations

from dataclasses import dataclass

from newslint.analysis import shared
from newslint.analysis.gazetteer import gazetteer
from newslint.analysis.keyword_lists import in_keyword_list
from newslint.analysis.names import NameToken, article_names, hyphen_parts, name_key, strip_possessive
from newslint.checks.casing.starts import accepted_words, is_address, lowercase_starts
from newslint.checks.casing.vocabulary import DESCRIPTIVE, HONORIFICS, NAME_PARTICLES, PREFIXES
from newslint.checks.spelling.unknown_words import unknown_words
from newslint.engine.rule import Rule, Severity, bad, good
from newslint.engines import harper
from newslint.lexicon.confusables import TIME_NOUNS
from newslint.lexicon.confusables import known as lexicon_word
from newslint.lexicon.frequency import damerau_levenshtein, zipf
from newslint.lexicon.names import COMPANY_SUFFIXES, KnownName, common_word_name, known_name, strip_accents
from newslint.lexicon.offices import is_office


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
        "when the article writes 'Zhao Leji', even only at a sentence start; 'the yukos saga' when it "
        "writes 'Yukos'; 'korea-China' when it writes 'Korea'; not when every capital is inside the title of "
        "a law or a work, 'the Directive on the Patentability of …', 'The Science Behind Supervolcano', "
        "measured on BBC news). A third source needs no evidence from the "
        "story: given names and surnames of the US Census ('councillor maria Lopez', 'Maria lopez', "
        "'Mr lopez', 'maria lopez'), without the names that are common words ('will', 'may', 'rose', "
        "'brown'); names that are rarer words ('dean', 'brewer') count only as a given name with no "
        "article or capital before it ('Danish brewer Carlsberg' is a job). Deliberately "
        "lowercase names ('van der Berg', 'bin Laden', 'bell hooks', 'iPhone') are left alone, as are "
        "words in the vocabulary (vocabulary: accept), prefixes ('anti-American'), web addresses, and "
        "place words that are also common words ('fine china', 'french fries') unless they sit inside "
        "a hyphenated name. A lowercase name that starts a sentence is reported by casing/sentence-start. "
        "A name of several lowercase words ('maria lopez', 'hong kong') is one slip and one finding. "
        "A rarer word the story capitalises elsewhere is a name's first word before a capitalised "
        "word ('vice president of ford Europe', 'budget carriers kingfisher Airlines'), and a word no "
        "dictionary knows before one is a name ('bonn University', 'ariadna Gutierrez') unless the "
        "speller finds it a single slip from a common word ('daugher Jane', 'inwhich Democratic'), "
        "which spelling/misspelled-word then reports alone. The fix capitalises the word; it is safe "
        "for gazetteer entries."
    )
    examples = (
        bad("The president met Zhao Leji in Beijing. Later, zhao Leji hosted a dinner."),
        bad("Officials said south Korea would respond.", fixed="Officials said South Korea would respond."),
        bad("Scholarships for students at korean universities grew.", fixed="Scholarships for students at Korean universities grew."),
        bad("Exports from South Korea-china trade routes rose.", fixed="Exports from South Korea-China trade routes rose."),
        bad("He visited Korea in May. The korea-China fund opened in June."),
        bad("The council met on Monday, and councillor maria Lopez said the budget was tight."),
        bad("Asked about the vote, maria lopez replied that it was fair."),
        bad("Officials said hong kong would respond.", fixed="Officials said Hong Kong would respond."),
        bad("The president met zhao Leji in Beijing. Zhao Leji said the talks went well."),
        bad("These loans are available until march 31."),
        good("Protesters will march 10 miles; the 10 may be sold on 5 May."),
        bad("England's josh Lewsey has claimed he was denied a try. Lewsey said the referee erred."),
        good("The will of the people was clear, said Brown. May the best team win; a rose bush grew."),
        good("Danish brewer Carlsberg and the dean Smith appointed were named."),
        good("Lawyers plan to sue Johnson and will grant Jones time. Johnson and Jones declined to comment."),
        good("She was served tea in fine china at the embassy."),
        good("The historian Ludwig van Beethoven and Charles de Gaulle are buried far apart."),
        good("An anti-American protest followed the mid-July vote."),
        good("Details are at korea.net and on @koreanews."),
        good("The author bell hooks spoke at the festival."),
    )

    def check(self, doc, ctx):
        for finding in lowercase_names(doc, ctx.config):
            if in_keyword_list(doc, finding.start):
                continue  # search phrases are typed in lowercase: seo/keyword-list reports the list
            word = doc.text[finding.start : finding.end]
            ctx.report(
                finding.start, finding.end, f"'{word}' should be capitalised: {finding.reason}",
                fix=finding.expected, safe=finding.certain,
            )


def lowercase_names(doc, config) -> list[_Finding]:
    """Every lowercase name this rule reports in ``doc``, in order (cached per document).

    The speller does not need it to stay quiet on 'rome': a word whose only fault is
    its case is left to casing by the speller's own rules (see spelling/unknown_words.py).
    """
    accepted = accepted_words(config)
    return shared(doc, f"casing.lowercase_names:{hash(accepted)}:{config.dialect}", lambda d: _find(d, accepted, config))


def _find(doc, accepted: frozenset[str], config) -> list[_Finding]:
    names = article_names(doc)
    owned_elsewhere = {s.start for s in lowercase_starts(doc, accepted)}
    found: dict[int, _Finding] = {}
    tokens = names.tokens
    candidates = _candidates(tokens, names)
    # which lowercase words are no English word at all (asked once, cached by the engine)
    questions = {tokens[i].text for i in candidates if tokens[i].text.isalpha() and tokens[i].text.islower()}
    unknown = _no_english_word(questions)
    for i in candidates:
        token = tokens[i]
        if not token.text[0].isalpha() or is_address(doc.text, token.start, token.end):
            continue
        for finding in _token_findings(tokens, i, names, unknown):
            if finding.start in owned_elsewhere or finding.start in found:
                continue
            if doc.text[finding.start : finding.end] in accepted:
                continue
            if _NO_WORD in finding.reason and _speller_slip(doc, config, finding.start):
                continue  # "campaign inwhich Democratic challenger": a typo the speller reports, no name
            found[finding.start] = finding
    return _merge_adjacent(doc.text, sorted(found.values(), key=lambda f: f.start))


# The reason given when a word's only evidence of being a name is that no dictionary knows it.
_NO_WORD = "is no English word and stands before the name"


def _speller_slip(doc, config, start: int) -> bool:
    """Whether the word at ``start`` is a typing slip: a word no dictionary knows is a name or a
    typo, and one a single edit from the speller's far commoner word is the typo ("daugher Jane",
    "inwhich Democratic"). Two edits away, the name reads likelier ("ariadna Gutierrez", not
    "armada"), and so does a word people write often, as names are ("branches of sony Music",
    zipf 4.2, not "song"; typos are rare as written: "daugher" 1.7); spelling/misspelled-word
    then leaves the word to this rule."""
    return any(
        w.kind == "misspelled" and (w.certain or w.suggestion and zipf(w.word.lower()) < _TYPO_ZIPF
                                    and damerau_levenshtein(w.word.lower(), w.suggestion.lower()) <= 1)
        for w in _unknown_by_start(doc, config).get(start, ())
    )


def _unknown_by_start(doc, config) -> dict[int, list]:
    """The speller's unknown words by where they start, grouped once per document (a scan of
    every unknown word per candidate made the rule quadratic in the article's size)."""
    def group(d):
        found: dict[int, list] = {}
        for word in unknown_words(d, config):
            found.setdefault(word.start, []).append(word)
        return found
    accept = tuple(sorted(set(config.accept)))
    return shared(doc, f"casing.unknown-by-start:{config.dialect}:{hash(accept)}", group)


# A typo is rare as written (zipf): "daugher" 1.7, "inwhich" 1.2; names are not: "sony" 4.2, "bonn" 3.1.
_TYPO_ZIPF = 2.0


def _no_english_word(words: set[str]) -> set[str]:
    """The lowercase ``words`` that neither dialect's dictionary knows, with or without their
    accents: "programme" in en-US copy is English, and so is "risqué" ("the most risqué Disney
    has ever gotten" in human news), which the dictionary holds as "risque"."""
    if not words:
        return set()
    plain = {w: strip_accents(w) for w in words}
    asked = words | set(plain.values())
    unknown = harper.misspelled_in(asked, "en-US") & harper.misspelled_in(asked, "en-GB")
    return {w for w in words if w in unknown and plain[w] in unknown}


def _merge_adjacent(text: str, findings: list[_Finding]) -> list[_Finding]:
    """One finding for one name: "maria lopez" and "hong kong" are one slip, not two."""
    merged: list[_Finding] = []
    for finding in findings:
        last = merged[-1] if merged else None
        if last is not None and text[last.end : finding.start] == " ":
            reason = last.reason if last.reason == finding.reason else f"{last.reason}; {finding.reason}"
            merged[-1] = _Finding(last.start, finding.end, f"{last.expected} {finding.expected}", reason,
                                  last.certain and finding.certain)
        else:
            merged.append(finding)
    return merged


def _candidates(tokens: list[NameToken], names) -> list[int]:
    """Words worth a closer look: places, hyphenated words with a lowercase part,
    lowercase words the article capitalises elsewhere, and census names."""
    known = gazetteer().keys
    capitalized, initial, weak = names.capitalized, names.initial, names.weak
    found = []
    for i, t in enumerate(tokens):
        key = t.key
        if key in known or ("-" in key and _has_lowercase_part(t.text)):
            found.append(i)
        elif t.text[0].islower() and (
            key in _MONTHS or key in COMPANY_SUFFIXES
            or key in capitalized or key in initial or key in weak or known_name(key) is not None
            or (len(key) >= 4 and i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper() and t.text.isalpha())
        ):
            found.append(i)
    return found


def _has_lowercase_part(word: str) -> bool:
    return any(word[s].islower() for s, _ in hyphen_parts(word))


def _token_findings(tokens: list[NameToken], i: int, names, unknown: set[str]) -> list[_Finding]:
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
        if place is not None and not place.ordinary_before(_following(tokens, i, parts, stem, e)):
            findings.append(_Finding(start, end, expected, f"'{expected}' is a proper name", True))
        elif partner_capitalised and part not in PREFIXES and len(part) >= 3:
            if place is not None:
                findings.append(_Finding(start, end, expected, f"'{expected}' is a proper name", True))
            elif s == 0 and names.is_strong_name(part):
                # "gyeongju-Seoul"; a lowercase second part is a spelling of its own ("Jae-myung")
                preferred = names.preferred(part) or expected
                findings.append(_Finding(start, end, preferred, f"the article writes '{preferred}'", False))
        elif not hyphenated and part in COMPANY_SUFFIXES and _after_a_name(tokens, i):
            suffix = COMPANY_SUFFIXES[part]
            findings.append(_Finding(start, end, suffix, f"'{suffix}' ends a company's name", False))
        elif not hyphenated and not is_office(part):
            neighbour = _capitalised_neighbour(tokens, i, part, names)
            if neighbour:
                preferred = names.preferred(part) or expected
                findings.append(_Finding(start, end, preferred, f"the article writes '{neighbour}'", False))
            elif part.islower() and part not in DESCRIPTIVE:
                reason = _name_evidence(tokens, i, part, names, part in unknown)
                if reason:
                    preferred = names.preferred(part) or _initial_form(names, part) or expected
                    findings.append(_Finding(start, end, preferred, reason, False))
    return findings


def _following(tokens: list[NameToken], i: int, parts, stem: str, end: int) -> str | None:
    """The word after a part: the next part of a hyphenated word ("french-fried"), else the next token."""
    later = [stem[s:e] for s, e in parts if s > end]
    if later:
        return later[0]
    return tokens[i + 1].text if i + 1 < len(tokens) else None


def _name_evidence(tokens: list[NameToken], i: int, part: str, names, not_a_word: bool) -> str | None:
    """Why the lowercase ``part`` at word ``i`` is a name, or None.

    The article's own capitals decide first: 'the yukos saga' when it writes 'Yukos'
    mid-sentence, or 'met zhao Leji' when 'Zhao' is capitalised only at a sentence start,
    which is trusted only for a word that is no English word. Then the census: a given
    name or surname beside a name ('councillor maria Lopez', 'Maria lopez', 'Mr lopez')
    or two of them together ('maria lopez'). Names that are common words ('will', 'rose',
    'brown') are not in the census table; names that are rarer words ('dean', 'hunter')
    need a name beside them that the article itself capitalises.
    """
    key = name_key(part)
    known = known_name(part)
    token = tokens[i]
    if key in _MONTHS and _month_in_a_date(tokens, i):
        return _month_in_a_date(tokens, i)  # else the article's own capitals decide ("in december alone")
    after = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].joined_to_previous else None
    before = tokens[i - 1] if i > 0 and token.joined_to_previous else None
    capitals, lower = names.capital_count(part), names.lowercase.get(key, 0)
    preferred = names.preferred(part)
    if preferred and preferred.isupper():
        return None  # "tv" / "TV", "tbwa" / "TBWA": an acronym's case is another question
    # after a given name, a rare word the article capitalises is a surname ("Joe mazel"); a common
    # one is not ("Tony Blair if necessary", "Tory sources")
    # (a given name that is also a word counts when capitalised mid-sentence: "said Rob pollard")
    given_before = (
        before is not None and before.text[0].isupper() and zipf(key) < _RARE and before.key not in _MONTHS
        and (_given(before.text) or before.is_evidence and _given(before.text, common=True, min_share=_GIVEN_SHARE / 2))
    )
    if capitals and capitals >= lower and (not_a_word or known is not None or given_before) and (
        known is not None or given_before or not _capitalised_only_in_titles(tokens, names, key)
    ):
        # a word no dictionary holds, a census name, or a word after a given name ("Joe mazel"):
        # the article's own capitals decide
        return f"the article writes '{preferred}'"
    if (
        capitals and capitals >= lower and zipf(key) < _NAME_WORD and after is not None and after.is_evidence
        and after.text[0].isupper() and not after.text.isupper() and after.key not in TIME_NOUNS
        and not is_office(name_key(after.text)) and _opens_a_name(names, key)
    ):
        # a word the article capitalises elsewhere as the first word of a name, before a
        # capitalised word: a name's first word ("budget carriers kingfisher Airlines", "vice
        # president of ford Europe", "Dome's 23 pct-owned dome Mines") whatever it means as a
        # word; not a common word, whose capital elsewhere is another name's ("her book Small
        # Island" beside "the Book Prize", BBC), nor a word that only ends a name elsewhere
        # ("Pilots vocalist Scott Weiland" beside an award's "Vocalist", human news)
        return f"the article writes '{preferred}'"
    if capitals > lower and gazetteer().lookup(part):
        # a place that is also a word: only a clear majority ("under french colonial rule";
        # not "a turkey dinner" beside one "Turkey")
        return f"the article writes '{preferred}'"
    if (
        capitals >= 2 and lower <= 1 and before is not None and before.is_evidence
        and before.text[:1].isupper() and not before.text.isupper() and gazetteer().lookup(before.text) is None
        and _given(before.text, common=True, min_share=_GIVEN_SHARE)
    ):
        # after a given name, a word the article capitalises twice or more and lowercases only here:
        # "President Donald trump", "Jack straw". Not after any capitalised word: measured on BBC,
        # "investment bank Export", "her book Small Island", "football World Cup" (+5 findings);
        # nor after a census rarity ("Irish stock exchange", "Tory lord chancellor")
        return f"the article writes '{preferred}'"
    if not capitals and given_before and names.initial.get(key) and lower <= sum(names.initial[key].values()):
        return f"the article writes '{_initial_form(names, part)}'"  # "Joe mazel ... Mazel said"
    if not capitals and known is not None and known.given and known.pure and names.initial.get(key) and lower <= sum(names.initial[key].values()):
        return f"the article writes '{_initial_form(names, part)}'"  # "with his wife, amy, … Amy said"
    weak = names.weak.get(key)
    if not capitals and weak and lower <= sum(weak.values()) and given_before:
        # "Actor Tom hanks" when only the title-case headline writes "Tom Hanks"
        return f"the article writes '{weak.most_common(1)[0][0]}'"
    if (
        not capitals and not_a_word and after is not None and not after.text.isupper()
        and (names.is_strong_name(strip_possessive(after.text)) or after.is_evidence and after.text[0].isupper())
        and gazetteer().lookup(after.text) is None
        and _looks_like_a_name(key) and not _before_full_name(tokens, i + 1) and not _after_a_place(before)
    ):
        # "Gazprom chief alexei Miller", "champion kenenisa Bekele": no English word, before a name;
        # or before a word capitalised as a name's part ("Chabad of poway Synagogue" beside "the synagogue")
        return f"'{part}' {_NO_WORD} '{strip_possessive(after.text)}'"
    if (
        not capitals and not_a_word and after is not None and after.text[0].isupper()
        and names.opening_pairs.get((key, after.key))
    ):
        # "met zhao Leji ... Zhao Leji said": the same two words, capitalised at a sentence start
        return f"the article writes '{_initial_form(names, part)} {strip_possessive(after.text)}' at the start of a sentence"
    if known is None:
        if _common_given_name_before_surname(tokens, i, part, names):
            # "England's josh Lewsey … Lewsey said", "director basil Khalil … Khalil's film"
            return f"'{part}' is a given name before '{strip_possessive(after.text)}', whom the article names"
        return None
    if known.also_word and (not known.given or before is not None and before.text.lower() in _DETERMINERS):
        # "the dean Smith", "Danish brewer Carlsberg", "Royal butler Paul Burrell": a common noun
        # before a name; only a given name stands there ("Prime Minister tony Blair")
        return None
    if after is not None and _is_person_name(after.text, names, partner=known):
        return f"'{part}' is a name before '{strip_possessive(after.text)}'"
    if before is not None and known.surname:
        if name_key(before.text) in HONORIFICS and before.text[0].isupper():
            return f"'{part}' is a surname after '{before.text}'"
        given = known_name(before.text)  # a given name, not any capitalised word ("the Windows trojan")
        if given is not None and given.given and _is_person_name(before.text, names, partner=known, given=True):
            return f"'{part}' is a surname after '{before.text}'"
    if after is not None and known.given and after.text.islower():
        surname = known_name(strip_possessive(after.text))
        if surname is not None and surname.surname and surname.pure and (known.pure or known.share >= 0.1):
            return f"'{part} {after.text}' is a person's name"
    if before is not None and known.surname and known.pure and before.text.islower():
        given = known_name(before.text)
        if given is not None and given.given and (given.pure or given.share >= 0.1):
            return f"'{before.text} {part}' is a person's name"
    return None


# Words that join the capitalised words of a title: "Directive on the Patentability of ...".
_TITLE_LINKS = {"of", "on", "the", "for", "and", "in", "to", "a", "an", "pour", "de", "du", "des", "la", "le", "et"}
# Minor words that only a title capitalises mid-sentence: "The Science Behind Supervolcano".
_TITLE_MINOR = {"Behind", "Of", "On", "And", "For", "In", "With", "From", "Against", "Beyond", "About", "Over", "Under"}


def _capitalised_only_in_titles(tokens: list[NameToken], names, key: str) -> bool:
    """Whether every capital the article gives the word ``key`` mid-sentence is inside the title of
    a law or a work, where every word is capitalised: "the Directive on the Patentability of
    Computer-Implemented Inventions", "Television Numerique pour Tous", "The Science Behind
    Supervolcano" (BBC; each beside the word in lowercase, which is right)."""
    seen = False
    for j in names.capitals_at.get(key, ()):
        seen = True
        if not _inside_title(tokens, j):
            return False
    return seen


def _inside_title(tokens: list[NameToken], j: int) -> bool:
    """Word ``j`` stands after a minor word only a title capitalises ("Behind Supervolcano"), or
    between capitalised words joined to it by linking words on both sides ("Directive on the
    Patentability of Computer-Implemented"); a sentence's first word is no title's."""
    if tokens[j].joined_to_previous and tokens[j - 1].text in _TITLE_MINOR and not tokens[j - 1].initial:
        return True
    return _capital_across_links(tokens, j, -1) and _capital_across_links(tokens, j, 1)


def _capital_across_links(tokens: list[NameToken], j: int, step: int) -> bool:
    """A capitalised word mid-sentence beyond one or more linking words from word ``j``, in one
    direction (``step`` -1 or 1), every word joined to the next."""
    k, links = j + step, 0
    while 0 <= k < len(tokens) and tokens[max(k, k - step)].joined_to_previous:
        if tokens[k].text in _TITLE_LINKS:
            k, links = k + step, links + 1
            continue
        return links > 0 and tokens[k].text[0].isupper() and tokens[k].is_evidence
    return False


_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"}


def _month_in_a_date(tokens: list[NameToken], i: int) -> str | None:
    """A month in lowercase beside its day: "until march 31", "on 5 june 2004"; not the verb
    ("they will march 10 miles", "the 10 may be sold")."""
    token = tokens[i]
    after = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].joined_to_previous else None
    before = tokens[i - 1] if i > 0 and token.joined_to_previous else None

    def day(t):
        return t is not None and t.text.isdigit() and len(t.text) <= 2 and 1 <= int(t.text) <= 31

    def year(t):
        return t is not None and t.text.isdigit() and len(t.text) == 4

    if before is not None and before.key in _VERB_CONTEXT:
        return None
    verb_too = token.key in ("march", "may")
    if (day(after) and not verb_too) or (day(before) and (year(after) or not verb_too)) or (day(after) and _ends_date(tokens, i + 1)):
        return f"'{token.text.capitalize()}' is a month"
    return None


def _ends_date(tokens: list[NameToken], j: int) -> bool:
    """Day ``j`` ends a date: nothing joined after it, or a year ("march 31." / "march 31, 1987")."""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return nxt is None or not nxt.joined_to_previous or (nxt.text.isdigit() and len(nxt.text) == 4)


# A word rarer than this (zipf) that the article capitalises is a name's before a capitalised word:
# "kingfisher" 2.9, "dome" 3.9, "ford" 4.5 (mostly the name); not "book" 5.4, "bank" 5.2.
_NAME_WORD = 4.6
# A word rarer than this (zipf, log10 per billion words) may be a surname: "mazel" 2.2, "hanks" 3.2.
_RARE = 3.5
# A given name that is a common word counts before a surname only when rarer than this as a word:
# "josh" 4.3, "angel" 4.4, "basil" 3.6; not "grant" 4.7 ("to grant Johnson"), "mark", "will", "hope".
_COMMON_NAME_MAX_ZIPF = 4.5
# A given name this common (percent of the 1990 census) is a person's, not a census rarity that is
# a word: "Donald" 0.9, "Jack" 0.3; not "Irish" 0.003, "Tory" 0.005, "Un" 0.001.
_GIVEN_SHARE = 0.02
# Before a verb, not a name: "to sue Johnson", "they rob Smith", "would chase Jones".
_VERB_CONTEXT = {"to", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "not",
                 "did", "does", "do", "we", "they", "i", "you", "he", "she", "it", "who", "and", "or"}


def _common_given_name_before_surname(tokens: list[NameToken], i: int, part: str, names) -> bool:
    """A census given name that is also a word ("josh", "angel"), in lowercase, right before a
    name the article writes alone elsewhere (a surname on second reference), never lowercased
    itself in the story, and not where a verb or a noun after a determiner stands."""
    common = common_word_name(part)
    token = tokens[i]
    after = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].joined_to_previous else None
    before = tokens[i - 1] if i > 0 and token.joined_to_previous else None
    # after an office a common word is a given name however common ("local government minister
    # nick Raynsford")
    titled = before is not None and before.text.islower() and is_office(before.key)
    if common is None or zipf(part) >= _COMMON_NAME_MAX_ZIPF and not titled or names.lowercase.get(name_key(part), 0) > 1:
        return False
    if after is None or not after.text[:1].isupper() or after.text.isupper() or not after.is_evidence:
        return False
    if before is not None and (before.key in _DETERMINERS or before.key in _VERB_CONTEXT):
        return False
    surname = strip_possessive(after.text)
    if not names.is_strong_name(surname) or gazetteer().lookup(surname) is not None or _given(surname):
        return False
    key = name_key(surname)
    seen = names.capital_count(surname) + sum(names.initial.get(key, {}).values()) + sum(names.weak.get(key, {}).values())
    return seen >= 2
# Endings of English derivations and job nouns the dictionary lacks: "drugmaker", "backbencher",
# "symbologist", "frontwoman", "recordable", "demerged", "renationalise".
_DERIVED = ("er", "ers", "or", "ist", "ists", "man", "men", "woman", "able", "ed", "ing", "ise", "ize",
            "ism", "ess", "ee", "ée", "ery", "ary", "ment", "ness", "ity", "ous", "ive", "al", "ic", "ship")


def _looks_like_a_name(word: str) -> bool:
    """A word no dictionary holds, standing before a name: a foreign given name ("alexei Miller",
    "kenenisa Bekele", "ariadna Gutierrez") or place ("bonn University"), not a job noun the
    dictionary lacks ("drugmaker Novartis", "housebuilder George Wimpey") or a compound ("soulman").
    A typo ("daugher Jane", "ledgendary John Peel") is the speller's: see _speller_slip. (Any
    word near a commoner one was once taken for a typo here, which missed "bonn" and "ariadna".)"""
    if word.endswith(_DERIVED):
        return False
    if word[:2] in _RUN_ON and zipf(word[2:]) >= 5.0:
        return False  # two words run together: "campaign inwhich Democratic challenger" (BBC)
    # a compound of two words of the dictionary ("soulman"), not of a name ("mar" + "shawn") or an
    # abbreviation ("cas" + "par"), which split "marshawn Lynch" and "caspar Weinberger"
    return not any(
        zipf(word[:i]) >= 3.5 and zipf(word[i:]) >= 3.5 and lexicon_word(word[:i]) and lexicon_word(word[i:])
        for i in range(3, len(word) - 2)
    )


# Short words a slip runs into the next one ("inwhich", "ofthe"); not "an" ("Anwar") or "is" before
# a rarer word ("Ismail": "mail" is 4.7).
_RUN_ON = {"in", "of", "to", "on", "at", "is", "it", "by"}


def _before_full_name(tokens: list[NameToken], j: int) -> bool:
    """Word ``j`` is a given name with a surname after it: "housebuilder George Wimpey"."""
    after = tokens[j + 1] if j + 1 < len(tokens) and tokens[j + 1].joined_to_previous else None
    return _given(tokens[j].text) and after is not None and after.text[:1].isupper()


def _given(word: str, common: bool = False, min_share: float = 0.0) -> bool:
    """A census given name; with ``common``, also one that is a common word ("Jack", "Will")."""
    found = known_name(strip_possessive(word)) or (common_word_name(strip_possessive(word)) if common else None)
    return found is not None and found.given and found.share >= min_share


def _is_person_name(word: str, names, partner: KnownName, given: bool = False) -> bool:
    """A capitalised word that is a person's name beside the census name ``partner``: the
    article capitalises it mid-sentence, or the census knows it, one of the two being
    no English word ("Maria lopez", "maria Lopez"; not "Dean hunter")."""
    word = strip_possessive(word)
    if not word[:1].isupper() or word.isupper() or name_key(word) in HONORIFICS:
        return False
    # a place is a surname after a given name that is only a name ("qualifier naomi Osaka")
    place_ok = not given and partner.given and partner.pure and gazetteer().lookup(partner.name) is None
    if names.is_strong_name(word) and (place_ok or gazetteer().lookup(word) is None):
        return True
    known = known_name(word)
    return known is not None and (known.pure or partner.pure) and (known.given if given else True)


_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "every", "each"}


def _initial_form(names, part: str) -> str | None:
    forms = names.initial.get(name_key(part))
    return forms.most_common(1)[0][0] if forms else None


def _after_a_place(before: NameToken | None) -> bool:
    """A word after a place or nationality is a common noun it describes: "pan-European bourse
    Euronext" (twice on BBC news), "German carmaker BMW"."""
    if before is None:
        return False
    word = strip_possessive(before.text)
    return any(gazetteer().lookup(word[s:e]) is not None for s, e in hyphen_parts(word))


def _opens_a_name(names, key: str) -> bool:
    """The article writes ``key`` capitalised before another capitalised word somewhere ("Dome Petroleum")."""
    return key in names.pair_openers


def _after_a_name(tokens: list[NameToken], i: int) -> bool:
    before = tokens[i - 1] if i > 0 and tokens[i].joined_to_previous else None
    return before is not None and before.text[:1].isupper()


def _capitalised_neighbour(tokens: list[NameToken], i: int, part: str, names) -> str | None:
    """'Zhao Leji' when ``part`` is 'zhao' before 'Leji' and the article writes 'Zhao Leji'.

    Only the word before: after a name, a lowercase word is usually a common noun the
    article once capitalised ("US Embassy" / "the US embassy"), which is
    casing/mixed-case-name's business. (Measured on clean news: a rarer word there is no
    better, "the Miss Universe pageant", "Macworld expo".)
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

