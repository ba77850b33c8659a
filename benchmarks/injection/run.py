"""Recall of newslint (and of Harper alone) on errors injected into real news.

For each sampled article, each error kind and each format (.txt, .md, .html):
inject one error, render the article, lint the file in-process with newslint's
default rules, and score:

- HIT: a finding of one of the kind's rules overlaps a gold span;
  EXACT: its line/column range equals the gold span's (kinds with exact=True);
- INJECTION NOISE: warning/error findings in the injected file beyond those of
  the clean rendering of the same article (same format), the hit left out;
- CLEAN NOISE: warning/error findings per 1,000 words on the clean renderings;
- HARPER: harper-py alone, its default lints, on the same file: any lint
  overlapping the gold span is a hit.

    python -m benchmarks.injection.run                          # default sample
    python -m benchmarks.injection.run --kinds a-an,too-for-to --show-misses 5
    python -m benchmarks.injection.run --write-thresholds       # re-measure the test gate
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import random
import sys
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.injection import base, corpus
from benchmarks.injection.render import FORMATS, Position, render

HERE = Path(__file__).resolve().parent
THRESHOLDS = HERE / "thresholds.json"
INJECTOR_MODULES = ("benchmarks.injection.language", "benchmarks.injection.journalism")
# The regression gate's fixed sample (tests/test_injection_benchmark.py and --write-thresholds).
GATE = {"articles": 3, "seed": 8, "corpora": list(corpus.CORPORA), "formats": list(FORMATS)}
MARGIN = 0.05  # thresholds sit this far below what was measured


def is_control(kind: base.Kind) -> bool:
    """A control kind puts in correct copy: a finding there is a false alarm, not a hit."""
    return kind.family.endswith("-control")


def load_kinds() -> dict[str, base.Kind]:
    """Import every injector module that exists, so its kinds register."""
    for name in INJECTOR_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
    return base.KINDS


# -- the cases ------------------------------------------------------------------------------


@dataclass
class Case:
    key: str                  # "bbc/business/001|a-an|md", or "...|clean|md"
    article: str
    corpus: str
    kind: str                 # "clean" for a clean rendering
    fmt: str
    path: str
    text: str
    gold: list[Position] = field(default_factory=list)
    rules: tuple[str, ...] = ()
    exact: bool = False
    note: str = ""


def build_cases(articles: list[base.Article], kinds: list[base.Kind], formats: list[str], seed: int) -> list[Case]:
    cases = []
    for article in articles:
        for fmt in formats:
            clean = render(article, fmt, (), seed)
            cases.append(Case(f"{article.id}|clean|{fmt}", article.id, article.corpus, "clean", fmt,
                              f"{article.id}.{fmt}", clean.text))
        for kind in kinds:
            injection = kind.function(article, random.Random(f"{seed}/{article.id}/{kind.name}"))
            if injection is None:
                continue
            for fmt in formats:
                if injection.formats is not None and fmt not in injection.formats:
                    continue
                rendered = render(injection.article, fmt, injection.gold, seed)
                cases.append(Case(f"{article.id}|{kind.name}|{fmt}", article.id, article.corpus, kind.name, fmt,
                                  f"{article.id}.{fmt}", rendered.text, rendered.positions, injection.rules,
                                  injection.exact, injection.note))
    return cases


# -- linting (in worker processes) ----------------------------------------------------------

_LINTER = None


def _init() -> None:
    global _LINTER
    from newslint.config import Selection
    from newslint.engine.runner import Linter

    _LINTER = Linter(cli_selection=Selection(select=None, ignore=[]))


def _lint(job: tuple[str, str, str, str, bool]) -> tuple[str, int, list[dict], list, list[str]]:
    key, path, text, fmt, harper = job
    result = _LINTER.lint_text(path, text)
    findings = [{"rule": f.rule, "severity": f.severity, "range": (f.line, f.column, f.end_line, f.end_column),
                 "start": f.src_start, "end": f.src_end, "message": f.message} for f in result.findings]
    lints = []
    if harper:
        from benchmarks.injection import harper_alone

        lints = harper_alone.lint(text, fmt)
    return key, result.words, findings, lints, result.errors


def lint_all(cases: list[Case], harper_kinds: set[str], jobs: int) -> dict[str, tuple]:
    work = [(c.key, c.path, c.text, c.fmt, c.kind in harper_kinds) for c in cases]
    with ProcessPoolExecutor(min(jobs, 2), initializer=_init) as pool:
        return {r[0]: r[1:] for r in pool.map(_lint, work, chunksize=8)}


# -- scoring --------------------------------------------------------------------------------


def _matches(rule: str, wanted: tuple[str, ...]) -> bool:
    return any(rule == w or (w.endswith("/") and rule.startswith(w)) for w in wanted)


def _overlaps(start: int, end: int, gold: Position) -> bool:
    if start == end:  # a zero-width finding (an insertion point) hits when it sits inside or at the span
        return gold.start <= start <= gold.end
    return start < gold.end and gold.start < end


def _serious(findings: list[dict]) -> list[dict]:
    return [f for f in findings if f["severity"] in ("warning", "error")]


@dataclass
class Score:
    case: Case
    hit: bool
    exact: bool
    harper: bool | None
    noise: int
    hits: list[dict]
    extra: list[dict]


def score(case: Case, findings: list[dict], clean: list[dict], lints: list | None) -> Score:
    hits = [f for f in findings if _matches(f["rule"], case.rules)
            and any(_overlaps(f["start"], f["end"], g) for g in case.gold)]
    exact = any(f["range"] == g.range() for f in hits for g in case.gold)
    before = Counter((f["rule"], f["message"]) for f in _serious(clean))
    extra = []
    for f in _serious(findings):
        if f in hits:
            continue
        if before[(f["rule"], f["message"])] > 0:
            before[(f["rule"], f["message"])] -= 1
            continue
        extra.append(f)
    harper = None if lints is None else any(_overlaps(s, e, g) for s, e, _ in lints for g in case.gold)
    return Score(case, bool(hits), exact, harper, len(extra), hits, extra)


def evaluate(cases: list[Case], results: dict[str, tuple], harper_kinds: set[str]) -> tuple[list[Score], dict]:
    scores = []
    clean_by = {(c.article, c.fmt): c.key for c in cases if c.kind == "clean"}
    for case in cases:
        if case.kind == "clean":
            continue
        _, findings, lints, _ = results[case.key]
        clean = results[clean_by[(case.article, case.fmt)]][1]
        scores.append(score(case, findings, clean, lints if case.kind in harper_kinds else None))
    noise: dict = defaultdict(lambda: {"words": 0, "findings": 0})
    for case in cases:
        if case.kind == "clean":
            words, findings, _, _ = results[case.key]
            for key in (case.corpus, f"{case.corpus}.{case.fmt}"):
                noise[key]["words"] += words
                noise[key]["findings"] += len(_serious(findings))
    return scores, dict(noise)


# -- report ---------------------------------------------------------------------------------


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "    —"


def summarize(scores: list[Score], kinds: dict[str, base.Kind]) -> dict:
    by_kind: dict[str, list[Score]] = defaultdict(list)
    for s in scores:
        by_kind[s.case.kind].append(s)
    rows = {}
    for name, group in by_kind.items():
        hits = [s for s in group if s.hit]
        harper = [s for s in group if s.harper is not None]
        rows[name] = {
            "family": kinds[name].family, "harper_expected": kinds[name].harper, "n": len(group),
            "hits": len(hits), "recall": len(hits) / len(group),
            "exact_required": group[0].case.exact,
            "exact": sum(s.exact for s in hits) / len(hits) if hits and group[0].case.exact else None,
            "harper_hits": sum(s.harper for s in harper) if harper else None,
            "harper_recall": sum(s.harper for s in harper) / len(harper) if harper else None,
            "noise": sum(s.noise for s in group) / len(group),
            "by_format": {fmt: sum(s.hit for s in group if s.case.fmt == fmt) / max(1, sum(s.case.fmt == fmt for s in group))
                          for fmt in sorted({s.case.fmt for s in group})},
        }
    return rows


def print_table(rows: dict, noise: dict, harper: bool) -> None:
    print(f"\n{'kind':34} {'family':10} {'n':>5} {'newslint':>8} {'exact':>7} {'Harper':>8} {'noise':>6}")
    order = sorted((k for k in rows if not rows[k]["family"].endswith("-control")), key=lambda k: (rows[k]["family"], k))
    for name in order:
        r = rows[name]
        exact = f"{100 * r['exact']:6.1f}%" if r["exact"] is not None else "      —"
        harp = _pct(r["harper_hits"], r["n"]) if harper and r["harper_hits"] is not None else "    —"
        mark = " " if r["harper_expected"] else "·"
        print(f"{name:34} {r['family']:10} {r['n']:5d} {_pct(r['hits'], r['n']):>8} {exact:>7} {harp:>7}{mark}"
              f" {r['noise']:6.2f}")
    print("(· = not a kind Harper is expected to find; noise = new warning/error findings per injected file)")
    controls = sorted(k for k in rows if rows[k]["family"].endswith("-control"))
    if controls:
        print(f"\n{'control (correct copy)':34} {'family':18} {'n':>5} {'false alarms':>12}")
        for name in controls:
            r = rows[name]
            print(f"{name:34} {r['family']:18} {r['n']:5d} {_pct(r['hits'], r['n']):>12}")
    print(f"\n{'family':20} {'n':>6} {'newslint':>8} {'Harper':>7} {'Harper kinds: newslint / Harper':>32}")
    for family in sorted({r["family"] for r in rows.values() if not r["family"].endswith("-control")}):
        group = [r for r in rows.values() if r["family"] == family]
        n = sum(r["n"] for r in group)
        hits = sum(r["hits"] for r in group)
        harp = sum(r["harper_hits"] or 0 for r in group)
        covered = [r for r in group if r["harper_expected"]]
        cn, ch, chh = sum(r["n"] for r in covered), sum(r["hits"] for r in covered), sum(r["harper_hits"] or 0 for r in covered)
        measured = harper and any(r["harper_hits"] is not None for r in group)
        hs = _pct(harp, n) if measured else "    —"
        cs = f"{_pct(ch, cn)} / {_pct(chh, cn) if measured else '—'}"
        print(f"{family:20} {n:6d} {_pct(hits, n):>8} {hs:>7} {cs:>32}")
    print("\nclean noise (warning/error findings per 1,000 words of the clean renderings)")
    for key in sorted(noise):
        v = noise[key]
        if "." in key:
            continue
        per_fmt = "  ".join(f"{fmt} {1000 * noise[f'{key}.{fmt}']['findings'] / max(1, noise[f'{key}.{fmt}']['words']):.3f}"
                            for fmt in FORMATS if f"{key}.{fmt}" in noise)
        print(f"  {key:10} {v['words']:8d} words  {1000 * v['findings'] / max(1, v['words']):6.3f}   ({per_fmt})")


def print_misses(scores: list[Score], per_kind: int) -> None:
    shown: Counter = Counter()
    print("\nmisses (and inexact hits), to read by hand:")
    for s in scores:
        c = s.case
        if (s.hit and (s.exact or not c.exact)) or shown[c.kind] >= per_kind:
            continue
        shown[c.kind] += 1
        g = c.gold[0]
        excerpt = c.text[max(0, g.start - 50): g.start] + "⟦" + c.text[g.start: g.end] + "⟧" + c.text[g.end: g.end + 30]
        state = "INEXACT" if s.hit else "MISS"
        print(f"  [{c.kind}] {state} {c.path}:{g.line}:{g.column} {c.note}  …{excerpt.replace(chr(10), ' ')}…")
        for f in s.hits:
            print(f"      hit {f['rule']} {f['range']} vs gold {g.range()}: {f['message']}")
        for f in s.extra[:3]:
            print(f"      new {f['rule']} {f['range']}: {f['message']}")


def run(articles: int, corpora: list[str], kinds: list[str] | None, formats: list[str], seed: int,
        harper: bool, jobs: int = 2) -> tuple[list[Score], dict, dict, dict]:
    registry = load_kinds()
    families = {kind.family for kind in registry.values()}
    unknown = set(kinds or []) - set(registry) - families
    if unknown:
        raise SystemExit(f"unknown kinds: {', '.join(sorted(unknown))}; known: {', '.join(sorted(registry))}")
    names = []
    for k in kinds or sorted(registry):  # a family name stands for its kinds: --kinds language
        names.extend(sorted(n for n, kind in registry.items() if kind.family == k) or [k])
    chosen = [registry[k] for k in names]
    sample = [a for c in corpora for a in corpus.sample(c, articles, seed)]
    started = time.perf_counter()
    cases = build_cases(sample, chosen, formats, seed)
    built = time.perf_counter() - started
    # Harper alone reads the language kinds' files only: it has no journalism checks, and its
    # default lints cost more than newslint's whole run.
    harper_kinds = {k.name for k in chosen if k.family == "language"} if harper else set()
    results = lint_all(cases, harper_kinds, jobs)
    errors = [e for r in results.values() for e in r[3]]
    for error in errors[:5]:
        print(f"newslint error: {error}", file=sys.stderr)
    scores, noise = evaluate(cases, results, harper_kinds)
    timing = {"articles": len(sample), "files": len(cases), "build_s": round(built, 1), "rule_errors": len(errors),
              "total_s": round(time.perf_counter() - started, 1)}
    return scores, summarize(scores, registry), noise, timing


def write_thresholds(rows: dict) -> None:
    """Floors at what was measured minus the margin (exactness kept at 100% where it is 100%);
    for control kinds, a ceiling on false alarms at what was measured plus the margin."""
    kinds = {k: r for k, r in sorted(rows.items()) if not r["family"].endswith("-control")}
    controls = {k: r for k, r in sorted(rows.items()) if r["family"].endswith("-control")}

    def exact_floor(value: float | None) -> float | None:
        if value is None:
            return None
        return 1.0 if value == 1.0 else max(0.0, math.floor((value - MARGIN) * 100) / 100)

    thresholds = {
        "sample": GATE,
        "margin": MARGIN,
        "recall": {k: max(0.0, math.floor((r["recall"] - MARGIN) * 100) / 100) for k, r in kinds.items()},
        "exact": {k: exact_floor(r["exact"]) for k, r in kinds.items()},
        "false_alarms": {k: min(1.0, math.ceil((r["recall"] + MARGIN) * 100) / 100) for k, r in controls.items()},
        "measured": {k: {"n": r["n"], "recall": round(r["recall"], 4),
                         "exact": None if r["exact"] is None else round(r["exact"], 4)} for k, r in sorted(rows.items())},
    }
    THRESHOLDS.write_text(json.dumps(thresholds, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {THRESHOLDS}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.injection.run", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=40, help="articles per corpus (default 40)")
    parser.add_argument("--corpora", default=",".join(corpus.CORPORA), help="comma-separated: " + ", ".join(corpus.CORPORA))
    parser.add_argument("--kinds", help="comma-separated kinds or families ('language'); default: every registered kind")
    parser.add_argument("--formats", default=",".join(FORMATS), help="comma-separated: txt, md, html")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-harper", action="store_true", help="skip the Harper-alone comparison (faster)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (at most 2)")
    parser.add_argument("--json", metavar="OUT", help="write the numbers to this JSON file")
    parser.add_argument("--show-misses", type=int, default=0, metavar="K", help="print up to K misses per kind")
    parser.add_argument("--write-thresholds", action="store_true",
                        help=f"measure the test gate's fixed sample ({GATE['articles']} articles per corpus, seed "
                             f"{GATE['seed']}) and write {THRESHOLDS.name} at measured recall minus {MARGIN}")
    parser.add_argument("--list-kinds", action="store_true", help="list the registered kinds and exit")
    args = parser.parse_args(argv)
    if args.list_kinds:
        for name, kind in sorted(load_kinds().items()):
            print(f"{name:28} {kind.family:10} {(kind.function.__doc__ or '').strip().splitlines()[0]}")
        return
    kinds = [k for k in args.kinds.split(",") if k] if args.kinds else None
    if args.write_thresholds:
        if kinds:
            raise SystemExit("--write-thresholds measures every kind; leave out --kinds")
        scores, rows, noise, timing = run(GATE["articles"], GATE["corpora"], None, GATE["formats"], GATE["seed"],
                                          harper=False, jobs=args.jobs)
        print(f"{timing['articles']} articles, {timing['files']} files linted in {timing['total_s']} s")
        print_table(rows, noise, harper=False)
        if timing["rule_errors"]:
            raise SystemExit(f"{timing['rule_errors']} rule failures while measuring (see stderr): "
                             f"{THRESHOLDS.name} not written; measure again once the rules run")
        write_thresholds(rows)
        return
    corpora = [c for c in args.corpora.split(",") if c]
    formats = [f for f in args.formats.split(",") if f]
    for name in corpora:
        if name not in corpus.CORPORA:
            raise SystemExit(f"unknown corpus {name!r}; known: {', '.join(corpus.CORPORA)}")
    for fmt in formats:
        if fmt not in FORMATS:
            raise SystemExit(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
    scores, rows, noise, timing = run(args.articles, corpora, kinds, formats, args.seed, not args.no_harper, args.jobs)
    if not scores:
        raise SystemExit(f"no article could be read from {corpus.CORPUS}: nothing measured")
    print(f"{timing['articles']} articles, {timing['files']} files linted in {timing['total_s']} s "
          f"(seed {args.seed}, formats {','.join(formats)})")
    print_table(rows, noise, not args.no_harper)
    if args.show_misses:
        print_misses(scores, args.show_misses)
    if args.json:
        misses = [{"kind": s.case.kind, "path": s.case.path, "note": s.case.note, "gold": s.case.gold[0].range(),
                   "hit": s.hit, "exact": s.exact, "harper": s.harper} for s in scores if not (s.hit and (s.exact or not s.case.exact))]
        Path(args.json).write_text(json.dumps({"timing": timing, "kinds": rows, "clean_noise": {
            k: {**v, "per_1000_words": round(1000 * v["findings"] / max(1, v["words"]), 4)} for k, v in noise.items()},
            "misses": misses}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
