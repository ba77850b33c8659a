"""Baselines: adopt newslint on an existing archive and see only new problems.

A finding's fingerprint is its rule plus the normalised text of its span and
a few words around it on the same line, and the count of earlier identical
fingerprints in the file. Line numbers are not part of it, so edits elsewhere
in the article do not invalidate the baseline.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from pathlib import Path
from typing import Iterable

from newslint.engine.finding import Finding

VERSION = 1
_CONTEXT_WORDS = 3


def fingerprint_findings(findings: list[Finding], source: str) -> None:
    """Set ``fingerprint`` on each finding of one file (findings in source order)."""
    seen: Counter[str] = Counter()
    for finding in findings:
        base = _base_fingerprint(finding, source)
        seen[base] += 1
        finding.fingerprint = hashlib.sha1(f"{base}\0{seen[base]}".encode()).hexdigest()[:20]


#: How far around a span the context words are looked for. Reading the whole line made a
#: 100,000-character line with a finding per comma quadratic; three words fit in far less.
_CONTEXT_REACH = 400


def _base_fingerprint(finding: Finding, source: str) -> str:
    start, end = finding.src_start, finding.src_end
    low = max(0, start - _CONTEXT_REACH)
    newline = source.rfind("\n", low, start)
    low = newline + 1 if newline != -1 else low
    before = source[low:start].split()
    if low > 0 and source[low - 1] != "\n" and not source[low - 1].isspace() and not source[low : low + 1].isspace():
        before = before[1:]  # a word the reach cut in two
    high = min(len(source), end + _CONTEXT_REACH)
    newline = source.find("\n", end, high)
    high = newline if newline != -1 else high
    after = source[end:high].split()
    if high < len(source) and source[high] != "\n" and not source[high].isspace() and not source[high - 1 : high].isspace():
        after = after[:-1]
    span = " ".join(source[start:end].split())
    return "\0".join((finding.rule, " ".join(before[-_CONTEXT_WORDS:]), span, " ".join(after[:_CONTEXT_WORDS])))


def _key(path: str, base_dir: Path) -> str:
    try:
        return Path(os.path.relpath(Path(path).resolve(), base_dir.resolve())).as_posix()
    except ValueError:  # another drive on Windows
        return Path(path).as_posix()


def write_baseline(file: Path, findings: Iterable[Finding]) -> int:
    base_dir = file.resolve().parent
    entries = [
        {"path": _key(f.path, base_dir), "rule": f.rule, "fingerprint": f.fingerprint, "line": f.line}
        for f in findings
    ]
    entries.sort(key=lambda e: (e["path"], e["line"], e["rule"]))
    payload = {"version": VERSION, "findings": entries}
    from newslint.engine.fixes import write_atomically

    write_atomically(file, (json.dumps(payload, indent=1, ensure_ascii=False) + "\n").encode("utf-8"))
    return len(entries)


class Baseline:
    def __init__(self, file: Path) -> None:
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except OSError as error:
            raise ValueError(f"cannot read the baseline {file}: {error.strerror or error}") from None
        except ValueError as error:  # not JSON, or not UTF-8
            raise ValueError(f"{file}: not a newslint baseline: {error}") from None
        if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), list):
            raise ValueError(f"{file}: not a newslint baseline (version {VERSION})")
        entries = data["findings"]
        broken = next((i for i, e in enumerate(entries) if not isinstance(e, dict) or not isinstance(e.get("path"), str) or not isinstance(e.get("fingerprint"), str)), None)
        if broken is not None:
            raise ValueError(f"{file}: not a newslint baseline: finding {broken + 1} has no 'path' and 'fingerprint'")
        self.base_dir = file.resolve().parent
        self.known: Counter[tuple[str, str]] = Counter((entry["path"], entry["fingerprint"]) for entry in entries)

    def is_known(self, finding: Finding) -> bool:
        return self.known[(_key(finding.path, self.base_dir), finding.fingerprint)] > 0

