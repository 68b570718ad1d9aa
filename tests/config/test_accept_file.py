"""Adding a term to the project's accept list (the page's and the language server's
"accept"): to the first `accept-files` list, else to a YAML configuration's `accept`."""

from __future__ import annotations

import pytest

from newslint.api import lint_text
from newslint.config.accept_file import accept_word
from newslint.config.settings import Config, load_config
from newslint.errors import ConfigError

TYPO = "The Qwzlmark report was published."


def test_appended_to_the_first_word_list_and_then_accepted(project):
    config_path = project.write(".newslint.yaml", "accept-files: [words.txt, more.txt]\n")
    project.write("words.txt", "# house terms\nQuango")  # no final newline
    project.write("more.txt", "")
    written = accept_word(load_config(config_path), "Qwzlmark")
    assert written == project.root / "words.txt"
    assert written.read_text(encoding="utf-8") == "# house terms\nQuango\nQwzlmark\n"
    assert not lint_text(TYPO, "a.txt", load_config(config_path), select=["typo"])


def test_a_term_listed_already_is_not_added_again(project):
    config_path = project.write(".newslint.yaml", "accept-files: [words.txt]\n")
    project.write("words.txt", "qwzlmark\n")
    accept_word(load_config(config_path), "Qwzlmark")
    assert (project.root / "words.txt").read_text(encoding="utf-8") == "qwzlmark\n"


def test_a_missing_word_list_is_created(project):
    config_path = project.write(".newslint.yaml", "accept-files: [terms/words.txt]\n")
    (project.root / "terms").mkdir()
    with pytest.raises(ConfigError):  # the configuration names a list that is not there
        load_config(config_path)
    config = Config(source=str(config_path), root=project.root)
    assert accept_word(config, "Qwzlmark").read_text(encoding="utf-8") == "Qwzlmark\n"


def test_yaml_configuration_keeps_its_comments(project):
    config_path = project.write(
        ".newslint.yaml",
        """\
        # our newsroom
        accept:
          - Quango  # a body
        fail-on: warning
        """,
    )
    accept_word(load_config(config_path), " Qwzlmark ")
    assert config_path.read_text(encoding="utf-8") == (
        "# our newsroom\naccept:\n  - Quango  # a body\n  - Qwzlmark\nfail-on: warning\n"
    )
    assert "qwzlmark" in load_config(config_path).accept


def test_yaml_configuration_without_an_accept_list_gets_one(project):
    config_path = project.write(".newslint.yaml", "fail-on: warning\n")
    accept_word(load_config(config_path), "Qwzlmark")
    assert config_path.read_text(encoding="utf-8") == "fail-on: warning\naccept:\n- Qwzlmark\n"


def test_pyproject_is_never_rewritten(project):
    config_path = project.write("pyproject.toml", "[tool.newslint]\nfail-on = 'warning'\n")
    with pytest.raises(ConfigError) as raised:
        accept_word(load_config(config_path), "Qwzlmark")
    assert str(raised.value) == (
        f"{config_path}: name a word list in `accept-files` to let newslint add accepted terms"
    )
    assert config_path.read_text(encoding="utf-8") == "[tool.newslint]\nfail-on = 'warning'\n"


def test_pyproject_word_list_is_written(project):
    config_path = project.write("pyproject.toml", "[tool.newslint]\naccept-files = ['w.txt']\n")
    project.write("w.txt", "")
    assert accept_word(load_config(config_path), "Qwzlmark") == project.root / "w.txt"
    assert (project.root / "w.txt").read_text(encoding="utf-8") == "Qwzlmark\n"


@pytest.mark.parametrize("term", ["", "   ", "two\nlines", "#comment", "x" * 101])
def test_not_a_term(project, term):
    config_path = project.write(".newslint.yaml", "accept: []\n")
    with pytest.raises(ConfigError, match="not a term to accept"):
        accept_word(load_config(config_path), term)
    assert config_path.read_text(encoding="utf-8") == "accept: []\n"


def test_without_a_configuration_file_nothing_is_written():
    with pytest.raises(ConfigError) as raised:
        accept_word(Config(), "Qwzlmark")
    assert str(raised.value) == (
        "no configuration file to add the term to: give --config or create .newslint.yaml"
    )
