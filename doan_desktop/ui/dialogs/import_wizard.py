"""Import people from Excel: choose the file → check the columns → preview → import → summary.

Reading, planning and importing run on the thread pool (``ui.workers``) with a progress bar;
the import itself is one transaction after a backup, so cancelling or a failure leaves the
roster as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from doan_desktop.core.chapters import UnknownChapter, list_chapters
from doan_desktop.core.store import backups
from doan_desktop.exchange.columns import FIELDS, field_labels
from doan_desktop.exchange.files import FileWriteError
from doan_desktop.exchange.roster_import import (
    ImportCancelled,
    ImportOptions,
    ImportPlan,
    ImportResult,
    plan_import,
    run_import,
    write_error_workbook,
)
from doan_desktop.exchange.roster_xlsx import (
    CHAPTERS,
    OFFICES,
    PEOPLE,
    SourceBook,
    UnreadableFile,
    cell_text,
    read_book,
)
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.widgets.field_message import FieldMessage
from doan_desktop.ui.workers import Job, start

CHOOSE, MAPPING, PREVIEW, RUNNING, DONE = range(5)


def choose_open_file(parent: QWidget) -> str:
    """The file dialog (a function, so that tests can replace it)."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        parent.tr("Choose the roster file"),
        str(Path.home()),
        parent.tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"),
    )
    return path


def choose_save_file(parent: QWidget, suggested: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, parent.tr("Save as"), suggested, filters)
    return path


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if isinstance(value, int):
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            table.setItem(r, c, item)


