"""Shapes of rule that several built-in rules share."""

from __future__ import annotations

from newslint.engine.rule import Rule, Severity


class ParseProblemRule(Rule):
    """Reports what a front end found wrong with the input itself (``Document.problems``)."""

    severity = Severity.ERROR

    def check(self, doc, ctx):
        for problem in doc.problems:
            if problem.rule == self.id:
                ctx.report_source(problem.src_start, problem.src_end, problem.message)
