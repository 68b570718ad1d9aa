"""Where a run's time goes (`newslint check --timings`): seconds per stage (rules loaded,
dataset lines counted, read, document, document parts, suppression and deferral, result
cache, report) and per rule, summed over the documents and over worker processes. A
document's parts (its sentences, words, languages: `document.parts`) are made when a rule
first asks for them, and are charged to their own stage, not to that rule. Plain data: a
worker hands its timings back with each outcome, and the command adds them up."""

from __future__ import annotations

import time
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Iterator

# The stages, in the order a document goes through them.
LOAD, COUNT, READ, DOCUMENT, PARTS, AFTER_RULES, CACHE, REPORT = (
    "rules loaded",
    "dataset lines counted",
    "read",
    "document",
    "document parts",
    "suppression and deferral",
    "result cache",
    "report",
)


@dataclass
class Timings:
    stages: dict[str, float] = field(default_factory=dict)  # stage -> seconds
    rules: dict[str, float] = field(default_factory=dict)  # rule id -> seconds
    checked: int = 0  # inputs checked (rules run), not answered from the result cache
    cached: int = 0  # inputs answered from the result cache: no rule time

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            _add(self.stages, name, time.perf_counter() - started)

    def rule(self, rule_id: str, seconds: float, parts: float = 0.0) -> None:
        """A rule's time, of which `parts` went to making the document's parts."""
        _add(self.rules, rule_id, seconds - parts)
        if parts:
            _add(self.stages, PARTS, parts)

    def add(self, other: "Timings") -> None:
        for name, seconds in other.stages.items():
            _add(self.stages, name, seconds)
        for rule_id, seconds in other.rules.items():
            _add(self.rules, rule_id, seconds)
        self.checked += other.checked
        self.cached += other.cached


def stage(timings: Timings | None, name: str) -> AbstractContextManager:
    """Times a stage into `timings`; does nothing when the run did not ask for timings."""
    return timings.stage(name) if timings is not None else nullcontext()


def _add(table: dict[str, float], key: str, seconds: float) -> None:
    table[key] = table.get(key, 0.0) + seconds
