"""One registry for rules from three sources.

1. Built-in Python rules, listed one per line (id and class) in :mod:`newslint.checks`,
   imported only when a rule may run, is listed or explained.
2. Third-party packages, through the entry-point group ``newslint.rules``;
   an entry point may name a Rule subclass, a Rule instance, or a list of either.
3. YAML rule packs: the ``rules/`` directory shipped with newslint and the
   directories a config names in ``rule-dirs``. The shipped pack's files are read
   only when their rule may run, as built-in modules are imported (a file of
   phrases costs its parse and matchers); a user's pack is read at once, so that
   a broken file is reported whichever rules are selected.

A broken plugin or pack is recorded in :attr:`Registry.errors` (naming the
file or entry point) and the other rules still load.
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
from functools import cached_property, lru_cache
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from newslint.engine.rule import Rule

ENTRY_POINT_GROUP = "newslint.rules"


def builtin_pack_dir() -> Path:
    """The YAML packs shipped with newslint: ``newslint/packs`` when installed from a
    wheel, the repository's ``rules/`` in a source checkout or editable install."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "packs"
    return installed if installed.is_dir() else package.parent / "rules"


class Registry:
    def __init__(self) -> None:
        self._rules: dict[str, Rule] = {}
        #: built-in rules not imported yet: id -> "module:Class"
        self._pending: dict[str, str] = {}
        #: rules of the shipped pack not read yet: id -> (file, pack folder, source)
        self._pending_files: dict[str, tuple[Path, Path, str]] = {}
        self.errors: list[str] = []
        self.directories: list[Path] = []  # code and packs behind these rules

    @cached_property
    def fingerprint(self) -> str:
        """Identifies the code and data behind these rules (part of every cache key)."""
        return _fingerprint(self.directories)

    def add(self, rule: Rule, source: str, origin: str) -> None:
        rule.source = source
        rule.origin = origin
        problems = rule.validate()
        if problems:
            self.errors.extend(f"{origin}: {problem}" for problem in problems)
            return
        if rule.id in self._rules or (rule.id in self._pending and source != "builtin") or rule.id in self._pending_files:
            other = self._rules[rule.id].origin if rule.id in self._rules else "newslint's built-in rules"
            self.errors.append(f"{origin}: rule {rule.id} is already defined in {other}; keeping the first")
            return
        self._rules[rule.id] = rule

    # -- access --------------------------------------------------------------------------------

    @property
    def ids(self) -> list[str]:
        return sorted({*self._rules, *self._pending, *self._pending_files})

    def get(self, rule_id: str) -> Rule | None:
        if rule_id in self._pending:
            self._import(rule_id)
        elif rule_id in self._pending_files:
            self._read(rule_id)
        return self._rules.get(rule_id)

    def load(self, rule_ids) -> list[Rule]:
        """The rules with these ids, importing built-ins as needed, in id order."""
        found = (self.get(rule_id) for rule_id in sorted(set(rule_ids)))
        return [rule for rule in found if rule is not None]

    @property
    def rules(self) -> dict[str, Rule]:
        """Every rule (imports every built-in): for listing, explaining and SARIF."""
        self.load([*self._pending, *self._pending_files])
        return dict(sorted(self._rules.items()))

    def sorted_rules(self) -> list[Rule]:
        return list(self.rules.values())

    def known_selector(self, selector: str) -> bool:
        from newslint.engine.selection import matches

        return any(matches(selector, rule_id) for rule_id in self.ids)

    # -- sources ------------------------------------------------------------------------

    def load_builtin(self) -> None:
        from newslint.checks import BUILTIN_RULES

        self._pending.update(BUILTIN_RULES)

    def _import(self, rule_id: str) -> None:
        reference = self._pending.pop(rule_id)
        module_name, _, attribute = reference.partition(":")
        try:
            module = importlib.import_module(module_name)
            rule = _as_rules(getattr(module, attribute))[0]
        except Exception as error:  # a broken built-in is a bug, but never a crash
            self.errors.append(f"{reference}: cannot load built-in rule {rule_id}: {error}")
            return
        if rule.id != rule_id:
            self.errors.append(f"{reference}: registered as {rule_id} but its id is {rule.id}")
            return
        self.add(rule, "builtin", inspect.getsourcefile(module) or module_name)

    def load_plugins(self) -> None:
        for entry_point in entry_points(group=ENTRY_POINT_GROUP):
            origin = f"plugin {entry_point.name} ({entry_point.value})"
            try:
                rules = _as_rules(entry_point.load())
            except Exception as error:
                self.errors.append(f"{origin}: cannot load: {type(error).__name__}: {error}")
                continue
            for rule in rules:
                self.add(rule, "plugin", origin)

    def load_pack(self, directory: Path, source: str = "pack", lazily: bool = False) -> None:
        """Add the rules of a YAML pack; ``lazily``: read each file when its rule is asked for."""
        for path in sorted(directory.rglob("*.y*ml")):
            rule_id = pack_rule_id(path, directory)
            if lazily and rule_id is not None and rule_id not in self._pending and rule_id not in self._rules:
                self._pending_files[rule_id] = (path, directory, source)
            else:
                self._read_file(path, directory, source)  # a clash or a misplaced file is reported now

    def _read(self, rule_id: str) -> None:
        self._read_file(*self._pending_files.pop(rule_id))

    def _read_file(self, path: Path, directory: Path, source: str) -> None:
        from newslint.yamlrules import load_rule_file

        try:
            rule = load_rule_file(path, directory)
        except Exception as error:  # YamlRuleError names file and line; anything else too
            self.errors.append(str(error) if str(error).startswith(str(path)) else f"{path}: {error}")
            return
        self.add(rule, source, str(path))


def pack_rule_id(path: Path, pack_root: Path) -> str | None:
    """The id of the YAML rule in ``path``: its category folder and name (None when misplaced)."""
    relative = path.relative_to(pack_root)
    return f"{relative.parts[-2]}/{path.stem}" if len(relative.parts) >= 2 else None


def _as_rules(obj: Any) -> list[Rule]:
    if isinstance(obj, Rule):
        return [obj]
    if inspect.isclass(obj) and issubclass(obj, Rule):
        return [obj()]
    if callable(obj) and not inspect.isclass(obj):
        return _as_rules(obj())
    if isinstance(obj, (list, tuple)):
        return [rule for item in obj for rule in _as_rules(item)]
    raise TypeError(f"expected a Rule, a Rule subclass or a list of them, got {type(obj).__name__}")


@lru_cache(maxsize=16)
def load_registry(rule_dirs: tuple[Path, ...] = ()) -> Registry:
    """The registry for a set of user rule directories (cached per process)."""
    registry = Registry()
    registry.load_builtin()
    registry.load_plugins()
    packs = builtin_pack_dir()
    if packs.is_dir():
        registry.load_pack(packs, "builtin-pack", lazily=True)
    for directory in rule_dirs:
        registry.load_pack(directory, "pack")
    registry.directories = [Path(__file__).resolve().parent.parent, packs, *rule_dirs]
    return registry


def _fingerprint(directories: list[Path]) -> str:
    """Names, sizes and modification times of the files rules are made of, and plugin versions.

    Cheap (one stat per file) and changes whenever a rule's code or data does,
    even in a development checkout where the version number stays the same.
    """
    digest = hashlib.sha256()
    for directory in directories:
        if not directory.is_dir():
            continue
        for path in sorted(directory.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                stat = path.stat()
                digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    for entry_point in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        version = entry_point.dist.version if entry_point.dist else "?"
        digest.update(f"{entry_point.name}={entry_point.value}@{version}\n".encode())
    return digest.hexdigest()
