"""Language engines behind the spelling, grammar and punctuation rules.

- :mod:`newslint.engines.harper`: Harper (harper-py, Apache-2.0), embedded and
  offline; on by default.
- :mod:`newslint.engines.languagetool`: a LanguageTool server (GPL, optional),
  used only when the config names one.

Rules never talk to an engine directly: they ask for the current document's
results, which each engine computes once per document.
"""
