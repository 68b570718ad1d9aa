"""Evidence in the text that a capitalised word is a name: how the document writes it
elsewhere, and the words around it. A capitalised first word of a sentence proves nothing by
its capital; "Tage Larsen said" and "Horan said" read as names, "Goverment officials" does
not. The spelling rules (unknown words, known misspellings) ask the same questions here."""

from __future__ import annotations

import regex

from newslint.disk_cache import compiled_regex
from newslint.document.segment import LIST_MARKER, whole_word_starts
from newslint.kinds.spelling.names import fold, titles

# A path segment of a web address: "centril" of "https://github.com/centril".
URL = compiled_regex(r"https?://[^\s)\]>\"']+")
URL_SEGMENT = compiled_regex(r"(?<=/)[\p{L}]+(?=[/?#]|$)")
# The name part of an e-mail address ("mailto:Anonymouse@example.net"): a commenter's handle.
MAILBOX = compiled_regex(r"mailto:([\p{L}]+)@", regex.IGNORECASE)
# A comma and a given name or an initial after a surname: "Stoll, Mark", "Paulk, M."
SURNAME_FIRST = compiled_regex(r", (\p{Lu}\p{Ll}*)(?=[\s.,(]|$)")
# The word before a word on its line ("Gov." before "Mapp", "Tracy" before "Sefl"), searched
# for in the 40 characters before it. Searched backwards (`(?r)`): the match ends where the
# window does and takes the whole word before, the match a forward search finds after trying
# each position of the window (2 ms against 24 for the 3,000 searches of a BBC run).
WORD_BEFORE = compiled_regex(r"(?r)(\w+)\.? $")
# What may stand around a word that is all its line holds (a list item, emphasis, punctuation).
ITEM_TRIM = " \t*_.,:;"
# After the name heading a list's entry: a spaced dash or a colon, then a capitalised word.
ENTRY_SEPARATOR = compiled_regex(r"(?: [-\u2013\u2014]|:) +\p{Lu}")
# A line that is one handle or one capitalised word: an item of a list of people.
LONE_HANDLE_OR_NAME = compiled_regex(r"(?:@[\w.-]+|\p{Lu}[\p{L}\p{M}'’.-]*)")
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


def line_item(text: str, start: int, end: int) -> str:
    """The line of text[start:end], without a list marker and the emphasis and punctuation
    around it: the word itself when it is all its line holds ("- Tage")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return _item(text[line_start : len(text) if line_end == -1 else line_end])


def heads_an_entry(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] begins its line (after a list marker) and a dash
    or a colon follows it before a capitalised word: the name or handle heading an entry of
    a list ("Davantage - Unholy EP (Black Rain)", "Marlow: Head of News", "markey: New
    server")."""
    line_start = text.rfind("\n", 0, start) + 1
    marker = LIST_MARKER.match(text, line_start)
    if (marker.end() if marker else line_start) != start:
        return False
    return bool(ENTRY_SEPARATOR.match(text, end))


def _item(line: str) -> str:
    """A line without its list marker and the emphasis and punctuation around its text."""
    marker = LIST_MARKER.match(line)
    return line[marker.end() if marker else 0 :].strip(ITEM_TRIM)


def in_a_list_of_names(doc, start: int, end: int) -> bool:
    """The capitalised word at text[start:end] is all its line holds, and another line of its
    block (up to a blank line) is a lone handle or a lone name the text never writes in lower
    case: an item of a list of people ("- @lqd", "- Tage"), not a word."""
    text = doc.text
    if line_item(text, start, end) != text[start:end]:
        return False
    block_start = text.rfind("\n\n", 0, start) + 1
    block_end = text.find("\n\n", end)
    block = text[block_start : len(text) if block_end == -1 else block_end]
    for item in map(_item, block.split("\n")):
        if item == text[start:end] or not LONE_HANDLE_OR_NAME.fullmatch(item):
            continue
        if item.startswith("@") or used_as_name(item.casefold(), doc):
            return True
    return False


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


def after_a_person(doc, start: int, common, places, first_names=frozenset()) -> bool:
    """The capitalised word at `start` follows a title, a given name (`after_a_given_name`),
    or a capitalised word that is neither a `common` word nor one of the `places` (names of
    places and organisations): "Brendan Miniter", "Andrew Cann", "Gov. Mapp" -- a surname,
    whatever it looks like; not "Prime Miinster", "Florida Ztate"."""
    before = _word_before(doc, start)
    if before is None:
        return False
    word, in_sentence = before
    if fold(word) in titles() or _given_name(word, in_sentence, first_names):
        return True
    folded = word.casefold()
    return in_sentence and word.istitle() and not (common(folded) or folded in places)


def after_a_given_name(doc, start: int, first_names) -> bool:
    """The capitalised word at `start` follows an initial or one of the `first_names` in its
    sentence: a surname ("Mark C. Paulk", "Bill Paulk"), not a title's name ("Mr Oward")."""
    before = _word_before(doc, start)
    return before is not None and _given_name(*before, first_names)


