"""Table models of the roster: the people table (fast filtering and sorting of tens of
thousands of rows) and a person's offices.

The people model keeps every row with its display strings computed once. A filter is one
Python pass over a precomputed order; a sort is one ``sorted`` over precomputed keys, cached
per column. A QSortFilterProxyModel would call back into Python for every row and every
comparison, which is too slow at 20,000 people.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from doan_desktop.core.dates import display as display_date
from doan_desktop.core.roster import OfficeRow, PersonRow
from doan_desktop.core.text import collation_key, fold
from doan_desktop.core.vocab import (
    CURRENT_STATUSES,
    gender_labels,
    office_role_labels,
    status_labels,
)

# Columns of the people table, in order.
NAME, BIRTH, GENDER, CHAPTER, KIND, OFFICE, STATUS, PHONE, ID_NUMBER, ETHNICITY = range(10)
COLUMN_COUNT = 10

# chapter_id filter value meaning "people in no chapter".
NO_CHAPTER = "__none__"

PERSON_ID_ROLE = Qt.UserRole
_FADED = QColor("#757575")
_INDEX = QModelIndex()
# data() and flags() run for every visible cell on every repaint: compare plain ints and return
# prebuilt values, because Python enum operations cost more than the rest of the call.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_USER = Qt.ItemDataRole.UserRole.value
_HORIZONTAL = Qt.Orientation.Horizontal
_FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable
_NO_FLAGS = Qt.NoItemFlags
_TOOLTIP_COLUMNS = frozenset((0, 3, 5, 6))  # name, chapter, office, status: may be cut short


class PeopleTableModel(QAbstractTableModel):
    """All people given to ``set_rows``; shows those passing ``set_filter``, in ``sort`` order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = [
            self.tr("Full name"),
            self.tr("Born"),
            self.tr("Sex"),
            self.tr("Chapter"),
            self.tr("Member / youth"),
            self.tr("Office"),
            self.tr("Status"),
            self.tr("Phone"),
            self.tr("Citizen ID"),
            self.tr("Ethnicity"),
        ]
        self._rows: list[PersonRow] = []
        self._display: list[tuple[str, ...]] = []
        self._current: list[bool] = []
        self._search_keys: list[str] = []
        self._chapters: list[str | None] = []
        self._members: list[bool] = []
        self._statuses: list[str] = []
        self._roster_order: list[int] = []
        self._sort_keys: dict[int, list] = {}
        self._orders: dict[tuple[int, bool], list[int]] = {}
        self._visible: list[int] = []
        self._sort_column = NAME
        self._descending = False
        self._filter: tuple = (None, None, None, ())
        self._members_label = self.tr("Member")
        self._youth_label = self.tr("Youth")

    # ------------------------------------------------------------------ data in

    def set_rows(self, rows: Sequence[PersonRow]) -> None:
        """Replace every row; keeps the current filter and sort."""
        self.beginResetModel()
        self._rows = list(rows)
        genders = gender_labels()
        statuses = status_labels()
        member, youth = self._members_label, self._youth_label
        self._display = [
            (
                r.full_name,
                display_date(r.birth_date),
                genders.get(r.gender, r.gender),
                r.chapter,
                member if r.is_member else youth,
                r.office,
                statuses.get(r.status, r.status),
                r.phone,
                r.id_number,
                r.ethnicity,
            )
            for r in self._rows
        ]
        self._current = [r.status in CURRENT_STATUSES for r in self._rows]
        # Plain lists read faster than attributes in the per-keystroke loops below.
        self._search_keys = [r.search_key for r in self._rows]
        self._chapters = [r.chapter_id for r in self._rows]
        self._members = [r.is_member for r in self._rows]
        self._statuses = [r.status for r in self._rows]
        self._roster_order = sorted(
            range(len(self._rows)), key=lambda i: (self._rows[i].sort_key, self._rows[i].id)
        )
        self._sort_keys = {}
        self._orders = {}
        self._visible = self._filtered(self._order())
        self.endResetModel()

    def set_filter(
        self,
        search: str = "",
        chapter_id: str | None = None,
        member: bool | None = None,
        status: str | Iterable[str] | None = None,
    ) -> None:
        """Show the people matching every criterion given.

        ``search`` is folded (no case, no diacritics, đ = d) and each word of it must occur in
        the person's search key (name, other names, phone, citizen ID). ``chapter_id`` may be
        NO_CHAPTER; ``member`` True for members, False for youth; ``status`` one code or several.
        """
        if isinstance(status, str):
            status = frozenset([status])
        elif status is not None:
            status = frozenset(status)
        words = tuple(fold(search).split())
        new = (chapter_id, member, status, words)
        if new == self._filter:
            return
        old_visible, old = self._visible, self._filter
        self._filter = new
        # Typing one more letter only narrows the last result: filter that, not everything.
        narrowing = old[:3] == new[:3] and _narrows(old[3], words)
        self.beginResetModel()
        self._visible = self._filtered(old_visible if narrowing else self._order())
        self.endResetModel()

    def _filtered(self, candidates: list[int]) -> list[int]:
        chapter_id, member, statuses, words = self._filter
        result = candidates
        if chapter_id == NO_CHAPTER:
            chapters = self._chapters
            result = [i for i in result if not chapters[i]]
        elif chapter_id:
            chapters = self._chapters
            result = [i for i in result if chapters[i] == chapter_id]
        if member is not None:
            members = self._members
            result = [i for i in result if members[i] is member]
        if statuses is not None:
            codes = self._statuses
            result = [i for i in result if codes[i] in statuses]
        keys = self._search_keys
        for word in words:
            result = [i for i in result if word in keys[i]]
        return list(result) if result is candidates else result

    # ------------------------------------------------------------------ sorting

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        descending = order == Qt.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(index, self._visible[index.row()]) for index in persistent]
        self._sort_column, self._descending = column, descending
        self._visible = self._filtered(self._order())
        if held:
            rows_now = {person: row for row, person in enumerate(self._visible)}
            self.changePersistentIndexList(
                [index for index, _ in held],
                [
                    self.index(rows_now[person], index.column())
                    if person in rows_now
                    else QModelIndex()
                    for index, person in held
                ],
            )
        self.layoutChanged.emit()

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return Qt.DescendingOrder if self._descending else Qt.AscendingOrder

    def _order(self) -> list[int]:
        """Every row index in the current sort order (ties in roster order); cached."""
        key = (self._sort_column, self._descending)
        if key not in self._orders:
            if self._sort_column == NAME:
                order = self._roster_order[::-1] if self._descending else self._roster_order
            else:
                keys = self._keys(self._sort_column)
                order = sorted(self._roster_order, key=keys.__getitem__, reverse=self._descending)
            self._orders[key] = order
        return self._orders[key]

    def _keys(self, column: int) -> list:
        if column not in self._sort_keys:
            rows = self._rows
            if column == BIRTH:
                keys = [r.birth_date for r in rows]  # ISO sorts as text; a year alone first
            elif column in (PHONE, ID_NUMBER):
                keys = [d[column] for d in self._display]
            elif column == KIND:
                keys = [not r.is_member for r in rows]
            else:
                # Few distinct values (chapters, statuses, …): compute each key once.
                cache: dict[str, str] = {}
                keys = []
                for d in self._display:
                    text = d[column]
                    key = cache.get(text)
                    if key is None:
                        key = cache[text] = collation_key(text)
                    keys.append(key)
            self._sort_keys[column] = keys
        return self._sort_keys[column]

    # ------------------------------------------------------------------ reading

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index, role: int = _DISPLAY):
        if not index.isValid():
            return None
        role = int(role)
        if role == _DISPLAY:
            return self._display[self._visible[index.row()]][index.column()]
        if role == _FOREGROUND:
            # Transferred out, aged out, removed, deceased: still listed, shown faded.
            return None if self._current[self._visible[index.row()]] else _FADED
        if role == _TOOLTIP:
            column = index.column()
            if column in _TOOLTIP_COLUMNS:
                return self._display[self._visible[index.row()]][column] or None
            return None
        if role == _USER:
            return self._rows[self._visible[index.row()]].id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):
        if orientation is _HORIZONTAL and 0 <= section < COLUMN_COUNT:
            if int(role) in (_DISPLAY, _TOOLTIP):
                return self._headers[section]
        return None

    def flags(self, index):
        return _FLAGS if index.isValid() else _NO_FLAGS

    def person(self, row: int) -> PersonRow:
        return self._rows[self._visible[row]]

    def person_id(self, row: int) -> str:
        return self._rows[self._visible[row]].id

    def row_of(self, person_id: str) -> int:
        """The visible row of a person, or -1."""
        for row, position in enumerate(self._visible):
            if self._rows[position].id == person_id:
                return row
        return -1

    def total_count(self) -> int:
        return len(self._rows)

    def counts(self) -> tuple[int, int, int]:
        """(people shown, members among them, youth among them)."""
        rows = self._rows
        members = sum(1 for i in self._visible if rows[i].is_member)
        return len(self._visible), members, len(self._visible) - members

    def left_count(self) -> int:
        """Of the people shown, those no longer counted here (transferred out, aged out,
        removed, deceased): the other pages' counts leave them out."""
        current = self._current
        return sum(1 for i in self._visible if not current[i])

    def is_filtered(self) -> bool:
        return self._filter != (None, None, None, ())


