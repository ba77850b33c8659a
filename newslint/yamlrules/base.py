"""What every YAML rule file has, whatever its kind."""

from __future__ import annotations

import re
import string
from typing import TYPE_CHECKING, Any, Callable

from newslint.document.model import BLOCK_KINDS
from newslint.engine.rule import Example, Rule, Severity

if TYPE_CHECKING:  # PyYAML is imported only when a file is parsed, not for a rule kept built
    from newslint.yamlutil import KeyPath


class YamlRuleError(ValueError):
    def __init__(self, path: str, line: int | None, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")


Check = tuple[Callable[[Any], bool], str]


def is_str(value: Any) -> bool:
    return isinstance(value, str)


def is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def is_str_map(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())


def is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


COMMON_KEYS: dict[str, Check] = {
    "kind": (is_str, "a rule kind"),
    "summary": (is_str, "one line of text"),
    "rationale": (is_str, "a paragraph of text"),
    "severity": (lambda v: isinstance(v, str) and v.lower() in ("error", "warning", "info"), "error, warning or info"),
    "enabled": (lambda v: isinstance(v, bool), "true or false"),
    "message": (is_str, "a message template"),
    "scope": (lambda v: is_str_list(v) and all(k in BLOCK_KINDS for k in v), "a list of: " + ", ".join(BLOCK_KINDS)),
    "skip-quotes": (lambda v: isinstance(v, bool), "true or false"),
    "ignore-case": (lambda v: isinstance(v, bool), "true or false"),
    "examples": (lambda v: isinstance(v, dict) and set(v) <= {"bad", "good"}, "a mapping with 'bad' and 'good' lists"),
    "source": (is_str, "a note on where the list comes from"),
}


class YamlRule(Rule):
    """A rule read from a YAML file; subclasses add their kind's keys and matching."""

    kind = ""
    KEYS: dict[str, Check] = {}
    PLACEHOLDERS: tuple[str, ...] = ("match",)
    default_message = "{match}"

    def __init__(self, rule_id: str, data: dict[str, Any], lines: dict[KeyPath, int], path: str) -> None:
        self.id = rule_id
        self.path = path
        self._lines = lines
        self._check_keys(data)
        self.summary = data.get("summary", "")
        self.rationale = data.get("rationale", "")
        self.severity = Severity.parse(data.get("severity", "warning"))
        self.enabled_by_default = data.get("enabled", True)
        self.message = data.get("message", self.default_message)
        self.scope = frozenset(data["scope"]) if "scope" in data else None
        self.skip_quotes = data.get("skip-quotes", False)
        self.ignore_case = data.get("ignore-case", True)
        self.examples = self._examples(data.get("examples", {}))
        for key in ("summary", "rationale"):
            if not str(data.get(key, "")).strip():
                raise self.error(f"'{key}' is required", (key,))
        self._check_message()
        self.configure(data)

    def _check_message(self) -> None:
        try:
            fields = {name for _, name, _, _ in string.Formatter().parse(self.message) if name is not None}
        except ValueError as error:
            raise self.error(f"bad message template: {error}", ("message",)) from None
        unknown = fields - set(self.PLACEHOLDERS)
        if unknown:
            allowed = ", ".join("{" + p + "}" for p in self.PLACEHOLDERS)
            raise self.error(f"message uses {', '.join(sorted(unknown))}; a {self.kind} rule offers {allowed}", ("message",))

    def configure(self, data: dict[str, Any]) -> None:
        """Read this kind's own keys; raise :meth:`error` on a bad value."""

    def error(self, message: str, key_path: KeyPath = ()) -> YamlRuleError:
        from newslint.yamlutil import line_of

        return YamlRuleError(self.path, line_of(self._lines, key_path), message)

    def _check_keys(self, data: dict[str, Any]) -> None:
        schema = {**COMMON_KEYS, **self.KEYS}
        for key, value in data.items():
            if key not in schema:
                raise self.error(f"unknown key {key!r} for a {self.kind} rule (known: {', '.join(sorted(schema))})", (key,))
            check, expected = schema[key]
            if not check(value):
                raise self.error(f"{key!r} must be {expected}", (key,))

    def _examples(self, raw: dict[str, Any]) -> tuple[Example, ...]:
        examples = []
        for label in ("bad", "good"):
            for i, item in enumerate(raw.get(label) or []):
                if isinstance(item, str):
                    examples.append(Example(item, label == "bad"))
                elif isinstance(item, dict) and isinstance(item.get("text"), str) and set(item) <= {"text", "fixed", "format"}:
                    examples.append(Example(item["text"], label == "bad", item.get("fixed"), item.get("format", "text")))
                else:
                    raise self.error("an example must be a string or {text, fixed, format}", ("examples", label, i))
        return tuple(examples)

    def compile(self, pattern: str, key_path: KeyPath) -> re.Pattern[str]:
        """Check a pack pattern the way it will run: inside a group beside the rule's other patterns."""
        try:
            compiled = re.compile(f"(?:{pattern})", re.IGNORECASE if self.ignore_case else 0)
        except re.error as error:
            # e.g. '(?s)' is valid alone but not once embedded: global flags must start the whole regex
            raise self.error(f"bad regular expression {pattern!r}: {error}", key_path) from None
        if backtracks_without_bound(pattern):
            raise self.error(
                f"regular expression {pattern!r} nests a repeat inside a repeat (like '(a+)+'), which can take "
                "hours on one article; make the inner repeat possessive ('[a-z]++') or atomic ('(?>…)'), or drop it",
                key_path,
            )
        return compiled

    def format_message(self, **values: Any) -> str:
        try:
            return self.message.format(**values)
        except (KeyError, IndexError, ValueError):
            return self.message


def backtracks_without_bound(pattern: str) -> bool:
    """True when an unbounded repeat contains another unbounded repeat: '(a+)+$', '(\\w+\\s?)*x'.

    Python's regex engine backtracks exponentially on such a pattern when a match fails, and it
    has no time limit, so one pack pattern could stall every CI run that lints an unlucky article.
    """
    try:
        import re._parser as parser  # the parse tree Python's own compiler uses
    except ImportError:  # Python 3.10
        import sre_parse as parser  # type: ignore[no-redef]

    # 'a++' and '(?>…)' never give back what they matched (Python 3.11+): no backtracking into them
    no_backtracking = {getattr(parser, name) for name in ("POSSESSIVE_REPEAT", "ATOMIC_GROUP") if hasattr(parser, name)}

    def walk(items, inside_repeat: bool) -> bool:
        for op, value in items:
            if op in (parser.MAX_REPEAT, parser.MIN_REPEAT):
                _, high, body = value
                unbounded = high == parser.MAXREPEAT or high > 100
                if (unbounded and inside_repeat) or walk(body, inside_repeat or unbounded):
                    return True
            elif op is parser.SUBPATTERN and walk(value[-1], inside_repeat):
                return True
            elif op is parser.BRANCH and any(walk(branch, inside_repeat) for branch in value[1]):
                return True
            elif op in (parser.ASSERT, parser.ASSERT_NOT) and walk(value[1], inside_repeat):
                return True
            elif op in no_backtracking:
                continue
        return False

    try:
        return walk(parser.parse(pattern), False)
    except re.error:
        return False
