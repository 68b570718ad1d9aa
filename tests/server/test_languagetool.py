"""LanguageTool's API (/v2/check, /v2/languages) over a real server: its answer's shape, UTF-16
offsets, annotated text, and the same findings as the command line at the same places."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest
from conftest import EXAMPLE

from newslint.server.languagetool import AnnotatedText, check_request


def lt_check(server, **fields):
    body = urlencode(fields).encode("utf-8")
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    return server.request("POST", "/v2/check", body, headers)


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_a_match_has_languagetools_fields_and_utf16_offsets(server):
    text = "Vote 🗳️ count 😀: the the result.\n"
    status, answer = lt_check(server, text=text, language="en-GB")
    assert status == 200
    assert answer["software"]["name"] == "newslint" and answer["software"]["apiVersion"] == 1
    assert answer["language"]["code"] == "en-GB"
    assert answer["language"]["name"] == "English (GB)"
    assert answer["language"]["detectedLanguage"]["code"] == "en"
    [match] = answer["matches"]
    offset = utf16("Vote 🗳️ count 😀: ")
    assert offset == text.index("the the") + 2  # two astral characters before it
    assert match == {
        "message": "Doubled word: 'the' twice in a row",
        "shortMessage": "Style",
        "replacements": [{"value": "the"}],
        "offset": offset,
        "length": 7,
        "context": {"text": "Vote 🗳️ count 😀: the the result. ", "offset": offset, "length": 7},
        "sentence": "Vote 🗳️ count 😀: the the result.",
        "type": {"typeName": "Other"},
        "rule": {
            "id": "style.doubled-word",
            "description": match["rule"]["description"],
            "issueType": "style",
            "category": {"id": "STYLE", "name": "Style"},
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }
    assert match["rule"]["description"].startswith("The same word twice in a row")


def test_the_example_gives_the_command_lines_findings_at_the_same_places(server, run):
    text = EXAMPLE.read_text(encoding="utf-8")
    expected = json.loads(run("check", str(EXAMPLE), "--format", "json", "--no-cache").out)
    _, answer = lt_check(server, text=text, language="auto")
    assert [(m["rule"]["id"], m["offset"], m["length"]) for m in answer["matches"]] == [
        (f["rule"], utf16(text[: f["offset"]]), utf16(f["match"])) for f in expected["findings"]
    ]
    assert [m["replacements"] for m in answer["matches"]] == [
        [{"value": s} for s in f["suggestions"]] for f in expected["findings"]
    ]


def test_annotated_data_counts_markup_in_offsets(server):
    data = {
        "annotation": [
            {"markup": "<p>"},
            {"text": "😀 The vote was "},
            {"markup": "<b>", "interpretAs": ""},
            {"text": "held held"},
            {"markup": "</b>"},
            {"text": " today."},
            {"markup": "</p>", "interpretAs": "\n\n"},
        ]
    }
    _, answer = lt_check(server, data=json.dumps(data))
    [match] = answer["matches"]
    original = "<p>😀 The vote was <b>held held</b> today.</p>"
    assert (match["offset"], match["length"]) == (utf16(original[: original.index("held")]), 9)


def test_enabled_and_disabled_rules(server):
    text = "It could of been the the end.\n"
    _, only = lt_check(server, text=text, enabledRules="style.usage", enabledOnly="true")
    assert [m["rule"]["id"] for m in only["matches"]] == ["style.usage"]
    _, without = lt_check(server, text=text, disabledRules="style.usage")
    assert "style.usage" not in [m["rule"]["id"] for m in without["matches"]]
    _, categories = lt_check(server, text=text, disabledCategories="STYLE")
    assert categories["matches"] == []


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({}, "missing field: text or data"),
        ({"data": "{oops"}, "data: not JSON"),
        ({"data": '{"annotation": [{"other": 1}]}'}, "data: an annotation has `text` or `markup`"),
        ({"text": "x", "language": "not a code!"}, "language: not a language code"),
    ],
)
def test_bad_requests_are_400(server, fields, error):
    status, answer = lt_check(server, **fields)
    assert (status, answer["error"][: len(error)]) == (400, error)


def test_languages(server):
    status, answer = server.get("/v2/languages")
    assert status == 200
    assert {"name": "English (US)", "code": "en", "longCode": "en-US"} in answer


def test_annotated_text_maps_plain_offsets_back():
    text = AnnotatedText.of_data(
        {"annotation": [{"text": "ab"}, {"markup": "<br/>", "interpretAs": "\n"}, {"text": "cd"}]}
    )
    assert text.plain == "ab\ncd" and text.original == "ab<br/>cd"
    assert [text.original_offset(i) for i in range(6)] == [0, 1, 2, 7, 8, 9]
    assert text.original_offset(3, end=True) == 7  # the end of the markup


def test_without_enabled_only_enabled_rules_add_nothing():
    asked = check_request({"text": "x", "enabledRules": "style.usage"})
    assert (asked.select, asked.language, asked.language_code) == ([], None, "auto")
