"""Analyses of a document that several rules share (names, attribution cues, …).

Each analysis is computed once per document and cached on it::

    from newslint.analysis import shared
    names = shared(doc, "names", compute_names)
"""

from __future__ import annotations

from typing import Callable, TypeVar

from newslint.document.model import Document

T = TypeVar("T")


def shared(doc: Document, key: str, compute: Callable[[Document], T]) -> T:
    """``compute(doc)``, computed once per document however many rules ask."""
    cache = doc.__dict__.setdefault("_shared_analyses", {})
    if key not in cache:
        cache[key] = compute(doc)
    return cache[key]
