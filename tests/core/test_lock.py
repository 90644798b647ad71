"""One program per data folder: the lock, its release when the holder dies, the CLI's refusal."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys

import pytest

from doan_desktop.cli import main
from doan_desktop.core.store.lock import AlreadyLocked, DataDirLock, is_locked


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.setenv("DOAN_LANG", "en")


def test_second_lock_on_the_same_folder_is_refused(tmp_path):
    first = DataDirLock(tmp_path, "gui").acquire()
    try:
        with pytest.raises(AlreadyLocked) as caught:
            DataDirLock(tmp_path, "cli").acquire()
        assert caught.value.holder == "gui"
        assert "already open" in str(caught.value)
        assert is_locked(tmp_path)
    finally:
        first.release()
    assert not is_locked(tmp_path)
    DataDirLock(tmp_path).acquire().release()


def test_the_os_releases_the_lock_of_a_killed_process(tmp_path):
    code = (
        "import sys; from doan_desktop.core.store.lock import DataDirLock;"
        f"lock = DataDirLock({str(tmp_path)!r}, 'gui').acquire(); print('locked', flush=True); sys.stdin.read()"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout.readline().strip() == "locked"
        assert is_locked(tmp_path)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
    assert not is_locked(tmp_path)  # no stale lock after a crash
    assert (tmp_path / "doan.lock").exists()  # the file stays, harmless


def _init(data_dir) -> None:
    assert (
        main(
            [
                "--data-dir",
                str(data_dir),
                "init",
                "--unit-name",
                "Hòa Phú",
                "--unit-code",
                "HP",
                "--unit-kind",
                "xa",
                "--province",
                "Đắk Lắk",
                "--superior-name",
                "Tỉnh Đoàn Đắk Lắk",
                "--superior-code",
                "TD",
            ]
        )
        == 0
    )


def test_writing_commands_refuse_while_the_window_holds_the_lock(tmp_path, capsys):
    data_dir = tmp_path / "data"
    _init(data_dir)
    window = DataDirLock(data_dir, "gui").acquire()
    try:
        capsys.readouterr()
        assert (
            main(["--data-dir", str(data_dir), "chapters", "add", "Thôn 1", "--kind", "thon"]) == 1
        )
        error = capsys.readouterr().err
        assert "already open" in error and error.count("\n") == 1
        assert main(["--data-dir", str(data_dir), "backup", "restore", "nothing.sqlite3"]) == 1
        # Reading still works.
        assert main(["--data-dir", str(data_dir), "chapters", "list"]) == 0
        assert main(["--data-dir", str(data_dir), "roster", "list", "--format", "json"]) == 0
        assert main(["--data-dir", str(data_dir), "check"]) == 0
    finally:
        window.release()
    assert main(["--data-dir", str(data_dir), "chapters", "add", "Thôn 1", "--kind", "thon"]) == 0
    assert not is_locked(data_dir)  # the command let go when it ended


def test_a_read_only_data_folder_is_explained(tmp_path, capsys, monkeypatch):
    data_dir = tmp_path / "data"
    _init(data_dir)

    def read_only(self):
        raise PermissionError(errno.EROFS, os.strerror(errno.EROFS), str(self.path))

    monkeypatch.setattr(DataDirLock, "acquire", read_only)
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "chapters", "add", "Thôn 1", "--kind", "thon"]) == 1
    err = capsys.readouterr().err
    assert "No permission to write" in err and str(data_dir) in err  # said as such, with the folder
    assert main(["--data-dir", str(data_dir), "chapters", "list"]) == 0
