"""The language server spoken to over stdio, as an editor does: diagnostics on open, change
and save, code actions with their exact edits, hover, the vocabulary command, shutdown."""

import sys

import pytest

from newslint.cli.lsp import MISSING_EXTRA

# The conftest project's pack, with its draft marker "TK" (a typo finding) selected.
CONFIG = """\
builtin-rules: false
rule-paths: [rules]
select: [news.usage, news.doubled, news.draft]
"""
# An astral character and a combining mark before the finding.
TEXT = "# Budget\n\nPrices 😀 e\u0301 rose alot this year.\n"
PUBLISH = "textDocument/publishDiagnostics"


def span(line, start, end_line, end):
    return {
        "start": {"line": line, "character": start},
        "end": {"line": end_line, "character": end},
    }


def usage_diagnostic(start, end):
    where = span(2, start, 2, end)
    return {
        "range": where,
        "message": "Use 'a lot' instead of 'alot'",
        "severity": 2,
        "code": "news.usage",
        "source": "newslint",
        "data": {
            "rule": "news.usage",
            "fix": {"safe": True, "edits": [{"range": where, "newText": "a lot"}]},
        },
    }


def change(server, uri, version, *changes):
    server.notify(
        "textDocument/didChange",
        {"textDocument": {"uri": uri, "version": version}, "contentChanges": list(changes)},
    )


def code_actions(server, uri, where, only=None):
    context = {"diagnostics": [], **({"only": only} if only else {})}
    return server.request(
        "textDocument/codeAction",
        {"textDocument": {"uri": uri}, "range": where, "context": context},
    )


@pytest.fixture
def server(project, start_server):
    project.write(".newslint.yaml", CONFIG)
    return start_server(project.root)


@pytest.mark.parametrize(
    ("encodings", "negotiated", "start"),
    [
        (None, "utf-16", 18),  # the protocol's default
        (["utf-16"], "utf-16", 18),
        (["utf-8", "utf-16"], "utf-8", 21),
        (["utf-32", "utf-16"], "utf-32", 17),
    ],
)
def test_open_publishes_diagnostics_in_the_negotiated_encoding(
    project, start_server, encodings, negotiated, start
):
    project.write(".newslint.yaml", CONFIG)
    server = start_server(project.root, encodings=encodings)
    assert server.initialized["capabilities"]["positionEncoding"] == negotiated
    uri = server.open(project.root / "budget.md", TEXT)
    assert server.diagnostics(uri, version=1) == [usage_diagnostic(start, start + 4)]
    assert server.close() == 0  # shutdown, then exit: a clean end
    assert server.process.stderr.read() == b""


def test_changes_are_checked_after_a_pause_the_latest_version_only(project, server):
    uri = server.open(project.root / "budget.md", TEXT)
    assert len(server.diagnostics(uri, version=1)) == 1
    # Two edits in quick succession: "alot" -> "the", then "the" -> "a lot".
    change(server, uri, 2, {"range": span(2, 18, 2, 22), "text": "the"})
    change(server, uri, 3, {"range": span(2, 18, 2, 21), "text": "a lot"})
    assert server.wait_for(PUBLISH, uri=uri) == {"uri": uri, "version": 3, "diagnostics": []}
    change(server, uri, 4, {"text": "The the vote.\n"})  # the whole text
    assert [(d["code"], d["message"], d["range"]) for d in server.diagnostics(uri, 4)] == [
        ("news.doubled", "Doubled word 'The'", span(0, 0, 0, 7))
    ]


