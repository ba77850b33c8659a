"""Build ``newslint/data/lexicon/harper_words.txt.gz``: the words Harper's speller knows, per dialect.

newslint asks Harper's speller yes/no questions about single words (``misspelled_in``);
building a ``harper.Linter`` for that costs about a second of cold start. This list lets
``newslint.lexicon.harper_words`` answer them with a set lookup.

Where the words come from: the curated dictionary harper-py embeds (harper-core's
``dictionary.dict`` and ``annotations.json``, Apache-2.0). harper-py has no word export,
but harper-core includes both files verbatim (``include_str!``) in the extension module,
so they are read from the installed ``_harper`` binary: exactly the dictionary of the
installed version (harper-py 0.2.0 bundles harper-core 2.13.0). A Harper checkout can be
given instead (``--harper DIR``). Each entry is expanded with its affix rules as
harper-core's ``AttributeList::expand_annotated_word`` does (every matching replacement,
cross products through the opposite affix kind), plus the capitalised and upper-case forms
of every lowercase word, since the rules ask about words as written, lowercased and
capitalised. Only letters-only forms are kept: the only questions the rules ask.

Every candidate is then VERIFIED with harper-py itself, through newslint's own question
(``newslint.engines.harper._ask``: the same ``is_likely_english`` pre-test and SpellCheck
batch), in each dialect newslint maps; only the words Harper knows are written. So a word
in the list is known by construction. Whether the list is complete (every word Harper
knows is in it) is measured by ``--measure``: every distinct letters-only token of the
given corpora, as written, lowercased and capitalised, asked of Harper and of the list.

File format (gzip, UTF-8 lines): ``# `` header lines (the first stamps the harper-py
version), then the words every dialect knows, one a line; after ``#partial``, words known
in some dialects only, ``word<TAB>dialect letters``; after ``#not-by-case``, capitalised or
upper-case forms of listed lowercase words that Harper does not know, with their dialects.

    python tools/lexicon_harper_words.py                        # writes the data file (~4 min CPU; under the CPU lock)
    python tools/lexicon_harper_words.py --measure CORPUS.jsonl ...  # completeness over corpora
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslint.lexicon import harper_words  # noqa: E402  (after the path: run from a checkout)

OUTPUT = ROOT / "newslint" / "data" / "lexicon" / "harper_words.txt.gz"
_DICTIONARY_START = b"# Start of original dictionary import"
_ANNOTATIONS_START = b'{\n\t"affixes"'


def embedded_sources() -> tuple[str, dict]:
    """harper-core's dictionary.dict and annotations.json as compiled into the installed harper-py."""
    import harper

    binary = next(Path(harper.__file__).parent.glob("_harper*.so")).read_bytes()
    header = binary.index(_DICTIONARY_START)
    # The file opens with its item count on a line of its own ("54900\n\n# Start ..."),
    # right after the previous string constant, which may end in letters: take the digits.
    count_line = binary.rindex(b"\n\n", 0, header)
    start = count_line
    while binary[start - 1 : start].isdigit():
        start -= 1
    end = binary.index(_ANNOTATIONS_START, header)
    annotations, _ = json.JSONDecoder().raw_decode(binary[end : end + 4_000_000].decode("utf-8", "replace"))
    return binary[start:end].decode("utf-8"), annotations


def checkout_sources(harper_dir: Path) -> tuple[str, dict]:
    core = harper_dir / "harper-core"
    return (core / "dictionary.dict").read_text(encoding="utf-8"), json.loads((core / "annotations.json").read_text(encoding="utf-8"))


def parse_word_list(source: str) -> list[tuple[str, str]]:
    """(letters, annotation characters) per entry, as harper-core's ``parse_word_list`` reads them."""
    entries = []
    for line in source.splitlines()[1:]:  # the first line is the item count
        if not line or line.startswith("#"):
            continue
        entry = line.split("#", 1)[0].rstrip()
        word, _, flags = entry.partition("/")
        entries.append((word, flags))
    return entries


def _condition(text: str) -> re.Pattern:
    """A Hunspell-style fixed-length condition ('.', '[^ey]', 'y') as a regex over that many characters."""
    return re.compile(text)


def _replace(word: str, replacement: dict, kind: str) -> str | None:
    condition, remove, add = replacement["condition"], replacement["remove"], replacement["add"]
    pattern = _condition(condition)
    width = len(re.sub(r"\[[^\]]*\]", ".", condition))
    if width > len(word):
        return None
    if kind == "suffix":
        if not pattern.fullmatch(word[len(word) - width :]) or not word.endswith(remove):
            return None
        return word[: len(word) - len(remove)] + add
    if not pattern.fullmatch(word[:width]) or not word.startswith(remove):
        return None
    return add + word[len(remove) :]


