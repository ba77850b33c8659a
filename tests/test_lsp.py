"""`newslint lsp` driven by a real LSP client over stdio (pytest-lsp starts `python -m newslint lsp`).

The server runs with the network blocked (tests/fixtures/lsp/offline/sitecustomize.py), as in-process tests do.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest_lsp = pytest.importorskip("pytest_lsp", reason="the LSP tests need the test extra (pytest-lsp)")
from lsprotocol import types  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities  # noqa: E402

from newslint.lsp.positions import PositionMap  # noqa: E402

#: every client test shares its module's event loop (the module-scoped server lives in it)
LSP = pytest.mark.asyncio(loop_scope="module")

FIXTURES = Path(__file__).parent / "fixtures" / "lsp"
ARTICLE = (FIXTURES / "article.md").read_text(encoding="utf-8")
SECTION = "newslint"
SPELLING, REPEATED, TITLE = "spelling/misspelled-word", "grammar/repeated-word", "casing/title-before-name"
def _client() -> LanguageClient:
    """pytest-lsp's client, which also accepts the server's registrations (as editors do)."""
    client = pytest_lsp.make_test_lsp_client()
    client.registrations = []

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams) -> None:
        client.registrations.extend(params.registrations)

    return client


#: `python -m newslint lsp`, its network blocked, and a client for it
CLIENT = ClientServerConfig(
    server_command=[sys.executable, "-m", "newslint", "lsp"],
    server_env={**os.environ, "PYTHONPATH": os.pathsep.join([str(FIXTURES / "offline"), os.environ.get("PYTHONPATH", "")])},
    client_factory=_client,
)


@pytest_lsp.fixture(config=CLIENT, scope="module", loop_scope="module")
async def client(lsp_client: LanguageClient):
    lsp_client.init_result = await lsp_client.initialize_session(
        types.InitializeParams(capabilities=client_capabilities("visual-studio-code"), initialization_options={"newslint": {}})
    )
    yield
    await lsp_client.shutdown_session()


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    """A folder of its own (its .git stops config discovery from climbing into shared folders)."""
    root = tmp_path_factory.mktemp("workspace")
    (root / ".git").mkdir()
    return root


# -- helpers --------------------------------------------------------------------------------

def open_article(client: LanguageClient, path: Path, text: str, language: str = "markdown") -> str:
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(uri=uri, language_id=language, version=1, text=text))
    )
    return uri


async def diagnostics_where(client: LanguageClient, uri: str, ready, timeout: float = 30.0) -> list[types.Diagnostic]:
    """The document's diagnostics once ``ready(diagnostics)`` holds (the server publishes when it has linted)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        diagnostics = client.diagnostics.get(uri)
        if diagnostics is not None and ready(diagnostics):
            return list(diagnostics)
        await asyncio.sleep(0.05)
    raise AssertionError(f"no such diagnostics in {timeout} s; last published: {client.diagnostics.get(uri)}")


def by_code(diagnostics, code: str) -> list[types.Diagnostic]:
    return [d for d in diagnostics if d.code == code]


def has(*codes: str):
    return lambda diagnostics: all(by_code(diagnostics, code) for code in codes)


def at(diagnostic: types.Diagnostic) -> tuple[int, int, int, int]:
    r = diagnostic.range
    return (r.start.line, r.start.character, r.end.line, r.end.character)


async def code_actions(client: LanguageClient, uri: str, diagnostic: types.Diagnostic) -> list[types.CodeAction]:
    answer = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic], only=[types.CodeActionKind.QuickFix]),
        )
    )
    return [a for a in answer or [] if isinstance(a, types.CodeAction)]


def apply_edit(text: str, action: types.CodeAction, encoding: str = "utf-16") -> str:
    """What the client does with the action's edit (positions in the negotiated encoding)."""
    positions = PositionMap(text, encoding)
    edits = [e for change in action.edit.document_changes for e in change.edits]
    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        start, end = positions.offset(edit.range.start), positions.offset(edit.range.end)
        text = text[:start] + edit.new_text + text[end:]
    return text


# -- tests ----------------------------------------------------------------------------------

@LSP
async def test_initialize_answers_with_the_server_capabilities(client: LanguageClient):
    capabilities = client.init_result.capabilities
    # a VS Code client offers no positionEncodings: UTF-16, the protocol's default
    assert capabilities.position_encoding == types.PositionEncodingKind.Utf16
    assert capabilities.text_document_sync.change == types.TextDocumentSyncKind.Incremental
    assert list(capabilities.code_action_provider.code_action_kinds) == ["quickfix", "source.fixAll.newslint"]
    for _ in range(200):  # the server registers once initialized, without being asked
        watched = [r for r in client.registrations if r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES]
        if watched:
            break
        await asyncio.sleep(0.05)
    assert watched, "the server asks to hear about config files changing"
    globs = {w["globPattern"] for w in watched[0].register_options["watchers"]}
    assert "**/.newslint.yaml" in globs and "**/pyproject.toml" in globs