def test_code_actions_carry_exact_edits(project, server):
    uri = server.open(project.root / "budget.md", TEXT + "\nThe the vote was alot.\n")
    found = server.diagnostics(uri, version=1)
    assert [d["code"] for d in found] == ["news.usage", "news.doubled", "news.usage"]
    actions = code_actions(server, uri, span(2, 18, 2, 18))  # the cursor on "alot"
    assert [(a["title"], a["kind"], a.get("isPreferred")) for a in actions] == [
        ("Replace 'alot' with 'a lot' (news.usage)", "quickfix", True),
        ("Disable news.usage on this line", "quickfix", None),
        ("Fix all safe newslint findings", "source.fixAll.newslint", None),
    ]
    assert actions[0]["diagnostics"] == [found[0]]
    assert actions[0]["edit"] == {
        "changes": {uri: [{"range": span(2, 18, 2, 22), "newText": "a lot"}]}
    }
    assert actions[1]["edit"] == {
        "changes": {
            uri: [
                {
                    "range": span(2, 0, 2, 0),
                    "newText": "<!-- newslint-disable-next-line news.usage -->\n",
                }
            ]
        }
    }
    # Every safe fix, as one edit of the part that changes.
    assert actions[2]["edit"] == {
        "changes": {
            uri: [{"range": span(2, 19, 4, 18), "newText": " lot this year.\n\nThe vote was a "}]
        }
    }
    assert code_actions(server, uri, span(0, 0, 0, 3), only=["quickfix"]) == []
    only_fix_all = code_actions(server, uri, span(0, 0, 0, 3), only=["source.fixAll"])
    assert [a["kind"] for a in only_fix_all] == ["source.fixAll.newslint"]


# File, text, and the comment's edit (C: the comment) for the finding on "alot".
DISABLE_CASES = [
    # Inside a Markdown paragraph: at the end of the line above, so it stays one paragraph.
    ("a.md", "Prices rose\nalot.\n", span(0, 11, 0, 11), " <!-- C -->"),
    # Before a list item: indented to its content, so the list goes on.
    ("b.md", "Intro.\n\n- one\n- alot\n", span(3, 0, 3, 0), "  <!-- C -->\n"),
    ("c.md", "> Prices rose alot.\r\n", span(0, 0, 0, 0), "> <!-- C -->\r\n"),
    ("d.txt", "Prices rose\n  alot.\n", span(1, 0, 1, 0), "  <!-- C -->\n"),
    ("e.html", "<p>Prices rose\nalot.</p>\n", span(1, 0, 1, 0), "<!-- C -->\n"),
]


def test_disabling_a_rule_on_a_line_silences_it_there(project, server):
    comment = "<!-- newslint-disable-next-line news.usage -->"
    for name, text, edit_range, new_text in DISABLE_CASES:
        uri = server.open(project.root / name, text, language="plaintext")
        (found,) = server.diagnostics(uri, version=1)
        actions = code_actions(server, uri, found["range"], only=["quickfix"])
        (edit,) = actions[1]["edit"]["changes"][uri]
        assert edit == {"range": edit_range, "newText": new_text.replace("<!-- C -->", comment)}
        change(server, uri, 2, {"range": edit["range"], "text": edit["newText"]})
        assert server.diagnostics(uri, version=2) == [], name


def test_hover_shows_the_rule_explained(project, server, run):
    uri = server.open(project.root / "budget.md", TEXT)
    (found,) = server.diagnostics(uri, version=1)
    at = {"line": 2, "character": 20}
    answer = server.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": at})
    explained = run("explain", "news.usage").out
    assert answer == {
        "contents": {"kind": "plaintext", "value": f"{found['message']}\n\n{explained}".rstrip()},
        "range": found["range"],
    }
    nowhere = {"line": 0, "character": 1}
    assert (
        server.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": nowhere})
        is None
    )


def test_adding_a_word_to_the_vocabulary_writes_the_configuration(project, server):
    uri = server.open(project.root / "budget.md", "The TK vote.\n")
    (found,) = server.diagnostics(uri, version=1)
    assert (found["code"], found["data"]["word"]) == ("news.draft", "TK")
    actions = code_actions(server, uri, found["range"], only=["quickfix"])
    assert actions[-1]["command"] == {
        "title": "Add 'TK' to the vocabulary",
        "command": "newslint.acceptWord",
        "arguments": [uri, "TK"],
    }
    written = server.request(
        "workspace/executeCommand",
        {"command": "newslint.acceptWord", "arguments": [uri, "TK"]},
    )
    assert written == str(project.root / ".newslint.yaml")
    assert (project.root / ".newslint.yaml").read_text() == CONFIG + "accept:\n- TK\n"
    assert server.diagnostics(uri, version=1) == []  # checked again with the new word


