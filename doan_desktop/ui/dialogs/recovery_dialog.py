"""At start, when the data is missing, empty or damaged in a folder that had data.

Shown instead of the setup wizard, at every start until the clerk restores a backup or
deliberately starts a new office: an empty database there is lost records, not a new office.
It names the newest good backup (checked: this program's, sound, set up) with its date and what
it holds, read from the backup itself without changing it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from doan_desktop.core import formatting
from doan_desktop.core.store import backups, contents, recovery
from doan_desktop.paths import DataDir
from doan_desktop.ui import prompts
from doan_desktop.ui.widgets.field_message import FieldMessage

RESTORED = "restored"
NEW_OFFICE = "new-office"


def choose_backup_file(parent: QWidget, folder: Path, title: str, file_filter: str) -> Path | None:
    """The file dialog on the backups folder (a function, so that tests can replace it)."""
    start = folder if folder.is_dir() else folder.parent
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start), file_filter)
    return Path(path) if path else None


def _time(value) -> str:
    return value.strftime("%d/%m/%Y %H:%M")


class RecoveryDialog(QDialog):
    """Restore the newest good backup, choose another, or start a new office (confirmed)."""

    def __init__(self, data_dir: DataDir, state: recovery.FolderState, parent=None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.state = state
        self.offer = state.newest_good_backup()
        self.outcome: str | None = None
        self.chosen = False  # the offer is a file the clerk chose, not the newest backup
        self.setWindowTitle(self.tr("The data is missing or damaged"))
        self.setMinimumWidth(620)

        heading = QLabel(self.tr("The data is missing or damaged"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.problem = QLabel(state.problem_sentence())
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.PlainText)
        self.problem.setTextInteractionFlags(Qt.TextSelectableByMouse)
        advice = QLabel(
            self.tr(
                "Your records are not lost if a backup holds them. Restore the backup below to "
                "continue where it was made; nothing in the data folder is deleted."
            )
        )
        advice.setWordWrap(True)

        self.offer_box = QGroupBox()
        form = QFormLayout(self.offer_box)
        self.made = QLabel()
        self.unit = QLabel()
        self.people = QLabel()
        self.changed = QLabel()
        self.file = QLabel()
        self.file.setTextInteractionFlags(Qt.TextSelectableByMouse)
        form.addRow(self.tr("Made:"), self.made)
        form.addRow(self.tr("Unit:"), self.unit)
        form.addRow(self.tr("People:"), self.people)
        form.addRow(self.tr("Last change:"), self.changed)
        form.addRow(self.tr("File:"), self.file)
        self.none_found = QLabel(
            self.tr(
                "No good backup was found in {folder}. Choose a backup kept elsewhere (a USB "
                "stick, another computer), or start a new office."
            ).format(folder=state.backups_dir)
        )
        self.none_found.setWordWrap(True)
        self.message = FieldMessage()

        self.restore_button = QPushButton(self.tr("Restore this backup"))
        self.choose_button = QPushButton(self.tr("Choose another backup…"))
        self.new_office_button = QPushButton(self.tr("Start a new office…"))
        self.quit_button = QPushButton(self.tr("Quit"))
        self.restore_button.clicked.connect(self.restore)
        self.choose_button.clicked.connect(self.choose_another)
        self.new_office_button.clicked.connect(self.start_new_office)
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.restore_button, self.choose_button, self.new_office_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.problem)
        layout.addWidget(advice)
        layout.addWidget(self.offer_box)
        layout.addWidget(self.none_found)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._show_offer()

    def _show_offer(self) -> None:
        offer = self.offer
        self.offer_box.setVisible(offer is not None)
        self.none_found.setVisible(offer is None)
        self.restore_button.setEnabled(offer is not None)
        if offer is None:
            self.choose_button.setDefault(True)
            return
        self.restore_button.setDefault(True)
        self.restore_button.setFocus()
        self.offer_box.setTitle(
            self.tr("The backup you chose") if self.chosen else self.tr("The newest good backup")
        )
        self.made.setText(f"{_time(offer.made_at)} ({offer.reason_label})")
        held = offer.contents
        self.unit.setText(held.unit_name)
        self.people.setText(formatting.integer(held.people))
        self.changed.setText(_time(held.last_change) if held.last_change else "—")
        self.file.setText(str(offer.path))

    def choose_another(self) -> None:
        path = choose_backup_file(
            self,
            self.state.backups_dir,
            self.tr("Choose a backup"),
            self.tr("Backups (*.sqlite3);;All files (*)"),
        )
        if path is None:
            return
        try:
            self.offer = recovery.offer_for(path)
        except contents.Unusable as error:
            self.message.show_error(
                self.tr("{name} cannot be restored: {reason}. Choose another file.").format(
                    name=path.name, reason=error.reason
                )
            )
            return
        except OSError as error:
            self.message.show_error(
                self.tr("{name} cannot be read: {detail}").format(
                    name=path.name, detail=error.strerror or error
                )
            )
            return
        self.chosen = True
        self.message.clear()
        self._show_offer()

    def restore(self) -> None:
        if self.offer is None:
            return
        try:
            backups.restore_backup(self.data_dir.database, self.data_dir.backups, self.offer.path)
        except backups.BackupError as error:
            self.message.show_error(str(error))
            return
        self.outcome = RESTORED
        self.accept()

    def start_new_office(self) -> None:
        question = self.tr(
            "Start a new office with no records? The setup assistant opens next. The backups "
            "and any damaged copy stay in {folder}: a backup can still be restored later in "
            "Settings → Backups."
        ).format(folder=self.data_dir.root)
        if not prompts.ask_yes_no(self, self.tr("Start a new office"), question):
            return
        try:
            recovery.set_aside_for_new_office(self.data_dir.database)
        except OSError as error:
            self.message.show_error(
                self.tr("The old file could not be moved aside: {detail}").format(
                    detail=error.strerror or error
                )
            )
            return
        self.outcome = NEW_OFFICE
        self.accept()
