"""Output formats: the json contract (positions on non-ASCII text, CRLF, span == match), jsonl,
SARIF validated against the official 2.1.0 schema, GitHub workflow commands, and text."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

SCHEMA = json.loads(
    (Path(__file__).parents[1] / "data" / "sarif-schema-2.1.0.json").read_text("utf-8")
)

CYRILLIC = "Мэр Новосибирска якобы одобрил проект, и это alot.\n"
ACCENTED = "📰 Élodie Müller, née à Zürich, reportedly said it was alot.\n"
ARTICLE = (
    "Council backs bridge\n"
    "\n"
    "The the council reportedly voted on Monday.\n"
    "Readers can click\n"
    "here for alot more.\n"
)
FINDING_KEYS = {
    "path",
    "line",
    "column",
    "end_line",
    "end_column",
    "offset",
    "rule",
    "category",
    "severity",
    "message",
    "match",
    "suggestions",
}


def positions(finding: dict) -> tuple:
    return (
        finding["rule"],
        finding["line"],
        finding["column"],
        finding["end_line"],
        finding["end_column"],
        finding["match"],
    )


# -- json ------------------------------------------------------------------------------------


def test_json_contract(project, run, assert_spans):
    project.write("story.txt", ARTICLE)
    result = run("check", "--format", "json", "story.txt")
    assert result.code == 1
    data = result.json
    assert set(data) == {"version", "findings", "summary", "errors"}
    assert data["errors"] == []
    assert [positions(f) for f in data["findings"]] == [
        ("news.doubled", 3, 1, 3, 8, "The the"),
        ("news.hedge", 3, 17, 3, 27, "reportedly"),
        ("news.promo", 4, 13, 5, 5, "click\nhere"),
        ("news.usage", 5, 10, 5, 14, "alot"),
    ]
    for finding in data["findings"]:
        assert FINDING_KEYS <= set(finding) <= FINDING_KEYS | {"fix"}
    doubled, hedge, promo, usage = data["findings"]
    assert doubled == {
        "path": "story.txt",
        "line": 3,
        "column": 1,
        "end_line": 3,
        "end_column": 8,
        "offset": 22,
        "rule": "news.doubled",
        "category": "typo",
        "severity": "error",
        "message": "Doubled word 'The'",
        "match": "The the",
        "suggestions": ["The"],
        "fix": {
            "applicability": "safe",
            "edits": [{"line": 3, "column": 4, "end_line": 3, "end_column": 8, "content": ""}],
        },
    }
    assert "fix" not in hedge and "fix" not in promo  # existence rules, promo has fix: none
    assert usage["fix"] == {
        "applicability": "safe",
        "edits": [{"line": 5, "column": 10, "end_line": 5, "end_column": 14, "content": "a lot"}],
    }
    assert usage["message"] == "Use 'a lot' instead of 'alot'"
    assert usage["suggestions"] == ["a lot"]
    assert data["summary"] == {
        "files": 1,
        "findings": 4,
        "fixed": 0,
        "errors": 0,
        "by_severity": {"error": 1, "info": 1, "warning": 2},
        "by_category": {"attribution": 1, "boilerplate": 1, "style": 1, "typo": 1},
        "by_rule": {"news.doubled": 1, "news.hedge": 1, "news.promo": 1, "news.usage": 1},
        "vocabulary": {"dropped": 0, "words": []},
        "documents": [
            {
                "path": "story.txt",
                "language": "en",
                "characters": len(ARTICLE),
                "leftover_characters": len(promo["match"]),
                "leftover_share": round(len(promo["match"]) / len(ARTICLE), 4),
            }
        ],
    }
    assert_spans(data["findings"], {"story.txt": ARTICLE})


def test_json_positions_on_cyrillic_and_accented_text(project, run, assert_spans):
    project.write("ru.txt", CYRILLIC)
    project.write("fr.txt", ACCENTED)
    data = run("check", "--format", "json", "ru.txt", "fr.txt").json
    # Columns count code points: the emoji is one column, not two (UTF-16) or four (bytes).
    assert [positions(f) + (f["offset"],) for f in data["findings"]] == [
        ("news.hedge", 1, 18, 1, 23, "якобы", 17),
        ("news.usage", 1, 46, 1, 50, "alot", 45),
        ("news.hedge", 1, 32, 1, 42, "reportedly", 31),
        ("news.usage", 1, 55, 1, 59, "alot", 54),
    ]
    assert [f["path"] for f in data["findings"]] == ["ru.txt"] * 2 + ["fr.txt"] * 2
    assert_spans(data["findings"], {"ru.txt": CYRILLIC, "fr.txt": ACCENTED})


def test_crlf_file_gives_the_same_positions_as_lf(project, run, assert_spans):
    project.write("lf.txt", ARTICLE)
    project.write("crlf.txt", ARTICLE.replace("\n", "\r\n"))
    lf = run("check", "--format", "json", "lf.txt").json["findings"]
    crlf = run("check", "--format", "json", "crlf.txt").json["findings"]
    assert [positions(f) for f in crlf] == [positions(f) for f in lf]
    # Offsets count the text as read: one more character per CRLF line break before it.
    assert [f["offset"] for f in lf] == [22, 38, 78, 93]
    assert [f["offset"] for f in crlf] == [24, 40, 81, 97]
    assert [f["fix"]["edits"] for f in crlf if "fix" in f] == [
        f["fix"]["edits"] for f in lf if "fix" in f
    ]
    assert_spans(crlf, {"crlf.txt": ARTICLE.replace("\n", "\r\n")})


def test_json_lists_input_errors(project, run):
    project.write("story.txt", "All quiet.\n")
    result = run("check", "--format", "json", "story.txt", "gone.txt")
    assert result.code == 2
    data = result.json
    assert data["errors"] == [
        {"path": "gone.txt", "line": None, "column": None, "message": "no such file or folder"}
    ]
    assert data["summary"]["files"] == 1 and data["summary"]["errors"] == 1


# -- jsonl -----------------------------------------------------------------------------------


def test_jsonl_is_one_json_finding_per_line(project, run):
    project.write("story.txt", ARTICLE)
    lines = run("check", "--format", "jsonl", "story.txt").out.splitlines()
    findings = run("check", "--format", "json", "story.txt").json["findings"]
    assert len(lines) == 4
    assert [json.loads(line) for line in lines] == findings
    assert "\n" not in lines[2] and json.loads(lines[2])["match"] == "click\nhere"


def test_jsonl_without_findings_is_empty(project, run):
    project.write("story.txt", "All quiet.\n")
    result = run("check", "--format", "jsonl", "story.txt")
    assert (result.code, result.out) == (0, "")


# -- sarif -----------------------------------------------------------------------------------


def validate_sarif(text: str) -> dict:
    document = json.loads(text)
    validator = jsonschema.validators.validator_for(SCHEMA)
    validator.check_schema(SCHEMA)
    errors = sorted(validator(SCHEMA).iter_errors(document), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])
    return document


def test_sarif_validates_and_carries_positions_and_fixes(project, run):
    project.write("story.txt", ARTICLE)
    project.write("fr.txt", ACCENTED)
    result = run("check", "--format", "sarif", "story.txt", "fr.txt")
    assert result.code == 1
    sarif = validate_sarif(result.out)
    assert sarif["version"] == "2.1.0"
    (sarif_run,) = sarif["runs"]
    assert sarif_run["columnKind"] == "unicodeCodePoints"
    assert sarif_run["invocations"] == [{"executionSuccessful": True}]
    rules = sarif_run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [
        "meta.unused-suppression",
        "news.doubled",
        "news.hedge",
        "news.promo",
        "news.usage",
    ]
    assert rules[4]["defaultConfiguration"] == {"level": "warning"}
    assert rules[2]["defaultConfiguration"] == {"level": "note"}
    results = sarif_run["results"]
    assert len(results) == 6
    for item in results:
        assert rules[item["ruleIndex"]]["id"] == item["ruleId"]
    usage = [r for r in results if r["ruleId"] == "news.usage"]
    fr = usage[1]
    assert fr["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "fr.txt"},
        "region": {
            "startLine": 1,
            "startColumn": 55,
            "endLine": 1,
            "endColumn": 59,
            "snippet": {"text": "alot"},
        },
    }
    assert fr["fixes"] == [
        {
            "description": {"text": "safe fix"},
            "artifactChanges": [
                {
                    "artifactLocation": {"uri": "fr.txt"},
                    "replacements": [
                        {
                            "deletedRegion": {
                                "startLine": 1,
                                "startColumn": 55,
                                "endLine": 1,
                                "endColumn": 59,
                            },
                            "insertedContent": {"text": "a lot"},
                        }
                    ],
                }
            ],
        }
    ]
    doubled = next(r for r in results if r["ruleId"] == "news.doubled")
    assert doubled["level"] == "error"
    assert doubled["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"] == {
        "text": ""
    }
    promo = next(r for r in results if r["ruleId"] == "news.promo")
    assert "fixes" not in promo
    assert promo["locations"][0]["physicalLocation"]["region"]["endLine"] == 5


def test_sarif_with_errors_odd_names_and_no_findings_validates(project, run):
    project.write("my story%1.txt", "Irregardless, it held.\n")
    absolute = project.write("abs.txt", "It was alot.\n")
    result = run("check", "--format", "sarif", "my story%1.txt", str(absolute), "gone.txt")
    assert result.code == 2
    sarif = validate_sarif(result.out)
    (sarif_run,) = sarif["runs"]
    assert sarif_run["invocations"] == [
        {
            "executionSuccessful": False,
            "toolExecutionNotifications": [
                {"level": "error", "message": {"text": "gone.txt: no such file or folder"}}
            ],
        }
    ]
    uris = [
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in sarif_run["results"]
    ]
    assert uris == ["my%20story%251.txt", absolute.as_uri()]


def test_sarif_empty_run_validates(project, run):
    project.write("story.txt", "All quiet.\n")
    sarif = validate_sarif(run("check", "--format", "sarif", "story.txt").out)
    assert sarif["runs"][0]["results"] == []


# -- github ----------------------------------------------------------------------------------


def test_github_workflow_commands(project, run):
    project.write("story.txt", ARTICLE)
    result = run("check", "--format", "github", "story.txt")
    assert result.code == 1
    assert result.out.splitlines() == [
        "::error file=story.txt,line=3,col=1,endLine=3,endColumn=8,title=news.doubled::"
        "Doubled word 'The'",
        "::notice file=story.txt,line=3,col=17,endLine=3,endColumn=27,title=news.hedge::"
        "Unattributed claim: 'reportedly'",
        # Data: % and newlines escaped; properties: also ':' and ','.
        "::warning file=story.txt,line=4,col=13,endLine=5,endColumn=5,title=news.promo::"
        "Boilerplate, 100%25 promo: 'click%0Ahere'",
        "::warning file=story.txt,line=5,col=10,endLine=5,endColumn=14,title=news.usage::"
        "Use 'a lot' instead of 'alot'",
    ]


def test_github_escapes_properties_and_reports_errors(project, run):
    project.write("a,b:c.txt", "It was alot.\n")
    result = run("check", "--format", "github", "a,b:c.txt", "gone.txt")
    assert result.code == 2
    assert result.out.splitlines() == [
        "::warning file=a%2Cb%3Ac.txt,line=1,col=8,endLine=1,endColumn=12,title=news.usage::"
        "Use 'a lot' instead of 'alot'",
        "::error file=gone.txt::no such file or folder",
    ]


def test_github_is_the_default_on_github_actions(project, run, monkeypatch):
    project.write("story.txt", "It was alot.\n")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert run("check", "story.txt").out.startswith("::warning file=story.txt,line=1,col=8,")
    assert run("check", "--format", "text", "story.txt").out.startswith("story.txt:1:8:")


# -- text ------------------------------------------------------------------------------------


def test_text_excerpt_caret_and_summary(project, run):
    project.write("story.txt", ARTICLE)
    result = run("check", "story.txt")
    assert result.code == 1
    assert result.err == ""
    assert result.out == (
        "story.txt:3:1: error [news.doubled] Doubled word 'The'\n"
        "    3 | The the council reportedly voted on Monday.\n"
        "      | ^^^^^^^\n"
        "story.txt:3:17: info [news.hedge] Unattributed claim: 'reportedly'\n"
        "    3 | The the council reportedly voted on Monday.\n"
        "      |                 ^^^^^^^^^^\n"
        "story.txt:4:13: warning [news.promo] Boilerplate, 100% promo: 'click\\nhere'\n"
        "    4 | Readers can click\n"
        "      |             ^^^^^\n"
        "story.txt:5:10: warning [news.usage] Use 'a lot' instead of 'alot'\n"
        "    5 | here for alot more.\n"
        "      |          ^^^^\n"
        "Found 4 findings (1 error, 2 warnings, 1 info) in 1 file.\n"
    )


def test_text_excerpt_is_cut_around_the_span_in_code_points(project, run):
    line = "Вчера " * 12 + "депутаты якобы приняли закон " + "о налогах " * 8
    project.write("long.txt", line + "\n")
    out = run("check", "--select", "news.hedge", "long.txt").out.splitlines()
    column = len("Вчера " * 12 + "депутаты ") + 1
    assert out[0] == f"long.txt:1:{column}: info [news.hedge] Unattributed claim: 'якобы'"
    start = column - 1
    assert out[1] == "    1 | …" + line[start - 40 : start + 5 + 40] + "…"
    assert out[2] == "      | " + " " * 41 + "^^^^^"


def test_text_excerpt_of_a_long_span_shows_at_most_100_characters(project, run):
    project.write(
        "rules/line.yaml",
        "id: news.line\ncategory: boilerplate\nseverity: warning\nkind: existence\n"
        "message: Promo line\ndescription: A promotional line.\nraw: ['Subscribe[^\\n]*']\n",
    )
    line = "Read on. Subscribe " + "and save " * 90
    project.write("long.txt", line + "\n")
    out = run("check", "--select", "news.line", "long.txt").out.splitlines()
    assert out[0] == "long.txt:1:10: warning [news.line] Promo line"
    assert out[1] == "    1 | " + line[:100] + "…"
    assert out[2] == "      | " + " " * 9 + "^" * 60


def test_text_quiet_statistics_and_clean_files(project, run):
    project.write("story.txt", ARTICLE)
    project.write("clean.txt", "All quiet.\n")
    quiet = run("check", "-q", "story.txt")
    assert quiet.out.splitlines() == [
        "story.txt:3:1: error [news.doubled] Doubled word 'The'",
        "story.txt:3:17: info [news.hedge] Unattributed claim: 'reportedly'",
        "story.txt:4:13: warning [news.promo] Boilerplate, 100% promo: 'click\\nhere'",
        "story.txt:5:10: warning [news.usage] Use 'a lot' instead of 'alot'",
    ]
    stats = run("check", "--statistics", "--select", "news.usage,news.hedge", "story.txt")
    assert (stats.code, stats.out.splitlines()) == (
        1,
        [f"     1  {'news.hedge':<40} info", f"     1  {'news.usage':<40} warning"],
    )
    clean = run("check", "clean.txt")
    assert (clean.code, clean.out) == (0, "No findings in 1 file.\n")


def test_text_colour_only_when_asked(project, run):
    project.write("story.txt", "It was alot.\n")
    plain = run("check", "story.txt").out
    assert "\x1b[" not in plain
    coloured = run("check", "--color", "always", "story.txt").out
    assert "\x1b[33mwarning\x1b[0m" in coloured
    assert run("--color", "never", "check", "story.txt").out == plain


@pytest.mark.parametrize("fmt", ["json", "jsonl", "sarif", "github"])
def test_machine_formats_keep_stdout_clean_of_warnings(project, run, fmt):
    project.write("bin.txt", b"\x89PNG\x00\x00")
    project.write("story.txt", "It was alot.\n")
    result = run("check", "--format", fmt, "bin.txt", "story.txt")
    assert result.code == 1
    assert "binary" not in result.out
    assert result.err == "newslint: warning: bin.txt: binary file (NUL bytes), skipped\n"
