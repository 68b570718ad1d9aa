"""A rule's bad examples and the spans they pin.

A bad example is a string in which each span the rule must report is wrapped in
`<marker>...</marker>`, or a mapping `{text, message, suggestion}` whose `text` is such a
string and whose `message` and `suggestion` (both optional) are what every finding in it must
say. The markers are removed before the example is read; the spans are offsets into the text
without them (for Markdown and HTML examples, into the source, markup included).

A plain string without markers is allowed for compatibility (rules in user packs written
before markers): then any finding of the rule in it passes. Every built-in rule pins its bad
examples (a test checks it). A mapping must mark its spans.
"""

from __future__ import annotations

from dataclasses import dataclass

OPEN = "<marker>"
CLOSE = "</marker>"
BAD_FIELDS = ("text", "message", "suggestion")


class MarkerError(ValueError):
    """A marker that does not pair up; `offset` is where it stands in the marked text."""

    def __init__(self, message: str, text: str, offset: int):
        line, column = line_column(text, offset)
        super().__init__(f"{message} at {line}:{column} of the example")
        self.offset = offset


@dataclass(frozen=True)
class BadExample:
    marked: str  # as written, markers included
    text: str  # markers removed: what the rule reads
    spans: tuple[tuple[int, int], ...]  # offsets into `text`; empty when nothing is marked
    message: str | None = None
    suggestion: str | None = None

    @property
    def pinned(self) -> bool:
        return bool(self.spans)

    def shown(self, left: str = "⟦", right: str = "⟧") -> str:
        """The text with each marked span between `left` and `right`."""
        return self.marked.replace(OPEN, left).replace(CLOSE, right)


def unmark(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The text without markers and the marked spans. MarkerError for a marker that is not
    closed, a closing marker with no opening one, or a marker inside another."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0  # of the unmarked text so far
    opened: int | None = None  # offset in `marked` of the open marker
    start = 0  # of the open span, in the unmarked text
    index = 0
    while True:
        next_open = marked.find(OPEN, index)
        next_close = marked.find(CLOSE, index)
        candidates = [i for i in (next_open, next_close) if i >= 0]
        if not candidates:
            break
        at = min(candidates)
        parts.append(marked[index:at])
        length += at - index
        if at == next_open:
            if opened is not None:
                raise MarkerError(f"{OPEN} inside another {OPEN}", marked, at)
            opened, start = at, length
            index = at + len(OPEN)
        else:
            if opened is None:
                raise MarkerError(f"{CLOSE} with no {OPEN} before it", marked, at)
            spans.append((start, length))
            opened = None
            index = at + len(CLOSE)
    if opened is not None:
        raise MarkerError(f"{OPEN} not closed", marked, opened)
    parts.append(marked[index:])
    return "".join(parts), tuple(spans)


def bad_example(item: str | dict) -> BadExample:
    """A bad example as loaded (a string or a mapping) with its markers read."""
    if isinstance(item, str):
        text, spans = unmark(item)
        return BadExample(item, text, spans)
    text, spans = unmark(item["text"])
    return BadExample(item["text"], text, spans, item.get("message"), item.get("suggestion"))


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of an offset into `text`."""
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1
