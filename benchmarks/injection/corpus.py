"""Clean professional news from ``../shared/corpus/``, split into blocks, sampled with a seed.

The corpora are research-only: they are read in place and never copied into
the project. When one is absent it is skipped with a message on stderr.

- BBC News (2004-05): paragraphs are separated by blank lines in ``text``.
- human news (``ai_vs_human_news``): each text is one block; runs of two or more
  spaces mark the few paragraph breaks that survived, and the rest is cut into
  paragraphs of about three sentences at sentence ends.
- Reuters-21578: hard-wrapped at ~65 characters, each paragraph after the first
  indented by four spaces, ending with the sign-off " Reuter" (dropped); the
  ALL-CAPS slug headline is title-cased as in ``benchmarks/false_positives.py``.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

from benchmarks.injection.base import Article, Block

SHARED = Path(__file__).resolve().parents[3] / "shared"
CORPUS = SHARED / "corpus"
CORPORA = {
    "bbc": "bbc_news/bbc_news.jsonl",
    "human": "ai_vs_human_news/human_news.jsonl",
    "reuters": "reuters21578/reuters21578.jsonl",
}
MIN_WORDS = 150  # shorter items are briefs and earnings tables: too little text for most kinds
MAX_WORDS = 1500  # very long features make a lint slow without adding contexts

_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[\"“‘']?[A-Z])")
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


def path_of(corpus: str) -> Path:
    return CORPUS / CORPORA[corpus]


def _records(corpus: str):
    path = path_of(corpus)
    if not path.exists():
        print(f"{path} is absent: skipping the {corpus} corpus", file=sys.stderr)
        return
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            yield json.loads(line)


def _paragraphs_by_sentences(text: str, per_paragraph: int = 3) -> list[str]:
    sentences = [s for s in _SENTENCE_END.split(text.strip()) if s]
    return [" ".join(sentences[i : i + per_paragraph]) for i in range(0, len(sentences), per_paragraph)]


def _bbc(record: dict) -> Article:
    paragraphs = [p.strip() for p in record["text"].split("\n\n") if p.strip()]
    blocks = [Block("paragraph", re.sub(r"\s+", " ", p)) for p in paragraphs]
    metadata = {"author": "BBC News", "date": "2005-03-01", "category": record.get("category", "")}
    return Article(f"bbc/{record['id']}", "bbc", record["title"].strip(), blocks, metadata)


def _human(record: dict) -> Article:
    blocks = []
    for piece in re.split(r"\s{2,}", record["text"].strip()):
        blocks.extend(Block("paragraph", p) for p in _paragraphs_by_sentences(piece))
    metadata = {"author": f"{record.get('outlet') or 'Staff'} staff", "date": (record.get("date") or "")[:10],
                "category": record.get("category", "")}
    return Article(f"human/{record['id']}", "human", record["title"].strip(), blocks, metadata)


def _reuters(record: dict) -> Article:
    text = re.sub(r"\s*\bReuter\s*$", "", record["text"].rstrip())
    paragraphs = re.split(r"\n {3,}", text)
    blocks = [Block("paragraph", re.sub(r"\s+", " ", p).strip()) for p in paragraphs if p.strip()]
    date = record.get("date", "")
    match = re.match(r"(\d+)-([A-Z]{3})-(\d{4})", date)
    months = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
    iso = f"{match[3]}-{months.index(match[2]) + 1:02d}-{int(match[1]):02d}" if match and match[2] in months else ""
    metadata = {"author": "Reuters", "date": iso, "topics": ", ".join(record.get("topics") or [])}
    return Article(f"reuters/{record['id']}", "reuters", record["title"].strip().title(), blocks, metadata)


_READERS = {"bbc": _bbc, "human": _human, "reuters": _reuters}


def _usable(article: Article) -> bool:
    words = sum(len(b.text.split()) for b in article.blocks)
    if not MIN_WORDS <= words <= MAX_WORDS or not article.title:
        return False
    # Wire tables: lines of figures, not prose.
    letters = sum(c.isalpha() for b in article.blocks for c in b.text)
    return letters > 0.6 * sum(len(b.text) for b in article.blocks)


@lru_cache(maxsize=None)
def articles(corpus: str) -> tuple[Article, ...]:
    """Every usable article of ``corpus`` (none when the file is absent)."""
    read = _READERS[corpus]
    seen: set[str] = set()
    result = []
    for record in _records(corpus):
        article = read(record)
        key = " ".join(b.text for b in article.blocks)
        if key in seen:  # BBC holds 98 exact duplicates
            continue
        seen.add(key)
        if _usable(article):
            result.append(article)
    return tuple(result)


def sample(corpus: str, n: int, seed: int) -> list[Article]:
    """``n`` articles of ``corpus``, the same ones for the same seed."""
    pool = articles(corpus)
    if not pool:
        return []
    rng = random.Random(f"{seed}/{corpus}")
    return rng.sample(list(pool), min(n, len(pool)))


@lru_cache(maxsize=1)
def vocabulary() -> Counter:
    """Word counts (as written) over every available corpus: the test of whether a made-up slip is a real word.

    Independent of newslint's lexicon on purpose. Counts are of case-sensitive forms;
    :func:`is_word` folds case.
    """
    counts: Counter = Counter()
    for corpus in CORPORA:
        for article in articles(corpus):
            for block in article.blocks:
                counts.update(_WORD.findall(block.text))
    return counts


@lru_cache(maxsize=4)
def misspelling_pairs(source: tuple[str, ...] = ("wikipedia", "codespell", "birkbeck")) -> tuple[tuple[str, str], ...]:
    """(misspelling, correction) pairs of ``../shared/corpus/misspellings/``: Wikipedia's list of
    common misspellings, codespell's dictionary (entries whose fix is disabled for a reason are
    left out) and the Birkbeck corpus. Case as in the lists."""
    folder = CORPUS / "misspellings"
    pairs: list[tuple[str, str]] = []
    wikipedia = folder / "wikipedia_common_misspellings.tsv"
    if "wikipedia" in source and wikipedia.exists():
        for line in wikipedia.read_text(encoding="utf-8").splitlines()[1:]:
            wrong, _, rights = line.partition("\t")
            pairs.extend((wrong.strip(), right.strip()) for right in rights.split("|"))
    codespell = folder / "codespell_dictionary.txt"
    if "codespell" in source and codespell.exists():
        for line in codespell.read_text(encoding="utf-8").splitlines():
            wrong, _, fixes = line.partition("->")
            fields = [f.strip() for f in fixes.split(",")]
            if len(fields) > 1 and fields[-1] != "":
                continue  # "clas->class, disabled because …": the fix is not certain
            pairs.extend((wrong.strip(), right) for right in fields if right)
    birkbeck = folder / "birkbeck_misspellings.tsv"
    if "birkbeck" in source and birkbeck.exists():
        for line in birkbeck.read_text(encoding="utf-8").splitlines()[1:]:
            wrong, _, right = line.partition("\t")
            pairs.append((wrong.strip(), right.strip()))
    return tuple(pairs)


@lru_cache(maxsize=1)
def _lower_vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    pairs = misspelling_pairs()
    correct = {right.lower() for _, right in pairs if right.isalpha()}
    attested_wrong = {wrong.lower() for wrong, _ in pairs} - correct
    # The corpora hold their own typos ('recieve' in a quoted reader comment): a corpus word that
    # the lists call a misspelling is not a word. No system word list (/usr/share/dict): it
    # differs between machines, and the sample must not.
    return frozenset(correct), frozenset({w.lower() for w in vocabulary()} - attested_wrong)


def is_word(token: str) -> bool:
    """Whether ``token`` is a real word: a correction of the misspelling lists, or a word of the
    corpora that the lists do not call a misspelling."""
    word = token.lower().replace("’", "'")
    correct, corpus_words = _lower_vocabulary()
    return word in correct or word in corpus_words


def lowercase_share(word: str) -> float:
    """How often ``word`` is written in lowercase in the corpora (0.0 for a name, ~1.0 for a common word)."""
    counts = vocabulary()
    lower = counts.get(word.lower(), 0)
    total = lower + counts.get(word.capitalize(), 0) + counts.get(word.upper(), 0)
    return lower / total if total else 0.0
