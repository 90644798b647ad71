"""The chapters table: one ChapterRow per line, sorted in Vietnamese order, searched without
diacritics."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from doan_desktop.core.chapters import ChapterRow
from doan_desktop.core.text import collation_key, fold
from doan_desktop.core.vocab import chapter_kind_labels

# What the proxy sorts by: collation keys for text (so "Đ" follows "D"), numbers for counts.
SORT_ROLE = Qt.UserRole + 1
# The folded text the search box is matched against.
SEARCH_ROLE = Qt.UserRole + 2
ROW_ROLE = Qt.UserRole + 3

NAME, KIND, MEMBERS, YOUTH, SECRETARY, ACTIVE = range(6)
_INACTIVE = QColor("#78909c")


class ChaptersModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ChapterRow] = []
        self._kinds = chapter_kind_labels()

    def set_rows(self, rows: list[ChapterRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._kinds = chapter_kind_labels()
        self.endResetModel()

    def row(self, index: int) -> ChapterRow:
        return self._rows[index]

    def rows(self) -> list[ChapterRow]:
        return list(self._rows)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal or not 0 <= section < 6:
            return None
        if role == Qt.DisplayRole:
            return (
                QCoreApplication.translate("ChaptersModel", "Chapter"),
                QCoreApplication.translate("ChaptersModel", "Kind"),
                QCoreApplication.translate("ChaptersModel", "Members"),
                QCoreApplication.translate("ChaptersModel", "Youth"),
                QCoreApplication.translate("ChaptersModel", "Secretary"),
                QCoreApplication.translate("ChaptersModel", "Active"),
            )[section]
        if role == Qt.TextAlignmentRole and section in (MEMBERS, YOUTH):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            if column in (MEMBERS, YOUTH):
                return row.members if column == MEMBERS else row.youth
            if column == ACTIVE:
                return 0 if row.active else 1
            return collation_key(self._display(row, column))
        if role == SEARCH_ROLE:
            return fold(" ".join((row.name, self._kinds.get(row.kind, row.kind), row.secretary)))
        if role == ROW_ROLE:
            return row
        if role == Qt.TextAlignmentRole and column in (MEMBERS, YOUTH):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ForegroundRole and not row.active:
            return QBrush(_INACTIVE)
        if role == Qt.ToolTipRole and column == NAME:
            # The whole name (the column may cut it short) and the note under it.
            return f"{row.name}\n{row.note}" if row.note else row.name
        return None

    def _display(self, row: ChapterRow, column: int) -> str | int:
        if column == NAME:
            return row.name
        if column == KIND:
            return self._kinds.get(row.kind, row.kind)
        if column == MEMBERS:
            return row.members
        if column == YOUTH:
            return row.youth
        if column == SECRETARY:
            return row.secretary
        return (
            QCoreApplication.translate("ChaptersModel", "Yes")
            if row.active
            else QCoreApplication.translate("ChaptersModel", "No (deactivated)")
        )


class SearchSortProxy(QSortFilterProxyModel):
    """Sorts on SORT_ROLE and keeps the rows whose SEARCH_ROLE text holds every word typed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt before 6.9
            self._words = fold(text).split()
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        haystack = self.sourceModel().data(index, SEARCH_ROLE) or ""
        return all(word in haystack for word in self._words)
