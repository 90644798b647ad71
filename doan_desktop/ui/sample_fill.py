"""Writing the sample commune for ``--demo`` behind a "please wait" window.

The sample goes through the same use cases as the clerk's own records (validation included),
which takes several seconds on an office PC. Done on the GUI thread before the main window, it
showed nothing at all meanwhile, and a clerk who clicked the Start-menu entry again met the
"already open" message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog

from doan_desktop.core.store.db import Database
from doan_desktop.ui import prompts
from doan_desktop.ui.workers import Job, start


def _fill(database: Database) -> None:
    from doan_desktop.core import demo  # the sample generator is only needed with --demo

    with database.session() as session:
        if demo.is_empty(session):
            demo.fill_sample_commune(session)


def fill_sample_commune(database: Database) -> bool:
    """Write the sample commune off the GUI thread while a busy window says so. False when it
    failed: the clerk was told why, and nothing was written (one transaction)."""
    translate = QCoreApplication.translate
    waiting = QProgressDialog(
        translate("SampleFill", "Preparing the sample commune for practice…"), "", 0, 0
    )
    waiting.setWindowTitle(translate("SampleFill", "Sample commune"))
    waiting.setCancelButton(None)  # one transaction: stopping halfway would keep nothing anyway
    waiting.setWindowModality(Qt.ApplicationModal)
    waiting.setMinimumDuration(0)
    waiting.setMinimumWidth(420)

    outcome: dict[str, Exception] = {}
    job = Job(lambda _progress, _cancelled: _fill(database))
    loop = QEventLoop()
    job.signals.failed.connect(lambda error: outcome.setdefault("error", error))
    # Queued from the pool thread to this one: delivered inside loop.exec() below, never before.
    job.signals.ended.connect(loop.quit)
    waiting.show()
    start(job)
    loop.exec()
    waiting.close()
    if "error" in outcome:
        prompts.show_error(
            None,
            translate("SampleFill", "Sample commune"),
            translate("SampleFill", "The sample commune could not be written: {detail}").format(
                detail=outcome["error"]
            ),
        )
        return False
    return True
