"""Fix safety: the one place that decides whether a fix a rule marks safe stays safe.

Safe means the edit cannot change meaning. A rule's `fix: safe` is a claim about the usual
case; here every fix is checked against the text around it, after the rules run and before
fixes are applied or reported, and is downgraded to unsafe when its edit (other than a
whitespace-only one) lies:

- in text of a language the rule's fixes are not known to be safe in (`fix_languages`,
  else `languages`: "nous nous" is French grammar, not a doubled word);
- inside a direct quotation or a block quote (Markdown `>`, HTML <blockquote> and <q>):
  quoted words are the speaker's, not the writer's;
- on a word followed by "[sic]" or "(sic)" (the error is kept on purpose);
- inside a URL, e-mail address, file path, template or slug-like token;
- on a word with a dialect apostrophe ("changin'") or respelt as speech without one
  ("somethin", "gettin": `kinds.spelling.dialect`);
- on a capitalised word whose letters it changes (it may be a name: "Mapp");
- on a word the text uses three times or more, spelled so every time, and never as the fix
  would spell it: a consistent spelling is likely a term ("transferrin", a protein).

Whitespace-only edits (a double space) always stay safe; punctuation-only edits are safe
outside quotations, URL-like tokens and [sic].
"""

from __future__ import annotations

import re
from dataclasses import replace

from newslint.document import segment
from newslint.document.model import Document
from newslint.document.segment import Span
from newslint.findings import Edit, Finding
from newslint.kinds.spelling.dialect import dialect_form

SIC = re.compile(r"\s*[\[(]\s*sic\s*[\])]", re.IGNORECASE)
LINK_LIKE = re.compile(
    r"/|\\|://|www\.|@|\{\{|\{%|%\}|\}\}|_"
    r"|\.(?:html?|md|markdown|php|aspx?|jsp|js|ts|py|rb|txt|pdf|png|jpe?g|gif|svg|xml"
    r"|json|ya?ml|css|csv|zip)\b",
    re.IGNORECASE,
)
SLUG = re.compile(r"(?=[a-z0-9-]*\d)[a-z0-9]+(?:-[a-z0-9]+)+")
DIALECT = re.compile(r"in['’]", re.IGNORECASE)
NOT_WORD = re.compile(r"[\W_]+")
TERM_USES = 3


def downgrade(doc: Document, findings: list[Finding], fix_languages=None) -> None:
    """Mark unsafe, in place, each safe fix with an edit that may change meaning.
    `fix_languages`: rule id -> the languages its safe fixes are safe in (absent: all)."""
    fix_languages = fix_languages or {}
    for finding in findings:
        fix = finding.fix
        languages = fix_languages.get(finding.rule, ())
        if fix is not None and fix.safe and any(_risky(doc, edit, languages) for edit in fix.edits):
            finding.fix = replace(fix, safe=False)


def _risky(doc: Document, edit: Edit, languages=()) -> bool:
    text = doc.text
    before, after = text[edit.start : edit.end], edit.content
    if "".join(before.split()) == "".join(after.split()):
        return False  # whitespace only
    if languages and doc.language_at(edit.start) not in languages:
        return True
    if _in_quotation(doc, edit) or _link_like(text, edit.start, edit.end):
        return True
    words = _touched(doc, edit)
    end = max([edit.end] + [word.end for word in words])
    if SIC.match(text, end) or SIC.match(text, edit.end):
        return True
    if any(DIALECT.match(text, word.end - 2) for word in _touched(doc, edit, at_end=True)):
        return True
    if any(dialect_form(word.text.casefold()) for word in words):
        return True  # "somethin" may be speech written so
    if NOT_WORD.sub("", before) == NOT_WORD.sub("", after):
        return False  # punctuation only: the letters stay as they were
    return any(word.text[:1].isupper() for word in words) or _a_term(doc, words, after)


def _a_term(doc: Document, words, after: str) -> bool:
    """Whether the one word the edit respells is used at least `TERM_USES` times and its
    respelling never: a consistent spelling is likely a term ("transferrin", a protein,
    is no slip for "transferring")."""
    if len(words) != 1 or not after.strip():
        return False
    counts = doc.word_counts
    respelled = words[0].text.casefold()
    return counts.get(respelled, 0) >= TERM_USES and not counts.get(after.strip().casefold())


def _in_quotation(doc: Document, edit: Edit) -> bool:
    """Whether the edit overlaps a quotation or block quote (an insertion: falls strictly
    inside one)."""
    return not segment.outside(doc.quotations, edit.start, edit.end)


def _touched(doc: Document, edit: Edit, at_end: bool = False):
    """The word tokens the edit changes: those it overlaps, or that an insertion falls
    inside; with `at_end`, also a word the edit ends (a dialect apostrophe follows it)."""
    start, end = edit.start, edit.end
    return [
        token
        for token in doc.tokens_in(Span(max(0, start - 100), end + 1))
        if (token.start < end and start < token.end)
        or (start == end and token.start < start < token.end)
        or (at_end and token.end == end)
    ]


def _link_like(text: str, start: int, end: int) -> bool:
    """Whether the whitespace-delimited token(s) around the span look like a URL, e-mail,
    path, template or slug."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    token = text[start:end].strip("()[]<>\"'“”‘’.,;:!?")
    return bool(LINK_LIKE.search(token) or SLUG.search(token))
