"""Long work off the GUI thread: a job on Qt's thread pool with progress, a result and cancel.

The work is a plain function ``work(progress, cancelled)``: it calls ``progress(done, total)``
now and then, and looks at ``cancelled()`` where stopping is safe (raising there rolls its
transaction back). Its result, or its exception, comes back to the GUI thread as a signal.

    job = Job(lambda progress, cancelled: import_rows(..., progress, cancelled))
    job.signals.progress.connect(bar.set_progress)
    job.signals.finished.connect(show_summary)
    job.signals.failed.connect(show_error)
    start(job)
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from doan_desktop.ui.refcount_guard import immortalise_singletons

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


# Emits and pool runs below trip the PySide6 6.12.0 reference bug on Python 3.11.
immortalise_singletons()


class JobSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the result
    failed = Signal(object)  # the exception
    cancelled = Signal()
    ended = Signal()  # after any of the three above


class Job:
    """One piece of work; its signals arrive on the GUI thread.

    Not a QRunnable subclass on purpose: the pool runs a plain callable, so no C++ runnable
    owned by Python can be freed while a pool thread is still inside it (dropping a finished
    QRunnable from the ``ended`` slot crashed the interpreter).
    """

    def __init__(self, work: Work):
        self.work = work
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self.running = False

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        self.signals.progress.emit(int(done), int(total))

    def run(self) -> None:  # on a pool thread
        self.running = True
        signals = self.signals
        try:
            result = self.work(self._progress, self._cancel.is_set)
        except Exception as error:  # noqa: BLE001 - every failure goes back to the GUI thread
            if self._cancel.is_set():
                signals.cancelled.emit()
            else:
                log.info("background job failed", exc_info=True)
                signals.failed.emit(error)
        else:
            # Work that returned has done what it does (an import committed), cancel or not.
            signals.finished.emit(result)
        finally:
            self.running = False
            signals.ended.emit()


def start(job: Job, pool: QThreadPool | None = None) -> Job:
    (pool or QThreadPool.globalInstance()).start(job.run)
    return job
