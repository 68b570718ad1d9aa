"""A document's parts, made when a rule first asks for them, are timed as they are made."""

from __future__ import annotations

from newslint.document import parts
from newslint.document.model import Document
from newslint.document.parts import part


class Story(Document):
    @part
    def outer(self) -> int:
        return self.inner + 1

    @part
    def inner(self) -> int:
        return 1


def fake_clock(monkeypatch, *times: float) -> None:
    ticks = iter(times)
    monkeypatch.setattr(parts, "perf_counter", lambda: next(ticks))


def test_a_part_is_timed_when_made_and_then_read_for_free(monkeypatch):
    doc = Story("One vote.")
    fake_clock(monkeypatch, 2.0, 2.5)
    assert doc.inner == 1 and doc.part_seconds == 0.5
    assert doc.inner == 1 and doc.part_seconds == 0.5  # no clock read: the fake has no ticks


def test_a_part_made_while_another_is_made_counts_once(monkeypatch):
    doc = Story("One vote.")
    # the outer part starts at 1, the inner one at 2 (its end is the outer one's), the
    # outer one ends at 4
    fake_clock(monkeypatch, 1.0, 2.0, 4.0)
    assert doc.outer == 2 and doc.part_seconds == 3.0


def test_a_derived_structure_is_timed_as_a_part(monkeypatch):
    doc = Story("One vote.")
    fake_clock(monkeypatch, 1.0, 2.0, 2.25)
    assert doc.derived(lambda d: d.inner + 2) == 3 and doc.part_seconds == 1.25
