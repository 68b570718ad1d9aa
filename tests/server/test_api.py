"""newslint's JSON API over a real server: the command line's report, fixes, rules, the
accept list, errors, limits and load."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import EXAMPLE, MAX_BODY, PACKAGE_PARENT

ARTICLE = "The the council met on Tuesday 🗳️.\n\nShe said it could of been worse.\n"


def cli_report(run, monkeypatch, folder, name: str, text: str) -> dict:
    (folder / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(folder)
    done = run("check", name, "--format", "json", "--no-cache")
    (folder / name).unlink()
    return json.loads(done.out)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("sample-article.txt", EXAMPLE.read_text(encoding="utf-8")),
        ("news/story.md", "# Vote 😀\n\nThe the mayor said it could of been worse.\n"),
        ("page.html", "<p>😀 The the result was <b>announced</b> today.</p>\n"),
    ],
    ids=["example", "markdown", "html"],
)
def test_check_gives_the_command_lines_report(server, run, monkeypatch, name, text):
    (server.folder / "news").mkdir(exist_ok=True)
    status, answer = server.post("/api/check", {"text": text, "filename": name})
    assert status == 200
    expected = cli_report(run, monkeypatch, server.folder, name, text)
    assert answer["findings"] and answer["findings"] == expected["findings"]
    assert answer["summary"] == expected["summary"]
    assert answer == expected


def test_select_and_ignore(server):
    _, selected = server.post("/api/check", {"text": ARTICLE, "select": ["style.usage"]})
    assert [f["rule"] for f in selected["findings"]] == ["style.usage"]
    _, ignored = server.post("/api/check", {"text": ARTICLE, "ignore": "style.usage"})
    assert "style.usage" not in [f["rule"] for f in ignored["findings"]]


def test_fix_applies_safe_fixes_and_unsafe_when_asked(server):
    status, answer = server.post("/api/fix", {"text": ARTICLE, "filename": "a.txt"})
    assert status == 200
    assert answer == {
        "text": "The council met on Tuesday 🗳️.\n\nShe said it could have been worse.\n",
        "fixed": 2,
    }
    leftover = "Councils met today.\n\nShare this article\n"
    _, safe = server.post("/api/fix", {"text": leftover})
    assert safe == {"text": leftover, "fixed": 0}
    _, unsafe = server.post("/api/fix", {"text": leftover, "unsafe": True})
    assert unsafe == {"text": "Councils met today.\n\n", "fixed": 1}


def test_fix_one_finding(server):
    _, report = server.post("/api/check", {"text": ARTICLE})
    usage = next(f for f in report["findings"] if f["rule"] == "style.usage")
    status, answer = server.post(
        "/api/fix", {"text": ARTICLE, "rule": "style.usage", "offset": usage["offset"]}
    )
    assert status == 200
    assert answer["text"] == ARTICLE.replace("could of", "could have")
    status, answer = server.post("/api/fix", {"text": ARTICLE, "rule": "style.usage", "offset": 1})
    assert status == 400
    assert answer["error"].startswith("article.txt: no fix of style.usage at offset 1")


def test_rules_have_their_docs(server):
    status, answer = server.get("/api/rules")
    assert status == 200 and answer["accept"] is True
    usage = next(rule for rule in answer["rules"] if rule["id"] == "style.usage")
    assert set(usage) == {
        "id",
        "category",
        "severity",
        "kind",
        "fix",
        "summary",
        "description",
        "link",
    }
    assert usage["category"] == "style" and usage["description"].startswith(usage["summary"][:20])


@pytest.mark.parametrize(
    ("method", "path", "body", "status", "error"),
    [
        ("POST", "/api/check", b"{not json", 400, "malformed JSON"),
        ("POST", "/api/check", b"[1, 2]", 400, "expected a JSON object"),
        ("POST", "/api/check", b'{"filename": "a.md"}', 400, "missing field: text"),
        ("POST", "/api/check", b'{"text": "x", "filename": "../a.md"}', 400, "filename:"),
        ("POST", "/api/check", b'{"text": "x", "filename": "/etc/a.md"}', 400, "filename:"),
        ("POST", "/api/check", b'{"text": "x", "filename": "a.jsonl"}', 400, "a.jsonl: datasets"),
        ("POST", "/api/check", b'{"text": "x", "select": [1]}', 400, "select:"),
        ("POST", "/api/check", b'{"text": "x", "select": ["nope.rule"]}', 400, "names no rule"),
        ("POST", "/api/check", b'{"text": "\\ud800"}', 400, "not valid Unicode"),
        ("GET", "/api/check", None, 405, "Method Not Allowed"),
        ("POST", "/", b"", 405, "Method Not Allowed"),
        ("GET", "/api/nothing", None, 404, "Not Found"),
        ("GET", "/static/../app.py", None, 404, "Not Found"),
        ("GET", "/static/%2e%2e/app.py", None, 404, "Not Found"),
        ("GET", "/static/..%2f..%2fREADME.md", None, 404, "Not Found"),
        ("POST", "/api/accept", b'{"word": "two\\nlines"}', 400, "word:"),
    ],
)
def test_errors_are_json(server, method, path, body, status, error):
    got, answer = server.request(method, path, body, {"Content-Type": "application/json"})
    assert (got, list(answer)) == (status, ["error"])
    assert error in answer["error"]


@pytest.mark.parametrize("kind", ["text/plain", "application/x-www-form-urlencoded", None])
def test_newslint_s_api_takes_only_json(server, kind):
    # a page on another site may post a form or text/plain here unasked, never JSON
    headers = {"Content-Type": kind} if kind else {}
    status, answer = server.request("POST", "/api/accept", b'{"word": "Qwzl"}', headers)
    assert (status, answer) == (415, {"error": "send JSON with Content-Type: application/json"})


def test_body_over_the_limit_is_413(server):
    text = "Word " * (MAX_BODY // 5)
    status, answer = server.post("/api/check", {"text": text})
    assert status == 413
    assert answer == {"error": f"body over the limit of {MAX_BODY} bytes"}


def test_page_and_static_files_come_from_the_package(server):
    import urllib.request

    with urllib.request.urlopen(server.url + "/") as page:
        html = page.read().decode()
    assert 'data-testid="article-input"' in html and 'data-testid="check"' in html
    for name in ("app.js", "style.css"):
        with urllib.request.urlopen(f"{server.url}/static/{name}") as response:
            assert response.status == 200


def test_one_log_line_per_request(server):
    log = server.folder / "serve.log"
    paths = [f"/api/logged-{time.monotonic_ns()}", f"/static/logged-{time.monotonic_ns()}.css"]
    for path in paths:
        server.get(path)
    deadline = time.monotonic() + 5  # a line is written once its answer is sent
    while paths[-1] not in log.read_text() and time.monotonic() < deadline:
        time.sleep(0.02)
    lines = [line for line in log.read_text().splitlines() if "/logged-" in line]
    assert [line.split()[-4:-1] for line in lines] == [["GET", path, "404"] for path in paths]


def test_300_parallel_requests_are_all_answered(server):
    def one(index):
        return server.post("/api/check", {"text": f"Request {index}: the the vote.\n"})

    with ThreadPoolExecutor(max_workers=300) as pool:
        answers = list(pool.map(one, range(300)))
    assert {status for status, _ in answers} == {200}
    assert all(a["summary"]["by_rule"] == {"style.doubled-word": 1} for _, a in answers)


def test_accept_writes_the_projects_word_list_only(serve):
    server = serve("accept-files: [vocabulary.txt]\n")
    text = "The council met on Tuesday, and the councl agreed to the plan.\n"
    _, before = server.post("/api/check", {"text": text, "select": ["typo"]})
    assert "councl" in [f["match"] for f in before["findings"]]
    files = sorted(p.name for p in server.folder.iterdir())
    status, answer = server.post("/api/accept", {"word": "councl"})
    assert (status, answer) == (
        200,
        {"word": "councl", "file": str(server.folder / "vocabulary.txt")},
    )
    assert (server.folder / "vocabulary.txt").read_text() == "councl\n"
    assert sorted(p.name for p in server.folder.iterdir()) == files
    _, after = server.post("/api/check", {"text": text, "select": ["typo"]})
    assert "councl" not in [f["match"] for f in after["findings"]]


def test_accept_without_a_project_is_refused(serve):
    server = serve(None)
    status, answer = server.post("/api/accept", {"word": "Zorblatt"})
    assert status == 409
    assert answer["error"].startswith("no project configuration to write the word to")
    assert sorted(p.name for p in server.folder.iterdir()) == [".git", "serve.log"]
    assert server.get("/api/rules")[1]["accept"] is False


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("::1", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("example.org", False),
    ],
)
def test_a_host_other_than_loopback_is_warned_about(host, loopback):
    from newslint.cli.serve import _loopback

    assert _loopback(host) is loopback


def test_a_long_check_does_not_hold_up_other_requests(server):
    # About 180 KB, under the server's --max-body: a check of some 0.3 s on a fast machine.
    sentences = [f"Councillor {n} said the the budget rose by {n} per cent." for n in range(3000)]
    finished = {}

    def long_check():
        server.post("/api/check", {"text": "\n\n".join(sentences)})
        finished["check"] = time.monotonic()

    with ThreadPoolExecutor(max_workers=1) as pool:
        checking = pool.submit(long_check)
        time.sleep(0.05)  # the check has started
        assert server.get("/v2/languages")[0] == 200
        finished["languages"] = time.monotonic()
        checking.result()
    assert finished["languages"] < finished["check"]


def test_a_busy_port_is_a_one_line_error(tmp_path):
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "newslint", "serve", "--port", str(port)],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(PACKAGE_PARENT)},
        )
    assert done.returncode == 2
    assert done.stderr.startswith(f"newslint: error: cannot listen on 127.0.0.1:{port}: ")
    assert done.stderr.count("\n") == 1


def test_the_file_name_picks_the_configurations_overrides(serve):
    server = serve("overrides:\n  - files: ['opinion/*.md']\n    ignore: [style.usage]\n")
    text = {"text": "It could of been worse.\n"}
    _, news = server.post("/api/check", text | {"filename": "news/a.md"})
    _, opinion = server.post("/api/check", text | {"filename": "opinion/a.md"})
    assert [f["rule"] for f in news["findings"]] == ["style.usage"]
    assert opinion["findings"] == []
