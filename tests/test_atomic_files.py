"""The one atomic-writing primitive: the target is replaced whole or not at all, and no
temporary file is left behind."""

from __future__ import annotations

import pytest

from newslint.atomic_files import PendingFile, replacing


def test_the_content_replaces_the_target_when_the_block_ends(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_bytes(b"old")
    with replacing(target, mode=0o640, sync=True) as handle:
        handle.write(b"new")
        assert target.read_bytes() == b"old"
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_an_error_in_the_block_leaves_the_target_and_no_temporary_file(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_bytes(b"old")
    with pytest.raises(KeyboardInterrupt), replacing(target) as handle:
        handle.write(b"half")
        raise KeyboardInterrupt
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_a_failed_move_removes_the_temporary_file(tmp_path):
    (tmp_path / "folder").mkdir()
    pending = PendingFile(tmp_path / "folder", suffix=".tmp")  # a file cannot replace a folder
    pending.handle.write(b"data")
    with pytest.raises(OSError):
        pending.commit()
    assert [p.name for p in tmp_path.iterdir()] == ["folder"]
