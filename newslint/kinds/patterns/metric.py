"""metric: a readability score or a formula over counts, against a condition.

Words, sentences, syllables and the two Flesch scores come from the document model
(`readability` beside this module); the other scores are textstat's, imported only when a
rule names one.

`formula` is an arithmetic expression over the names in VARIABLES (e.g. `flesch_kincaid_grade`
or `words / sentences`); it is parsed into a tree of allowed operations, never evaluated as
code. `condition` is a comparison such as "> 14". Units with fewer than `min_words` words are
skipped: scores on a few words are noise.
"""

from __future__ import annotations

import ast
import operator
from bisect import bisect_left
from collections.abc import Callable
from operator import attrgetter

from newslint.disk_cache import compiled_regex
from newslint.kinds.base import Field, FieldValueError, Kind
from newslint.kinds.patterns import readability

FLESCH = {
    "flesch_reading_ease": readability.flesch_reading_ease,
    "flesch_kincaid_grade": readability.flesch_kincaid_grade,
}

TEXTSTAT_SCORES = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_readability_score",
    "linsear_write_formula",
    "difficult_words",
)
COUNTS = ("words", "sentences", "paragraphs", "characters", "syllables")
VARIABLES = COUNTS + TEXTSTAT_SCORES
OPERATORS: dict[type[ast.operator | ast.unaryop], Callable[..., float]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.USub: operator.neg,
    ast.UAdd: operator.pos,
}
COMPARISONS = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "==": operator.eq,
    "!=": operator.ne,
}
CONDITION = compiled_regex(r"\s*(<=|>=|==|!=|<|>)\s*(-?\d+(?:\.\d+)?)\s*")


class _Score(float):
    """A score shows one decimal in a message ("{score}"), or as the message's format says
    ("{score:.2f}")."""

    def __format__(self, spec: str) -> str:
        return format(float(self), spec or ".1f")


class Metric(Kind):
    """Computes a readability score or a formula over counts for each scope unit and
    reports the units whose value meets a condition."""

    name = "metric"
    fields = {
        "formula": Field(
            "str",
            required=True,
            doc="Arithmetic (+ - * / and parentheses) over "
            + ", ".join(f"`{name}`" for name in VARIABLES)
            + "; parsed, never run as code.",
        ),
        "condition": Field(
            "str",
            required=True,
            doc="The comparison that makes a unit reported, such as `> 14` (<, <=, >, >=, ==, !=).",
        ),
        "min_words": Field(
            "int",
            0,
            doc="Skip units with fewer words than this (scores on a few words are noise); "
            "units without words are always skipped.",
        ),
    }
    vale_args = ("score",)
    placeholders = {"score": _Score(1.0), "condition": "> 1"}

    def __init__(self, options):
        try:
            self.formula = ast.parse(options["formula"], mode="eval").body
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            raise FieldValueError(
                "formula", f"not an arithmetic expression: {options['formula']!r}"
            ) from None
        _check_tree(self.formula)
        condition = CONDITION.fullmatch(options["condition"])
        if not condition:
            raise FieldValueError(
                "condition", f"expected a comparison such as '> 14', got {options['condition']!r}"
            )
        self.compare = COMPARISONS[condition.group(1)]
        self.threshold = float(condition.group(2))
        self.condition = options["condition"].strip()
        self.min_words = options["min_words"]

    def check(self, rule, doc, units):
        for unit in units:
            words = len(doc.tokens_in(unit))
            if words == 0 or words < self.min_words:
                continue
            values = _Variables(doc, unit, words)
            try:
                score = _evaluate(self.formula, values)
            except ZeroDivisionError:
                continue
            if self.compare(score, self.threshold):
                start, end = unit
                if rule.scope == "document":
                    # A document-wide score has no span of its own: point where the text starts.
                    start = end = len(doc.text) - len(doc.text.lstrip())
                yield rule.finding(
                    start, end, doc.text, score=_Score(score), condition=self.condition
                )


MAX_DEPTH = 50  # of nested operations in a formula; evaluation recurses as deep


def _check_tree(node, depth: int = 0) -> None:
    """Refuse anything but numbers, known names and + - * / (nested at most MAX_DEPTH)."""
    if depth > MAX_DEPTH:
        raise FieldValueError("formula", f"formula nested more than {MAX_DEPTH} operations deep")
    if (
        isinstance(node, ast.Constant)
        and isinstance(node.value, (int, float))
        and not isinstance(node.value, bool)
    ):
        return
    if isinstance(node, ast.Name):
        if node.id not in VARIABLES:
            raise FieldValueError(
                "formula", f"unknown name {node.id!r}; known: {', '.join(VARIABLES)}"
            )
        return
    if isinstance(node, ast.BinOp) and type(node.op) in OPERATORS:
        _check_tree(node.left, depth + 1)
        _check_tree(node.right, depth + 1)
        return
    if isinstance(node, ast.UnaryOp) and type(node.op) in OPERATORS:
        _check_tree(node.operand, depth + 1)
        return
    raise FieldValueError("formula", "only numbers, names, + - * / and parentheses are allowed")


def _evaluate(node, values) -> float:
    if isinstance(node, ast.Constant):
        assert isinstance(node.value, (int, float))  # _check_tree lets only numbers through
        return float(node.value)
    if isinstance(node, ast.Name):
        return float(values[node.id])
    if isinstance(node, ast.BinOp):
        return OPERATORS[type(node.op)](_evaluate(node.left, values), _evaluate(node.right, values))
    return OPERATORS[type(node.op)](_evaluate(node.operand, values))


class _Variables:
    """Values computed on first use."""

    def __init__(self, doc, unit, words: int):
        self.doc, self.unit, self.words = doc, unit, words
        self.text = doc.text[unit.start : unit.end]

    def __getitem__(self, name: str) -> float:
        if name == "words":
            return self.words
        if name == "characters":
            return len(self.text)
        if name == "sentences":
            # A unit with words has at least one sentence, even without sentence punctuation.
            return max(1, self._starting_inside(self.doc.sentences))
        if name == "paragraphs":
            return self._starting_inside(self.doc.paragraphs)
        if name == "syllables":
            return sum(readability.syllables(t.text) for t in self.doc.tokens_in(self.unit))
        if name in FLESCH:
            return FLESCH[name](self.words, self["sentences"], self["syllables"])
        import textstat  # slow to import: only when a rule needs it

        return getattr(textstat, name)(self.text)

    def _starting_inside(self, spans) -> int:
        """How many of the (ordered) spans start inside the unit: a binary search, since a
        sentence-scoped rule asks for every sentence of the document."""
        key = attrgetter("start")
        return bisect_left(spans, self.unit.end, key=key) - bisect_left(
            spans, self.unit.start, key=key
        )
