"""The language server: documents checked on open and save, and on change after a pause in
typing (the latest version wins: a check of an older version is dropped); code actions, hover
and the "add to the vocabulary" command. Checks run one at a time in a worker thread, so the
server keeps reading messages (a change cancels the pending check of its document)."""

from __future__ import annotations

import asyncio
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Callable

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from newslint.config.settings import CONFIG_NAMES, ConfigFinder
from newslint.errors import NewslintError
from newslint.input.formats import format_of
from newslint.lsp import actions
from newslint.lsp.diagnostics import diagnostics
from newslint.lsp.hover import hover
from newslint.lsp.linting import Linted, checked_name, lint
from newslint.lsp.positions import LineIndex
from newslint.version import __version__

DEBOUNCE_SECONDS = 0.3  # a pause in typing this long starts a check
CONFIG_FILES = (*CONFIG_NAMES, "pyproject.toml")


@dataclass
class Checked:
    """The latest check of an open document, at the version it was made for."""

    version: int | None
    linted: Linted
    index: LineIndex
    diagnostics: list[lsp.Diagnostic]


class NewslintServer(LanguageServer):
    def __init__(self, configs: Callable[[], ConfigFinder]):
        super().__init__("newslint", __version__)
        self.make_configs = configs  # called again when a configuration file changes
        self.configs = configs()
        self.checked: dict[str, Checked] = {}
        self.pending: dict[str, asyncio.Task] = {}
        self.checker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newslint-check")

    def schedule(self, uri: str, delay: float = 0.0) -> None:
        """Check the document after `delay` seconds, instead of any check still waiting."""
        if (waiting := self.pending.pop(uri, None)) is not None:
            waiting.cancel()
        self.pending[uri] = asyncio.ensure_future(self._check_later(uri, delay))

    async def _check_later(self, uri: str, delay: float) -> None:
        await asyncio.sleep(delay)
        await self.check(uri)

    async def check(self, uri: str) -> Checked | None:
        """Check the document's current version and publish its diagnostics; None when the
        document is not newslint's, closed, or changed while it was being checked."""
        document = self.workspace.text_documents.get(uri)
        name = document and checked_name(to_fs_path(uri), document.language_id)
        if document is None or name is None:
            return None
        version, text = document.version, document.source
        loop = asyncio.get_running_loop()
        linted = await loop.run_in_executor(self.checker, lint, text, name, self.configs)
        now = self.workspace.text_documents.get(uri)
        if now is None or now.version != version:
            return None  # stale: the check of the newer version publishes
        encoding = self.workspace.position_encoding or lsp.PositionEncodingKind.Utf16
        index = LineIndex(text, getattr(encoding, "value", str(encoding)))
        checked = self.checked[uri] = Checked(version, linted, index, diagnostics(linted, index))
        self.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=checked.diagnostics)
        )
        return checked

    async def current(self, uri: str) -> Checked | None:
        """The check of the document's current version, made now if it is not there yet."""
        document = self.workspace.text_documents.get(uri)
        checked = self.checked.get(uri)
        if document is None or (checked is not None and checked.version == document.version):
            return checked
        if (waiting := self.pending.pop(uri, None)) is not None:
            waiting.cancel()
        return await self.check(uri)

    def forget(self, uri: str) -> None:
        if (waiting := self.pending.pop(uri, None)) is not None:
            waiting.cancel()
        if self.checked.pop(uri, None) is not None:
            self.text_document_publish_diagnostics(
                lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[])
            )

    async def reload(self) -> None:
        """Read the configuration again, and check again the open documents whose
        configuration (settings, accepted words) changed."""
        self.configs = self.make_configs()
        loop = asyncio.get_running_loop()
        for uri, checked in list(self.checked.items()):
            config = await loop.run_in_executor(self.checker, self._config_of, checked.linted)
            if config != checked.linted.config:
                self.schedule(uri)

    def _config_of(self, linted: Linted):
        try:
            return self.configs.for_path(linted.name)
        except NewslintError:
            return None  # a broken file: the next check reports it

    def say(self, kind: lsp.MessageType, message: str) -> None:
        self.window_show_message(lsp.ShowMessageParams(type=kind, message=message))


