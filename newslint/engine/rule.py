"""What a rule is: a stable id, one category, a severity, documentation and examples.

Every rule, whether built in, loaded from a YAML pack or from a plugin
package, is an instance of :class:`Rule`. A rule documents itself the way
ruff's rules do (what it does, why, examples), and its examples are run as
tests: a bad example must produce this rule's finding, a good one must not.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from newslint.document.model import Document
    from newslint.engine.context import RuleContext

CATEGORIES = (
    "spelling", "grammar", "punctuation", "casing", "consistency", "wording", "attribution",
    "sourcing", "seo", "artifact", "structure", "metadata", "readability", "unicode",
    "suppression",  # the suppression comments themselves (unknown rules named, unused ones)
)

RULE_ID = re.compile(r"(?P<category>[a-z]+)/[a-z0-9]+(?:-[a-z0-9]+)*")


def option_name(config_key: str) -> str:
    """The Python name of a rule option written as a config key: configs are kebab-case everywhere."""
    return config_key.replace("-", "_")


def option_key(name: str) -> str:
    """How a rule option is written in a config file (``max_words`` -> ``max-words``)."""
    return name.replace("_", "-")


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (expected error, warning or info)") from None

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Example:
    """A short article that shows the rule at work.

    ``fixed`` is what ``--fix`` must turn a bad example into, when the rule
    has a safe fix. ``format`` is the front end the text is read with.
    """

    text: str
    bad: bool
    fixed: str | None = None
    format: str = "text"
    options: dict[str, Any] = field(default_factory=dict)


def bad(text: str, fixed: str | None = None, format: str = "text", **options: Any) -> Example:
    return Example(text, True, fixed, format, options)


def good(text: str, format: str = "text", **options: Any) -> Example:
    return Example(text, False, None, format, options)


@dataclass(frozen=True)
class Option:
    """A setting users can change in the config: ``rules: {id: {name: value}}``."""

    default: Any
    description: str

    def accepts(self, value: Any) -> bool:
        expected = type(self.default)
        if expected is float:
            return isinstance(value, (int, float)) and not isinstance(value, bool)
        if expected is int:
            return isinstance(value, int) and not isinstance(value, bool)
        if expected in (list, tuple):
            return isinstance(value, (list, tuple))
        return isinstance(value, expected)


class Rule:
    """Base class of every rule. Subclasses set the documentation and implement :meth:`check`."""

    id: ClassVar[str] = ""
    severity: Severity = Severity.WARNING
    #: One line: what the rule reports.
    summary: str = ""
    #: One paragraph: why it matters to an editor.
    rationale: str = ""
    examples: tuple[Example, ...] = ()
    options: ClassVar[dict[str, Option]] = {}
    enabled_by_default: bool = True
    #: Where the rule comes from: "builtin", "builtin-pack", "pack" or "plugin"; set by the registry.
    source: str = "builtin"
    #: File that defines the rule (module file or YAML file); set by the registry.
    origin: str = ""

    @property
    def category(self) -> str:
        return self.id.split("/", 1)[0]

    def check(self, doc: Document, ctx: RuleContext) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def validate(self) -> list[str]:
        """Problems with this rule's definition (empty when it is well formed)."""
        problems = []
        match = RULE_ID.fullmatch(self.id or "")
        if not match:
            problems.append(f"rule id {self.id!r} is not of the form category/kebab-name")
        elif match.group("category") not in CATEGORIES:
            problems.append(f"rule {self.id}: unknown category {match.group('category')!r}")
        if not isinstance(self.severity, Severity):
            problems.append(f"rule {self.id}: severity must be error, warning or info")
        if not self.summary.strip():
            problems.append(f"rule {self.id}: missing summary")
        if not self.rationale.strip():
            problems.append(f"rule {self.id}: missing rationale")
        return problems

    def __repr__(self) -> str:
        return f"<Rule {self.id}>"
