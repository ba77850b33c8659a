"""How fast `newslint lsp` answers an editor: start-up, first diagnostics, diagnostics after each keystroke.

Starts `python -m newslint lsp` and talks JSON-RPC to it over stdio as an editor does: opens an
article (an example doubled to ~460 words unless told otherwise), then types a sentence at its
end one character at a time, waiting for the diagnostics of each version. The time reported per
keystroke is what comes after the server's 300 ms debounce (the pause it waits for on purpose).

    python benchmarks/lsp_latency.py [ARTICLE] [--copies N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEBOUNCE = 0.3
TYPED = " The council will meet again next week, she said."


class Server:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "newslint", "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )

    def send(self, message: dict) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def receive(self) -> dict:
        header = b""
        while not header.endswith(b"\r\n\r\n"):
            header += self.process.stdout.read(1)
        length = int(header.split(b"Content-Length:")[1].split(b"\r\n")[0])
        return json.loads(self.process.stdout.read(length))

    def diagnostics(self, version: int) -> list:
        while True:
            message = self.receive()
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"].get("version") == version:
                return message["params"]["diagnostics"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", default=str(ROOT / "examples" / "clean-council-budget.md"))
    parser.add_argument("--copies", type=int, default=2, help="the article this many times over (default 2)")
    args = parser.parse_args()
    text = "\n\n".join([Path(args.article).read_text(encoding="utf-8")] * args.copies)
    uri = (Path("/tmp") / "newslint-lsp-latency" / Path(args.article).name).as_uri()

    started = time.perf_counter()
    server = Server()
    server.send({"id": 1, "method": "initialize", "params": {"processId": None, "rootUri": None, "capabilities": {}}})
    server.receive()
    initialized = time.perf_counter() - started
    server.send({"method": "initialized", "params": {}})
    server.send({"method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
    found = server.diagnostics(1)
    first = time.perf_counter() - started

    lines = text.split("\n")
    line, column = len(lines) - 1, len(lines[-1])  # plain ASCII: UTF-16 columns are code points
    after_pause = []
    for version, character in enumerate(TYPED, start=2):
        at = {"line": line, "character": column}
        sent = time.perf_counter()
        server.send({"method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": at, "end": at}, "text": character}],
        }})
        server.diagnostics(version)
        after_pause.append(time.perf_counter() - sent - DEBOUNCE)
        column += 1
    server.send({"id": 2, "method": "shutdown", "params": None})
    server.receive()
    server.send({"method": "exit", "params": None})
    server.process.wait(timeout=30)

    after_pause.sort()
    p95 = after_pause[max(0, round(len(after_pause) * 0.95) - 1)]
    print(f"article: {len(text.split())} words, {len(found)} findings")
    print(f"initialize answered: {initialized:.2f} s; first diagnostics (engines warming): {first:.2f} s")
    print(f"each keystroke, after the {DEBOUNCE * 1000:.0f} ms debounce: p50 {statistics.median(after_pause) * 1000:.0f} ms, "
          f"p95 {p95 * 1000:.0f} ms, max {after_pause[-1] * 1000:.0f} ms ({len(after_pause)} keystrokes)")


if __name__ == "__main__":
    main()
