"""When 'to' can only be 'too': what the preposition or the infinitive's marker needs after it.

'To' governs a noun phrase or a verb. Before a word of degree whose phrase closes after it
("listings to costly.", "to early to say", "far to large a plant"), a quantity with no head that
takes 'to' ("relied to much on", "to many of the targets will be missed"), a finite verb or a
modal ("this to is", "Baker to had urged") it was 'too'. :func:`judge_to` says which; a 'to'
before punctuation is judged in :mod:`.to_clause_end`, and what the words before 'to' ask for in
:mod:`.to_heads`.
"""

from __future__ import annotations

from newslint.checks.grammar.confusable import Verdict, finite_verb
from newslint.checks.grammar.phrase_shapes import adjective, determined, indefinite_article, punctuation_after, title_case
from newslint.checks.grammar.to_clause_end import to_at_clause_end
from newslint.checks.grammar.to_heads import degree_cue, parallel_too, range_before, verb_without_to, wh_before
from newslint.lexicon import confusables as lex
from newslint.lexicon import degree


def judge_to(sentence, i):
    """'to' for 'too': where 'to' has nothing to govern, a preposition's noun phrase or an infinitive's verb."""
    following = sentence.after(i)
    previous = sentence.before(i)
    if following is None:
        if punctuation_after(sentence, i):
            return to_at_clause_end(sentence, i, previous)
        quoted = sentence.after(i, through="\"“‘'")
        if quoted is None or not quoted.text.islower():
            return None
        if lex.degree_word(quoted.lower) and punctuation_after(sentence, i + 1) or _graded_participle_closes(sentence, i + 1):
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
    if previous is not None and previous.lower in {"me", "us", "him", "them"} and word in {"because", "although", "though", "while", "since", "unless", "but"}:
        return Verdict("too", False, "'to' has nothing to govern here")  # "a rarity for me to because I"
    if previous is not None and previous.lower in degree.SUBJECTS and not title_case(sentence):
        return Verdict("too", True, f"'to' cannot follow the subject '{previous.text}'")  # "they to face"
    if word in degree.MODALS_AFTER_TO and following.text.islower() and previous is not None and not wh_before(sentence, i) and (
            previous.text[0].isupper() and not previous.sentence_start or previous.lower in {"this", "that", "these", "those"}):
        # not after a noun, which may end a clause that strands 'to': "the site it would lead users to could be" (BBC)
        return Verdict("too", True, f"'to' cannot stand before '{following.text}'")  # "Baker to had urged", "these to would have"
    if word in degree.FINITE_AFTER_TO and not wh_before(sentence, i) and not (
            previous is not None and lex.can_be(previous.lower, "V") and not determined(sentence, i - 1)):
        # not a stranded preposition after its verb: "the person you are referring to is" (BBC)
        return Verdict("too", False, f"'to' cannot stand before '{following.text}'")  # "this to is", "Samsung to has"
    if previous is not None and previous.lower in lex.BECOME and following.text.islower() and _adjective_closes(sentence, i):
        return Verdict("too", True, f"'{previous.text}' takes no 'to'")  # "the festival is becoming to mainstream."
    if following.text.islower() and _graded_participle_closes(sentence, i + 1):
        # "was to boring.", "politics to boring and unfulfilling"; not "switched to walking and cycling"
        certain = degree_cue(sentence, i, previous) in {"linking", "strong", "intensifier", "hedge"}
        return Verdict("too", certain, f"'{following.text}' takes 'too' here" if certain else "")
    if "-" in word and not lex.known(word) and not lex.can_be(word.rsplit("-", 1)[1], "VtT"):
        word = word.rsplit("-", 1)[1]  # a compound the dictionary lacks is graded by its head: "to self-critical for"
    if not following.text.islower() or not lex.degree_word(word, verbs=True, nouns=True) or range_before(sentence, i):
        return None  # "to cut", "to China", "to European and"; "from low to high"
    after = sentence.after(i, 2)
    if after is None:
        closes = punctuation_after(sentence, i + 1) and not _list_goes_on(sentence, i + 1)
    elif (word in degree.PHRASE_ADVERBS and (after.lower in lex.PREPOSITIONS or after.lower in {"before", "after", "since"}) and after.lower != "for"
          and (word != "long" or after.lower in {"before", "after", "since"})
          and (degree_cue(sentence, i, previous) not in {"linking", "verb"} or word == "long")):
        closes = False  # an adverb before a phrase: "compared to well over 50%" (BBC), "to long before"
    elif after.lower in {"away", "apart", "ahead", "behind"}:
        beyond = sentence.after(i, 3)  # "to far away from the action"; not "to far away places"
        closes = beyond is None and punctuation_after(sentence, i + 2) or beyond is not None and beyond.lower in lex.PREPOSITIONS
    else:
        closes = after.lower in degree.CLOSES_DEGREE or after.lower in degree.MODALS_AFTER_TO  # "lowering rates to fast could jeopardise"
    if not closes and after is not None and after.lower == "of" and degree_cue(sentence, i, previous) == "strong":
        closes = True  # "too comfortable or to sure of victory", "far to fond of"
    if not closes and after is not None and degree_cue(sentence, i, previous) == "linking" and (
            lex.can_be(after.lower, "tT") and not lex.only(after.lower, "N") or not lex.can_be(after.lower, "N") and lex.can_be(after.lower, "J") and sentence.after(i, 3) is not None and sentence.after(i, 3).lower == "to"):
        closes = True  # a participle or "relative to" after the adjective: "wages were to high given", "the rate is to high relative to corn"
    if closes and after is not None and after.lower in {"and", "or"} and adjective(sentence.after(i, 3)) and _noun_follows(sentence, i + 3):
        closes = False  # "support to small and medium sized businesses" (BBC): adjectives of one noun
    if word == "long" and after is not None and after.lower == "ago":
        return Verdict("too", True, "'long ago' takes 'too'")  # "not to long ago"
    infinitive = word not in lex.TO_GOVERNORS and after is not None and after.lower == "to" and (sentence.after(i, 3) is None or lex.can_be(sentence.after(i, 3).lower, "b"))
    cue = degree_cue(sentence, i, previous or sentence.before(i, through="\"“‘"))  # 'there were "to many loopholes'
    if previous is not None and previous.lower in lex.GET and lex.common_verb(word) and _adjective_preposition(sentence, i + 2):
        return Verdict("too", False)  # "border guards get to close to a container"; not "get to close the deal"
    if previous is not None and previous.lower in lex.INFINITIVE_VERBS and lex.used_as_verb(word) and cue != "strong":
        return None  # the infinitive of a verb that takes one: "the franc continued to firm against the mark" (Reuters)
    if word in lex.QUANTIFIERS:
        # "spoke to many.", "a lot to many", "amount to little": a pronoun after a preposition
        if cue in {"strong", "intensifier", "preposition"} or infinitive or after is not None and after.lower == "of" and indefinite_article(sentence.after(i, 3)):
            return Verdict("too", True, f"'{following.text}' takes 'too' here")  # "far to many", "to much of a gap"
        if cue in {"linking", "hedge"}:
            return Verdict("too", False)  # "there's to much stress", "surely to little time"
        return _quantity(sentence, i, previous, word, after)
    if lex.only(word, "R") and cue != "strong" and not _adverb_closes(sentence, i, previous):
        return None  # a split infinitive: "to gradually, and insidiously, impose", "to knowingly or recklessly make" (BBC)
    if lex.common_verb(word) and word not in degree.SELDOM_VERBS and not _long_not_verb(word, after, closes, previous is not None and previous.lower == "been") and cue not in {"strong", "preposition"} and not (word == "long" and cue == "duration") and not (
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


def _list_goes_on(sentence, i) -> bool:
    """A comma after word ``i`` and another adjective after it: "access to legal, emotional and
    practical advice", "to big, strong centre-halves" (BBC)."""
    if sentence.gap(i).strip() != "," or i + 1 >= len(sentence.words):
        return False
    following = sentence.words[i + 1]
    if not adjective(following):
        return False
    beyond = sentence.after(i + 1)  # a participle before a preposition opens a phrase: "to be to high, based on" (Reuters)
    return not (lex.can_be(following.lower, "tT") and beyond is not None and beyond.lower in lex.PREPOSITIONS)


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
    if parallel_too(sentence, i):
        return Verdict("too", True, "as in the 'too' beside it")  # "to little, too late", "too complex and raised to many"
    if verb_without_to(sentence, i, lex.TO_PHRASE_VERBS):
        return Verdict("too", True, f"'{previous.text}' takes no 'to'")  # "spends to much time", "relied to much on"
    verb = sentence.before(i, 2)
    if word in {"much", "little"} and previous is not None and verb is not None and verb.lower in lex.PARTICLE_OBJECT_VERBS.get(previous.lower, ()):
        return Verdict("too", True, f"'{word}' is the object of '{verb.text} {previous.text}'")  # "giving away to much of the plot"
    if previous is not None and previous.lower in {"have", "has", "had", "having"}:
        return Verdict("too", True, f"'{previous.text} to' needs a verb")  # "the government had to much freedom"
    if word == "much" and _phrase_ends(sentence, i + 1) and not range_before(sentence, i) and previous is not None and previous.lower not in {"add", "adds", "added"}:
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


def _phrase_ends(sentence, i) -> bool:
    """Whether the phrase of word ``i`` closes after it: punctuation, a preposition other than
    'of', a conjunction, a subject pronoun or an adverb ("much on", "much, critics", "much I
    think", "much away")."""
    after = sentence.after(i)
    if after is None:
        return punctuation_after(sentence, i)
    lower = after.lower
    if lower == "of":
        return indefinite_article(sentence.after(i, 2)) or sentence.after(i, 2) is not None and sentence.after(i, 2).lower in lex.INDEFINITE_PRONOUNS | {"it", "this", "that"}
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
        return punctuation_after(sentence, i + 1)
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
        return beyond is None and punctuation_after(sentence, i + 2) or beyond is not None and (beyond.lower in lex.PREPOSITIONS or beyond.lower in {"up", "out", "down", "off", "and", "or"})
    return False


def _adjective_closes(sentence, i) -> bool:
    """Whether the word after 'to' (word ``i``) is an adjective whose phrase closes after it:
    punctuation, or a word that closes a degree ("becoming to mainstream.", "became to expensive
    for"); not one before a noun ("what he has become to ordinary voters")."""
    word = sentence.words[i + 1].lower
    if word in lex.QUANTIFIERS or not lex.can_be(word, "J") or lex.can_be(word, "DIP"):
        return False
    after = sentence.after(i, 2)
    return punctuation_after(sentence, i + 1) if after is None else after.lower in degree.CLOSES_DEGREE


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
    return after is None and punctuation_after(sentence, k) or after is not None and after.lower in degree.CLOSES_DEGREE - {"and", "or"}


def _adjective_preposition(sentence, k) -> bool:
    """Whether word ``k`` is a preposition an adjective of degree takes ("close to a container",
    "slow for"), not 'to' before a figure ("got to close to 5,000": 'reached nearly')."""
    word = sentence.after(k - 1)
    if word is None or word.lower not in lex.ADJECTIVE_PREPOSITIONS:
        return False
    beyond = sentence.after(k, through="$£€")
    return not (word.lower == "to" and (beyond is None or beyond.text[0].isdigit()))
