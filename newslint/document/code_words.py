"""The words of a document's code: Markdown code spans and blocks, HTML <code>, <pre>,
<kbd> and <samp>. A technical post names its own terms there (`rustc`, `serde::Deserialize`,
`wasm_bindgen`), and a prose word the code uses is the document's term, not a typo.

Identifiers are split where code joins words: at `_`, digits and every character that is not
a letter (`.`, `::`, `/`, `-`), and at camelCase boundaries ("XMLHttpRequest" -> xml, http,
request); each identifier's letters are also kept whole ("borrowck", "xargo")."""

from __future__ import annotations

import regex

IDENTIFIER = regex.compile(r"[\p{L}\p{M}\p{N}_]+")
LETTERS = regex.compile(r"[\p{L}\p{M}]+")
# camelCase parts: "HTTPServer" -> HTTP, Server; "parseURL" -> parse, URL.
CAMEL_PART = regex.compile(r"\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?[\p{Ll}\p{M}]+|\p{Lu}+|[\p{L}\p{M}]+")


def code_words(texts) -> frozenset[str]:
    """The case-folded words of these pieces of code."""
    words: set[str] = set()
    for text in texts:
        for identifier in set(IDENTIFIER.findall(text)):
            for run in LETTERS.findall(identifier):
                words.add(run.casefold())
                words.update(part.casefold() for part in CAMEL_PART.findall(run))
    return frozenset(words)
