"""Article collections as CMSs and crawlers export them: JSON Lines, one article per line.

A record's findings are placed on the record's own line of the ``.jsonl`` file
(:class:`RecordPlace`): an annotation in CI must land on the record it is about.
The text is a JSON string, so a column is found by walking its escapes
(``\\n``, ``\\"``, ``\\u00e9``, surrogate pairs): every character of the decoded
text has one exact place in the raw line.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from json.decoder import scanstring
from typing import Iterator

from newslint.batch import Article
from newslint.document.units import UTF8, CodeUnits
from newslint.files import PathProblem

COLLECTION_EXTENSIONS = (".jsonl", ".ndjson")


@dataclass
class JsonlFields:
    text: str = "text"
    id: str = "id"
    title: str | None = None
    metadata: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RecordPlace:
    """Where a record's text sits in its file: the record's line, and each text offset's column there.

    ``start`` is the raw-line offset of the text's first character (after the
    opening quote), or None when the text could not be found in the line (then
    every column is 1). Each escape is kept as (text offset, raw offset, raw
    length); between escapes one text character is one raw character.
    """

    line: int
    start: int | None = None
    escape_at: tuple[int, ...] = ()
    escape_raw: tuple[int, ...] = ()
    escape_len: tuple[int, ...] = ()
    #: UTF-8 bytes before each raw offset of the line (for byte columns); None: an ASCII line
    utf8: CodeUnits | None = field(default=None, compare=False)

    def raw_offset(self, offset: int) -> int:
        """The raw-line offset of the text's character at ``offset`` (its escape's backslash if escaped)."""
        if self.start is None:
            return 0
        k = bisect.bisect_right(self.escape_at, offset) - 1
        if k < 0:
            return self.start + offset
        if self.escape_at[k] == offset:
            return self.escape_raw[k]
        return self.escape_raw[k] + self.escape_len[k] + offset - self.escape_at[k] - 1

    def column(self, offset: int) -> int:
        """1-based column, in code points, of text ``offset`` on the record's line."""
        return self.raw_offset(offset) + 1

    def byte_column(self, offset: int) -> int:
        """1-based column in UTF-8 bytes (what reviewdog counts)."""
        raw = self.raw_offset(offset)
        return (self.utf8.count(raw) if self.utf8 is not None else raw) + 1


_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
#: one decoded character each: a surrogate pair, a \uXXXX escape, or a two-character escape
_ESCAPE = re.compile(r"\\(?:u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)", re.S)


def _value_span(line: str, key: str) -> tuple[int, int] | None:
    """Raw span of the top-level ``key``'s value in a JSON object line (the last one, as json.loads keeps)."""
    try:
        i = _SPACE.match(line).end()
        if line[i : i + 1] != "{":
            return None
        i = _SPACE.match(line, i + 1).end()
        found = None
        while line[i : i + 1] == '"':
            name, i = scanstring(line, i + 1)
            i = _SPACE.match(line, i).end()
            if line[i : i + 1] != ":":
                return None
            i = _SPACE.match(line, i + 1).end()
            _, end = _DECODER.raw_decode(line, i)
            if name == key:
                found = (i, end)
            i = _SPACE.match(line, end).end()
            if line[i : i + 1] != ",":
                break
            i = _SPACE.match(line, i + 1).end()
        return found
    except (ValueError, RecursionError):
        return None


def record_place(line: str, number: int, key: str, text: str) -> RecordPlace:
    """Where ``text`` (the decoded value of ``key``) sits in the raw JSON ``line`` number ``number``."""
    span = _value_span(line, key)
    if span is None or line[span[0]] != '"':
        return RecordPlace(number)
    first, last = span[0] + 1, span[1] - 1  # inside the quotes
    at, raw, length = [], [], []
    decoded, previous = 0, first
    for match in _ESCAPE.finditer(line, first, last):
        decoded += match.start() - previous
        at.append(decoded)
        raw.append(match.start())
        length.append(match.end() - match.start())
        decoded += 1
        previous = match.end()
    if decoded + last - previous != len(text):  # not the text we were given: claim no column
        return RecordPlace(number)
    utf8 = None if line.isascii() else CodeUnits(line[:last], UTF8)
    return RecordPlace(number, first, tuple(at), tuple(raw), tuple(length), utf8)


def is_collection(path: str) -> bool:
    return path.lower().endswith(COLLECTION_EXTENSIONS)


def read_jsonl(path: str, fields: JsonlFields) -> Iterator[Article | PathProblem]:
    """One Article per good record; a PathProblem (with the line number) per bad one."""
    try:
        stream = open(path, encoding="utf-8", errors="replace")
    except OSError as error:
        yield PathProblem(path, f"{path}: cannot read: {error.strerror or error}")
        return
    with stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as error:
                yield PathProblem(path, f"{path}:{number}: skipped: not valid JSON ({error.msg})")
                continue
            except RecursionError:  # arrays or objects nested thousands deep: no article looks like that
                yield PathProblem(path, f"{path}:{number}: skipped: JSON nested too deeply to read")
                continue
            if not isinstance(record, dict):
                yield PathProblem(path, f"{path}:{number}: skipped: a record must be a JSON object")
                continue
            text = record.get(fields.text)
            if not isinstance(text, str):
                yield PathProblem(path, f"{path}:{number}: skipped: no text field {fields.text!r}")
                continue
            record_id = record.get(fields.id)
            record_id = str(record_id) if record_id is not None else f"line-{number}"
            metadata = {name: record[name] for name in fields.metadata if record.get(name) is not None}
            if fields.title and isinstance(record.get(fields.title), str):
                metadata["title"] = record[fields.title]
            yield Article(path, record_id, text, metadata or None, place=record_place(line, number, fields.text, text))


def count_jsonl(path: str) -> int:
    try:
        with open(path, "rb") as stream:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: stream.read(1 << 20), b""))
    except OSError:
        return 0
