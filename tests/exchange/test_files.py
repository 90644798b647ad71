"""Atomic writes: the final name holds the old file or the whole new one, never a part; a
failed write leaves no half-written ``.partial`` behind and says why."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from doan_desktop.exchange.files import FileWriteError, write_atomically


def _names(folder):
    return sorted(p.name for p in folder.iterdir())


def test_a_write_lands_whole_and_owner_only(tmp_path):
    target = tmp_path / "roster.xlsx"
    write_atomically(target, lambda path: path.write_bytes(b"new contents"))
    assert target.read_bytes() == b"new contents"
    assert _names(tmp_path) == ["roster.xlsx"]
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_full_disk_leaves_the_old_file_and_no_partial(tmp_path):
    target = tmp_path / "roster.xlsx"
    target.write_bytes(b"old contents")

    def half_then_full(path):
        path.write_bytes(b"half of the new")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(FileWriteError, match="disk is full"):
        write_atomically(target, half_then_full)
    assert target.read_bytes() == b"old contents"
    assert _names(tmp_path) == ["roster.xlsx"]


def test_any_other_failure_leaves_no_partial_either(tmp_path):
    target = tmp_path / "report.docx"

    def broken(path):
        path.write_bytes(b"PK")
        raise ValueError("the document could not be built")

    with pytest.raises(ValueError):
        write_atomically(target, broken)
    assert _names(tmp_path) == []
