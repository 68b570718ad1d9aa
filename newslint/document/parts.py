"""A document's parts that are made when a rule first asks for them (its sentences, words,
languages; a rule family's blocks), timed as they are made: `--timings` charges them to the
document, not to whichever rule asked first."""

from __future__ import annotations

from time import perf_counter
from typing import Any, Callable, Generic, TypeVar, overload

T = TypeVar("T")


class part(Generic[T]):
    """A cached property of a Document whose making is timed (`made`). Not a
    `functools.cached_property`, whose lock (Python 3.11) costs more than most parts take to
    look up: a part is made by the thread that checks its document."""

    def __init__(self, build: Callable[[Any], T]):
        self.build = build
        self.__doc__ = build.__doc__

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner=None) -> part[T]: ...

    @overload
    def __get__(self, instance: object, owner=None) -> T: ...

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        # Called only while the value is not yet made: once made, it is in the instance's
        # dict, which Python reads first.
        value = instance.__dict__[self.name] = made(instance, self.build)
        return value


def is_made(doc, name: str) -> bool:
    """Whether the document's part `name` is made (a rule asked for it): while it is not, a
    caller that needs little of it may take a cheaper way."""
    return name in doc.__dict__


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
