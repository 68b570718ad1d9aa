"""Lower-case words in a name's place are handles, not slips: the whole text of a link
("[aliu](https://github.com/aliu)"), a word after a credit ("by aliu", "thanks to centril")
that a name's neighbours follow (a comma, "and", a bracket, the end), a word that a reporting
verb follows at a sentence start or after "as" ("oli wrote"), a name whose handle follows it in
brackets at the end of its item ("cui fliter (cuishuang)"), and an item of a comma list of
other handles ("centril, secona and ijackson")."""

from __future__ import annotations

import regex

from newslint.disk_cache import compiled_regex
from newslint.document.segment import outside

# The words after which a name is credited ("by aliu", a header's "From: chrish"), and a dash
# before an item's owner ("— centril").
CREDIT_BEFORE = compiled_regex(
    r"(?:\bby|\bfrom|\bthanks?\s+to|\bcc|\bvia|\bthanks|[—–]):?\s+$", regex.I
)
# What follows a credited name: punctuation, a bracket, "and" / "or", "for", a subject's
# verb, the end of the line.
NAME_AFTER = compiled_regex(r"\s*(?:$|[,.;:!?)(\]]|\n|(?:and|or|&|for|was|is|has|had)\b)")
# A verb that reports what a person did ("ijackson proposed ...", "as oli wrote").
REPORTING_AFTER = compiled_regex(
    r" (?:said|says|wrote|writes|proposed|posted|suggested|noted|commented|opened|merged|"
    r"asked|replied|pointed|reported|filed|landed|fixed|implemented)\b"
)
# A handle in brackets closing a credit item: "cui fliter (cuishuang)".
HANDLE_IN_BRACKETS = compiled_regex(r"\s*\(@?[\w.-]+\)[ \t]*(?:$|\n|[,;])")
SUBJECT_BEFORE = compiled_regex(r"(?:^|[,(]\s*|\b(?:as|and)\s+)$", regex.I)
# A comma list's neighbouring item (", bob," / "and bob").
ITEM_BEFORE = compiled_regex(r"([\w.-]+)(?:,\s*|,?\s+and\s+)$")
ITEM_AFTER = compiled_regex(r"(?:,\s*|,?\s+and\s+)([\w.-]+)")


def in_handle_position(doc, start: int, end: int, unknown) -> bool:
    """Whether the lower-case word at text[start:end] stands where a handle stands;
    `unknown(word)` tells whether a neighbouring list item is an unknown word too."""
    text = doc.text
    links = doc.merged("link")
    if links and not outside(links, start, end):
        link = next(s for s in links if s.start < end and start < s.end)
        if text[link.start : link.end].strip(" []") == text[start:end]:
            return True  # the whole text of a link: a handle or a crate
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if CREDIT_BEFORE.search(before) and NAME_AFTER.match(text, end):
        return True
    if HANDLE_IN_BRACKETS.match(text, end):
        return True
    if REPORTING_AFTER.match(text, end) and (
        start in doc.sentence_initial or SUBJECT_BEFORE.search(before)
    ):
        return True
    return _among_handles(text, start, end, unknown)


def _among_handles(text: str, start: int, end: int, unknown) -> bool:
    """An item of a comma list whose neighbouring items are all handles or names: unknown
    words, or tokens with digits, underscores or capitals ("KageKitsune13, thaed, Aerun")."""
    before = ITEM_BEFORE.search(text, max(0, start - 60), start)
    after = ITEM_AFTER.match(text, end)
    items = [m.group(1) for m in (before, after) if m]
    listed = "," in text[max(0, start - 60) : start] or (after and after.group().startswith(","))
    if not before or not listed or not NAME_AFTER.match(text, end):
        return False  # an item of a list with a comma: it starts and ends at the word
    return all(
        regex.search(r"[\d_A-Z]", item) or unknown(item.casefold().strip(".-")) for item in items
    )