@LSP
async def test_diagnostics_on_open_have_rule_code_severity_and_exact_range(client: LanguageClient, workspace: Path):
    uri = open_article(client, workspace / "open.md", ARTICLE)
    diagnostics = await diagnostics_where(client, uri, has(SPELLING, REPEATED, TITLE))
    assert all(d.source == "newslint" for d in diagnostics)
    spelling = by_code(diagnostics, SPELLING)
    # line 5: "The council 📣 recieved": the emoji is two UTF-16 code units, so 'recieved' starts at 15, not 14
    assert at(spelling[0]) == (4, 15, 4, 23)
    assert spelling[0].severity == types.DiagnosticSeverity.Error
    assert spelling[0].message == "'recieved' is misspelled: 'received'"
    assert at(spelling[1]) == (6, 9, 6, 17)  # inside the quotation
    title = by_code(diagnostics, TITLE)[0]
    assert title.severity == types.DiagnosticSeverity.Warning
    line = ARTICLE.splitlines()[8]
    assert at(title) == (8, line.index("prime minister"), 8, line.index("prime minister") + len("prime minister"))


@LSP
async def test_a_change_above_a_finding_moves_its_diagnostic(client: LanguageClient, workspace: Path):
    uri = open_article(client, workspace / "change.md", ARTICLE)
    before = by_code(await diagnostics_where(client, uri, has(SPELLING)), SPELLING)[0]
    assert at(before) == (4, 15, 4, 23)
    inserted = "Residents had asked for a park for ten years.\n\n"
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=types.Range(start=types.Position(line=2, character=0), end=types.Position(line=2, character=0)), text=inserted
                )
            ],
        )
    )
    moved = await diagnostics_where(client, uri, lambda ds: any(at(d) == (6, 15, 6, 23) for d in by_code(ds, SPELLING)))
    assert not any(at(d) == (4, 15, 4, 23) for d in moved)


@LSP
async def test_debounce_lints_a_burst_of_changes_once_with_the_last_text(client: LanguageClient, workspace: Path):
    uri = open_article(client, workspace / "burst.md", "# Park\n\nThe council met.\n")
    await diagnostics_where(client, uri, lambda ds: True)
    text = "# Park\n\nThe council met.\n"
    for version, word in enumerate(["The", " council", " recieved", " letters."], start=2):
        end = PositionMap(text).position(len(text))
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[types.TextDocumentContentChangePartial(range=types.Range(start=end, end=end), text=word)],
            )
        )
        text += word
    diagnostics = await diagnostics_where(client, uri, has(SPELLING))
    assert at(by_code(diagnostics, SPELLING)[0]) == (3, 12, 3, 20)


@LSP
async def test_code_action_offers_a_preferred_fix_that_fixes_the_text(client: LanguageClient, workspace: Path):
    uri = open_article(client, workspace / "fix.md", ARTICLE)
    diagnostics = await diagnostics_where(client, uri, has(SPELLING, REPEATED))
    spelling = by_code(diagnostics, SPELLING)[0]
    actions = await code_actions(client, uri, spelling)
    assert len(actions) == 1
    action = actions[0]
    assert action.is_preferred is True and action.kind == types.CodeActionKind.QuickFix
    assert "received" in action.title
    fixed = apply_edit(ARTICLE, action)
    assert "The council 📣 received more than 400 letters" in fixed
    assert fixed.count("recieved") == 1  # the one in the quotation is not touched

    repeated = await code_actions(client, uri, by_code(diagnostics, REPEATED)[0])
    assert [a.is_preferred for a in repeated] == [True]
    assert "Work on the new paths" in apply_edit(ARTICLE, repeated[0])


