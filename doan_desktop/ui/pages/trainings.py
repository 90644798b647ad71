"""The "Trainings & club" page: the list of trainings (search as you type, filters), and the
club of residential chapter secretaries: its members, those who could join, and what each
member has attended."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from doan_desktop.core import clock
from doan_desktop.core import club as club_cases
from doan_desktop.core import trainings as core
from doan_desktop.core.validation import ValidationError
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs.training_form import TrainingForm
from doan_desktop.ui.forms import with_message
from doan_desktop.ui.icons import icon
from doan_desktop.ui.models.chapters_model import ROW_ROLE, SearchSortProxy
from doan_desktop.ui.models.trainings_model import (
    C_CHAPTER,
    C_NAME,
    C_OFFICE,
    T_TITLE,
    ClubMembersModel,
    Column,
    PersonTrainingsModel,
    RowsModel,
    TrainingsModel,
)
from doan_desktop.ui.pages import muted_label, page_layout, page_title
from doan_desktop.ui.widgets.fit_columns import ColumnFitter
from doan_desktop.ui.widgets.flow_row import FlowRow

ALL = ""


def _table(model, stretch: tuple[int, ...] = ()) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    # Every column in view at any text size, the widest narrowed when room is short.
    table.columns = ColumnFitter(table, stretch or (0,))
    return table


class _SessionsModel(RowsModel):
    """A member's club sessions: when, the theme, and whether they came."""

    def columns(self):
        return [
            Column(
                self.tr("Date"), lambda r: r.date.strftime("%d/%m/%Y"), lambda r: r.date.toordinal()
            ),
            Column(self.tr("Club session"), lambda r: r.theme or r.place),
            Column(self.tr("Present"), lambda r: self.tr("Yes") if r.present else self.tr("No")),
        ]

    def muted(self, row) -> bool:
        return not row.present


# ---------------------------------------------------------------------------- small dialogs


class JoinDialog(QDialog):
    """Who joins the club (ticked from the suggestions) and from when."""

    def __init__(self, suggestions: list[club_cases.Suggestion], today: dt.date, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add club members"))
        self.list = QListWidget()
        for s in suggestions:
            item = QListWidgetItem(
                self.tr("{name} — {office}, {chapter}").format(
                    name=s.name, office=s.office, chapter=s.chapter
                )
            )
            item.setData(Qt.UserRole, s.person_id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked)
            self.list.addItem(item)
        self.since = QLineEdit(today.strftime("%d/%m/%Y"))
        self.since.setMaxLength(10)
        self.since.setPlaceholderText(self.tr("dd/mm/yyyy"))
        cell, self.since_message = with_message(self.since)
        form = QFormLayout()
        label = QLabel(self.tr("Member since *"))
        label.setBuddy(self.since)
        form.addRow(label, cell)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Add to the club"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted_label(
                self.tr(
                    "Sitting secretaries and deputy secretaries of the residential chapters "
                    "who are not members yet. Untick those who do not join."
                )
            )
        )
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(self._update)
        self.since.textChanged.connect(self._update)
        self._today = today
        self._update()
        self.resize(560, 420)

    def chosen(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.Checked
        ]

    def _update(self, *_args) -> None:
        problem = club_cases.check_day(self.since.text(), self._today)
        self.since_message.set_message("error" if problem else "", problem or "")
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(bool(self.chosen()) and not problem)


