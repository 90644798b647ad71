"""One window per data folder: a second start brings the open window to the front and ends.

The data folder's lock (``core.store.lock``) decides who is first. The first start then
listens on a local channel named after the folder (a Unix socket on Linux and macOS, a named
pipe on Windows: ``QLocalServer``); a second start on the same folder finds the lock held,
asks through the channel for the window to come forward, waits for the answer and ends
without a word. A start on another data folder finds another lock and another channel, and
opens its own window.

The channel listens from the moment the lock is taken, before the window exists, so that a
second start during the first one's start-up (the recovery dialog, the setup wizard, the
sample commune being written) brings forward what is on screen then.

Windows lets only the program in the foreground put another in front: the second start, which
the clerk has just launched, is in the foreground and hands that right to the first one
(``AllowSetForegroundWindow``) before it asks.
"""

from __future__ import annotations

import hashlib
import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

RAISE = b"raise\n"
RAISED = b"raised\n"
# How long a second start keeps trying while the first one may still be opening its channel
# (it takes the lock a moment before it listens).
CONNECT_SECONDS = 3.0
ANSWER_MS = 3000


def is_windows() -> bool:
    """The one test of the system here, so tests can take the Windows branch on Linux."""
    return sys.platform == "win32"


def channel_name(root: Path) -> str:
    """The local channel's name for this data folder (the path may be long or hold any
    character; a hash of it is short and safe as a socket or pipe name)."""
    digest = hashlib.sha256(str(Path(root).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"doan-desktop-{digest}"


def _user32():
    import ctypes

    return ctypes.windll.user32


def allow_foreground(pid: int | None) -> bool:
    """On Windows, let the process ``pid`` (the first window) come to the foreground; elsewhere
    nothing is needed. True when the right was handed over."""
    if not is_windows() or not pid:
        return False
    try:
        return bool(_user32().AllowSetForegroundWindow(int(pid)))
    except (AttributeError, OSError) as error:  # an unusual Windows: the window may only flash
        log.warning("AllowSetForegroundWindow(%s) failed: %s", pid, error)
        return False


def ask_first_to_come_forward(root: Path, pid: int | None = None) -> bool:
    """Ask the window holding ``root`` (process ``pid``) to come forward; True once it says
    it did."""
    allow_foreground(pid)
    name = channel_name(root)
    deadline = time.monotonic() + CONNECT_SECONDS
    socket = QLocalSocket()
    while True:
        socket.connectToServer(name)
        if socket.waitForConnected(500):
            break
        socket.abort()
        if time.monotonic() >= deadline:
            log.info("no answer on %s: %s", name, socket.errorString())
            return False
        time.sleep(0.1)
    socket.write(RAISE)
    socket.flush()
    answered = False
    while socket.waitForReadyRead(ANSWER_MS):
        if bytes(socket.readAll().data()).startswith(RAISED.strip()):
            answered = True
            break
    socket.disconnectFromServer()
    return answered


def bring_to_front(window: QWidget) -> None:
    """Shown, restored if minimised, raised and given the keyboard."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def _on_screen() -> QWidget | None:
    """What the first start shows before its main window: a dialog, the wizard, a wait."""
    app = QApplication.instance()
    if app is None:
        return None
    modal = QApplication.activeModalWidget()
    if modal is not None:
        return modal
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    return shown[0] if shown else None


class InstanceServer(QObject):
    """The first start's end of the channel: on a second start, ``window`` (or, before there
    is one, whatever the start-up shows) comes forward, and ``raised`` is emitted."""

    raised = Signal()

    def __init__(self, root: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.window: QWidget | None = None
        self.server = QLocalServer(self)
        # Only this user may connect (on Windows, the pipe's access list; elsewhere 0700).
        self.server.setSocketOptions(QLocalServer.UserAccessOption)
        self.name = channel_name(root)
        self._sockets: list[QLocalSocket] = []
        QLocalServer.removeServer(self.name)  # a socket file left by a crash (Unix only)
        self.listening = self.server.listen(self.name)
        if not self.listening:
            log.warning("cannot listen on %s: %s", self.name, self.server.errorString())
        self.server.newConnection.connect(self._connected)

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._sockets.append(socket)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _forget(self, socket: QLocalSocket) -> None:
        if socket in self._sockets:
            self._sockets.remove(socket)
            socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        if not bytes(socket.readAll().data()).startswith(RAISE.strip()):
            return
        self.bring_forward()
        socket.write(RAISED)
        socket.flush()

    def bring_forward(self) -> None:
        target = self.window if self.window is not None else _on_screen()
        if target is not None:
            bring_to_front(target)
        log.info("a second start on this data folder: window brought forward")
        self.raised.emit()

    def close(self) -> None:
        """Stop listening and drop the connections (before this object goes away)."""
        for socket in list(self._sockets):
            socket.readyRead.disconnect()
            socket.disconnected.disconnect()
            socket.abort()
        self._sockets.clear()
        self.server.close()
