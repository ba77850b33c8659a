import re
from bisect import bisect_right

from newslint.checks.grammar.confusable import OPENERS, ConfusableRule, Verdict, finite_verb, noun_only
from newslint.engine.rule import Severity, bad, good
from newslint.lexicon import confusables as lex

# "to" can only be "too" between a linking verb and a word of degree ("the price was to high").
_LINKING = {
    "is", "are", "was", "were", "be", "been", "being", "am", "seems", "seemed", "seem", "became", "become",
    "felt", "feel", "feels", "looks", "looked", "sounds", "sounded", "got", "get", "gets", "getting",
    "becoming", "becomes", "remain", "remains", "remained", "proved", "proves", "appears", "appeared", "grew",
    # contracted and negated forms: "it wasn't to hectic", "it's to late"
    "isn't", "wasn't", "aren't", "weren't", "it's", "that's", "there's", "he's", "she's", "they're", "we're", "you're", "i'm",
}
# Words of degree before 'too' ("far too high", "all too often", "a bit too similar", "still too early").
_INTENSIFIERS = {"far", "way", "all", "just", "simply", "slightly", "bit", "rather", "still", "altogether", "only", "not", "little"}
# What may follow "too" + a degree word and close its phrase: "to late.", "to costly for", "to early in".
_CLOSES_DEGREE = lex.PREPOSITIONS - {"of", "to"} | lex.CONJUNCTIONS - {"than", "like"} | {"to", "ago", "now", "already", "anyway"}
# Adverbs of opinion that stand before 'too' and its adjective at a phrase's end ("perhaps too
# conservative for", "surely too little"); not before a verb ("perhaps to close the gap"), which
# the guards for verbs keep.
_HEDGES = {"perhaps", "maybe", "probably", "possibly", "surely", "certainly", "arguably", "clearly"}
# Intensifiers that ask for a degree even of a word that is also a verb ("far to slow"); not "still",
# "just", "only", "not" ("still to close", "just to clear the way", "not to slow growth": infinitives).
_STRONG_INTENSIFIERS = {"far", "way", "bit", "slightly", "rather", "altogether"}  # not "all": "all to blame" (human news)
# Prepositions that never stand before 'to': "for to long", "before to long" are "too".
_NO_TO_AFTER = {"for", "of", "with", "at", "by", "before", "during", "without", "among", "despite", "within"}
# Verbs that take a length of time, after which "to long" is "too long" ("took to long", "lasted to long").
_DURATION = {"take", "takes", "took", "taken", "taking", "last", "lasts", "lasted", "lasting", "wait", "waited", "waiting", "stay", "stayed", "stays"}
# Subjects after which 'to' cannot stand: "they to face pressure" is "they too".
_SUBJECTS = {"he", "she", "we", "they"}
# Finite verbs that no 'to' can govern: "this to is", "Samsung to has" ("to have", "to be" are infinitives).
_FINITE = {
    "is", "are", "was", "were", "has", "had", "does", "did", "isn't", "aren't", "wasn't", "weren't", "hasn't",
    "hadn't", "doesn't", "didn't", "says", "said",
}
# Modals no 'to' can govern: "Baker to had urged", "these to would have", "Shultz to may have".
_MODALS_AFTER_TO = {"would", "could", "should", "might", "must", "will", "may", "shall", "won't", "wouldn't", "couldn't", "shouldn't"}
# Words that strand a preposition later in their clause ("what he objected to was").
_WH = frozenset({"what", "which", "who", "whom", "whose", "where", "whatever", "whichever"})
_THAT = frozenset({"that"})
# A 'to' of its own inside a compound ("not-to-distant", "to-twee"), and the words before it that
# ask for a degree ("not too distant", "all too common").
_TO_IN_COMPOUND = re.compile(r"(?:^|-)to-[a-z]")
_BEFORE_TOO_IN_COMPOUNDS = {"not", "non", "all", "far", "much", "way", "none", "only"}
_CLAUSE_BREAK = re.compile(r"[;:—–]|\s-\s|--")
# After "too" these start a clause-final adverbial, not the noun phrase "to" would take:
# "he scored too this season", "she came too, and".
_PLACE = {"here", "there", "now", "also", "then"}
_NUMBERS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "hundred"}
_NATIONALITY = ("ian", "ean", "can", "ish", "ese", "ch", "qi", "ni", "ki")
# Degree words that are seldom verbs, though "fasting" is common: after 'to' and before the
# phrase's end they are 'too' ("grew to fast in the first quarter"; one "began to fast" in all
# the corpora, which the verb that takes an infinitive keeps silent).
_SELDOM_VERBS = {"fast"}
# Adverbs that modify a phrase after them: "compared to well over 50%" (BBC), "up to long before"
# ("to early in the crop cycle", "to quickly in" are 'too').
_PHRASE_ADVERBS = {
    "well", "long", "shortly", "soon", "just", "right", "straight", "way", "slightly", "somewhat", "marginally",
    "fractionally", "nearly", "almost", "barely", "roughly", "partly", "largely", "mainly", "mostly", "even",
}  # "fall to slightly below 100 yen", "near to slightly above normal" (Reuters)
_QUANTIFIERS = {"much", "many", "few", "little", "more", "less", "often", "long", "far"}


