"""sarif: SARIF 2.1.0 for code-scanning dashboards; columns count Unicode code points."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from newslint.version import __version__

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
HOME = "https://github.com/newslint/newslint"


def render(run, options) -> str:
    rule_ids = sorted(run.rules)
    index = {rule_id: i for i, rule_id in enumerate(rule_ids)}
    results = [_result(f, index) for f in run.findings]
    invocation: dict[str, Any] = {"executionSuccessful": not run.errors}
    if run.errors:
        invocation["toolExecutionNotifications"] = [
            {"level": "error", "message": {"text": str(e)}} for e in run.errors
        ]
    document = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "newslint",
                        "version": __version__,
                        "informationUri": HOME,
                        "rules": [_rule(run.rules[rule_id]) for rule_id in rule_ids],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "invocations": [invocation],
                "results": results,
            }
            | ({"properties": {"baseline": run.baseline}} if run.baseline is not None else {})
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _rule(rule) -> dict:
    data = {
        "id": rule.id,
        "shortDescription": {"text": rule.summary()},
        "fullDescription": {"text": " ".join(rule.description.split())},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"category": rule.category, "kind": rule.kind},
    }
    if rule.link:
        data["helpUri"] = rule.link
    return data


def _uri(path: str) -> str:
    """A URI reference: file:// for absolute paths, else the relative path percent-encoded."""
    if path == "-":
        return "stdin"
    return Path(path).as_uri() if Path(path).is_absolute() else quote(Path(path).as_posix())


def _region(item) -> dict:
    return {
        "startLine": item.line,
        "startColumn": item.column,
        "endLine": item.end_line,
        "endColumn": item.end_column,
    }


def _result(f, index) -> dict:
    properties = {"category": f.category, "suggestions": f.suggestions}
    location: dict[str, Any]
    if f.record is None:
        location = {
            "physicalLocation": {
                "artifactLocation": {"uri": _uri(f.path)},
                "region": {**_region(f), "snippet": {"text": f.match}},
            }
        }
    else:
        # A dataset record: its lines are not the file's, so the place is a logical one and
        # the line and column inside the record's text are properties.
        location = {
            "physicalLocation": {"artifactLocation": {"uri": _uri(f.path)}},
            "logicalLocations": [{"name": f"record {f.record}", "kind": "object"}],
        }
        properties.update(
            record=f.record,
            record_id=f.record_id,
            line=f.line,
            column=f.column,
            end_line=f.end_line,
            end_column=f.end_column,
        )
    result = {
        "ruleId": f.rule,
        "level": LEVELS[f.severity],
        "message": {"text": f.message},
        "locations": [location],
        "properties": properties,
    }
    if f.rule in index:
        result["ruleIndex"] = index[f.rule]
    if f.fix is not None and f.record is None:
        result["fixes"] = [
            {
                "description": {"text": f"{f.fix.applicability} fix"},
                "artifactChanges": [
                    {
                        "artifactLocation": {"uri": _uri(f.path)},
                        "replacements": [
                            {
                                "deletedRegion": _region(edit),
                                "insertedContent": {"text": edit.content},
                            }
                            for edit in f.fix.edits
                        ],
                    }
                ],
            }
        ]
    return result
