"""The first pass's counts: lines normalised, counted once per record and per source, in a
sketch that never counts a line fewer times than records hold it, whatever its width."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from newslint.document.line_counts import (
    DEPTH,
    LineCounts,
    line_key,
    memory_of,
    normalised,
    width_for,
)


def test_lines_are_compared_without_case_digits_punctuation_and_spaces():
    assert normalised("  Posted 12 hours ago | ") == "posted 0 hours ago"
    assert normalised("posted 3 HOURS ago!") == "posted 0 hours ago"
    assert normalised("• Read   the Valley—Courier") == "read the valley courier"
    assert normalised("---") == ""


def test_a_line_counts_once_per_record_and_per_source():
    counts = LineCounts(1024)
    counts.add_record("a.com", "Footer line here\nfooter line here.\nStory one")
    counts.add_record("a.com", "Footer line here\nStory two")
    counts.add_record("b.org", "Footer line here")
    a, b = counts.of_source("a.com"), counts.of_source("b.org")
    assert (a.records, b.records, counts.records("c.net")) == (2, 1, 0)
    assert (a.records_with("FOOTER LINE HERE"), b.records_with("Footer line here")) == (2, 1)
    assert (a.records_with("Story three"), a.records_with("--")) == (0, 0)


def test_a_tiny_sketch_over_counts_but_never_under_counts():
    rng = random.Random(7)
    counts, exact = LineCounts(1024), Counter()
    vocabulary = ["".join(rng.choices("abcdefghij", k=4)) for _ in range(3000)]
    for _ in range(400):  # about 3,000 distinct lines in 1,024 counters per row
        lines = {f"{rng.choice(vocabulary)} {rng.choice(('here', 'there'))}" for _ in range(10)}
        counts.add_record("site", "\n".join(lines))
        exact.update(lines)
    estimates = {line: counts.count(line_key("site", line)) for line in exact}
    assert all(estimates[line] >= n for line, n in exact.items())
    assert any(estimates[line] > n for line, n in exact.items())  # it is that small


def test_sketches_of_partitions_merge_into_the_counts_of_the_whole():
    left, right, whole = LineCounts(4096), LineCounts(4096), LineCounts(4096)
    for number in range(6):
        text = f"Story {'abcdef'[number]}\nThe Valley Courier is printed by Ridge Media"
        (left if number < 3 else right).add_record("site", text)
        whole.add_record("site", text)
    merged = left.merge(right).of_source("site")
    assert (
        merged.records,
        merged.records_with("the valley courier is printed by ridge media"),
    ) == (
        6,
        6,
    )
    assert merged.records_with("Story a") == whole.of_source("site").records_with("Story a") == 1
    with pytest.raises(ValueError, match="width 4096 and 1024"):
        left.merge(LineCounts(1024))


def test_the_width_follows_the_size_up_to_the_bound():
    assert width_for(0, 1 << 20) == 1024
    assert width_for(10_000_000, 1 << 20) == 1 << 20
    assert width_for(10_000_000, 5000) == 4096
    assert width_for(100_000, 1 << 20) == 8192
    assert memory_of(1 << 20) == DEPTH * 4 * (1 << 20) == 16 * 1024 * 1024