class ToToo(ConfusableRule):
    id = "grammar/to-too"
    harper_rules = ("ToTooIdioms",)
    words = frozenset({"to", "too"})
    severity = Severity.ERROR
    summary = "'too' written for 'to' ('a visit too China', 'work too do') or 'to' for 'too' ('was to high', 'listings to costly')."
    rationale = (
        "Both spellings are words, so only grammar shows the slip. 'Too' is an adverb of degree or "
        "means 'also': it stands before an adjective or adverb ('too late', 'too many'), or closes a "
        "phrase ('they won too'). Before a verb ('work too do'), a determiner, a pronoun, a number, a "
        "name or a noun ('an option too buy', 'too the market', 'a visit too China') it can only be "
        "'to': an error. Left alone: 'too' after a subject ('they too face'), before a time phrase "
        "('scored too this season'), a preposition or a conjunction ('there too on Monday', 'too and'), "
        "and before a word the dictionary does not know ('too self-critical'). "
        "'To' needs something to govern, a noun phrase or a verb; it is 'too' before a word of degree "
        "whose phrase closes after it ('listings to costly.', 'to expensive and', 'to early to say', "
        "'far to large a plant'), after a comma when punctuation follows ('Japan, to, steadied'), after "
        "a subject ('they to face') and before a finite verb ('this to is'). Certain (an error) with a "
        "sign of degree before it (a linking verb, 'far', 'all', 'still', 'for'), an infinitive or an "
        "article after the word; a suggestion otherwise, and for 'to.' after a noun ('in other sectors "
        "to.'). Left alone: a degree word that is also a common verb without 'far'/'way' before it "
        "('growth began to slow.', 'the plant is to close'), 'much'/'many' without a sign of degree "
        "('he spoke to many', 'amount to much'), ranges ('from low to high'), 'to.' after a noun that "
        "takes an infinitive ('every reason to.') or where a relative word can strand it ('what he "
        "objected to was'). "
        "'To' also needs a head that takes it, a verb of motion, giving or saying ('sold to many', "
        "'led to little progress'), a verb or adjective that takes an infinitive, which may be left "
        "out ('we want to.', 'happy to.'), or a noun ('a blow to many'); the lexicon lists those heads. "
        "After a verb that takes no 'to' it is 'too': before a quantity ('relied to much on', 'spends "
        "to much time', 'had to much power'), a word of degree ('relied to heavily on') or at the "
        "clause's end ('the graphics are improving to.', 'released recently to.', 'unacceptable to.', "
        "'he will to,', 'on the rise to.', 'beat Italy to,'). Also 'too': a quantity that is its "
        "clause's subject ('to many of the targets will be missed'), a 'to' beside a parallel 'too' "
        "('to little, too late'), an adverb in -ly that ends its phrase ('rose to quickly.'; a split "
        "infinitive 'to quickly agree' is left alone), 'to' before a modal ('Baker to had urged') and "
        "inside a compound ('not-to-distant', 'all-to-common'). Left alone: a quantity before a "
        "comparative ('to much higher levels'), an adverb that modifies a phrase ('to slightly below "
        "forecast', 'to long before'), the infinitive of a verb in use after a verb that takes one "
        "('continued to firm against'), 'have the players to.', a stranded 'to' after 'that' or a "
        "relative word in its clause. Harper's fixed idioms ('went to far') are kept. Fixes outside "
        "quotations are safe."
    )
    examples = (
        bad("A four-day state visit too China saw the president meet top leaders."),
        bad("We have a lot of work too do before the vote."),
        bad("Buyers now have an option too buy the shares."),
        bad("The price was to high for most buyers."),
        bad("New rules make the listings to costly."),
        bad("Analysts said it was still to early to say."),
        bad("Japan, to, steadied nerves."),
        bad("The club relied to much on short-term loans."),
        bad("Her verdict was simple: to many of the targets will be missed."),
        bad("Other firms have launched similar services recently to."),
        bad("The cuts were seen as to little, too late."),
        good("They too face pressure, and the deal came too late. It is far too early to say."),
        good("Better access to legal advice was promised. Up to now, ministers have waited."),
        good("Samsung has a phone too that will be offered to users. He scored too this season."),
        good("The aim is to cut costs, and the plan is to close. The goal was to slow."),
        good("Growth began to slow. He spoke to many. It did not amount to much. They had every reason to."),
        good("The film opened to much acclaim. Rates rose to much higher levels. The talks led to little progress."),
        good("They want to quickly agree a deal. Shares fell to slightly below forecast. We would be happy to."),
    )

    def concerns(self, lower):
        return lower in self.words or "to-" in lower and _TO_IN_COMPOUND.search(lower) is not None

    def judge(self, sentence, i):
        lower = sentence.words[i].lower
        if lower == "too":
            return _too(sentence, i)
        if lower != "to":
            return _to_in_compound(sentence.words[i])
        return _to(sentence, i)

    def keep(self, text, lint, lints):
        return True  # Harper's fixed phrases: "went to far"


def _too(sentence, i):
    following = sentence.after(i, through=OPENERS)
    if following is None:
        return None  # "too." "Samsung, too, ..."
    previous = sentence.before(i)
    if previous is not None and previous.lower in lex.SUBJECT_PRONOUNS and not _object(sentence, i, previous):
        return None  # "they too face ..."; not "enable it too maintain" (Reuters)
    word = following.lower
    if previous is not None and previous.lower in {"according", "owing", "prior"}:
        return Verdict("to", True, f"'{previous.text}' takes 'to'")  # "according too multiple reports"
    if previous is not None and previous.lower in lex.TO_GOVERNORS and word not in _QUANTIFIERS:
        if not lex.gradable(word) or previous.lower in lex.TO_PREPOSITIONAL and lex.can_be(word, "6tT"):
            return Verdict("to", True, f"'{previous.text}' takes 'to'")  # "due too increased activity"
    if word in {"that", "which", "who"}:
        return None  # "a phone too that ships"
    if word in lex.TIME_WORDS:
        after = sentence.after(i, 2)
        if after is None or after.lower in lex.TIME_NOUNS or word in {"now", "then", "again", "once", "before"}:
            return None  # "scored too this season", "too now"
    if word in lex.DETERMINERS - _QUANTIFIERS or word in lex.OBJECT_PRONOUNS:
        return Verdict("to", True, f"'too' cannot stand before '{following.text}'")
    if following.text[0].isdigit() or word in _NUMBERS and previous is not None and previous.lower in _NUMBERS:
        return Verdict("to", True)  # "rose too 5%", "five too six years"
    if following.text.isupper() and len(following.text) > 1:
        return None  # an acronym used as an adjective: "too PC for some"
    if following.text[0].isupper() and not following.sentence_start and not _title_case(sentence):
        if word.endswith(_NATIONALITY):
            return None  # "ruled too American"
        return Verdict("to", True)  # a name: "a visit too China"
    if word in _QUANTIFIERS or not lex.known(word):
        return None
    if lex.can_be(word, "h") and word.endswith("s") or lex.can_be(word, "t") and not lex.can_be(word, "b"):
        return None  # "too" meaning "also" before a finite verb: "this too crams", "BT too says"
    if word in lex.FINITE_AUXILIARIES or word in lex.MODALS - {"do"}:
        if previous is None or previous.text[0].isupper() or lex.can_be(previous.lower, "NI") or previous.lower in _PLACE:
            return None  # "ministers too have made", "Labour too will"
        return Verdict("to", True, "'too' cannot stand before a verb")  # "is thought too have"
    if word in lex.PREPOSITIONS or word in lex.CONJUNCTIONS:
        return None  # "there too on Monday", "too and"
    closing = sentence.after(i, 2)
    if lex.gradable(word) and not (_verb_called_adjective(word) and closing is not None and closing.lower not in lex.CLOSING):
        return None  # "too late", "too quickly", "too small", "too elaborate and"
    if lex.can_be(word, "b"):
        if lex.can_be(word, "J") and (closing is None or closing.lower in lex.CLOSING):
            return None  # "becoming too mainstream.", "too clean and": an adjective closes the phrase
        return Verdict("to", True, "'too' cannot stand before a verb")
    if lex.can_be(word, "N"):
        return Verdict("to", True)
    return None


