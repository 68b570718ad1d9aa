"""A document's parts that are made when a rule first asks for them (its sentences, words,
languages; a rule family's blocks), timed as they are made: `--timings` charges them to the
document, not to whichever rule asked first."""

from __future__ import annotations

from functools import cached_property
from time import perf_counter


class part(cached_property):
    """A cached property of a Document whose making is timed (`made`)."""

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        # Called only while the value is not yet made: once made, it is in the instance's
        # dict, which Python reads first.
        return made(instance, lambda doc: super(part, self).__get__(doc, owner))


def made(doc, build):
    """`build(doc)`, its time added to `doc.part_seconds`; a part made while another is
    being made counts only in the outer one."""
    started = perf_counter()
    doc.parts_in_making += 1
    try:
        return build(doc)
    finally:
        doc.parts_in_making -= 1
        if not doc.parts_in_making:
            doc.part_seconds += perf_counter() - started
