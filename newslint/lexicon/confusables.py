"""Words that sound alike and are all words (to/too, its/it's, there/their), and the word
classes of the words around them that decide which one a sentence needs.

Word classes come from ``data/lexicon/word_classes.tsv``, derived from Harper's
curated dictionary (``tools/lexicon_word_classes.py``): each lowercase word
form with one-letter codes. A confusable rule asks, of its neighbours, "can this
be a noun?", "is this only a verb?", "is this a comparative?".

Closed classes that decide grammar and that the dictionary marks too loosely for
that (Harper calls "and" a verb and "first" a noun) are listed here by hand.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from newslint.built_cache import kept_between_runs
from newslint.lexicon.tables import two_columns

_DATA = Path(__file__).resolve().parent.parent / "data" / "lexicon" / "word_classes.tsv"

# Codes of word_classes.tsv (see CODES in tools/lexicon_word_classes.py).
NOUN, PLURAL, VERB, LEMMA, PRETERITE, PARTICIPLE, THIRD, PROGRESSIVE = "N9VbtTh6"
ADJECTIVE, COMPARATIVE, SUPERLATIVE, ADVERB, DETERMINER, POSSESSIVE = "JcuRD5"
PRONOUN, SUBJECT, OBJECT, PREPOSITION, CONJUNCTION, AUXILIARY, LINKING = "IsoPCAl"

#: The confusable sets: each word and the words it is mistaken for.
CONFUSABLES: dict[str, tuple[str, ...]] = {
    "to": ("too",), "too": ("to",),
    "its": ("it's",), "it's": ("its",),
    "there": ("their", "they're"), "their": ("there", "they're"), "they're": ("their", "there"),
    "then": ("than",), "than": ("then",),
    "your": ("you're",), "you're": ("your",),
    "whose": ("who's",), "who's": ("whose",),
    "lose": ("loose",), "loose": ("lose",),
    "affect": ("effect",), "effect": ("affect",),
}

# -- closed classes, by hand --------------------------------------------------------------

#: Words that open a noun phrase: after them no verb can follow ("too the", "their a").
DETERMINERS = frozenset(
    "the a an this these those that his her its our my your their some any every each no another "
    "either neither both all many much several".split()
)
POSSESSIVES = frozenset("my your his her its our their whose".split())
SUBJECT_PRONOUNS = frozenset("i we they he she it you who".split())
OBJECT_PRONOUNS = frozenset("me us them him her it you".split())
#: Verbs that come before another verb (or after a subject): "will lose", "can affect".
MODALS = frozenset(
    "will would can could may might must shall should did does do didn't doesn't don't won't "
    "wouldn't can't cannot couldn't mustn't shouldn't".split()
)
#: Finite forms of be/have and modals: what follows the adverb "there" ("there is", "there will").
FINITE_AUXILIARIES = frozenset(
    "is are was were will would has have had may might must can could should shall isn't aren't "
    "wasn't weren't hasn't haven't hadn't won't wouldn't".split()
)
#: Words that join clauses: after "too" they close its phrase ("there too and then").
CONJUNCTIONS = frozenset(
    "and or but nor so yet because as when while if until since after before though although unless "
    "whether than like where once".split()
)
#: Words that make "than" certain a little later in the clause ("more people than ever").
COMPARING = frozenset(
    "more less fewer rather other else different differently otherwise sooner prefer preferred "
    "prefers superior inferior".split()
)
#: Verbs after which "it's" / "they're" starts a clause, not a noun phrase ("said it's time").
CLAUSE_VERBS = frozenset(
    "say says said think thinks thought believe believes believed know knows knew hope hopes hoped "
    "feel feels felt mean means meant suggest suggests suggested argue argues argued claim claims "
    "claimed insist insists insisted warn warns warned agree agrees agreed admit admits admitted "
    "reckon reckons reckoned guess suppose supposes supposed fear fears feared realise realised "
    "realize realized decide decided conclude concluded add adds added explain explains explained "
    "note notes noted state states stated confirm confirms confirmed announce announces announced "
    "report reports reported show shows showed shown find finds found expect expects expected "
    "predict predicts predicted accept accepts accepted seem seems seemed tell tells told hear "
    "heard see sees saw understand understands understood remember remembers remembered "
    "worry worries worried doubt doubts doubted sure because so deny denies denied assume assumes assumed "
    "imagine imagines imagined".split()
)
CLAUSE_VERBS = CLAUSE_VERBS | {
    (w[:-1] if w.endswith("e") else w) + "ing" for w in CLAUSE_VERBS if not w.endswith(("s", "d", "t", "w", "n"))
}
#: Words that name a time and can follow an adverb ("was there last year", "went there today").
TIME_WORDS = frozenset(
    "last next this that every each yesterday today tonight tomorrow recently once twice before "
    "again since early late later earlier now then first".split()
)


@lru_cache(maxsize=1)
@kept_between_runs
def _table() -> dict[str, str]:
    return dict(two_columns(_DATA.read_text(encoding="utf-8")))



def classes(word: str) -> str:
    """The word-class codes of ``word`` (any case; "" when the dictionary does not know it).

    A form the dictionary does not list but whose stem it knows as a verb ("infringed",
    "offloading") or as a noun ("disorders") takes the classes of that form."""
    lower = word.lower().replace("’", "'")
    table = _table()
    found = table.get(lower)
    if found is None:
        found = _inflected(lower)
    return found


@lru_cache(maxsize=4096)
def _inflected(lower: str) -> str:
    table = _table()
    if lower.endswith("s") and not lower.endswith(("ss", "'s")) and len(lower) > 3:
        # a plural or -s form the dictionary does not list ("disorders"): its stem's noun and verb
        stems = (lower[:-1], lower[:-2], lower[:-3] + "y") if lower.endswith("es") else (lower[:-1],)
        for stem in stems:
            found = table.get(stem, "")
            codes = ("N9" if NOUN in found else "") + ("Vh" if LEMMA in found else "")
            if codes:
                return codes
    for ending, codes in (("ed", "VtTJ"), ("ing", "V6NJ")):
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            stem = lower[: -len(ending)]
            for candidate in (stem, stem + "e", stem[:-1]):
                if LEMMA in table.get(candidate, ""):
                    return codes
    return ""


def known(word: str) -> bool:
    return bool(classes(word))


def can_be(word: str, codes: str) -> bool:
    """Whether ``word`` can be any of the classes in ``codes`` ("NJ": a noun or an adjective)."""
    found = classes(word)
    return any(code in found for code in codes)


def only(word: str, codes: str) -> bool:
    """Whether every reading of ``word`` is among ``codes`` (and the dictionary knows it).

    Verb forms count as verbs: ``only("went", "V")`` holds."""
    found = set(classes(word)) - {"~"}
    if not found:
        return False
    allowed = set(codes)
    if VERB in allowed:
        allowed |= set("btTh6Al")
    if NOUN in allowed:
        allowed.add(PLURAL)
    if ADJECTIVE in allowed:
        allowed |= {COMPARATIVE, SUPERLATIVE}
    if PRONOUN in allowed:
        allowed |= {SUBJECT, OBJECT}
    if DETERMINER in allowed:
        allowed.add(POSSESSIVE)
    return found <= allowed


def gradable(word: str) -> bool:
    """Whether ``word`` is an adjective or adverb of degree that can follow the adverb 'too'
    ("too late", "too expensive", "too quickly", "too tired", "too small").

    Harper's dictionary calls many plain verbs adjectives too ("go", "meet", "participate":
    noun adjuncts). An adjective that is also a verb's base form counts only with a sign of
    degree: a comparative ("small", "smaller"), an adverb in -ly ("close", "closely") or a
    participle's ending ("focused")."""
    found = classes(word)
    if not found or not (ADJECTIVE in found or ADVERB in found):
        return False
    lower = word.lower()
    if LEMMA not in found or ADVERB in found or lower in _DEGREE_WORDS:
        return True
    if lower.endswith(("ed", "en")) and (PARTICIPLE in found or PRETERITE in found):
        return True
    stem = lower[:-1] if lower.endswith("e") else lower
    if not any(PROGRESSIVE in _table().get(form, "") for form in (stem + "ing", lower + lower[-1:] + "ing")):
        return True  # no verb forms: "difficult", "complex", "small"
    # A verb too ("closing", "attacking"): an adjective of degree has a comparative or an
    # adverb in -ly of its own ("closer", "closely"), not an agent noun ("attacker").
    forms = [lower + "er", lower + "r", lower + lower[-1:] + "er", lower + "ly", lower[:-1] + "ly"]
    if lower.endswith("y"):
        forms += [lower[:-1] + "ier", lower[:-1] + "ily"]
    return any(COMPARATIVE in classes(form) and NOUN not in classes(form) or classes(form) in ("R", "R~") for form in forms)


