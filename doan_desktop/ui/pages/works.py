"""The "Works & volunteering" page: youth works and tasks, volunteer drives, commendations and
cadre sources, each a tab with its table, a year filter, search as you type and totals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from doan_desktop.core import cadres, clock, commendations, volunteering, works
from doan_desktop.core.validation import ValidationError
from doan_desktop.documents.vietnamese import number
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs.cadre_form import CadreForm
from doan_desktop.ui.dialogs.commendation_form import CommendationForm
from doan_desktop.ui.dialogs.record_form import money
from doan_desktop.ui.dialogs.volunteer_form import VolunteerForm
from doan_desktop.ui.dialogs.work_form import WorkForm
from doan_desktop.ui.icons import icon
from doan_desktop.ui.models.chapters_model import ROW_ROLE, SearchSortProxy
from doan_desktop.ui.models.works_model import (
    RecordsModel,
    cadres_model,
    commendations_model,
    drives_model,
    works_model,
)
from doan_desktop.ui.pages import muted_label, page_layout, page_title
from doan_desktop.ui.widgets.fit_columns import ColumnFitter
from doan_desktop.ui.widgets.flow_row import FlowRow

ALL = 0


@dataclass
class TabSpec:
    """What makes one tab: its rows, its form, its trash, and the words for its buttons."""

    key: str
    model: Callable[[QWidget], RecordsModel]
    rows: Callable[[Session, int | None], list]
    years: Callable[[object], set[int]]
    form: Callable[..., QDialog]
    delete: Callable[[Session, str], None]
    describe: Callable[[object], str]
    totals: Callable[[list], str]
    new_text: str
    stretch_column: int = 0
    # Cadre plans are about terms to come: showing only this year would hide them all.
    all_years_first: bool = False


class RecordTab(QWidget):
    """One list: buttons, the year filter and the search above the table, totals below."""

    def __init__(self, page: WorksPage, spec: TabSpec):
        super().__init__()
        self.page = page
        self.spec = spec
        self.new_button = QPushButton(icon("add"), spec.new_text)
        self.open_button = QPushButton(icon("edit"), self.tr("Open"))
        self.delete_button = QPushButton(icon("delete"), self.tr("Move to trash"))
        self.year_filter = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search (diacritics optional)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.LeadingPosition)
        self.search.setMinimumWidth(240)
        # As wide as the year shown needs ("All years" included); the line wraps at a large
        # text size (FlowRow).
        self.year_filter.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        top = FlowRow()
        top.add(self.new_button, self.open_button, self.delete_button)
        year_label = QLabel(self.tr("Year"))
        year_label.setBuddy(self.year_filter)
        top.add_together(year_label, self.year_filter)
        top.add(self.search, stretch=True)

        self.model = spec.model(self)
        self.proxy = SearchSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # Every column in view at any text size, the widest narrowed when room is short.
        self.columns = ColumnFitter(self.table, (spec.stretch_column,))
        self.totals = QLabel()
        self.totals.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)

        self.new_button.clicked.connect(self.new_record)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())
        self.year_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.search.textChanged.connect(self._search)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        QShortcut(QKeySequence.Delete, self.table, activated=self.delete_selected)
        QShortcut(QKeySequence.Find, self, activated=self.search.setFocus)
        self._update_buttons()

    # ------------------------------------------------------------------ data

    def fill_years(self, session: Session) -> None:
        years = {self.page.today().year}
        for row in self.spec.rows(session, None):
            years |= self.spec.years(row)
        chosen = self.year_filter.currentData() if self.year_filter.count() else None
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("All years"), ALL)
        for year in sorted(years, reverse=True):
            self.year_filter.addItem(str(year), year)
        if chosen is None:
            chosen = ALL if self.spec.all_years_first else self.page.today().year
        self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(chosen)))
        self.year_filter.blockSignals(False)

    def reload(self) -> None:
        selected = self.selected_id()
        with self.page.context.database.session() as session:
            rows = self.spec.rows(session, self.year_filter.currentData() or None)
        self.model.set_rows(rows)
        self._show_totals()
        if selected:
            self.select(selected)
        self._update_buttons()

    def visible_rows(self) -> list:
        return [self.proxy.index(i, 0).data(ROW_ROLE) for i in range(self.proxy.rowCount())]

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._show_totals()

    def _show_totals(self) -> None:
        self.totals.setText(self.spec.totals(self.visible_rows()))

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE).id if rows else None

    def select(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.selectRow(index.row())

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # ------------------------------------------------------------------ actions

    def make_form(self, record_id: str | None = None) -> QDialog:
        """The form for a record; tests call this to drive it without exec()."""
        return self.spec.form(self.page.context, record_id, self, today=self.page._today)

    def new_record(self) -> None:
        self._run(self.make_form(None))

    def open_selected(self) -> None:
        record_id = self.selected_id()
        if record_id:
            self._run(self.make_form(record_id))

    def _run(self, form) -> None:
        form.exec()
        if form.saved_id:
            self.page.after_change(self, form.saved_id)

    def delete_selected(self) -> None:
        record_id = self.selected_id()
        if not record_id:
            return
        row = self.model.row(self.model.row_of(record_id))
        if not prompts.ask_yes_no(
            self,
            self.tr("Move to trash"),
            self.tr("Move {what} to the trash?").format(what=self.spec.describe(row)),
        ):
            return
        try:
            with self.page.context.database.session() as session:
                self.spec.delete(session, record_id)
        except (ValidationError, LookupError) as error:
            prompts.show_error(self, self.tr("Move to trash"), str(error))
            return
        self.page.after_change(self, None)


def _years_between(start: dt.date, end: dt.date | None, today: dt.date) -> set[int]:
    last = (end or max(start, today)).year
    return set(range(start.year, last + 1))


class WorksPage(QWidget):
    def __init__(
        self, context: AppContext, parent: QWidget | None = None, today: dt.date | None = None
    ):
        super().__init__(parent)
        self.context = context
        self._today = today
        layout = page_layout(
            self,
            page_title("works"),
            self.tr(
                "Youth works and tasks of the chapters, volunteer drives, commendations and the "
                "people being prepared as future cadres."
            ),
        )
        self.tabs = QTabWidget()
        self.works_tab = RecordTab(self, self._works_spec())
        self.drives_tab = RecordTab(self, self._drives_spec())
        self.commendations_tab = RecordTab(self, self._commendations_spec())
        self.cadres_tab = RecordTab(self, self._cadres_spec())
        self.tabs.addTab(self.works_tab, self.tr("Works and tasks"))
        self.tabs.addTab(self.drives_tab, self.tr("Volunteer drives"))
        self.tabs.addTab(self.commendations_tab, self.tr("Commendations"))
        self.tabs.addTab(self.cadres_tab, self.tr("Cadre sources"))
        layout.addWidget(self.tabs, 1)
        self.hint = muted_label(
            self.tr(
                "Double-click or press Enter to open a record; Delete moves it to the trash. "
                "A year shows the works and drives under way at any time in it, the "
                "commendations decided in it and the plans whose term includes it."
            )
        )
        layout.addWidget(self.hint)
        QShortcut(QKeySequence.New, self, activated=lambda: self.current_tab().new_record())

    def today(self) -> dt.date:
        return self._today or clock.today()

    def tabs_list(self) -> list[RecordTab]:
        return [self.works_tab, self.drives_tab, self.commendations_tab, self.cadres_tab]

    def current_tab(self) -> RecordTab:
        return self.tabs.currentWidget()

    def refresh(self) -> None:
        with self.context.database.session() as session:
            for tab in self.tabs_list():
                tab.fill_years(session)
        for tab in self.tabs_list():
            tab.reload()

    def after_change(self, tab: RecordTab, record_id: str | None) -> None:
        """Inside the main window the change notice refreshes the page; alone, refresh here."""
        if not (self.window() is not self and self.window().inherits("QMainWindow")):
            self.refresh()
        if record_id:
            tab.select(record_id)

    # ------------------------------------------------------------------ the four lists

    def _works_spec(self) -> TabSpec:
        def totals(rows: list) -> str:
            total = works.totals(rows)
            return self.tr(
                "{count} works and tasks · value {value} · {workdays} workdays · "
                "{participants} participants"
            ).format(
                count=number(total.count),
                value=money(total.value),
                workdays=number(total.workdays),
                participants=number(total.participants),
            )

        return TabSpec(
            key="works",
            model=works_model,
            rows=lambda s, year: works.list_works(s, year=year),
            years=lambda r: _years_between(r.start_date, r.end_date, self.today()),
            form=WorkForm,
            delete=works.delete_work,
            describe=lambda r: self.tr("the work “{name}”").format(name=r.name),
            totals=totals,
            new_text=self.tr("New work or task"),
        )

    def _drives_spec(self) -> TabSpec:
        def totals(rows: list) -> str:
            total = volunteering.totals(rows)
            return self.tr(
                "{count} drives · {participation} lượt · {volunteers} volunteers in {teams} "
                "teams · {helped} people helped · value {value}"
            ).format(
                count=number(total.count),
                participation=number(total.participation),
                volunteers=number(total.volunteers),
                teams=number(total.teams),
                helped=number(total.people_helped),
                value=money(total.value),
            )

        return TabSpec(
            key="volunteering",
            model=drives_model,
            rows=lambda s, year: volunteering.list_drives(s, year=year),
            years=lambda r: _years_between(r.start_date, r.end_date, self.today()),
            form=VolunteerForm,
            delete=volunteering.delete_drive,
            describe=lambda r: self.tr("the drive “{name}”").format(name=r.name),
            totals=totals,
            new_text=self.tr("New volunteer drive"),
        )

    def _commendations_spec(self) -> TabSpec:
        def totals(rows: list) -> str:
            people = sum(1 for r in rows if r.recipient == commendations.PERSON)
            return self.tr(
                "{count} commendations: {people} of people, {chapters} of chapters"
            ).format(
                count=number(len(rows)), people=number(people), chapters=number(len(rows) - people)
            )

        return TabSpec(
            key="commendations",
            model=commendations_model,
            rows=lambda s, year: commendations.list_commendations(s, year=year),
            years=lambda r: {r.decision_date.year} if r.decision_date else set(),
            form=CommendationForm,
            delete=commendations.delete_commendation,
            describe=lambda r: self.tr("the commendation “{title}” of {name}").format(
                title=r.title, name=r.recipient_name
            ),
            totals=totals,
            new_text=self.tr("New commendation"),
            stretch_column=4,
        )

    def _cadres_spec(self) -> TabSpec:
        def totals(rows: list) -> str:
            return self.tr("{count} people planned").format(
                count=number(len({r.person_id for r in rows}))
            )

        def years(row) -> set[int]:
            span = row.term_years
            return set(range(span[0], span[1] + 1)) if span else set()

        return TabSpec(
            key="cadres",
            model=cadres_model,
            rows=lambda s, year: cadres.list_cadre_plans(s, year=year),
            years=years,
            form=CadreForm,
            delete=cadres.delete_cadre_plan,
            describe=lambda r: self.tr("the plan for {name} ({office})").format(
                name=r.person_name, office=r.planned_office
            ),
            totals=totals,
            new_text=self.tr("New cadre plan"),
            stretch_column=5,
            all_years_first=True,
        )
