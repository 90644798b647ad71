"""Phím tắt: the keys that work in the window, with what each does."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def native(keys: str) -> str:
    """ "Ctrl+Q" as the system writes it."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class ShortcutsDialog(QDialog):
    """``pages``: (number key, page title) of the navigation, for Ctrl+1 … Ctrl+9."""

    def __init__(self, pages: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [
            (native(f"Ctrl+{number}"), self.tr("Open the page “{page}”").format(page=title))
            for number, title in enumerate(pages[:9], start=1)
        ]
        rows += [
            (native("F1"), self.tr("The user guide, at the page in view")),
            (native("Ctrl+N"), self.tr("A new record on this page")),
            (native("Ctrl+F"), self.tr("Go to the search box")),
            (self.tr("Enter, double-click"), self.tr("Open the selected record")),
            (native("Del"), self.tr("Move the selected record to the trash")),
            (native("Ctrl+S"), self.tr("Save (in a meeting or training form)")),
            (native("Esc"), self.tr("Close a form (it asks before changes are lost)")),
            (self.tr("Tab, Shift+Tab"), self.tr("The next or the previous field")),
            (native("Space"), self.tr("Tick or untick the chosen line of a list")),
            (native("Ctrl+P"), self.tr("Print what the page shows (the report, the minutes)")),
            (native("Ctrl+Q"), self.tr("Quit the program (the data is backed up if it changed)")),
        ]
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text())
            for r in range(self.table.rowCount())
        ]
