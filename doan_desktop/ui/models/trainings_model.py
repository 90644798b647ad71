"""Table models of the trainings page, the training form and a person's history.

The read-only lists share ``RowsModel``: each column says how it displays a row and how it
sorts (collation keys for text, numbers and dates as such), and each row how it is searched
(folded text), so ``SearchSortProxy`` sorts and filters all of them alike. The participants of
the form are editable: the result, the certificate number, and a guest's name and title.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from doan_desktop.core import trainings as core
from doan_desktop.core.club import ClubMemberRow
from doan_desktop.core.dates import display as display_date
from doan_desktop.core.meeting_kinds import attendance_labels, meeting_kind_labels, state_labels
from doan_desktop.core.person_history import PersonMeeting
from doan_desktop.core.roster import PersonRow
from doan_desktop.core.text import collation_key, fold
from doan_desktop.ui.models.chapters_model import ROW_ROLE, SEARCH_ROLE, SORT_ROLE

_INDEX = QModelIndex()
_MUTED = QColor("#546e7a")
_ERROR_BACKGROUND = QColor("#ffebee")
_ABSENT = QColor("#c62828")


def dates_text(start: dt.date, end: dt.date) -> str:
    if end == start:
        return start.strftime("%d/%m/%Y")
    return f"{start.strftime('%d/%m/%Y')} – {end.strftime('%d/%m/%Y')}"


@dataclass
class Column:
    header: str
    display: Callable[[Any], Any]
    sort: Callable[[Any], Any] | None = None  # default: the collation key of the display
    right: bool = False


class RowsModel(QAbstractTableModel):
    """A read-only list of dataclass rows, one per line."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._columns: list[Column] = self.columns()

    def columns(self) -> list[Column]:  # pragma: no cover - every subclass names its columns
        raise NotImplementedError

    def search_text(self, row) -> str:
        return " ".join(str(c.display(row)) for c in self._columns)

    def muted(self, row) -> bool:
        return False

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._columns = self.columns()  # labels follow a change of language
        self._rows = list(rows)
        self._search = [fold(self.search_text(r)) for r in self._rows]
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def row(self, index: int):
        return self._rows[index]

    def row_of(self, row_id: str) -> int:
        for number, row in enumerate(self._rows):
            if getattr(row, "id", None) == row_id:
                return number
        return -1

    def rowCount(self, parent=_INDEX) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.DisplayRole:
            return self._columns[section].header
        if role == Qt.TextAlignmentRole and self._columns[section].right:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.DisplayRole:
            return column.display(row)
        if role == Qt.ToolTipRole:
            value = column.display(row)
            return str(value) if value not in ("", None) else None
        if role == SORT_ROLE:
            if column.sort is not None:
                return column.sort(row)
            return collation_key(str(column.display(row)))
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.TextAlignmentRole and column.right:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ForegroundRole and self.muted(row):
            return QBrush(_MUTED)
        return None


# ---------------------------------------------------------------------------- the trainings page


class TrainingsModel(RowsModel):
    def columns(self) -> list[Column]:
        kinds, levels, states = core.kind_labels(), core.level_labels(), core.state_labels()
        return [
            Column(
                self.tr("Dates"),
                lambda r: dates_text(r.start_date, r.end_date),
                lambda r: r.start_date.toordinal(),
            ),
            Column(self.tr("Title"), lambda r: r.title),
            Column(self.tr("Kind"), lambda r: kinds.get(r.kind, r.kind)),
            Column(self.tr("Level"), lambda r: levels.get(r.level, r.level)),
            Column(
                self.tr("Hours"),
                lambda r: r.hours.replace(".", ","),
                lambda r: float(r.hours or 0),
                right=True,
            ),
            Column(self.tr("Took part"), lambda r: r.participants, lambda r: r.participants, True),
            Column(self.tr("Completed"), lambda r: r.completed, lambda r: r.completed, True),
            Column(self.tr("Club"), lambda r: self.tr("Yes") if r.for_club else ""),
            Column(self.tr("State"), lambda r: states.get(r.state, r.state)),
        ]

    def search_text(self, row: core.TrainingRow) -> str:
        return " ".join((super().search_text(row), row.place, row.trainers, row.search_key))

    def muted(self, row: core.TrainingRow) -> bool:
        return row.state == core.PLANNED


