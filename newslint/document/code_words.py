"""The words of a document's code: Markdown code spans and blocks, HTML <code>, <pre>,
<kbd> and <samp>. A technical post names its own terms there (`rustc`, `serde::Deserialize`,
`wasm_bindgen`), and a prose word the code uses is the document's term, not a typo.

Identifiers are split where code joins words: at `_`, digits and every character that is not
a letter (`.`, `::`, `/`, `-`), and at camelCase boundaries ("XMLHttpRequest" -> xml, http,
request); each identifier's letters are also kept whole ("borrowck", "xargo").

A word is compared with them by its stem as well (`inflection_stem`): a post whose code
names `namespace` writes "namespaced", one that calls `triage` writes "triaging"."""

from __future__ import annotations

from newslint.disk_cache import compiled_regex

# Endings that inflect a word, longest first; a stem keeps at least STEM_MIN letters.
INFLECTIONS = ("ing", "ers", "er", "ors", "or", "ed", "es", "s", "d")
STEM_MIN = 4
IDENTIFIER = compiled_regex(r"[\p{L}\p{M}\p{N}_]+")
LETTERS = compiled_regex(r"[\p{L}\p{M}]+")
# camelCase parts: "HTTPServer" -> HTTP, Server; "parseURL" -> parse, URL.
CAMEL_PART = compiled_regex(r"\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?[\p{Ll}\p{M}]+|\p{Lu}+|[\p{L}\p{M}]+")


def code_words(texts) -> frozenset[str]:
    """The case-folded words of these pieces of code."""
    words: set[str] = set()
    for text in texts:
        for identifier in set(IDENTIFIER.findall(text)):
            for run in LETTERS.findall(identifier):
                words.add(run.casefold())
                words.update(part.casefold() for part in CAMEL_PART.findall(run))
    return frozenset(words)


def inflection_stem(word: str) -> str:
    """A (case-folded) word without one inflectional or agent ending and a final "e":
    "triaged", "triaging" and "triage" give "triag"; "builtins" gives "builtin";
    "implementor" and "implemented" give "implement"."""
    for ending in INFLECTIONS:
        if word.endswith(ending) and len(word) - len(ending) >= STEM_MIN:
            word = word[: -len(ending)]
            break
    return word[:-1] if word.endswith("e") and len(word) > STEM_MIN else word


def code_stems(doc) -> frozenset[str]:
    """The stems of a document's code words (for `Document.derived`)."""
    return frozenset(map(inflection_stem, doc.code_words))
