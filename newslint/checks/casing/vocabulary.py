"""Context words the casing rules share: what stands around a name in news copy.

Offices and jobs ("mayor", "coach") are word knowledge other rules need too: they live in
``newslint.lexicon.offices``.
"""

from __future__ import annotations

#: Particles that names keep lowercase: "van der Berg", "bin Laden", "de Gaulle", "al-Assad".
NAME_PARTICLES = {
    "van", "von", "der", "den", "de", "des", "del", "della", "di", "da", "das", "dos", "du", "la", "le", "bin",
    "ibn", "al", "el", "ul", "ter", "ten", "op", "zu", "y", "e", "of", "and", "the", "for", "on", "in",
    "at", "to", "a", "an", "mac", "bint", "abu", "dal", "dalla", "delle", "degli", "lo", "af", "av",
}
#: Words that describe a place without being part of its name: "south Wales", "central London".
DESCRIPTIVE = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "north-east",
    "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest", "upper",
    "lower", "inner", "outer", "greater", "downtown", "rural", "coastal", "former", "old", "new",
}
#: Prefixes joined to a name by a hyphen and written lowercase: "anti-American", "mid-July".
PREFIXES = {
    "anti", "pro", "non", "ex", "post", "pre", "mid", "neo", "pan", "trans", "inter", "intra", "sub",
    "super", "ultra", "semi", "quasi", "cross", "all", "un", "re", "co", "de", "multi", "bi", "tri",
    "counter", "over", "under", "out", "self", "vice", "half", "part", "full", "far", "near", "extra",
    "pseudo", "proto", "mini", "micro", "macro", "mega", "arch", "late", "early", "then", "much",
    "well", "new", "old", "so", "x", "e", "i",
}
#: Words before a lowercase title that make it a description, not a formal title:
#: "former president Bill Clinton", "the company's president", "shadow chancellor".
NOT_FORMAL_BEFORE = {
    "former", "late", "then", "ex", "future", "would-be", "acting", "interim", "outgoing", "incoming",
    "deputy", "shadow", "junior", "assistant", "senior", "fellow", "next", "new", "first", "last",
    "the", "a", "an", "its", "his", "her", "their", "our", "your", "my", "this", "that", "whose", "every",
    "each", "any", "another", "which", "as", "elected", "sitting", "previous", "current", "one-time",
    "longtime", "long-time", "onetime", "founding", "honorary", "titular", "ceremonial", "de", "facto",
    "deposed", "ousted", "exiled", "slain", "assassinated", "disgraced", "embattled",
    # an organisation's head, not a state title: "central bank president", "club chairman"
    "bank", "company", "firm", "party", "union", "club", "federation", "association", "committee",
    "council", "fund", "board", "group", "league", "university", "college", "agency", "commission",
    "corporation", "society", "institute", "foundation", "chamber", "exchange", "team",
}
#: Capitalised words after a title that show a name of a thing, not a person: "Premier League".
NOT_PERSONS = {
    "league", "leagues", "cup", "inn", "division", "club", "group", "hotel", "street", "road", "avenue",
    "park", "party", "day", "house", "office", "council", "palace", "cabinet", "administration", "foods",
    "oil", "motors", "bank", "prize", "award", "awards", "estate", "lodge", "building", "hall", "place",
    "square", "bridge", "college", "school", "university", "edition", "class", "mother", "consort",
    "regent", "emeritus", "elect",
}
#: Honorifics: "mayor Mr Livingstone" is BBC house style, not a capitalisation slip.
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "rev", "mx"}
#: Abbreviated countries that may stand before a title: "US President George W Bush".
COUNTRY_ABBREVIATIONS = {"US", "UK", "UAE", "USSR", "PRC", "ROK", "DPRK", "EU", "UN"}
#: Ordinary words that open a sentence before a title: "Later, foreign minister…" without the comma.
SENTENCE_OPENERS = {
    "later", "earlier", "and", "but", "meanwhile", "yesterday", "today", "tomorrow", "also", "when", "after",
    "before", "while", "on", "in", "at", "with", "by", "for", "since", "during", "under", "visiting",
    "separately", "afterwards", "there", "here", "so", "yet", "now",
}