T_DATES, T_TITLE, T_KIND, T_LEVEL, T_HOURS, T_TOOK_PART, T_COMPLETED, T_CLUB, T_STATE = range(9)


class ClubMembersModel(RowsModel):
    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Name"), lambda r: r.name, lambda r: r.sort_key),
            Column(self.tr("Chapter"), lambda r: r.chapter),
            Column(self.tr("Office"), lambda r: r.office),
            Column(self.tr("Member since"), lambda r: display_date(r.since), lambda r: r.since),
            Column(self.tr("Until"), lambda r: display_date(r.until), lambda r: r.until or "~"),
            Column(self.tr("Trainings"), lambda r: r.trainings, lambda r: r.trainings, True),
            Column(self.tr("Sessions"), lambda r: r.sessions, lambda r: r.sessions, True),
        ]

    def muted(self, row: ClubMemberRow) -> bool:
        return not row.current


C_NAME, C_CHAPTER, C_OFFICE, C_SINCE, C_UNTIL, C_TRAININGS, C_SESSIONS = range(7)


class PersonTrainingsModel(RowsModel):
    """A person's trainings with their result (the history dialog and the club tab)."""

    def columns(self) -> list[Column]:
        kinds, results = core.kind_labels(), core.result_labels()
        return [
            Column(
                self.tr("Dates"),
                lambda r: dates_text(r.start_date, r.end_date),
                lambda r: r.start_date.toordinal(),
            ),
            Column(self.tr("Training"), lambda r: r.title),
            Column(self.tr("Kind"), lambda r: kinds.get(r.kind, r.kind)),
            Column(self.tr("Result"), lambda r: results.get(r.result, r.result)),
            Column(self.tr("Certificate"), lambda r: r.certificate_number),
        ]

    def muted(self, row: core.PersonTraining) -> bool:
        return row.result in (core.ABSENT, core.REGISTERED)


class PersonMeetingsModel(RowsModel):
    """A person's meetings: where, and whether they came."""

    def columns(self) -> list[Column]:
        kinds, marks, states = meeting_kind_labels(), attendance_labels(), state_labels()
        commune = self.tr("Commune")

        def where(r: PersonMeeting) -> str:
            text = r.chapter or commune
            return f"{text} — {r.theme}" if r.theme else text

        return [
            Column(
                self.tr("Date"), lambda r: r.date.strftime("%d/%m/%Y"), lambda r: r.date.toordinal()
            ),
            Column(self.tr("Meeting"), lambda r: kinds.get(r.kind, r.kind)),
            Column(self.tr("Chapter"), where),
            Column(
                self.tr("Attendance"),
                lambda r: marks.get(r.status, r.status) + (f" ({r.reason})" if r.reason else ""),
            ),
            Column(self.tr("Minutes"), lambda r: states.get(r.state, r.state)),
        ]

    def muted(self, row: PersonMeeting) -> bool:
        return row.status != "present"


class PeoplePickModel(RowsModel):
    """People of the roster to pick from: name, chapter, member or youth."""

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Name"), lambda r: r.full_name, lambda r: r.sort_key),
            Column(self.tr("Chapter"), lambda r: r.chapter),
            Column(
                self.tr("Member or youth"),
                lambda r: self.tr("Member") if r.is_member else self.tr("Youth"),
            ),
            Column(self.tr("Office"), lambda r: r.office),
        ]

    def search_text(self, row: PersonRow) -> str:
        return " ".join((row.full_name, row.chapter, row.office, row.id_number, row.phone))


# ---------------------------------------------------------------------------- participants

P_NAME, P_DETAIL, P_RESULT, P_CERTIFICATE = range(4)
RESULT_ROLE = Qt.UserRole + 10