def _word_before(doc, start: int) -> tuple[str, bool] | None:
    """The word before `start`, and whether it is in the same sentence (no full stop after
    it, bar an initial's)."""
    before = WORD_BEFORE.search(doc.text, max(0, start - 40), start)
    if not before:
        return None
    return before.group(1), not before.group().endswith(". ")


def _given_name(word: str, in_sentence: bool, first_names) -> bool:
    if len(word) == 1 and word.isupper():
        return True  # an initial: "Mark C. Paulk", "J. Smith"
    return in_sentence and word.istitle() and word.casefold() in first_names


def surname_first(doc, end: int, first_names) -> bool:
    """The capitalised word ending at `end` is followed by a comma and one of the
    `first_names` or an initial: a surname written first, as lists of authors write it
    ("Stoll, Mark (ed.)", "Paulk, M. C.")."""
    found = SURNAME_FIRST.match(doc.text, end)
    return bool(found) and (len(found.group(1)) == 1 or found.group(1).casefold() in first_names)


def name_follows(doc, end: int, subject_verbs=SUBJECT_VERBS, past_tense: bool = False) -> bool:
    """The word ending at `end` is followed by another capitalised word ("Shami
    Chakrabarti") or by a verb ("Horan said"), or, with `past_tense`, by a regular past
    tense ("Teor joined"): a capitalised first word so placed reads as a name."""
    following = doc.token_after(end)
    if following is None or doc.text[end : following.start] != " ":
        return False
    word = following.text
    return (
        word[:1].isupper()
        or word.casefold() in subject_verbs
        or (past_tense and word.islower() and len(word) > 4 and word.endswith("ed"))
    )


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


def same_company(doc, start: int, end: int, other: str, first_names=frozenset()) -> bool:
    """The capitalised word at text[start:end] has a neighbour that a mention of `other`
    (case-folded) has in the same place: a capitalised word before it (not a title) or after
    it ("Aln Milburn" beside "Alan Milburn", "Opjus Dei" beside "Opus Dei"). One person or
    body, its name misspelt once; two people with like names ("Horan", "Horgan") seldom
    share a first name, but often a title ("Mr"). A sentence's first word is a neighbour
    only when it is one of the `first_names` ("Alan Milburn said"; not "The Bank")."""
    mine = _neighbours(doc, start, end, first_names)
    return bool(mine) and any(mine & theirs for theirs in _mentions(doc, other, first_names))


def another_name_beside(
    doc, start: int, end: int, other: str, first_names=frozenset(), side: str = "before"
) -> bool:
    """The capitalised word at text[start:end] follows a capitalised word (not a title) that
    no mention of `other` (case-folded) follows, and a mention of `other` follows one of its
    own: two people ("Glenda Larke" beside "Arthur Clarke"). With `side` "after", the same
    for the capitalised word after it ("John Kulang Puot" beside "Chief Kulong Marial")."""
    mine = {n for n in _neighbours(doc, start, end, first_names) if n[0] == side}
    if not mine:
        return False
    theirs = {n for found in _mentions(doc, other, first_names) for n in found if n[0] == side}
    return bool(theirs) and not mine & theirs


def _mentions(doc, other: str, first_names):
    """The neighbours (`_neighbours`) of each whole-word mention of `other` (case-folded)."""
    for index in whole_word_starts(doc.folded_text, other):
        yield _neighbours(doc, index, index + len(other), first_names)


def _neighbours(doc, start: int, end: int, first_names) -> set[tuple[str, str]]:
    """The capitalised word right before text[start:end] in its sentence, and the one right
    after it, each marked with its side."""
    found = set()
    before = WORD_BEFORE.search(doc.text, max(0, start - 40), start)
    if before and not before.group().endswith(". "):
        word = before.group(1)
        folded = fold(word)
        # Not a title ("Mr Horan", "Mr Horgan": two men), nor a sentence's first word
        # unless a first name.
        first = before.start(1) in doc.sentence_initial and folded not in first_names
        if word[:1].isupper() and not (first or folded in titles()):
            found.add(("before", folded))
    following = doc.token_after(end)
    if (
        following is not None
        and doc.text[end : following.start] == " "
        and following.text[:1].isupper()
    ):
        found.add(("after", fold(following.text)))
    return found


def linked_names(doc) -> frozenset[str]:
    """The (case-folded) whole path segments of the web addresses in the document's source,
    and the names of its e-mail addresses (for `Document.derived`): a word the text links to
    as a page or a mailbox of its own ("[Centril](https://github.com/centril)", a comment
    signed "anonymouse" with a link to mailto:anonymouse@…) is a handle or a name, not a slip."""
    pages = (
        segment for address in URL.findall(doc.source) for segment in URL_SEGMENT.findall(address)
    )
    return frozenset(name.casefold() for name in (*pages, *MAILBOX.findall(doc.source)))
