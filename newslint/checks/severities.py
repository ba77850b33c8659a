"""The severity model, and the default levels each family of rules may take under it.

- ``error``: wrong in print, or a sign the page is not a real story: a typo or a
  wrong word, a chatbot's, template's, crawler's or wire feed's leftover, a
  placeholder, a keyword list, the signals of a fabricated expert. A desk fixes it
  before publishing; ``fail-on: error`` (the default) fails the run on it.
- ``warning``: an editor should look: a vague attribution, an unsourced figure, a
  question of style or consistency, a measurement past a threshold.
- ``info``: advice (readability, a no-break space where a space would do).

One root cause is one finding: a slip a tool repeated is reported once, with the
count and every place (:class:`newslint.engine.finding.Related`).

A rule may lower one finding below its default where its rationale says why (a
character reference in Markdown, which renders, is a warning; a generic template
heading is a warning beside the error of a writer's instruction left in); the
table constrains the default each built-in rule declares, and the tests check
every rule in the registry against it.
"""

from __future__ import annotations

#: category -> (the default severities its rules may declare, why)
ALLOWED: dict[str, tuple[tuple[str, ...], str]] = {
    "artifact": (("error",), "a chatbot's, template's, crawler's or wire feed's leftover is never copy"),
    "structure": (("error", "warning"), "a page pasted or flattened wrong is an error; a fragment that may be a style choice, a look"),
    "seo": (("error", "warning"), "a keyword list is an error; stuffing, measured against a threshold, an editor's look"),
    "metadata": (("error", "warning", "info"), "a contradicted credit or an unreadable file is wrong; a missing field a look; length advice"),
    "unicode": (("error", "warning", "info"), "characters readers see garbled are errors; invisible ones a look; no-break spaces advice"),
    "grammar": (("error", "warning"), "a wrong word is an error; a construction that may be right, a look; never mere advice"),
    "spelling": (("error", "warning", "info"), "a typo is wrong in print; a dialect variant is advice"),
    "casing": (("error", "warning"), "a name or a sentence start in the wrong case is seen in print"),
    "consistency": (("error", "warning"), "one name or word spelt two ways is seen in print"),
    "punctuation": (("error", "warning", "info"), "a missing space is seen in print; a doubled one is advice"),
    "wording": (("warning", "info"), "a phrase that reads oddly is an editor's call, never certain"),
    "attribution": (("warning", "info"), "a claim without its source needs an editor's look, not a correction"),
    "sourcing": (("error", "warning"), "the signals of a fabricated expert are errors; a thin one, a look"),
    "readability": (("info",), "readability is advice: it never fails a run"),
    "suppression": (("warning",), "a suppression comment that does nothing is never seen in print, but it hides or misleads: a look"),
}
