"""A person's offices: the list, adding one, ending a term, deleting an entry made by mistake.

Naming a secretary for a chapter that has one asks whether to end the sitting secretary's term.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from doan_desktop.core import clock
from doan_desktop.core.chapters import list_chapters
from doan_desktop.core.roster import (
    OfficeConflict,
    add_office,
    delete_office,
    end_office,
    get_person,
    list_offices,
)
from doan_desktop.core.validation import ValidationError
from doan_desktop.core.vocab import OFFICE_ROLES, office_role_labels
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.icons import icon
from doan_desktop.ui.models.people_model import OfficesTableModel
from doan_desktop.ui.widgets.date_field import DateField
from doan_desktop.ui.widgets.field_message import FieldMessage

# "Where" combo value for an office of the commune committee rather than of a chapter.
COMMUNE = ""


class OfficeDialog(QDialog):
    """``changed`` tells the caller whether anything was written while the dialog was open."""

    def __init__(
        self,
        context: AppContext,
        person_id: str,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.context = context
        self.person_id = person_id
        self.today = today or clock.today()
        self.changed = False
        with context.database.session() as session:
            person = get_person(session, person_id)
            chapters = list_chapters(session, include_inactive=False)
        self.person_name = person.full_name
        self.setWindowTitle(self.tr("Offices of {name}").format(name=person.full_name))
        self.setMinimumWidth(640)

        self.model = OfficesTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(150)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.resizeSection(0, 170)
        for column in (2, 3):
            header.resizeSection(column, 100)
        self.empty_label = QLabel(self.tr("No office recorded for this person."))
        self.empty_label.setStyleSheet("color: #607d8b;")

        # Ending or deleting the selected entry.
        self.end_date = DateField(today=self.today)
        self.end_message = FieldMessage(field=self.end_date)
        self.end_date.message = self.end_message
        self.end_button = QPushButton(self.tr("End the term"))
        self.end_button.setAutoDefault(False)
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete the entry…"))
        self.delete_button.setToolTip(self.tr("For an office entered by mistake"))
        self.delete_button.setAutoDefault(False)
        selected_row = QHBoxLayout()
        end_label = QLabel(self.tr("Selected term ends on"))
        end_label.setBuddy(self.end_date)
        selected_row.addWidget(end_label)
        selected_row.addWidget(self.end_date)
        selected_row.addWidget(self.end_button)
        selected_row.addStretch(1)
        selected_row.addWidget(self.delete_button)

        # Adding an office.
        add_box = QGroupBox(self.tr("Add an office"))
        form = QFormLayout(add_box)
        form.setLabelAlignment(Qt.AlignRight | Qt.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.role = QComboBox()
        roles = office_role_labels()
        for code in OFFICE_ROLES:
            self.role.addItem(roles[code], code)
        self.where = QComboBox()
        self.where.addItem(self.tr("Commune committee"), COMMUNE)
        for chapter in chapters:
            self.where.addItem(chapter.name, chapter.id)
        self.where.setCurrentIndex(max(0, self.where.findData(person.chapter_id)))
        self.start_date = DateField(today=self.today)
        self.start_message = FieldMessage(field=self.start_date)
        self.start_date.message = self.start_message
        self.add_button = QPushButton(icon("add"), self.tr("Add"))
        self.add_button.setAutoDefault(False)
        self.add_message = FieldMessage()
        start_cell = QWidget()
        start_layout = QVBoxLayout(start_cell)
        start_layout.setContentsMargins(0, 0, 0, 0)
        start_layout.setSpacing(2)
        start_line = QHBoxLayout()
        start_line.addWidget(self.start_date)
        start_line.addStretch(1)
        start_line.addWidget(self.add_button)
        start_layout.addLayout(start_line)
        start_layout.addWidget(self.start_message)
        for text, widget in (
            (self.tr("Office"), self.role),
            (self.tr("Where"), self.where),
            (self.tr("From *"), start_cell),
        ):
            label = QLabel(text)
            label.setBuddy(self.start_date if widget is start_cell else widget)
            form.addRow(label, widget)
        form.addRow("", self.add_message)

        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Close"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(selected_row)
        layout.addWidget(self.end_message)
        layout.addSpacing(6)
        layout.addWidget(add_box)
        layout.addWidget(buttons)

        self.add_button.clicked.connect(self.add)
        self.start_date.returnPressed.connect(self.add)
        self.end_button.clicked.connect(self.end_selected)
        self.end_date.returnPressed.connect(self.end_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()
        self.role.setFocus()

    # ------------------------------------------------------------------ list

    def reload(self) -> None:
        with self.context.database.session() as session:
            rows = list_offices(session, person_id=self.person_id)
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        self._update_buttons()

    def selected_office(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.office(rows[0].row()) if rows else None

    def select_office(self, office_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.office(row).id == office_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self, *_args) -> None:
        office = self.selected_office()
        self.delete_button.setEnabled(office is not None)
        sitting = office is not None and not office.end_date
        self.end_button.setEnabled(sitting)
        self.end_date.setEnabled(sitting)

    def _written(self) -> None:
        self.changed = True
        self.context.notify("office")

    # ------------------------------------------------------------------ changes

    def add(self) -> bool:
        if not self.start_date.check():
            self.start_date.setFocus()
            return False
        if not self.start_date.text().strip():
            self.start_message.show_error(self.tr("Type the date the term began."))
            self.start_date.setFocus()
            return False
        role, chapter_id = self.role.currentData(), self.where.currentData() or None
        start = self.start_date.text()
        try:
            office_id = self._add(role, chapter_id, start, end_previous=False)
        except OfficeConflict as conflict:
            if not prompts.ask_yes_no(self, self.tr("Sitting secretary"), str(conflict)):
                return False
            try:
                office_id = self._add(role, chapter_id, start, end_previous=True)
            except (ValidationError, SQLAlchemyError) as error:
                self._show_add_error(error)
                return False
        except (ValidationError, SQLAlchemyError) as error:
            self._show_add_error(error)
            return False
        self.add_message.clear()
        self.start_date.clear()
        self._written()
        self.reload()
        self.select_office(office_id)
        return True

    def _add(self, role, chapter_id, start, end_previous: bool) -> str:
        with self.context.database.session() as session:
            return add_office(
                session, self.person_id, role, chapter_id, start, end_previous, self.today
            )

    def _show_add_error(self, error: Exception) -> None:
        if isinstance(error, ValidationError):
            errors = dict(error.problems.errors)
            if "start_date" in errors:
                self.start_message.show_error(errors.pop("start_date"))
            self.add_message.show_error(" ".join(errors.values()))
        else:
            self.add_message.show_error(
                self.tr("The office could not be saved; nothing was changed. ({detail})").format(
                    detail=error
                )
            )

    def end_selected(self) -> bool:
        office = self.selected_office()
        if office is None or office.end_date:
            return False
        if not self.end_date.check():
            self.end_date.setFocus()
            return False
        if not self.end_date.text().strip():
            self.end_message.show_error(self.tr("Type the date the term ended."))
            self.end_date.setFocus()
            return False
        try:
            with self.context.database.session() as session:
                end_office(session, office.id, self.end_date.text())
        except ValidationError as error:
            self.end_message.show_error(" ".join(error.problems.errors.values()))
            return False
        except SQLAlchemyError as error:
            self.end_message.show_error(
                self.tr("The term could not be ended; nothing was changed. ({detail})").format(
                    detail=error
                )
            )
            return False
        self.end_message.clear()
        self.end_date.clear()
        self._written()
        self.reload()
        self.select_office(office.id)
        return True

    def delete_selected(self) -> bool:
        office = self.selected_office()
        if office is None:
            return False
        role = office_role_labels().get(office.role, office.role)
        if not prompts.ask_yes_no(
            self,
            self.tr("Delete the entry"),
            self.tr(
                "Delete the entry “{role}” of {name}? Do this only for an entry made by mistake; "
                "to record that a term is over, give it an end date instead."
            ).format(role=role, name=self.person_name),
        ):
            return False
        try:
            with self.context.database.session() as session:
                delete_office(session, office.id)
        except SQLAlchemyError as error:
            prompts.show_error(
                self,
                self.tr("Not deleted"),
                self.tr("The entry could not be deleted: {detail}").format(detail=error),
            )
            return False
        self._written()
        self.reload()
        return True
