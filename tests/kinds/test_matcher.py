"""The matcher layer: literal word lists by set intersection, regexes under a time limit."""

from __future__ import annotations

import itertools
import textwrap

import pytest
from helpers import counted_searches

from newslint.document.model import Document
from newslint.kinds import matching, word_table
from newslint.kinds.matching import Exceptions, Matcher
from newslint.kinds.patterns.existence import Existence
from newslint.kinds.regex_search import MatchTimeout, compile_regex, search, time_limit
from newslint.linting.lint import lint_document
from newslint.ruleset.loading import load_rule_file
from newslint.ruleset.rule import Rule


def spans(m: Matcher, text: str, scope: str = "document") -> list[tuple[int, int, str, str]]:
    doc = Document(text, "story.txt")
    return [(x.start(), x.end(), x.group(), m.which(x)) for x in m.finditer(doc, doc.units(scope))]


def looked_for(monkeypatch, finder: str) -> list:
    """What `matching.<finder>(text, what)` is asked to look for from now on, in order."""
    asked = []
    real = getattr(matching, finder)

    def recording(text, what):
        asked.append(what)
        return real(text, what)

    monkeypatch.setattr(matching, finder, recording)
    return asked


def test_literal_lists_use_the_word_index():
    assert Matcher(["per cent", "e-mail", "AT&T"])._literal is not None
    for patterns, nonword in (
        (["colou?r"], False),
        (["e.g."], False),
        (["-"], False),
        (["cent"], True),
    ):
        assert Matcher(patterns, nonword=nonword)._literal is None


def test_first_words_of_a_literal_list():
    assert Matcher(["per cent", "Email", "e-mail"], ignorecase=True).first_words() == {
        "per",
        "email",
        "e",
    }
    assert Matcher(["colou?r"]).first_words() is None


def test_a_document_has_the_same_first_words_once_the_word_list_is_a_dict(monkeypatch):
    monkeypatch.setattr(word_table, "MIN_LOOKUPS", 5)
    m = Matcher(["recieve", "teh", "per cent", "alot"], ignorecase=True)
    words = Document("Teh vote: 5 per cent recieve it, a lot more.", "story.txt").word_set(True)
    for _ in range(3):  # looked up, then the table a dict, then one set of every first word
        assert m._literal.first_words_in(words) == {"teh", "per", "recieve"}
    assert m._literal._first_words is not None


def test_literal_phrases_found_by_their_first_word():
    m = Matcher(["per cent", "per capita", "cent"])
    assert spans(m, "Up 5 per cent, per capita and one cent; percent.") == [
        (5, 13, "per cent", "per cent"),
        (15, 25, "per capita", "per capita"),
        (34, 38, "cent", "cent"),
    ]


def test_literal_lists_run_no_regex(monkeypatch):
    m = Matcher(["flood", "storm surge"], ignorecase=True)
    for module in ("matching", "pattern_set"):
        monkeypatch.setattr(f"newslint.kinds.{module}.compile_regex", lambda *a: pytest.fail())
    assert spans(m, "A calm day at the beach.") == []
    assert spans(m, "A storm, no surge. Storm surge!") == [(19, 30, "Storm surge", "storm surge")]


def test_phrases_of_a_common_word_are_looked_for_with_the_character_after_it(monkeypatch):
    m = Matcher(["in-memeory", "in-house", "a-diaerers", "a lott", "teh"], ignorecase=True)
    asked = looked_for(monkeypatch, "_word_starts")
    text = "In a test, an in-memeory cache, an IN-HOUSE team, bin-house, a lott; teh end."
    assert spans(m, text) == [
        (14, 24, "in-memeory", "in-memeory"),
        (35, 43, "IN-HOUSE", "in-house"),
        (61, 67, "a lott", "a lott"),
        (69, 72, "teh", "teh"),
    ]
    assert asked == ["teh"]  # not every "in" and "a" of the text: "in-" and "a-", "a " only