# Adjectives of degree the test above misses: irregular comparatives, and "sick" (no "sicker").
_DEGREE_WORDS = frozenset("good bad ill well far little sick often soon short".split())


def is_comparative(word: str) -> bool:
    """A comparative ("higher", "more", "rather") after which 'then' is surely 'than'."""
    lower = word.lower()
    return lower in COMPARING or COMPARATIVE in classes(lower)


#: Prepositions after which a possessive, never a clause, follows ("for their", "lost in its").
PREPOSITIONS = frozenset(
    "for of with in on by from into onto through under over at to against about during despite within "
    "without among between across behind beyond toward towards upon via amid inside outside near off "
    "above below beneath beside past".split()
)
#: Nouns of time that make an adverbial with "last", "this", "next" ("too this season").
TIME_NOUNS = frozenset(
    "year years week weeks month months season seasons day days night nights time times morning "
    "afternoon evening weekend summer winter spring autumn decade century monday tuesday wednesday "
    "thursday friday saturday sunday january february march april may june july august september "
    "october november december round term half quarter".split()
)
#: Ordinals and words of order that look like adjectives but close a phrase ("got there first").
ORDER_WORDS = frozenset("first second third last next only own same other best worst latest".split())
#: Of those, the ones after which "to" is a preposition: "due to falling costs", "looking forward to seeing".
TO_PREPOSITIONAL = frozenset(
    "due according prior owing thanks contrary similar compared related relating addition regard "
    "respect committed used forward opposed devoted dedicated access approach return response reference subject".split()
)
#: Words that take "to" after them ("due to", "able to", "expected to"): after them "too" is "to"
#: unless a word of degree follows ("have too much").
TO_GOVERNORS = TO_PREPOSITIONAL | frozenset(
    "able unable want wants wanted trying tried try attempt attempts plan plans "
    "planned expected expects expect hope hoped hopes decided agreed refused failed failing managed "
    "needed need needs likely unlikely set order ought going went came come moved back ready "
    "willing keen eager bid pledged promised aims aimed aim seeks sought seeking allowed forced "
    "asked urged told help helped helping began begin begun started continue continued continues "
    "chance opportunity way right first last next".split()
)
#: Words after which an adjective closes its phrase ("clear that", "hard to", "tight but"): the
#: adjective is a complement ("it's clear that"), not a noun's modifier ("its clear water").
CLOSING = frozenset("to that for if when whether how why and but or so because as".split())


