"""LanguageTool's HTTP protocol (`/v2/check`, `/v2/languages`), so that its clients (the
browser extension, LTeX, editor plugins) can use newslint as their "local server".

A request sends plain `text`, or `data`: LanguageTool's annotated text, a JSON list of
`{"text": ...}` and `{"markup": ..., "interpretAs": ...}` parts. The rules read the plain text
(the text parts and what markup is interpreted as); offsets and lengths in the answer count
UTF-16 code units of the text as sent, markup included, as LanguageTool's (Java) clients
expect."""

from __future__ import annotations

import json
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path

from newslint.config.language_codes import primary
from newslint.document.model import Document
from newslint.version import __version__

DATA = json.loads((Path(__file__).with_name("languagetool.json")).read_text(encoding="utf-8"))
FILENAME = "languagetool.txt"  # the name a request's text is checked under: plain text
CONTEXT = 40  # characters of context on each side of a match, as LanguageTool gives


class BadRequest(ValueError):
    """A request LanguageTool would refuse: its message is the error's."""


@dataclass
class AnnotatedText:
    """The text as sent and the plain text the rules read, with the parts that map one
    onto the other: (plain start, original start, plain length, original length)."""

    original: str
    plain: str
    parts: list[tuple[int, int, int, int]] = field(default_factory=list)

    @classmethod
    def of_text(cls, text: str) -> "AnnotatedText":
        return cls(text, text, [(0, 0, len(text), len(text))])

    @classmethod
    def of_data(cls, data: object) -> "AnnotatedText":
        items = data.get("annotation") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise BadRequest('data: expected {"annotation": [...]}')
        original, plain, parts = [], [], []
        at_original = at_plain = 0
        for item in items:
            if not isinstance(item, dict):
                raise BadRequest("data: every annotation is an object")
            if isinstance(item.get("text"), str):
                shown = written = item["text"]
            elif isinstance(item.get("markup"), str):
                written, shown = item["markup"], item.get("interpretAs", "")
                if not isinstance(shown, str):
                    raise BadRequest("data: interpretAs is a string")
            else:
                raise BadRequest("data: an annotation has `text` or `markup`")
            parts.append((at_plain, at_original, len(shown), len(written)))
            original.append(written)
            plain.append(shown)
            at_original += len(written)
            at_plain += len(shown)
        return cls("".join(original), "".join(plain), parts)

    def original_offset(self, offset: int, end: bool = False) -> int:
        """Where a plain-text offset falls in the text as sent; an offset inside what markup
        is interpreted as stands for the whole markup (its start, or with `end` its end)."""
        for plain_start, original_start, plain_length, original_length in self.parts:
            inside = plain_start <= offset < plain_start + plain_length
            if inside or (end and offset == plain_start + plain_length and plain_length):
                if plain_length == original_length:  # text: one to one
                    return original_start + offset - plain_start
                return original_start + (original_length if end else 0)
        return len(self.original)


@dataclass
class CheckRequest:
    text: AnnotatedText
    language: str | None  # the primary subtag asked for; None: detect
    language_code: str  # as asked ("auto" when not given)
    select: list[str]
    ignore: list[str]


def check_request(fields: dict[str, str]) -> CheckRequest:
    """A /v2/check request's fields (form-encoded or from the query string)."""
    if "text" in fields:
        text = AnnotatedText.of_text(fields["text"])
    elif "data" in fields:
        try:
            text = AnnotatedText.of_data(json.loads(fields["data"]))
        except json.JSONDecodeError as err:
            raise BadRequest(f"data: not JSON ({err.msg})") from None
    else:
        raise BadRequest("missing field: text or data")
    code = fields.get("language", "auto") or "auto"
    language = None if code == "auto" else primary(code)
    if code != "auto" and language is None:
        raise BadRequest(f"language: not a language code: {code!r}")
    only = fields.get("enabledOnly", "false") == "true"
    enabled = _names(fields, "enabledRules") + _names(fields, "enabledCategories")
    ignore = _names(fields, "disabledRules") + _names(fields, "disabledCategories")
    # Without enabledOnly, LanguageTool adds enabledRules to its defaults: every rule that is
    # on by default runs here anyway.
    return CheckRequest(text, language, code, enabled if only else [], ignore)


