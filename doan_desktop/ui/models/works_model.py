"""The tables of the works & volunteering page: one model class, fed plain rows, with the
columns of each list (works and tasks, volunteer drives, commendations, cadre plans).

Sorting and the search go through chapters_model.SearchSortProxy (SORT_ROLE, SEARCH_ROLE)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from doan_desktop.core import commendations, volunteering, works
from doan_desktop.core.text import collation_key, fold
from doan_desktop.documents.vietnamese import number
from doan_desktop.ui.models.chapters_model import ROW_ROLE, SEARCH_ROLE, SORT_ROLE


def _day(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def _ordinal(value: dt.date | None) -> int:
    return value.toordinal() if value else 0


@dataclass
class Column:
    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # default: the text in Vietnamese order
    numeric: bool = False


class RecordsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], search_text: Callable[[Any], str], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._search_text = search_text
        self._rows: list = []
        self._search: list[str] = []

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = [fold(self._search_text(r)) for r in self._rows]
        self.endResetModel()

    def row(self, index: int):
        return self._rows[index]

    def rows(self) -> list:
        return list(self._rows)

    def row_of(self, record_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    def column_titles(self) -> list[str]:
        return [c.title for c in self._columns]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.DisplayRole:
            return self._columns[section].title
        if role == Qt.TextAlignmentRole and self._columns[section].numeric:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else collation_key(column.text(row))
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.TextAlignmentRole and column.numeric:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None


# ----------------------------------------------------------------------------- the four lists


def _period(start: dt.date, end: dt.date | None) -> str:
    """ "04/10/2026 – 18/11/2026"; a single day alone; "04/10/2026 – …" while still going."""
    if end is None:
        return f"{_day(start)} – …"
    return _day(start) if end == start else f"{_day(start)} – {_day(end)}"


def works_model(parent=None) -> RecordsModel:
    kinds, states = works.kind_labels(), works.state_labels()
    columns = [
        Column(QCoreApplication.translate("WorksModel", "Name"), lambda r: r.name),
        Column(
            QCoreApplication.translate("WorksModel", "Kind"), lambda r: kinds.get(r.kind, r.kind)
        ),
        Column(
            QCoreApplication.translate("WorksModel", "Chapters"),
            lambda r: ", ".join(r.chapter_names),
        ),
        Column(
            QCoreApplication.translate("WorksModel", "Dates"),
            lambda r: _period(r.start_date, r.end_date),
            lambda r: _ordinal(r.start_date),
        ),
        Column(
            QCoreApplication.translate("WorksModel", "State"),
            lambda r: states.get(r.state, r.state),
            lambda r: works.STATES.index(r.state) if r.state in works.STATES else 9,
        ),
        Column(
            QCoreApplication.translate("WorksModel", "Value (đ)"),
            lambda r: number(r.value),
            lambda r: r.value,
            True,
        ),
        Column(
            QCoreApplication.translate("WorksModel", "Workdays"),
            lambda r: number(r.workdays),
            lambda r: r.workdays,
            True,
        ),
        Column(
            QCoreApplication.translate("WorksModel", "Participants"),
            lambda r: number(r.participant_count),
            lambda r: r.participant_count,
            True,
        ),
    ]
    return RecordsModel(
        columns,
        lambda r: " ".join(
            [
                r.name,
                r.description,
                kinds.get(r.kind, ""),
                states.get(r.state, ""),
                *r.chapter_names,
            ]
        ),
        parent,
    )


def drives_model(parent=None) -> RecordsModel:
    fields = volunteering.field_labels()
    columns = [
        Column(QCoreApplication.translate("WorksModel", "Name"), lambda r: r.name),
        Column(
            QCoreApplication.translate("WorksModel", "Field"),
            lambda r: fields.get(r.field, r.field),
        ),
        Column(
            QCoreApplication.translate("WorksModel", "Chapter"),
            lambda r: r.chapter_name or QCoreApplication.translate("WorksModel", "Whole commune"),
        ),
        Column(
            QCoreApplication.translate("WorksModel", "Dates"),
            lambda r: _period(r.start_date, r.end_date),
            lambda r: _ordinal(r.start_date),
        ),
        Column(
            QCoreApplication.translate("WorksModel", "Teams"),
            lambda r: number(r.teams),
            lambda r: r.teams,
            True,
        ),
        Column(
            QCoreApplication.translate("WorksModel", "Volunteers"),
            lambda r: number(r.volunteers),
            lambda r: r.volunteers,
            True,
        ),
        Column(
            QCoreApplication.translate("WorksModel", "Lượt"),
            lambda r: number(r.participation),
            lambda r: r.participation,
            True,
        ),
        Column(
            QCoreApplication.translate("WorksModel", "Helped"),
            lambda r: number(r.people_helped),
            lambda r: r.people_helped,
            True,
        ),
        Column(
            QCoreApplication.translate("WorksModel", "Value (đ)"),
            lambda r: number(r.value),
            lambda r: r.value,
            True,
        ),
    ]
    return RecordsModel(
        columns,
        lambda r: " ".join(
            [
                r.name,
                r.description,
                r.chapter_name,
                fields.get(r.field, ""),
                volunteering.FIELD_NAMES_VI.get(r.field, ""),
            ]
        ),
        parent,
    )


def commendations_model(parent=None) -> RecordsModel:
    levels = commendations.level_labels()
    columns = [
        Column(QCoreApplication.translate("WorksModel", "Commended"), lambda r: r.recipient_name),
        Column(
            QCoreApplication.translate("WorksModel", "Person or chapter"),
            lambda r: (
                QCoreApplication.translate("WorksModel", "Chapter")
                if r.recipient == commendations.CHAPTER
                # A value (the recipient is one person, "cá nhân"), not the name column below.
                else QCoreApplication.translate("WorksModel", "Individual")
            ),
        ),
        Column(QCoreApplication.translate("WorksModel", "Chapter"), lambda r: r.chapter_name),
        Column(
            QCoreApplication.translate("WorksModel", "Level"),
            lambda r: levels.get(r.level, r.level),
            lambda r: commendations.LEVELS.index(r.level) if r.level in commendations.LEVELS else 9,
        ),
        Column(QCoreApplication.translate("WorksModel", "Title"), lambda r: r.title),
        Column(QCoreApplication.translate("WorksModel", "Decision"), lambda r: r.decision_number),
        Column(
            QCoreApplication.translate("WorksModel", "Date"),
            lambda r: _day(r.decision_date),
            lambda r: _ordinal(r.decision_date),
        ),
    ]
    return RecordsModel(
        columns,
        lambda r: " ".join(
            [r.recipient_name, r.chapter_name, r.title, r.decision_number, levels.get(r.level, "")]
        ),
        parent,
    )


def _birth_order(shown: str) -> str:
    """ "05/02/1999" → "1999-02-05"; a year alone stays as it is."""
    return f"{shown[6:]}-{shown[3:5]}-{shown[:2]}" if len(shown) == 10 else shown


def cadres_model(parent=None) -> RecordsModel:
    columns = [
        Column(
            QCoreApplication.translate("WorksModel", "Full name"),
            lambda r: r.person_name,
            lambda r: r.sort_key,
        ),
        Column(
            QCoreApplication.translate("WorksModel", "Born"),
            lambda r: r.birth,
            lambda r: _birth_order(r.birth),
        ),
        Column(QCoreApplication.translate("WorksModel", "Chapter"), lambda r: r.chapter_name),
        Column(
            QCoreApplication.translate("WorksModel", "Planned office"), lambda r: r.planned_office
        ),
        Column(
            QCoreApplication.translate("WorksModel", "Term"), lambda r: r.term, lambda r: r.term
        ),
        Column(
            QCoreApplication.translate("WorksModel", "Notes"), lambda r: r.note.replace("\n", " ")
        ),
    ]
    return RecordsModel(
        columns,
        lambda r: " ".join([r.person_name, r.chapter_name, r.planned_office, r.term, r.note]),
        parent,
    )
