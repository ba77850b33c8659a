"""A bounded load test of ``newslint serve`` on loopback: requests/s, p50/p95 latency, memory over a soak.

    python benchmarks/serve_load.py                       # 200 requests at 1 and at 8 clients, soak of 2,000
    python benchmarks/serve_load.py --requests 100 --soak 500 --endpoint v2

Starts the server as a user would (``python -m newslint serve`` on 127.0.0.1, a free
port), waits for /health (the engine warms before it answers), then sends a fixed
number of requests of ~500-word articles (BBC news, research-only, read in place and
never copied; a self-written article when the corpus is absent). Everything is bounded:
fixed counts, and the run stops after --max-seconds. The server's RSS is read from
/proc before and after the soak.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

BBC = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "bbc_news" / "bbc_news.jsonl"
FALLBACK = (
    "Council backs plan for new bridge\n\n"
    + "\n\n".join(
        f"Councillors voted {n} to 3 on Tuesday to back the plan, which the transport department said would cut "
        "journey times across the river by a third. The chairman told reporters the authority had listened to "
        "residents, who had raised concerns about noise and traffic during the two years of work. Opponents said "
        "they would keep pressing for a review of the costs, which have risen since the scheme was first proposed."
        for n in range(5, 10)
    )
)


def articles(count: int = 20) -> list[str]:
    """Up to ``count`` news articles of 400–600 words."""
    found = []
    if BBC.exists():
        with BBC.open(encoding="utf-8") as stream:
            for line in stream:
                record = json.loads(line)
                text = f"{record.get('title', '').strip()}\n\n{record['text'].strip()}\n"
                if 400 <= len(text.split()) <= 600:
                    found.append(text)
                    if len(found) >= count:
                        break
    return found or [FALLBACK]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def rss_mb(pid: int) -> float:
    """The resident memory of ``pid`` and its descendants (the worker processes of --processes)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    tree, grew = {pid}, True
    while grew:
        more = {child for child, parent in parents.items() if parent in tree} - tree
        tree |= more
        grew = bool(more)
    total = 0
    for member in tree:
        try:
            for line in Path(f"/proc/{member}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def request_for(endpoint: str, text: str) -> tuple[str, bytes, str]:
    if endpoint == "v2":
        return "/v2/check", urlencode({"text": text, "language": "en-US"}).encode(), "application/x-www-form-urlencoded"
    return "/v1/check", json.dumps({"text": text, "format": "text"}).encode(), "application/json"


def load(port: int, endpoint: str, texts: list[str], total: int, clients: int, deadline: float) -> dict:
    """``total`` requests shared by ``clients`` threads, each on its own keep-alive connection."""
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    counter = iter(range(total))

    def client() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        for i in counter:
            if time.monotonic() > deadline:
                return
            path, body, kind = request_for(endpoint, texts[i % len(texts)])
            started = time.perf_counter()
            connection.request("POST", path, body, {"Content-Type": kind})
            response = connection.getresponse()
            response.read()
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                if response.status != 200:
                    failures.append(str(response.status))
        connection.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    ordered = sorted(latencies)
    return {
        "clients": clients,
        "requests": len(latencies),
        "failures": len(failures),
        "requests_per_s": round(len(latencies) / wall, 1) if wall else 0.0,
        "p50_ms": round(statistics.median(ordered) * 1000, 1) if ordered else None,
        "p95_ms": round(ordered[max(0, int(len(ordered) * 0.95) - 1)] * 1000, 1) if ordered else None,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=200, help="requests per measured phase")
    parser.add_argument("--soak", type=int, default=2000, help="requests in the memory soak (8 clients)")
    parser.add_argument("--endpoint", choices=["v1", "v2"], default="v1")
    parser.add_argument("--workers", type=int, default=2, help="the server's linting threads")
    parser.add_argument("--processes", type=int, default=1, help="the server's processes")
    parser.add_argument("--max-seconds", type=float, default=600, help="stop sending after this long")
    options = parser.parse_args()

    texts = articles()
    port = free_port()
    env = dict(os.environ, NEWSLINT_SERVE_TOKEN="")
    server = subprocess.Popen(
        [sys.executable, "-m", "newslint", "serve", "--port", str(port), "--workers", str(options.workers),
         "--processes", str(options.processes), "--queue", "64"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        started = time.perf_counter()
        while True:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                connection.request("GET", "/health")
                if connection.getresponse().status == 200:
                    break
            except OSError:
                pass
            if server.poll() is not None or time.perf_counter() - started > 120:
                print(server.stderr.read().decode(errors="replace"), file=sys.stderr)
                raise SystemExit("the server did not start")
            time.sleep(0.1)
        startup = time.perf_counter() - started
        deadline = time.monotonic() + options.max_seconds
        words = statistics.mean(len(t.split()) for t in texts)
        print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}; "
              f"server: {options.processes} process(es) x {options.workers} threads, startup with warm-up {startup:.1f} s")
        print(f"articles: {len(texts)} {'BBC news' if BBC.exists() else 'self-written'} articles, mean {words:.0f} words; endpoint /{options.endpoint}/check")
        load(port, options.endpoint, texts, 20, 1, deadline)  # first requests of each article (connection set-up, caches)
        for clients in (1, 8):
            result = load(port, options.endpoint, texts, options.requests, clients, deadline)
            print(f"{clients} client(s): {result['requests']} requests, {result['requests_per_s']} req/s, "
                  f"p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, failures {result['failures']}")
        before = rss_mb(server.pid)
        soak = load(port, options.endpoint, texts, options.soak, 8, deadline)
        after = rss_mb(server.pid)
        print(f"soak: {soak['requests']} requests at 8 clients ({soak['requests_per_s']} req/s, failures {soak['failures']}); "
              f"server RSS {before:.1f} MB before, {after:.1f} MB after ({after - before:+.1f} MB)")
        return 0 if not soak["failures"] else 1
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    sys.exit(main())
