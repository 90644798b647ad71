"""One window per data folder: a second start on the same folder brings the open window forward
and ends without a word; on another folder it opens its own window; the Windows hand-over of the
foreground is taken on Linux with the Windows branch selected."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QDialog, QWidget

from doan_desktop.core.store.lock import DataDirLock, is_locked
from doan_desktop.paths import DataDir
from doan_desktop.ui import data_safety, prompts, single_instance
from tests.conftest import SAMPLE_UNIT


@pytest.fixture
def said(monkeypatch):
    """Every message box the start shows, recorded instead of shown."""
    texts: list[str] = []
    monkeypatch.setattr(prompts, "show_info", lambda parent, title, text: texts.append(text))
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: texts.append(text))
    return texts


@pytest.fixture
def first(qtbot, data_dir):
    """A first window holding ``data_dir``: its lock, its channel and a minimised window."""
    lock, code = data_safety.take_lock(data_dir)
    assert code == 0 and lock is not None
    server = single_instance.InstanceServer(data_dir.root)
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    server.window = window
    yield server
    server.close()
    lock.release()


def start_program(*args: str) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DOAN_LANG="en")
    return subprocess.Popen(
        [sys.executable, "-m", "doan_desktop", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def wait_for_exit(qtbot, process: subprocess.Popen, seconds: int = 90) -> tuple[str, str]:
    """Keep this (the first) program's event loop turning while the other one runs."""
    try:
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=seconds * 1000)
    finally:
        if process.poll() is None:
            process.kill()
    return process.communicate(timeout=10)


def test_a_second_start_brings_the_window_forward_and_ends_quietly(qtbot, first, data_dir):
    with qtbot.waitSignal(first.raised, timeout=90_000):
        second = start_program("--data-dir", str(data_dir.root))
        out, err = wait_for_exit(qtbot, second)
    assert second.returncode == 0, err
    assert (out, err) == ("", "")
    assert not first.window.isMinimized() and first.window.isVisible()
    assert is_locked(data_dir.root)  # still the first one's


def test_a_start_on_another_data_folder_opens_its_own_window(qtbot, first, tmp_path):
    other = DataDir(tmp_path / "other").ensure()
    from doan_desktop.core.store.db import open_database
    from doan_desktop.core.unit import save_unit

    database = open_database(other.database, other.backups)
    with database.session() as session:
        save_unit(session, SAMPLE_UNIT)
    database.close()
    assert single_instance.channel_name(other.root) != first.name
    raised = []
    first.raised.connect(lambda: raised.append(True))
    second = start_program("--self-test", "--data-dir", str(other.root))
    out, err = wait_for_exit(qtbot, second, seconds=180)
    assert second.returncode == 0, err
    assert out.startswith("self-test passed: overview, chapters, people")
    assert raised == []  # the first window was left alone
    assert not is_locked(other.root)  # released when the other program ended


def test_the_channel_answers_and_brings_forward_what_start_up_shows(qtbot, data_dir):
    """Before the main window exists (the wizard, the recovery dialog): that comes forward."""
    server = single_instance.InstanceServer(data_dir.root)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.showMinimized()
    socket = QLocalSocket()
    answers = []
    socket.readyRead.connect(lambda: answers.append(bytes(socket.readAll().data())))
    try:
        socket.connectToServer(server.name)
        assert socket.waitForConnected(2000)
        with qtbot.waitSignal(server.raised, timeout=5000):
            socket.write(single_instance.RAISE)
            socket.flush()
        qtbot.waitUntil(lambda: answers == [single_instance.RAISED], timeout=5000)
        assert not dialog.isMinimized()
    finally:
        socket.abort()
        server.close()


def test_anything_else_on_the_channel_is_ignored(qtbot, data_dir):
    server = single_instance.InstanceServer(data_dir.root)
    raised = []
    server.raised.connect(lambda: raised.append(True))
    socket = QLocalSocket()
    try:
        socket.connectToServer(server.name)
        assert socket.waitForConnected(2000)
        socket.write(b"delete everything\n")
        socket.flush()
        qtbot.wait(200)
        assert raised == [] and socket.bytesAvailable() == 0
    finally:
        socket.abort()
        server.close()


