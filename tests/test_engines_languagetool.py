"""LanguageTool as a second engine, tested against a stub of its /v2/check API on 127.0.0.1.

The stub answers with the hand-written responses in tests/fixtures/languagetool/, placing each
match on the words it names and counting offsets in UTF-16 code units, as LanguageTool does.
"""

from __future__ import annotations

import json
import os
import socket
import stat
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from helpers import findings, run_cli

FIXTURES = Path(__file__).parent / "fixtures" / "languagetool"
STUB = Path(__file__).resolve()


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def build_response(template: dict, text: str) -> dict:
    """The fixture's matches placed in ``text``, offsets and lengths in UTF-16 units
    (a match whose words are not in this text, sent in pieces, is not in this answer)."""
    response = {key: value for key, value in template.items() if key != "matches"}
    response["matches"] = []
    for item in template["matches"]:
        item = dict(item)
        needle, nth = item.pop("find"), item.pop("nth", 1)
        index = -1
        for _ in range(nth):
            index = text.find(needle, index + 1)
        if index < 0:
            continue
        offset, length = _utf16(text[:index]), _utf16(needle)
        item.update(offset=offset, length=length, context={"text": text, "offset": offset, "length": length}, sentence=text)
        response["matches"].append(item)
    return response


class StubLanguageTool(ThreadingHTTPServer):
    """Answers POST /v2/check with a fixture; records every request's form fields."""

    def __init__(self, fixture: str | None = None, status: int = 200, body: bytes | None = None, port: int = 0):
        super().__init__(("127.0.0.1", port), _Handler)
        self.template = json.loads((FIXTURES / fixture).read_text(encoding="utf-8")) if fixture else {"matches": []}
        self.status, self.body, self.requests = status, body, []
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802 - http.server's name
        length = int(self.headers.get("Content-Length", 0))
        fields = {k: v[0] for k, v in urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8")).items()}
        server = self.server
        server.requests.append((self.path, fields))
        body = server.body
        if body is None:
            body = json.dumps(build_response(server.template, fields.get("text", ""))).encode("utf-8")
        self.send_response(server.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802 - /v2/languages, polled while a local server starts
        body = b"[]"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def stub():
    """Start a stub server: ``stub(fixture=..., status=..., body=...)``; stopped after the test."""
    servers = []

    def start(fixture=None, status=200, body=None):
        servers.append(StubLanguageTool(fixture, status, body))
        return servers[-1]

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def free_port_url() -> str:
    """A local URL where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def write_config(directory: Path, **languagetool) -> Path:
    lines = ["languagetool:"] + [f"  {key}: {json.dumps(value)}" for key, value in languagetool.items()]
    path = directory / ".newslint.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _by_rule(text, config, select=("spelling", "grammar", "punctuation")):
    return [(f.rule, text[f.src_start : f.src_end], f.message) for f in findings(text, list(select), config=config)]


CATEGORIES_TEXT = (
    "Zhao Leji met officials in Beijing.\n\n"
    "He said the goverment would have approve the plan!! Yet fewer then half agreed.\n\n"
    "it is a very unique deal."
)


@pytest.mark.allow_network
def test_categories_map_to_newslint_rules_at_exact_spans(stub, tmp_path):
    config = write_config(tmp_path, url=stub("categories.json").url)
    found = _by_rule(CATEGORIES_TEXT, config)
    languagetool = [(rule, span) for rule, span, message in found if "(LanguageTool" in message]
    assert ("grammar/verb-form", "have approve") in languagetool
    assert ("grammar/word-choice", "fewer then") in languagetool
    assert ("punctuation/punctuation-error", "plan!!") in languagetool
    # Casing belongs to the casing rules and redundancy is style: neither is reported.
    assert not any(span in ("it is", "very unique") for _, span in languagetool)
    # A name is never a misspelling, whichever engine says so.
    assert not any(span == "Zhao" for _, span, _ in found)
    # "goverment" is reported once, by Harper (a known misspelling with a safe fix), not twice.
    assert [rule for rule, span, _ in found if span == "goverment"] == ["spelling/misspelled-word"]


@pytest.mark.allow_network
def test_request_carries_text_language_and_disabled_rules(stub, tmp_path):
    server = stub("categories.json")
    config = write_config(tmp_path, url=server.url, **{"disabled-rules": ["EN_QUOTES"]})
    (tmp_path / ".newslint.yaml").write_text(config.read_text() + "dialect: en-GB\n", encoding="utf-8")
    findings("The goverment said so.", ["grammar/verb-form"], config=config)
    path, fields = server.requests[0]
    assert path == "/v2/check"
    assert fields["text"] == "The goverment said so."
    assert fields["language"] == "en-GB"
    disabled = fields["disabledRules"].split(",")
    assert "EN_QUOTES" in disabled and "EN_A_VS_AN" in disabled  # the config's, and newslint's overlaps


@pytest.mark.allow_network
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_utf16_offsets_after_emoji_and_crlf_map_to_exact_positions(stub, tmp_path, newline):
    text = f"Fans 🎉🎉 cheered.{newline}{newline}They have approve it, and 𝐛𝐨𝐥𝐝 fans have approve it too.{newline}"
    config = write_config(tmp_path, url=stub("utf16.json").url)
    result = findings(text, ["grammar/verb-form"], config=config)
    assert [text[f.src_start : f.src_end] for f in result] == ["have approve", "have approve"]
    first, second = result
    assert (first.line, first.column) == (3, 6)
    assert (second.line, second.column) == (3, text.splitlines()[2].index("have approve", 10) + 1)


@pytest.mark.allow_network
def test_long_article_is_sent_in_pieces_with_offsets_kept(stub, tmp_path, monkeypatch):
    from newslint.engines import languagetool

    monkeypatch.setattr(languagetool, "CHUNK_CHARS", 200)
    server = stub("utf16.json")
    paragraph = "Officials met on Monday to discuss the budget and the plan for next year. " * 2
    text = "\n\n".join([paragraph.strip()] * 4 + ["They have approve it and have approve more."]) + "\n"
    config = write_config(tmp_path, url=server.url)
    result = findings(text, ["grammar/verb-form"], config=config)
    assert len(server.requests) > 1
    assert [text[f.src_start : f.src_end] for f in result] == ["have approve", "have approve"]


@pytest.mark.allow_network
def test_unreachable_server_gives_one_notice_and_other_rules_still_run(tmp_path):
    from newslint.engine.runner import ConfigResolver, Linter

    url = free_port_url()
    config = write_config(tmp_path, url=url, timeout=2)
    linter = Linter(ConfigResolver(config))
    result = linter.lint_text(str(tmp_path / "a.txt"), "Officials met in the the capital.\n\nThe goverment said so.\n")
    assert result.errors == []
    assert {f.rule for f in result.findings} >= {"grammar/repeated-word", "spelling/misspelled-word"}
    notices = set(result.notices)
    assert len(notices) == 1 and "unreachable" in notices.pop() and url in result.notices[0]


@pytest.mark.allow_network
def test_server_error_is_a_notice_not_a_crash(stub, tmp_path):
    from newslint.engine.runner import ConfigResolver, Linter

    config = write_config(tmp_path, url=stub(status=500, body=b"Internal error: out of memory").url)
    result = Linter(ConfigResolver(config)).lint_text(str(tmp_path / "a.txt"), "The plan was approved.\n")
    assert result.errors == []
    assert any("HTTP 500" in notice and "out of memory" in notice for notice in result.notices)


@pytest.mark.allow_network
def test_answer_that_is_not_the_api_is_a_notice(stub, tmp_path):
    from newslint.engine.runner import ConfigResolver, Linter

    config = write_config(tmp_path, url=stub(body=b"<html>not the API</html>").url)
    result = Linter(ConfigResolver(config)).lint_text(str(tmp_path / "a.txt"), "The plan was approved.\n")
    assert any("did not answer with /v2/check JSON" in notice for notice in result.notices)


@pytest.mark.allow_network
def test_cli_prints_the_notice_once_and_strict_engines_exits_2(tmp_path):
    write_config(tmp_path, url=free_port_url(), timeout=2)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("The plan was approved on Monday.\n", encoding="utf-8")
    plain = run_cli("check", "a.txt", "b.txt", cwd=tmp_path)
    assert plain.returncode == 0, plain.stderr.decode()
    assert plain.stderr.decode().count("unreachable") == 1
    strict = run_cli("check", "--strict-engines", "a.txt", "b.txt", cwd=tmp_path)
    assert strict.returncode == 2
    assert "unreachable" in strict.stderr.decode()


def test_not_configured_means_no_request_and_no_notice():
    from newslint.engine.runner import Linter

    result = Linter().lint_text("a.txt", "The goverment said so.\n")
    assert result.notices == []  # and the conftest would have refused any socket


@pytest.mark.allow_network
def test_local_languagetool_directory_is_started_with_java(tmp_path, monkeypatch):
    """``languagetool: {path: DIR}`` starts DIR's languagetool-server.jar with java (here a stand-in)."""
    directory = tmp_path / "LanguageTool-6.5"
    directory.mkdir()
    (directory / "languagetool-server.jar").write_bytes(b"")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    java = bin_dir / "java"
    java.write_text(f"#!{sys.executable}\nimport sys; sys.path.insert(0, {str(STUB.parent)!r})\n"
                    "from test_engines_languagetool import serve_as_java; serve_as_java(sys.argv[1:])\n", encoding="utf-8")
    java.chmod(java.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    config = write_config(tmp_path, path=str(tmp_path), timeout=20)
    result = findings("They have approve it.", ["grammar/verb-form"], config=config)
    assert [f.message for f in result] and "(LanguageTool HAVE_PART_AGREEMENT)" in result[0].message


def serve_as_java(args: list[str]) -> None:
    """What the stand-in ``java`` runs: the stub on the port newslint asked for."""
    assert args[0] == "-cp" and args[1].endswith("languagetool-server.jar") and "org.languagetool.server.HTTPServer" in args
    StubLanguageTool("utf16.json", port=int(args[args.index("--port") + 1]))  # serves on its own thread
    threading.Event().wait()  # serve until newslint stops this process


@pytest.mark.allow_network
@pytest.mark.skipif(not os.environ.get("NEWSLINT_LANGUAGETOOL_URL"),
                    reason="set NEWSLINT_LANGUAGETOOL_URL to a LanguageTool server to run this test")
def test_real_languagetool_server(tmp_path):
    config = write_config(tmp_path, url=os.environ["NEWSLINT_LANGUAGETOOL_URL"])
    text = "Officials said the results was clear. Zhao Leji met Lee Jae Myung in Beijing.\n"
    result = findings(text, ["spelling", "grammar", "punctuation"], config=config)
    spans = [text[f.src_start : f.src_end] for f in result]
    assert any("was" in span for span in spans), spans
    assert not any(name in spans for name in ("Zhao", "Leji", "Jae", "Myung"))