def test_a_saved_configuration_applies_to_open_documents(project, start_server):
    project.write(".newslint.yaml", CONFIG)
    server = start_server(project.root, watching=True)
    uri = server.open(project.root / "budget.md", TEXT)
    assert len(server.diagnostics(uri, version=1)) == 1
    (registration,) = server.server_requests[0]["params"]["registrations"]
    assert registration["method"] == "workspace/didChangeWatchedFiles"
    assert [w["globPattern"] for w in registration["registerOptions"]["watchers"]] == [
        "**/.newslint.yaml",
        "**/.newslint.yml",
        "**/pyproject.toml",
    ]
    config = project.write(".newslint.yaml", CONFIG + "ignore: [news.usage]\n")
    server.notify("textDocument/didSave", {"textDocument": {"uri": config.as_uri()}})
    assert server.diagnostics(uri, version=1) == []
    project.write(".newslint.yaml", CONFIG)
    changes = [{"uri": config.as_uri(), "type": 2}]
    server.notify("workspace/didChangeWatchedFiles", {"changes": changes})
    assert len(server.diagnostics(uri, version=1)) == 1


def test_no_vocabulary_action_without_a_configuration_file(tmp_path, start_server):
    (tmp_path / ".git").mkdir()  # the built-in rules, and no file to accept a word into
    server = start_server(tmp_path)
    uri = server.open(tmp_path / "vote.md", "The goverment voted.\n")
    (found,) = server.diagnostics(uri, version=1)
    assert (found["code"], found["data"]["word"]) == ("typo.misspelling", "goverment")
    titles = [a["title"] for a in code_actions(server, uri, found["range"], only=["quickfix"])]
    assert titles == [
        "Replace 'goverment' with 'government' (typo.misspelling)",
        "Disable typo.misspelling on this line",
    ]


def test_files_newslint_does_not_read_get_nothing(project, server):
    skipped = [
        server.open(project.root / "data.jsonl", '{"text": "Prices rose alot."}\n', "json"),
        server.open(project.root / "notes.rst", "Prices rose alot.\n", "plaintext"),
    ]
    checked = server.open(project.root / "notes.txt", "Prices rose alot.\n", "plaintext")
    assert len(server.diagnostics(checked, version=1)) == 1  # checked after the others
    assert not [n for n in server.notifications if n["params"].get("uri") in skipped]
    where = span(0, 12, 0, 16)
    assert code_actions(server, skipped[1], where) is None
    untitled = "untitled:Untitled-1"
    document = {"uri": untitled, "languageId": "markdown", "version": 1, "text": "It rose alot.\n"}
    server.notify("textDocument/didOpen", {"textDocument": document})
    assert [d["code"] for d in server.diagnostics(untitled, version=1)] == ["news.usage"]


def test_a_broken_configuration_is_a_diagnostic_not_a_crash(project, server):
    project.write(".newslint.yaml", "select: [news.usage\n")
    uri = server.open(project.root / "budget.md", TEXT)
    (found,) = server.diagnostics(uri, version=1)
    assert found["severity"] == 1
    assert found["message"].startswith(f"{project.root / '.newslint.yaml'}:")
    assert server.close() == 0


def test_without_the_extra_the_command_says_how_to_get_it(run, monkeypatch):
    monkeypatch.setitem(sys.modules, "pygls", None)  # import pygls raises ImportError
    result = run("lsp")
    assert (result.code, result.out, result.err) == (2, "", f"newslint: error: {MISSING_EXTRA}\n")


def test_a_wrong_configuration_file_stops_the_command_before_serving(run, project):
    result = run("lsp", "--config", "missing.yaml")
    assert (result.code, result.out) == (2, "")
    assert result.err.startswith("newslint: error: ") and result.err.count("\n") == 1