#: Pronouns that stand for a whole noun phrase: a possessive cannot come before them ("its
#: something", "whose nothing"), so the contraction was meant ("it's something").
INDEFINITE_PRONOUNS = frozenset(
    "something nothing anything everything someone anyone everyone somebody anybody everybody nobody".split()
)
# Endings of adjectives that are never nouns' endings ("-al" is not one: "trial", "rival").
_ADJECTIVE_ENDINGS = ("ous", "less", "ical", "some")


def true_adjective(word: str) -> bool:
    """Whether ``word`` is an adjective in its own right ("political", "main", "cheap"), not a
    noun that Harper's dictionary also calls an adjective because it can modify a noun
    ("grandmother", "coffee", "stock"): it has a comparative or an adjective's ending."""
    lower = word.lower()
    found = classes(lower)
    if ADJECTIVE not in found:
        return False
    if NOUN not in found or lower in _DEGREE_WORDS or lower.endswith(_ADJECTIVE_ENDINGS):
        return True
    # A comparative of its own, or one the dictionary lists that is not also a verb ("homer"); a
    # noun in -er the dictionary calls a comparative ("leader") is not one. (An adverb in -ly
    # proves nothing here: the dictionary lists "motherly" as one.)
    forms = (lower + "er", lower + "r", lower + lower[-1] + "er", lower[:-1] + "ier" if lower.endswith("y") else "")
    return any(COMPARATIVE in classes(form) and VERB not in classes(form) for form in forms if form)


