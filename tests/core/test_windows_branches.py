"""The Windows-only paths of the program, taken on Linux with the Windows branch selected: the
data folder under %LOCALAPPDATA%, the lock through msvcrt, no chmod on Windows (its per-user
folder is private already). The single-instance channel's Windows part (handing over the
foreground) is in tests/ui/test_single_instance.py; printing has no Windows-only code (Qt's
print dialog on both)."""

from __future__ import annotations

import os
import stat
import sys
import types

import platformdirs.windows
import pytest

from doan_desktop import paths
from doan_desktop.core.store import lock, private
from doan_desktop.core.store.lock import AlreadyLocked, DataDirLock

LOCAL = r"C:\Users\Thu\AppData\Local"


@pytest.fixture
def windows_dirs(monkeypatch):
    """platformdirs' Windows answers, read from the environment as on a Windows without its
    shell API (what platformdirs itself falls back to)."""
    monkeypatch.setenv("LOCALAPPDATA", LOCAL)
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda name: LOCAL)

    def user_data_dir(appname, appauthor=None):
        return platformdirs.windows.Windows(appname, appauthor).user_data_dir

    monkeypatch.setattr(paths, "user_data_dir", user_data_dir)


def _windows(path) -> str:
    """Written with Windows' separator (platformdirs joins with this machine's)."""
    return str(path).replace("/", "\\")


def test_the_data_folders_are_under_local_appdata(windows_dirs):
    """As the README and the installer say: the records and the sample commune apart."""
    assert _windows(paths.default_data_dir()) == LOCAL + "\\doan-desktop"
    assert _windows(paths.demo_data_dir()) == LOCAL + "\\doan-desktop-demo"
    assert paths.resolve_data_dir() == paths.default_data_dir()


class FakeMsvcrt(types.ModuleType):
    """msvcrt.locking as Windows does it: one byte at the file position, refused when held."""

    LK_NBLCK, LK_UNLCK = 2, 0

    def __init__(self):
        super().__init__("msvcrt")
        self.held: dict[str, int] = {}
        self.calls: list[tuple[str, int, int]] = []

    def locking(self, fd, mode, nbytes):
        path = os.readlink(f"/proc/self/fd/{fd}")
        position = os.lseek(fd, 0, os.SEEK_CUR)
        self.calls.append(("lock" if mode == self.LK_NBLCK else "unlock", position, nbytes))
        if mode == self.LK_NBLCK:
            if path in self.held:
                raise OSError(36, "Resource deadlock avoided")  # what Windows says
            self.held[path] = position
        else:
            self.held.pop(path, None)


@pytest.fixture
def msvcrt(monkeypatch):
    fake = FakeMsvcrt()
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    monkeypatch.setattr(lock, "_is_windows", lambda: True)
    return fake


def test_the_lock_on_windows_is_one_byte_past_the_text(tmp_path, msvcrt):
    first = DataDirLock(tmp_path, "gui").acquire()
    assert msvcrt.calls == [("lock", 4096, 1)]
    # The text before the locked byte stays readable (Windows locks are mandatory).
    assert (tmp_path / "doan.lock").read_text(encoding="ascii").split() == [str(os.getpid()), "gui"]
    with pytest.raises(AlreadyLocked) as refused:
        DataDirLock(tmp_path, "cli").acquire()
    assert refused.value.holder == "gui" and refused.value.pid == os.getpid()
    assert "already open on this data folder" in str(refused.value)
    first.release()
    assert msvcrt.calls[-1] == ("unlock", 4096, 1)
    again = DataDirLock(tmp_path, "cli").acquire()
    again.release()


def test_nothing_is_made_owner_only_on_windows(tmp_path, monkeypatch):
    monkeypatch.setattr(private, "applies", lambda: False)
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    record = folder / "doan.sqlite3"
    record.write_bytes(b"")
    os.chmod(record, 0o644)
    private.tighten_folder(folder)
    private.create_file(folder / "new.sqlite3")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    assert stat.S_IMODE(record.stat().st_mode) == 0o644
    assert not (folder / "new.sqlite3").exists()  # SQLite creates it, with Windows' own rights
