"""What the window does to keep the data safe, called from ``app.py``:

- one program per data folder: the lock (``core.store.lock``); a second start asks the first
  window to come forward (``single_instance``) and ends quietly;
- the start-up check: a damaged database is moved aside; lost data (a missing, empty or
  damaged database in a folder that had data) gets the recovery dialog, never the wizard;
- backups every few minutes while records change, and one at close.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QWidget

from doan_desktop.core.messages import translate
from doan_desktop.core.store import backups, recovery, write_errors
from doan_desktop.core.store.lock import AlreadyLocked, DataDirLock
from doan_desktop.paths import DataDir
from doan_desktop.ui import prompts, single_instance
from doan_desktop.ui.workers import Job, start

log = logging.getLogger(__name__)


def take_lock(data_dir: DataDir, parent: QWidget | None = None) -> tuple[DataDirLock | None, int]:
    """(the data folder's lock, 0), or (None, exit code) after telling the clerk why not.

    When another window holds it, that window is asked to come forward and this start ends
    with exit code 0 and says nothing: the clerk gets the window that is already open. Only
    when that window does not answer, or a command holds the folder, is there a message.
    """
    lock = DataDirLock(data_dir.root, "gui")
    try:
        return lock.acquire(), 0
    except AlreadyLocked as error:
        if error.holder != "cli":
            if single_instance.ask_first_to_come_forward(data_dir.root, error.pid):
                log.info("already open on %s: brought that window forward", data_dir.root)
                return None, 0
            if error.holder == "gui":
                prompts.show_info(
                    parent,
                    "doan-desktop",
                    translate(
                        "App",
                        "doan-desktop is already open on this data folder ({path}), but its "
                        "window did not come forward. Look for it on the taskbar. If it is "
                        "closing, wait a moment and start the program again.",
                    ).format(path=data_dir.root),
                )
                return None, 0
        prompts.show_info(parent, "doan-desktop", str(error))
        return None, 0
    except OSError as error:
        prompts.show_error(
            parent,
            "doan-desktop",
            write_errors.describe(error, data_dir.root)
            or translate(
                "App",
                "The data folder {path} cannot be written ({detail}). Choose a folder you can write to.",
            ).format(path=data_dir.root, detail=error.strerror or error),
        )
    return None, 1


def check_at_start(data_dir: DataDir, parent: QWidget | None = None, ask: bool = True) -> bool:
    """The start-up check; False when the program should stop.

    A damaged database is moved aside first. When the data folder had data and its database is
    now missing, empty or damaged, the recovery dialog offers the newest good backup; it is
    shown at every start until the clerk restores one or deliberately starts a new office,
    never replaced by the setup wizard. ``ask=False`` (the self-test) stops instead of asking.
    """
    report = backups.startup_check(data_dir.database, data_dir.backups)
    if report.problem is not None:
        log.error("damaged database moved to %s: %s", report.moved_to, report.problem)
    state = recovery.assess(data_dir.database, data_dir.backups)
    if state.kind != recovery.LOST:
        return True
    log.error("the data is missing or damaged: %s", state.problem_sentence())
    if not ask:
        print(f"doan-desktop: {state.problem_sentence()}", file=sys.stderr)
        return False
    from doan_desktop.ui.dialogs.recovery_dialog import RecoveryDialog

    dialog = RecoveryDialog(data_dir, state, parent)
    if dialog.exec() != QDialog.Accepted:
        log.info("recovery declined: the dialog is shown again at the next start")
        return False
    log.info("recovery: %s", dialog.outcome)
    return True


class BackupScheduler(QObject):
    """A backup every ``minutes`` while records change (the change log grew), and at close."""

    def __init__(
        self, context, minutes: int = backups.PERIODIC_MINUTES, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.context = context
        self._marker = backups.change_marker(context.database.path)
        self._job: Job | None = None
        self.last_backup: backups.BackupInfo | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(minutes * 60 * 1000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def changed(self) -> bool:
        return backups.change_marker(self.context.database.path) != self._marker

    def tick(self) -> None:
        if self._job is not None or not self.changed():
            return
        marker = backups.change_marker(self.context.database.path)
        path, folder = self.context.database.path, self.context.data_dir.backups
        job = Job(lambda _p, _c: backups.create_backup(path, folder, "periodic"))
        job.signals.finished.connect(lambda info: self._done(info, marker))
        job.signals.failed.connect(lambda error: log.warning("periodic backup failed: %s", error))
        job.signals.ended.connect(self._ended)
        self._job = job
        start(job)

    def _done(self, info, marker: int) -> None:
        self.last_backup = info
        self._marker = marker

    def _ended(self) -> None:
        self._job = None

    def at_close(self) -> backups.BackupInfo | None:
        """The backup at close (on the GUI thread: the program is ending anyway)."""
        self.timer.stop()
        if not self.changed():
            return None
        try:
            info = backups.create_backup(
                self.context.database.path, self.context.data_dir.backups, "close"
            )
        except backups.BackupError as error:
            log.warning("backup at close failed: %s", error)
            return None
        self._marker = backups.change_marker(self.context.database.path)
        self.last_backup = info
        return info


class Guard(QObject):
    """The backup scheduler of one window (the channel a second start asks through is
    ``single_instance.InstanceServer``, opened as soon as the lock is taken)."""

    def __init__(self, context, window: QWidget):
        super().__init__(window)
        self.scheduler = BackupScheduler(context, parent=self)

    def at_close(self) -> None:
        self.scheduler.at_close()


def guard(context, window: QWidget) -> Guard:
    """Start guarding the data of ``window``; call ``at_close()`` when the program ends."""
    return Guard(context, window)
