"""newslint.kinds.spelling.word_memo: verdicts on words kept across documents."""

from __future__ import annotations

from newslint.kinds.spelling.word_memo import WordSorter


def sorter(limit: int = 100):
    asked: list[str] = []

    def verdict(word: str) -> int:
        asked.append(word)
        return len(word)

    return WordSorter(lambda word: word.startswith("the"), verdict, limit), asked


def test_the_rest_with_their_verdicts():
    words, _ = sorter()
    assert words.rest(frozenset({"the", "then", "vote", "ballot"})) == {"vote": 4, "ballot": 6}
    assert words.rest(frozenset()) == {}


def test_each_word_is_decided_once_across_texts():
    words, asked = sorter()
    words.rest(frozenset({"the", "vote", "ballot"}))
    assert words.rest(frozenset({"vote", "poll", "the"})) == {"vote": 4, "poll": 4}
    assert sorted(asked) == ["ballot", "poll", "vote"]
    assert len(words) == 4  # "the" is remembered as ordinary


def test_it_is_bounded_and_still_right_when_emptied():
    words, asked = sorter(limit=3)
    assert words.rest(frozenset({"vote", "poll"})) == {"vote": 4, "poll": 4}
    # Two more words would make four: it starts again with this text's words.
    assert words.rest(frozenset({"vote", "count", "seat"})) == {"vote": 4, "count": 5, "seat": 4}
    assert len(words) == 3
    assert asked.count("vote") == 2


def test_a_start_again_by_another_check_leaves_this_ones_answer_whole():
    calls = []

    def verdict(word: str) -> int:
        calls.append(word)
        if len(calls) == 2:  # meanwhile another check (a server's thread) fills it up
            assert words.rest(frozenset({"w1", "w2", "w3", "w4"})) == dict.fromkeys(
                ("w1", "w2", "w3", "w4"), 2
            )
        return len(word)

    words = WordSorter(lambda word: False, verdict, limit=4)
    assert words.rest(frozenset({"vote", "poll", "seat"})) == {"vote": 4, "poll": 4, "seat": 4}


def test_words_a_table_knows_at_once_are_ordinary_without_a_question():
    asked: list[str] = []

    def ordinary(word: str) -> bool:
        asked.append(word)
        return word.startswith("the")

    words = WordSorter(ordinary, len, known=lambda new: {w for w in new if w.startswith("v")})
    assert words.rest(frozenset({"the", "vote", "ballot"})) == {"ballot": 6}
    assert words.rest(frozenset({"vote", "poll"})) == {"poll": 4}
    assert sorted(asked) == ["ballot", "poll", "the"]
    assert len(words) == 4
