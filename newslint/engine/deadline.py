"""The per-file time budget, as a deadline that long loops check cheaply.

The runner sets a deadline while a file's rules run (:func:`until`). Code that can
run for long on a huge or hostile input (Harper's pieces of a long text, the
speller's batches of words, the rule loop itself) calls :func:`check` between
steps; past the deadline it raises :class:`BudgetSpent`, which the runner turns
into the file's "checked only partly" message, naming the rule it stopped, and
the run goes on with the next file. Outside a file's rules there is no deadline
and :func:`check` never raises. The deadline belongs to the thread that set it
(the language server lints in threads).
"""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from typing import Iterator

_STATE = threading.local()


class BudgetSpent(Exception):
    """The file's time budget ran out while a rule was running."""


def passed() -> bool:
    """Whether the current file's deadline has passed (False when there is none)."""
    at = getattr(_STATE, "at", None)
    return at is not None and time.perf_counter() > at


def check() -> None:
    """Raise :class:`BudgetSpent` once the current file's deadline has passed (about 0.1 µs)."""
    if passed():
        raise BudgetSpent


@contextmanager
def until(at: float) -> Iterator[None]:
    """Within the block, :func:`check` raises once ``time.perf_counter()`` is past ``at``."""
    previous = getattr(_STATE, "at", None)
    _STATE.at = at
    try:
        yield
    finally:
        _STATE.at = previous
