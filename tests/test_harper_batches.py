"""Harper reads the selected pieces several to a call: the same lints as one call a piece."""

from __future__ import annotations

from newslint.engine.registry import load_registry
from newslint.engines import harper


def _one_call_a_piece(text: str) -> list[tuple]:
    linter = harper._linter("en-US", "rules", ())
    found = []
    for offset, piece in harper._selected(text):
        for rule, lints in linter.organized_lints(piece, language="plaintext", dedup=False).items():
            found.extend((rule, lint.span.start + offset, lint.span.end + offset, lint.message) for lint in lints)
    return sorted(found)


def test_batched_calls_give_the_lints_of_one_call_a_piece():
    load_registry().rules  # every rule module switches on the Harper lints it reads
    paragraph = ("He said it was more then enough. The team lost it's lead in the second half. "
                 "Nothing changed. She could of won, and there car was late. Then they left.")
    text = "Headline\n\n" + "\n\n".join(paragraph for _ in range(120)) + "\n"
    assert len(harper._selected(text)) > len(harper._batches(harper._selected(text))) > 1
    batched = sorted((lint.rule, lint.start, lint.end, lint.message)
                     for lints in harper._lint_document(text, "en-US", ()).values() for lint in lints)
    assert batched and batched == _one_call_a_piece(text)
