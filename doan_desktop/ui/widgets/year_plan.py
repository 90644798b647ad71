"""The year plan: active chapters × the twelve months, the meetings by which each met (its own,
and the joint meetings it hosted or joined: ``core.chapter_months``), the year's briefings and
each month's joint meeting with its host. A past month in which a chapter did not meet is a gap
and is tinted red; months still to come stay neutral."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from doan_desktop.core.meeting_kinds import (
    BRIEFINGS_PER_YEAR,
    DRAFT,
    JOINT,
    THEMED,
    meeting_kind_labels,
)
from doan_desktop.core.meetings import PlanMeeting, YearPlan

_INDEX = QModelIndex()
MEETING_ID_ROLE = Qt.UserRole
GAP_ROLE = Qt.UserRole + 1  # True for a past month without a meeting

GAP = QColor("#fde0dc")  # soft red
HELD = QColor("#e8f5e9")  # soft green
DRAFT_COLOR = QColor("#fff8e1")  # soft amber: held, minutes not final yet
FUTURE = QColor("#fafafa")
EXTRA = QColor("#eceff1")  # the briefing and joint rows


class YearPlanModel(QAbstractTableModel):
    """Column 0 is the row's name; columns 1–12 the months. Rows: each active chapter, then
    the joint meeting row, then the briefings row."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._plan: YearPlan | None = None

    def set_plan(self, plan: YearPlan) -> None:
        self.beginResetModel()
        self._plan = plan
        self.endResetModel()

    def plan(self) -> YearPlan | None:
        return self._plan

    def joint_row(self) -> int:
        return len(self._plan.chapters) if self._plan else -1

    def briefing_row(self) -> int:
        return len(self._plan.chapters) + 1 if self._plan else -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> int:
        if parent.isValid() or self._plan is None:
            return 0
        return len(self._plan.chapters) + 2

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> int:
        return 0 if parent.isValid() else 13

    def meetings_at(self, row: int, column: int) -> list[PlanMeeting]:
        plan = self._plan
        if plan is None or not 1 <= column <= 12 or not 0 <= row < self.rowCount():
            return []
        month = column - 1
        if row < len(plan.chapters):
            return plan.chapters[row].months[month]
        if row == self.joint_row():
            return plan.joint[month]
        return [b for b in plan.briefings if b.date.month == column]

    def is_gap(self, row: int, column: int) -> bool:
        """A past month in which a chapter held no meeting, or no joint meeting was held."""
        plan = self._plan
        if plan is None or not 1 <= column <= 12 or row == self.briefing_row():
            return False
        return plan.is_past(column) and not self.meetings_at(row, column)

    def briefings_short(self) -> bool:
        """Fewer briefings than the year should have had by now (one per half year)."""
        plan = self._plan
        if plan is None:
            return False
        due = 0
        if plan.is_past(6):
            due = 1
        if plan.is_past(12):
            due = BRIEFINGS_PER_YEAR
        return len(plan.briefings) < due

    def data(self, index, role: int = Qt.DisplayRole):
        if not index.isValid() or self._plan is None:
            return None
        row, column = index.row(), index.column()
        plan = self._plan
        if column == 0:
            return self._row_header(row, role)
        items = self.meetings_at(row, column)
        if role == Qt.DisplayRole:
            return self._cell_text(row, items)
        if role == Qt.ToolTipRole:
            return self._tooltip(row, column, items)
        if role == Qt.BackgroundRole:
            if items:
                return DRAFT_COLOR if any(i.state == DRAFT for i in items) else HELD
            if self.is_gap(row, column):
                return GAP
            return FUTURE if not plan.is_past(column) else None
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignCenter)
        if role == MEETING_ID_ROLE:
            return items[0].id if items else None
        if role == GAP_ROLE:
            return self.is_gap(row, column)
        return None

    def _row_header(self, row: int, role: int):
        plan = self._plan
        if row < len(plan.chapters):
            name = plan.chapters[row].chapter
            if role in (Qt.DisplayRole, Qt.ToolTipRole):
                return name
            return None
        if row == self.joint_row():
            text = self.tr("Joint meeting (host)")
        else:
            text = self.tr("Briefings: {held} of {due} held").format(
                held=len(plan.briefings), due=BRIEFINGS_PER_YEAR
            )
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return text
        if role == Qt.BackgroundRole:
            if row == self.briefing_row() and self.briefings_short():
                return GAP
            return EXTRA
        return None

    def _cell_text(self, row: int, items: list[PlanMeeting]) -> str:
        if not items:
            return ""
        if row == self.joint_row():
            return items[0].host + (f" +{len(items) - 1}" if len(items) > 1 else "")
        if row == self.briefing_row():
            return ", ".join(i.date.strftime("%d/%m") for i in items)
        text = str(len(items))
        if any(i.kind == THEMED for i in items):
            text += self.tr(" (T)")
        if any(i.kind == JOINT for i in items):
            text += self.tr(" (J)")  # the chapter met at a joint meeting
        return text

    def _tooltip(self, row: int, column: int, items: list[PlanMeeting]) -> str | None:
        if not items:
            if self.is_gap(row, column):
                return self.tr("No meeting recorded for {month:02d}/{year}.").format(
                    month=column, year=self._plan.year
                )
            return None
        lines = []
        joint = meeting_kind_labels()[JOINT]
        for item in items:
            line = item.date.strftime("%d/%m/%Y")
            if item.kind == JOINT and row != self.joint_row():
                line += " — " + joint
            if item.host:
                line += " — " + self.tr("host: {name}").format(name=item.host)
            if item.kind == THEMED:
                line += " — " + self.tr("themed")
            if item.state == DRAFT:
                line += " — " + self.tr("draft")
            lines.append(line)
        return "\n".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation != Qt.Horizontal or role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        if section == 0:
            return self.tr("Chapter")
        if 1 <= section <= 12:
            if role == Qt.ToolTipRole:
                return self.tr("Month {month}").format(month=section)
            return self.tr("M{month}").format(month=section)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable


class YearPlanView(QTableView):
    """The grid; fills its width with no horizontal scroll bar. Double-click (or Enter) on a
    cell with a meeting asks to open it."""

    openMeeting = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan_model = YearPlanModel(self)
        self.setModel(self.plan_model)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.ElideRight)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in range(1, 13):
            header.setSectionResizeMode(column, QHeaderView.Fixed)
        self.doubleClicked.connect(self._open)
        self.activated.connect(self._open)

    def set_plan(self, plan: YearPlan) -> None:
        self.plan_model.set_plan(plan)
        self._fit_columns()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The chapter column keeps room for a name; the months share the rest equally."""
        width = self.viewport().width()
        name = max(150, min(260, width // 5))
        month = max(self.fontMetrics().horizontalAdvance("M12") + 10, (width - name) // 12)
        for column in range(1, 13):
            self.setColumnWidth(column, month)

    def _open(self, index) -> None:
        meeting_id = index.data(MEETING_ID_ROLE)
        if meeting_id:
            self.openMeeting.emit(meeting_id)
