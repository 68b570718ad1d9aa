"""The on-disk cache: values come back as stored; damaged, stale or unwritable caches are
rebuilt or skipped, never trusted."""

from __future__ import annotations

from newslint import disk_cache


def builder(value, calls):
    def build():
        calls.append(1)
        return value

    return build


def test_a_value_is_built_once_then_read(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    calls = []
    value = {"kazakhstan": 50, "index": ("a", "b")}
    assert disk_cache.cached("test", "key-1", builder(value, calls)) == value
    assert disk_cache.cached("test", "key-1", builder(value, calls)) == value
    assert calls == [1]
    assert [p.name.startswith("test-") for p in tmp_path.glob("*.bin")] == [True]


def test_another_key_is_another_entry(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    calls = []
    disk_cache.cached("test", "version-1", builder(1, calls))
    assert disk_cache.cached("test", "version-2", builder(2, calls)) == 2
    assert len(calls) == 2


def test_a_damaged_entry_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    calls = []
    disk_cache.cached("test", "key", builder([1, 2, 3], calls))
    [entry] = tmp_path.glob("*.bin")
    data = bytearray(entry.read_bytes())
    data[-1] ^= 0xFF
    entry.write_bytes(bytes(data))
    assert disk_cache.cached("test", "key", builder([1, 2, 3], calls)) == [1, 2, 3]
    assert len(calls) == 2
    entry.write_bytes(b"not a cache file")
    assert disk_cache.cached("test", "key", builder([1, 2, 3], calls)) == [1, 2, 3]
    assert len(calls) == 3


def test_no_cache_and_unwritable_folders(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setenv("NEWSLINT_NO_CACHE", "1")
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    assert disk_cache.cached("test", "key", builder(7, calls)) == 7
    assert list(tmp_path.iterdir()) == []
    monkeypatch.delenv("NEWSLINT_NO_CACHE")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(blocker / "sub"))
    assert disk_cache.cached("test", "key", builder(7, calls)) == 7
    assert len(calls) == 2


def test_package_stamp_names_the_installation():
    stamp = disk_cache.package_stamp("regex")
    assert stamp.startswith("regex ") and stamp == disk_cache.package_stamp("regex")
    assert disk_cache.package_stamp("no_such_package_here") == "no_such_package_here (not found)"


def test_a_value_of_none_is_stored_too(tmp_path, monkeypatch):
    """A pattern with no required strings has None for them: found once, not every run."""
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    calls = []
    assert disk_cache.cached("test", "key", builder(None, calls)) is None
    assert disk_cache.cached("test", "key", builder(None, calls)) is None
    assert calls == [1]


def test_an_entry_the_loader_refuses_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    calls = []

    def load(value):
        if value != "new":
            raise ValueError("another format")
        return value.upper()

    disk_cache.cached("test", "key", builder("old", calls))
    assert disk_cache.cached("test", "key", builder("new", calls), load) == "NEW"
    assert disk_cache.cached("test", "key", builder("new", calls), load) == "NEW"
    assert len(calls) == 2


def test_a_compiled_regex_comes_back_from_the_cache_the_same(tmp_path, monkeypatch):
    import regex

    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    pattern = r"(?<!\w)(?P<name>\p{Lu}\w+)(?:-(?P=name))?"
    built = disk_cache.compiled_regex(pattern, regex.IGNORECASE)
    [entry] = tmp_path.glob("*.bin")
    loaded = disk_cache.compiled_regex(pattern, regex.IGNORECASE)
    assert loaded is not built and loaded.pattern == pattern and loaded.flags == built.flags
    assert loaded.groupindex == {"name": 1}
    text = "Almaty-almaty and astana, Ust-Kamenogorsk"
    assert [m.span() for m in loaded.finditer(text)] == [m.span() for m in built.finditer(text)]
    entry.write_bytes(b"not a cache file")  # damaged: compiled again
    assert disk_cache.compiled_regex(pattern, regex.IGNORECASE).findall("Abc") == ["Abc"]


def test_a_bad_pattern_raises_as_compiling_it_does(tmp_path, monkeypatch):
    import pytest
    import regex

    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    with pytest.raises(regex.error, match="missing \\)"):
        disk_cache.compiled_regex("(unclosed")
    assert list(tmp_path.iterdir()) == []  # nothing stored for it
    monkeypatch.setenv("NEWSLINT_NO_CACHE", "1")
    assert disk_cache.compiled_regex("a+").fullmatch("aaa")


def test_a_regex_without_the_private_stored_form_compiles_as_usual(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(disk_cache, "_regex_pickles", lambda: False)
    assert disk_cache.compiled_regex("a+b").fullmatch("aab")
    assert list(tmp_path.iterdir()) == []  # nothing stored


def test_a_stored_form_this_regex_rejects_is_compiled_as_usual(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))

    def rejected(data):
        raise ValueError("not a compiled pattern")

    monkeypatch.setattr(disk_cache, "_unpickled_regex", rejected)
    assert disk_cache.compiled_regex("c+d").fullmatch("ccd")


def _age(path, days: float) -> None:
    """Set a file's modification time `days` ago."""
    import os
    import time

    then = time.time() - days * disk_cache.DAY
    os.utime(path, (then, then))


def test_an_entry_unused_for_thirty_days_is_swept_when_an_entry_is_written(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    disk_cache.cached("test", "old", lambda: 1)
    [old] = tmp_path.glob("*.bin")
    disk_cache.cached("test", "recent", lambda: 2)
    [recent] = set(tmp_path.glob("*.bin")) - {old}
    _age(old, disk_cache.UNUSED_DAYS + 1)
    _age(recent, disk_cache.UNUSED_DAYS - 1)
    (tmp_path / "notes.txt").write_text("not an entry")
    _age(tmp_path / "notes.txt", 400)
    (tmp_path / ".swept").unlink()  # the first write swept an empty folder today
    disk_cache.cached("test", "new", lambda: 3)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert old.name not in names and recent.name in names and "notes.txt" in names
    assert len([n for n in names if n.endswith(".bin")]) == 2


def test_the_cache_folder_is_swept_at_most_once_a_day(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    disk_cache.cached("test", "old", lambda: 1)  # sweeps the empty folder, marks the day
    [old] = tmp_path.glob("*.bin")
    _age(old, disk_cache.UNUSED_DAYS + 1)
    disk_cache.cached("test", "new", lambda: 2)
    assert old.exists()  # swept less than a day ago
    _age(tmp_path / ".swept", 1.5)
    disk_cache.cached("test", "newer", lambda: 3)
    assert not old.exists()


def test_reading_an_entry_marks_it_used(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    disk_cache.cached("test", "kept", lambda: 1)
    [entry] = tmp_path.glob("*.bin")
    _age(entry, disk_cache.UNUSED_DAYS + 1)
    assert disk_cache.cached("test", "kept", lambda: 99) == 1  # read, not rebuilt
    _age(tmp_path / ".swept", 2)
    disk_cache.cached("test", "other", lambda: 2)
    assert entry.exists()


def test_the_readme_states_how_long_an_unused_entry_is_kept():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert f"Entries not used for {disk_cache.UNUSED_DAYS} days" in readme
