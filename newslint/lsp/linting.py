"""Linting editor buffers: the config found from each document's path, the editor's selection on top.

Config files are discovered and trusted as ``newslint check`` does (nearest
``.newslint.yaml``/``pyproject.toml`` up to the repository root; a found config
may not start programs or send text away unless the user said ``--trust-config``).
The editor's settings cannot grant that trust: a repository's own
``.vscode/settings.json`` would be granting it to itself.
"""

from __future__ import annotations

from pathlib import Path

from newslint.config import Config, Selection
from newslint.engine.registry import Registry, load_registry
from newslint.engine.runner import ConfigResolver, FileResult, Linter
from newslint.frontends import EXTENSIONS
from newslint.lsp.settings import Settings
from newslint.warm import split_known, warm_up

#: languageId → format, for buffers whose name does not say (untitled ones)
LANGUAGE_FORMATS = {"markdown": "markdown", "plaintext": "text", "text": "text", "html": "html"}


def article_format(path: str | None, language_id: str | None) -> str | None:
    """The format to lint a buffer as, or None when it is not an article (a Python file the client sent us)."""
    lowered = (path or "").lower()
    for extension, fmt in EXTENSIONS.items():
        if lowered.endswith(extension):
            return fmt
    return LANGUAGE_FORMATS.get(language_id or "")


class BufferLinter:
    """Lints texts by path with linters built once per (config, settings) and kept warm."""

    def __init__(self, trust_config: bool = False) -> None:
        self.trust_config = trust_config
        self.settings = Settings()
        #: messages about the settings (unknown rule ids), each said once
        self.problems: list[str] = []
        self.forget_configs()

    def warm_up(self) -> None:
        warm_up(Linter())

    def forget_configs(self) -> None:
        """A config file changed on disk: discover and read them again."""
        self.resolver = ConfigResolver(use_files=True, trust_found=self.trust_config)
        self._linters: dict[int, Linter] = {}

    def use_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.problems = []
        self._linters = {}

    def config_for(self, path: str) -> Config:
        """The config of the article at ``path`` (raises ConfigError for a broken or untrusted one)."""
        return self.resolver.for_path(path)

    def lint(self, path: str, text: str, fmt: str | None) -> FileResult:
        """Findings for ``text`` as the article at ``path`` (raises ConfigError).

        A file the config excludes, or larger than its max-file-size, is not linted, as
        ``newslint check`` leaves it out (the reason goes to :attr:`FileResult.warnings`).
        """
        config = self.config_for(path)
        if config.is_excluded(path):
            return FileResult(path, source=text, warnings=[f"{path}: not linted: excluded by {config.path}"])
        if len(text.encode("utf-8", "surrogatepass")) > config.max_file_size:
            return FileResult(path, source=text, warnings=[f"{path}: not linted: larger than max-file-size ({config.max_file_size} bytes)"])
        return self._linter(config).lint_text(path, text, fmt=fmt, config=config)

    def fixed_text(self, first: FileResult, fmt: str | None) -> str:
        """``first``'s text with every safe fix applied, as ``newslint check --fix`` would write it."""
        from newslint.api import fix_linted

        config = self.config_for(first.path)
        return fix_linted(self._linter(config), first, fmt, None, unsafe=False).source

    def _linter(self, config: Config) -> Linter:
        linter = self._linters.get(id(config))
        if linter is None:
            linter = self._linters[id(config)] = Linter(self.resolver, self._selection(load_registry(tuple(config.rule_dirs))))
        return linter

    def _selection(self, registry: Registry) -> Selection:
        settings = self.settings
        select, unknown = split_known(registry, settings.select) if settings.select is not None else (None, [])
        extend, unknown_extend = split_known(registry, settings.extend_select)
        ignore, unknown_ignore = split_known(registry, settings.ignore)
        for selector in [*unknown, *unknown_extend, *unknown_ignore]:
            message = f"no rule matches {selector!r} (in the editor's newslint settings): left out"
            if message not in self.problems:
                self.problems.append(message)
        return Selection(select=select, extend_select=extend, ignore=ignore)


def buffer_path(fs_path: str | None, root: str | None, fmt: str) -> str:
    """The path a buffer is linted as: its file, or an untitled article in the workspace root (for its config)."""
    if fs_path:
        return fs_path
    name = {"markdown": "untitled.md", "html": "untitled.html"}.get(fmt, "untitled.txt")
    return str(Path(root or Path.cwd()) / name)