def test_phrases_whose_other_words_the_text_lacks_are_not_looked_for(monkeypatch):
    m = Matcher(["is'nt", "a lott", "in-memeory"], ignorecase=True)
    asked = looked_for(monkeypatch, "_lead_starts")
    assert spans(m, "It is a test in a lab; it is'nt.") == [(26, 31, "is'nt", "is'nt")]
    assert asked == [["is'"]]  # no "lott" or "memeory" in the text: "a " and "in-" not looked for
    asked.clear()
    # A joiner is a word character to `WORD_UNIT`, not to `is_word_char`: every lead is
    # looked for, and the phrase found beside it as before.
    assert spans(m, "It is a test in a lab; it is'nt\u200d.") == [(26, 31, "is'nt", "is'nt")]
    assert sorted(lead for leads in asked for lead in leads) == ["a ", "in-", "is'"]


def test_a_contraction_is_not_its_first_part_but_a_possessive_is():
    m = Matcher(["wasn", "Kazkahstan"])
    assert spans(m, "It wasn't Kazkahstan's or Kazkahstan’s fault; wasn.") == [
        (10, 20, "Kazkahstan", "Kazkahstan"),
        (26, 36, "Kazkahstan", "Kazkahstan"),
        (46, 50, "wasn", "wasn"),
    ]


def test_literal_ignorecase_reports_the_pattern_as_given():
    m = Matcher(["Kyiv", "per cent"], ignorecase=True)
    assert spans(m, "KYIV said 5 Per Cent.") == [
        (0, 4, "KYIV", "Kyiv"),
        (12, 20, "Per Cent", "per cent"),
    ]
    assert spans(Matcher(["Kyiv"]), "KYIV and Kyiv.") == [(9, 13, "Kyiv", "Kyiv")]


def test_regex_path_tells_which_pattern_matched():
    m = Matcher([r"(\d+) per ?cent", r"colou?r"])
    assert spans(m, "Colour? 5 percent of color.") == [
        (8, 17, "5 percent", r"(\d+) per ?cent"),
        (21, 26, "color", r"colou?r"),
    ]


def test_regex_path_searches_only_patterns_whose_strings_the_text_holds(monkeypatch):
    m = Matcher([r"could of(?! course)", r"colou?r", r"\d+ per ?cent"], ignorecase=True)
    searched = counted_searches(monkeypatch)
    assert spans(m, "We could of course win.") == []
    assert len(searched) == 1 and "could of" in searched[0]  # not the other two
    text = "Red colour, 5 percent. We could of been."
    assert [(start, group) for start, _, group, _ in spans(m, text, "sentence")] == [
        (4, "colour"),
        (12, "5 percent"),
        (26, "could of"),
    ]


def test_regex_path_gives_the_matches_of_the_alternation():
    patterns = [r"per ?cent", r"\d+ per", r"(?:a|an) \w+", r"an? apple", r"cent\b"]
    text = "An apple, 5 per cent; a percent. 12 per capita, an idea."
    for count in range(1, len(patterns) + 1):
        for chosen in itertools.combinations(patterns, count):
            m = Matcher(list(chosen), ignorecase=True)
            ordered = sorted(chosen, key=len, reverse=True)
            groups = "|".join(f"(?P<p{i}>{p})" for i, p in enumerate(ordered))
            alternation = compile_regex(rf"(?<!\w)(?:{groups})(?!\w)", True)
            doc = Document(text, "story.txt")
            sentences = doc.units("sentence")
            expected = [
                (x.start(), x.end(), ordered[int(x.lastgroup[1:])])
                for x in search(alternation, text, sentences)
            ]
            found = [(x.start(), x.end(), m.which(x)) for x in m.finditer(doc, sentences)]
            assert found == expected, chosen


GENERATED = [
    "".join(p)
    for p in itertools.islice(
        itertools.product(
            "bcdfgklmnprstvz", "aeiou", "bcdfgklmnprstvz", "aeiou", "bcdfgklmnprstvz"
        ),
        20_000,
    )
]


def test_twenty_thousand_literal_words_are_indexed_and_exact():
    # Their speed is benchmarks/bench_speed.py's to measure, not a unit test's.
    assert len(GENERATED) == 20_000 and "dagob" in GENERATED and "fisog" == GENERATED[-1]
    rule = Rule(
        id="vocab.generated",
        category="typo",
        severity="warning",
        message="'{match}' is listed",
        description="Generated words.",
        kind="existence",
        scope="document",
        checker=Existence(
            {"tokens": GENERATED, "raw": [], "ignorecase": True, "nonword": False, "exceptions": []}
        ),
    )
    assert rule.checker.matcher._literal is not None
    text = (
        "Dagob's report on babab-based policy.\nFisog, fisogs and Bababab were absent; zuzuz too."
    )
    result = lint_document(Document(text, "story.txt"), [rule])
    assert [(f.line, f.column, f.end_column, f.match) for f in result.findings] == [
        (1, 1, 6, "Dagob"),
        (1, 19, 24, "babab"),
        (1, 25, 30, "based"),
        (2, 1, 6, "Fisog"),
    ]


