"""Publishing a circular at a superior office: the indicator list (the one in force, or a new
version from a file), the first period it applies to, the deadlines of coming periods and a
title; then where to save it and the key's passphrase. What is wrong is said under its field
and nothing is signed.

``choose_list_file``, ``ask_save_path`` and ``ask_passphrase`` are module functions so tests
can replace them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from doan_desktop.core import circulars, clock, signing
from doan_desktop.core.inbox_status import deadline_days, deadline_of
from doan_desktop.core.indicator_lists import circulars as published_circulars
from doan_desktop.core.indicator_lists import code_list_of
from doan_desktop.core.indicators import CodeList, code_list
from doan_desktop.core.periods import Period, PeriodError
from doan_desktop.core.unit import get_unit
from doan_desktop.exchange.circular_file import Deadline, file_name
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs import key_dialog
from doan_desktop.ui.dialogs.key_dialog import busy
from doan_desktop.ui.icons import icon
from doan_desktop.ui.pages import muted_label
from doan_desktop.ui.widgets.field_message import FieldMessage

PERIOD_COLUMN, DUE_COLUMN = 0, 1


def choose_list_file(parent: QWidget) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("CircularDialog", "A new indicator list"),
        "",
        QCoreApplication.translate("CircularDialog", "Indicator list (*.json);;All files (*)"),
    )
    return path


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    return key_dialog.ask_save_path(
        parent,
        QCoreApplication.translate("CircularDialog", "Save the circular"),
        suggested,
        QCoreApplication.translate("CircularDialog", "Circular (*.zip)"),
    )


def ask_passphrase(parent: QWidget, text: str) -> str | None:
    return key_dialog.ask_passphrase(parent, text)


class CircularDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.published: circulars.Published | None = None
        self.new_list: CodeList | None = None
        self.today = clock.today()
        with context.database.session() as session:
            found = published_circulars(session)
            self.in_force = code_list_of(found[0].indicators) if found else code_list()
            self.days = deadline_days(session)
            unit = get_unit(session)
            self.next_number = (found[0].sequence if found else 0) + 1
        self.unit_code = unit.code if unit else ""
        self.setWindowTitle(self.tr("Publish a circular"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted_label(
                self.tr(
                    "A circular tells every commune the indicators to report and when each "
                    "period's report is due. The communes import it; a report already sent "
                    "keeps the list it was sent with."
                )
            )
        )

        self.keep_list = QRadioButton(
            self.tr("Keep the indicator list in force (version {n})").format(
                n=self.in_force.version
            )
        )
        self.file_list = QRadioButton(self.tr("A new version of the list, from a file:"))
        self.keep_list.setChecked(True)
        choice = QButtonGroup(self)
        choice.addButton(self.keep_list)
        choice.addButton(self.file_list)
        self.list_path = QLineEdit()
        self.list_path.setReadOnly(True)
        self.browse_button = QPushButton(icon("folder"), self.tr("Choose…"))
        self.list_message = FieldMessage(field=self.list_path)
        self.list_summary = muted_label()
        file_row = QHBoxLayout()
        file_row.addWidget(self.list_path, 1)
        file_row.addWidget(self.browse_button)
        layout.addWidget(self.keep_list)
        layout.addWidget(self.file_list)
        layout.addLayout(file_row)
        layout.addWidget(self.list_message)
        layout.addWidget(self.list_summary)

        form = QFormLayout()
        self.applies_from = QLineEdit(Period.quarter_of(self.today).code)
        self.applies_from.setAccessibleName(self.tr("First period"))
        self.applies_message = FieldMessage(field=self.applies_from)
        cell = QVBoxLayout()
        cell.addWidget(self.applies_from)
        cell.addWidget(self.applies_message)
        form.addRow(self.tr("Applies from the report of"), cell)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Công văn số 12/CV-TĐ"))
        form.addRow(self.tr("Title"), self.title)
        layout.addLayout(form)

        layout.addWidget(QLabel(self.tr("Deadlines (period, due date dd/mm/yyyy):")))
        self.deadlines = QTableWidget(0, 2)
        self.deadlines.setHorizontalHeaderLabels([self.tr("Period"), self.tr("Due")])
        self.deadlines.verticalHeader().hide()
        self.deadlines.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.deadlines.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.deadlines.setMaximumHeight(150)
        layout.addWidget(self.deadlines)
        rows = QHBoxLayout()
        self.add_row_button = QPushButton(icon("add"), self.tr("Add a deadline"))
        self.remove_row_button = QPushButton(icon("delete"), self.tr("Remove"))
        rows.addWidget(self.add_row_button)
        rows.addWidget(self.remove_row_button)
        rows.addStretch(1)
        layout.addLayout(rows)
        self.deadlines_message = FieldMessage()
        layout.addWidget(self.deadlines_message)
        self.failure = FieldMessage()
        layout.addWidget(self.failure)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.publish_button = self.buttons.button(QDialogButtonBox.Ok)
        self.publish_button.setText(self.tr("&Publish…"))
        self.buttons.accepted.connect(self.publish)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.browse_button.clicked.connect(self.choose_list)
        self.keep_list.toggled.connect(self._list_choice)
        self.add_row_button.clicked.connect(lambda: self.add_deadline("", ""))
        self.remove_row_button.clicked.connect(self._remove_row)
        # The quarter under way, due the office's usual days after it ends.
        quarter = Period.quarter_of(self.today)
        self.add_deadline(quarter.code, deadline_of(quarter, self.days).strftime("%d/%m/%Y"))
        self._list_choice()

    # ------------------------------------------------------------------ the list

    def _list_choice(self, *_args) -> None:
        new = self.file_list.isChecked()
        self.list_path.setEnabled(new)
        self.browse_button.setEnabled(new)
        if not new:
            self.list_message.clear()
            self.list_summary.setText("")

    def choose_list(self) -> bool:
        path = choose_list_file(self)
        if not path:
            return False
        self.file_list.setChecked(True)
        self.list_path.setText(path)
        return self.read_list(Path(path))

    def read_list(self, path: Path) -> bool:
        self.new_list = None
        self.list_summary.setText("")
        try:
            codes = circulars.read_list_file(path)
        except circulars.CircularError as error:
            self.list_message.show_error(str(error))
            return False
        self.list_message.clear()
        self.new_list = codes
        added = [c for c in codes.codes if c not in self.in_force.codes]
        dropped = [c for c in self.in_force.codes if c not in codes.codes]
        parts = [
            self.tr("Version {n}, {count} indicators.").format(
                n=codes.version, count=len(codes.codes)
            )
        ]
        if added:
            parts.append(self.tr("New: {codes}.").format(codes=", ".join(added)))
        if dropped:
            parts.append(self.tr("No longer asked: {codes}.").format(codes=", ".join(dropped)))
        self.list_summary.setText(" ".join(parts))
        return True

    # ------------------------------------------------------------------ deadlines

    def add_deadline(self, period: str, due: str) -> None:
        row = self.deadlines.rowCount()
        self.deadlines.insertRow(row)
        self.deadlines.setItem(row, PERIOD_COLUMN, QTableWidgetItem(period))
        self.deadlines.setItem(row, DUE_COLUMN, QTableWidgetItem(due))

    def _remove_row(self) -> None:
        rows = sorted({index.row() for index in self.deadlines.selectedIndexes()}, reverse=True)
        for row in rows:
            self.deadlines.removeRow(row)

    def _cell(self, row: int, column: int) -> str:
        item = self.deadlines.item(row, column)
        return item.text().strip() if item else ""

    def read_deadlines(self) -> list[Deadline] | None:
        """The deadlines typed, or None (the problem said under the table)."""
        found = []
        for row in range(self.deadlines.rowCount()):
            period_text, due_text = self._cell(row, PERIOD_COLUMN), self._cell(row, DUE_COLUMN)
            if not period_text and not due_text:
                continue
            try:
                period = Period.parse(period_text)
            except PeriodError:
                self.deadlines_message.show_error(
                    self.tr("Row {n}: '{text}' is not a period (2026Q4, 2026S2 or 2026).").format(
                        n=row + 1, text=period_text
                    )
                )
                return None
            try:
                due = dt.datetime.strptime(due_text, "%d/%m/%Y").date()
            except ValueError:
                self.deadlines_message.show_error(
                    self.tr(
                        "Row {n}: type the due date as dd/mm/yyyy, for example 20/01/2027."
                    ).format(n=row + 1)
                )
                return None
            found.append(Deadline(period.code, due))
        self.deadlines_message.clear()
        return found

    # ------------------------------------------------------------------ publishing

    def publish(self) -> bool:
        self.failure.clear()
        if self.file_list.isChecked() and self.new_list is None:
            self.list_message.show_error(self.tr("Choose the file of the new indicator list."))
            return False
        codes = self.new_list if self.file_list.isChecked() else self.in_force
        try:
            applies_from = Period.parse(self.applies_from.text())
        except PeriodError:
            self.applies_message.show_error(self.tr("Type a period: 2026Q4, 2026S2 or 2026."))
            return False
        self.applies_message.clear()
        deadlines = self.read_deadlines()
        if deadlines is None:
            return False
        target = ask_save_path(self, str(Path.home() / file_name(self.unit_code, self.next_number)))
        if target is None:
            return False
        passphrase = ask_passphrase(
            self,
            self.tr("Type the passphrase of the office's key to sign the circular."),
        )
        if passphrase is None:
            return False
        try:
            with busy():
                self.published = circulars.publish_circular(
                    self.context.database,
                    codes,
                    deadlines,
                    target,
                    passphrase,
                    applies_from=applies_from,
                    title=self.title.text(),
                )
        except (circulars.CircularError, signing.WrongPassphrase, signing.KeyProblem) as error:
            self.failure.show_error(str(error))
            return False
        except (SQLAlchemyError, OSError) as error:
            self.failure.show_error(
                self.tr("The circular was not published: {reason}").format(reason=error)
            )
            return False
        self.context.notify("inbox")
        prompts.show_info(
            self,
            self.windowTitle(),
            self.tr(
                "Circular No. {n} is written to {path}. Send it to every commune; each imports "
                "it on its Report page (Receive replies…)."
            ).format(n=self.published.sequence, path=self.published.path),
        )
        super().accept()
        return True
