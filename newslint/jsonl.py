"""Article collections as CMSs and crawlers export them: JSON Lines, one article per line."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Iterator

from newslint.batch import Article
from newslint.files import PathProblem

COLLECTION_EXTENSIONS = (".jsonl", ".ndjson")


@dataclass
class JsonlFields:
    text: str = "text"
    id: str = "id"
    title: str | None = None
    metadata: list[str] = field(default_factory=list)


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
            yield Article(path, record_id, text, metadata or None)


def count_jsonl(path: str) -> int:
    try:
        with open(path, "rb") as stream:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: stream.read(1 << 20), b""))
    except OSError:
        return 0
