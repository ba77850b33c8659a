"""``kind: consistency``: of two forms ("dialog"/"dialogue"), an article uses one.

Reported at each occurrence of the minority form, naming the majority form
and where it first appears. ``skip-names: true`` leaves out capitalised
occurrences inside a sentence (company and product names).
"""

from __future__ import annotations

import re

from newslint.yamlrules.base import YamlRule, is_str_map
from newslint.yamlrules.matching import compile_alternatives, iter_matches


_NAME_GOES_ON = re.compile(r" [A-Z][a-z]")


class ConsistencyRule(YamlRule):
    kind = "consistency"
    KEYS = {
        "either": (is_str_map, "a mapping of one form to the other"),
        "skip-names": (lambda v: isinstance(v, bool), "true or false"),
    }
    PLACEHOLDERS = ("match", "other", "count", "line")
    default_message = "'{match}' here, but '{other}' {count} time(s) elsewhere (first at line {line}): pick one"

    def configure(self, data):
        pairs = data.get("either") or {}
        if not pairs:
            raise self.error("a consistency rule needs 'either': a mapping of one form to the other")
        self.skip_names = data.get("skip-names", False)
        self.pairs = [
            (compile_alternatives([a], (), self.ignore_case), compile_alternatives([b], (), self.ignore_case))
            for a, b in pairs.items()
        ]

    def _occurrences(self, doc, matcher):
        found = list(iter_matches(doc, matcher, self.scope, self.skip_quotes))
        if self.skip_names:
            # "Email Systems Ltd" is a name, not the article's spelling of "e-mail"; at a sentence's
            # start the capital after it says so ("… inaccessible. Email Systems refers to", BBC)
            starts = {s.start for s in doc.sentences}
            found = [m for m in found if not (m[2].group()[0].isupper()
                                              and (m[0] not in starts or _NAME_GOES_ON.match(doc.text, m[1])))]
        return found

    def check(self, doc, ctx):
        for first, second in self.pairs:
            a = self._occurrences(doc, first)
            b = self._occurrences(doc, second)
            if not a or not b:
                continue
            minority, majority = (a, b) if len(a) < len(b) or (len(a) == len(b) and a[0][0] > b[0][0]) else (b, a)
            line = doc.position(doc.source_span(majority[0][0], majority[0][1])[0])[0]
            for start, end, match in minority:
                message = self.format_message(
                    match=match.group(), other=majority[0][2].group(), count=len(majority), line=line
                )
                ctx.report(start, end, message)
