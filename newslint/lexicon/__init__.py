"""What newslint knows about English words, in one place every rule asks.

One module per kind of knowledge, each loading its data from
``newslint/data/lexicon/`` lazily and caching it for the process:

- ``pronunciation``: the first sound of a word (a/an), from CMU Pronouncing Dictionary data;
- ``frequency``: how common a word is, and which common word a rare token is a slip for;
- ``words``: English words of a standard dictionary (SCOWL size 60) that Harper's speller lacks;
- ``names``: given names and surnames (public-domain census statistics);
- ``dialects``: British/American spelling variants;
- ``confusables``: homophones and confusable pairs (to/too, its/it's, ...).

A rule's file says what it reports and why; these modules say what words are.
Every data file's source and licence is named in ``newslint/data/lexicon/SOURCES.md``
and in the README.
"""
