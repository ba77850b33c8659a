"""What newslint builds from its own files, kept between runs as Python keeps ``__pycache__``.

A cold run paid most of its time building things that only change when newslint does: a
YAML pack's rule (the parse, every phrase turned into its pattern, each plural looked up
in the dictionary of word classes) and the lexicon's tables (a gzip file decompressed,
hundreds of thousands of lines split). Each is pickled into the user's cache folder
(``$XDG_CACHE_HOME/newslint/built``, else ``~/.cache/newslint/built``;
``NEWSLINT_BUILT_CACHE_DIR`` overrides it, ``off`` keeps nothing).

An entry is keyed by the newslint and Python versions, the fingerprint of newslint's code
and data (names, sizes and modification times of every file in the package, as the result
cache uses) and the bytes it is built from when those lie outside the package (a pack
file), so it never outlives an edit to either. A build that raises is never kept: its
error comes again each run. Only the newest entry of each name is kept. An entry that
cannot be read or written is ignored and the thing is built as before.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Callable, TypeVar

from newslint import __version__

T = TypeVar("T")
_SCHEMA = 1


def directory() -> Path | None:
    """Where built things are kept (None: not kept)."""
    chosen = os.environ.get("NEWSLINT_BUILT_CACHE_DIR")
    if chosen:
        return None if chosen.lower() == "off" else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newslint" / "built"


@functools.lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    from newslint.engine.registry import _fingerprint

    return _fingerprint([Path(__file__).resolve().parent])


def kept(name: str, build: Callable[[], T], source: bytes = b"") -> T:
    """``build()``, or what it returned in an earlier run of the same code for the same ``source``."""
    folder = directory()
    if folder is None:
        return build()
    digest = hashlib.sha256(f"newslint {__version__} built {_SCHEMA} {sys.version}\0{name}\0".encode())
    digest.update(_code_fingerprint().encode() + b"\0" + source)
    stem = hashlib.sha256(name.encode()).hexdigest()[:16]
    entry = folder / f"{stem}-{digest.hexdigest()[:32]}.pickle"
    try:
        data = entry.read_bytes()
    except OSError:
        data = None
    if data is not None:
        collecting = gc.isenabled()
        gc.disable()  # a table of 100,000 strings: the collector would walk it several times as it loads
        try:
            return pickle.loads(data)  # the user's own cache folder, as trusted as __pycache__
        except Exception:  # truncated, or from classes that changed shape
            pass
        finally:
            if collecting:
                gc.enable()
    built = build()
    _store(entry, stem, built)
    return built


def kept_between_runs(function: Callable[[], T]) -> Callable[[], T]:
    """A function of no arguments whose answer is kept between runs (put ``lru_cache`` above it)."""
    name = f"{function.__module__}.{function.__qualname__}"

    @functools.wraps(function)
    def wrapper() -> T:
        return kept(name, function)

    return wrapper


def _store(entry: Path, stem: str, built: object) -> None:
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        data = pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL)
        handle, temporary = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temporary, entry)
        except BaseException:
            os.unlink(temporary)
            raise
        for older in entry.parent.glob(f"{stem}-*.pickle"):  # one entry per name
            if older != entry:
                older.unlink(missing_ok=True)
    except Exception:  # a read-only home, a full disk, an object pickle cannot hold: just not kept
        pass
