"""The language server: diagnostics as the writer types, fixes as code actions.

Linting runs in one worker thread so the server keeps reading the editor's
messages; a change waits :data:`DEBOUNCE_SECONDS` for the writer to pause and
cancels the run it replaces, and a result whose document changed meanwhile is
never published.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from newslint import __version__
from newslint.config import CONFIG_FILES, ConfigError
from newslint.engine.runner import FileResult
from newslint.lsp.actions import FIX_ALL, fix_all, quick_fixes, quotation_test
from newslint.lsp.diagnostics import to_diagnostic
from newslint.lsp.linting import BufferLinter, article_format, buffer_path
from newslint.lsp.positions import PositionMap
from newslint.lsp.settings import SECTION, read_settings, section_of

DEBOUNCE_SECONDS = 0.3
log = logging.getLogger(__name__)


class Linted:
    """The last lint of a document: what its diagnostics and code actions were computed from."""

    def __init__(self, version: int | None, text: str, path: str, fmt: str, result: FileResult | None, encoding: str) -> None:
        self.version, self.text, self.path, self.fmt, self.result = version, text, path, fmt, result
        self.positions = PositionMap(text, encoding)


class NewslintServer(LanguageServer):
    def __init__(self, trust_config: bool = False, debounce: float = DEBOUNCE_SECONDS) -> None:
        super().__init__("newslint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.linter = BufferLinter(trust_config)
        self.debounce = debounce
        self.linted: dict[str, Linted] = {}
        self._runs: dict[str, asyncio.Task] = {}
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newslint-lint")
        self._said: set[str] = set()  # messages already shown to the user
        self.startup_problems: list[str] = []  # shown once initialized (the answer to initialize comes first)
        self.initial_settings: dict[str, Any] = {}  # the initializationOptions' section: later settings go on top
        self._warm = self._worker.submit(self.linter.warm_up)  # engines warm once, while the editor starts up

    # -- linting -----------------------------------------------------------------------------

    def schedule(self, uri: str, delay: float = 0.0) -> None:
        """Lint ``uri`` after ``delay`` seconds, replacing any run still pending or going for it."""
        previous = self._runs.pop(uri, None)
        if previous is not None:
            previous.cancel()
        self._runs[uri] = asyncio.get_running_loop().create_task(self._lint_later(uri, delay))

    def relint_open_documents(self) -> None:
        for uri in list(self.workspace.text_documents):
            self.schedule(uri)

    def forget(self, uri: str) -> None:
        run = self._runs.pop(uri, None)
        if run is not None:
            run.cancel()
        self.linted.pop(uri, None)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    async def _lint_later(self, uri: str, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        linted = await self.lint_now(uri)
        if linted is None:
            return
        self._runs.pop(uri, None)
        diagnostics = [to_diagnostic(f, linted.positions, uri) for f in linted.result.findings] if linted.result else []
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=linted.version)
        )

    async def lint_now(self, uri: str) -> Linted | None:
        """Lint the document as it is now; None when it is no article or changed while it was linted."""
        if uri not in self.workspace.text_documents:
            return None
        document = self.workspace.get_text_document(uri)
        fmt = article_format(document.path, document.language_id)
        if fmt is None:
            return None
        version, text = document.version, document.source
        path = buffer_path(to_fs_path(uri) if uri.startswith("file:") else None, self.workspace.root_path, fmt)
        try:
            result = await asyncio.get_running_loop().run_in_executor(self._worker, self.linter.lint, path, text, fmt)
        except ConfigError as error:  # a broken or untrusted config: say so, show no findings
            self.say(f"newslint: {error}", types.MessageType.Error)
            result = None
        except Exception as error:  # a bug in newslint: the editor goes on, the user hears of it
            log.exception("linting %s failed", uri)
            self.say(f"newslint: linting failed: {type(error).__name__}: {error}", types.MessageType.Error)
            result = None
        current = self.workspace.text_documents.get(uri)
        if current is None or current.version != version or current.source != text:
            return None  # stale: the run for the newer text publishes
        if result is not None:
            self._report_problems(result)
        linted = Linted(version, text, path, fmt, result, self.workspace.position_encoding or types.PositionEncodingKind.Utf16)
        self.linted[uri] = linted
        return linted

    def _report_problems(self, result: FileResult) -> None:
        """Tell the user what kept newslint from working fully; the findings still come."""
        for message in [*self.linter.problems, *result.notices]:
            self.say(f"newslint: {message}", types.MessageType.Warning)
        logged = [(types.MessageType.Error, m) for m in result.errors]  # a rule that crashed, a time budget spent
        logged += [(types.MessageType.Info, m) for m in result.warnings]  # a file left out
        for kind, message in logged:
            self.window_log_message(types.LogMessageParams(type=kind, message=f"newslint: {message}"))

    def say(self, message: str, kind: types.MessageType) -> None:
        """Show a message once (each lint would repeat it); the log gets it every time."""
        self.window_log_message(types.LogMessageParams(type=kind, message=message))
        if message not in self._said:
            self._said.add(message)
            self.window_show_message(types.ShowMessageParams(type=kind, message=message))

    # -- code actions ------------------------------------------------------------------------

    async def code_actions(self, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri, only = params.text_document.uri, params.context.only
        document = self.workspace.text_documents.get(uri)
        if document is None:
            return []
        linted = await self.current(uri)
        if linted is None or linted.result is None:
            return []
        actions = []
        if _wanted(only, types.CodeActionKind.QuickFix):
            quoted = quotation_test(linted.path, linted.text, linted.fmt)
            actions += quick_fixes(linted.result.findings, linted.positions, uri, linted.version, params.range, quoted)
        # every fix at once re-lints the fixed text: only when asked for by kind (on save, the source menu), not on every cursor move
        if only and _wanted(only, FIX_ALL) and any(f.fix and f.fix.applicability == "safe" for f in linted.result.findings):
            fixed = await asyncio.get_running_loop().run_in_executor(self._worker, self.linter.fixed_text, linted.result, linted.fmt)
            if fixed != linted.text and self.workspace.text_documents.get(uri) is document and document.version == linted.version:
                actions.append(fix_all(linted.text, fixed, linted.positions, uri, linted.version))
        return actions

    async def current(self, uri: str) -> Linted | None:
        """The lint of the document's text as it is now: the last one, or the debounced run pending for it."""
        def fresh(linted: Linted | None) -> bool:
            document = self.workspace.text_documents.get(uri)
            return linted is not None and document is not None and linted.version == document.version and linted.text == document.source

        if not fresh(self.linted.get(uri)):
            pending = self._runs.get(uri)
            if pending is not None:
                await asyncio.wait({pending})  # the writer paused long enough to ask: the run is due in a moment
            else:
                await self.lint_now(uri)
        linted = self.linted.get(uri)
        return linted if fresh(linted) else None  # still typing: the client asks again

    # -- settings and configs ------------------------------------------------------------------

    def apply_settings(self, raw: Any) -> bool:
        """Use the newslint settings in ``raw`` (over the initialization options); False when it has none."""
        section = section_of(raw)
        if section is None:
            return False
        settings, problems = read_settings(self.initial_settings, section)
        for problem in problems:
            self.say(f"newslint: {problem}", types.MessageType.Warning)
        self.linter.use_settings(settings)
        self._said.clear()
        self.relint_open_documents()
        return True

    def configs_changed(self) -> None:
        self.linter.forget_configs()
        self._said.clear()
        self.relint_open_documents()

    async def watch_config_files(self) -> None:
        """Ask the client to say when a config file is created, changed or deleted (saved by another program)."""
        watchers = [types.FileSystemWatcher(glob_pattern=f"**/{name}") for name in CONFIG_FILES]
        registration = types.Registration(
            id="newslint-config-files", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
            register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
        )
        try:
            await self.client_register_capability_async(types.RegistrationParams(registrations=[registration]))
        except Exception as error:  # the client said it could and then could not: saves in the editor still count
            log.warning("client/registerCapability failed: %s", error)

    async def pull_settings(self) -> None:
        """Ask the client for the ``newslint`` section (the pull model VS Code uses)."""
        try:
            answer = await self.workspace_configuration_async(
                types.ConfigurationParams(items=[types.ConfigurationItem(section=SECTION)])
            )
        except Exception as error:  # a client that says it supports the request and then fails it
            log.warning("workspace/configuration failed: %s", error)
            return
        if answer and isinstance(answer[0], dict):
            self.apply_settings({SECTION: answer[0]})