def test_possessive_and_hyphenated_forms_of_a_listed_word():
    m = Matcher(["minister", "fund"])
    assert spans(m, "The minister's aide and a fund-based plan; ministers' funds.") == [
        (4, 12, "minister", "minister"),
        (26, 30, "fund", "fund"),
    ]


def test_exceptions_fullmatch():
    exceptions = Exceptions(["NATO", "U[NS]"], ignorecase=False)
    assert "NATO" in exceptions and "US" in exceptions
    assert "NATOS" not in exceptions and "nato" not in exceptions and "USA" not in exceptions
    assert "nato" in Exceptions(["NATO"], ignorecase=True)
    assert "anything" not in Exceptions([], ignorecase=True)


def test_search_stops_at_the_time_limit():
    pattern = compile_regex(r"(?:x|xx)+y")
    text = "x" * 60
    with pytest.raises(MatchTimeout, match="time limit"):  # without it: hours of backtracking
        with time_limit(0.1):
            list(search(pattern, text, [Document(text).units("document")[0]]))


SLOW_RULES = """\
- id: news.slow-raw
  category: style
  message: "slow {match}"
  description: Catastrophic backtracking (behind a lookahead, which RE2's prefilter drops).
  kind: existence
  raw: ['(x|xx)+(?=y)']
- id: news.slow-token
  category: style
  message: "slow {match}"
  description: Catastrophic backtracking at the end of a line.
  kind: existence
  scope: line
  tokens: ['(a|aa)+$']
- id: news.flood
  category: style
  message: "flood here"
  description: A fast rule.
  kind: existence
  tokens: [flood]
"""


def test_catastrophic_regex_is_stopped_and_other_rules_still_run(tmp_path):
    path = tmp_path / "rules.yaml"
    path.write_text(textwrap.dedent(SLOW_RULES), encoding="utf-8")
    rules = load_rule_file(path)
    text = "The flood came.\n" + "x" * 60 + "\n" + "a" * 60 + "!\nA flood again."
    result = lint_document(Document(text, "story.txt"), rules, timeout=0.2)
    assert [str(e) for e in result.errors] == [
        "story.txt: rule news.slow-raw stopped: a regular expression ran over its time limit",
        "story.txt: rule news.slow-token stopped: a regular expression ran over its time limit",
    ]
    assert [(f.rule, f.line, f.column) for f in result.findings] == [
        ("news.flood", 1, 5),
        ("news.flood", 4, 3),
    ]


def test_catastrophic_exception_pattern_is_stopped(tmp_path):
    path = tmp_path / "rules.yaml"
    path.write_text(
        textwrap.dedent("""\
        id: news.slow-exception
        category: style
        message: "{match}"
        description: An exception pattern that backtracks.
        kind: existence
        raw: ['a+!']
        exceptions: ['(a|aa)+']
        """),
        encoding="utf-8",
    )
    rules = load_rule_file(path)
    result = lint_document(Document("a" * 60 + "!", "story.txt"), rules, timeout=0.2)
    assert result.findings == []
    assert [str(e) for e in result.errors] == [
        "story.txt: rule news.slow-exception stopped: an exception pattern ran over its time limit"
    ]


@pytest.mark.parametrize(
    "text, starts",
    [
        ("A plan, a_b, a1 and 1a: that a-a is a.", [29, 31, 36]),  # ASCII: one scan a word
        ("A plan, a_b, a1 and 1a: that a-a is a. Café a", [29, 31, 36, 44]),  # word by word
    ],
)
def test_whole_word_starts_in_ascii_and_other_text(text, starts):
    """Not inside a longer word ("plan", "that"), nor beside a digit or "_"."""
    assert list(matching._word_starts(text, "a")) == starts
