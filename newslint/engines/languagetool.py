"""LanguageTool as a second engine, through its HTTP API (``POST /v2/check``).

Used only when the config names a server (``languagetool: {url: ...}``) or a
local LanguageTool directory (``languagetool: {path: ...}``, started here with
Java). newslint talks to it with urllib rather than language-tool-python: no
GPL code is imported, timeouts and errors are ours to control, and the same
client serves a remote server, a local one and the tests' stub server.

LanguageTool is written in Java and counts offsets in UTF-16 code units; they
are mapped back to code points of ``doc.text`` here, so an emoji before an
error does not shift it. When the server cannot be reached, :func:`matches`
raises :class:`Unavailable` with one clear message, and the server is not
asked again for the rest of the run.

The network and process modules are imported inside the functions that use
them, so a run without LanguageTool configured never loads them.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from newslint.analysis import shared

if TYPE_CHECKING:
    import subprocess

    from newslint.config import Config
    from newslint.document.model import Document
    from newslint.engine.context import RuleContext

DEFAULT_TIMEOUT = 20.0
#: Longest text sent in one request; longer articles are sent block by block.
CHUNK_CHARS = 20_000
# LanguageTool has no Indian English; Indian spelling follows British.
_LANGUAGES = {"en-US": "en-US", "en-GB": "en-GB", "en-AU": "en-AU", "en-CA": "en-CA", "en-IN": "en-GB"}
#: LanguageTool's categories and the newslint rule that reports each. The others are left to
#: other rules (CASING: the casing rules) or are matters of style, not errors (STYLE, REDUNDANCY,
#: PLAIN_ENGLISH, WIKIPEDIA, TEXT_ANALYSIS, GENDER_NEUTRALITY, REGIONALISMS, FALSE_FRIENDS,
#: REPETITIONS_STYLE, COMPOUNDING, MISC) and are not reported.
CATEGORY_RULES = {
    "TYPOS": "spelling/misspelled-word",
    "CONFUSED_WORDS": "grammar/word-choice",
    "COLLOCATIONS": "grammar/word-choice",
    "NONSTANDARD_PHRASES": "grammar/word-choice",
    "SEMANTICS": "grammar/word-choice",
    "GRAMMAR": "grammar/verb-form",
    "PUNCTUATION": "punctuation/punctuation-error",
    "TYPOGRAPHY": "punctuation/punctuation-error",
}
# LanguageTool rules that repeat a newslint rule; newslint always sends them as disabledRules.
OVERLAPPING_RULES = (
    "EN_A_VS_AN",  # grammar/a-an
    "ENGLISH_WORD_REPEAT_RULE",  # grammar/repeated-word
    "WHITESPACE_RULE",  # punctuation/doubled-space
    "COMMA_PARENTHESIS_WHITESPACE",  # punctuation/space-before-punctuation, missing-space-after-comma
    "UPPERCASE_SENTENCE_START",  # casing rules
)

_LOCK = threading.Lock()
_UNAVAILABLE: dict[str, str] = {}  # server -> why, for the rest of the run
_LOCAL_SERVERS: dict[str, str] = {}  # LanguageTool directory -> URL of the server started from it


class Unavailable(Exception):
    """LanguageTool is configured but cannot be used; the message says why, for a notice."""


@dataclass(frozen=True)
class Match:
    start: int  # code points of doc.text
    end: int
    message: str
    replacements: tuple[str, ...]
    rule_id: str
    category: str  # LanguageTool's category id: TYPOS, GRAMMAR, PUNCTUATION, ...
    issue_type: str


def configured(config: Config) -> bool:
    return bool(config.languagetool.get("url") or config.languagetool.get("path"))


def report(doc: Document, ctx: RuleContext, reported: Iterable[tuple[int, int]] = (), keep=None) -> None:
    """Report, as ``ctx``'s rule, LanguageTool's matches in the categories :data:`CATEGORY_RULES`
    gives that rule, except those overlapping ``reported`` spans or refused by ``keep(match)``.
    Nothing happens unless LanguageTool is configured; when it is unreachable, a notice says so."""
    if not configured(ctx.config):
        return
    try:
        found = matches(doc, ctx.config)
    except Unavailable as error:
        ctx.notice(str(error))
        return
    taken = sorted(reported)
    for match in found:
        if CATEGORY_RULES.get(match.category) != ctx.rule.id or match.end <= match.start:
            continue
        if any(start < match.end and match.start < end for start, end in taken):
            continue  # Harper or newslint already reported this span
        if keep is not None and not keep(match):
            continue
        fix = match.replacements[0] if match.replacements else None
        ctx.report(match.start, match.end, f"{match.message} (LanguageTool {match.rule_id})", fix=fix, safe=False)


def matches(doc: Document, config: Config) -> list[Match]:
    """LanguageTool's matches for ``doc``, once per document; raises :class:`Unavailable`."""
    result = shared(doc, "languagetool:" + json.dumps(config.languagetool, sort_keys=True) + config.dialect,
                    lambda d: _check_document(d.text, config))
    if isinstance(result, Unavailable):
        raise result
    return result


