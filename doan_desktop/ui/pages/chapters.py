"""The chapters page: every chapter with its members, youth and secretary; add, edit,
deactivate, move to the trash."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from doan_desktop.core.chapters import ChapterRow, delete_chapter, list_chapters, set_active
from doan_desktop.core.validation import ValidationError
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs.chapter_dialog import ChapterDialog
from doan_desktop.ui.icons import icon
from doan_desktop.ui.models.chapters_model import (
    ACTIVE,
    KIND,
    MEMBERS,
    NAME,
    ROW_ROLE,
    SECRETARY,
    YOUTH,
    ChaptersModel,
    SearchSortProxy,
)
from doan_desktop.ui.pages import muted_label, page_layout, page_title
from doan_desktop.ui.widgets.flow_row import FlowRow


class ChaptersPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.dialog: ChapterDialog | None = None
        layout = page_layout(
            self,
            page_title("chapters"),
            self.tr(
                "The chapters (chi đoàn) of the unit. Double-click a chapter, or press Enter, "
                "to edit it."
            ),
        )

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by chapter, kind or secretary"))
        self.search.addAction(icon("search"), QLineEdit.LeadingPosition)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.search.setMaximumWidth(420)
        self.show_inactive = QCheckBox(self.tr("Show deactivated chapters"))

        self.add_button = QPushButton(icon("add"), self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add a chapter (Ctrl+N)"))
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit"))
        self.active_button = QPushButton(icon("deactivate"), self.tr("Deactivate"))
        self.delete_button = QPushButton(icon("delete"), self.tr("Move to trash"))
        self.delete_button.setToolTip(self.tr("Move the chapter to the trash (Delete)"))

        # One line on a wide screen; at a large text size the buttons go to a second one.
        tools = FlowRow()
        tools.add(self.search, stretch=True)
        tools.add(self.show_inactive)
        tools.add(self.add_button, self.edit_button, self.active_button, self.delete_button)
        layout.addWidget(tools)

        self.model = ChaptersModel(self)
        self.proxy = SearchSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.Stretch)
        header.setSectionResizeMode(SECRETARY, QHeaderView.Stretch)
        for column in (KIND, MEMBERS, YOUTH, ACTIVE):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        layout.addWidget(self.table, 1)

        self.count_label = muted_label()
        layout.addWidget(self.count_label)

        self.search.textChanged.connect(self._search)
        self.show_inactive.toggled.connect(self.refresh)
        self.add_button.clicked.connect(self.add_chapter)
        self.edit_button.clicked.connect(self.edit_chapter)
        self.active_button.clicked.connect(self.toggle_active)
        self.delete_button.clicked.connect(self.trash_chapter)
        self.table.doubleClicked.connect(lambda _index: self.edit_chapter())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.installEventFilter(self)
        add_shortcut = QShortcut(QKeySequence.New, self, context=Qt.WidgetWithChildrenShortcut)
        add_shortcut.activated.connect(self.add_chapter)
        find_shortcut = QShortcut(QKeySequence.Find, self, context=Qt.WidgetWithChildrenShortcut)
        find_shortcut.activated.connect(self.search.setFocus)
        QWidget.setTabOrder(self.search, self.show_inactive)
        QWidget.setTabOrder(self.show_inactive, self.table)
        QWidget.setTabOrder(self.table, self.add_button)
        self._update_buttons()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        # Keys typed in the table only (a shortcut would also catch them in an open dialog).
        if watched is self.table and event.type() == QEvent.KeyPress and not event.modifiers():
            if event.key() in (Qt.Key_Return, Qt.Key_Enter):
                self.edit_chapter()
                return True
            if event.key() == Qt.Key_Delete:
                self.trash_chapter()
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ data

    def refresh(self) -> None:
        selected = self.current_row()
        with self.context.database.session() as session:
            rows = list_chapters(session, include_inactive=self.show_inactive.isChecked())
        self.model.set_rows(rows)
        self._update_count()
        if selected:
            self.select_chapter(selected.id)
        self._update_buttons()

    def current_row(self) -> ChapterRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return indexes[0].data(ROW_ROLE)

    def select_chapter(self, chapter_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, NAME)
            if index.data(ROW_ROLE).id == chapter_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return True
        return False

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        members = sum(
            self.proxy.index(r, NAME).data(ROW_ROLE).members for r in range(self.proxy.rowCount())
        )
        youth = sum(
            self.proxy.index(r, NAME).data(ROW_ROLE).youth for r in range(self.proxy.rowCount())
        )
        if total == 0:
            text = self.tr("No chapters yet. Press Add to create the first one.")
        elif shown == total:
            text = self.tr("{n} chapters: {members} members and {youth} youth.").format(
                n=total, members=members, youth=youth
            )
        else:
            text = self.tr("{shown} of {n} chapters shown: {members} members and {youth} youth.")
            text = text.format(shown=shown, n=total, members=members, youth=youth)
        self.count_label.setText(text)

    def _update_buttons(self, *_args) -> None:
        row = self.current_row()
        for button in (self.edit_button, self.active_button, self.delete_button):
            button.setEnabled(row is not None)
        if row is not None and not row.active:
            self.active_button.setText(self.tr("Activate"))
            self.active_button.setIcon(icon("activate"))
            self.active_button.setToolTip(self.tr("Make the chapter active again"))
        else:
            self.active_button.setText(self.tr("Deactivate"))
            self.active_button.setIcon(icon("deactivate"))
            self.active_button.setToolTip(
                self.tr("Keep the chapter and its records, but hide it from everyday lists")
            )

    # ------------------------------------------------------------------ actions

    def add_chapter(self) -> None:
        self._open_dialog(None)

    def edit_chapter(self) -> None:
        row = self.current_row()
        if row is not None:
            self._open_dialog(row.id)

    def _open_dialog(self, chapter_id: str | None) -> None:
        """Window-modal, not exec(): the page stays responsive to tests and to repaints."""
        self.dialog = ChapterDialog(self.context, chapter_id, self)
        self.dialog.setAttribute(Qt.WA_DeleteOnClose)
        self.dialog.accepted.connect(lambda d=self.dialog: self._saved(d.chapter_id))
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None
        self.table.setFocus()

    def _saved(self, chapter_id: str | None) -> None:
        # The dialog notified already; the page refreshed with it. Keep the saved one in view.
        if chapter_id and not self.select_chapter(chapter_id):
            self.search.clear()
            self.select_chapter(chapter_id)

    def toggle_active(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if row.active and not prompts.ask_yes_no(
            self,
            self.tr("Deactivate chapter"),
            self.tr(
                "Deactivate {name}? Its records are kept and it can be activated again; "
                "it is hidden from everyday lists."
            ).format(name=row.name),
        ):
            return
        with self.context.database.session() as session:
            set_active(session, row.id, not row.active)
        self.context.notify("chapter")
        if row.active and not self.show_inactive.isChecked():
            self.count_label.setText(
                self.tr(
                    "{name} was deactivated. Tick “Show deactivated chapters” to see it."
                ).format(name=row.name)
            )

    def trash_chapter(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if not prompts.ask_yes_no(
            self,
            self.tr("Move to trash"),
            self.tr("Move {name} to the trash? You can restore it from the Trash page.").format(
                name=row.name
            ),
        ):
            return
        try:
            with self.context.database.session() as session:
                delete_chapter(session, row.id)
        except ValidationError as error:
            prompts.show_error(
                self,
                self.tr("Cannot move to trash"),
                "\n".join(error.problems.errors.values()),
            )
            return
        self.context.notify("chapter")