def _to(sentence, i):
    """'to' for 'too': where 'to' has nothing to govern, a preposition's noun phrase or an infinitive's verb."""
    following = sentence.after(i)
    previous = sentence.before(i)
    if following is None:
        if _punctuation_after(sentence, i):
            return _to_at_clause_end(sentence, i, previous)
        quoted = sentence.after(i, through="\"“‘'")
        if quoted is None or not quoted.text.islower():
            return None
        if lex.degree_word(quoted.lower) and _punctuation_after(sentence, i + 1) or _graded_participle_closes(sentence, i + 1):
            return Verdict("too", False)  # 'politics to "boring" and unfulfilling', 'to "expensive".'
        return None

    word = following.lower
    if previous is not None and previous.lower in {"a", "an", "the"} and following.text.islower() and lex.degree_word(word, verbs=True, nouns=True):
        return Verdict("too", True, f"'to' cannot follow '{previous.text}'")  # "averting a to rapid revaluation"
    if word in lex.QUANTIFIERS and sentence.after(i, 2) is not None and (
        sentence.after(i, 2).lower in lex.MODALS or sentence.after(i, 2).lower in lex.FINITE_AUXILIARIES
    ):
        return Verdict("too", True, f"'{following.text}' is the subject here: 'too {following.text}'")  # "that to much should not be made"
    if word in {"and", "but"} and previous is not None and lex.can_be(previous.lower, "N"):
        after = sentence.after(i, 2)
        if after is not None and (after.lower in lex.FINITE_AUXILIARIES or lex.only(after.lower, "V") and lex.can_be(after.lower, "t")):
            return Verdict("too", False, "'to' has nothing to govern here")  # "around the world to and was"; not "to and from"
    if previous is not None and previous.lower in _SUBJECTS and not _title_case(sentence):
        return Verdict("too", True, f"'to' cannot follow the subject '{previous.text}'")  # "they to face"
    if word in _MODALS_AFTER_TO and following.text.islower() and previous is not None and not _wh_before(sentence, i) and (
            previous.text[0].isupper() and not previous.sentence_start or previous.lower in {"this", "that", "these", "those"}):
        # not after a noun, which may end a clause that strands 'to': "the site it would lead users to could be" (BBC)
        return Verdict("too", True, f"'to' cannot stand before '{following.text}'")  # "Baker to had urged", "these to would have"
    if word in _FINITE and not _wh_before(sentence, i) and not (
            previous is not None and lex.can_be(previous.lower, "V") and not _determined(sentence, i - 1)):
        # not a stranded preposition after its verb: "the person you are referring to is" (BBC)
        return Verdict("too", False, f"'to' cannot stand before '{following.text}'")  # "this to is", "Samsung to has"
    if previous is not None and previous.lower in lex.BECOME and following.text.islower() and _adjective_closes(sentence, i):
        return Verdict("too", True, f"'{previous.text}' takes no 'to'")  # "the festival is becoming to mainstream."
    if following.text.islower() and _graded_participle_closes(sentence, i + 1):
        # "was to boring.", "politics to boring and unfulfilling"; not "switched to walking and cycling"
        certain = _degree_cue(sentence, i, previous) in {"linking", "strong", "intensifier", "hedge"}
        return Verdict("too", certain, f"'{following.text}' takes 'too' here" if certain else "")
    if "-" in word and not lex.known(word) and not lex.can_be(word.rsplit("-", 1)[1], "VtT"):
        word = word.rsplit("-", 1)[1]  # a compound the dictionary lacks is graded by its head: "to self-critical for"
    if not following.text.islower() or not lex.degree_word(word, verbs=True, nouns=True) or _range_before(sentence, i):
        return None  # "to cut", "to China", "to European and"; "from low to high"
    after = sentence.after(i, 2)
    if after is None:
        closes = _punctuation_after(sentence, i + 1) and not _list_goes_on(sentence, i + 1)
    elif (word in _PHRASE_ADVERBS and (after.lower in lex.PREPOSITIONS or after.lower in {"before", "after", "since"}) and after.lower != "for"
          and (word != "long" or after.lower in {"before", "after", "since"})
          and (_degree_cue(sentence, i, previous) not in {"linking", "verb"} or word == "long")):
        closes = False  # an adverb before a phrase: "compared to well over 50%" (BBC), "to long before"
    elif after.lower in {"away", "apart", "ahead", "behind"}:
        beyond = sentence.after(i, 3)  # "to far away from the action"; not "to far away places"
        closes = beyond is None and _punctuation_after(sentence, i + 2) or beyond is not None and beyond.lower in lex.PREPOSITIONS
    else:
        closes = after.lower in _CLOSES_DEGREE or after.lower in _MODALS_AFTER_TO  # "lowering rates to fast could jeopardise"
    if not closes and after is not None and after.lower == "of" and _degree_cue(sentence, i, previous) == "strong":
        closes = True  # "too comfortable or to sure of victory", "far to fond of"
    if not closes and after is not None and _degree_cue(sentence, i, previous) == "linking" and (
            lex.can_be(after.lower, "tT") and not lex.only(after.lower, "N") or not lex.can_be(after.lower, "N") and lex.can_be(after.lower, "J") and sentence.after(i, 3) is not None and sentence.after(i, 3).lower == "to"):
        closes = True  # a participle or "relative to" after the adjective: "wages were to high given", "the rate is to high relative to corn"
    if closes and after is not None and after.lower in {"and", "or"} and _adjective(sentence.after(i, 3)) and _noun_follows(sentence, i + 3):
        closes = False  # "support to small and medium sized businesses" (BBC): adjectives of one noun
    if word == "long" and after is not None and after.lower == "ago":
        return Verdict("too", True, "'long ago' takes 'too'")  # "not to long ago"
    infinitive = word not in lex.TO_GOVERNORS and after is not None and after.lower == "to" and (sentence.after(i, 3) is None or lex.can_be(sentence.after(i, 3).lower, "b"))
    cue = _degree_cue(sentence, i, previous or sentence.before(i, through="\"“‘"))  # 'there were "to many loopholes'
    if previous is not None and previous.lower in lex.GET and lex.common_verb(word) and _adjective_preposition(sentence, i + 2):
        return Verdict("too", False)  # "border guards get to close to a container"; not "get to close the deal"
    if previous is not None and previous.lower in lex.INFINITIVE_VERBS and lex.used_as_verb(word) and cue != "strong":
        return None  # the infinitive of a verb that takes one: "the franc continued to firm against the mark" (Reuters)
    if word in lex.QUANTIFIERS:
        # "spoke to many.", "a lot to many", "amount to little": a pronoun after a preposition
        if cue in {"strong", "intensifier", "preposition"} or infinitive or after is not None and after.lower == "of" and _article(sentence.after(i, 3)):
            return Verdict("too", True, f"'{following.text}' takes 'too' here")  # "far to many", "to much of a gap"
        if cue in {"linking", "hedge"}:
            return Verdict("too", False)  # "there's to much stress", "surely to little time"
        return _quantity(sentence, i, previous, word, after)
    if lex.only(word, "R") and cue != "strong" and not _adverb_closes(sentence, i, previous):
        return None  # a split infinitive: "to gradually, and insidiously, impose", "to knowingly or recklessly make" (BBC)
    if lex.common_verb(word) and word not in _SELDOM_VERBS and not _long_not_verb(word, after, closes, previous is not None and previous.lower == "been") and cue not in {"strong", "preposition"} and not (word == "long" and cue == "duration") and not (
            previous is not None and (previous.lower == "been" or cue == "linking" and infinitive) and closes and (after is None or infinitive)):
        # "has been to slow,", "been to slow to respond", "may be to slow to ward off"; not "has been to corrupt and"
        return None  # a degree word that is also a verb: "began to slow.", "to long for", "plant is to close."
    if not lex.degree_word(word, verbs=True):
        # an adjective Harper also calls a noun ("complex", "similar"): only after a sign of degree,
        # and never certain ("programmes to digital by 2015", "the shift was to digital.")
        return Verdict("too", False) if cue in {"strong", "linking", "hedge"} and closes else None  # not "only to rebound to" (human news)
    if infinitive or after is not None and after.lower in {"a", "an"} or cue is not None and closes or cue == "strong" and lex.only(word, "R") or cue == "preposition":
        # "to early to say", "to large a plant", "all to often comes", "rejected as of to low quality": no 'to' after 'of'
        return Verdict("too", True, f"'{following.text}' takes 'too' here")  # "to early to say", "to large a plant"
    if closes:
        return Verdict("too", False)  # "listings to costly.", "to expensive and"
    return None


