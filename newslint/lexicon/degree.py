"""Words that signal a degree, or its absence, around 'to' and 'too' ("was to high", "far to
many", "they to face"): the closed classes the to/too rule asks about, by hand, each with the
slip it decides. What a word's classes are comes from :mod:`newslint.lexicon.confusables`.
"""

from __future__ import annotations

from newslint.lexicon import confusables as lex

#: "to" can only be "too" between a linking verb and a word of degree ("the price was to high").
LINKING = {
    "is", "are", "was", "were", "be", "been", "being", "am", "seems", "seemed", "seem", "became", "become",
    "felt", "feel", "feels", "looks", "looked", "sounds", "sounded", "got", "get", "gets", "getting",
    "becoming", "becomes", "remain", "remains", "remained", "proved", "proves", "appears", "appeared", "grew",
    # contracted and negated forms: "it wasn't to hectic", "it's to late"
    "isn't", "wasn't", "aren't", "weren't", "it's", "that's", "there's", "he's", "she's", "they're", "we're", "you're", "i'm",
}
#: Verbs after which an adjective may follow (beyond the linking verbs): "turned too PC", "went too far".
ADJECTIVE_VERBS = LINKING | {
    "seem", "appear", "appears", "look", "sound", "sounds", "prove", "proven", "stay", "stays", "stayed",
    "grow", "grows", "grown", "turn", "turns", "turned", "go", "goes", "went", "gone", "come", "comes", "came",
    "fall", "falls", "fell", "run", "runs", "ran", "end", "ends", "ended", "make", "makes", "made",
    "keep", "keeps", "kept", "leave", "leaves", "left", "find", "finds", "found", "deem", "deemed", "consider",
    "considered", "think", "thought", "call", "called", "rule", "ruled", "judge", "judged", "seen", "viewed",
}
#: Words of degree before 'too' ("far too high", "all too often", "a bit too similar", "still too early").
INTENSIFIERS = {"far", "way", "all", "just", "simply", "slightly", "bit", "rather", "still", "altogether", "only", "not", "little"}
#: What may follow "too" + a degree word and close its phrase: "to late.", "to costly for", "to early in".
CLOSES_DEGREE = lex.PREPOSITIONS - {"of", "to"} | lex.CONJUNCTIONS - {"than", "like"} | {"to", "ago", "now", "already", "anyway"}
#: Adverbs of opinion that stand before 'too' and its adjective at a phrase's end ("perhaps too
#: conservative for", "surely too little"); not before a verb ("perhaps to close the gap"), which
#: the guards for verbs keep.
HEDGES = {"perhaps", "maybe", "probably", "possibly", "surely", "certainly", "arguably", "clearly"}
#: Intensifiers that ask for a degree even of a word that is also a verb ("far to slow"); not "still",
#: "just", "only", "not" ("still to close", "just to clear the way", "not to slow growth": infinitives).
STRONG_INTENSIFIERS = {"far", "way", "bit", "slightly", "rather", "altogether"}  # not "all": "all to blame" (human news)
#: Prepositions that never stand before 'to': "for to long", "before to long" are "too".
NO_TO_AFTER = {"for", "of", "with", "at", "by", "before", "during", "without", "among", "despite", "within"}
#: Verbs that take a length of time, after which "to long" is "too long" ("took to long", "lasted to long").
DURATION = {"take", "takes", "took", "taken", "taking", "last", "lasts", "lasted", "lasting", "wait", "waited", "waiting", "stay", "stayed", "stays"}
#: Subjects after which 'to' cannot stand: "they to face pressure" is "they too".
SUBJECTS = {"he", "she", "we", "they"}
#: Finite verbs that no 'to' can govern: "this to is", "Samsung to has" ("to have", "to be" are infinitives).
FINITE_AFTER_TO = {
    "is", "are", "was", "were", "has", "had", "does", "did", "isn't", "aren't", "wasn't", "weren't", "hasn't",
    "hadn't", "doesn't", "didn't", "says", "said",
}
#: Modals no 'to' can govern: "Baker to had urged", "these to would have", "Shultz to may have".
MODALS_AFTER_TO = {"would", "could", "should", "might", "must", "will", "may", "shall", "won't", "wouldn't", "couldn't", "shouldn't"}
#: Words before a 'to' inside a compound that ask for a degree ("not-to-distant", "all-to-common").
BEFORE_TOO_IN_COMPOUNDS = {"not", "non", "all", "far", "much", "way", "none", "only"}
#: After "too" these start a clause-final adverbial, not the noun phrase "to" would take:
#: "he scored too this season", "she came too, and".
PLACE = {"here", "there", "now", "also", "then"}
#: Number words: "five too six years" is "to".
NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "hundred"}
#: Endings of nationalities, adjectives after 'too' though capitalised ("ruled too American").
NATIONALITY_ENDINGS = ("ian", "ean", "can", "ish", "ese", "ch", "qi", "ni", "ki")
#: Degree words that are seldom verbs, though "fasting" is common: after 'to' and before the
#: phrase's end they are 'too' ("grew to fast in the first quarter"; one "began to fast" in all
#: the corpora, which the verb that takes an infinitive keeps silent).
SELDOM_VERBS = {"fast"}
#: Adverbs that modify a phrase after them: "compared to well over 50%" (BBC), "up to long before"
#: ("to early in the crop cycle", "to quickly in" are 'too').
PHRASE_ADVERBS = {
    "well", "long", "shortly", "soon", "just", "right", "straight", "way", "slightly", "somewhat", "marginally",
    "fractionally", "nearly", "almost", "barely", "roughly", "partly", "largely", "mainly", "mostly", "even",
}  # "fall to slightly below 100 yen", "near to slightly above normal" (Reuters)
#: Quantities and degree words that 'too' takes before anything ("too much", "too often", "too long").
TOO_QUANTIFIERS = {"much", "many", "few", "little", "more", "less", "often", "long", "far"}
