"""Word tables: sorted word lists that load from the disk cache, answer like a frozenset or a
dict, and are rebuilt when a list, or the code that builds them, changes."""

from __future__ import annotations

import os

import pytest
from helpers import lint, make_rule

from newslint import disk_cache
from newslint.kinds import word_table, wordlists
from newslint.kinds.word_table import WordTable, cached_table, common_keys

PAIRS = {"recieve": "receive", "goverment": "government", "alot": "a lot", "Teh": "The"}


def test_a_table_answers_like_the_mapping_it_was_made_from():
    table = WordTable.of(PAIRS)
    assert list(table) == sorted(PAIRS)
    assert len(table) == 4 and dict(table.items()) == PAIRS
    assert table["alot"] == "a lot" and table.get("teh") is None and "Teh" in table
    with pytest.raises(KeyError):
        table["receive"]
    counts = WordTable.of({"said": 900, "told": 40})
    assert counts.get("said", 0) == 900 and counts.get("sayed", 0) == 0
    words = WordTable.of(["kazakhstan", "almaty", "astana", "almaty"])
    assert len(words) == 3 and "astana" in words and "astan" not in words and 7 not in words
    assert words.get("almaty", 0) is None
    assert words.starts_a_word("alm") and words.starts_a_word("") and not words.starts_a_word("b")
    assert len(WordTable.of([])) == 0 and "a" not in WordTable.of([])


def test_a_table_asked_about_many_words_answers_the_same_as_a_dict(monkeypatch):
    monkeypatch.setattr(word_table, "MIN_LOOKUPS", 3)
    table = WordTable.of(PAIRS)
    asked = ["recieve", "nope", "Teh", "alot", "zzz", "goverment", "recieve", "a"]
    answers = [(word in table, table.get(word)) for word in asked]
    assert table._dict is not None  # noqa: SLF001 (it did become a dict)
    assert answers == [(word in PAIRS, PAIRS.get(word)) for word in asked]
    assert table["alot"] == "a lot" and table.starts_a_word("gov")


def test_a_table_with_a_sample_of_its_words_answers_the_same(monkeypatch):
    monkeypatch.setattr(word_table, "STRIDE", 2)
    monkeypatch.setattr(word_table, "SAMPLE_AFTER", 2)
    words = ["almaty", "astana", "atyrau", "kazakhstan", "oral", "semey", "taraz"]
    table = WordTable.of(words)
    asked = ["", "a", "almaty", "aral", "atyrau", "kazakh", "oral", "taraz", "zhezkazgan"]
    answers = [(word in table, table.starts_a_word(word)) for word in asked]
    assert table._sample == ["almaty", "atyrau", "oral", "taraz"]  # noqa: SLF001
    assert answers == [(word in words, any(w.startswith(word) for w in words)) for word in asked]


def test_a_table_with_a_sample_finds_whole_words_and_their_values(monkeypatch):
    monkeypatch.setattr(word_table, "STRIDE", 3)
    monkeypatch.setattr(word_table, "SAMPLE_AFTER", 1)
    counts = {"an": 1, "ana": 2, "astana": 3, "banana": 4, "nana": 5, "stan": 6, "tana": 7}
    table = WordTable.of(counts)
    table.get("an")  # the sample is made
    # ends of longer words in the block ("na", "ana" of "banana"); a word with the
    # separator could span two words ("an\0ana")
    asked = ["an", "ana", "na", "tana", "nana", "anana", "stan", "an\0ana", "tan", "zz", ""]
    assert [table.get(word) for word in asked] == [counts.get(word) for word in asked]
    assert table._sample == ["an", "banana", "tana"]  # noqa: SLF001


def test_a_table_round_trips_through_its_plain_data():
    for entries in (PAIRS, {"a": 1, "b": -2}, ["x", "y"]):
        table = WordTable.of(entries)
        again = WordTable(table.data())
        assert dict(again.items()) == dict(table.items())


@pytest.mark.parametrize(
    "data",
    [
        None,
        ("another format", "", b"", "none", None),
        WordTable.data_of(["ab", "cd"])[:2] + (b"\x00\x00",) + ("none", None),
        WordTable.data_of({"ab": 1})[:4] + (b"\x01",),
    ],
)
def test_data_that_is_not_a_table_is_refused(data):
    with pytest.raises(ValueError):
        WordTable(data)


def test_words_or_values_holding_the_separator_make_no_table():
    for entries in (["a\0b"], {"a": "b\0c"}):
        with pytest.raises(ValueError, match="NUL"):
            WordTable.of(entries)


