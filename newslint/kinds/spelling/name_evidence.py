"""Evidence in the text that a capitalised word is a name: how the document writes it
elsewhere, and the words around it. A capitalised first word of a sentence proves nothing by
its capital; "Tage Larsen said" and "Horan said" read as names, "Goverment officials" does
not. The spelling rules (unknown words, known misspellings) ask the same questions here."""

from __future__ import annotations

import regex

from newslint.kinds.spelling.names import fold, titles

# The word before a word on its line ("Gov." before "Mapp", "Tracy" before "Sefl").
WORD_BEFORE = regex.compile(r"(\w+)\.? $")
# A capitalised first word followed by one of these is the subject: likely a name
# ("Horan said ...", "Kenteris has ...").
SUBJECT_VERBS = (
    "said",
    "says",
    "told",
    "added",
    "has",
    "had",
    "is",
    "was",
    "will",
    "would",
    "could",
    "can",
    "did",
    "does",
    "and",
    "who",
    "also",
    "admitted",
    "insisted",
    "claimed",
    "denied",
    "won",
    "scored",
    "wrote",
)


def used_as_name(word: str, doc) -> bool:
    """The text writes the (case-folded) word capitalised and never in lower case."""
    return word in doc.capitalised_words and word not in doc.lower_case_words


def among_names(doc, start: int, end: int) -> bool:
    """The capitalised word at text[start:end] stands after a title ("Gov. Mapp") or another
    capitalised word ("Tracy Sefl"), or before one ("Mapp Jr"): part of a name."""
    before = WORD_BEFORE.search(doc.text, max(0, start - 40), start)
    if before:
        word, full_stop = before.group(1), before.group().endswith(". ")
        # "Monday. Goverment": a capitalised word that ends the sentence before is no name's.
        if fold(word) in titles() or (word[:1].isupper() and not full_stop):
            return True
    following = doc.token_after(end)
    return (
        following is not None
        and doc.text[end : following.start] == " "
        and following.text[:1].isupper()
    )


def after_a_person(doc, start: int, common, places) -> bool:
    """The capitalised word at `start` follows a title or a capitalised word that is neither
    a `common` word nor one of the `places` (names of places and organisations), such as a
    first name: "Brendan Miniter", "Gov. Mapp" -- a surname, whatever it looks like; not
    "Prime Miinster", "Florida Ztate"."""
    before = WORD_BEFORE.search(doc.text, max(0, start - 40), start)
    if not before:
        return False
    word = before.group(1)
    if fold(word) in titles():
        return True
    folded = word.casefold()
    return (
        not before.group().endswith(". ")
        and word.istitle()
        and not common(folded)
        and folded not in places
    )


def name_follows(doc, end: int, subject_verbs=SUBJECT_VERBS) -> bool:
    """The word ending at `end` is followed by another capitalised word ("Shami
    Chakrabarti") or by a verb ("Horan said"): a capitalised first word so placed reads as a
    name."""
    following = doc.token_after(end)
    if following is None or doc.text[end : following.start] != " ":
        return False
    word = following.text
    return word[:1].isupper() or word.casefold() in subject_verbs


def named(word: str, doc, start: int, end: int) -> bool:
    """The capitalised word at text[start:end] is used as a name: the text writes it so more
    than once and never in lower case, or it stands among names."""
    folded = word.casefold()
    return (doc.word_counts.get(folded, 0) > 1 and used_as_name(folded, doc)) or among_names(
        doc, start, end
    )


def initial_reads_as_name(word: str, doc, start: int, end: int, subject_verbs=SUBJECT_VERBS):
    """A capitalised first word of a sentence (text[start:end]) that the text uses as a
    name, or that a capitalised word or a subject's verb follows."""
    return named(word, doc, start, end) or name_follows(doc, end, subject_verbs)