def _check_document(text: str, config: Config) -> list[Match] | Unavailable:
    settings = config.languagetool
    try:
        url = _server_url(settings, config.root)
    except Unavailable as error:
        return error
    with _LOCK:
        if url in _UNAVAILABLE:
            return Unavailable(_UNAVAILABLE[url])
    language = settings.get("language") or _LANGUAGES.get(config.dialect, config.dialect)
    disabled = [*OVERLAPPING_RULES, *settings.get("disabled-rules", [])]
    timeout = float(settings.get("timeout", DEFAULT_TIMEOUT))
    found: list[Match] = []
    try:
        for offset, chunk in _chunks(text):
            if chunk.strip():
                response = _post(url, {"text": chunk, "language": language, "disabledRules": ",".join(disabled)}, timeout)
                found.extend(_convert(response, chunk, offset))
    except Unavailable as error:
        with _LOCK:
            _UNAVAILABLE[url] = str(error)
        return error
    return found


def _post(url: str, fields: dict[str, str], timeout: float) -> dict[str, Any]:
    import urllib.error
    import urllib.parse
    import urllib.request

    endpoint = url.rstrip("/") + "/v2/check"
    data = urllib.parse.urlencode(fields).encode("utf-8")
    request = urllib.request.Request(endpoint, data=data, headers={"Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
    except urllib.error.HTTPError as error:
        detail = error.read(300).decode("utf-8", "replace").strip()
        raise Unavailable(f"LanguageTool at {url} answered HTTP {error.code}: {detail or error.reason}") from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise Unavailable(f"LanguageTool at {url} is unreachable ({reason}); its checks were skipped") from None
    try:
        parsed = json.loads(body)
        parsed["matches"]
    except (ValueError, KeyError, TypeError):
        raise Unavailable(f"LanguageTool at {url} did not answer with /v2/check JSON; its checks were skipped") from None
    return parsed


def _convert(response: dict[str, Any], chunk: str, offset: int) -> list[Match]:
    index = _utf16_index(chunk)
    result = []
    for item in response["matches"]:
        try:
            start16, length16 = int(item["offset"]), int(item["length"])
            rule = item.get("rule") or {}
            start, end = index(start16), index(start16 + length16)
        except (KeyError, TypeError, ValueError, IndexError):
            continue  # a match we cannot place is better dropped than misplaced
        replacements = tuple(r.get("value", "") for r in item.get("replacements") or () if isinstance(r, dict))
        result.append(Match(
            offset + start, offset + end, str(item.get("message", "")), replacements, str(rule.get("id", "")),
            str((rule.get("category") or {}).get("id", "")), str(rule.get("issueType", "")),
        ))
    return result


def _utf16_index(text: str):
    """A function from a UTF-16 offset in ``text`` to a code-point offset."""
    if all(ord(c) < 0x10000 for c in text):
        return lambda units: units if 0 <= units <= len(text) else _out_of_range(units)
    points = []  # points[u] = code point index at UTF-16 unit u
    for i, char in enumerate(text):
        points.append(i)
        if ord(char) >= 0x10000:
            points.append(i)  # the low surrogate belongs to the same character
    points.append(len(text))
    return lambda units: points[units] if 0 <= units < len(points) else _out_of_range(units)


def _out_of_range(units: int) -> int:
    raise IndexError(units)


def _chunks(text: str) -> list[tuple[int, str]]:
    """``text`` in pieces of at most CHUNK_CHARS, cut at blank lines (block boundaries) when possible."""
    pieces, start = [], 0
    while len(text) - start > CHUNK_CHARS:
        cut = text.rfind("\n\n", start, start + CHUNK_CHARS)
        cut = cut + 2 if cut > start else start + CHUNK_CHARS
        pieces.append((start, text[start:cut]))
        start = cut
    pieces.append((start, text[start:]))
    return pieces


# -- a local LanguageTool directory ------------------------------------------------------------

def _server_url(settings: dict[str, Any], root: Path) -> str:
    if settings.get("url"):
        return str(settings["url"])
    directory = str(root / Path(settings["path"]).expanduser())  # relative to the config file
    with _LOCK:
        if directory in _LOCAL_SERVERS:
            return _LOCAL_SERVERS[directory]
        if directory in _UNAVAILABLE:
            raise Unavailable(_UNAVAILABLE[directory])
        try:
            url = _start_local_server(Path(directory), float(settings.get("timeout", DEFAULT_TIMEOUT)))
        except Unavailable as error:
            _UNAVAILABLE[directory] = str(error)
            raise
        _LOCAL_SERVERS[directory] = url
        return url


def _start_local_server(directory: Path, timeout: float) -> str:
    """Start LanguageTool's HTTP server from an unpacked LanguageTool directory; its URL."""
    import atexit
    import subprocess
    import urllib.request

    jars = [*directory.glob("languagetool-server.jar"), *directory.glob("*/languagetool-server.jar")]
    if not jars:
        raise Unavailable(f"no languagetool-server.jar in {directory} (languagetool.path); LanguageTool checks were skipped")
    port = _free_port()
    command = ["java", "-cp", str(jars[0]), "org.languagetool.server.HTTPServer", "--port", str(port)]
    try:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except OSError as error:
        raise Unavailable(f"cannot start LanguageTool from {directory}: {error}; its checks were skipped") from None
    atexit.register(_stop, process)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + max(timeout, 30.0)
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise Unavailable(f"LanguageTool from {directory} exited at start (code {process.returncode}); its checks were skipped")
        try:
            with urllib.request.urlopen(url + "/v2/languages", timeout=2):
                return url
        except OSError:
            time.sleep(0.25)
    _stop(process)
    raise Unavailable(f"LanguageTool from {directory} did not start within {int(max(timeout, 30.0))} s; its checks were skipped")


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _stop(process: subprocess.Popen) -> None:
    import subprocess

    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
