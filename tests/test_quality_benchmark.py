"""The quality benchmark is a regression gate: precision and recall per category may not drop.

Articles and expected findings: benchmarks/quality/ (written for newslint; see run.py).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

QUALITY = Path(__file__).resolve().parent.parent / "benchmarks" / "quality" / "run.py"


def _benchmark():
    spec = importlib.util.spec_from_file_location("quality_benchmark", QUALITY)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_precision_and_recall_per_category_do_not_drop():
    benchmark = _benchmark()
    outcome = benchmark.evaluate()
    drops = benchmark.check_thresholds(outcome)
    assert drops == [], "\n".join(drops + ["false positives:", *outcome.false_positives, "missed:", *outcome.misses])


def test_the_clean_articles_stay_clean():
    benchmark = _benchmark()
    outcome = benchmark.evaluate()
    clean = [fp for fp in outcome.false_positives if fp.startswith(("clean-", "sports-"))]
    assert clean == []
    assert outcome.total.precision >= 0.95
