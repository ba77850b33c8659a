"""The contract between injectors, renderers and the runner of the injection benchmark.

An :class:`Article` is clean professional news read from ``../shared/corpus/``
(never copied into the project). An injector takes one article and a seeded
``random.Random`` and returns an :class:`Injection`: the article's blocks after
one error of its kind was put in, and the gold span(s) of that error inside the
blocks' text. Renderers turn the blocks into ``.txt``, ``.md`` and ``.html`` files
and compute every gold span's position in the final file, so the runner can
compare it with the findings' positions.

Injectors are registered with :func:`injector`, one function per kind, in
``language.py`` (language kinds) and ``journalism.py`` (journalism kinds).
An injector returns ``None`` when the article offers no place for its error.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Callable, Optional

# Block kinds a renderer knows: a paragraph of running text, a subheading, one
# list item, and a "raw" line kept verbatim in every format (a crawler's header
# line, a pasted table row): raw text is never wrapped in markup.
BLOCK_KINDS = ("paragraph", "heading", "item", "raw")


@dataclass
class Block:
    kind: str   # one of BLOCK_KINDS
    text: str


@dataclass
class Article:
    id: str                 # "bbc/123"
    corpus: str             # "bbc", "human", "reuters"
    title: str
    blocks: list[Block]
    metadata: dict = field(default_factory=dict)   # front matter / <meta> fields beyond the title


@dataclass(frozen=True)
class Span:
    """Where an injected error sits: block index (-1 = the title) and code-point offsets in that block's text."""
    block: int
    start: int
    end: int


@dataclass
class Injection:
    kind: str
    article: Article            # the article after injection (a new object; the input is never changed)
    gold: list[Span]            # one or more spans; a finding overlapping any of them is a hit
    rules: tuple[str, ...]      # rule ids or id prefixes ("attribution/") whose findings count as a hit
    exact: bool = True          # whether the finding must cover the gold span exactly (token-level errors)
    note: str = ""              # what was done, for reading misses by hand ("'to' -> 'too'")
    # The formats in which the result is an error, when not all: a byline can contradict the
    # author only where the format carries an author field (front matter, <meta>).
    formats: Optional[tuple[str, ...]] = None


Injector = Callable[[Article, random.Random], Optional[Injection]]


@dataclass(frozen=True)
class Kind:
    name: str
    family: str                 # "language" or "journalism"
    function: Injector
    harper: bool                # whether Harper alone is expected to be able to find it (compared in the table)


KINDS: dict[str, Kind] = {}


def injector(name: str, family: str, harper: bool = False):
    """Register an injector function under ``name``."""
    def register(function: Injector) -> Injector:
        if name in KINDS:
            raise ValueError(f"injector {name!r} registered twice")
        KINDS[name] = Kind(name, family, function, harper)
        return function
    return register
