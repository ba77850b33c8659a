"""Built-in Python rules: one line per rule, ``module:attribute``.

A rule's file is its id: ``grammar/repeated-word`` lives in
``newslint/checks/grammar/repeated_word.py``. To add a rule, add its file
and one line here; its examples become tests automatically. An attribute
may also be a list of rules (a family that shares one engine, such as the
Harper-backed rules).
"""

BUILTIN_RULES = [
    # -- foundation ------------------------------------------------------------------------
    "newslint.checks.grammar.repeated_word:RepeatedWord",
    "newslint.checks.punctuation.missing_space_after_comma:MissingSpaceAfterComma",
    "newslint.checks.metadata.invalid_front_matter:InvalidFrontMatter",
    "newslint.checks.metadata.unreadable_encoding:UnreadableEncoding",
    # -- language: engines, spelling, grammar, punctuation ---------------------------------
    # -- language: casing and consistency --------------------------------------------------
    # -- journalism: attribution and sourcing ----------------------------------------------
    # -- journalism: seo, artifacts, structure, metadata, readability ----------------------
]
