"""Speed and memory: newslint against its peers on the same articles, in the same run.

    python benchmarks/speed.py                         # 300 BBC articles, 2 rounds (research-only corpus, read in place)
    python benchmarks/speed.py --limit 1000 --rounds 3 --jobs 2
    python benchmarks/speed.py --sizes 100k,1m,5m      # also one long article per size and format
    python benchmarks/speed.py --only components       # where newslint's time goes

Every command runs in a fresh process (harper-py caches parses for the whole process,
so linting the same texts twice in one process measures the cache), and the commands
alternate over ``--rounds`` on the same files; the figure reported is CPU milliseconds per
article of the whole process tree (user + system, workers included), the steadier figure
on a shared machine, with wall time beside it. The best round counts.

- newslint, default rules, ``--jobs 1`` and ``--jobs N``, and its cached re-run;
- Harper alone (harper-py): its own defaults; exactly the Harper lints newslint keeps;
  its parse with every lint off (the floor under any design that parses every sentence);
- proselint, if installed (``pip install proselint`` into the venv: a benchmark peer,
  not a dependency of newslint);
- cold start: one article with default rules, and with non-grammar rules only;
- with ``--sizes``: one article of each size in .txt, .md and .html, built by
  concatenating BBC articles at run time: wall and CPU seconds, peak memory, and whether
  it was checked whole or only partly within the time budget (newslint's default, 60 s,
  unless ``--time-budget``); a size over newslint's 10 MB limit is shown refused, then
  timed with ``--max-file-size 30MB``;
- ``components``: CPU ms per article by component (Harper's document lint, Harper's
  speller, the document model, each rule family with the analyses it triggers) in one
  process.

The corpus is never copied into the project: a temporary JSON Lines file holds the
sample while the benchmark runs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_INPUT = HERE.parent.parent / "shared" / "corpus" / "bbc_news" / "bbc_news.jsonl"
NON_GRAMMAR = "casing,consistency,wording,attribution,sourcing,seo,artifact,structure,metadata,readability,unicode"
SIZES = {"100k": 100_000, "1m": 1_000_000, "5m": 5_000_000, "20m": 20_000_000}
DEFAULT_MAX_FILE_SIZE = 10_000_000  # newslint refuses larger files unless --max-file-size says otherwise

# Run as ``python -c`` in a fresh process: a command's wall seconds, CPU seconds of its process tree, peak RSS.
_MEASURE = (
    "import json, resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "p = subprocess.run(sys.argv[2:], capture_output=True, timeout=float(sys.argv[1]) or None)\n"
    "wall = time.perf_counter() - t\n"
    "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "sys.stdout.write(json.dumps({'wall': wall, 'cpu': u.ru_utime + u.ru_stime, 'peak_mb': u.ru_maxrss / 1024,\n"
    "                             'rc': p.returncode, 'out': p.stdout.decode()[-2000:], 'err': p.stderr.decode()[-2000:]}))\n"
)

# Harper alone in a fresh process: "defaults", "kept" (the lints newslint switches on) or "floor" (none).
_HARPER = (
    "import json, sys, time\n"
    "import harper\n"
    "texts = [json.loads(line)['text'] for line in open(sys.argv[1], encoding='utf-8')]\n"
    "linter = harper.Linter()\n"
    "names = linter.get_default_lint_config()\n"
    "if sys.argv[2] == 'kept':\n"
    "    from newslint.engine.registry import load_registry\n"
    "    from newslint.engines.harper import used_rules\n"
    "    load_registry().rules  # every rule module: each switches on the Harper lints it reads\n"
    "    kept = used_rules()\n"
    "    linter.set_lint_config({name: name in kept for name in names})\n"
    "elif sys.argv[2] == 'floor':\n"
    "    linter.set_lint_config(dict.fromkeys(names, False))\n"
    "t = time.process_time()\n"
    "for text in texts:\n"
    "    linter.lint(text, language='plaintext')\n"
    "print(time.process_time() - t)\n"
)

_PROSELINT = (
    "import json, sys, time\n"
    "from proselint.checks import __register__\n"
    "from proselint.config import DEFAULT\n"
    "from proselint.registry import CheckRegistry\n"
    "from proselint.tools import LintFile\n"
    "texts = [json.loads(line)['text'] for line in open(sys.argv[1], encoding='utf-8')]\n"
    "CheckRegistry().register_many(__register__)  # as proselint's own command line does\n"
    "t = time.process_time()\n"
    "found = sum(len(LintFile(f'article-{i}', text).lint(DEFAULT)) for i, text in enumerate(texts))\n"
    "if not found:\n"
    "    sys.exit('proselint reported nothing on the whole sample: its API has changed')\n"
    "print(time.process_time() - t)\n"
)


def measure(command: list[str], timeout: float = 0) -> dict:
    process = subprocess.run([sys.executable, "-c", _MEASURE, str(timeout), *command], capture_output=True, text=True)
    if process.returncode != 0:  # the timeout, or the wrapper itself failed
        return {"wall": float("nan"), "cpu": float("nan"), "peak_mb": float("nan"), "rc": None, "out": "", "err": process.stderr[-500:]}
    return json.loads(process.stdout)


def newslint(*args: str) -> list[str]:
    return [sys.executable, "-m", "newslint", "check", "--no-config", "--no-cache", "--quiet", "--fail-on", "never", *args]


def has_proselint() -> bool:
    return subprocess.run([sys.executable, "-c", "import proselint"], capture_output=True).returncode == 0


def sample(path: Path, limit: int, folder: Path) -> tuple[Path, list[str]]:
    with path.open(encoding="utf-8") as stream:
        texts = [json.loads(line)["text"] for line, _ in zip(stream, range(limit)) if line.strip()]
    target = folder / "sample.jsonl"
    target.write_text("".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts)), encoding="utf-8")
    return target, texts


def long_article(texts: list[str], size: int, fmt: str) -> str:
    """About ``size`` characters of BBC articles, one after another, as .txt, .md or .html."""
    pieces, total, i = [], 0, 0
    while total < size:
        title, _, body = texts[i % len(texts)].strip().partition("\n")
        paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
        if fmt == "md":
            piece = f"## {title}\n\n" + "\n\n".join(paragraphs) + "\n\n"
        elif fmt == "html":
            piece = f"<h2>{title}</h2>\n" + "".join(f"<p>{p}</p>\n" for p in paragraphs)
        else:
            piece = title + "\n\n" + "\n\n".join(paragraphs) + "\n\n"
        pieces.append(piece)
        total += len(piece)
        i += 1
    text = "".join(pieces)
    if fmt == "html":
        return f"<!DOCTYPE html>\n<html><head><title>Long article</title></head><body>\n<h1>Long article</h1>\n{text}</body></html>\n"
    return text


def outcome(result: dict) -> str:
    """How a long-article run ended: checked whole, only partly (where the budget ran out), refused, or failed."""
    if result["rc"] is None:
        return "stopped by the benchmark's --timeout"
    partly = re.search(r"checked only partly: the \S+ s time budget ran out ((?:before|during) rule \S+?)[;( ]", result["err"])
    if partly:
        return f"partly checked: budget ran out {partly.group(1)}"
    refused = re.search(r"skipped: [^\n]*", result["err"])
    if refused:
        return refused.group(0)
    return "checked whole" if result["rc"] in (0, 1) else f"exit {result['rc']}: {result['err'][-200:].strip()}"


def components(texts: list[str]) -> dict[str, float]:
    """CPU ms per article by component, in this process (timers around each)."""
    from newslint import api
    from newslint.engines import harper
    import newslint.engine.runner as runner

    totals: dict[str, float] = {}

    def timed(name, function):
        def wrapper(*args, **kwargs):
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                totals[name] = totals.get(name, 0.0) + time.process_time() - started
        return wrapper

    # the engines first: their time is taken out of the rule that asked (below)
    harper._lint_document = timed("Harper document lint", harper._lint_document)
    spell, inside = harper._spell, []

    def _spell(words, dialect):  # SpellCheck outside the known-word test: corrections for words that may be reported
        return spell(words, dialect) if inside else timed("Harper speller: corrections", spell)(words, dialect)

    def _known(words, dialect):
        inside.append(1)
        try:
            return known(words, dialect)
        finally:
            inside.pop()

    known = harper._known
    harper._spell = _spell
    harper._known = timed("Harper speller: known-word test", _known)
    runner.parse_document = timed("document model", runner.parse_document)
    linter = api._linter(None, None, None)  # the registry api.lint_text uses (one per set of rule directories)
    for rule in linter.registry_for(linter.configs.for_path("a.txt")).rules.values():
        rule.check = timed(f"rules: {rule.category}", rule.check)
    api.lint_text("Warm up.", path="w.txt")
    totals.clear()
    started = time.process_time()
    for i, text in enumerate(texts):
        api.lint_text(text, path=f"a{i}.txt")
    totals["total"] = time.process_time() - started
    engine = sum(totals.get(name, 0.0) for name in ("Harper document lint", "Harper speller: known-word test", "Harper speller: corrections"))
    rules = sum(v for k, v in totals.items() if k.startswith("rules:"))
    totals["rules (without the engines they call)"] = rules - engine
    totals["engine: reading, config, positions, suppressions"] = totals["total"] - rules - totals.get("document model", 0.0)
    return {name: round(seconds * 1000 / len(texts), 2) for name, seconds in sorted(totals.items())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT, help="a .jsonl collection (text field 'text')")
    parser.add_argument("--limit", type=int, default=300, help="articles to lint (the first N)")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of every command, in alternating order")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--sizes", default="", help="long articles to time, e.g. 100k,1m,5m (each as .txt, .md, .html)")
    parser.add_argument("--timeout", type=float, default=900, help="seconds before a long-article run is stopped")
    parser.add_argument("--time-budget", type=float, help="newslint's --time-budget for the long articles (default: its own, 60 s)")
    parser.add_argument("--only", choices=["peers", "cold", "sizes", "components"], action="append", help="run only these parts")
    parser.add_argument("--json", type=Path, help="write the numbers here")
    args = parser.parse_args()
    if not args.input.exists():
        sys.exit(f"{args.input} is absent (the corpus lives in ../shared/corpus/); give --input")
    parts = set(args.only or ["peers", "cold", "components"] + (["sizes"] if args.sizes else []))

    machine = f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.system()}"
    numbers: dict[str, object] = {"machine": machine}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        jsonl, texts = sample(args.input, args.limit, folder)
        n, words = len(texts), sum(len(t.split()) for t in texts)
        numbers.update(articles=n, words=words)
        print(f"{n} articles, {words} words; {machine}; best of {args.rounds} rounds, each command in a fresh process")

        if "peers" in parts:
            commands = {f"newslint, default rules, --jobs {j}": newslint("--format", "json", "--jobs", str(j), str(jsonl)) for j in sorted({1, args.jobs})}
            for mode, label in (("defaults", "Harper alone, its defaults"), ("kept", "Harper alone, the lints newslint keeps"), ("floor", "Harper's parse only (every lint off)")):
                commands[label] = [sys.executable, "-c", _HARPER, str(jsonl), mode]
            if has_proselint():
                commands["proselint"] = [sys.executable, "-c", _PROSELINT, str(jsonl)]
            else:
                print("  (proselint is not installed: pip install proselint)")
            runs: dict[str, list[dict]] = {name: [] for name in commands}
            for round_ in range(args.rounds):
                order = list(commands) if round_ % 2 == 0 else list(reversed(commands))
                for name in order:
                    runs[name].append(measure(commands[name]))
            print(f"  {'':44} {'CPU ms/article':>14} {'wall s':>8} {'articles/s':>10} {'peak MB':>8}  (lint only, ms/article)")
            for name, results in runs.items():
                best = min(results, key=lambda r: r["cpu"])
                if best["rc"] not in (0, None) or best["rc"] is None:
                    print(f"  {name}: failed: {best['err'][-300:]}")
                    continue
                inner = best["out"].strip().splitlines()[-1] if not name.startswith("newslint") and best["out"].strip() else None
                lint_only = f"  ({float(inner) * 1000 / n:.1f})" if inner else ""
                print(f"  {name:44} {best['cpu'] * 1000 / n:14.1f} {best['wall']:8.2f} {n / best['wall']:10.1f} {best['peak_mb']:8.0f}{lint_only}")
                numbers[name] = {"cpu_ms_per_article": round(best["cpu"] * 1000 / n, 1), "wall_s": round(best["wall"], 2),
                                 "articles_per_s": round(n / best["wall"], 1), "peak_mb": round(best["peak_mb"]),
                                 **({"lint_only_ms_per_article": round(float(inner) * 1000 / n, 1)} if inner else {})}

        if "peers" in parts:
            cached = [sys.executable, "-m", "newslint", "check", "--no-config", "--cache-dir", str(folder / "cache"), "--quiet",
                      "--format", "json", "--fail-on", "never", "--jobs", str(args.jobs), str(jsonl)]
            measure(cached)  # fills the cache
            again = measure(cached)
            label = f"newslint, cached re-run, --jobs {args.jobs}"
            print(f"  {label:44} {again['cpu'] * 1000 / n:14.1f} {again['wall']:8.2f} {n / again['wall']:10.1f} {again['peak_mb']:8.0f}")
            numbers["newslint, cached re-run"] = {"wall_s": round(again["wall"], 2), "cpu_ms_per_article": round(again["cpu"] * 1000 / n, 1)}

        if "cold" in parts:
            one = folder / "article.txt"
            one.write_text(max(texts[:50], key=len), encoding="utf-8")
            for label, extra in (("default rules", []), ("non-grammar rules", ["--select", NON_GRAMMAR])):
                runs = [measure(newslint(*extra, str(one))) for _ in range(max(args.rounds, 3))]
                best = min(runs, key=lambda r: r["cpu"])
                print(f"  cold start, one article, {label:26} {best['wall']:6.2f} s wall, {best['cpu']:5.2f} s CPU, peak {best['peak_mb']:.0f} MB")
                numbers[f"cold start, {label}"] = {"wall_s": round(best["wall"], 2), "cpu_s": round(best["cpu"], 2)}

        if "sizes" in parts:
            for size in [s.strip() for s in args.sizes.split(",") if s.strip()]:
                for fmt in ("txt", "md", "html"):
                    path = folder / f"long-{size}.{fmt}"
                    path.write_text(long_article(texts, SIZES[size], fmt), encoding="utf-8")
                    budget = ["--time-budget", str(args.time_budget)] if args.time_budget else []
                    runs = [("", [])] if SIZES[size] <= DEFAULT_MAX_FILE_SIZE else [("default limit", []), ("--max-file-size 30MB", ["--max-file-size", "30MB"])]
                    for label, limit in runs:
                        result = measure(newslint("--format", "json", *limit, *budget, str(path)), args.timeout)
                        status = outcome(result)
                        print(f"  one {size} article, .{fmt:5} {label:21} {result['wall']:7.1f} s wall {result['cpu']:7.1f} s CPU"
                              f"  peak {result['peak_mb']:6.0f} MB  {status}", flush=True)
                        numbers[f"{size}.{fmt}{', ' + label if label else ''}"] = {
                            "wall_s": round(result["wall"], 1), "cpu_s": round(result["cpu"], 1), "peak_mb": round(result["peak_mb"]), "outcome": status}

    if "components" in parts:
        split = components(texts)
        print("  CPU ms per article by component (one process, timers around each):")
        for name, ms in split.items():
            print(f"    {name:52} {ms:7.2f}")
        numbers["components_ms_per_article"] = split
    if args.json:
        args.json.write_text(json.dumps(numbers, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
