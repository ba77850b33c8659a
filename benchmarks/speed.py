"""Speed and memory: newslint against its peers on the same articles.

    python benchmarks/speed.py                                   # BBC corpus (research-only, read in place)
    python benchmarks/speed.py --input some/dir --jobs 2 --peer-limit 300

Reports, for the whole input:
- newslint with all default rules, with --jobs 1 and --jobs N (no cache): articles/s, words/s,
  peak memory of the largest process (a worker);
- newslint's cached re-run; the cold start of one article with default rules and with
  non-grammar rules only;
- Harper alone (harper-py's ``Linter.lint`` with its own defaults over the same texts) and
  proselint (its Python API), side by side as ratios.

The corpus is never copied: JSON Lines are linted in place as a collection.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_INPUT = HERE.parent.parent / "shared" / "corpus" / "bbc_news" / "bbc_news.jsonl"
NON_GRAMMAR = "casing,consistency,wording,attribution,sourcing,seo,artifact,structure,metadata,readability,unicode"


def load_texts(path: Path) -> list[str]:
    if path.is_dir():
        return [p.read_text(encoding="utf-8", errors="replace") for p in sorted(path.rglob("*")) if p.suffix in (".txt", ".md")]
    with path.open(encoding="utf-8") as stream:
        return [json.loads(line)["text"] for line in stream if line.strip()]


def run_newslint(args: list[str], cwd: Path | None = None) -> tuple[float, float, subprocess.CompletedProcess]:
    """Wall seconds and peak RSS (MB) of the largest process newslint started (itself or a worker)."""
    code = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "p = subprocess.run(sys.argv[1:], capture_output=True)\n"
        "wall = time.perf_counter() - t\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "sys.stdout.write(f'{wall} {peak} {p.returncode}\\n')\n"
        "sys.stderr.buffer.write(p.stderr[-2000:])\n"
    )
    command = [sys.executable, "-c", code, sys.executable, "-m", "newslint", *args]
    process = subprocess.run(command, capture_output=True, text=True, cwd=cwd)
    wall, peak, _ = process.stdout.split()
    return float(wall), float(peak), process


def harper_alone(texts: list[str], every_lint_off: bool = False) -> tuple[float, float]:
    """Harper's build and lint time; with ``every_lint_off``, only its parsing (the floor under
    any Harper-backed rule)."""
    import harper

    started = time.perf_counter()
    linter = harper.Linter()
    build = time.perf_counter() - started
    if every_lint_off:
        linter.set_lint_config(dict.fromkeys(linter.get_default_lint_config(), False))
    started = time.perf_counter()
    for text in texts:
        linter.lint(text, language="plaintext")
    return build, time.perf_counter() - started


def proselint_alone(texts: list[str]) -> float:
    from proselint.checks import __register__
    from proselint.config import DEFAULT
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    CheckRegistry().register_many(__register__)  # as proselint's own command line does
    found = 0
    started = time.perf_counter()
    for i, text in enumerate(texts):
        found += len(LintFile(f"article-{i}", text).lint(DEFAULT))
    seconds = time.perf_counter() - started
    if not found:  # an API change that leaves the registry empty would make proselint look instant
        raise SystemExit("proselint reported nothing on the whole sample: its API has changed")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT, help="a .jsonl collection (text field 'text') or a directory")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--peer-limit", type=int, default=400, help="articles for proselint (slow); its rate is per article")
    parser.add_argument("--json", type=Path, help="write the numbers here")
    args = parser.parse_args()
    if not args.input.exists():
        sys.exit(f"{args.input} is absent (the corpus lives in ../shared/corpus/); give --input")

    texts = load_texts(args.input)
    words = sum(len(t.split()) for t in texts)
    n = len(texts)
    numbers: dict[str, object] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.system()}",
        "input": str(args.input.name),
        "articles": n,
        "words": words,
    }
    target = [str(args.input)]
    print(f"{n} articles, {words} words; {numbers['machine']}")

    def row(name: str, seconds: float, peak: float | None = None) -> None:
        memory = f"  peak {peak:6.0f} MB" if peak is not None else ""
        print(f"  {name:42} {seconds:7.2f} s  {n / seconds:8.1f} articles/s  {words / seconds:9.0f} words/s{memory}")
        numbers[name] = {"seconds": round(seconds, 3), "articles_per_s": round(n / seconds, 1), "words_per_s": round(words / seconds), **({"peak_mb": round(peak)} if peak else {})}

    for jobs in sorted({1, args.jobs}):
        wall, peak, process = run_newslint(["check", "--no-config", "--no-cache", "--quiet", "--format", "json", "--fail-on", "never", "--jobs", str(jobs), *target])
        if process.returncode != 0:
            print(process.stderr)
        row(f"newslint, default rules, --jobs {jobs}", wall, peak)

    with tempfile.TemporaryDirectory() as cache:
        base = ["check", "--no-config", "--cache-dir", cache, "--quiet", "--format", "json", "--fail-on", "never", "--jobs", str(args.jobs), *target]
        run_newslint(base)
        wall, peak, _ = run_newslint(base)
        row(f"newslint, cached re-run, --jobs {args.jobs}", wall, peak)

    with tempfile.TemporaryDirectory() as folder:
        one = Path(folder) / "article.txt"
        one.write_text(max(texts[:50], key=len), encoding="utf-8")
        for label, extra in (("default rules", []), ("non-grammar rules", ["--select", NON_GRAMMAR])):
            best = min(run_newslint(["check", "--no-config", "--no-cache", "--quiet", "--fail-on", "never", *extra, str(one)])[0] for _ in range(3))
            print(f"  cold start, one article, {label:28} {best:6.2f} s")
            numbers[f"cold start, {label}"] = round(best, 3)

    build, seconds = harper_alone(texts)
    row("Harper alone (harper-py defaults), 1 process", seconds)
    numbers["harper_build_s"] = round(build, 2)
    _, floor = harper_alone(texts, every_lint_off=True)
    row("Harper parsing only (every lint off)", floor)
    sample = texts[: args.peer_limit]
    proselint_seconds = proselint_alone(sample) * n / len(sample)
    row(f"proselint (measured on {len(sample)}), 1 process", proselint_seconds)

    one_job = numbers["newslint, default rules, --jobs 1"]["seconds"]
    n_jobs = numbers[f"newslint, default rules, --jobs {args.jobs}"]["seconds"]
    numbers["ratio newslint(--jobs 1) / Harper alone"] = round(one_job / seconds, 2)
    numbers[f"ratio newslint(--jobs {args.jobs}) throughput / proselint"] = round(proselint_seconds / n_jobs, 2)
    print(f"  newslint --jobs 1 takes {one_job / seconds:.2f}x Harper alone's time; "
          f"--jobs {args.jobs} has {proselint_seconds / n_jobs:.2f}x proselint's throughput")
    if args.json:
        args.json.write_text(json.dumps(numbers, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
