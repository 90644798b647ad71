"""Members & youth: the roster table with search as you type, filters, and the person form."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from doan_desktop.core.chapters import list_chapters
from doan_desktop.core.roster import delete_person, list_people
from doan_desktop.core.vocab import CURRENT_STATUSES, STATUSES, status_labels
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs.office_dialog import OfficeDialog
from doan_desktop.ui.dialogs.person_form import PersonForm
from doan_desktop.ui.dialogs.person_history import PersonHistoryDialog
from doan_desktop.ui.icons import icon
from doan_desktop.ui.models.people_model import (
    BIRTH,
    CHAPTER,
    ETHNICITY,
    GENDER,
    ID_NUMBER,
    KIND,
    NAME,
    NO_CHAPTER,
    OFFICE,
    PHONE,
    STATUS,
    PeopleTableModel,
)
from doan_desktop.ui.pages import page_layout, page_title
from doan_desktop.ui.widgets.flow_row import FlowRow

SEARCH_DELAY_MS = 150
# Status filter value for "everyone counted here today" (active, away, received).
CURRENT = "__current__"

# Column widths in pixels at the default text size; the name column takes what is left.
_WIDTHS = {
    BIRTH: 86,
    GENDER: 64,
    CHAPTER: 146,
    KIND: 104,
    OFFICE: 110,
    STATUS: 128,
    PHONE: 94,
    ID_NUMBER: 108,
    ETHNICITY: 72,
}


class PeoplePage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._generation = 0
        self.dialog: QWidget | None = None  # the form or office dialog now open, if any

        layout = page_layout(self, page_title("people"))

        self.search = QLineEdit()
        self.search.setObjectName("peopleSearch")
        self.search.setPlaceholderText(self.tr("Search by name, phone or citizen ID"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.LeadingPosition)
        self.search.setToolTip(
            self.tr("Type part of a name without accents if you like: “nguyen van an”.")
        )
        self.chapter_filter = QComboBox()
        self.chapter_filter.setToolTip(self.tr("Chapter"))
        self.chapter_filter.setMinimumContentsLength(18)
        self.chapter_filter.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.kind_filter = QComboBox()
        self.kind_filter.setToolTip(self.tr("Members or youth"))
        self.kind_filter.addItem(self.tr("Members and youth"), None)
        self.kind_filter.addItem(self.tr("Members only"), True)
        self.kind_filter.addItem(self.tr("Youth only"), False)
        self.status_filter = QComboBox()
        self.status_filter.setToolTip(self.tr("Status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        self.status_filter.addItem(self.tr("Counted here now"), CURRENT)
        labels = status_labels()
        for code in STATUSES:
            self.status_filter.addItem(labels[code], code)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.search, 3)
        filters.addWidget(self.chapter_filter, 2)
        filters.addWidget(self.kind_filter, 1)
        filters.addWidget(self.status_filter, 1)
        layout.addLayout(filters)

        self.model = PeopleTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("peopleTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(NAME, Qt.AscendingOrder)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        # Fixed row heights: measuring 20,000 rows would freeze the window.
        vertical.setSectionResizeMode(QHeaderView.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(NAME, QHeaderView.Stretch)
        header.setMinimumSectionSize(40)
        for column, width in _WIDTHS.items():
            header.setSectionResizeMode(column, QHeaderView.Interactive)
            header.resizeSection(column, width)
        layout.addWidget(self.table, 1)

        self.add_button = QPushButton(icon("add"), self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Add a member or a youth (Ctrl+N)"))
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Open the selected person (Enter or double-click)"))
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete"))
        self.delete_button.setToolTip(
            self.tr("Move the selected person to the trash (Delete key); it can be restored")
        )
        self.offices_button = QPushButton(icon("office"), self.tr("Offices…"))
        self.offices_button.setToolTip(self.tr("Offices held by the selected person"))
        self.history_button = QPushButton(icon("history"), self.tr("History"))
        self.history_button.setToolTip(self.tr("The selected person's meetings and trainings"))
        self.import_button = QPushButton(icon("import"), self.tr("Import from Excel…"))
        self.import_button.setToolTip(self.tr("Add or update people from an .xlsx or .csv file"))
        self.export_button = QPushButton(icon("export"), self.tr("Export to Excel…"))
        self.export_button.setToolTip(
            self.tr("Write the member list (the chapter chosen above, or all) to a file")
        )
        # Its own line under the table: it may say a lot (those who have left), and the
        # buttons wrap at a large text size (FlowRow) rather than widen the page.
        self.count_label = QLabel()
        self.count_label.setObjectName("peopleCount")
        self.count_label.setWordWrap(True)
        layout.addWidget(self.count_label)
        buttons = FlowRow()
        buttons.add(
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.offices_button,
            self.history_button,
            self.import_button,
            self.export_button,
        )
        layout.addWidget(buttons)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._search_entered)
        for combo in (self.chapter_filter, self.kind_filter, self.status_filter):
            combo.currentIndexChanged.connect(self.apply_filter)

        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.offices_button.clicked.connect(self.offices_of_selected)
        self.history_button.clicked.connect(self.history_of_selected)
        self.import_button.clicked.connect(self.import_people)
        self.export_button.clicked.connect(self.export_people)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._keys = _TableKeys(self)
        self.table.installEventFilter(self._keys)
        QShortcut(
            QKeySequence.Find, self, self._focus_search, context=Qt.WidgetWithChildrenShortcut
        )
        QShortcut(QKeySequence.New, self, self.add_person, context=Qt.WidgetWithChildrenShortcut)
        self.setTabOrder(self.search, self.chapter_filter)
        self.setTabOrder(self.chapter_filter, self.kind_filter)
        self.setTabOrder(self.kind_filter, self.status_filter)
        self.setTabOrder(self.status_filter, self.table)
        self._update_buttons()

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Reload chapters and people, keeping the filters and the selected person."""
        self._generation += 1
        selected = self.selected_id()
        with self.context.database.session() as session:
            chapters = list_chapters(session)
            rows = list_people(session)
        self._fill_chapters(chapters)
        self.model.set_rows(rows)
        self.apply_filter()
        if selected:
            self.select_person(selected)

    def import_people(self) -> None:
        from doan_desktop.ui.dialogs.import_wizard import ImportWizard

        ImportWizard(self.context, self).exec()

    def export_people(self) -> None:
        from doan_desktop.ui.dialogs.import_wizard import export_roster

        chapter = self.chapter_filter.currentData()
        export_roster(self.context, self, chapter if chapter not in (None, NO_CHAPTER) else None)

    def _fill_chapters(self, chapters) -> None:
        current = self.chapter_filter.currentData()
        self.chapter_filter.blockSignals(True)
        self.chapter_filter.clear()
        self.chapter_filter.addItem(self.tr("All chapters"), None)
        for chapter in chapters:
            name = (
                chapter.name
                if chapter.active
                else self.tr("{name} (inactive)").format(name=chapter.name)
            )
            self.chapter_filter.addItem(name, chapter.id)
        self.chapter_filter.addItem(self.tr("(No chapter)"), NO_CHAPTER)
        self.chapter_filter.setCurrentIndex(max(0, self.chapter_filter.findData(current)))
        self.chapter_filter.blockSignals(False)

    # ------------------------------------------------------------------ filtering

    def apply_filter(self) -> None:
        self._search_timer.stop()
        selected = self.selected_id()
        status = self.status_filter.currentData()
        self.model.set_filter(
            search=self.search.text(),
            chapter_id=self.chapter_filter.currentData(),
            member=self.kind_filter.currentData(),
            status=CURRENT_STATUSES if status == CURRENT else status,
        )
        if selected:
            self.select_person(selected)
        self._update_count()

    def _search_entered(self) -> None:
        self.apply_filter()
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _update_count(self) -> None:
        shown, members, youth = self.model.counts()
        text = self.tr("{total} people — {members} members, {youth} youth").format(
            total=shown, members=members, youth=youth
        )
        left = self.model.left_count()
        if left:
            # Said, so that this count and the other pages' (people counted here now) agree.
            text = self.tr(
                "{counts}, including {left} who have left (counted here now: {now})"
            ).format(counts=text, left=left, now=shown - left)
        self.count_label.setToolTip(
            self.tr(
                "Those who have left are transferred out, aged out, removed or deceased; the "
                "overview, the chapters and the report count only the people counted here now."
            )
            if left
            else ""
        )
        if self.model.is_filtered():
            text = self.tr("{counts} (of {all} in the roster)").format(
                counts=text, all=self.model.total_count()
            )
        self.count_label.setText(text)

    # ------------------------------------------------------------------ selection

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.person_id(rows[0].row()) if rows else None

    def select_person(self, person_id: str) -> bool:
        row = self.model.row_of(person_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, NAME))
        return True

    def _update_buttons(self, *_args) -> None:
        has = self.table.selectionModel().hasSelection()
        for button in (
            self.edit_button,
            self.delete_button,
            self.offices_button,
            self.history_button,
        ):
            button.setEnabled(has)

    # ------------------------------------------------------------------ actions

    def add_person(self) -> None:
        chapter = self.chapter_filter.currentData()
        form = PersonForm(self.context, parent=self)
        if chapter and chapter != NO_CHAPTER:
            form.set_chapter(chapter)  # adding from a chapter's list: most likely that chapter
        self._open(form, form_saved=True)

    def edit_selected(self) -> None:
        person_id = self.selected_id()
        if person_id:
            self._open(PersonForm(self.context, person_id, parent=self), form_saved=True)

    def offices_of_selected(self) -> None:
        person_id = self.selected_id()
        if person_id:
            self._open(OfficeDialog(self.context, person_id, parent=self), form_saved=False)

    def history_of_selected(self) -> None:
        person_id = self.selected_id()
        if person_id:
            self._open(PersonHistoryDialog(self.context, person_id, parent=self), form_saved=False)

    def _open(self, dialog, form_saved: bool) -> None:
        """Window-modal but not blocking, so the page (and tests) keep running."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        # The dialogs notify the change themselves; the page makes sure it shows it.
        generation = self._generation
        if form_saved:
            dialog.accepted.connect(lambda: self._show_changes(generation, dialog.saved_id))
        else:
            dialog.finished.connect(
                lambda _result: dialog.changed and self._show_changes(generation, None)
            )
        dialog.destroyed.connect(self._forget_dialog)
        dialog.open()

    def _forget_dialog(self, *_args) -> None:
        self.dialog = None

    def _show_changes(self, generation: int, person_id: str | None) -> None:
        if self._generation == generation:
            self.refresh()  # no window around us refreshed the page (e.g. it is not shown)
        if person_id:
            if not self.select_person(person_id):
                # The new person is hidden by the filters: clear the search so they are seen.
                self.search.clear()
                self.apply_filter()
                self.select_person(person_id)
        self.table.setFocus()

    def delete_selected(self) -> None:
        person_id = self.selected_id()
        if not person_id:
            return
        person = self.model.person(self.model.row_of(person_id))
        if not prompts.ask_yes_no(
            self,
            self.tr("Move to the trash"),
            self.tr(
                "Move {name} to the trash? The record can be restored from the Trash page."
            ).format(name=person.full_name),
        ):
            return
        row = self.model.row_of(person_id)
        try:
            with self.context.database.session() as session:
                delete_person(session, person_id)
        except SQLAlchemyError as error:
            prompts.show_error(
                self,
                self.tr("Not deleted"),
                self.tr("The person could not be moved to the trash: {detail}").format(
                    detail=error
                ),
            )
            return
        generation = self._generation
        self.context.notify("person")
        self._show_changes(generation, None)
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))


class _TableKeys(QObject):
    """The Delete key on the table moves the selected person to the trash."""

    def __init__(self, page: PeoplePage):
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.KeyPress and event.key() == Qt.Key_Delete:
            self.page.delete_selected()
            return True
        return False