#: Adverbs that stand between a subject or a modal and its verb ("would only affect", "could
#: now lose") and that Harper's dictionary also files as nouns or adjectives ("only", "now").
VERB_ADVERBS = frozenset(
    "not only also just still even ever often never always now already really actually probably certainly "
    "eventually further directly simply very".split()
)


def adverb(word: str) -> bool:
    """Whether ``word`` is an adverb (or one of ``VERB_ADVERBS``), not also a noun, verb or adjective."""
    lower = word.lower()
    return lower in VERB_ADVERBS or only(lower, "RC")


#: Quantifiers of degree: after 'too' they close a phrase or take a noun ("too much", "too many people").
QUANTIFIERS = frozenset("much many few little".split())
#: Nouns that take an infinitive or a 'to' of their own, so a clause may end in their 'to' ("every
#: reason to.", "the right to.", "gave it serious consideration to.").
INFINITIVE_NOUNS = frozenset(
    "reason right chance opportunity way plan plans need time ability power courage money freedom will "
    "intention obligation duty incentive pressure permission authority mandate nerve means resources "
    "capacity effort decision promise pledge wish desire willingness temptation option choice ambition "
    "attempt bid order licence license energy strength confidence determination "
    # nouns whose own 'to' a clause may strand: "something we are giving serious consideration to." (BBC)
    "consideration attention thought access response reference commitment credence heed priority".split()
)


@lru_cache(maxsize=4096)
def degree_word(word: str, verbs: bool = False, nouns: bool = False) -> bool:
    """Whether 'to' before ``word`` can only be the adverb 'too' once the phrase closes after it
    ("to late.", "to costly for", "to early to say"): an adjective or adverb of degree, not a
    comparative or an order word ("from bad to worse", "to last").

    Stricter than :func:`gradable`, which may err towards 'degree' (it only keeps 'too'):
    Harper's dictionary calls many verbs adjectives or adverbs ("repay", "comply", "creating"),
    so a base form counts only with a comparative or an adverb in -ly of its own ("small",
    "smaller"), an adverb only in -ly ("cheaply"; not "just"), and never a word that can be a
    preposition or determiner ("about", "half"). An adjective that is also a common verb ("to
    slow.", "to close.", "to free a prisoner" are infinitives) counts only when ``verbs`` is asked
    for, and one Harper also calls a noun with no comparative ("complex", "similar", but also
    "digital") only when ``nouns`` is."""
    lower = word.lower()
    if lower in QUANTIFIERS or lower in _DEGREE_WORDS:
        return True
    if lower in ORDER_WORDS or lower in {"right", "wrong", "same", "only", "more", "less", "just"}:
        return False  # "to just under $23bn" (BBC): 'just' is Harper's adjective too
    found = classes(lower)
    if not found or COMPARATIVE in found or _superlative(lower, found) or any(code in found for code in "6PCDI"):
        return False
    if ADJECTIVE not in found:
        # "cheaply", "seriously"; not "just", nor verbs in -ly ("comply", "fly")
        return ADVERB in found and lower.endswith("ly") and VERB not in found and LEMMA not in found
    if PARTICIPLE in found or PRETERITE in found or THIRD in found:
        return lower.endswith("ed")  # "complicated", "tired"; not "said", "made", "says"
    if lower.endswith("th") and NOUN in found:
        return False  # an ordinal: "slipped to fourth in the table" (BBC)
    if NOUN in found and not _has_comparative(lower) and not nouns:
        # a noun Harper also calls an adjective: "boost to economy", "thanks to deregulation",
        # "programmes to digital by 2015" (BBC); an adjective of degree has a comparative ("later")
        return False
    if common_verb(lower):
        return verbs and _has_comparative(lower)  # "long", "slow", "close"; never "go", "pay", "trade"
    return gradable(lower)