def _narrows(old_words: tuple[str, ...], new_words: tuple[str, ...]) -> bool:
    """True when every row matching ``new_words`` also matched ``old_words``."""
    if not old_words:
        return False  # nothing gained: the old result is the whole filtered set anyway
    return all(any(old in new for new in new_words) for old in old_words)


# ---------------------------------------------------------------------------- offices

ROLE, LEVEL, START, END = range(4)
OFFICE_ID_ROLE = Qt.UserRole


class OfficesTableModel(QAbstractTableModel):
    """A person's offices: role, chapter (or the commune committee), start, end."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = [self.tr("Office"), self.tr("Where"), self.tr("From"), self.tr("Until")]
        self._rows: list[OfficeRow] = []
        self._display: list[tuple[str, str, str, str]] = []

    def set_rows(self, rows: Sequence[OfficeRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        roles = office_role_labels()
        commune = self.tr("Commune committee")
        now = self.tr("in office")
        self._display = [
            (
                roles.get(r.role, r.role),
                r.chapter if r.chapter_id else commune,
                display_date(r.start_date),
                display_date(r.end_date) if r.end_date else now,
            )
            for r in self._rows
        ]
        self.endResetModel()

    def office(self, row: int) -> OfficeRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.DisplayRole:
            return self._display[index.row()][index.column()]
        if role == Qt.ForegroundRole and self._rows[index.row()].end_date:
            return _FADED
        if role == OFFICE_ID_ROLE:
            return self._rows[index.row()].id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < 4:
            return self._headers[section]
        return None

    def flags(self, index):
        return _FLAGS if index.isValid() else _NO_FLAGS
