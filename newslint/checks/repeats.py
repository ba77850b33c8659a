"""One finding for a slip a tool repeated mechanically.

A crawler that escaped every apostrophe, a chatbot that put U+2011 in every
compound, an export that garbled every curly quote: one root cause, so one
finding at the first place, with the count, every other place as a related
location, and one fix that writes each place's replacement (all or none).
Rules collect their places and report them here so that they word and
count them the same way.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from newslint.engine.rule import Severity

#: (start, end, replacement): one place; the replacement is None when the fix leaves it alone.
Place = tuple[int, int, str | None]


def report_places(
    ctx,
    places: Sequence[Place],
    one: str,
    many: Callable[[int], str],
    *,
    source: bool = False,
    safe: bool = True,
    severity: Severity | None = None,
) -> None:
    """Report ``places`` as one finding: message ``one`` for a single place, ``many(count)`` otherwise.

    Offsets are into ``doc.text``, or into ``doc.source`` with ``source=True``.
    """
    if not places:
        return
    first, *rest = sorted(places)
    message = one if not rest else many(len(places))
    report = ctx.report_source if source else ctx.report
    report(first[0], first[1], message, fix=first[2], safe=safe, severity=severity, related=rest)


def tally(labels: Sequence[str], limit: int = 3) -> str:
    """``'&#x27;' ×13, '&quot;' ×4``: what the places hold, commonest first."""
    counts = Counter(labels).most_common()
    shown = [f"{label} ×{n}" if n > 1 else label for label, n in counts[:limit]]
    if len(counts) > limit:
        shown.append("…")
    return ", ".join(shown)