def _to_in_compound(word):
    """'to' for 'too' inside a hyphenated compound, before a word of degree that is no verb:
    "a not-to-distant future", "non-to-subtle coercion", "an all-to-common pace", "the to-twee
    label". Left alone: "easy-to-use", "up-to-date", "face-to-face", a range ("low-to-moderate")."""
    parts = word.lower.split("-")
    offset = 0
    for j, part in enumerate(parts[:-1]):
        head = parts[j + 1]
        if part == "to" and (j == 0 or parts[j - 1] in _BEFORE_TOO_IN_COMPOUNDS) and lex.degree_word(head, nouns=True) and (
                head not in lex.QUANTIFIERS and not lex.used_as_verb(head)):
            return Verdict("too", j > 0, f"'{head}' takes 'too' here", part=(offset, offset + 2))
        offset += len(part) + 1
    return None


def _to_at_clause_end(sentence, i, previous):
    """'to' before punctuation: an elided infinitive ("we want to.") or a stranded preposition
    ("the club he moved to.") needs a verb or a relative before it; 'too' (also) closes a phrase
    after a comma or a noun ("Japan, to, steadied", "other sectors to.")."""
    if i == 0:
        return None
    if sentence.gap(i).lstrip().startswith(("..", "…")):
        return None  # a sentence broken off: "It has been stressed to...Mr Akiman" (Reuters)
    before_gap = sentence.gap(i - 1).strip()
    if before_gap == ",":
        return Verdict("too", True, "'to' cannot end a phrase after a comma")
    if previous is None or _wh_before(sentence, i):
        return None
    lower = previous.lower
    if lower in _SUBJECTS or previous.text == "I":
        return Verdict("too", True, f"'to' cannot follow the subject '{previous.text}'")  # '"I to, like everyone else,'
    if previous.text[0].isdigit():
        return Verdict("too", False, "'to' has nothing to govern here")  # "more records in 2005 to,"
    subject = sentence.before(i, 2)
    if lower in lex.MODALS and subject is not None and (subject.lower in lex.SUBJECT_PRONOUNS or lex.only(subject.lower, "N") and lex.can_be(subject.lower, "9")):
        return Verdict("too", True, f"'{previous.text}' needs a verb, not 'to'")  # "I hope he will to,", "fans will to."; not "the will to."
    if lower in lex.INFINITIVE_NOUNS or lower in lex.TO_GOVERNORS:
        return None  # "every reason to.", "the right to."
    if not previous.text.islower() and not _acronym_plural(previous):
        verb = sentence.before(i, 2)
        if (previous.sentence_start or _title_case(sentence) or verb is None or verb.lower in lex.TO_VERBS or verb.lower in lex.MODALS
                or not _ends_clause(sentence, i)):
            return None  # "we want Italy to.", "Labour to."
        return Verdict("too", False, "'to' has nothing to govern here")  # "we can beat Italy to,", "in the UK to."
    if _ends_clause(sentence, i) and lex.can_be(lower, "N") and _determined(sentence, i - 1, nouns=True) and lower not in lex.ORDER_WORDS:
        if not _object_of_have(sentence, i):
            return Verdict("too", False, "'to' has nothing to govern here")  # "on the rise to.", "the handheld gaming market to."
    if _noun_before(sentence, i, previous) and not _object_of_have(sentence, i) or lower in _PLACE:
        return Verdict("too", False, "'to' has nothing to govern here")  # "in other sectors to.", "there to,", "in 2005 to,"
    return _headless_to(sentence, i, previous)


def _object_of_have(sentence, i) -> bool:
    """Whether the noun before 'to' may be the object of 'have', 'need', 'get' and the like, whose
    infinitive was left out: "we have the players to.", "they were given the chance to."."""
    for k in range(max(1, i - 4), i - 1):
        if sentence.words[k].lower in {"the", "enough", "what"} | lex.POSSESSIVES and sentence.words[k - 1].lower in lex.OBJECT_INFINITIVE_VERBS:
            return True  # not "it has social benefits to." (no determiner: an afterthought, 'too')
    return False


def _ends_clause(sentence, i) -> bool:
    """Punctuation after word ``i`` that ends its clause, not a line cut off ("the majority
    Christian Democrats to") nor a comma before a name ("In an email to, Laurence Tribe" (human news))."""
    gap = sentence.gap(i).strip()
    if not gap:
        return False
    if gap[:1] == ",":
        return i + 1 >= len(sentence.words) or not sentence.words[i + 1].text[:1].isupper()
    return True


