"""Which open documents the server checks, under which name (the name picks the reader)."""

import os

import pytest

from newslint.lsp.linting import checked_name


@pytest.mark.parametrize(
    ("path", "language", "name"),
    [
        ("/site/post.md", "markdown", "/site/post.md"),
        ("/site/POST.MDX", "mdx", "/site/POST.MDX"),  # the extension decides, in any case
        ("/site/page.htm", "html", "/site/page.htm"),
        ("/site/notes.txt", "plaintext", "/site/notes.txt"),
        ("/site/notes.rst", "plaintext", None),  # another format: not newslint's
        ("/site/records.jsonl", "json", None),  # a dataset: the command line's
        ("/site/post.md.gz", "markdown", None),  # compressed: not text in an editor
        ("/site/README", "markdown", os.path.join("/site", "untitled.md")),  # by language id
        (None, "plaintext", "untitled.txt"),  # an untitled buffer
        (None, "python", None),
    ],
)
def test_the_extension_or_else_the_language_id_picks_the_reader(path, language, name):
    assert checked_name(path, language) == name
