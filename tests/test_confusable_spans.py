"""The confusable rules' span bookkeeping (newslint/checks/grammar/confusable.py) answers exactly
what the plain scans it replaced answered: 'is this offset inside a quotation' and 'does this
span overlap one already reported', on random quotations (nested too) and spans."""

from __future__ import annotations

import random
from types import SimpleNamespace

from newslint.checks.grammar.confusable import _Taken
from newslint.document.spans import SpanIndex


def test_quote_index_matches_a_scan_of_every_quotation():
    rng = random.Random(3)
    for _ in range(200):
        quotes = []
        for _ in range(rng.randrange(0, 8)):
            start = rng.randrange(0, 80)
            quotes.append(SimpleNamespace(start=start, end=start + rng.randrange(1, 30)))
        index = SpanIndex((q.start, q.end) for q in quotes)  # what confusable rules use: doc.quote_spans
        for offset in range(0, 120):
            assert (offset in index) == any(q.start <= offset < q.end for q in quotes)


def test_taken_spans_match_a_pairwise_overlap_test():
    rng = random.Random(5)
    for _ in range(200):
        taken, spans = _Taken(), []
        for _ in range(rng.randrange(1, 30)):
            start = rng.randrange(0, 100)
            end = start + rng.choice((0, 1, 2, 3, 5, 9))
            overlaps = any(start < e and end > s for s, e in spans)
            assert taken.overlaps(start, end) == overlaps
            if not overlaps:  # the rule adds only what overlaps nothing: the spans stay disjoint
                taken.add(start, end)
                spans.append((start, end))