def _headless_to(sentence, i, previous):
    """'to' ending a clause after a word that takes neither an infinitive nor a to-phrase, so that
    neither can have been left out or stranded: an adverb ("released recently to."), an adjective
    ("unacceptable to."), a verb form ("the graphics are improving to.", "Americans are barred
    to."), a modal or 'do' after its subject ("I hope he will to,", "adults do to."), a noun after
    a determiner ("on the card to.") or an object pronoun ("thanked them to,"). Left alone: the
    heads that take 'to' (``TO_VERBS``, ``INFINITIVE_ADJECTIVES``, ``TO_ADVERBS``: "we want to.",
    "happy to.", "told not to.") and a noun that is the object of 'have', 'need', 'get' ("we
    have the players to.")."""
    lower = previous.lower
    if lower in lex.TO_VERBS or lower in lex.INFINITIVE_ADJECTIVES or lower in lex.TO_ADVERBS or lower in lex.ORDER_WORDS:
        return None
    if not sentence.gap(i).strip():
        return None  # a line cut off after 'to': "units into a new holding firm to" (Reuters)
    relative = sentence.first(_THAT) < i  # "the figures that the festival feels indebted to."
    before = sentence.before(i, 2)
    if lower in lex.MODALS and lower not in {"may", "must"}:
        if before is not None and (before.lower in lex.SUBJECT_PRONOUNS or lex.can_be(before.lower, "9") and not lex.can_be(before.lower, "b")):
            return Verdict("too", True, f"'{previous.text}' needs a verb, not 'to'")  # "he will to,", "adults do to."
        return None
    if lower in {"is", "are", "was", "were"}:
        if before is not None and (before.lower in lex.SUBJECT_PRONOUNS or lex.can_be(before.lower, "9")):
            return Verdict("too", False, "'to' has nothing to govern here")  # "games are to."
        return None
    if lower in lex.OBJECT_PRONOUNS and lower not in lex.SUBJECT_PRONOUNS:
        verb = sentence.before(i, 2)
        if verb is not None and lex.only(verb.lower, "V") and verb.lower not in lex.TO_VERBS and verb.lower not in lex.CLAUSE_VERBS:
            return Verdict("too", False, "'to' has nothing to govern here")  # "thanked them to,"; not "want them to."
        return None
    if lower == "well" or lex.only(lower, "R") or lower.endswith("ly") and lex.can_be(lower, "R") and not lex.can_be(lower, "N"):
        if before is not None and before.lower in lex.TO_VERBS and relative:
            return None  # a stranded 'to': "sites that people can donate directly to,"
        return Verdict("too", True, f"'to' cannot follow '{previous.text}' here")  # "released recently to.", "grown hugely to."
    if lex.can_be(lower, "b") and before is not None and (before.lower in lex.MODALS or before.lower.endswith("n't")) and lex.can_be(lower, "V"):
        return Verdict("too", False, f"'{previous.text}' takes no 'to'")  # "you must act to,"; not "you must try to." (a verb that takes one)
    if lex.can_be(lower, "6") or lex.can_be(lower, "tT") and not lex.can_be(lower, "b"):
        if lex.can_be(lower, "N") and not lower.endswith(("ing", "ed")):
            return None
        return Verdict("too", False, f"'{previous.text}' takes no 'to'")  # "are improving to.", "are barred to."
    if lex.can_be(lower, "J") and (lex.true_adjective(lower) or lex.degree_word(lower, nouns=True)) and not lex.common_verb(lower) and not relative:
        return Verdict("too", False, f"'{previous.text}' takes no 'to'")  # "unacceptable to.", "controversial to,"
    return None


def _noun_before(sentence, i, previous) -> bool:
    """Whether the word before 'to' is a noun, not a verb that could strand it ("moved to."):
    a word that can only be a noun, or a plural after a determiner or an adjective ("social
    benefits to.", "human rights groups to."), which Harper also knows as a verb in -s."""
    if noun_only(previous) or _acronym_plural(previous):
        return True
    if not previous.lower.endswith("s") or not lex.can_be(previous.lower, "9"):
        return False
    before = sentence.before(i, 2)
    if before is None or before.lower in lex.SUBJECT_PRONOUNS or before.lower in lex.OBJECT_PRONOUNS:
        return False
    # "social benefits to.", "human rights groups to.", "there were tides to,"; not "he sells cars to."
    if before.lower in lex.DETERMINERS or before.lower in lex.FINITE_AUXILIARIES or lex.can_be(before.lower, "NJ") and not lex.can_be(before.lower, "h"):
        return True
    if "-" in before.lower and not lex.known(before.lower):
        return True  # a compound modifier the dictionary lacks: "spyware-removal programs to."
    # a plural modifier after an adjective or a determiner: "human rights groups to."
    first = sentence.before(i, 3)
    return lex.can_be(before.lower, "9") and first is not None and (first.lower in lex.DETERMINERS or _adjective(first))


def _noun_follows(sentence, k) -> bool:
    """Whether a word follows word ``k``, and one that may be a noun when word ``k`` may be a
    verb's past ("to small and disadvantaged businesses" (Reuters); not "to complex and raised
    too many issues")."""
    following = sentence.after(k)
    if following is None:
        return False
    if not lex.can_be(sentence.words[k].lower, "t"):
        return True
    return lex.can_be(following.lower, "N") and following.lower not in lex.DETERMINERS and not lex.adverb(following.lower) and following.lower != "too"


def _determined(sentence, k, nouns: bool = False) -> bool:
    """Whether word ``k`` ends a noun phrase that a determiner opens, adjectives (and with
    ``nouns``, nouns) between ("the card", "her personal life", "the lake route")."""
    for n in range(1, 4):
        word = sentence.before(k, n)
        if word is None:
            return False
        if word.lower in {"the", "a", "an", "this", "their", "its", "his", "her", "our", "my", "your", "other"}:
            return True
        if not (_adjective(word) or nouns and word.text.islower() and (lex.can_be(word.lower, "N") or "-" in word.lower and not lex.known(word.lower))
                and word.lower not in lex.OBJECT_PRONOUNS and word.lower not in lex.PREPOSITIONS and not lex.only(word.lower, "V")):
            return False
    return False


def _acronym_plural(word) -> bool:
    return len(word.text) > 2 and word.text[:-1].isupper() and word.text.endswith("s")  # "DVDs"


def _list_goes_on(sentence, i) -> bool:
    """A comma after word ``i`` and another adjective after it: "access to legal, emotional and
    practical advice", "to big, strong centre-halves" (BBC)."""
    if sentence.gap(i).strip() != "," or i + 1 >= len(sentence.words):
        return False
    following = sentence.words[i + 1]
    if not _adjective(following):
        return False
    beyond = sentence.after(i + 1)  # a participle before a preposition opens a phrase: "to be to high, based on" (Reuters)
    return not (lex.can_be(following.lower, "tT") and beyond is not None and beyond.lower in lex.PREPOSITIONS)


