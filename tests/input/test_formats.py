"""Which reader a file gets comes from the one table of name endings, as do the default
`include` globs."""

from __future__ import annotations

from newslint.config.file_formats import DATASET_FORMATS, FORMAT_EXTENSIONS
from newslint.config.keys import DEFAULT_INCLUDE
from newslint.config.settings import Config
from newslint.input.dataset import is_csv
from newslint.input.formats import format_of


def test_every_name_ending_selects_its_format_and_is_included_by_default():
    for kind, ends in FORMAT_EXTENSIONS.items():
        for end in ends:
            name = f"news/story{end.upper()}"
            assert format_of(name) == ("dataset" if kind in DATASET_FORMATS else kind)
            assert f"*{end}" in DEFAULT_INCLUDE
            assert Config().includes(f"news/story{end}")
            assert is_csv(name) == (kind == "csv")


def test_an_unknown_ending_is_plain_text_and_not_included():
    assert format_of("notes.rst") == "text"
    assert not Config().includes("notes.rst")
