"""Character references (``&#x27;``, ``&quot;``) decoded into the analysis text."""

from __future__ import annotations

import html
import re
from html.entities import html5


ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")


def decode_entity(reference: str) -> str | None:
    """The text a reference stands for, or None when it is not a real reference."""
    if reference[1] == "#":
        return html.unescape(reference)
    return html5.get(reference[1:])