def test_a_window_that_does_not_answer_gets_a_calm_message(data_dir, said, monkeypatch):
    """The lock is held by a window whose channel is gone (it is closing, or hung)."""
    monkeypatch.setattr(single_instance, "CONNECT_SECONDS", 0.2)
    lock = DataDirLock(data_dir.root, "gui").acquire()
    try:
        second, code = data_safety.take_lock(data_dir)
    finally:
        lock.release()
    assert second is None and code == 0
    assert len(said) == 1
    assert "already open on this data folder" in said[0] and "did not come forward" in said[0]
    assert "Close the window first" not in said[0]  # not the command line's wording


def test_a_command_holding_the_folder_is_named_and_not_asked(data_dir, said, monkeypatch):
    asked = []
    monkeypatch.setattr(single_instance, "ask_first_to_come_forward", lambda *a: asked.append(a))
    lock = DataDirLock(data_dir.root, "cli").acquire()
    try:
        second, code = data_safety.take_lock(data_dir)
    finally:
        lock.release()
    assert second is None and code == 0
    assert asked == []
    assert said == [
        f"Another doan-desktop command is using this data folder ({data_dir.root}). "
        "Wait for it to finish and try again."
    ]


def test_the_first_window_asked_is_the_one_named_in_the_lock(data_dir, said, monkeypatch):
    asked = []
    monkeypatch.setattr(
        single_instance, "ask_first_to_come_forward", lambda root, pid: asked.append(pid) or True
    )
    lock = DataDirLock(data_dir.root, "gui").acquire()
    try:
        second, code = data_safety.take_lock(data_dir)
    finally:
        lock.release()
    assert (second, code, said) == (None, 0, [])
    assert asked == [os.getpid()]


class FakeUser32:
    def __init__(self, result: int = 1):
        self.result = result
        self.allowed: list[int] = []

    def AllowSetForegroundWindow(self, pid):  # noqa: N802 - the Windows name
        self.allowed.append(pid)
        return self.result


def test_on_windows_the_second_start_hands_over_the_foreground(monkeypatch):
    user32 = FakeUser32()
    monkeypatch.setattr(single_instance, "is_windows", lambda: True)
    monkeypatch.setattr(single_instance, "_user32", lambda: user32)
    assert single_instance.allow_foreground(4242) is True
    assert user32.allowed == [4242]
    assert single_instance.allow_foreground(None) is False  # no process named: nothing to do
    assert user32.allowed == [4242]


def test_a_refused_hand_over_is_not_an_error(monkeypatch):
    user32 = FakeUser32(result=0)
    monkeypatch.setattr(single_instance, "is_windows", lambda: True)
    monkeypatch.setattr(single_instance, "_user32", lambda: user32)
    assert single_instance.allow_foreground(4242) is False
    monkeypatch.setattr(single_instance, "_user32", lambda: object())  # no such function
    assert single_instance.allow_foreground(4242) is False


def test_elsewhere_nothing_is_handed_over(monkeypatch):
    monkeypatch.setattr(single_instance, "is_windows", lambda: False)
    monkeypatch.setattr(single_instance, "_user32", lambda: pytest.fail("no user32 off Windows"))
    assert single_instance.allow_foreground(4242) is False


def test_the_lock_file_names_the_holder_and_its_process(data_dir):
    lock = DataDirLock(data_dir.root, "gui").acquire()
    try:
        probe = DataDirLock(data_dir.root)
        assert (probe.holder(), probe.holder_pid()) == ("gui", os.getpid())
    finally:
        lock.release()
    (data_dir.root / "doan.lock").write_text("garbage", encoding="ascii")
    assert DataDirLock(data_dir.root).holder_pid() is None