def test_a_table_becomes_a_dict_with_the_same_items_and_empty_strings_kept():
    entries = {"": "empty", "a": "", "ab": "x", "b": "y y"}
    table = WordTable.of(entries)
    table._budget = 0  # noqa: SLF001 (the next lookup makes the dict)
    assert table.get("a") == "" and table._dict == entries  # noqa: SLF001
    assert list(table) == sorted(entries) and list(WordTable.of([])) == []


def test_values_of_mixed_types_make_no_table():
    with pytest.raises(ValueError, match="all strings or all integers"):
        WordTable.of({"a": "b", "c": 1})


def builder(entries, calls):
    def build():
        calls.append(1)
        return entries

    return build


def test_a_cached_table_is_built_once_then_read(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    calls = []
    first = cached_table("test-table", "list-1", builder(PAIRS, calls))
    second = cached_table("test-table", "list-1", builder(PAIRS, calls))
    assert dict(first.items()) == dict(second.items()) == PAIRS and calls == [1]
    cached_table("test-table", "list-2", builder(PAIRS, calls))  # another list's digest
    assert calls == [1, 1]


def test_a_damaged_or_foreign_cache_entry_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    calls = []
    cached_table("test-table", "key", builder(PAIRS, calls))
    [entry] = tmp_path.glob("*.bin")
    data = bytearray(entry.read_bytes())
    data[-1] ^= 0xFF  # the checksum no longer agrees
    entry.write_bytes(bytes(data))
    assert dict(cached_table("test-table", "key", builder(PAIRS, calls)).items()) == PAIRS
    assert len(calls) == 2
    disk_cache.write_entry(entry, ("a table of another format", 1))  # checksummed, not a table
    assert dict(cached_table("test-table", "key", builder(PAIRS, calls)).items()) == PAIRS
    assert len(calls) == 3
    assert dict(cached_table("test-table", "key", builder(PAIRS, calls)).items()) == PAIRS
    assert len(calls) == 3  # the rebuilt entry replaced the foreign one


def test_a_change_to_the_code_makes_cached_tables_stale(tmp_path, monkeypatch):
    package = tmp_path / "package"
    (package / "kinds").mkdir(parents=True)
    module = package / "kinds" / "lists.py"
    module.write_text("WORDS = 1\n")
    monkeypatch.setattr(disk_cache, "PACKAGE", package)
    disk_cache.code_stamp.cache_clear()
    try:
        before = disk_cache.code_stamp()
        assert disk_cache.code_stamp() == before
        module.write_text("WORDS = 22\n")
        os.utime(module, ns=(1, 1))
        disk_cache.code_stamp.cache_clear()
        assert disk_cache.code_stamp() != before
    finally:
        disk_cache.code_stamp.cache_clear()


def test_an_edited_word_list_is_read_again(tmp_path, monkeypatch):
    """A rule's misspelling list in the disk cache is keyed by the list's contents: the next
    run (a new process: the per-process caches cleared) sees the edit."""
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "swaps.txt").write_text("recieve->receive\n", encoding="utf-8")
    body = "ignorecase: true\nswap_files: [swaps.txt]\n"
    text = "They recieve the goverment's reply."

    def found() -> list[tuple[str, list[str]]]:
        wordlists.read_pairs.cache_clear()
        wordlists.list_digest.cache_clear()
        rule = make_rule(tmp_path, "substitution", body, message="'{match}': '{suggestion}'")
        return [(f.match, f.suggestions) for f in lint([rule], text).findings]

    assert found() == [("recieve", ["receive"])]
    assert found() == [("recieve", ["receive"])]  # from the cache
    (tmp_path / "swaps.txt").write_text("goverment->government\n", encoding="utf-8")
    assert found() == [("goverment", ["government"])]


def test_the_words_among_a_set_are_the_same_before_and_after_the_table_becomes_a_dict(
    monkeypatch,
):
    monkeypatch.setattr(word_table, "MIN_LOOKUPS", 5)
    table = WordTable.of(PAIRS)
    words = frozenset(["recieve", "receive", "Teh", "teh", "alot", "a"])
    assert table.among(words) == {"recieve", "Teh", "alot"}
    assert table.is_dict()  # six words asked about
    assert table.among(words) == {"recieve", "Teh", "alot"}
    assert table.among(frozenset()) == set()


@pytest.mark.parametrize("size", [1, 3, 50])
def test_common_keys_whichever_is_smaller(size):
    words = frozenset(["per", "cent", "email", "the"])
    table = dict.fromkeys(["email", "per", *(f"w{n}" for n in range(size))])
    assert common_keys(words, table) == {"email", "per"}
