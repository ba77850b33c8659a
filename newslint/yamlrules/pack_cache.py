"""Built YAML rules kept between runs, as Python keeps compiled modules in ``__pycache__``.

Reading a pack file costs far more than its size suggests: the YAML parse, every phrase
turned into its pattern, and for ``inflect: plural`` the dictionary of word classes loaded
to find each plural (about a tenth of a cold run). The rule built from a file is pickled
into the user's cache folder (``$XDG_CACHE_HOME/newslint/packs``, else
``~/.cache/newslint/packs``; ``NEWSLINT_PACK_CACHE_DIR`` overrides, ``off`` disables).

An entry is keyed by the file's bytes, its rule id and path, and the fingerprint of
newslint's code and data (names, sizes and modification times of every file in the
package, the fingerprint the result cache uses), so it can never outlive an edit to the
pack or to the code and lexicon that built it. A file that fails to build is never
stored: its error is raised again each run. Only the newest entry per pack file is
kept. An entry that cannot be read or written is ignored: the file is built as before.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Callable, TypeVar

from newslint import __version__

T = TypeVar("T")
_SCHEMA = 1


def directory() -> Path | None:
    """Where built rules are kept (None: not kept)."""
    chosen = os.environ.get("NEWSLINT_PACK_CACHE_DIR")
    if chosen:
        return None if chosen.lower() == "off" else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newslint" / "packs"


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    from newslint.engine.registry import _fingerprint

    package = Path(__file__).resolve().parent.parent
    return _fingerprint([package])


def cached_build(path: Path, rule_id: str, text: bytes, build: Callable[[], T]) -> T:
    """``build()``, or the object it returned in an earlier run for the same file and code."""
    folder = directory()
    if folder is None:
        return build()
    digest = hashlib.sha256(f"newslint {__version__} packs {_SCHEMA} {sys.version}\0{rule_id}\0{path}\0".encode())
    digest.update(_code_fingerprint().encode())
    digest.update(b"\0" + text)
    stem = rule_id.replace("/", "+")
    entry = folder / f"{stem}-{hashlib.sha256(str(path).encode()).hexdigest()[:12]}-{digest.hexdigest()[:32]}.pickle"
    try:
        with entry.open("rb") as stream:
            return pickle.load(stream)  # the user's own cache folder, as trusted as __pycache__
    except Exception:  # absent, truncated, or from classes that changed shape
        pass
    built = build()
    _store(entry, built)
    return built


def _store(entry: Path, built: object) -> None:
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
        prefix = entry.name.rsplit("-", 1)[0] + "-"
        for older in entry.parent.glob(f"{prefix}*.pickle"):  # one entry per pack file
            if older != entry:
                older.unlink(missing_ok=True)
    except Exception:  # a read-only home, a full disk, an object pickle cannot hold: just not kept
        pass