def expand(word: str, flags: str, annotations: dict, forms: set[str]) -> None:
    """Add to ``forms`` every form harper-core derives from ``word`` with ``flags``."""
    affixes, properties = annotations["affixes"], annotations["properties"]
    for flag in flags:
        affix = affixes.get(flag)
        if affix is None:
            continue
        derived = {form for rep in affix["replacements"] if (form := _replace(word, rep, affix["kind"])) is not None}
        if affix.get("cross_product"):
            opposite = [f for f in flags if f in properties and (affix["kind"] == "prefix" or properties[f].get("propagate"))]
            opposite += [f for f in flags if f in affixes and (affixes[f]["kind"] == "prefix") != (affix["kind"] == "prefix")]
            for form in derived:
                expand(form, "".join(opposite), annotations, forms)
        else:
            forms.update(derived)
    forms.add(word)


def candidates(source: str, annotations: dict) -> set[str]:
    """Letters-only forms of the dictionary, with the capitalised and upper-case forms of lowercase ones."""
    forms: set[str] = set()
    for word, flags in parse_word_list(source):
        expand(word, flags, annotations, forms)
    words = {form for form in forms if form.isalpha()}
    return words | {case for form in words if form.islower() for case in (form.capitalize(), form.upper())}


def harper_knows(words: set[str], dialect: str) -> set[str]:
    """Those of ``words`` harper-py's speller knows in ``dialect``, asked exactly as newslint asks."""
    from newslint.engines import harper

    ordered = sorted(words)
    known = set()
    with harper._LOCK:
        for start in range(0, len(ordered), harper._BATCH):
            answers = harper._ask(ordered[start : start + harper._BATCH], dialect)
            known.update(word for word, answer in answers.items() if answer is None)
    return known


def build(source: str, annotations: dict) -> str:
    asked = candidates(source, annotations)
    print(f"{len(asked):,} candidates", file=sys.stderr)
    known: dict[str, str] = {}
    for dialect, letter in harper_words.DIALECT_LETTERS.items():
        started = time.process_time()
        for word in harper_knows(asked, dialect):
            known[word] = known.get(word, "") + letter
        print(f"  verified in {dialect}: {time.process_time() - started:.0f} s CPU", file=sys.stderr)
    every = "".join(harper_words.DIALECT_LETTERS.values())
    lowercase = {word for word in known if word.islower()}
    not_by_case = {}
    for word in lowercase:
        for case in (word.capitalize(), word.upper()):
            missing = "".join(letter for letter in known[word] if letter not in known.get(case, ""))
            if missing and case != word:
                not_by_case[case] = missing
    # A capitalised or upper-case form is implied by its lowercase one (harper_words.known): not written.
    implied = {case for word in lowercase for case in (word.capitalize(), word.upper()) if case != word and case in known
               and set(known[case]) <= set(known[word])}
    written = {word: letters for word, letters in known.items() if word not in implied}
    lines = [f"# harper-py {version('harper-py')}", "# the words Harper's speller knows, verified with harper-py; "
             "derived from Harper's dictionary (Apache-2.0, Automattic); see SOURCES.md",
             "# dialects: " + " ".join(f"{letter}={dialect}" for dialect, letter in harper_words.DIALECT_LETTERS.items())]
    lines += sorted(word for word, letters in written.items() if letters == every)
    lines.append("#partial")
    lines += sorted(f"{word}\t{letters}" for word, letters in written.items() if letters != every)
    lines.append("#not-by-case")
    lines += sorted(f"{word}\t{letters}" for word, letters in not_by_case.items())
    print(f"{len(known):,} known forms, {len(written):,} written, {len(not_by_case):,} not by case", file=sys.stderr)
    return "\n".join(lines) + "\n"


_TOKEN = re.compile(r"[^\W\d_]+")


def corpus_questions(paths: list[Path]) -> set[str]:
    """Every distinct letters-only token of the corpora, as written, lowercased and capitalised."""
    tokens: set[str] = set()
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                tokens.update(_TOKEN.findall(record.get("text", "") + "\n" + (record.get("title") or "")))
    return {case for token in tokens for case in (token, token.lower(), token.capitalize())}


def measure(paths: list[Path], dialects: list[str]) -> None:
    """Print, per dialect, the corpus questions where the list and Harper disagree."""
    questions = corpus_questions(paths)
    print(f"{len(questions):,} distinct questions (tokens as written, lowercased, capitalised)")
    for dialect in dialects:
        known = harper_knows(questions, dialect)
        listed = {word for word in questions if harper_words.answer(word, dialect, authoritative=True)}
        misses, wrong = sorted(known - listed), sorted(listed - known)
        print(f"  {dialect}: Harper knows {len(known):,}; list lacks {len(misses):,} {misses[:30]}; "
              f"list knows {len(wrong):,} Harper rejects {wrong[:30]}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--harper", type=Path, help="a Harper checkout to read instead of the installed harper-py")
    parser.add_argument("--measure", type=Path, nargs="+", help="JSON Lines corpora: measure the shipped list's completeness")
    parser.add_argument("--dialects", default=",".join(harper_words.DIALECT_LETTERS))
    args = parser.parse_args()
    if args.measure:
        measure(args.measure, args.dialects.split(","))
        return
    source, annotations = checkout_sources(args.harper) if args.harper else embedded_sources()
    OUTPUT.write_bytes(gzip.compress(build(source, annotations).encode("utf-8"), 9, mtime=0))
    print(f"wrote {OUTPUT} ({OUTPUT.stat().st_size:,} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()
