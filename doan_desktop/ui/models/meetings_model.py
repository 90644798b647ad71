"""Table models of the meetings page and the meeting form: the list of meetings, and the
attendance list (each expected person present, absent with a reason, or absent)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from doan_desktop.core.meeting_kinds import (
    ABSENT,
    ATTENDANCE_STATUSES,
    EXCUSED,
    FINAL,
    JOINT,
    PRESENT,
    attendance_labels,
    meeting_kind_labels,
    state_labels,
)
from doan_desktop.core.meetings import AttendanceInput, ExpectedPerson, MeetingRow

_INDEX = QModelIndex()
ID_ROLE = Qt.UserRole
_DRAFT = QColor("#9a5b00")
_ABSENT = QColor("#c62828")
_EXCUSED = QColor("#546e7a")

# ---------------------------------------------------------------------------- the list

DATE, KIND, CHAPTER, ATTENDANCE, CHAIR, STATE = range(6)
LIST_COLUMNS = 6


class MeetingsTableModel(QAbstractTableModel):
    """Meetings, most recent first (the order ``list_meetings`` gives)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = [
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Chapter"),
            self.tr("Present"),
            self.tr("Chair"),
            self.tr("State"),
        ]
        self._rows: list[MeetingRow] = []
        self._display: list[tuple[str, ...]] = []

    def set_rows(self, rows: Sequence[MeetingRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        kinds, states = meeting_kind_labels(), state_labels()
        commune = self.tr("Commune")
        self._display = []
        for r in self._rows:
            if r.kind == JOINT:
                where = self.tr("{host} (host) + {others}").format(
                    host=r.chapter, others=", ".join(r.participants)
                )
            else:
                where = r.chapter or commune
            if r.theme:
                where = f"{where} — {r.theme}"
            self._display.append(
                (
                    r.date.strftime("%d/%m/%Y"),
                    kinds.get(r.kind, r.kind),
                    where,
                    self.tr("{present}/{expected}").format(present=r.present, expected=r.expected)
                    + (self.tr(" +{n} guests").format(n=r.guests) if r.guests else ""),
                    r.chair,
                    states.get(r.state, r.state),
                )
            )
        self.endResetModel()

    def meeting(self, row: int) -> MeetingRow:
        return self._rows[row]

    def row_of(self, meeting_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == meeting_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> int:
        return 0 if parent.isValid() else LIST_COLUMNS

    def data(self, index, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.DisplayRole:
            return self._display[index.row()][index.column()]
        if role == Qt.ToolTipRole and index.column() in (CHAPTER, CHAIR):
            return self._display[index.row()][index.column()] or None
        if role == Qt.ForegroundRole and index.column() == STATE and row.state != FINAL:
            return _DRAFT
        if role == ID_ROLE:
            return row.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < LIST_COLUMNS:
            return self._headers[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable


# ---------------------------------------------------------------------------- attendance

NAME, DETAIL, STATUS, REASON = range(4)
ATTENDANCE_COLUMNS = 4


class AttendanceModel(QAbstractTableModel):
    """The expected people and their marks. Status and reason are editable; giving a reason
    marks the person absent with a reason, marking them present clears it."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers = [
            self.tr("Name"),
            self.tr("Chapter or office"),
            self.tr("Attendance"),
            self.tr("Reason"),
        ]
        self._people: list[ExpectedPerson] = []
        self._marks: list[AttendanceInput] = []
        self._read_only = False

    def set_people(
        self, people: Sequence[ExpectedPerson], marks: Sequence[AttendanceInput] = ()
    ) -> None:
        """Everyone in ``people``; marks kept from ``marks`` (by person), else present."""
        known = {m.person_id: m for m in marks}
        self.beginResetModel()
        self._people = list(people)
        self._marks = [
            AttendanceInput(p.person_id, known[p.person_id].status, known[p.person_id].reason)
            if p.person_id in known
            else AttendanceInput(p.person_id, PRESENT)
            for p in self._people
        ]
        self.endResetModel()
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    def marks(self) -> list[AttendanceInput]:
        return [AttendanceInput(m.person_id, m.status, m.reason) for m in self._marks]

    def people(self) -> list[ExpectedPerson]:
        return list(self._people)

    def present_people(self) -> list[ExpectedPerson]:
        return [p for p, m in zip(self._people, self._marks, strict=True) if m.status == PRESENT]

    def row_of(self, person_id: str) -> int:
        return next((i for i, p in enumerate(self._people) if p.person_id == person_id), -1)

    def mark(self, row: int, status: str, reason: str = "") -> None:
        """Set one person's mark (what the editors do, and what a test does)."""
        self.setData(self.index(row, STATUS), status, Qt.EditRole)
        if status == EXCUSED and reason:
            self.setData(self.index(row, REASON), reason, Qt.EditRole)

    def mark_all_present(self) -> None:
        for mark in self._marks:
            mark.status, mark.reason = PRESENT, ""
        if self._marks:
            self.dataChanged.emit(self.index(0, STATUS), self.index(len(self._marks) - 1, REASON))
        self.changed.emit()

    # ------------------------------------------------------------------ Qt

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> int:
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> int:
        return 0 if parent.isValid() else ATTENDANCE_COLUMNS

    def data(self, index, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        person, mark = self._people[index.row()], self._marks[index.row()]
        column = index.column()
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            text = (
                person.name,
                person.detail,
                attendance_labels().get(mark.status, mark.status),
                mark.reason,
            )[column]
            return text if role == Qt.DisplayRole or text else None
        if role == Qt.EditRole:
            return (person.name, person.detail, mark.status, mark.reason)[column]
        if role == Qt.ForegroundRole and column == STATUS:
            if mark.status == ABSENT:
                return _ABSENT
            if mark.status == EXCUSED:
                return _EXCUSED
        if role == ID_ROLE:
            return person.person_id
        return None

    def setData(self, index, value, role: int = Qt.EditRole) -> bool:
        if not index.isValid() or role != Qt.EditRole or self._read_only:
            return False
        mark = self._marks[index.row()]
        if index.column() == STATUS and value in ATTENDANCE_STATUSES:
            mark.status = value
            if value != EXCUSED:
                mark.reason = ""
        elif index.column() == REASON:
            mark.reason = str(value or "").strip()
            if mark.reason:
                mark.status = EXCUSED
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), STATUS), self.index(index.row(), REASON))
        self.changed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if (
            orientation == Qt.Horizontal
            and role == Qt.DisplayRole
            and 0 <= section < ATTENDANCE_COLUMNS
        ):
            return self._headers[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if index.column() in (STATUS, REASON) and not self._read_only:
            flags |= Qt.ItemIsEditable
        return flags