@LSP
async def test_fix_all_applies_every_safe_fix_and_nothing_else(client: LanguageClient, workspace: Path):
    uri = open_article(client, workspace / "fix-all.md", ARTICLE)
    await diagnostics_where(client, uri, has(SPELLING, REPEATED))
    whole = types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0))
    answer = await client.text_document_code_action_async(
        types.CodeActionParams(text_document=types.TextDocumentIdentifier(uri=uri), range=whole,
                               context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.Source]))
    )
    assert [a.kind for a in answer] == ["source.fixAll.newslint"]
    fixed = apply_edit(ARTICLE, answer[0])
    assert "The council 📣 received more" in fixed and "Work on the new paths" in fixed
    assert '"We have recieved the letters' in fixed  # the quotation is the speaker's
    assert "backed by prime minister Tony Blair" in fixed  # unsafe: an editor's call
    # on a cursor move (no kind asked for) only the quick fixes there come, not a re-lint of the whole text
    general = await client.text_document_code_action_async(
        types.CodeActionParams(text_document=types.TextDocumentIdentifier(uri=uri), range=whole,
                               context=types.CodeActionContext(diagnostics=[]))
    )
    assert general is None


@LSP
async def test_unsafe_fix_is_offered_but_not_preferred(client: LanguageClient, workspace: Path):
    uri = open_article(client, workspace / "unsafe.md", ARTICLE)
    title = by_code(await diagnostics_where(client, uri, has(TITLE)), TITLE)[0]
    actions = await code_actions(client, uri, title)
    assert len(actions) == 1 and not actions[0].is_preferred
    assert "backed by Prime Minister Tony Blair" in apply_edit(ARTICLE, actions[0])


@LSP
async def test_no_fix_inside_a_quotation(client: LanguageClient, workspace: Path):
    uri = open_article(client, workspace / "quote.md", ARTICLE)
    quoted = [d for d in by_code(await diagnostics_where(client, uri, has(SPELLING)), SPELLING) if d.range.start.line == 6]
    assert quoted, "the misspelling inside the quotation is still reported"
    assert await code_actions(client, uri, quoted[0]) == []
    # a blockquote is someone else's words too
    text = "# Park\n\nThe council met on Monday.\n\n> Work on the the paths starts in March.\n"
    uri = open_article(client, workspace / "blockquote.md", text)
    repeated = by_code(await diagnostics_where(client, uri, has(REPEATED)), REPEATED)[0]
    assert await code_actions(client, uri, repeated) == []


@LSP
async def test_code_action_after_an_unlinted_change_uses_the_new_text(client: LanguageClient, workspace: Path):
    uri = open_article(client, workspace / "fresh.md", ARTICLE)
    spelling = by_code(await diagnostics_where(client, uri, has(SPELLING)), SPELLING)[0]
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text="# Park\n\n" + ARTICLE)],
        )
    )
    moved = types.Diagnostic(range=types.Range(start=types.Position(line=6, character=15), end=types.Position(line=6, character=23)),
                             message=spelling.message, code=SPELLING, source="newslint")
    actions = await code_actions(client, uri, moved)  # asked before the debounced lint ran
    assert len(actions) == 1
    assert actions[0].edit.document_changes[0].text_document.version == 2
    assert "The council 📣 received" in apply_edit("# Park\n\n" + ARTICLE, actions[0])


@LSP
async def test_settings_ignore_a_rule_and_its_diagnostics_vanish(client: LanguageClient, workspace: Path):
    uri = open_article(client, workspace / "settings.md", ARTICLE)
    await diagnostics_where(client, uri, has(SPELLING, REPEATED))
    # the push model (Neovim, most clients): the settings come with the notification
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings={"newslint": {"ignore": [SPELLING]}}))
    after = await diagnostics_where(client, uri, lambda ds: not by_code(ds, SPELLING) and by_code(ds, REPEATED))
    assert by_code(after, TITLE)
    # the pull model (VS Code): "something changed", the server asks for its section
    client.set_configuration({"ignore": [REPEATED]}, section="newslint")
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
    await diagnostics_where(client, uri, lambda ds: by_code(ds, SPELLING) and not by_code(ds, REPEATED))
    # an unknown rule id is said once and left out; the known ones still apply
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"newslint": {"select": ["spelling", "no-such-rule"]}})
    )
    await diagnostics_where(client, uri, lambda ds: by_code(ds, SPELLING) and not by_code(ds, REPEATED) and not by_code(ds, TITLE))
    assert any("no-such-rule" in m.message for m in client.messages)
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings={"newslint": {}}))
    await diagnostics_where(client, uri, has(SPELLING, REPEATED, TITLE))