def _punctuation_after(sentence, i) -> bool:
    """Whether punctuation that closes a phrase follows word ``i`` (not a quote opening, a
    currency sign or a bracket: 'to "cut and run"', 'to £198m')."""
    if i + 1 >= len(sentence.words) and not sentence.gap(i).strip():
        return True
    raw = sentence.gap(i)
    gap = raw.strip()
    if gap[:1] in {'"', "'"} and raw[:1] == " ":
        return False  # a straight quote that opens a quotation: 'ask firms to "roll over' (BBC)
    return gap[:1] in {".", ",", ";", ":", "!", "?", ")", "”", "’", '"', "—", "–"} or raw.startswith(" - ")  # "were to optimistic - but"


def _degree_cue(sentence, i, previous):
    """What before 'to' asks for a degree: an intensifier ("far to", "all to", "a bit to") or a
    linking verb ("was to", "seems to")."""
    if previous is None:
        return None
    lower = previous.lower
    if lower == "way" and sentence.before(i, 2) is not None and sentence.before(i, 2).lower not in _LINKING:
        return None  # "a long way to go": the noun, not the intensifier ("way to many")
    if lower in _STRONG_INTENSIFIERS:
        return "strong"
    if lower == "all" and sentence.after(i) is not None and sentence.after(i).lower in {"often", "soon", "easily", "quickly", "readily", "clearly", "frequently", "familiar", "common"}:
        return "strong"  # "all to often comes", "all to familiar"; not "all to blame" (human news)
    if lower == "much" and sentence.after(i) is not None and sentence.after(i).lower not in lex.QUANTIFIERS:
        return "intensifier"  # "much to low and"; not "much to many fans' delight"
    if lower in _INTENSIFIERS:
        return "intensifier"
    if lower in _HEDGES:
        return "hedge"  # "perhaps to conservative for an airline", "maybe to fast,"
    if lower in _NO_TO_AFTER:
        return "preposition"
    if lower in _LINKING:
        return "linking"
    if _parallel_too(sentence, i):
        return "strong"  # "too deep and to long a recession", "to little, too late"
    if lower in {"and", "or", "but"} and sentence.before(i, 2) is not None and lex.degree_word(sentence.before(i, 2).lower, nouns=True):
        return "linking"  # "branded inadequate and to complex": the first adjective's verb links the second
    if lower in _DURATION and sentence.after(i) is not None and sentence.after(i).lower == "long":
        return "duration"  # "took to long"; not "taken to hospital after"
    if _verb_without_to(sentence, i, lex.TO_VERBS):
        return "verb"  # "relied to heavily on", "had to much power": the verb takes no 'to'
    return None


def _verb_without_to(sentence, i, takes_to) -> bool:
    """Whether the word before 'to' is a verb here whose complement never begins with 'to' (not
    one of ``takes_to``): "relied", "spending", "placing", "require"; not "sold" ("sold to many"),
    "want" ("want to."), nor a word that may be a noun ("costs", "access", "blow")."""
    previous = sentence.before(i)
    if previous is None or not previous.text.islower():
        return False
    lower = previous.lower
    if lower in takes_to or lower in lex.TO_PREPOSITIONAL or takes_to is lex.TO_VERBS and lower in lex.TO_GOVERNORS or lower in _LINKING or lower in lex.FINITE_AUXILIARIES or not lex.can_be(lower, "V"):
        return False
    if lex.only(lower, "V"):
        return True  # "relied", "spends", "borrow"
    before = sentence.before(i, 2)
    if before is None or before.lower in lex.DETERMINERS or before.lower in lex.POSSESSIVES or before.lower.endswith("'s"):
        return False  # "the spending to", "Labour's plans to"
    if before.lower in lex.SUBJECT_PRONOUNS or before.lower in lex.MODALS or before.lower in {"to", "not", "never"} or before.lower.endswith("n't"):
        return lex.can_be(lower, "bth")  # "they heap to much", "it relied to much", "not read to much into"
    if before.lower in lex.FINITE_AUXILIARIES or before.lower in {"been", "be", "being", "having"}:
        return lex.can_be(lower, "T6")  # "has spent to much time", "is spending to much"
    if lower.endswith("ed") and lex.only(lower, "VJ") and not lex.can_be(lower, "b") and (
            before.text[0].isupper() and not before.sentence_start or lex.only(before.lower, "N") and lex.can_be(before.lower, "9")):
        return True  # a past after its subject: "the Fed placed to many restrictions", "people consumed to many drinks"
    # a gerund or a participle after a word that does not begin a noun phrase: "for placing to much
    # weight", "is spending to much"; not "offering low-cost financing to small businesses" (Reuters)
    if not (before.lower in lex.PREPOSITIONS or before.lower in lex.FINITE_AUXILIARIES or before.lower in _LINKING
            or before.lower in lex.CONJUNCTIONS or lex.adverb(before.lower)):
        return False
    return lower.endswith(("ing", "ed")) and lex.can_be(lower, "6tT") and not lex.can_be(lower, "9")


def _quantity(sentence, i, previous, word, after):
    """'to much', 'to many', 'to few', 'to little' with no sign of degree before them: 'too' when
    the quantity is a clause's subject ("to many of the targets will be missed"), a verb's object
    ("spends to much time") or a phrase of its own ("relied to much on", "costs to much and");
    the preposition with a pronoun or a noun phrase ("spoke to many", "led to little progress",
    "to much acclaim", "rose to much higher levels") stays silent."""
    if after is not None and (lex.is_comparative(after.lower) or after.lower in {"better", "worse"}):
        return None  # "to much lower levels", "due to much better than expected"
    if _clause_opens(sentence, i) and _subject_then_verb(sentence, i + 1):
        return Verdict("too", True, f"'{word}' is the subject here: 'too {word}'")  # "His conclusion: to many of the targets will"
    if _parallel_too(sentence, i):
        return Verdict("too", True, "as in the 'too' beside it")  # "to little, too late", "too complex and raised to many"
    if _verb_without_to(sentence, i, lex.TO_PHRASE_VERBS):
        return Verdict("too", True, f"'{previous.text}' takes no 'to'")  # "spends to much time", "relied to much on"
    verb = sentence.before(i, 2)
    if word in {"much", "little"} and previous is not None and verb is not None and verb.lower in lex.PARTICLE_OBJECT_VERBS.get(previous.lower, ()):
        return Verdict("too", True, f"'{word}' is the object of '{verb.text} {previous.text}'")  # "giving away to much of the plot"
    if previous is not None and previous.lower in {"have", "has", "had", "having"}:
        return Verdict("too", True, f"'{previous.text} to' needs a verb")  # "the government had to much freedom"
    if word == "much" and _phrase_ends(sentence, i + 1) and not _range_before(sentence, i) and previous is not None and previous.lower not in {"add", "adds", "added"}:
        # "much" alone after the preposition is rare ("amount to much", "up to much" are ranges above)
        return Verdict("too", False)  # "costs to much and", "it would hurt to much."
    return None


