"""Fix safety: a fix a rule marks safe is downgraded to unsafe where it may change meaning
(quotations, [sic], URLs and slugs, dialect with or without apostrophes, capitalised words,
a spelling used consistently, text in a language the rule's fixes are not known to be safe
in), as JSON reports it and as `--fix` applies it; whitespace-only fixes stay safe."""

from __future__ import annotations

import json

import pytest
from helpers import check_project, pack_project

RULES = """\
- id: news.usage
  category: style
  message: "Use '{suggestion}' instead of '{match}'"
  description: Usage errors.
  kind: substitution
  ignorecase: true
  fix: safe
  swap: {recieved: received, codeing: coding, changin: changing, mapp: map, somethin: something}
- id: news.doubled
  category: style
  message: "Doubled '{word}'"
  description: Doubled words.
  kind: repetition
  scope: paragraph
  fix: safe
  fix_languages: [en]
- id: news.english
  category: style
  message: "Use '{suggestion}' instead of '{match}'"
  description: English usage.
  kind: substitution
  languages: [en]
  fix: safe
  swap: {hace: have}
- id: news.spaces
  category: style
  message: "Double space"
  description: Double spaces.
  kind: substitution
  nonword: true
  fix: safe
  swap: {'(?<=\\S) {2,}(?=\\S)': ' '}
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return pack_project(tmp_path, RULES)


def applicability(project, capsys, text: str) -> list[tuple[str, str]]:
    (project / "story.txt").write_text(text, encoding="utf-8")
    check_project("--no-cache", "--format", "json", "story.txt")
    found = json.loads(capsys.readouterr().out)["findings"]
    return [(f["match"], f["fix"]["applicability"]) for f in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The parcel was recieved on time.\n", [("recieved", "safe")]),
        ('He said "it was recieved on time" then.\n', [("recieved", "unsafe")]),
        ("He said “the the parcel came” then.\n", [("the the", "unsafe")]),
        ("The Codeing [sic] class was full.\n", [("Codeing", "unsafe")]),
        ("The codeing (sic) class was full.\n", [("codeing", "unsafe")]),
        ("See www.example.com/recieved for it.\n", [("recieved", "unsafe")]),
        ("See https://example.com/a/recieved now.\n", [("recieved", "unsafe")]),
        ("Write to recieved@example.com today.\n", [("recieved", "unsafe")]),
        ("Open recieved.html in a browser.\n", [("recieved", "unsafe")]),
        ("The page recieved-2019-draft moved.\n", [("recieved", "unsafe")]),
        ("The times they are a changin' now.\n", [("changin", "unsafe")]),
        # speech written without the apostrophe: "somethin" may be meant
        ("We had somethin to eat.\n", [("somethin", "unsafe")]),
        ("We met Gov. Kenneth Mapp at noon.\n", [("Mapp", "unsafe")]),
        ("Recieved in full, the parcel came.\n", [("Recieved", "unsafe")]),
        ("The the council met.\n", [("The the", "safe")]),
        ("The council met the The board.\n", [("the The", "unsafe")]),
        # a spelling used three times and never respelled is likely a term: "transferrin"
        ("It was recieved, recieved and recieved.\n", [("recieved", "unsafe")] * 3),
        (
            "Recieved? It was recieved, recieved and received.\n",
            [("Recieved", "unsafe"), ("recieved", "safe"), ("recieved", "safe")],
        ),
    ],
)
def test_safe_fixes_downgraded_where_meaning_may_change(project, capsys, text, expected):
    assert applicability(project, capsys, text) == expected


FRENCH = "Nous nous sommes levés tôt pour aller à la gare avec les enfants et le chien."
SPANISH = "Hace dos años que el puente está cerrado y los vecinos esperan una respuesta."


def test_a_safe_fix_in_text_of_another_language_than_the_rule_s_fixes_is_unsafe(project, capsys):
    text = f"{FRENCH}\n\nThe council met the the board on Monday and said it would act.\n"
    assert applicability(project, capsys, text) == [("Nous nous", "unsafe"), ("the the", "safe")]


def test_a_rule_for_english_leaves_a_spanish_paragraph_alone(project, capsys):
    text = f"{SPANISH}\n\nThey hace said that the bridge would open to traffic in the spring.\n"
    assert applicability(project, capsys, text) == [("hace", "safe")]


def test_whitespace_only_fix_stays_safe_even_in_a_quotation(project, capsys):
    text = 'He said "it  was late" and  left.\n'
    assert applicability(project, capsys, text) == [("  ", "safe"), ("  ", "safe")]


def test_fix_leaves_quotations_and_sic_alone_unsafe_fixes_apply_them(project, capsys):
    text = 'It was recieved. He said "it was recieved" and wrote codeing [sic].\n'
    story = project / "story.txt"
    story.write_text(text, encoding="utf-8")
    check_project("--no-cache", "--fix", "story.txt")
    assert story.read_text(encoding="utf-8") == (
        'It was received. He said "it was recieved" and wrote codeing [sic].\n'
    )
    check_project("--no-cache", "--fix", "--unsafe-fixes", "story.txt")
    assert story.read_text(encoding="utf-8") == (
        'It was received. He said "it was received" and wrote coding [sic].\n'
    )
    capsys.readouterr()


@pytest.mark.parametrize(
    "name, text, expected",
    [
        ("story.md", "The parcel was recieved on time.\n", [("recieved", "safe")]),
        ("story.md", "> The parcel was recieved on time.\n", [("recieved", "unsafe")]),
        (
            "story.html",
            "<blockquote><p>The parcel was recieved.</p></blockquote>",
            [("recieved", "unsafe")],
        ),
        ("story.html", "<p>He wrote <q>it was recieved</q> at noon.</p>", [("recieved", "unsafe")]),
    ],
)
def test_a_block_quote_is_a_quotation_for_fix_safety(project, capsys, name, text, expected):
    (project / name).write_text(text, encoding="utf-8")
    check_project("--no-cache", "--format", "json", name)
    found = json.loads(capsys.readouterr().out)["findings"]
    assert [(f["match"], f["fix"]["applicability"]) for f in found] == expected