class ImportWizard(QDialog):
    """Keeps ``result`` (an ImportResult) once the import ran."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.book: SourceBook | None = None
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self._job: Job | None = None
        self.setWindowTitle(self.tr("Import people from Excel"))
        self.resize(1100, 640)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._choose_page())
        self.stack.addWidget(self._mapping_page())
        self.stack.addWidget(self._preview_page())
        self.stack.addWidget(self._running_page())
        self.stack.addWidget(self._done_page())

        self.back_button = QPushButton(self.tr("< Back"))
        self.next_button = QPushButton(self.tr("Next >"))
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.cancel_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        self.step_label = QLabel()
        self.step_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.step_label)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self._show(CHOOSE)

    # ------------------------------------------------------------------ pages

    def _choose_page(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        intro = QLabel(
            self.tr(
                "Choose an Excel (.xlsx) or CSV file with one person per row. Title rows, the "
                "totals row and the signature block are skipped by themselves. Nothing is written "
                "before you have seen the preview."
            )
        )
        intro.setWordWrap(True)
        grid.addWidget(intro, 0, 0, 1, 3)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("The file to import"))
        self.path_edit.returnPressed.connect(self.go_next)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        grid.addWidget(QLabel(self.tr("File:")), 1, 0)
        grid.addWidget(self.path_edit, 1, 1)
        grid.addWidget(browse, 1, 2)
        self.path_message = FieldMessage(field=self.path_edit)
        grid.addWidget(self.path_message, 2, 1, 1, 2)
        self.chapter_choice = QComboBox()
        grid.addWidget(QLabel(self.tr("Chapter:")), 3, 0)
        grid.addWidget(self.chapter_choice, 3, 1)
        hint = QLabel(
            self.tr(
                '"As the file says": the chapter column when there is one, otherwise the chapter '
                "named like each sheet."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        grid.addWidget(hint, 4, 1, 1, 2)
        self.encoding_choice = QComboBox()
        for label, code in (
            (self.tr("Automatic"), "auto"),
            ("UTF-8", "utf-8"),
            ("UTF-16", "utf-16"),
            ("Windows-1258", "cp1258"),
        ):
            self.encoding_choice.addItem(label, code)
        grid.addWidget(QLabel(self.tr("Encoding:")), 5, 0)
        grid.addWidget(self.encoding_choice, 5, 1)
        encoding_hint = QLabel(
            self.tr(
                "For a CSV or text file. Automatic recognises UTF-8, UTF-16 (Excel's "
                '"Unicode Text") and Windows-1258; choose another when the names in the next '
                "step look garbled."
            )
        )
        encoding_hint.setWordWrap(True)
        encoding_hint.setEnabled(False)
        grid.addWidget(encoding_hint, 6, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(7, 1)
        self._fill_chapters()
        return page

    def _fill_chapters(self) -> None:
        self.chapter_choice.clear()
        self.chapter_choice.addItem(self.tr("As the file says"), None)
        with self.context.database.session() as session:
            for chapter in list_chapters(session):
                self.chapter_choice.addItem(chapter.name, chapter.name)

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.mapping_intro = QLabel()
        self.mapping_intro.setWordWrap(True)
        layout.addWidget(self.mapping_intro)
        self.mapping_table = _table(
            [
                self.tr("Sheet"),
                self.tr("Column"),
                self.tr("Header in the file"),
                self.tr("Read as"),
                self.tr("First value"),
            ]
        )
        layout.addWidget(self.mapping_table, 1)
        self.mapping_message = FieldMessage()
        layout.addWidget(self.mapping_message)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.preview_summary = QLabel()
        self.preview_summary.setWordWrap(True)
        layout.addWidget(self.preview_summary)
        self.create_chapters = QCheckBox()
        self.create_chapters.setChecked(False)
        self.create_chapters.toggled.connect(self._replan)
        layout.addWidget(self.create_chapters)
        person = [
            self.tr("Sheet"),
            self.tr("Row"),
            self.tr("Full name"),
            self.tr("Birth date"),
            self.tr("Citizen ID"),
            self.tr("Chapter"),
        ]
        self.add_table = _table(person)
        self.update_table = _table(person + [self.tr("Changes")])
        self.unchanged_table = _table(person)
        self.error_table = _table(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Reason")]
        )
        self.duplicate_table = _table([self.tr("Sheet"), self.tr("Row"), self.tr("Repeats")])
        self.warning_table = _table(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Warning")]
        )
        self.tabs = QTabWidget()
        for table in (
            self.add_table,
            self.update_table,
            self.unchanged_table,
            self.error_table,
            self.duplicate_table,
            self.warning_table,
        ):
            self.tabs.addTab(table, "")
        layout.addWidget(self.tabs, 1)
        return page

    def _running_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.running_label = QLabel()
        self.running_label.setAlignment(Qt.AlignCenter)
        layout.addWidget(self.running_label)
        self.progress = QProgressBar()
        layout.addWidget(self.progress)
        layout.addStretch(2)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.done_label)
        row = QHBoxLayout()
        self.save_errors_button = QPushButton(self.tr("Save the error workbook…"))
        self.save_errors_button.clicked.connect(self.save_error_workbook)
        row.addWidget(self.save_errors_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.done_message = FieldMessage()
        layout.addWidget(self.done_message)
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        layout.addWidget(self.saved_label)
        layout.addStretch(1)
        return page

    # ------------------------------------------------------------------ navigation

    def _show(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        titles = {
            CHOOSE: self.tr("Step 1 of 4: the file"),
            MAPPING: self.tr("Step 2 of 4: the columns"),
            PREVIEW: self.tr("Step 3 of 4: what will happen"),
            RUNNING: self.tr("Importing…"),
            DONE: self.tr("Step 4 of 4: done"),
        }
        self.step_label.setText(titles[step])
        self.back_button.setVisible(step in (MAPPING, PREVIEW))
        self.next_button.setVisible(step in (CHOOSE, MAPPING, PREVIEW, DONE))
        self.next_button.setText(
            {PREVIEW: self.tr("Import"), DONE: self.tr("Close")}.get(step, self.tr("Next >"))
        )
        self.cancel_button.setVisible(step != DONE)
        self.cancel_button.setText(self.tr("Stop") if step == RUNNING else self.tr("Cancel"))
        if step == PREVIEW and self.plan is not None:
            self.next_button.setEnabled(bool(self.plan.to_add or self.plan.to_update))
        else:
            self.next_button.setEnabled(True)
        if step == CHOOSE:
            self.path_edit.setFocus()

    @property
    def step(self) -> int:
        return self.stack.currentIndex()

    def go_back(self) -> None:
        if self.step in (MAPPING, PREVIEW):
            self._show(self.step - 1)

    def go_next(self) -> None:
        if self._job is not None:
            return
        if self.step == CHOOSE:
            self._read_file()
        elif self.step == MAPPING:
            self._make_plan()
        elif self.step == PREVIEW:
            self._run_import()
        elif self.step == DONE:
            self.accept()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.running_label.setText(self.tr("Stopping… nothing will be written."))
            return
        self.reject()

    def reject(self) -> None:
        if self._job is not None:  # Esc while working: stop first
            self._job.cancel()
            return
        super().reject()

    def _browse(self) -> None:
        path = choose_open_file(self)
        if path:
            self.path_edit.setText(path)
            self._read_file()

    def _busy(self, text: str) -> None:
        self.running_label.setText(text)
        self.progress.setRange(0, 0)
        self._show(RUNNING)

    def _run(self, work, finished, back_to: int) -> None:
        job = Job(work)
        self._job = job
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(finished)
        job.signals.failed.connect(lambda error: self._failed(error, back_to))
        job.signals.cancelled.connect(lambda: self._cancelled(back_to))
        job.signals.ended.connect(self._ended)
        start(job)

    def _ended(self) -> None:
        self._job = None

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _failed(self, error: Exception, back_to: int) -> None:
        self._show(back_to)
        if back_to == CHOOSE:
            self.path_message.show_error(str(error))
        else:
            prompts.show_error(self, self.tr("Import"), str(error))

    def _cancelled(self, back_to: int) -> None:
        self._show(back_to)
        if back_to == PREVIEW:
            self.preview_summary.setText(
                self.tr("The import was stopped; nothing was written.")
                + "\n"
                + self.preview_summary.text()
            )

    # ------------------------------------------------------------------ step 1: read

    def _read_file(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.path_message.show_error(self.tr("Choose a file."))
            return
        path = Path(text)
        if not path.is_file():
            self.path_message.show_error(self.tr("There is no file {path}.").format(path=path))
            return
        self.path_message.clear()
        self._busy(self.tr("Reading {name}…").format(name=path.name))
        encoding = self.encoding_choice.currentData()

        def work(_progress, _cancelled):
            try:
                return read_book(path, encoding)
            except UnreadableFile as error:
                raise ValueError(str(error)) from error

        self._run(work, self._file_read, CHOOSE)

    def _file_read(self, book: SourceBook) -> None:
        self.book = book
        self._fill_mapping()
        self._show(MAPPING)

    # ------------------------------------------------------------------ step 2: columns

    def _fill_mapping(self) -> None:
        labels = field_labels()
        kinds = {
            PEOPLE: self.tr('Sheet "{sheet}": the header is on row {row}; {count} rows of data.'),
            OFFICES: self.tr(
                'Sheet "{sheet}" lists offices with their dates: the header is on row {row}; '
                "{count} offices."
            ),
            CHAPTERS: self.tr(
                'Sheet "{sheet}" lists chapters with their kinds: the header is on row {row}; '
                "{count} chapters."
            ),
        }
        lines = [
            kinds[t.kind].format(sheet=t.name, row=t.header_row, count=len(t.rows))
            for t in self.book.sheets
        ]
        for name, reason in self.book.ignored_sheets:
            lines.append(
                self.tr('Sheet "{sheet}" is left out: {reason}.').format(sheet=name, reason=reason)
            )
        if self.book.encoding:
            lines.append(self._encoding_text(self.book))
        lines.append(self.tr("Check how each column is read; change it where it is wrong."))
        self.mapping_intro.setText("\n".join(lines))
        rows = [(t, c) for t in self.book.sheets for c in t.columns if c.header or c.field]
        self.mapping_table.setRowCount(len(rows))
        self.mapping_boxes = []
        for r, (table, column) in enumerate(rows):
            for c, value in enumerate((table.name, column.letter, column.header)):
                self.mapping_table.setItem(r, c, QTableWidgetItem(value))
            box = QComboBox()
            box.addItem(self.tr("(not imported)"), None)
            for name in FIELDS:
                if name != "row_number":
                    box.addItem(labels[name], name)
            box.setCurrentIndex(max(0, box.findData(column.field)))
            box.currentIndexChanged.connect(
                lambda _i, t=table, col=column, b=box: self._mapping_changed(t, col, b)
            )
            self.mapping_table.setCellWidget(r, 3, box)
            first = next(
                (
                    row.values[column.index]
                    for row in table.rows
                    if column.index < len(row.values) and row.values[column.index] not in (None, "")
                ),
                "",
            )
            self.mapping_table.setItem(r, 4, QTableWidgetItem(cell_text(first)))
            self.mapping_boxes.append((table, column, box))
        self.mapping_table.resizeColumnsToContents()
        self.mapping_table.setColumnWidth(3, max(260, self.mapping_table.columnWidth(3)))
        self._check_mapping()

    def _encoding_text(self, book: SourceBook) -> str:
        """How a CSV was read: its encoding (detected or chosen) and separator."""
        separator = {
            ",": self.tr("commas"),
            ";": self.tr("semicolons"),
            "\t": self.tr("tabs"),
        }.get(book.delimiter, book.delimiter)
        if book.encoding_detected:
            text = self.tr(
                "Encoding: {encoding} (detected); columns separated by {separator}. If the "
                "names look garbled, go back and choose the encoding."
            )
        else:
            text = self.tr(
                "Encoding: {encoding} (chosen); columns separated by {separator}. If the names "
                "look garbled, go back and choose another encoding."
            )
        return text.format(encoding=book.encoding, separator=separator)

    def _formula_text(self, cells) -> str:
        """The cells that began like a formula, which the import takes as plain text."""
        first = cells[0]
        return self.tr(
            "{n} cells begin like a formula (=, +, -, @ or a tab), for example sheet {sheet}, "
            "row {row}, column {column}: {text}. They are imported as plain text, and every "
            "export writes them so that Excel and Calc never run them."
        ).format(
            n=len(cells),
            sheet=first.sheet,
            row=first.row,
            column=first.column,
            text=first.text.strip()[:60],
        )

    def _mapping_changed(self, table, column, box: QComboBox) -> None:
        table.set_field(column.index, box.currentData())
        # A field is read from one column: other boxes naming it go back to "not imported".
        for other_table, other_column, other_box in self.mapping_boxes:
            if other_table is table and other_box is not box:
                wanted = other_box.findData(other_column.field)
                if other_box.currentIndex() != max(0, wanted):
                    other_box.blockSignals(True)
                    other_box.setCurrentIndex(max(0, wanted))
                    other_box.blockSignals(False)
        self._check_mapping()

    def _check_mapping(self) -> None:
        unnamed = [
            t.name
            for t in self.book.sheets
            if t.kind != CHAPTERS
            and not any(c.field in ("full_name", "family_name", "given_name") for c in t.columns)
        ]
        if unnamed:
            self.mapping_message.show_error(
                self.tr("Choose the column with the full name on sheet {sheets}.").format(
                    sheets=", ".join(unnamed)
                )
            )
        else:
            self.mapping_message.clear()
        self.next_button.setEnabled(not unnamed)

    # ------------------------------------------------------------------ step 3: preview

    def _options(self) -> ImportOptions:
        return ImportOptions(
            chapter=self.chapter_choice.currentData(),
            create_chapters=self.create_chapters.isChecked(),
        )

    def _make_plan(self) -> None:
        self._busy(self.tr("Comparing with the roster…"))
        book, options, database = self.book, self._options(), self.context.database

        def work(progress, _cancelled):
            with database.session() as session:
                try:
                    return plan_import(session, book, options, progress)
                except UnknownChapter as error:
                    raise ValueError(str(error)) from error

        self._run(work, self._planned, MAPPING)

    def _replan(self) -> None:
        if self.book is not None and self.step == PREVIEW and self._job is None:
            self._make_plan()

    def _planned(self, plan: ImportPlan) -> None:
        self.plan = plan
        errors_rows = len({(e.sheet, e.row) for e in plan.errors})
        text = self.tr(
            "{add} to add, {update} to update, {same} already in the roster unchanged, "
            "{errors} rows with errors, {dups} rows repeated in the file."
        ).format(
            add=len(plan.to_add),
            update=len(plan.to_update),
            same=len(plan.unchanged),
            errors=errors_rows,
            dups=len(plan.duplicates),
        )
        skipped = sum(plan.skipped.values())
        if skipped:
            text += " " + self.tr("{n} title, totals or signature rows were skipped.").format(
                n=skipped
            )
        if errors_rows:
            text += " " + self.tr(
                "Rows with errors are not imported; you can save them to fix them."
            )
        warned_rows = len({(w.sheet, w.row) for w in plan.warnings})
        if warned_rows:
            text += " " + self.tr(
                "{n} rows have warnings (a value left out, an unlikely age): they are imported; "
                "see the Warnings tab."
            ).format(n=warned_rows)
        offices = plan.all_offices()
        added = sum(1 for o in offices if o.action == "add")
        ended = len(offices) - added
        if offices:
            text += " " + self.tr("Offices: {added} to record, {ended} terms to end.").format(
                added=added, ended=ended
            )
        if plan.formula_like:
            text += "\n" + self._formula_text(plan.formula_like)
        if plan.book.encoding:
            text += "\n" + self._encoding_text(plan.book)
        self.preview_summary.setText(text)
        self.create_chapters.blockSignals(True)
        if plan.missing_chapters:
            self.create_chapters.setText(
                self.tr("Create the chapters that do not exist yet: {names}").format(
                    names=", ".join(plan.missing_chapters)
                )
            )
            self.create_chapters.setVisible(True)
        else:
            self.create_chapters.setVisible(self.create_chapters.isChecked())
        self.create_chapters.blockSignals(False)

        def person(row):
            data = row.data
            return [
                row.parsed.sheet,
                row.parsed.row,
                data.full_name,
                data.birth_date,
                data.id_number,
                row.chapter,
            ]

        labels = field_labels() | {"chapter_id": self.tr("Chapter"), "office": self.tr("Office")}
        _fill(self.add_table, [person(r) for r in plan.to_add])
        _fill(
            self.update_table,
            [person(r) + [", ".join(labels.get(n, n) for n in r.changed)] for r in plan.to_update],
        )
        _fill(self.unchanged_table, [person(r) for r in plan.unchanged])
        _fill(self.error_table, [[e.sheet, e.row, e.column, e.message] for e in plan.errors])
        _fill(self.warning_table, [[w.sheet, w.row, w.column, w.message] for w in plan.warnings])
        _fill(
            self.duplicate_table,
            [
                [
                    d.sheet,
                    d.row,
                    self.tr("row {row} of {sheet}").format(row=d.first_row, sheet=d.first_sheet),
                ]
                for d in plan.duplicates
            ],
        )
        titles = (
            self.tr("To add ({n})").format(n=len(plan.to_add)),
            self.tr("To update ({n})").format(n=len(plan.to_update)),
            self.tr("Unchanged ({n})").format(n=len(plan.unchanged)),
            self.tr("Errors ({n})").format(n=len(plan.errors)),
            self.tr("Repeated in the file ({n})").format(n=len(plan.duplicates)),
            self.tr("Warnings ({n})").format(n=len(plan.warnings)),
        )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        if plan.errors and not plan.to_add and not plan.to_update:
            self.tabs.setCurrentWidget(self.error_table)
        self._show(PREVIEW)

    # ------------------------------------------------------------------ step 4: import

    def _run_import(self) -> None:
        plan, options, database = self.plan, self._options(), self.context.database
        backups_dir = self.context.data_dir.backups
        self.running_label.setText(
            self.tr("Importing {n} people…").format(n=len(plan.to_add) + len(plan.to_update))
        )
        self.progress.setRange(0, 0)
        self._show(RUNNING)

        def work(progress, cancelled):
            backups.create_backup(database.path, backups_dir, "before-import")
            if cancelled():
                raise ImportCancelled()
            with database.session() as session:
                return run_import(session, plan, options, progress, cancelled)

        self._run(work, self._imported, PREVIEW)

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        self.context.notify("chapter")
        self.context.notify("person")
        lines = [
            self.tr("{n} people added, {u} updated, {same} unchanged.").format(
                n=result.imported, u=result.updated, same=result.unchanged
            )
        ]
        if result.created_chapters:
            lines.append(
                self.tr("New chapters: {names}.").format(names=", ".join(result.created_chapters))
            )
        if result.offices_added or result.offices_ended:
            lines.append(
                self.tr("Offices: {added} recorded, {ended} terms ended.").format(
                    added=result.offices_added, ended=result.offices_ended
                )
            )
        if result.formula_like:
            lines.append(self._formula_text(result.formula_like))
        rejected = len(self.plan.rejected)
        if rejected:
            lines.append(
                self.tr(
                    "{n} rows were not imported (errors or repeats). Save them in an error workbook, "
                    "correct them there, and import that workbook again."
                ).format(n=rejected)
            )
        warned = len({(w.sheet, w.row) for w in self.plan.warnings})
        if warned:
            lines.append(
                self.tr(
                    "{n} rows were imported with a warning; the error workbook lists them too, "
                    "in its Cảnh báo column."
                ).format(n=warned)
            )
        for warning in result.warnings[:5]:
            lines.append(
                self.tr("Sheet {sheet}, row {row}: {message}").format(
                    sheet=warning.sheet, row=warning.row, message=warning.message
                )
            )
        self.done_label.setText("\n".join(lines))
        self.save_errors_button.setVisible(bool(rejected or warned))
        self._show(DONE)

    def save_error_workbook(self) -> Path | None:
        source = Path(self.path_edit.text().strip())
        suggested = str(source.with_name(source.stem + " - loi.xlsx"))
        path = choose_save_file(self, suggested, self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            written = write_error_workbook(self.plan, Path(path))
        except FileWriteError as error:
            self.done_message.show_error(str(error))
            return None
        self.done_message.clear()
        self.saved_label.setText(self.tr("Saved {path}.").format(path=written))
        return written


def export_roster(
    context: AppContext, parent: QWidget, chapter_id: str | None = None
) -> Path | None:
    """Ask where, then write the member list (.xlsx, or .csv by the chosen name). The message
    after a CSV says what a CSV cannot keep."""
    from doan_desktop.exchange.roster_export import collect, write_csv, write_xlsx

    suggested = str(Path.home() / "Danh sach doan vien.xlsx")
    path = choose_save_file(
        parent,
        suggested,
        QCoreApplication.translate(
            "RosterExport",
            "Excel workbook, everything (*.xlsx);;CSV, UTF-8: the people only (*.csv)",
        ),
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        target = target.with_name(target.name + ".xlsx")
    with context.database.session() as session:
        export = collect(session, chapter_id)
    title = QCoreApplication.translate("RosterExport", "Export")
    try:
        if target.suffix.lower() == ".csv":
            write_csv(target, export)
        else:
            write_xlsx(target, export)
    except FileWriteError as error:
        prompts.show_error(parent, title, str(error))
        return None
    text = QCoreApplication.translate("RosterExport", "{n} people written to {path}.").format(
        n=export.people, path=target
    )
    if target.suffix.lower() == ".csv":
        text += "\n\n" + csv_limits()
    prompts.show_info(parent, title, text)
    return target


def csv_limits() -> str:
    """What a CSV cannot keep, said whenever one is written."""
    return QCoreApplication.translate(
        "RosterExport",
        "A CSV file holds one table of people and no formats: it keeps neither the offices' "
        "dates and past terms nor the chapters' kinds, so importing it into another unit does "
        "not bring those back. Opened in Excel or Calc, citizen IDs and phone numbers may lose "
        "their leading 0 and a date such as 07/02/2008 may be read as 2 July, depending on the "
        "computer's settings. For a copy that keeps everything, export to Excel (.xlsx).",
    )
