"""The "Meetings & minutes" page: the list of meetings with filters, and the year plan."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from doan_desktop.core import clock
from doan_desktop.core import meetings as core
from doan_desktop.core.chapters import list_chapters
from doan_desktop.core.meeting_kinds import FINAL, meeting_kind_labels
from doan_desktop.core.validation import ValidationError
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs.meeting_form import MeetingForm
from doan_desktop.ui.icons import icon
from doan_desktop.ui.models.meetings_model import (
    CHAIR,
    CHAPTER,
    KIND,
    MeetingsTableModel,
)
from doan_desktop.ui.pages import page_layout, page_title
from doan_desktop.ui.widgets.year_plan import DRAFT_COLOR, GAP, HELD, YearPlanView

ALL = ""


class MeetingsPage(QWidget):
    def __init__(
        self, context: AppContext, parent: QWidget | None = None, today: dt.date | None = None
    ):
        super().__init__(parent)
        self.context = context
        self._today = today
        layout = page_layout(
            self,
            page_title("meetings"),
            self.tr(
                "Chapter meetings, joint meetings, briefings and committee meetings, with their "
                "attendance and minutes. The year plan shows which months had no meeting."
            ),
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self._list_tab(), self.tr("Meetings"))
        self.tabs.addTab(self._plan_tab(), self.tr("Year plan"))
        layout.addWidget(self.tabs, 1)
        self._chapters_loaded = False

    def today(self) -> dt.date:
        return self._today or clock.today()

    # ------------------------------------------------------------------ building

    def _list_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        filters = QHBoxLayout()
        self.year_filter = QComboBox()
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), ALL)
        for code, label in meeting_kind_labels().items():
            self.kind_filter.addItem(label, code)
        self.chapter_filter = QComboBox()
        self.chapter_filter.setMinimumWidth(200)
        for label, widget in (
            (self.tr("Year"), self.year_filter),
            (self.tr("Kind"), self.kind_filter),
            (self.tr("Chapter"), self.chapter_filter),
        ):
            title = QLabel(label)
            title.setBuddy(widget)
            filters.addWidget(title)
            filters.addWidget(widget)
        filters.addStretch(1)
        actions = QHBoxLayout()
        self.new_button = QPushButton(icon("add"), self.tr("New meeting"))
        self.open_button = QPushButton(icon("edit"), self.tr("Open"))
        self.delete_button = QPushButton(icon("delete"), self.tr("Move to trash"))
        for button in (self.new_button, self.open_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        layout.addLayout(filters)

        self.model = MeetingsTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(CHAPTER, QHeaderView.Stretch)
        header.setSectionResizeMode(KIND, QHeaderView.Interactive)
        header.setSectionResizeMode(CHAIR, QHeaderView.Interactive)
        self.table.setColumnWidth(KIND, 210)
        self.table.setColumnWidth(CHAIR, 160)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)

        self.year_filter.currentIndexChanged.connect(lambda _i: self.reload_list())
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.reload_list())
        self.chapter_filter.currentIndexChanged.connect(lambda _i: self.reload_list())
        self.new_button.clicked.connect(self.new_meeting)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())
        QShortcut(QKeySequence.Delete, self.table, activated=self.delete_selected)
        QShortcut(QKeySequence.New, self, activated=self.new_meeting)
        return page

    def _plan_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        title = QLabel(self.tr("Year"))
        self.plan_year = QSpinBox()
        self.plan_year.setRange(2000, 2100)
        self.plan_year.setValue(self.today().year)
        title.setBuddy(self.plan_year)
        top.addWidget(title)
        top.addWidget(self.plan_year)
        top.addSpacing(16)
        for color, text in (
            (HELD, self.tr("held")),
            (DRAFT_COLOR, self.tr("held, minutes in draft")),
            (GAP, self.tr("no meeting (a gap)")),
        ):
            swatch = QLabel()
            swatch.setFixedSize(16, 16)
            swatch.setStyleSheet(f"background: {color.name()}; border: 1px solid #b0bec5;")
            top.addWidget(swatch)
            top.addWidget(QLabel(text))
            top.addSpacing(8)
        top.addStretch(1)
        layout.addLayout(top)
        hint = QLabel(
            self.tr(
                "Each cell counts the meetings by which the chapter met that month: its monthly "
                "and themed meetings (T: a themed one) and the joint meetings it hosted or took "
                "part in (J). Double-click a cell to open its meeting."
            )
        )
        hint.setStyleSheet("color: #546e7a;")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.plan = YearPlanView()
        layout.addWidget(self.plan, 1)
        self.plan_year.valueChanged.connect(lambda _v: self.reload_plan())
        self.plan.openMeeting.connect(self.open_meeting)
        return page

    # ------------------------------------------------------------------ data

    def refresh(self) -> None:
        self._fill_filters()
        self.reload_list()
        self.reload_plan()

    def _fill_filters(self) -> None:
        with self.context.database.session() as session:
            chapters = list_chapters(session)
            years = sorted({r.date.year for r in core.list_meetings(session)}, reverse=True)
        this_year = self.today().year
        years = sorted({this_year, *years}, reverse=True)
        for combo, items in (
            (self.year_filter, [(self.tr("All years"), ALL)] + [(str(y), y) for y in years]),
            (
                self.chapter_filter,
                [(self.tr("All chapters"), ALL)] + [(c.name, c.id) for c in chapters],
            ),
        ):
            chosen = combo.currentData() if combo.count() else None
            combo.blockSignals(True)
            combo.clear()
            for label, data in items:
                combo.addItem(label, data)
            if chosen is None and combo is self.year_filter:
                chosen = this_year
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def reload_list(self) -> None:
        selected = self.selected_id()
        with self.context.database.session() as session:
            rows = core.list_meetings(
                session,
                chapter_id=self.chapter_filter.currentData() or None,
                kind=self.kind_filter.currentData() or None,
                year=self.year_filter.currentData() or None,
            )
        self.model.set_rows(rows)
        drafts = sum(1 for r in rows if r.state != FINAL)
        self.count_label.setText(
            self.tr("{n} meetings, {drafts} with minutes still in draft").format(
                n=len(rows), drafts=drafts
            )
        )
        if selected and (row := self.model.row_of(selected)) >= 0:
            self.table.selectRow(row)

    def reload_plan(self) -> None:
        with self.context.database.session() as session:
            plan = core.year_plan(session, self.plan_year.value(), self.today())
        self.plan.set_plan(plan)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.meeting(rows[0].row()).id if rows else None

    # ------------------------------------------------------------------ actions

    def make_form(self, meeting_id: str | None = None, **defaults) -> MeetingForm:
        """The form for a meeting; tests call this to drive the form without exec()."""
        return MeetingForm(self.context, meeting_id, self, today=self._today, **defaults)

    def new_meeting(self) -> None:
        chapter_id = self.chapter_filter.currentData() or None
        kind = self.kind_filter.currentData() or "monthly"
        self._run(self.make_form(None, kind=kind, chapter_id=chapter_id))

    def open_meeting(self, meeting_id: str) -> None:
        self._run(self.make_form(meeting_id))

    def _run(self, form: MeetingForm) -> None:
        form.exec()
        if form.saved and not self._follows_events():
            self.refresh()

    def _follows_events(self) -> bool:
        """True inside the main window, which refreshes the page in view on every change."""
        return self.window() is not self and self.window().inherits("QMainWindow")

    def open_selected(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id:
            self.open_meeting(meeting_id)

    def delete_selected(self) -> None:
        meeting_id = self.selected_id()
        if not meeting_id:
            return
        row = self.model.meeting(self.model.row_of(meeting_id))
        if row.state == FINAL:
            prompts.show_error(
                self,
                self.tr("Move to trash"),
                self.tr(
                    "These minutes are final. Open the meeting and reopen it for correction "
                    "before moving it to the trash."
                ),
            )
            return
        if not prompts.ask_yes_no(
            self,
            self.tr("Move to trash"),
            self.tr("Move the meeting of {date} to the trash?").format(
                date=row.date.strftime("%d/%m/%Y")
            ),
        ):
            return
        try:
            with self.context.database.session() as session:
                core.delete_meeting(session, meeting_id)
        except ValidationError as error:
            prompts.show_error(
                self, self.tr("Move to trash"), "\n".join(error.problems.errors.values())
            )
            return
        self.context.notify("meeting")
        if not self._follows_events():
            self.refresh()
