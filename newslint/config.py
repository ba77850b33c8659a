"""Configuration: ``.newslint.yaml`` or ``[tool.newslint]`` in ``pyproject.toml``.

Found by walking up from each linted file. Every key is checked: a wrong
key, a wrong type or an unknown value is a :class:`ConfigError` naming the
file and line. Rule ids are checked once the rule registry is loaded
(:meth:`Config.check_rule_references`).
"""

from __future__ import annotations

import difflib
import fnmatch
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from newslint.engine.rule import option_name

CONFIG_FILES = (".newslint.yaml", ".newslint.yml", "pyproject.toml")
SEVERITIES = ("error", "warning", "info")
FAIL_LEVELS = ("error", "warning", "info", "never")
DIALECTS = ("en-US", "en-GB", "en-AU", "en-CA", "en-IN")
DEFAULT_MAX_FILE_SIZE = 10_000_000  # 10MB, as the help, the README and `newslint init` write it
#: seconds of rules per file before the rest are skipped (issue 11: one hostile article must not stall a run)
DEFAULT_TIME_BUDGET = 60.0


class ConfigError(Exception):
    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        where = f"{path}:{line}: " if path and line else f"{path}: " if path else ""
        super().__init__(f"{where}{message}")


# -- schema -------------------------------------------------------------------------------

def _string_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _level_map(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(v, str) and v.lower() in SEVERITIES for v in value.values())


def _choice(options: tuple[str, ...]) -> Callable[[Any], bool]:
    return lambda value: isinstance(value, str) and value in options


