"""Hypothesis strategies for hostile article text, in each input format.

Text is built from pieces: arbitrary Unicode (no surrogates: a file cannot hold one; they
come in escaped, as JSON's "\\ud800"), the awkward characters news text meets (combining
marks, emoji with joiners, right-to-left text and marks, control characters, NUL), every
line-ending convention, and fragments that make the built-in rules fire and fix, so the
fix and suppression properties have findings to work on.
"""

from __future__ import annotations

import random

from hypothesis import strategies as st

# Code points of every category except surrogates (Cs), which no decoded file contains.
ANY_CHARACTER = st.characters(blacklist_categories=("Cs",))

AWKWARD = [
    "e\u0301",  # combining acute
    "\u0915\u094d\u0937",  # Devanagari conjunct
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",  # emoji joined by ZWJ
    "\U0001f1fa\U0001f1e6",  # flag: regional indicators
    "\u05e9\u05dc\u05d5\u05dd",  # Hebrew
    "\u0645\u0631\u062d\u0628\u0627",  # Arabic
    "\u202e",  # right-to-left override
    "\u200f",  # right-to-left mark
    "\ufeff",  # BOM inside the text
    "\u00a0",  # no-break space
    "\u2028",  # line separator
    "\x00",
    "\x0b",
    "\x0c",
    "\x1b[31m",
    "\t",
    "\r",
    "\n",
    "\r\n",
    "\n\n",
    "\r\n\r\n",
    "ß",
    "İ",
    "ﬁ",
]

# Words and phrases the built-in rules report (several with fixes).
TRIGGERS = [
    "the the",
    "alot",
    "could of",
    "goverment",
    "Share this article",
    "Facebook | Twitter | Email",
    "Click here",
    "reportedly",
    "critics argue",
    '"Quoted words," she said.',
    '"Mismatched quote,” he said',
    "(unclosed bracket",
    "closed)",
    "two  spaces",
    "per cent",
    "percent",
    "Okafor",
    "Okaffor",
    "Kazakhstan",
    "Kazkahstan",
    "Привет мир",
    "Подпишись на почтовую рассылку",
    "197 Shares",
    "TK",
    "Mr.",
    "U.S.",
    "e.g.",
    "...",
    "\u2026",
    "?!",
    "'",
    '"',
    "\u201c",
    "\u201d",
    "-",
    "\u2014",
    "1.",
    "* ",
    "<!-- newslint-disable -->",
    "<!-- newslint-enable -->",
    "<!-- newslint-disable-next-line style.doubled-word -->",
]

LINE_WORDS = ["The", "council", "voted", "on", "Tuesday", "to", "build", "a", "barrier", "said"]
WORDS = st.sampled_from(LINE_WORDS)

PIECE = st.one_of(
    st.text(ANY_CHARACTER, max_size=12),
    st.sampled_from(AWKWARD),
    st.sampled_from(TRIGGERS),
    WORDS,
    st.just(" "),
    st.just(". "),
)


def joined(pieces, max_size: int = 60):
    return st.lists(pieces, max_size=max_size).map("".join)


plain_text = st.one_of(
    joined(PIECE),
    # A very long line (no newline at all), so that sentences and tokens run long.
    st.tuples(st.integers(0, 2**32), st.integers(200, 3000), st.sampled_from(["", ".", "\n"])).map(
        lambda t: long_line(*t)
    ),
)


def long_line(seed: int, words: int, end: str) -> str:
    """`words` words and trigger phrases, pseudo-random from `seed`, on one line."""
    choose = random.Random(seed).choice
    vocabulary = [*LINE_WORDS, *(t for t in TRIGGERS if "\n" not in t)]
    return " ".join(choose(vocabulary) for _ in range(words)) + end


MARKDOWN = [
    "*",
    "**",
    "_",
    "`",
    "```\n",
    "~~~",
    "    ",
    "# ",
    "## ",
    "> ",
    "- ",
    "1. ",
    "| a | b |\n|---|---|\n| c | d |\n",
    "[link](http://example.com/x)",
    "![alt text](img.png)",
    "<http://example.com>",
    "https://example.com/a_b",
    "&amp;",
    "&#x27;",
    "&#0;",
    "&nosuch;",
    "\\*",
    "\\",
    "  \n",
    "<div>",
    "</div>",
    "<!-- comment -->",
    "<!--",
    "---\n",
    "+++\n",
    "title: ",
    "[ref]: http://example.com\n",
    "[ref]",
]

markdown_text = st.one_of(
    joined(st.one_of(PIECE, st.sampled_from(MARKDOWN))),
    # Front matter (YAML or TOML) with a prose field, sometimes never closed.
    st.tuples(
        st.sampled_from([("---\n", "title: ", "\n---\n"), ("+++\n", "title = ", "\n+++\n")]),
        st.sampled_from(["", "'", '"']),
        joined(st.one_of(WORDS, st.sampled_from(TRIGGERS), st.just(" ")), 12),
        st.booleans(),
        joined(st.one_of(PIECE, st.sampled_from(MARKDOWN))),
    ).map(lambda t: t[0][0] + t[0][1] + t[1] + t[2] + t[1] + (t[0][2] if t[3] else "\n") + t[4]),
)

HTML = [
    "<p>",
    "</p>",
    "<h1>",
    "</h1>",
    "<article>",
    "</article>",
    "<main>",
    "<nav>",
    "</nav>",
    "<aside>",
    "<footer>",
    "<ul><li>",
    "</li><li>",
    "</li></ul>",
    "<div class='share'>",
    "</div>",
    "<br>",
    "<br/>",
    "<img alt='a picture'>",
    "<img alt=",
    "<script>var x = 1;</script>",
    "<script>",
    "<style>p {}</style>",
    "<pre>code</pre>",
    "<code>",
    "<em>",
    "</em>",
    "<a href='x'>",
    "</a>",
    "&amp;",
    "&lt;",
    "&nbsp;",
    "&#8220;",
    "&#x201D;",
    "&#0;",
    "&#xD800;",
    "&#1114112;",
    "&bogus;",
    "&",
    "<",
    ">",
    "<!-- c -->",
    "<!--",
    "<!DOCTYPE html>",
    "<![CDATA[x]]>",
    "<?php ?>",
    "<table><tr><td>",
    "</td><td>",
    "</td></tr></table>",
    "<figcaption>",
    "<blockquote>",
]

html_text = joined(st.one_of(PIECE, st.sampled_from(HTML)), 60)


def _json_string(text: str, surrogate: bool) -> str:
    """`text` as a JSON string literal; with `surrogate`, a lone surrogate escape inside."""
    import json

    literal = json.dumps(text, ensure_ascii=False)
    return literal[:-1] + "\\ud800" + literal[-1] if surrogate else literal


jsonl_record = st.tuples(plain_text, st.booleans(), st.integers(0, 99)).map(
    lambda t: '{"id": "%d", "text": %s}' % (t[2], _json_string(t[0], t[1]))
)
jsonl_text = st.lists(
    st.one_of(jsonl_record, st.sampled_from(["", "not json", "[1, 2]", '{"id": 3}'])),
    min_size=1,
    max_size=5,
).map(lambda lines: "\n".join(lines) + "\n")
