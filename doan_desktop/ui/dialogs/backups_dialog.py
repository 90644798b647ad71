"""The backups of this data folder, from Settings: make one now, restore one, open the folder."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from doan_desktop.core.store import backups
from doan_desktop.core.store.db import DatabaseError, open_database
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.widgets.field_message import FieldMessage


def open_folder(path) -> bool:
    """The file manager on ``path`` (a function, so that tests can replace it); False when
    the system could not open it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} KB"


class BackupsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Backups"))
        self.resize(760, 480)

        intro = QLabel(
            self.tr(
                "A copy of the data is made when the program closes, before every import and "
                "restore, and every {minutes} minutes while you work. Recent copies are all kept; "
                "older ones are thinned to one a day, then one a week, then one a month. Each "
                "copy is checked when it is made."
            ).format(minutes=backups.PERIODIC_MINUTES)
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Why"), self.tr("Size")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.restore_selected)
        self.message = FieldMessage()
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.create_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.folder_button = QPushButton(self.tr("Open the folder"))
        self.close_button = QPushButton(self.tr("Close"))
        self.create_button.clicked.connect(self.create_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(lambda: open_folder(self._folder()))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.create_button, self.restore_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.refresh()
        self.table.setFocus()

    def _folder(self):
        folder = self.context.data_dir.backups
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def refresh(self) -> None:
        self.items = backups.list_backups(self.context.data_dir.backups)
        self.table.setRowCount(len(self.items))
        for row, info in enumerate(self.items):
            values = (
                info.made_at.strftime("%d/%m/%Y %H:%M:%S"),
                info.reason_label(),
                _size(info.size),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(info.path.name)
                if column == 2:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(row, column, item)
        if self.items:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> backups.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def create_now(self) -> None:
        try:
            info = backups.create_backup(
                self.context.database.path, self.context.data_dir.backups, "manual"
            )
        except backups.BackupError as error:
            self.message.show_error(str(error))
            return
        self.message.clear()
        self.refresh()
        self.status.setText(
            self.tr("Backup made and checked: {time}.").format(
                time=info.made_at.strftime("%d/%m/%Y %H:%M")
            )
        )

    def restore_selected(self, *_args) -> None:
        info = self.selected()
        if info is None:
            return
        question = self.tr(
            "Put the data back as it was on {time}? The present data is backed up first, so this "
            "can be undone by restoring that copy."
        ).format(time=info.made_at.strftime("%d/%m/%Y %H:%M"))
        if not prompts.ask_yes_no(self, self.tr("Restore a backup"), question):
            return
        context = self.context
        path = context.database.path
        context.database.close()
        try:
            safety = backups.restore_backup(path, context.data_dir.backups, info.path)
        except backups.BackupError as error:
            self.message.show_error(str(error))
            safety = None
            failed = True
        else:
            failed = False
        try:
            context.database = open_database(path, context.data_dir.backups)
        except DatabaseError as error:
            self.message.show_error(str(error))
            return
        if failed:
            return
        self.message.clear()
        self.refresh()
        text = self.tr("Restored the data of {time}.").format(
            time=info.made_at.strftime("%d/%m/%Y %H:%M")
        )
        if safety is not None:
            text += " " + self.tr(
                "The data as it was before is kept as the backup of {time}."
            ).format(time=safety.made_at.strftime("%d/%m/%Y %H:%M"))
        self.status.setText(text)
        for kind in ("restore", "unit", "chapter", "person"):
            context.notify(kind)
