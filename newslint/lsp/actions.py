"""Code actions: a finding's fix as a quick fix.

A safe fix is the preferred action (what an editor applies with one key or on
save); an unsafe one is offered, never preferred. A fix that would change the
words inside a direct quotation or a blockquote is not offered at all: the
finding stays, the quote is the speaker's (the engine already keeps such fixes
out of ``--fix``; in an editor one click must not change them either).
"""

from __future__ import annotations

from typing import Callable

from lsprotocol import types

from newslint.engine.finding import Finding
from newslint.frontends import parse_document
from newslint.lsp.diagnostics import to_diagnostic
from newslint.lsp.positions import PositionMap

_SHOWN = 40  # characters of the old and new text a title shows
#: every safe fix at once (VS Code: "editor.codeActionsOnSave": {"source.fixAll.newslint": "explicit"})
FIX_ALL = types.CodeActionKind.SourceFixAll.value + ".newslint"


def quick_fixes(
    findings: list[Finding], positions: PositionMap, uri: str, version: int | None,
    wanted: types.Range, quoted: Callable[[int, int], bool],
) -> list[types.CodeAction]:
    actions = []
    for finding in findings:
        if finding.fix is None or not _touches(positions.range(finding.src_start, finding.src_end), wanted):
            continue
        edits = finding.edits()
        if any(quoted(start, end) for start, end, _ in edits):
            continue
        safe = finding.fix.applicability == "safe"
        text_edits = [types.TextEdit(range=positions.range(start, end), new_text=new) for start, end, new in edits]
        document = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version)
        actions.append(
            types.CodeAction(
                title=_title(finding, positions.text, len(edits)) + ("" if safe else " (unsafe: check it first)"),
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[to_diagnostic(finding, positions, uri)],
                is_preferred=True if safe else None,
                edit=types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(text_document=document, edits=text_edits)]),
            )
        )
    return actions


def fix_all(text: str, fixed: str, positions: PositionMap, uri: str, version: int | None) -> types.CodeAction:
    """The edits from ``text`` to ``fixed`` (its safe fixes applied, as ``--fix`` writes them) as one action."""
    from newslint.api import text_edits

    edits = [types.TextEdit(range=positions.range(start, end), new_text=new) for start, end, new in text_edits(text, fixed)]
    document = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version)
    return types.CodeAction(
        title="Fix every safe newslint problem",
        kind=FIX_ALL,
        edit=types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(text_document=document, edits=edits)]),
    )


def quotation_test(path: str, text: str, fmt: str | None) -> Callable[[int, int], bool]:
    """Whether an edit of source offsets ``start:end`` touches the words of a quotation (parsed on first use)."""
    spans: list[tuple[int, int]] | None = None

    def quoted(start: int, end: int) -> bool:
        nonlocal spans
        if spans is None:
            doc = parse_document(path, text, fmt)
            spans = [doc.source_span(*quote.inner) for quote in doc.quotes]
            spans += [doc.source_span(block.start, block.end) for block in doc.blocks if block.kind == "blockquote"]
        end = max(end, start + 1)  # an insertion inside a quote edits it too
        return any(q_start < end and start < q_end for q_start, q_end in spans)

    return quoted


def _touches(found: types.Range, wanted: types.Range) -> bool:
    """Ranges meet, ends included: a cursor just after a word is on it."""
    def key(p: types.Position) -> tuple[int, int]:
        return (p.line, p.character)

    return key(found.start) <= key(wanted.end) and key(wanted.start) <= key(found.end)


def _title(finding: Finding, text: str, places: int) -> str:
    old, new = text[finding.src_start : finding.src_end], finding.fix.replacement
    if not new:
        what = f"Delete {_show(old)}"
    elif not old:
        what = f"Insert {_show(new)}"
    else:
        what = f"Replace {_show(old)} with {_show(new)}"
    return f"{what}{f' ({places} places)' if places > 1 else ''} [{finding.rule}]"


def _show(text: str) -> str:
    text = text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "\u2026"
    return repr(text) if text.strip() != text or not text else f"'{text}'"