def _superlative(lower: str, found: str) -> bool:
    """A superlative ("latest", "biggest"), not an adjective in -est the dictionary files as one
    ("modest", "honest"): a superlative has a comparative beside it ("later", "bigger")."""
    return SUPERLATIVE in found and lower.endswith("est") and COMPARATIVE in classes(lower[:-3] + "er")


def _has_comparative(lower: str) -> bool:
    """A comparative of the word's own ("smaller", "later"), not an agent noun in common use
    ("trader": "traders" is common): a sign that a word Harper also calls a noun or a verb is an
    adjective of degree."""
    from newslint.lexicon.frequency import zipf

    forms = [lower + "er", lower + "r", lower + lower[-1:] + "er"]
    if lower.endswith("y"):
        forms.append(lower[:-1] + "ier")
    for form in forms:
        plural = classes(form + "s")
        agent = PLURAL in plural and THIRD not in plural and zipf(form + "s") >= 2.8
        if COMPARATIVE in classes(form) and not agent:
            return True
    return lower in _DEGREE_WORDS


@lru_cache(maxsize=4096)
def common_verb(lower: str) -> bool:
    """Whether ``lower`` is also a verb in everyday use: its -ing form or its past is common and a
    verb form ("closing", "slowing", "freeing", "matured"), unlike "smalling" or "heaving" (not 'heavy')."""
    from newslint.lexicon.frequency import zipf

    if lower.endswith("ly") or lower == "far":
        return False  # "faring" is fare's
    forms = {lower + "ing", lower + lower[-1:] + "ing"}
    past = {lower + "ed", lower + "d", lower + lower[-1:] + "ed"}
    if lower.endswith("e"):
        forms.add(lower[:-1] + "ing")
    if lower.endswith("y"):
        past.add(lower[:-1] + "ied")
    # "closing", "slowing"; "matured", "discriminated", "spared" (an adjective has no past tense)
    return any(PROGRESSIVE in classes(form) and zipf(form) >= 3.3 for form in forms) or any(
        (PRETERITE in classes(form) or PARTICIPLE in classes(form)) and zipf(form) >= 2.9 for form in past
    )


# -- what 'to' can attach to on its left --------------------------------------------------------
#
# 'to' is a preposition or an infinitive's marker, and both need a head before them that takes
# them: a verb of motion, giving or saying ("sold to many", "lead to much criticism"), a verb that
# takes an infinitive, which may be left out ("we want to."), or an adjective or a noun that takes
# one ("happy to.", "every reason to."). After a verb that takes neither ("spending to much",
# "relied to heavily on", "the graphics are improving to.") 'to' has no head: it is 'too'.