def _seconds(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0


def _size(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) or isinstance(value, str) and bool(_SIZE.fullmatch(value.strip()))


_SIZE = re.compile(r"(?i)(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?")

#: key -> (check, description of the expected type)
_SELECTION_KEYS: dict[str, tuple[Callable[[Any], bool], str]] = {
    "select": (_string_list, "a list of rule ids, prefixes or categories"),
    "extend-select": (_string_list, "a list of rule ids, prefixes or categories"),
    "ignore": (_string_list, "a list of rule ids, prefixes or categories"),
    "severity": (_level_map, "a mapping of rule id, prefix or category to error, warning or info"),
    "rules": (lambda v: isinstance(v, dict) and all(isinstance(o, dict) for o in v.values()), "a mapping of rule id to a mapping of options"),
}
_TOP_KEYS: dict[str, tuple[Callable[[Any], bool], str]] = {
    **_SELECTION_KEYS,
    "fail-on": (_choice(FAIL_LEVELS), "one of " + ", ".join(FAIL_LEVELS)),
    "min-severity": (_choice(SEVERITIES), "one of " + ", ".join(SEVERITIES)),
    "dialect": (_choice(DIALECTS), "one of " + ", ".join(DIALECTS)),
    "vocabulary": (lambda v: isinstance(v, dict), "a mapping with 'accept' and 'reject' lists"),
    "rule-dirs": (_string_list, "a list of directories"),
    "exclude": (_string_list, "a list of glob patterns"),
    "overrides": (lambda v: isinstance(v, list) and all(isinstance(o, dict) for o in v), "a list of mappings"),
    "max-file-size": (_size, "a size in bytes or like '10MB'"),
    "time-budget": (_seconds, "a number of seconds more than 0"),
    "languagetool": (lambda v: isinstance(v, dict), "a mapping with 'url' or 'path'"),
    "cache-dir": (lambda v: isinstance(v, str), "a directory"),
}
_VOCABULARY_KEYS = {"accept": (_string_list, "a list of words"), "reject": (_string_list, "a list of words")}
_OVERRIDE_KEYS = {"files": (_string_list, "a list of glob patterns"), **_SELECTION_KEYS}
_LANGUAGETOOL_KEYS = {
    "url": (lambda v: isinstance(v, str), "a URL"),
    "path": (lambda v: isinstance(v, str), "a directory"),
    "language": (lambda v: isinstance(v, str), "a language code like en-US"),
    "disabled-rules": (_string_list, "a list of LanguageTool rule ids"),
    "timeout": (lambda v: isinstance(v, (int, float)) and not isinstance(v, bool), "seconds"),
}


# -- model --------------------------------------------------------------------------------

@dataclass
class Selection:
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: line of each ``rules: {id: {option: …}}`` entry, keyed (id, option)
    option_lines: dict[tuple[str, str], int | None] = field(default_factory=dict)


@dataclass
class Override:
    files: list[str]
    selection: Selection


@dataclass
class Config:
    path: str | None = None  # the file it was read from
    root: Path = field(default_factory=Path.cwd)  # globs and rule-dirs are relative to this
    selection: Selection = field(default_factory=Selection)
    overrides: list[Override] = field(default_factory=list)
    fail_on: str | None = None
    min_severity: str = "info"
    dialect: str = "en-US"
    #: True when the config sets ``dialect`` itself (rules may then trust it over the article's majority)
    dialect_explicit: bool = False
    accept: list[str] = field(default_factory=list)
    reject: list[str] = field(default_factory=list)
    rule_dirs: list[Path] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    time_budget: float = DEFAULT_TIME_BUDGET
    languagetool: dict[str, Any] = field(default_factory=dict)
    cache_dir: str | None = None
    #: line of each rule reference, for errors found once the registry is known
    references: list[tuple[str, int | None]] = field(default_factory=list)

    def selections_for(self, path: str) -> list[Selection]:
        """The base selection, then every override whose globs match ``path``."""
        result = [self.selection]
        relative = _relative_posix(path, self.root)
        for override in self.overrides:
            if any(_glob_match(relative, pattern) for pattern in override.files):
                result.append(override.selection)
        return result

    def is_excluded(self, path: str) -> bool:
        relative = _relative_posix(path, self.root)
        return any(_glob_match(relative, pattern) for pattern in self.exclude)

    def check_rule_references(self, known: Callable[[str], bool]) -> None:
        """Raise ConfigError for a selector that names no rule."""
        for selector, line in self.references:
            if not known(selector):
                raise ConfigError(f"no rule matches {selector!r}", self.path, line)


def _relative_posix(path: str, root: Path) -> str:
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


def _glob_match(relative: str, pattern: str) -> bool:
    pattern = pattern.rstrip("/")
    if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(relative, pattern + "/*"):
        return True
    if "/" not in pattern:
        return fnmatch.fnmatch(relative.rsplit("/", 1)[-1], pattern)
    if pattern.startswith("**/"):
        return _glob_match(relative, pattern[3:])
    return False


# -- reading ------------------------------------------------------------------------------

def find_config(start: Path) -> Path | None:
    """The nearest config file in ``start`` or a parent directory, up to the repository root.

    The search stops at the folder holding ``.git``: a ``.newslint.yaml`` in a shared parent
    folder (a CI runner's work directory, a home directory) belongs to no project being linted.
    """
    directory = start if start.is_dir() else start.parent
    for folder in (directory.resolve(), *directory.resolve().parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_section(candidate)):
                return candidate
        if (folder / ".git").exists():
            return None
    return None


def _has_tool_section(path: Path) -> bool:
    try:
        return "[tool.newslint" in path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def load_config(path: Path, trusted: bool = True) -> Config:
    """Read and check a config file.

    A config newslint found by itself (``trusted=False``) came with the repository being linted,
    which in CI may be a stranger's pull request: it may not start programs, send article text
    off the machine, or read rule packs from outside its own project.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"cannot read config: {error}", str(path)) from None
    if path.name == "pyproject.toml":
        data, lines = _read_toml(text, str(path))
    else:
        data, lines = _read_yaml(text, str(path))
    config = build_config(data, lines, str(path), path.parent)
    if not trusted:
        _refuse_untrusted(config, data, lines)
    return config


TRUST_HINT = "pass --trust-config (or set NEWSLINT_TRUST_CONFIG=1) if you trust this repository"
_LOOPBACK = re.compile(r"^https?://(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?(?:/|$)", re.IGNORECASE)


def _refuse_untrusted(config: Config, data: dict[str, Any], lines: dict[tuple[Any, ...], int]) -> None:
    from newslint.yamlutil import line_of

    def refuse(what: str, key_path: tuple[Any, ...]) -> ConfigError:
        return ConfigError(f"{what}; a config found in the linted tree may not do that: {TRUST_HINT}",
                           config.path, line_of(lines, key_path))

    languagetool = data.get("languagetool", {})
    if "path" in languagetool:
        raise refuse("languagetool 'path' starts a program (java) from this folder", ("languagetool", "path"))
    url = languagetool.get("url")
    if url and not _LOOPBACK.match(url):
        raise refuse(f"languagetool 'url' {url!r} would send every article's text to another machine",
                     ("languagetool", "url"))
    root = config.root.resolve()
    for i, directory in enumerate(config.rule_dirs):
        if directory != root and root not in directory.parents:
            raise refuse(f"rule directory {data['rule-dirs'][i]!r} is outside the project", ("rule-dirs", i))
    if config.cache_dir:
        cache = (config.root / config.cache_dir).resolve()
        if cache != root and root not in cache.parents:  # it would write files anywhere the runner may
            raise refuse(f"cache-dir {config.cache_dir!r} is outside the project", ("cache-dir",))


def _read_yaml(text: str, path: str) -> tuple[dict[str, Any], dict[tuple[Any, ...], int]]:
    from newslint.yamlutil import YamlSyntaxError, load_with_lines  # PyYAML only when a YAML config is read

    try:
        data, lines = load_with_lines(text)
    except YamlSyntaxError as error:
        raise ConfigError(str(error), path, error.line) from None
    if data is None:
        return {}, {}
    if not isinstance(data, dict):
        raise ConfigError("the config must be a mapping of settings", path, 1)
    return data, lines


def _read_toml(text: str, path: str) -> tuple[dict[str, Any], dict[tuple[Any, ...], int]]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        data = tomllib.loads(text).get("tool", {}).get("newslint", {})
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"not valid TOML: {error}", path) from None
    section = text.find("[tool.newslint")
    lines: dict[tuple[Any, ...], int] = {}

    def locate(key_path: tuple[Any, ...], value: Any) -> None:
        # TOML parsers keep no positions: find the key's line after the section header.
        key = str(key_path[-1])
        match = re.search(r"^[ \t]*[\"']?" + re.escape(key) + r"[\"']?[ \t]*=", text[max(section, 0) :], re.MULTILINE)
        if match:
            lines[key_path] = text.count("\n", 0, max(section, 0) + match.start()) + 1
        if isinstance(value, dict):
            for sub_key, sub_value in value.items():
                locate(key_path + (sub_key,), sub_value)

    for key, value in data.items():
        locate((key,), value)
    return data, lines


def build_config(data: dict[str, Any], lines: dict[tuple[Any, ...], int], path: str | None, root: Path) -> Config:
    from newslint.yamlutil import line_of

    def fail(message: str, key_path: tuple[Any, ...]) -> ConfigError:
        return ConfigError(message, path, line_of(lines, key_path))

    _check_keys(data, _TOP_KEYS, (), fail, "")
    config = Config(path=path, root=root)
    config.selection = _selection(data, (), lines, config)
    for i, raw in enumerate(data.get("overrides", [])):
        _check_keys(raw, _OVERRIDE_KEYS, ("overrides", i), fail, "in an override: ")
        if "files" not in raw:
            raise fail("an override needs 'files': a list of glob patterns", ("overrides", i))
        config.overrides.append(Override(list(raw["files"]), _selection(raw, ("overrides", i), lines, config)))
    config.fail_on = data.get("fail-on")
    config.min_severity = data.get("min-severity", "info")
    config.dialect = data.get("dialect", "en-US")
    config.dialect_explicit = "dialect" in data
    vocabulary = data.get("vocabulary", {})
    _check_keys(vocabulary, _VOCABULARY_KEYS, ("vocabulary",), fail, "in vocabulary: ")
    config.accept = list(vocabulary.get("accept", []))
    config.reject = list(vocabulary.get("reject", []))
    config.rule_dirs = [(root / d).resolve() for d in data.get("rule-dirs", [])]
    for i, directory in enumerate(config.rule_dirs):
        if not directory.is_dir():
            raise fail(f"rule directory {data['rule-dirs'][i]!r} does not exist", ("rule-dirs", i))
    config.exclude = list(data.get("exclude", []))
    if "max-file-size" in data:
        config.max_file_size = parse_size(data["max-file-size"])
    if "time-budget" in data:
        config.time_budget = float(data["time-budget"])
    languagetool = data.get("languagetool", {})
    _check_keys(languagetool, _LANGUAGETOOL_KEYS, ("languagetool",), fail, "in languagetool: ")
    config.languagetool = dict(languagetool)
    config.cache_dir = data.get("cache-dir")
    return config


def _selection(raw: dict[str, Any], base: tuple[Any, ...], lines: dict[tuple[Any, ...], int], config: Config) -> Selection:
    from newslint.yamlutil import line_of

    selection = Selection(
        select=list(raw["select"]) if "select" in raw else None,
        extend_select=list(raw.get("extend-select", [])),
        ignore=list(raw.get("ignore", [])),
        severity={k: v.lower() for k, v in raw.get("severity", {}).items()},
        rules={k: {option_name(n): x for n, x in v.items()} for k, v in raw.get("rules", {}).items()},
    )
    for key in ("select", "extend-select", "ignore"):
        for i, selector in enumerate(raw.get(key, [])):
            config.references.append((selector, line_of(lines, base + (key, i))))
    for key in ("severity", "rules"):
        for selector in raw.get(key, {}):
            config.references.append((selector, line_of(lines, base + (key, selector))))
    for rule_id, values in raw.get("rules", {}).items():
        for name in values:
            selection.option_lines[(rule_id, option_name(name))] = line_of(lines, base + ("rules", rule_id, name))
    return selection


def _check_keys(
    data: Any,
    schema: dict[str, tuple[Callable[[Any], bool], str]],
    base: tuple[Any, ...],
    fail: Callable[..., ConfigError],
    where: str,
) -> None:
    if not isinstance(data, dict):
        raise fail(f"{where}expected a mapping", base)
    for key, value in data.items():
        if key not in schema:
            close = difflib.get_close_matches(str(key), list(schema), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else f" (known keys: {', '.join(sorted(schema))})"
            raise fail(f"{where}unknown key {key!r}{hint}", base + (key,))
        check, expected = schema[key]
        if not check(value):
            raise fail(f"{where}{key!r} must be {expected}, not {value!r}", base + (key,))


def parse_size(value: int | str) -> int:
    if isinstance(value, int):
        return value
    match = _SIZE.fullmatch(value.strip())
    if not match:
        raise ValueError(f"not a size: {value!r}")
    number = float(match.group(1))
    unit = (match.group(2) or "b").lower()
    factor = {"b": 1, "kb": 1000, "kib": 1024, "mb": 1000**2, "mib": 1024**2, "gb": 1000**3, "gib": 1024**3}[unit]
    return int(number * factor)