def _clause_opens(sentence, i) -> bool:
    """Whether a clause may begin at word ``i``: the sentence's start, punctuation before it, or a
    word that introduces a clause ("that", "because", "said", "concerned")."""
    previous = sentence.before(i)
    if previous is None:
        return True
    lower = previous.lower
    return lower in {"that", "because", "if", "when", "while", "since", "although", "though", "where", "whether", "and", "but"} or (
        lower in lex.CLAUSE_VERBS or lower in {"concerned", "worried", "fears", "feared", "afraid"})


def _subject_then_verb(sentence, i) -> bool:
    """Whether word ``i`` ('much', 'many') begins a noun phrase that a finite verb follows: "many
    of the targets will", "much stress might", "few companies are", "many children are playing"."""
    k = i + 1
    word = sentence.after(i)
    if word is not None and word.lower == "of":
        head = sentence.after(k)
        if head is None:
            return False
        if head.lower in lex.INDEFINITE_PRONOUNS or head.lower in {"them", "us", "it", "this", "that"} or head.text[0].isupper():
            k += 2  # "much of anything is", "to little of Rogaine was absorbed"
            return k < len(sentence.words) and sentence.before(k) is not None and (
                sentence.words[k].lower in lex.FINITE_AUXILIARIES or finite_verb(sentence.words[k]) and not lex.can_be(sentence.words[k].lower, "N"))
        if head.lower not in lex.DETERMINERS | lex.POSSESSIVES | {"these", "those"}:
            return False
        k += 2
    for n in range(4):
        if k >= len(sentence.words) or sentence.before(k) is None:
            return False
        here = sentence.words[k]
        if n > 0 and lex.adverb(here.lower) and here.lower not in {"not", "never"}:
            k += 1  # "to many competitors also have"
            if k >= len(sentence.words) or sentence.before(k) is None:
                return False
            here = sentence.words[k]
        if here.lower in lex.FINITE_AUXILIARIES or here.lower in lex.MODALS - {"do"}:
            return n > 0 or k > i + 1  # "many children are", "much of it is"; not "to many will" (a noun after 'many' first)
        if n > 0 and finite_verb(here) and not lex.can_be(here.lower, "N"):
            return True  # "few of the ideas proved"
        if n > 0 and lex.only(here.lower, "V") and lex.can_be(here.lower, "b") and lex.can_be(sentence.words[k - 1].lower, "9"):
            return True  # "to many politicians give the impression"
        if not (lex.can_be(here.lower, "NJ") or "-" in here.lower and not lex.known(here.lower)) or here.lower in lex.PREPOSITIONS or here.lower in lex.CONJUNCTIONS:
            return False  # "while to many non-productive facilities were set up" passes
        k += 1
    return False


def _parallel_too(sentence, i) -> bool:
    """A 'too' before a word of degree within a few words of this 'to', joined to it by 'and', 'or'
    or a comma: "to little, too late", "too deep and to long a recession", "too complex and raised
    to many"."""
    for k in range(max(0, i - 6), min(len(sentence.words) - 1, i + 6)):
        if k == i or sentence.words[k].lower != "too":
            continue
        following = sentence.words[k + 1].lower
        if not (following in lex.QUANTIFIERS or lex.degree_word(following, verbs=True, nouns=True)):
            continue
        low, high = sorted((k, i))
        between = {w.lower for w in sentence.words[low + 1 : high]}
        if high - low > (5 if between & {"and", "or"} else 4) or "to" in between:
            continue  # "too sick to work, leading to many flight cancellations" (BBC): another phrase
        if between & {"and", "or"} or any("," in sentence.gap(j) for j in range(low, high)):
            return True
    return False


def _phrase_ends(sentence, i) -> bool:
    """Whether the phrase of word ``i`` closes after it: punctuation, a preposition other than
    'of', a conjunction, a subject pronoun or an adverb ("much on", "much, critics", "much I
    think", "much away")."""
    after = sentence.after(i)
    if after is None:
        return _punctuation_after(sentence, i)
    lower = after.lower
    if lower == "of":
        return _article(sentence.after(i, 2)) or sentence.after(i, 2) is not None and sentence.after(i, 2).lower in lex.INDEFINITE_PRONOUNS | {"it", "this", "that"}
    return (lower in lex.PREPOSITIONS or lower in lex.CONJUNCTIONS or lower in lex.SUBJECT_PRONOUNS
            or lower in {"away", "anyway", "already", "now", "too", "either"})


def _long_not_verb(word, after, closes, previous_is_been=False) -> bool:
    """'long' at a phrase's end that is not the verb, which takes 'for' or 'to' ("to long for
    home"): "stored to long at the back", "neglected to long.", "appeared to be to long."."""
    return word == "long" and closes and (after is None or after.lower not in {"for", "to"} or previous_is_been)


def _adverb_closes(sentence, i, previous) -> bool:
    """Whether the adverb in -ly after 'to' ends the phrase, so it cannot be a split infinitive's
    ("to quickly.", "to heavily on", "to closely linked with"; not "to gradually impose", "to
    recently released data", "according to reliably informed sources")."""
    if previous is not None and previous.lower in lex.TO_PREPOSITIONAL:
        return False  # "compared to previously"
    after = sentence.after(i, 2)
    if after is None:
        if sentence.gap(i + 1).strip() == "," and i + 2 < len(sentence.words):
            beyond = sentence.words[i + 2].lower
            if beyond in {"and", "or"} or beyond.endswith("ly"):
                return False  # "to gradually, and insidiously, impose" (BBC)
        return _punctuation_after(sentence, i + 1)
    lower = after.lower
    if lower in {"and", "or", "but"}:
        beyond = sentence.after(i, 3)
        return beyond is None or not beyond.lower.endswith("ly")  # not "to knowingly or recklessly make" (BBC)
    if lower in lex.PREPOSITIONS and lower != "to" or lower in lex.CONJUNCTIONS and lower != "than" or lower in lex.SUBJECT_PRONOUNS:
        return True  # "to heavily on", "to often when", "applied to strictly it would"
    if lower == "to":
        beyond = sentence.after(i, 3)
        return beyond is not None and (beyond.lower in lex.DETERMINERS or beyond.lower in lex.POSSESSIVES)  # "leaning to heavily to the military side"
    if lex.can_be(lower, "tT") and not lex.can_be(lower, "bN"):
        beyond = sentence.after(i, 3)
        return beyond is None and _punctuation_after(sentence, i + 2) or beyond is not None and (beyond.lower in lex.PREPOSITIONS or beyond.lower in {"up", "out", "down", "off", "and", "or"})
    return False