# Verbs whose complement can be a to-infinitive, and that a clause may end with ("we want to.",
# "they refused to.", "help them to."); a quantity or a degree word cannot follow their 'to'.
_INFINITIVE_VERB_BASES = """
want need have try plan hope expect decide refuse fail manage continue start begin like love hate choose
threaten intend aim seek attempt learn forget remember afford arrange deserve vow claim pretend wish
prepare ask tell allow force urge encourage persuade enable require use ought dare struggle strive
hesitate opt elect volunteer bother endeavour endeavor neglect cease vote wait push lobby press
campaign fight work train stand set bid permit compel oblige instruct advise warn remind teach cause
convince inspire motivate empower authorise authorize entitle appoint nominate hire call rush hurry
scramble race battle rally unite combine join conspire long yearn resolve undertake determine design
incline plead beg dare expect deem consider believe think know allege rumour rumor understand
presume estimate judge fear reckon suspect assume suppose guess find
seem appear tend prefer offer promise agree get mean happen prove consent pledge help
"""
# Verbs whose complement can be a to-phrase ("go to", "give it to", "talk to many", "rise to
# much higher levels", "what it means to many"): after them 'to much', 'to many' may be that phrase.
_PHRASE_VERB_BASES = """
seem appear tend prefer offer promise agree invite get mean happen prove commit consent pledge
go come return travel move fly head run walk drive sail ride march send bring take carry ship deliver
export transfer shift switch turn convert change extend expand spread rise fall drop climb jump slip
sink soar surge grow shrink cut reduce lower raise increase decrease lift boost tumble plunge edge
ease slide recover rebound slump sell lend pay owe award grant donate hand pass leave lose supply
provide issue open say speak talk write explain describe suggest signal point report mention announce
reveal show present introduce appeal apply address reply respond react refer relate listen cater
matter belong occur look sound feel contribute add compare liken lead link connect attach limit
restrict confine devote dedicate expose subject object adapt adjust admit submit succumb surrender
yield cling stick hold keep amount attend see play sing perform preach market advertise broadcast
distribute leak sign welcome accede adhere aspire attest attribute ascribe assign allocate allot bow
conform correspond defer delegate deny direct dispatch entrust escalate evolve extradite deport expel
fade flock gravitate hint impart inherit journey lie migrate nod note oppose pertain pray promote
propose reassign recommend relegate relocate remain rename resort restore revert sentence steer
stretch succeed swear testify tie upgrade downgrade vary wave wed marry contrast reach stay end close
post mail fax email phone text wire whisper shout dance confess concede draw relay forward accustom
reconcile resign demote elevate readmit summon recall second loan export import sell outsource
license licence market sell narrow widen double treble triple halve jump slash trim hike
date prescribe dispense recommend warm cotton
"""
# Their past forms that the endings below do not make.
_INFINITIVE_VERB_IRREGULAR = "has had thought known understood found forgot forgotten fought stood sought chose chosen began begun dared"
_PHRASE_VERB_IRREGULAR = """
went gone came given gave sold led took taken brought sent spoke spoken told said wrote written rose
risen fell fallen grew grown shrank shrunk got gotten lent paid lost held kept stuck clung swore sworn
flew flown ran drove driven saw seen felt meant left sang sung rode ridden drew drawn been
stopped planned committed admitted submitted referred preferred transferred deferred conferred
compelled propelled dropped slipped shipped topped slumped tipped stepped
"""


