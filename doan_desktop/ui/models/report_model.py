"""The report page's table: each indicator (and its breakdowns) with this period's value,
the previous period's, and the note of a typed or corrected value."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from doan_desktop.core.indicators import CHAPTER, ETHNICITY, CodeList, code_list, disagg_label
from doan_desktop.core.reporting import Value
from doan_desktop.documents.report import format_value

INDICATOR, UNIT, VALUE, PREVIOUS, NOTE = range(5)
ROW_ROLE = Qt.UserRole + 1
MANUAL_BACKGROUND = QColor("#fff8e1")  # typed or corrected by the office
MISSING = "—"
_ROOT = QModelIndex()


@dataclass(frozen=True)
class ReportLine:
    value: Value
    label: str
    unit: str
    previous: int | str | None
    breakdown: bool  # a disaggregation under the line above

    @property
    def typed(self) -> bool:
        return self.value.value is not None and (
            self.value.corrected or self.value.source == "manual"
        )


def report_lines(
    values: list[Value],
    previous: dict,
    language: str,
    breakdowns: bool,
    codes: CodeList | None = None,
) -> list[ReportLine]:
    """Totals and the sex breakdown always; chapters and ethnicities when asked. ``codes``:
    the list the values follow (the period's), the shipped one by default."""
    codes = codes or code_list()
    lines = []
    for value in values:
        if not breakdowns and value.disagg.startswith((CHAPTER, ETHNICITY)):
            continue
        indicator = codes.get(value.indicator)
        label = indicator.label_in(language) if not value.disagg else disagg_label(value.disagg)
        lines.append(
            ReportLine(
                value,
                label,
                indicator.unit_in(language),
                previous.get((value.indicator, value.disagg)),
                bool(value.disagg),
            )
        )
    return lines


class ReportModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ReportLine] = []
        self._headers = [
            self.tr("Indicator"),
            self.tr("Unit"),
            self.tr("This period"),
            self.tr("Previous period"),
            self.tr("Note"),
        ]

    def set_rows(self, rows: list[ReportLine], period: str = "", previous: str = "") -> None:
        self.beginResetModel()
        self.rows = rows
        if period:
            self._headers[VALUE] = period
            self._headers[PREVIOUS] = previous
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        line = self.rows[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:
            if column == INDICATOR:
                return ("    " + line.label) if line.breakdown else line.label
            if column == UNIT:
                return "" if line.breakdown else line.unit
            if column == VALUE:
                text = MISSING if line.value.value is None else format_value(line.value.value)
                return text + (" *" if line.typed else "")
            if column == PREVIOUS:
                return MISSING if line.previous is None else format_value(line.previous)
            if column == NOTE:
                return line.value.note
            return None
        if role == Qt.TextAlignmentRole and column in (VALUE, PREVIOUS):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.FontRole and not line.breakdown and column == INDICATOR:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.BackgroundRole and line.typed and column in (VALUE, NOTE):
            return QBrush(MANUAL_BACKGROUND)
        if role == Qt.ToolTipRole:
            if line.value.corrected:
                return self.tr("Corrected by the office; the records give {value}.").format(
                    value=format_value(line.value.computed)
                )
            if line.value.source == "manual":
                return self.tr("Typed by the office: the records cannot give this number.")
            if line.value.source == "derived":
                return self.tr("Computed from the other values.")
            return None
        if role == ROW_ROLE:
            return line
        return None
