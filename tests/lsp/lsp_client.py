"""A small LSP client for the tests: JSON-RPC with Content-Length framing over the standard
input and output of a real `python -m newslint lsp` process."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 20  # seconds for one answer: a first check loads the rules


class LspClient:
    def __init__(
        self, cwd: Path, *args: str, encodings: list[str] | None = None, watching: bool = False
    ):
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "newslint", "lsp", *args],
            cwd=cwd,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self.incoming: queue.Queue = queue.Queue()
        self.notifications: list[dict] = []
        self.server_requests: list[dict] = []  # the server's own requests, answered null
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()
        general = {"positionEncodings": encodings} if encodings else {}
        self.initialized = self.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": cwd.as_uri(),
                "capabilities": {
                    "general": general,
                    "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": watching}},
                    "textDocument": {"hover": {"contentFormat": ["plaintext"]}},
                },
            },
        )
        self.notify("initialized", {})

    # -- the wire -------------------------------------------------------------------------
    def send(self, message: dict) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            headers = {}
            while (line := stream.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode("ascii").partition(":")
                headers[name.strip().lower()] = value.strip()
            if not line:
                self.incoming.put(None)  # the server closed its output
                return
            self.incoming.put(json.loads(stream.read(int(headers["content-length"]))))

    def receive(self) -> dict:
        message = self.incoming.get(timeout=TIMEOUT)
        if message is None:
            raise EOFError(self.process.stderr.read().decode() if self.process.stderr else "")
        return message

    # -- requests and notifications -------------------------------------------------------
    def request(self, method: str, params) -> object:
        """The result of a request; notifications met meanwhile are kept, the server's own
        requests answered with null."""
        self.next_id += 1
        wanted = self.next_id
        self.send({"id": wanted, "method": method, "params": params})
        while True:
            message = self._dispatch(self.receive())
            if message is not None and message.get("id") == wanted:
                assert "error" not in message, message
                return message["result"]

    def notify(self, method: str, params) -> None:
        self.send({"method": method, "params": params})

    def _dispatch(self, message: dict) -> dict | None:
        if "method" not in message:
            return message  # a response
        if "id" in message:  # a request of the server (registerCapability, ...)
            self.server_requests.append(message)
            self.send({"id": message["id"], "result": None})
        else:
            self.notifications.append(message)
        return None

    def wait_for(self, method: str, **params) -> dict:
        """The params of the next notification of `method` whose params have these values
        (kept notifications first)."""
        while True:
            for index, note in enumerate(self.notifications):
                if note["method"] == method and all(
                    note["params"].get(k) == v for k, v in params.items()
                ):
                    return self.notifications.pop(index)["params"]
            self._dispatch(self.receive())

    def diagnostics(self, uri: str, version: int | None = None) -> list[dict]:
        wanted = {"uri": uri} if version is None else {"uri": uri, "version": version}
        return self.wait_for("textDocument/publishDiagnostics", **wanted)["diagnostics"]

    # -- documents --------------------------------------------------------------------------
    def open(self, path: Path, text: str, language: str = "markdown", version: int = 1) -> str:
        uri = path.as_uri()
        document = {"uri": uri, "languageId": language, "version": version, "text": text}
        self.notify("textDocument/didOpen", {"textDocument": document})
        return uri

    def close(self) -> int:
        """Shut the server down as a client does; its exit status."""
        assert self.request("shutdown", None) is None
        self.notify("exit", None)
        return self.process.wait(timeout=TIMEOUT)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()
