"""A real `newslint serve` on a free loopback port, started as a subprocess in a throw-away
project (with `.git`, so configuration discovery stops there), and urllib to talk to it."""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

import newslint

SERVE_EXTRA = all(importlib.util.find_spec(name) for name in ("starlette", "uvicorn"))

# The folder the package under test is imported from: the servers run the same code.
PACKAGE_PARENT = Path(newslint.__file__).resolve().parents[1]
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample-article.txt"
MAX_BODY = 200_000  # the servers' --max-body: a 413 costs a small upload


@dataclass
class Server:
    url: str
    folder: Path
    process: subprocess.Popen

    def request(self, method: str, path: str, body: bytes | None = None, headers=None):
        """(status, decoded JSON body) of one request."""
        request = urllib.request.Request(
            self.url + path, data=body, method=method, headers=headers or {}
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read())

    def post(self, path: str, data: dict):
        body = json.dumps(data).encode("utf-8")
        return self.request("POST", path, body, {"Content-Type": "application/json"})

    def get(self, path: str):
        return self.request("GET", path)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(folder: Path, *args: str) -> Server:
    """`newslint serve` in `folder`, once it answers (its stderr goes to folder/serve.log)."""
    if not SERVE_EXTRA:
        pytest.skip("newslint serve needs the serve extra: pip install -e '.[serve]'")
    port = free_port()
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join([str(PACKAGE_PARENT), os.environ.get("PYTHONPATH", "")]),
    )
    log = open(folder / "serve.log", "wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "newslint", "serve", "--port", str(port), *args],
        cwd=folder,
        env=env,
        stdout=log,
        stderr=log,
    )
    server = Server(f"http://127.0.0.1:{port}", folder, process)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"newslint serve exited: {(folder / 'serve.log').read_text()}")
        try:
            server.get("/v2/languages")
            return server
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("newslint serve did not answer within 60 s")


def stop(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


def project(folder: Path, config: str | None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ".git").mkdir()
    if config is not None:
        (folder / ".newslint.yaml").write_text(config, encoding="utf-8")
        (folder / "vocabulary.txt").write_text("", encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """A server in a project whose configuration names a vocabulary file (nothing in these
    tests accepts a word on it: `accepting` has its own)."""
    folder = project(tmp_path_factory.mktemp("served"), "accept-files: [vocabulary.txt]\n")
    running = start(folder, "--max-body", str(MAX_BODY))
    yield running
    stop(running)


@pytest.fixture
def serve(tmp_path):
    """serve(config or None, *args) -> a Server in its own project, stopped after the test."""
    started = []

    def launch(config: str | None, *args: str) -> Server:
        started.append(start(project(tmp_path / f"project{len(started)}", config), *args))
        return started[-1]

    yield launch
    for running in started:
        stop(running)
