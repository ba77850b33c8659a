"""The editor's settings for newslint: which rules run, on top of the workspace's config.

They come in ``initializationOptions`` and in ``workspace/didChangeConfiguration``
(or from a ``workspace/configuration`` request with section ``newslint``), either
as ``{"newslint": {...}}`` or as the section itself::

    {"select": ["casing", "spelling"], "extendSelect": ["readability"], "ignore": ["style/passive-voice"]}

They act as ``--select``/``--extend-select``/``--ignore`` do on the command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SECTION = "newslint"
_KEYS = {
    "select": "select", "extendSelect": "extend_select", "extend-select": "extend_select",
    "extend_select": "extend_select", "ignore": "ignore",
}


@dataclass(frozen=True)
class Settings:
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()


def section_of(raw: Any) -> dict[str, Any] | None:
    """newslint's section in what a client sent: ``raw["newslint"]``, or ``raw`` itself when it has our keys; None when neither."""
    if isinstance(raw, dict) and isinstance(raw.get(SECTION), dict):
        return raw[SECTION]
    if isinstance(raw, dict) and any(key in _KEYS for key in raw):
        return {key: value for key, value in raw.items() if key in _KEYS}  # the client's whole settings: other tools' keys are none of ours
    return None


def read_settings(*sections: dict[str, Any]) -> tuple[Settings, list[str]]:
    """The settings of ``sections`` (a later one's keys win) and a message for each value newslint cannot use (left out).

    The editor's live settings come on top of its ``initializationOptions``: a client that
    answers "no newslint settings here" (VS Code for an unknown section) keeps the latter.
    """
    values: dict[str, tuple[str, ...]] = {}
    problems = []
    for key, value in {k: v for section in sections for k, v in section.items()}.items():
        name = _KEYS.get(key)
        if name is None:
            problems.append(f"unknown setting {SECTION}.{key} (known: select, extendSelect, ignore)")
            continue
        selectors = _selectors(value)
        if selectors is None:
            problems.append(f"{SECTION}.{key} must be a list of rule ids, prefixes or categories, not {value!r}")
            continue
        values[name] = selectors
    return Settings(**values), problems


def _selectors(value: Any) -> tuple[str, ...] | None:
    if isinstance(value, str):  # "casing, spelling", as on the command line
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return None
    return tuple(v.strip() for v in value if v.strip())
