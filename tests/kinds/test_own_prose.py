"""newslint.kinds.own_prose: what is not the article's own words, found once per document."""

from __future__ import annotations

from newslint.document.model import Document
from newslint.kinds.own_prose import citation_lines, not_own_words

TEXT = (
    "The minister spoke on Monday.\n"
    "Smith, J. (1966). Music of the islands. Retrieved 4 May 2019.\n"
    "The vote is next week.\n"
)


def test_citation_lines_are_found_once_and_shared_with_the_words_not_the_writers():
    doc = Document(TEXT, "story.txt")
    lines = citation_lines(doc)
    start = TEXT.index("Smith")
    assert [(line.start, line.end) for line in lines] == [(start, TEXT.index("\nThe vote"))]
    assert citation_lines(doc) is lines
    assert [(span.start, span.end) for span in not_own_words(doc)] == [(start, lines[0].end)]