class EndDialog(QDialog):
    """The day a membership ends."""

    def __init__(self, name: str, today: dt.date, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("End club membership"))
        self.until = QLineEdit(today.strftime("%d/%m/%Y"))
        self.until.setMaxLength(10)
        self.until.setPlaceholderText(self.tr("dd/mm/yyyy"))
        cell, self.until_message = with_message(self.until)
        form = QFormLayout()
        label = QLabel(self.tr("Member until *"))
        label.setBuddy(self.until)
        form.addRow(label, cell)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("End membership"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr("{name} leaves the club. The membership stays in the club's history.").format(
                name=name
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.until.textChanged.connect(self._update)
        self._today = today
        self.resize(440, 160)

    def _update(self, *_args) -> None:
        problem = club_cases.check_day(self.until.text(), self._today)
        self.until_message.set_message("error" if problem else "", problem or "")
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(not problem)


def ask_new_members(parent, suggestions, today) -> tuple[list[str], str] | None:
    """(person ids, since as typed), or None when cancelled. Tests replace this."""
    dialog = JoinDialog(suggestions, today, parent)
    if dialog.exec() != QDialog.Accepted:
        return None
    return dialog.chosen(), dialog.since.text()


def ask_end_date(parent, name: str, today: dt.date) -> str | None:
    """The end date as typed, or None when cancelled. Tests replace this."""
    dialog = EndDialog(name, today, parent)
    return dialog.until.text() if dialog.exec() == QDialog.Accepted else None


# ---------------------------------------------------------------------------- the page


class TrainingsPage(QWidget):
    def __init__(
        self, context: AppContext, parent: QWidget | None = None, today: dt.date | None = None
    ):
        super().__init__(parent)
        self.context = context
        self._today = today
        layout = page_layout(
            self,
            page_title("trainings"),
            self.tr(
                "Talks, seminars, skills courses and pre-admission classes with who took part, "
                "and the club of residential chapter secretaries."
            ),
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self._trainings_tab(), self.tr("Trainings"))
        self.tabs.addTab(self._club_tab(), self.tr("Secretaries' club"))
        layout.addWidget(self.tabs, 1)

    def today(self) -> dt.date:
        return self._today or clock.today()

    # ------------------------------------------------------------------ building

    def _trainings_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        actions = QHBoxLayout()
        self.new_button = QPushButton(icon("add"), self.tr("New training"))
        self.new_button.setToolTip(self.tr("Record a training (Ctrl+N)"))
        self.open_button = QPushButton(icon("edit"), self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the selected training (Enter or double-click)"))
        self.delete_button = QPushButton(icon("delete"), self.tr("Move to trash"))
        self.delete_button.setToolTip(self.tr("Move the selected training to the trash (Delete)"))
        for button in (self.new_button, self.open_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)

        # The filters wrap to a second line at a large text size (FlowRow).
        filters = FlowRow()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search title, place, trainers, topics…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        filters.add(self.search, stretch=True)
        self.year_filter = QComboBox()
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), ALL)
        for code, label in core.kind_labels().items():
            self.kind_filter.addItem(label, code)
        self.level_filter = QComboBox()
        self.level_filter.addItem(self.tr("All levels"), ALL)
        for code, label in core.level_labels().items():
            self.level_filter.addItem(label, code)
        self.club_filter = QComboBox()
        self.club_filter.addItem(self.tr("Club and others"), ALL)
        self.club_filter.addItem(self.tr("For the club"), True)
        self.club_filter.addItem(self.tr("Not for the club"), False)
        for combo in (self.year_filter, self.kind_filter, self.level_filter, self.club_filter):
            # As wide as the choice shown needs, also once the years are filled in.
            combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        for label, widget in (
            (self.tr("Year"), self.year_filter),
            (self.tr("Kind"), self.kind_filter),
            (self.tr("Level"), self.level_filter),
        ):
            title = QLabel(label)
            title.setBuddy(widget)
            filters.add_together(title, widget)
        filters.add(self.club_filter)
        layout.addWidget(filters)

        self.model = TrainingsModel(self)
        self.proxy = SearchSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = _table(self.proxy, stretch=(T_TITLE,))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.DescendingOrder)
        layout.addWidget(self.table, 1)
        self.count_label = muted_label()
        layout.addWidget(self.count_label)

        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._to_table)
        for combo in (self.year_filter, self.kind_filter, self.level_filter, self.club_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload_trainings())
        self.new_button.clicked.connect(self.new_training)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.activated.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.proxy.modelReset.connect(self._update_buttons)
        QShortcut(QKeySequence.Delete, self.table, activated=self.delete_selected)
        QShortcut(
            QKeySequence.New,
            page,
            activated=self.new_training,
            context=Qt.WidgetWithChildrenShortcut,
        )
        QShortcut(
            QKeySequence.Find,
            page,
            activated=self.search.setFocus,
            context=Qt.WidgetWithChildrenShortcut,
        )
        self.setTabOrder(self.search, self.year_filter)
        self.setTabOrder(self.year_filter, self.kind_filter)
        self.setTabOrder(self.kind_filter, self.level_filter)
        self.setTabOrder(self.level_filter, self.club_filter)
        self.setTabOrder(self.club_filter, self.table)
        return page

    def _club_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        actions = QHBoxLayout()
        self.join_button = QPushButton(icon("add"), self.tr("Add members…"))
        self.join_button.setToolTip(
            self.tr("Add sitting secretaries and deputies of residential chapters")
        )
        self.end_button = QPushButton(self.tr("End membership…"))
        self.end_button.setToolTip(self.tr("The selected member leaves the club"))
        self.past_check = QCheckBox(self.tr("Show former members"))
        for widget in (self.join_button, self.end_button, self.past_check):
            actions.addWidget(widget)
        actions.addStretch(1)
        self.sessions_label = muted_label()
        layout.addLayout(actions)
        layout.addWidget(self.sessions_label)

        self.club_model = ClubMembersModel(self)
        self.club_proxy = SearchSortProxy(self)
        self.club_proxy.setSourceModel(self.club_model)
        self.members = _table(self.club_proxy, stretch=(C_NAME, C_CHAPTER, C_OFFICE))
        self.members.setSortingEnabled(True)
        self.members.sortByColumn(C_NAME, Qt.AscendingOrder)

        self.activity_title = QLabel()
        font = self.activity_title.font()
        font.setBold(True)
        self.activity_title.setFont(font)
        self.member_trainings_model = PersonTrainingsModel(self)
        self.member_trainings = _table(self.member_trainings_model, stretch=(1,))
        self.member_sessions_model = _SessionsModel(self)
        self.member_sessions = _table(self.member_sessions_model, stretch=(1,))
        activity = QWidget()
        activity_layout = QVBoxLayout(activity)
        activity_layout.setContentsMargins(0, 0, 0, 0)
        activity_layout.addWidget(self.activity_title)
        lists = QHBoxLayout()
        for title, table in (
            (self.tr("Trainings taken part in"), self.member_trainings),
            (self.tr("Club sessions since joining"), self.member_sessions),
        ):
            column = QVBoxLayout()
            label = QLabel(title)
            label.setBuddy(table)
            column.addWidget(label)
            column.addWidget(table, 1)
            lists.addLayout(column, 3 if table is self.member_trainings else 2)
        activity_layout.addLayout(lists, 1)

        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.members)
        splitter.addWidget(activity)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.join_button.clicked.connect(self.add_members)
        self.end_button.clicked.connect(self.end_selected_membership)
        self.past_check.toggled.connect(lambda _c: self.reload_club())
        self.members.selectionModel().selectionChanged.connect(self._member_selected)
        self.club_proxy.modelReset.connect(self._member_selected)
        return page

    # ------------------------------------------------------------------ data

    def refresh(self) -> None:
        self._fill_years()
        self.reload_trainings()
        self.reload_club()

    def _fill_years(self) -> None:
        with self.context.database.session() as session:
            years = core.training_years(session)
        this_year = self.today().year
        years = sorted({this_year, this_year - 1, *years}, reverse=True)
        chosen = self.year_filter.currentData() if self.year_filter.count() else ALL
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("All years"), ALL)
        for year in years:
            self.year_filter.addItem(str(year), year)
        self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(chosen)))
        self.year_filter.blockSignals(False)

    def filters(self) -> core.TrainingFilter:
        club = self.club_filter.currentData()
        return core.TrainingFilter(
            year=self.year_filter.currentData() or None,
            kind=self.kind_filter.currentData() or None,
            level=self.level_filter.currentData() or None,
            for_club=None if club == ALL else bool(club),
        )

    def reload_trainings(self) -> None:
        selected = self.selected_id()
        with self.context.database.session() as session:
            rows = core.list_trainings(session, self.filters())
        self.model.set_rows(rows)
        self._update_count()
        if selected:
            self.select_training(selected)

    def _search_changed(self, text: str) -> None:
        # The year's trainings are a few dozen rows: filtering in memory keeps up with typing.
        self.proxy.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        shown = [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]
        took_part = sum(r.participants for r in shown if r.state == core.HELD)
        planned = sum(1 for r in shown if r.state == core.PLANNED)
        text = self.tr("{n} trainings, {people} participations").format(
            n=len(shown) - planned, people=took_part
        )
        if planned:
            text += self.tr("; {n} planned").format(n=planned)
        if self.proxy.rowCount() != self.model.rowCount():
            text += self.tr(" (of {total} in these filters)").format(total=self.model.rowCount())
        self.count_label.setText(text)

    def _to_table(self) -> None:
        if self.proxy.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.index(rows[0].row(), 0).data(ROW_ROLE).id if rows else None

    def select_training(self, training_id: str) -> bool:
        source = self.model.row_of(training_id)
        if source < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        return True

    def _update_buttons(self, *_args) -> None:
        has = self.table.selectionModel().hasSelection()
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def reload_club(self) -> None:
        selected = self.selected_member()
        with self.context.database.session() as session:
            rows = club_cases.list_members(
                session, include_past=self.past_check.isChecked(), today=self.today()
            )
            sessions = club_cases.list_sessions(session, self.today().year)
            waiting = len(club_cases.suggestions(session, self.today()))
        self.club_model.set_rows(rows)
        current = sum(1 for r in rows if r.current)
        text = self.tr("{members} members; {sessions} club sessions in {year}.").format(
            members=current, sessions=len(sessions), year=self.today().year
        )
        if waiting:
            text += " " + self.tr(
                "{n} sitting secretaries or deputies are not members yet."
            ).format(n=waiting)
        text += " " + self.tr(
            "Club sessions are recorded on the Meetings page, as a secretaries' club session."
        )
        self.sessions_label.setText(text)
        self.join_button.setEnabled(bool(waiting))
        if selected is not None:
            for row in range(self.club_proxy.rowCount()):
                if self.club_proxy.index(row, 0).data(ROW_ROLE).id == selected.id:
                    self.members.selectRow(row)
                    break

    def selected_member(self) -> club_cases.ClubMemberRow | None:
        rows = self.members.selectionModel().selectedRows()
        return self.club_proxy.index(rows[0].row(), 0).data(ROW_ROLE) if rows else None

    def _member_selected(self, *_args) -> None:
        member = self.selected_member()
        self.end_button.setEnabled(member is not None and member.current)
        if member is None:
            self.activity_title.setText(self.tr("Select a member to see what they attended."))
            self.member_trainings_model.set_rows([])
            self.member_sessions_model.set_rows([])
            return
        with self.context.database.session() as session:
            activity = club_cases.member_activity(session, member.person_id)
        self.activity_title.setText(
            self.tr("{name}: {trainings} trainings, {sessions} club sessions attended").format(
                name=member.name, trainings=member.trainings, sessions=member.sessions
            )
        )
        self.member_trainings_model.set_rows(activity.trainings)
        self.member_sessions_model.set_rows(activity.sessions)

    # ------------------------------------------------------------------ actions

    def make_form(self, training_id: str | None = None, **options) -> TrainingForm:
        """The form for a training; tests call this to drive it without exec()."""
        return TrainingForm(self.context, training_id, self, today=self._today, **options)

    def new_training(self) -> None:
        club = self.club_filter.currentData()
        self._run(self.make_form(None, for_club=club is True))

    def open_training(self, training_id: str) -> None:
        self._run(self.make_form(training_id))

    def open_selected(self) -> None:
        training_id = self.selected_id()
        if training_id:
            self.open_training(training_id)

    def _run(self, form: TrainingForm) -> None:
        form.exec()
        if form.saved:
            self._after_change(form.saved_id)

    def _after_change(self, training_id: str | None = None) -> None:
        if not self._follows_events():
            self.refresh()
        if training_id:
            self.select_training(training_id)

    def _follows_events(self) -> bool:
        """True inside the main window, which refreshes the page in view on every change."""
        return self.window() is not self and self.window().inherits("QMainWindow")

    def delete_selected(self) -> None:
        training_id = self.selected_id()
        if not training_id:
            return
        row = self.model.row(self.model.row_of(training_id))
        if not prompts.ask_yes_no(
            self,
            self.tr("Move to trash"),
            self.tr("Move the training \u201c{title}\u201d of {date} to the trash?").format(
                title=row.title, date=row.start_date.strftime("%d/%m/%Y")
            ),
        ):
            return
        with self.context.database.session() as session:
            core.delete_training(session, training_id)
        self.context.notify("training")
        if not self._follows_events():
            self.refresh()

    def add_members(self) -> None:
        with self.context.database.session() as session:
            suggestions = club_cases.suggestions(session, self.today())
        if not suggestions:
            return
        answer = ask_new_members(self, suggestions, self.today())
        if not answer:
            return
        person_ids, since = answer
        try:
            with self.context.database.session() as session:
                club_cases.add_members(session, person_ids, since, today=self.today())
        except ValidationError as error:
            prompts.show_error(
                self, self.tr("Add club members"), "\n".join(error.problems.errors.values())
            )
            return
        self.context.notify("club")
        if not self._follows_events():
            self.reload_club()

    def end_selected_membership(self) -> None:
        member = self.selected_member()
        if member is None or not member.current:
            return
        until = ask_end_date(self, member.name, self.today())
        if until is None:
            return
        try:
            with self.context.database.session() as session:
                club_cases.end_membership(session, member.id, until, today=self.today())
        except ValidationError as error:
            prompts.show_error(
                self, self.tr("End club membership"), "\n".join(error.problems.errors.values())
            )
            return
        self.context.notify("club")
        if not self._follows_events():
            self.reload_club()