def _inflections(base: str) -> set[str]:
    forms = {base}
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(base + "es")
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        forms.add(base[:-1] + "ies")
    else:
        forms.add(base + "s")
    if base.endswith("e"):
        forms |= {base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        forms |= {base[:-1] + "ied", base + "ing"}
    else:
        forms |= {base + "ed", base + "ing"}
    if base.endswith("ie"):
        forms.add(base[:-2] + "ying")
    return forms


def _forms(bases: str, irregular: str) -> frozenset[str]:
    return frozenset({form for base in bases.split() for form in _inflections(base)} | set(irregular.split()))


#: Verb forms whose 'to' may begin a to-phrase ("sold to many", "rose to much higher levels").
TO_PHRASE_VERBS = _forms(_PHRASE_VERB_BASES, _PHRASE_VERB_IRREGULAR)
#: Verb forms that take a to-infinitive ("continued to firm", "deemed to be", "refused to.").
INFINITIVE_VERBS = _forms(_INFINITIVE_VERB_BASES, _INFINITIVE_VERB_IRREGULAR)
#: Verb forms whose 'to' may begin an infinitive or a to-phrase, or end a clause ("they refused to.").
TO_VERBS = TO_PHRASE_VERBS | INFINITIVE_VERBS
#: Adjectives that take an infinitive, or a to-phrase a clause may strand, so that 'to' may end
#: their clause ("we'd be happy to.", "he is free to.", "what they are used to.").
INFINITIVE_ADJECTIVES = frozenset(
    """able unable willing unwilling ready happy unhappy glad keen eager prepared determined free likely
    unlikely afraid reluctant anxious quick slow bound sure certain due set about supposed meant expected
    allowed entitled obliged forced going liable loath loth desperate careful hesitant delighted pleased
    proud sorry right wrong stupid foolish wise lucky fortunate enough inclined minded poised disposed
    close similar open new equal subject next used accustomed committed opposed related linked exposed
    available welcome grateful loyal kind nice good hard easy difficult impossible possible necessary
    important essential vital crucial key central known clear obvious familiar sensitive vulnerable
    wont fit keen content desperate free dying itching raring struggling indebted thankful beholden
    answerable accountable attached devoted addicted allergic averse adjacent akin analogous comparable
    contrary conducive detrimental hostile immune integral parallel peculiar proportional relevant
    resistant superior inferior susceptible unaccustomed unknown unrelated""".split()
)
#: Adverbs that do take 'to' after them ("how to.", "not to.", "never to.", "old enough to.").
TO_ADVERBS = frozenset(
    "not never how yet about enough soon only next up down back out off on in over round around along "
    "across through forward ahead close prior according due so as ever also rather later".split()
)
#: The head of an elided infinitive after its object's noun: "we have the players to.", "they lack
#: the numbers to.", "we were given the chance to." (the noun need not be one of INFINITIVE_NOUNS).
OBJECT_INFINITIVE_VERBS = frozenset(
    "have has had having lack lacks lacked lacking need needs needed get got gets given give gave find "
    "found take took taken show showed shown".split()
)


@lru_cache(maxsize=4096)
def used_as_verb(lower: str) -> bool:
    """Whether a word Harper's dictionary lists as a verb's base is used as one at all: its past
    is in print ("firmed", "shied", "fasted"), unlike "lowed" or "highed" ("to low", "to high"
    are no infinitives in news). Looser than :func:`common_verb`."""
    from newslint.lexicon.frequency import zipf

    if LEMMA not in classes(lower) or lower == "far":
        return False
    past = {lower + "ed", lower + "d", lower + lower[-1:] + "ed"}
    if lower.endswith("y"):
        past.add(lower[:-1] + "ied")
    return any((PRETERITE in classes(form) or PARTICIPLE in classes(form)) and zipf(form) >= 2.0 for form in past)


@lru_cache(maxsize=4096)
def participial_adjective(lower: str) -> bool:
    """An adjective in -ing that grades ("boring", "alarming", "confusing"): the dictionary lists
    an adverb in -ly made from it ("boringly") that is in print, which a mere gerund lacks
    ("renting", "walking", "spending", "trying"), so that "too boring" is English and "to
    boring." is no preposition before a gerund."""
    from newslint.lexicon.frequency import zipf

    found = classes(lower)
    if not (lower.endswith("ing") and PROGRESSIVE in found and ADJECTIVE in found):
        return False
    # in print, not only listed: "tryingly" is not (Reuters: "limited to trying to sell")
    return ADVERB in _table().get(lower + "ly", "") and zipf(lower + "ly") >= 1.0


#: Forms of 'become', which takes an adjective and never an infinitive: "became to expensive" is
#: "too" (a to-phrase after it is a person or a noun: "what he has become to millions").
BECOME = frozenset("become becomes became becoming".split())
#: Forms of 'get', which takes an adjective of degree ("get too close", "got too big") as often as
#: an infinitive ("get to see").
GET = frozenset("get gets got getting gotten".split())
#: Prepositions an adjective of degree takes after it ("too close to", "too slow for", "too free
#: with", "too open about", "too fond of"), unlike the adverbials of a verb ("close in May").
ADJECTIVE_PREPOSITIONS = frozenset("to for with about of".split())
#: Phrasal verbs whose object follows the particle ("give away the plot", "fritter away savings"):
#: after them a quantity of a mass is the object ("giving away to much of the plot" is "too
#: much"), not a to-phrase, which these verbs take after their object ("give the plot away to a rival").
PARTICLE_OBJECT_VERBS: dict[str, frozenset[str]] = {
    "away": frozenset("""give gives gave given giving throw throws threw thrown throwing fritter fritters
        frittered frittering whittle whittles whittled whittling chip chips chipped chipping explain explains
        explained explaining""".split()),
}  # not "up": "up to much" is a range ("not up to much")
