"""The trash table: what kind of record was trashed, its name, a detail, and when; and the
proxy that filters it by kind and by the words searched."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from doan_desktop.core.text import collation_key, fold
from doan_desktop.core.trash import TrashItem, kind_labels
from doan_desktop.ui.models.chapters_model import (
    ROW_ROLE,
    SEARCH_ROLE,
    SORT_ROLE,
    SearchSortProxy,
)

KIND, NAME, DETAIL, DELETED_AT = range(4)


def local_time(utc: dt.datetime) -> dt.datetime:
    """Stored times are UTC without a zone; the clerk reads the PC's local time."""
    return utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


class TrashModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[TrashItem] = []
        self._kinds = kind_labels()

    def set_rows(self, items: list[TrashItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._kinds = kind_labels()
        self.endResetModel()

    def item(self, row: int) -> TrashItem:
        return self._items[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < 4:
            return (
                QCoreApplication.translate("TrashModel", "What"),
                QCoreApplication.translate("TrashModel", "Name"),
                QCoreApplication.translate("TrashModel", "Details"),
                QCoreApplication.translate("TrashModel", "Moved to trash"),
            )[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:
            if column == KIND:
                return self._kinds.get(item.kind, item.kind)
            if column == NAME:
                return item.name
            if column == DETAIL:
                return item.detail
            return local_time(item.deleted_at).strftime("%d/%m/%Y %H:%M")
        if role == Qt.ToolTipRole and column in (NAME, DETAIL):
            return item.name if column == NAME else item.detail
        if role == SORT_ROLE:
            if column == DELETED_AT:
                return item.deleted_at.isoformat()
            return collation_key(self.data(index, Qt.DisplayRole))
        if role == SEARCH_ROLE:
            return fold(f"{item.name} {item.detail}")
        if role == ROW_ROLE:
            return item
        return None


class TrashProxy(SearchSortProxy):
    """Search and sort as everywhere, and show one kind of record (``None``: every kind)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._kind: str | None = None

    def kind(self) -> str | None:
        return self._kind

    def set_kind(self, kind: str | None) -> None:
        if kind == self._kind:
            return
        if not hasattr(self, "beginFilterChange"):  # Qt before 6.9
            self._kind = kind
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(SearchSortProxy.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        if self._kind is not None:
            index = self.sourceModel().index(source_row, 0, source_parent)
            if self.sourceModel().data(index, ROW_ROLE).kind != self._kind:
                return False
        return super().filterAcceptsRow(source_row, source_parent)
