"""brackets: a bracket with no partner in its unit ("the group (known locally as ...
claimed it").

`pairs` lists the kinds of bracket, each as its opening and closing characters ("()"); a
kind may hold several pairs that close each other ("()（）": a parenthesis opened in ASCII and
closed full-width is a matter of typing, not a lost aside). Brackets nest to any depth.
`not_brackets` are regexes for text whose bracket characters are no brackets at all (a
frown, ":("); `optional_closers` are regexes for closing characters that may be something
else (a list marker "1)", a smiley ":)"): they close a bracket that nothing else closes, and
are never reported themselves.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from newslint.document.segment import char_offsets
from newslint.kinds.base import Field, FieldValueError, Kind, compiled
from newslint.kinds.literals import prefilter
from newslint.kinds.regex_search import compile_regex, search


class Brackets(Kind):
    """Reports an opening bracket that is never closed, and a closing one that was never
    opened, in each unit (by default, each paragraph)."""

    name = "brackets"
    fields = {
        "pairs": Field(
            "str-list",
            ["()"],
            doc='Kinds of bracket, each its opening and closing characters in pairs ("()"); '
            'pairs written together close each other ("()（）").',
        ),
        "not_brackets": Field(
            "str-list",
            [],
            doc='Regexes for text whose bracket characters are no brackets (a frown: ":(").',
        ),
        "optional_closers": Field(
            "str-list",
            [],
            doc='Regexes for closing characters that may be something else (a list marker "1)", '
            'a smiley ":)"): they close only what nothing else closes, and are never reported.',
        ),
    }
    default_scope = "paragraph"

    def __init__(self, options):
        self.kind_of: dict[str, tuple[int, bool]] = {}  # character -> (kind, opens)
        for kind, chars in enumerate(options["pairs"]):
            if not chars or len(chars) % 2:
                raise FieldValueError("pairs", f"write each pair as two characters: {chars!r}")
            for index, char in enumerate(chars):
                self.kind_of[char] = (kind, index % 2 == 0)
        self.not_brackets = compiled("not_brackets", lambda: _patterns(options["not_brackets"]))
        self.optional = compiled("optional_closers", lambda: _patterns(options["optional_closers"]))

    def check(self, rule, doc, units):
        text = doc.text
        # A unit is walked through its brackets, not character by character.
        every = char_offsets(text, 0, len(text), list(self.kind_of))
        if not every:
            return
        found: list[list[int]] = []  # per unit, its unpartnered brackets
        for unit in units:
            brackets = every[bisect_left(every, unit.start) : bisect_left(every, unit.end)]
            if not brackets:
                found.append([])
                continue
            ignored = self._offsets(self.not_brackets, doc, unit)
            optional = self._offsets(self.optional, doc, unit) - ignored
            found.append(self._unpartnered(text, brackets, ignored, optional))
        self._partner_across_breaks(text, found)
        for offsets in found:
            for offset in offsets:
                yield rule.finding(offset, offset + 1, text)

    def _partner_across_breaks(self, text: str, found: list[list[int]]) -> None:
        """An aside that a break cuts in two ("School (Part of" ⏎ "Union 61 District)", a
        footnote put inside one) is one: a bracket left open at the end of a unit partners
        the first one left unclosed in the next `BREAK_SPAN` units of the same kind."""
        for index, offsets in enumerate(found):
            while offsets and self.kind_of[text[offsets[-1]]][1]:  # still open at the end
                kind = self.kind_of[text[offsets[-1]]][0]
                later = found[index + 1 : index + 1 + BREAK_SPAN]
                closer = next(
                    (
                        (other, offset)
                        for other in later
                        for offset in other[:1]
                        if self.kind_of[text[offset]] == (kind, False)
                    ),
                    None,
                )
                if closer is None:
                    break
                offsets.pop()
                closer[0].remove(closer[1])

    def _offsets(self, patterns, doc, unit) -> set[int]:
        """Where the patterns' matches hold a bracket character."""
        text, folded = doc.text, doc.folded_text[unit.start : unit.end]
        return {
            offset
            for pattern, needed in patterns
            if needed is None or any(string in folded for string in needed)
            for found in search(pattern, text, [unit])
            for offset in range(found.start(), found.end())
            if text[offset] in self.kind_of
        }

    def _unpartnered(self, text, brackets: list[int], ignored, optional) -> list[int]:
        """Of the unit's bracket characters (offsets in order), those with no partner."""
        open_: list[tuple[int, int]] = []  # (offset, kind), innermost last
        unpartnered = []
        maybe_closing = []
        for offset in brackets:
            if offset in ignored:
                continue
            kind, opens = self.kind_of[text[offset]]
            if opens:
                open_.append((offset, kind))
            elif offset in optional:
                maybe_closing.append((offset, kind))
            elif not _close(open_, kind, before=offset):
                unpartnered.append(offset)
        # A list marker or smiley closes what is still open before it, and nothing else.
        for offset, kind in maybe_closing:
            _close(open_, kind, before=offset)
        return sorted(unpartnered + [offset for offset, _ in open_])


def _patterns(sources: list[str]) -> list[tuple[regex.Pattern, list[str] | None]]:
    """Each pattern compiled, with the strings one of which its every match holds, folded
    (`literals.prefilter`; None: not known): a unit holding none is not searched (a line
    with an HTML comment's marks is rare, and its pattern slow)."""
    return [(compile_regex(source), prefilter(source)[0]) for source in sources]


# How many units after the one a bracket is left open in may hold its partner.
BREAK_SPAN = 2


def _close(open_: list[tuple[int, int]], kind: int, before: int) -> bool:
    """Close the innermost open bracket of this kind opened before `before`, if any."""
    for index in range(len(open_) - 1, -1, -1):
        if open_[index][1] == kind and open_[index][0] < before:
            del open_[index]
            return True
    return False
