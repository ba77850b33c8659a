"""Speed and peak memory of newslint on hostile shapes and big inputs (issue 11).

    python benchmarks/hostile_shapes.py                      # every shape, default rules
    python benchmarks/hostile_shapes.py --shapes commas,deep-html --select punctuation
    python benchmarks/hostile_shapes.py --big 1,5            # plus 1 MB and 5 MB of BBC news (read in place)

Each shape is linted in its own process (``newslint check``), so the peak memory is that
shape's alone. Prints wall and CPU seconds, peak RSS (MB), the exit code and how the run
ended (checked whole, or only partly when the time budget ran out) per shape. The big inputs
concatenate articles of the research-only BBC corpus in a temporary file, never in the project.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

import speed  # (run as a script: benchmarks/ is on the path)

HERE = Path(__file__).resolve().parent
BBC = HERE.parent.parent / "shared" / "corpus" / "bbc_news" / "bbc_news.jsonl"
_WORDS = "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima Mike November".split()


def _caps_run(n: int) -> str:
    rng = random.Random(1)
    return "He said " + " ".join(rng.choice(_WORDS) for _ in range(n)) + " was there.\n"


def _caps_mixed(n: int) -> str:
    name = " ".join(_WORDS[:4])
    mixed = " ".join(w if k % 2 == 0 else w.lower() for k, w in enumerate(_WORDS[:4] * (n // 4)))
    return f"He met the {name} today. Then the {name} left. Later {mixed} was there.\n"


def shapes() -> dict[str, tuple[str, str]]:
    """name -> (file name, text)"""
    return {
        "caps-run-466": ("a.txt", _caps_run(466)),
        "caps-run-3333": ("a.txt", _caps_run(3333)),
        "caps-run-33k": ("a.txt", _caps_run(33_000)),
        "caps-mixed-3333": ("a.txt", _caps_mixed(3333)),
        "commas-100k": ("a.txt", "It was " + "a," * 50_000 + "a.\n"),
        "glued-stops-100k": ("a.txt", "It was " + "ab.Cd" * 20_000 + ".\n"),
        "doubles-20k": ("a.txt", "He said " + " ".join(w + " " + w for w in _WORDS * 1_500) + " was there.\n"),
        "deep-html-20k": ("a.html", "<html><body>" + "<div>" * 20_000 + "<p>It was the best plan.</p>"
                          + "</div>" * 20_000 + "</body></html>\n"),
        "headings-html-10k": ("a.html", "<html><body>" + "".join(
            f"<h2>Section {k}</h2><p>It was the best plan.</p>" for k in range(10_000)) + "</body></html>\n"),
        "headings-md-10k": ("a.md", "".join(f"## Section {k}\n\nIt was the best plan.\n\n" for k in range(10_000))),
        "links-html-20k": ("a.html", "<html><body><p>" + " ".join(
            f'<a href="https://example.com/{k}">link {k}</a>' for k in range(20_000)) + "</p></body></html>\n"),
        "links-md-20k": ("a.md", " ".join(f"[link {k}](https://example.com/{k})" for k in range(20_000)) + "\n"),
        "dots-100k": ("a.txt", "It was over" + "." * 100_000 + "\n"),
        "the-20k": ("a.txt", "He said " + "the " * 20_000 + "plan was there.\n"),
        "entities-20k": ("a.txt", "The firm " + " ".join("Marks &amp; Spencer" for _ in range(20_000)) + " said.\n"),
    }


def big_input(megabytes: float) -> str:
    parts, size = [], 0
    with BBC.open(encoding="utf-8") as stream:
        while size < megabytes * 1_000_000:
            for line in stream:
                text = json.loads(line)["text"]
                parts.append(text)
                size += len(text.encode())
                if size >= megabytes * 1_000_000:
                    break
            else:
                stream.seek(0)
    return "\n\n".join(parts)


def measure(path: Path, extra: list[str], timeout: float) -> dict:
    """The run's wall and CPU seconds, peak RSS (MB), exit code and stderr (speed.py's measure)."""
    return speed.measure([sys.executable, "-m", "newslint", "check", "--no-cache", *extra, str(path)], timeout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shapes", help="comma-separated shape names (default: all)")
    parser.add_argument("--big", default="", help="sizes in MB of concatenated BBC news, e.g. 1,5")
    parser.add_argument("--select", help="rule selectors passed to newslint check")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per shape before giving up")
    args = parser.parse_args(argv)
    chosen = shapes()
    if args.shapes:
        chosen = {k: v for k, v in chosen.items() if k in args.shapes.split(",")}
    extra = ["--select", args.select] if args.select else []
    with tempfile.TemporaryDirectory() as tmp:
        cases = [(name, Path(tmp) / name / file, text) for name, (file, text) in chosen.items()]
        for size in filter(None, args.big.split(",")):
            cases.append((f"bbc-{size}MB", Path(tmp) / f"bbc-{size}" / "a.txt", big_input(float(size))))
        print(f"{'shape':20} {'chars':>10} {'wall s':>8} {'CPU s':>8} {'peak MB':>8}  exit")
        for name, path, text in cases:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            result = measure(path, extra, args.timeout)
            print(f"{name:20} {len(text):>10} {result['wall']:>8.2f} {result['cpu']:>8.2f} {result['peak_mb']:>8.0f}"
                  f"  {result['rc']}  {speed.outcome(result)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
