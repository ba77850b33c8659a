"""Findings per 1,000 words on professionally edited news (and on ChatGPT news).

Reads the research-only corpora from ../shared/corpus/ (never copied into the
project) and lints every article in-process, as plain text with its headline
as the first line. Prints findings per 1,000 words per category and per rule,
and, with --show, the findings themselves so they can be read by hand.

    python benchmarks/false_positives.py                       # every corpus, default rules
    python benchmarks/false_positives.py --corpus bbc --select casing,consistency --show 40
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
CORPORA = {
    "bbc": ("bbc_news/bbc_news.jsonl", None),
    "reuters": ("reuters21578/reuters21578.jsonl", None),
    "human": ("ai_vs_human_news/human_news.jsonl", None),
    "chatgpt": ("ai_vs_human_news/chatgpt_news.jsonl", None),
}


def load(name: str, limit: int | None) -> list[tuple[str, str]]:
    relative, _ = CORPORA[name]
    path = CORPUS / relative
    if not path.exists():
        print(f"{path} is absent: skipping {name}", file=sys.stderr)
        return []
    articles = []
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            title = (record.get("title") or "").strip()
            if name == "reuters":
                title = title.title()  # wire headlines are ALL CAPS slugs, not copy
            text = f"{title}\n\n{record['text'].strip()}\n" if title else record["text"]
            articles.append((f"{name}/{record['id']}", text))
            if limit and len(articles) >= limit:
                break
    return articles


_LINTER = None
_LEVELS = {"info": 0, "warning": 1, "error": 2}
FAMILIES = {
    "language": ("spelling", "grammar", "punctuation", "casing", "consistency", "wording"),
    "journalism": ("attribution", "sourcing", "seo", "artifact", "structure", "metadata", "readability", "unicode"),
}


def _init(select: list[str] | None, ignore: list[str]) -> None:
    global _LINTER
    from newslint.config import Selection
    from newslint.engine.runner import Linter

    _LINTER = Linter(cli_selection=Selection(select=select, ignore=ignore))


def _lint(item: tuple[str, str]) -> tuple[str, int, list[dict]]:
    name, text = item
    result = _LINTER.lint_text(name + ".txt", text, fmt="text")
    found = [
        {"rule": f.rule, "category": f.category, "severity": str(f.severity), "line": f.line, "column": f.column, "message": f.message,
         "excerpt": text[max(0, f.src_start - 40) : f.src_end + 40].replace("\n", " "), "span": text[f.src_start : f.src_end]}
        for f in result.findings
    ]
    return name, result.words, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default="bbc,reuters,human,chatgpt", help="comma-separated: " + ", ".join(CORPORA))
    parser.add_argument("--select", help="rule selectors, comma-separated (default: the default rules)")
    parser.add_argument("--ignore", default="", help="rule selectors to leave out")
    parser.add_argument("--limit", type=int, help="articles per corpus")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--show", type=int, default=0, help="print up to N findings per rule, to read by hand")
    parser.add_argument("--json", help="write the numbers to this JSON file")
    parser.add_argument("--severity", choices=tuple(_LEVELS), default="info",
                        help="count findings at or above this level (the noise targets count warning and error)")
    args = parser.parse_args()
    select = [s for s in args.select.split(",") if s] if args.select else None
    ignore = [s for s in args.ignore.split(",") if s]
    summary = {}
    for corpus in args.corpus.split(","):
        articles = load(corpus, args.limit)
        if not articles:
            continue
        started = time.perf_counter()
        with ProcessPoolExecutor(args.jobs, initializer=_init, initargs=(select, ignore)) as pool:
            results = list(pool.map(_lint, articles, chunksize=16))
        elapsed = time.perf_counter() - started
        floor = _LEVELS[args.severity]
        results = [(name, n, [f for f in found if _LEVELS.get(f["severity"], 0) >= floor]) for name, n, found in results]
        words = sum(r[1] for r in results)
        by_rule = Counter(f["rule"] for r in results for f in r[2])
        by_category = Counter(f["category"] for r in results for f in r[2])
        total = sum(by_rule.values())
        print(f"\n== {corpus}: {len(articles)} articles, {words} words, {total} findings, "
              f"{total * 1000 / words:.3f} per 1,000 words ({elapsed:.1f} s)")
        for family, categories in FAMILIES.items():
            count = sum(by_category[c] for c in categories)
            print(f"  {family + ' families':20} {count:6d}  {count * 1000 / words:7.3f} /1k words")
        for category, count in by_category.most_common():
            print(f"  {category:14} {count:6d}  {count * 1000 / words:7.3f} /1k words")
        for rule, count in by_rule.most_common():
            print(f"    {rule:44} {count:6d}  {count * 1000 / words:7.3f} /1k words")
        summary[corpus] = {
            "articles": len(articles), "words": words, "findings": total,
            "per_1000_words": round(total * 1000 / words, 4),
            "by_category": {k: round(v * 1000 / words, 4) for k, v in by_category.items()},
            "by_rule": {k: round(v * 1000 / words, 4) for k, v in by_rule.items()},
        }
        if args.show:
            shown = Counter()
            for name, _, found in results:
                for f in found:
                    if shown[f["rule"]] < args.show:
                        shown[f["rule"]] += 1
                        print(f"  [{f['rule']}] {name}:{f['line']}:{f['column']} {f['message']}\n      …{f['excerpt']}…")
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
