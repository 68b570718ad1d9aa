"""The public API's objects cross process boundaries (worker processes, Dask): findings,
configurations and errors pickle and come back equal."""

from __future__ import annotations

import pickle

from newslint import lint_text
from newslint.api import Config, Finding, resolve_config
from newslint.errors import ConfigError, InputError, RuleError


def round_trip(value):
    return pickle.loads(pickle.dumps(value))


def test_findings_with_fixes_pickle(project):
    findings = lint_text("It rained alot.", config=".newslint.yaml")
    assert [f.rule for f in findings] == ["news.usage"] and findings[0].fix is not None
    copy = round_trip(findings)
    assert copy == findings and isinstance(copy[0], Finding)
    assert copy[0].to_dict() == findings[0].to_dict()


def test_configurations_pickle(project):
    project.write(
        ".newslint.yaml",
        "builtin-rules: false\nrule-paths: [rules]\naccept: [alot]\n"
        "overrides:\n  - files: ['wire/**']\n    ignore: [news.hedge]\n",
    )
    for config in (Config(), resolve_config(".newslint.yaml", select=["news"])):
        copy = round_trip(config)
        assert copy == config and hash(copy) == hash(config)
    assert round_trip(resolve_config(".newslint.yaml")).overrides_for("wire/a.txt")[0].ignore == (
        "news.hedge",
    )


def test_errors_pickle_with_their_position():
    for error in (InputError("bad", "a.txt", 2, 5), ConfigError("x", "c.yaml", 1), RuleError("y")):
        copy = round_trip(error)
        assert (type(copy), str(copy), copy.line) == (type(error), str(error), error.line)
