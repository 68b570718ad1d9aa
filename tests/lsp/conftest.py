"""A real `newslint lsp` process for each test that asks (stopped at the end of the test)."""

import pytest
from lsp_client import LspClient


@pytest.fixture
def start_server():
    """start_server(cwd, *args, encodings=None, watching=False) -> an initialised LspClient."""
    started = []

    def start(cwd, *args, **options):
        client = LspClient(cwd, *args, **options)
        started.append(client)
        return client

    yield start
    for client in started:
        client.kill()
