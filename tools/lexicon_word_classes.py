"""Build ``word_classes.tsv`` from Harper's curated dictionary (Apache-2.0).

Harper's ``harper-core/dictionary.dict`` lists each word with flags, and
``harper-core/annotations.json`` says what each flag means: a property (noun,
verb, adjective, past participle, ...) or an affix that derives more words
(``-s``, ``-ed``, ``-ing``, ``-er``, ``-ly``, ``un-``, ...) with their own word
classes. This script expands both into one line per lowercase word form:

    word<TAB>classes

where ``classes`` is a string of the one-letter codes below. Run it from a
checkout of Harper (https://github.com/Automattic/harper):

    python tools/lexicon_word_classes.py HARPER_CHECKOUT > newslint/data/lexicon/word_classes.tsv
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

# One letter per word class newslint asks about (see newslint.lexicon.confusables).
CODES = {
    "noun": "N", "plural": "9", "verb": "V", "lemma": "b", "preterite": "t", "participle": "T",
    "third": "h", "progressive": "6", "adjective": "J", "comparative": "c", "superlative": "u",
    "adverb": "R", "determiner": "D", "possessive": "5", "pronoun": "I", "subject": "s", "object": "o",
    "preposition": "P", "conjunction": "C", "auxiliary": "A", "linking": "l", "common": "~",
}


def classes_of(metadata: dict) -> set[str]:
    """The codes of one annotation's metadata."""
    out: set[str] = set()
    noun = metadata.get("noun")
    if noun is not None:
        out.add("N")
        if noun.get("is_plural"):
            out.add("9")
    verb = metadata.get("verb")
    if verb is not None:
        out.add("V")
        form = verb.get("verb_form")
        out.update({"LEMMA": "b", "PRETERITE": "t", "PAST_PARTICIPLE": "T", "THIRD_PERSON_SINGULAR": "h",
                    "PROGRESSIVE": "6", "PAST": "tT"}.get(form, ""))
        if verb.get("is_auxiliary"):
            out.add("A")
        if verb.get("is_linking"):
            out.add("l")
    adjective = metadata.get("adjective")
    if adjective is not None:
        out.add("J")
        out.update({"Comparative": "c", "Superlative": "u"}.get(adjective.get("degree"), ""))
    if metadata.get("adverb") is not None:
        out.add("R")
    determiner = metadata.get("determiner")
    if determiner is not None:
        out.add("D")
        if determiner.get("is_possessive"):
            out.add("5")
    pronoun = metadata.get("pronoun")
    if pronoun is not None:
        out.add("I")
        if pronoun.get("is_subject"):
            out.add("s")
        if pronoun.get("is_object"):
            out.add("o")
    if metadata.get("preposition"):
        out.add("P")
    if metadata.get("conjunction") is not None:
        out.add("C")
    if metadata.get("common"):
        out.add("~")
    return out


def expand(word: str, flags: str, annotations: dict) -> dict[str, set[str]]:
    """Every form ``word`` with ``flags`` stands for, with its classes."""
    base: set[str] = set()
    for flag in flags:
        prop = annotations["properties"].get(flag)
        if prop:
            base |= classes_of(prop.get("metadata", {}))
    for flag in flags:
        affix = annotations["affixes"].get(flag)
        if affix:
            base |= classes_of(affix.get("base_metadata", {}))
    if "V" in base and not base & set("btThn6"):
        base.add("b")  # a verb listed without a form is its lemma
    forms = {word: set(base)}
    for flag in flags:
        affix = annotations["affixes"].get(flag)
        if not affix:
            continue
        for rep in affix["replacements"]:
            cond, remove, add = rep["condition"], rep["remove"], rep["add"]
            if affix["kind"] == "suffix":
                if not re.search(f"(?:{cond})$", word) or (remove and not word.endswith(remove)):
                    continue
                form = word[: len(word) - len(remove)] + add
            else:
                if not re.match(cond, word):
                    continue
                form = add + word[len(remove):]
            derived: set[str] = set()
            targets = affix.get("target", [])
            for target in targets:
                wanted = target.get("if_base")
                if wanted and not classes_of(wanted) & base:
                    continue
                derived |= classes_of(target.get("metadata", {}))
            if not targets and affix["kind"] == "prefix":
                derived = set(base)  # "un-", "re-": a word of the same class
            # Suffixes without a class ("-ive", "-ment") are left out: applied blindly they
            # make false words ("g" + "-ive" would be an adjective "give").
            if derived:
                derived |= base & {"~"}
                forms.setdefault(form, set()).update(derived)
            break
    return forms


def main(harper: Path) -> None:
    annotations = json.loads((harper / "harper-core/annotations.json").read_text(encoding="utf-8"))
    table: dict[str, set[str]] = {}
    for line in (harper / "harper-core/dictionary.dict").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or "/" not in line:
            continue
        word, flags = line.split("/", 1)
        flags = flags.split()[0] if flags.split() else ""
        if " " in word or not word.islower():
            continue  # phrases and names: rules ask about single lowercase words
        for form, classes in expand(word, flags, annotations).items():
            if form.islower() and classes - {"~"}:
                table.setdefault(form, set()).update(classes)
    order = "".join(CODES.values())
    print("# word\tclasses (derived from Harper's dictionary; see tools/lexicon_word_classes.py and SOURCES.md)")
    for word in sorted(table):
        print(f"{word}\t{''.join(c for c in order if c in table[word])}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