def _adjective_closes(sentence, i) -> bool:
    """Whether the word after 'to' (word ``i``) is an adjective whose phrase closes after it:
    punctuation, or a word that closes a degree ("becoming to mainstream.", "became to expensive
    for"); not one before a noun ("what he has become to ordinary voters")."""
    word = sentence.words[i + 1].lower
    if word in lex.QUANTIFIERS or not lex.can_be(word, "J") or lex.can_be(word, "DIP"):
        return False
    after = sentence.after(i, 2)
    return _punctuation_after(sentence, i + 1) if after is None else after.lower in _CLOSES_DEGREE


def _graded_participle_closes(sentence, k) -> bool:
    """Whether word ``k`` is an adjective in -ing that grades ("boring", not "walking") and its
    phrase closes after it, alone or joined to another adjective ("boring.", '"boring" and
    unfulfilling.'): after 'to' no gerund reads so ("committed to spending." is no such word)."""
    head = sentence.before(k - 1)
    if not lex.participial_adjective(sentence.words[k].lower) or head is not None and head.lower in lex.TO_PREPOSITIONAL:
        return False  # a gerund after a 'to' of its own: "looks forward to moving on with his life" (BBC)
    quotes = "\"”’'"
    after = sentence.after(k, through=quotes)
    if after is not None and after.lower in {"and", "or"}:
        other = sentence.after(k + 1)
        if other is None or not other.text.islower() or not lex.can_be(other.lower, "J") or lex.only(other.lower, "N"):
            return False
        k += 2
        after = sentence.after(k, through=quotes)
    return after is None and _punctuation_after(sentence, k) or after is not None and after.lower in _CLOSES_DEGREE - {"and", "or"}


def _adjective_preposition(sentence, k) -> bool:
    """Whether word ``k`` is a preposition an adjective of degree takes ("close to a container",
    "slow for"), not 'to' before a figure ("got to close to 5,000": 'reached nearly')."""
    word = sentence.after(k - 1)
    if word is None or word.lower not in lex.ADJECTIVE_PREPOSITIONS:
        return False
    beyond = sentence.after(k, through="$£€")
    return not (word.lower == "to" and (beyond is None or beyond.text[0].isdigit()))


def _range_before(sentence, i) -> bool:
    """A range ("from low to high", "ranging from blue at the lower end of the scale to red") or an
    idiom ("up to much") ends at 'to'."""
    previous = sentence.before(i)
    if previous is not None and (previous.lower in {"up", "amount", "amounts", "amounted"} or previous.lower in {"come", "came", "comes"}
                                 and sentence.after(i) is not None and sentence.after(i).lower in lex.QUANTIFIERS):
        return True  # "up to much", "come to little"; not "come to late to influence" (Reuters)
    following, after = sentence.after(i), sentence.after(i, 2)
    if after is not None and after.lower == "from" and following.lower not in lex.QUANTIFIERS and _adjective(sentence.after(i, 3)):
        return True  # "changed to unqualified from qualified" (Reuters); not "to deduce to much from it"
    if (previous is not None and previous.lower not in _INTENSIFIERS | _STRONG_INTENSIFIERS | _LINKING | lex.QUANTIFIERS
            and previous.lower not in lex.PARTICLE_OBJECT_VERBS and lex.degree_word(previous.lower, nouns=True)  # "away": a particle
            and lex.can_be(previous.lower, "J") and following is not None and lex.can_be(following.lower, "J")
            and not (previous.lower.endswith("ed") and lex.can_be(previous.lower, "t"))):
        # a range of degrees: "neutral to bearish on GM" (Reuters), "moderate to heavy"; not a verb's
        # past ("relied to much", "concerned to many", "deemed to brutal"), nor an adverb ("dishonest to often")
        return True
    for k in range(i - 1, max(-1, i - 13), -1):
        if sentence.gap(k).strip():
            return False  # punctuation between: another clause ("debt payments, "because circumstances change to quickly"")
        lower = sentence.words[k].lower
        if lower in {"from", "between"}:
            return True
        if lower == "to" or lex.only(lower, "V") or lex.PROGRESSIVE in lex.classes(lower) and (not lex.can_be(lower, "N") or lower.endswith("ing") and k == i - 1) or lower in _LINKING:
            return False  # "keeps galaxies from becoming to large", "from rising to quickly": a verb, not a range, follows 'from'
    return False


def _wh_before(sentence, i) -> bool:
    """A relative or question word earlier in the clause, which can strand a preposition: "what
    he objected to is", "the firm which he sold it to."; not one before a dash or a semicolon
    ("children who fight - adults do to.")."""
    if sentence.first(_WH) >= i:
        return False
    marks = sentence.memo("wh-and-breaks", _wh_and_breaks)
    k = bisect_right(marks, (i, -1)) - 1
    return k >= 0 and marks[k][1] == 1


def _wh_and_breaks(sentence) -> list[tuple[int, int]]:
    """The positions of relative words (1) and of clause breaks after a word (0), in order."""
    marks = []
    for k, word in enumerate(sentence.words):
        if word.lower in _WH:
            marks.append((k, 1))
        if k + 1 < len(sentence.words) and _CLAUSE_BREAK.search(sentence.gap(k)):
            marks.append((k, 0))
    return marks


def _adjective(word) -> bool:
    """An adjective that may modify a noun here; not a verb's past ("to optimistic and warned",
    "to expensive, said Mr Pollmann": Harper also calls "warned" and "said" adjectives)."""
    return (word is not None and lex.can_be(word.lower, "J") and not lex.only(word.lower, "N") and not lex.can_be(word.lower, "6")
            and word.lower not in lex.CLAUSE_VERBS and word.lower not in lex.DETERMINERS)  # not "to fast and some projects'


def _article(word) -> bool:
    return word is not None and word.lower in {"a", "an"}


def _verb_called_adjective(word: str) -> bool:
    """A verb's base form Harper also calls an adjective, with no sign of degree ("managed too
    gain": no "gainer", no adverb): after 'too' it is the infinitive's verb."""
    if not lex.can_be(word, "b") or lex.degree_word(word, verbs=True, nouns=True):
        return False
    forms = (word + "er", word + "r", word + word[-1:] + "er", word[:-1] + "ier")
    return not any(lex.COMPARATIVE in lex.classes(form) for form in forms)


def _object(sentence, i, previous) -> bool:
    """Whether the pronoun before 'too' ("it", "you") is the object of a verb before it."""
    before = sentence.before(i, 2)
    return previous.lower in lex.OBJECT_PRONOUNS and before is not None and lex.only(before.lower, "V")


def _title_case(sentence) -> bool:
    """A headline in title case, where capitals say nothing about names."""
    return sentence.memo("title-case", _count_title_case)


def _count_title_case(sentence) -> bool:
    words = [w for w in sentence.words if w.text[:1].isalpha() and len(w.text) > 3]
    return len(words) >= 2 and sum(w.text[0].isupper() for w in words) >= 0.6 * len(words)