@LSP
async def test_workspace_config_is_honoured_and_reread_when_it_changes(client: LanguageClient, tmp_path: Path):
    (tmp_path / ".git").mkdir()
    config = tmp_path / ".newslint.yaml"
    config.write_text(f"ignore: [{REPEATED}]\nseverity:\n  {SPELLING}: info\nexclude: [archive]\n", encoding="utf-8")
    (tmp_path / "desk").mkdir()
    (tmp_path / "archive").mkdir()
    uri = open_article(client, tmp_path / "desk" / "story.md", ARTICLE)
    diagnostics = await diagnostics_where(client, uri, has(SPELLING))
    assert not by_code(diagnostics, REPEATED)
    assert {d.severity for d in by_code(diagnostics, SPELLING)} == {types.DiagnosticSeverity.Information}
    archived = open_article(client, tmp_path / "archive" / "old.md", ARTICLE)
    assert await diagnostics_where(client, archived, lambda ds: True) == []  # excluded, as `newslint check` leaves it out
    config.write_text(f"ignore: [{TITLE}]\n", encoding="utf-8")
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Changed)])
    )
    after = await diagnostics_where(client, uri, lambda ds: by_code(ds, REPEATED) and not by_code(ds, TITLE))
    assert {d.severity for d in by_code(after, SPELLING)} == {types.DiagnosticSeverity.Error}
    # the config edited and saved in the editor itself (no file watcher needed)
    config.write_text(f"ignore: [{SPELLING}]\n", encoding="utf-8")
    client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=config.as_uri())))
    await diagnostics_where(client, uri, lambda ds: not by_code(ds, SPELLING) and by_code(ds, TITLE))


@LSP
async def test_a_found_config_may_not_start_programs(client: LanguageClient, tmp_path: Path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".newslint.yaml").write_text("languagetool:\n  path: /opt/languagetool\n", encoding="utf-8")
    uri = open_article(client, tmp_path / "story.md", ARTICLE)
    assert await diagnostics_where(client, uri, lambda ds: True) == []
    refusal = [m for m in client.messages if "may not do that" in m.message]
    assert refusal and refusal[-1].type == types.MessageType.Error
    assert "--trust-config" in refusal[-1].message


@LSP
async def test_plain_text_and_html_are_linted_other_languages_are_not(client: LanguageClient, workspace: Path):
    text_uri = open_article(client, workspace / "story.txt", "The council recieved 400 letters, a spokesman said.\n", "plaintext")
    assert at(by_code(await diagnostics_where(client, text_uri, has(SPELLING)), SPELLING)[0]) == (0, 12, 0, 20)
    html = "<html><body><h1>Park</h1><p>The council 😀 recieved 400 letters, a spokesman said.</p></body></html>\n"
    html_uri = open_article(client, workspace / "story.html", html, "html")
    start = html.index("recieved")
    assert at(by_code(await diagnostics_where(client, html_uri, has(SPELLING)), SPELLING)[0]) == (0, start + 1, 0, start + 9)
    python_uri = open_article(client, workspace / "tool.py", "# recieved\n", "python")
    await diagnostics_where(client, text_uri, has(SPELLING))  # a round trip later…
    await asyncio.sleep(0.5)
    assert python_uri not in client.diagnostics


@LSP
async def test_closing_a_document_clears_its_diagnostics(client: LanguageClient, workspace: Path):
    uri = open_article(client, workspace / "close.md", ARTICLE)
    await diagnostics_where(client, uri, has(SPELLING))
    client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
    await diagnostics_where(client, uri, lambda ds: len(ds) == 0)


# -- other clients, other position encodings ------------------------------------------------

@pytest_lsp.fixture(config=CLIENT, loop_scope="module")
async def neovim(lsp_client: LanguageClient):
    result = await lsp_client.initialize_session(types.InitializeParams(capabilities=client_capabilities("neovim")))
    lsp_client.encoding = result.capabilities.position_encoding
    yield
    await lsp_client.shutdown_session()


@LSP
async def test_positions_in_the_encoding_the_client_prefers(neovim: LanguageClient, workspace: Path):
    # Neovim 0.11 prefers UTF-8: the emoji is 4 units, 'recieved' starts at 17 (UTF-32 is tested on PositionMap below)
    assert neovim.encoding == types.PositionEncodingKind.Utf8
    uri = open_article(neovim, workspace / "neovim.md", ARTICLE)
    spelling = by_code(await diagnostics_where(neovim, uri, has(SPELLING)), SPELLING)[0]
    assert at(spelling) == (4, 17, 4, 25)
    [action] = await code_actions(neovim, uri, spelling)
    assert "The council 📣 received" in apply_edit(ARTICLE, action, neovim.encoding)


