"""Offices and jobs: the words that stand before a person's name ("Mayor Sadiq Khan", "coach Eddie Jones").

Word knowledge several rules share: casing/title-before-name decides whether a title before a
name is capitalised as AP and BBC style want it, casing/lowercase-name leaves those words to
it, and grammar/who-s-whose reads "who's chairman" as "who is". Hand-collected from AP and
BBC style and measured on BBC and Reuters news (the counts are in the comments).
"""

from __future__ import annotations

#: Formal titles that AP capitalises directly before a name ("President Xi Jinping").
#: Job descriptions ("coach", "astronaut", "spokesman", "chief executive") are not here.
SINGLE_TITLES = frozenset({
    "president", "premier", "chancellor", "king", "queen", "prince", "princess", "pope", "senator",
    "governor", "mayor", "ambassador", "emperor", "empress", "sultan", "emir", "sheikh", "ayatollah",
    "cardinal", "archbishop", "vice-president", "secretary-general",
    # local and national offices
    "councillor", "councilman", "councilwoman", "alderman", "judge", "commissioner", "sheriff",
    "congressman", "congresswoman", "assemblyman", "assemblywoman", "bishop", "rabbi",
})
#: Two-word titles, as (first, second).
DOUBLE_TITLES = frozenset({
    ("prime", "minister"), ("vice", "president"), ("crown", "prince"), ("chief", "justice"),
    ("attorney", "general"), ("first", "minister"), ("chief", "minister"), ("secretary", "general"),
    ("lieutenant", "governor"), ("district", "attorney"), ("chief", "constable"), ("police", "commissioner"),
})
#: Titles capitalised before a name even in house styles that lowercase most titles. Measured on
#: BBC news (capitalised/lowercase before a name): prime minister 64/2, chancellor 29/2, home
#: secretary 25/0, foreign secretary 24/0, every "<department> secretary" 60/1; Reuters: prime
#: minister 314/11, treasury secretary 226/1. BBC lowercases "<department> minister" (20/31) and
#: often "president" after a country (59/16), so those need the article's own capitals.
ALWAYS_CAPITALISED = frozenset({"prime minister", "chancellor"})
ALWAYS_CAPITALISED_HEADS = frozenset({"secretary"})
#: "<department> minister" and "<department> secretary" are formal titles: "Foreign Minister Wang Yi".
DEPARTMENTS = frozenset({
    "foreign", "finance", "defence", "defense", "interior", "trade", "economy", "health", "education",
    "culture", "justice", "energy", "environment", "agriculture", "industry", "labour", "labor",
    "transport", "oil", "petroleum", "home", "treasury", "commerce", "housing", "sports", "tourism",
    "information", "communications", "science", "economic", "security", "immigration",
})
TITLE_HEADS = frozenset({"minister", "secretary"})
#: Every word that can be part of a formal title.
TITLE_WORDS = SINGLE_TITLES | {w for pair in DOUBLE_TITLES for w in pair} | TITLE_HEADS | {"vice"}
#: Job descriptions, lowercase before a name in every style: "Finance Committee chairman Lloyd Bentsen".
JOB_WORDS = frozenset({
    "chairman", "chairwoman", "chair", "director", "chief", "executive", "spokesman", "spokeswoman",
    "spokesperson", "leader", "head", "manager", "coach", "captain", "general", "officer",
    "analyst", "economist", "editor", "founder", "owner", "boss", "striker", "midfielder", "defender",
    "goalkeeper", "singer", "actor", "actress", "star", "champion", "player", "author", "writer",
})


def is_office(word: str) -> bool:
    """A word of a formal title or a job description, in lowercase, or its plural ("mayor",
    "chief", "coach", "princes William and Harry")."""
    return any(
        form in TITLE_WORDS or form in JOB_WORDS
        for form in (word, word[:-1] if word.endswith("s") else None, word[:-2] if word.endswith("es") else None)
        if form
    )