class ParticipantsModel(QAbstractTableModel):
    """The participants of the form; a guest's name and title, the result and the certificate
    number are edited in place. ``changed`` follows every edit."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[core.ParticipantView] = []
        self._state = core.HELD
        self._problem_rows: set[int] = set()
        self._read_only = False

    # -- data in and out

    def set_participants(self, rows: Sequence[core.ParticipantView]) -> None:
        self.beginResetModel()
        self._rows = [core.ParticipantView(**vars(r)) for r in rows]
        self.endResetModel()

    def participants(self) -> list[core.ParticipantView]:
        return list(self._rows)

    def inputs(self) -> list[core.ParticipantInput]:
        return [
            core.ParticipantInput(
                person_id=r.person_id,
                guest_name="" if r.person_id else r.name,
                guest_title="" if r.person_id else r.detail,
                result=r.result,
                certificate_number=r.certificate_number,
            )
            for r in self._rows
        ]

    def person_ids(self) -> set[str]:
        return {r.person_id for r in self._rows if r.person_id}

    def add(self, rows: Sequence[core.ParticipantView]) -> int:
        """Append; returns the row of the first added."""
        first = len(self._rows)
        if rows:
            self.beginInsertRows(_INDEX, first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
            self.changed.emit()
        return first

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(_INDEX, row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.changed.emit()

    def set_state(self, state: str) -> None:
        """Planned: everyone is invited; held: the invited become "attended" to be corrected."""
        if state == self._state:
            return
        self._state = state
        for r in self._rows:
            if state == core.PLANNED:
                r.result, r.certificate_number = core.REGISTERED, ""
            elif r.result == core.REGISTERED:
                r.result = core.ATTENDED
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 3))

    def default_result(self) -> str:
        return core.REGISTERED if self._state == core.PLANNED else core.ATTENDED

    def set_all(self, result: str) -> None:
        for r in self._rows:
            r.result = result
            if result != core.COMPLETED:
                r.certificate_number = ""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 3))
            self.changed.emit()

    def set_problem_rows(self, rows: set[int]) -> None:
        if rows != self._problem_rows:
            self._problem_rows = set(rows)
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 3))

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    # -- Qt

    def rowCount(self, parent=_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role != Qt.DisplayRole or orientation != Qt.Horizontal or not 0 <= section < 4:
            return None
        return (
            self.tr("Name"),
            self.tr("Chapter, or a guest's title"),
            self.tr("Result"),
            self.tr("Certificate no."),
        )[section]

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if self._read_only:
            return flags
        row = self._rows[index.row()]
        column = index.column()
        if column in (P_NAME, P_DETAIL) and row.is_guest:
            flags |= Qt.ItemIsEditable
        elif column == P_RESULT and self._state == core.HELD:
            flags |= Qt.ItemIsEditable
        elif column == P_CERTIFICATE and row.result == core.COMPLETED:
            flags |= Qt.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.DisplayRole, Qt.EditRole):
            if column == P_NAME:
                return row.name
            if column == P_DETAIL:
                if role == Qt.DisplayRole and row.is_guest:
                    title = row.detail or ""
                    return (
                        self.tr("Guest: {title}").format(title=title) if title else self.tr("Guest")
                    )
                return row.detail
            if column == P_RESULT:
                if role == Qt.EditRole:
                    return row.result
                return core.result_labels().get(row.result, row.result)
            if column == P_CERTIFICATE:
                return row.certificate_number
            return None
        if role == RESULT_ROLE:
            return row.result
        if role == Qt.BackgroundRole and index.row() in self._problem_rows:
            return QBrush(_ERROR_BACKGROUND)
        if role == Qt.ForegroundRole and column == P_RESULT and row.result == core.ABSENT:
            return QBrush(_ABSENT)
        if role == Qt.ToolTipRole and column == P_CERTIFICATE and row.result != core.COMPLETED:
            return self.tr("Only someone who completed the training has a certificate")
        return None

    def setData(self, index, value, role=Qt.EditRole) -> bool:  # noqa: N802
        if (
            role != Qt.EditRole
            or not index.isValid()
            or not (self.flags(index) & Qt.ItemIsEditable)
        ):
            return False
        row, column = self._rows[index.row()], index.column()
        text = "" if value is None else str(value)
        if column == P_NAME:
            row.name = text.strip()
        elif column == P_DETAIL:
            row.detail = text.strip()
        elif column == P_RESULT:
            if text not in core.RESULTS:
                return False
            row.result = text
            if text != core.COMPLETED:
                row.certificate_number = ""
        elif column == P_CERTIFICATE:
            row.certificate_number = text.strip()
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 3))
        self.changed.emit()
        return True
