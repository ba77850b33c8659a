"""Reports written file by file: a writer takes each result as it is linted and keeps no article.

A writer has ``add(result)`` (called once per file, in report order) and
``finish()`` (once, when the run's counts, rules and errors are in its
:class:`Report`). What a format must hold until the end (a JSON array that
comes before the summary) waits in a :class:`JsonSpool` on disk, so a run over
any number of articles keeps the parent's memory flat.
"""

from __future__ import annotations

import io
import json
import shutil
import tempfile
import uuid
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

_INDENT = 2


class JsonSpool:
    """Items of a JSON array, one line each in an unnamed temporary file, read back in order."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile("w+", encoding="utf-8")
        self.count = 0

    def add(self, item: Any) -> None:
        # ASCII escapes: a lone surrogate from an article comes back as the same string
        self._file.write(json.dumps(item) + "\n")
        self.count += 1

    def __iter__(self) -> Iterator[Any]:
        self._file.seek(0)
        for line in self._file:
            yield json.loads(line)

    def close(self) -> None:
        self._file.close()


class JsonArray:
    """A place in a payload for :func:`write_json` to fill with ``items``, one dumped at a time."""

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = items


def write_json(out: IO[str], payload: Any) -> None:
    """Write ``json.dumps(payload, indent=2, ensure_ascii=False) + "\\n"``, each :class:`JsonArray` in it
    streamed: byte for byte what one dump of the whole payload gives, without holding it."""
    token = f"newslint-array-{uuid.uuid4().hex}-"
    arrays: list[Iterable[Any]] = []

    def hole(value: Any) -> str:
        if not isinstance(value, JsonArray):
            raise TypeError(f"{type(value).__name__} is not JSON")
        arrays.append(value.items)
        return f"{token}{len(arrays) - 1}"

    rest = json.dumps(payload, indent=_INDENT, ensure_ascii=False, default=hole)
    for number, items in enumerate(arrays):
        before, rest = rest.split(json.dumps(f"{token}{number}"), 1)
        out.write(before)
        line = before[before.rfind("\n") + 1 :]
        _write_array(out, items, len(line) - len(line.lstrip(" ")))
    out.write(rest + "\n")


def _write_array(out: IO[str], items: Iterable[Any], indent: int) -> None:
    """A JSON array whose opening bracket ends a line indented by ``indent`` (as ``json.dumps`` nests it)."""
    inner = "\n" + " " * (indent + _INDENT)
    first = True
    for item in items:
        out.write(("[" if first else ",") + inner + json.dumps(item, indent=_INDENT, ensure_ascii=False).replace("\n", inner))
        first = False
    out.write("[]" if first else "\n" + " " * indent + "]")


def render_streamed(writer_class, report) -> str:
    """The whole report as one string (for one article, the API and the server): each result added in turn."""
    out = io.StringIO()
    writer = writer_class(out, report)
    for result in report.results:
        writer.add(result)
    writer.finish()
    return out.getvalue()


def atomic_output(path: Path):
    """A text stream whose content replaces ``path`` at once when the block ends (never half a report)."""
    from newslint.engine.fixes import replaced_atomically

    return replaced_atomically(path, text=True)


def copy_to(spool: IO[str], out: IO[str]) -> None:
    spool.seek(0)
    shutil.copyfileobj(spool, out)
