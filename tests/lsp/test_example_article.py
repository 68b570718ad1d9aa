"""The README's bundled example opened in the language server: the same findings at the same
places as `newslint check --format json` gives for the file."""

from lsp_client import ROOT

EXAMPLE = ROOT / "examples" / "sample-article.txt"
SEVERITY = {"error": 1, "warning": 2, "info": 3}


def utf16(line: str, column: int) -> int:
    return len(line[: column - 1].encode("utf-16-le")) // 2


def test_the_example_article_gives_what_check_gives(start_server, run, monkeypatch):
    text = EXAMPLE.read_text(encoding="utf-8")
    server = start_server(ROOT)
    uri = server.open(EXAMPLE, text, language="plaintext")  # checked while the CLI checks

    monkeypatch.chdir(ROOT)
    checked = run("check", "--format", "json", "--no-cache", str(EXAMPLE.relative_to(ROOT)))
    lines = text.split("\n")
    expected = [
        (
            f["rule"],
            f["message"],
            SEVERITY[f["severity"]],
            (f["line"] - 1, utf16(lines[f["line"] - 1], f["column"])),
            (f["end_line"] - 1, utf16(lines[f["end_line"] - 1], f["end_column"])),
        )
        for f in checked.json["findings"]
    ]
    assert len(expected) == 9

    found = [
        (
            d["code"],
            d["message"],
            d["severity"],
            (d["range"]["start"]["line"], d["range"]["start"]["character"]),
            (d["range"]["end"]["line"], d["range"]["end"]["character"]),
        )
        for d in server.diagnostics(uri, version=1)
    ]
    assert found == expected