def _names(fields: dict[str, str], key: str) -> list[str]:
    # Categories are sent upper-cased (LanguageTool's ids): newslint's are lower-case.
    names = [name.strip() for name in fields.get(key, "").split(",") if name.strip()]
    return [name.lower() if key.endswith("Categories") else name for name in names]


def answer(request: CheckRequest, report: dict, rules: dict) -> dict:
    """LanguageTool's answer for newslint's report (`api.check_report`) on the plain text;
    `rules` maps rule ids to their Rule (for the descriptions)."""
    text = request.text
    units = _Utf16(text.original)
    sentences = _sentences(text.plain)
    matches = []
    for finding in report["findings"]:
        start = finding["offset"]
        end = start + len(finding["match"])
        first = text.original_offset(start)
        last = max(first, text.original_offset(end, end=True))
        category = finding["category"]
        rule = rules.get(finding["rule"])
        matches.append(
            {
                "message": finding["message"],
                "shortMessage": DATA["category_names"].get(category, category),
                "replacements": [{"value": value} for value in finding["suggestions"]],
                "offset": units.at(first),
                "length": units.at(last) - units.at(first),
                "context": _context(text.plain, start, end),
                "sentence": next((s for a, b, s in sentences if a <= start < b), ""),
                "type": {"typeName": "UnknownWord" if category == "typo" else "Other"},
                "rule": {
                    "id": finding["rule"],
                    "description": rule.summary() if rule is not None else finding["rule"],
                    "issueType": DATA["issue_types"].get(category, DATA["default_issue_type"]),
                    "category": {
                        "id": category.upper(),
                        "name": DATA["category_names"].get(category, category),
                    },
                },
                "ignoreForIncompleteSentence": False,
                "contextForSureMatch": 0,
            }
        )
    detected = next((d["language"] for d in report["summary"]["documents"]), None) or "en"
    code = request.language_code if request.language else detected
    return {
        "software": {
            "name": "newslint",
            "version": __version__,
            "buildDate": None,
            "apiVersion": 1,
            "premium": False,
            "status": "",
        },
        "warnings": {"incompleteResults": False},
        "language": {
            "name": _language_name(code),
            "code": code,
            "detectedLanguage": {"name": _language_name(detected), "code": detected},
        },
        "matches": matches,
    }


def languages() -> list[dict]:
    """/v2/languages: the languages a client may ask for."""
    return [
        {"name": name, "code": code, "longCode": long} for name, code, long in DATA["languages"]
    ]


def _language_name(code: str) -> str:
    return next((name for name, _, long in DATA["languages"] if long == code), code)


def _context(plain: str, start: int, end: int) -> dict:
    """The match with up to CONTEXT characters either side, on one line, "..." where cut
    (LanguageTool's context); offset and length in UTF-16 code units."""
    before = plain[max(0, start - CONTEXT) : start]
    after = plain[end : end + CONTEXT]
    lead = "..." if start > CONTEXT else ""
    shown = lead + before + plain[start:end] + after + ("..." if end + CONTEXT < len(plain) else "")
    units = _Utf16(shown)
    first = len(lead) + len(before)
    return {
        "text": shown.replace("\r", " ").replace("\n", " "),
        "offset": units.at(first),
        "length": units.at(first + end - start) - units.at(first),
    }


def _sentences(plain: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of the plain text's sentences, offsets as findings give them."""
    doc = Document(plain, FILENAME)
    found = []
    for span in doc.sentences:
        start, end = doc.original_offset(span.start), doc.original_offset(span.end)
        found.append((start, end, plain[start:end].strip()))
    return found


class _Utf16:
    """Code point offsets of a string as UTF-16 code units: one more for every character
    beyond the Basic Multilingual Plane (an emoji) before the offset."""

    def __init__(self, text: str):
        self.astral = [i for i, char in enumerate(text) if ord(char) > 0xFFFF]

    def at(self, offset: int) -> int:
        return offset + bisect_left(self.astral, offset)