# -- position conversion ----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("encoding", "character"), [("utf-16", 4), ("utf-8", 7), ("utf-32", 3)],
)
def test_position_map_counts_code_units_and_every_line_break(encoding: str, character: int):
    text = "one\r\ntwo\rthree\n\U0001F4E3é x"
    positions = PositionMap(text, encoding)
    offset = text.index("x")
    assert positions.position(offset) == types.Position(line=3, character=character)
    assert positions.offset(types.Position(line=3, character=character)) == offset
    assert positions.position(text.index("two")) == types.Position(line=1, character=0)
    assert positions.position(text.index("three")) == types.Position(line=2, character=0)
    assert positions.position(4) == types.Position(line=0, character=3)  # between '\r' and '\n': the end of line 0
    assert positions.offset(types.Position(line=0, character=99)) == 3  # past the end: the line's end


# -- the command ------------------------------------------------------------------------------

def _run_python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def test_without_the_extra_lsp_says_how_to_install_it_and_exits_2():
    process = _run_python("import sys; sys.modules['pygls'] = None\nfrom newslint.cli import main\nmain(['lsp'])")
    assert process.returncode == 2
    assert "pip install 'newslint[lsp]'" in process.stderr


def test_check_never_imports_the_language_server(tmp_path: Path):
    article = tmp_path / "story.md"
    article.write_text(ARTICLE, encoding="utf-8")
    process = _run_python(
        "import sys\nfrom newslint.cli import main\n"
        f"try:\n    main(['check', '--no-cache', '--select', 'grammar/repeated-word', {str(article)!r}])\nexcept SystemExit:\n    pass\n"
        "print('loaded:', sorted(m for m in sys.modules if m.split('.')[0] in ('pygls', 'lsprotocol') or m.startswith('newslint.lsp')))"
    )
    assert "grammar/repeated-word" in process.stdout
    assert process.stdout.strip().endswith("loaded: []")


def test_settings_come_over_the_initialization_options():
    from newslint.lsp.settings import Settings, read_settings, section_of

    initial = section_of({"newslint": {"ignore": [SPELLING], "select": "grammar, spelling"}})
    assert read_settings(initial) == (Settings(select=("grammar", "spelling"), ignore=(SPELLING,)), [])
    # VS Code answers {} for a section no extension declares: the initialization options stay
    assert read_settings(initial, section_of({SECTION: {}}))[0].ignore == (SPELLING,)
    assert read_settings(initial, section_of({SECTION: {"ignore": []}}))[0].ignore == ()
    # a client's whole settings: only newslint's keys are read, other tools' are none of ours
    assert section_of({"editor.fontSize": 12}) is None and section_of(None) is None
    assert section_of({"ignore": [REPEATED], "python.path": "x"}) == {"ignore": [REPEATED]}
    settings, problems = read_settings({"ignore": 3, "extendSelect": ["readability"], "colour": "red"})
    assert settings == Settings(extend_select=("readability",))
    assert problems == ["newslint.ignore must be a list of rule ids, prefixes or categories, not 3",
                        "unknown setting newslint.colour (known: select, extendSelect, ignore)"]


# -- the editor settings the README shows ------------------------------------------------------

def test_vscode_settings_start_this_server_on_articles_with_known_rules():
    """tests/fixtures/lsp/vscode-settings.json is the README's VS Code block (Generic LSP Client v2)."""
    import json

    from newslint.engine.registry import load_registry
    from newslint.lsp.linting import article_format
    from newslint.lsp.settings import read_settings, section_of
    from newslint.warm import split_known

    settings = json.loads((FIXTURES / "vscode-settings.json").read_text(encoding="utf-8"))
    assert [settings["glspc.server.command"], *settings["glspc.server.commandArguments"]] == ["newslint", "lsp"]
    assert all(article_format(None, language) for language in settings["glspc.server.languageId"])
    chosen, problems = read_settings(section_of(settings["glspc.server.initializationOptions"]))
    assert problems == [] and split_known(load_registry(()), chosen.ignore)[1] == []
    assert "source.fixAll.newslint" in settings["[markdown]"]["editor.codeActionsOnSave"]


def test_neovim_config_starts_this_server_on_articles():
    """tests/fixtures/lsp/neovim.lua is the README's Neovim block; Neovim sends its filetype as languageId."""
    import re

    from newslint.lsp.linting import article_format

    lua = (FIXTURES / "neovim.lua").read_text(encoding="utf-8")
    assert 'cmd = { "newslint", "lsp" }' in lua
    filetypes = re.findall(r'"(\w+)"', re.search(r"filetypes = \{([^}]*)\}", lua)[1])
    assert filetypes and all(article_format(None, filetype) for filetype in filetypes)
    assert 'settings = { newslint = { ignore = { "readability" } } }' in lua