def build(configs: Callable[[], ConfigFinder]) -> NewslintServer:
    server = NewslintServer(configs)

    @server.feature(lsp.INITIALIZED)
    async def initialized(ls: NewslintServer, params: lsp.InitializedParams) -> None:
        watched = ls.client_capabilities.workspace
        watching = watched and watched.did_change_watched_files
        if watching and watching.dynamic_registration:
            watchers = [lsp.FileSystemWatcher(glob_pattern=f"**/{name}") for name in CONFIG_FILES]
            await ls.client_register_capability_async(
                lsp.RegistrationParams(
                    registrations=[
                        lsp.Registration(
                            id="newslint-configuration",
                            method=lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                            register_options=lsp.DidChangeWatchedFilesRegistrationOptions(
                                watchers=watchers
                            ),
                        )
                    ]
                )
            )

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: NewslintServer, params: lsp.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: NewslintServer, params: lsp.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, DEBOUNCE_SECONDS)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(ls: NewslintServer, params: lsp.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.schedule(uri)
        # A saved configuration file or word list may change any open document's settings.
        await ls.reload()

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: NewslintServer, params: lsp.DidCloseTextDocumentParams) -> None:
        ls.forget(params.text_document.uri)

    @server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    async def files_changed(ls: NewslintServer, params: lsp.DidChangeWatchedFilesParams) -> None:
        await ls.reload()

    @server.feature(
        lsp.TEXT_DOCUMENT_CODE_ACTION, lsp.CodeActionOptions(code_action_kinds=actions.KINDS)
    )
    async def code_action(
        ls: NewslintServer, params: lsp.CodeActionParams
    ) -> list[lsp.CodeAction] | None:
        uri, only = params.text_document.uri, params.context.only
        checked = await ls.current(uri)
        if checked is None:
            return None
        found = []
        linted, index = checked.linted, checked.index
        markdown = format_of(linted.name) == "markdown"
        if actions.wanted(lsp.CodeActionKind.QuickFix, only):
            # The first diagnostics are the findings', in order.
            for finding, diagnostic in zip(linted.findings, checked.diagnostics):
                if actions.overlaps(diagnostic.range, params.range):
                    disable = actions.disable_edit(
                        finding.rule, finding.line, linted.block_line(finding), markdown, index
                    )
                    accepting = linted.config.source is not None
                    found += actions.quick_fixes(uri, diagnostic, disable, index, accepting)
        if actions.wanted(actions.FIX_ALL, only) and any(
            f.fix is not None and f.fix.safe for f in linted.findings
        ):
            loop = asyncio.get_running_loop()
            fixed = await loop.run_in_executor(ls.checker, linted.safely_fixed)
            if fixed != linted.text:
                found.append(actions.fix_all(uri, linted.text, fixed, checked.index))
        return found

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    async def on_hover(ls: NewslintServer, params: lsp.HoverParams) -> lsp.Hover | None:
        checked = await ls.current(params.text_document.uri)
        if checked is None:
            return None
        return hover(checked.diagnostics, checked.linted.rules, params.position)

    @server.command(actions.ACCEPT_WORD)
    async def accept_word(ls: NewslintServer, uri: str, word: str) -> str | None:
        """Add `word` to the accept list of the document's project; the file written."""
        from newslint.config.accept_file import accept_word

        checked = ls.checked.get(uri)
        if checked is None:
            ls.say(lsp.MessageType.Error, f"newslint: {uri} is not checked")
            return None
        try:
            written = accept_word(ls.configs.for_path(checked.linted.name), word)
        except NewslintError as err:
            ls.say(lsp.MessageType.Error, f"newslint: {err}")
            return None
        await ls.reload()
        return os.fspath(written)

    return server


def serve(configs: Callable[[], ConfigFinder]) -> None:
    """Speak LSP over standard input and output until the client says exit."""
    build(configs).start_io()