def _wanted(only: list[str] | None, kind: str) -> bool:
    """Whether a request limited to kinds ``only`` wants actions of ``kind`` ('source' wants 'source.fixAll.newslint')."""
    return not only or any(kind == k or kind.startswith(k + ".") for k in only)


def _supports(capabilities: types.ClientCapabilities, *path: str) -> bool:
    value: Any = capabilities
    for name in path:
        value = getattr(value, name, None)
        if value is None:
            return False
    return bool(value)


def is_config_file(uri: str) -> bool:
    return uri.startswith("file:") and Path(to_fs_path(uri) or "").name in CONFIG_FILES


def create_server(trust_config: bool = False, debounce: float = DEBOUNCE_SECONDS) -> NewslintServer:
    server = NewslintServer(trust_config, debounce)

    @server.feature(types.INITIALIZE)
    def initialize(ls: NewslintServer, params: types.InitializeParams) -> None:
        ls.initial_settings = section_of(params.initialization_options) or {}
        settings, ls.startup_problems = read_settings(ls.initial_settings)
        ls.linter.use_settings(settings)

    @server.feature(types.INITIALIZED)
    async def initialized(ls: NewslintServer, params: types.InitializedParams) -> None:
        for problem in ls.startup_problems:
            ls.say(f"newslint: {problem}", types.MessageType.Warning)
        capabilities = ls.client_capabilities
        if _supports(capabilities, "workspace", "did_change_watched_files", "dynamic_registration"):
            await ls.watch_config_files()
        if _supports(capabilities, "workspace", "configuration"):
            await ls.pull_settings()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: NewslintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: NewslintServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, ls.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: NewslintServer, params: types.DidSaveTextDocumentParams) -> None:
        if is_config_file(params.text_document.uri):
            ls.configs_changed()
        else:
            ls.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: NewslintServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.forget(params.text_document.uri)

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def did_change_configuration(ls: NewslintServer, params: types.DidChangeConfigurationParams) -> None:
        if not ls.apply_settings(params.settings) and _supports(ls.client_capabilities, "workspace", "configuration"):
            await ls.pull_settings()  # "something changed, ask me": the pull model

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls: NewslintServer, params: types.DidChangeWatchedFilesParams) -> None:
        if any(is_config_file(change.uri) for change in params.changes):
            ls.configs_changed()

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL], resolve_provider=False),
    )
    async def code_action(ls: NewslintServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        return await ls.code_actions(params) or None

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: NewslintServer, params: None) -> None:
        ls._worker.shutdown(wait=False, cancel_futures=True)

    return server


def run(trust_config: bool = False) -> None:
    """Serve one editor over standard input and output until it says exit."""
    create_server(trust_config).start_io()
