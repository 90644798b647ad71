"""The report page (a commune office): the period's indicators beside the previous period,
the values the clerk types or corrects (each with a note), the validation messages, the
printed report and the signed file for the superior office, the reports already sent and what
the superior office answered (its receipts and circulars, received with "Receive replies…" or
dropped on the page: ui/widgets/superior_replies.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from doan_desktop.core import clock, report_export, report_status, reporting, signing
from doan_desktop.core.periods import Period
from doan_desktop.core.unit import get_unit
from doan_desktop.core.validation import ValidationError
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs import key_dialog
from doan_desktop.ui.forms import with_message
from doan_desktop.ui.icons import icon
from doan_desktop.ui.models.report_model import (
    INDICATOR,
    NOTE,
    PREVIOUS,
    ROW_ROLE,
    UNIT,
    VALUE,
    ReportLine,
    ReportModel,
    report_lines,
)
from doan_desktop.ui.pages import muted_label, page_layout, page_title
from doan_desktop.ui.widgets.field_message import COLORS
from doan_desktop.ui.widgets.flow_row import FlowRow
from doan_desktop.ui.widgets.superior_replies import RepliesBox
from doan_desktop.ui.widgets.vertical_scroll import VerticalScroll
from doan_desktop.ui.workers import Job, start

YEARS_BACK = 3
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def last_finished_quarter(today: dt.date) -> Period:
    return Period.quarter_of(today).previous()


def period_choices(today: dt.date) -> list[Period]:
    """Quarters, half-years and years from this one back YEARS_BACK years, newest first; a
    period that has not started is not offered."""
    periods = []
    for year in range(today.year, today.year - YEARS_BACK, -1):
        for kind, count in (("Q", 4), ("S", 2), ("Y", 1)):
            for number in range(1, count + 1):
                period = Period(year, kind, number)
                if period.start <= today:
                    periods.append(period)
    return sorted(periods, key=lambda p: (p.end, -p.months), reverse=True)


def open_preview(parent: QWidget, pdf: bytes, name: str) -> None:
    from doan_desktop.ui.dialogs.print_preview import PrintPreviewDialog

    PrintPreviewDialog(pdf, None, name, parent).exec()


class ReportPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.today = clock.today()
        self.report: reporting.PeriodReport | None = None
        self.job: Job | None = None
        self.last_export: report_export.ExportResult | None = None
        self.states: dict[str, report_status.PeriodState] = {}
        layout = page_layout(
            self,
            page_title("report"),
            self.tr(
                "The numbers of a period for the superior office. Values marked * were typed "
                "or corrected here; select a line to type or correct its value."
            ),
        )

        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        self.period.setMinimumWidth(220)
        self.period.setSizeAdjustPolicy(QComboBox.AdjustToContents)  # the longest period's name
        for period in period_choices(self.today):
            self.period.addItem(self._period_label(period), period.code)
        self.period.setCurrentIndex(
            max(0, self.period.findData(last_finished_quarter(self.today).code))
        )
        period_label = QLabel(self.tr("&Period"))
        period_label.setBuddy(self.period)
        self.breakdowns = QCheckBox(self.tr("Show breakdowns by chapter and ethnicity"))
        self.print_button = QPushButton(icon("print"), self.tr("Print…"))
        self.print_button.setToolTip(self.tr("The report as it prints, to print or save as PDF"))
        self.export_button = QPushButton(icon("export"), self.tr("Export signed file…"))
        self.export_button.setToolTip(
            self.tr("The signed report file to send to the superior office")
        )
        # One line on a wide screen, two at a large text size (FlowRow).
        tools = FlowRow()
        tools.add_together(period_label, self.period)
        tools.add(self.breakdowns, stretch=True)
        tools.add(self.print_button, self.export_button)
        layout.addWidget(tools)

        self.model = ReportModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(INDICATOR, QHeaderView.Stretch)
        for column in (UNIT, VALUE, PREVIOUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.Interactive)
        header.resizeSection(NOTE, 150)
        self.table.setAccessibleName(self.tr("Indicators"))

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        side_layout.addWidget(self._editor_box())
        side_layout.addWidget(self._messages_box(), 1)
        self.replies = RepliesBox(self.context)
        self.replies.changed.connect(self.refresh)
        side_layout.addWidget(self.replies)
        side_layout.addWidget(self._reports_box(), 1)
        self.setAcceptDrops(True)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.table)
        # At a large text size the side column scrolls rather than squeeze its boxes.
        splitter.addWidget(VerticalScroll(side))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([640, 420])
        layout.addWidget(splitter, 1)

        self.period.currentIndexChanged.connect(self.refresh)
        self.breakdowns.toggled.connect(self._show_lines)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.print_button.clicked.connect(self.print_report)
        self.export_button.clicked.connect(self.export_file)
        QWidget.setTabOrder(self.period, self.breakdowns)
        QWidget.setTabOrder(self.breakdowns, self.print_button)
        QWidget.setTabOrder(self.print_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.table)
        QWidget.setTabOrder(self.table, self.value_field)
        QWidget.setTabOrder(self.value_field, self.note_field)
        QWidget.setTabOrder(self.note_field, self.save_button)
        QWidget.setTabOrder(self.save_button, self.clear_button)

    # ------------------------------------------------------------------ building

    def _period_label(self, period: Period) -> str:
        if period.kind == "Q":
            text = self.tr("Quarter {n} of {year}").format(
                n=_ROMAN[period.number], year=period.year
            )
        elif period.kind == "S":
            text = (
                self.tr("First half of {year}")
                if period.number == 1
                else self.tr("Second half of {year}")
            ).format(year=period.year)
        else:
            text = self.tr("Year {year}").format(year=period.year)
        return f"{text} ({period.code})"

    def _editor_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Value of the selected line"))
        self.editor_title = QLabel(self.tr("Select a line of the table."))
        self.editor_title.setWordWrap(True)
        self.editor_hint = muted_label()
        self.value_field = QLineEdit()
        self.value_field.setAccessibleName(self.tr("Value"))
        self.value_field.setPlaceholderText(self.tr("a whole number, e.g. 1.250"))
        self.note_field = QLineEdit()
        self.note_field.setAccessibleName(self.tr("Note"))
        self.note_field.setPlaceholderText(self.tr("where the number comes from, or why corrected"))
        value_cell, self.value_message = with_message(self.value_field)
        note_cell, self.note_message = with_message(self.note_field)
        form = QFormLayout()
        form.addRow(self.tr("Value"), value_cell)
        form.addRow(self.tr("Note"), note_cell)
        self.save_button = QPushButton(icon("save"), self.tr("Save value"))
        self.clear_button = QPushButton(icon("restore"), self.tr("Use the records"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.editor_title)
        layout.addWidget(self.editor_hint)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save_value)
        self.clear_button.clicked.connect(self.clear_value)
        self.value_field.returnPressed.connect(self.save_value)
        self.note_field.returnPressed.connect(self.save_value)
        self._set_editor(None)
        return box

    def _messages_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Checks before sending"))
        self.messages = QListWidget()
        self.messages.setWordWrap(True)
        self.messages.setAccessibleName(self.tr("Checks before sending"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.messages)
        return box

    def _reports_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Reports sent"))
        self.reports = QTableWidget(0, 4)
        self.reports.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Period"), self.tr("Made"), self.tr("State")]
        )
        self.reports.verticalHeader().hide()
        self.reports.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.reports.setSelectionBehavior(QAbstractItemView.SelectRows)
        header = self.reports.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        layout = QVBoxLayout(box)
        layout.addWidget(self.reports)
        return box

    # ------------------------------------------------------------------ data

    def current_period(self) -> Period:
        return Period.parse(self.period.currentData())

    def refresh(self) -> None:
        period = self.current_period()
        with self.context.database.session() as session:
            self.report = reporting.build_report(session, period, self.today)
            self.previous = reporting.previous_values(session, period, self.today)
            self.sent = report_export.list_reports(session)
            self.states = {s.period: s for s in report_status.period_states(session)}
        self._show_lines()
        self._show_messages()
        self._show_reports()
        self.replies.show_period(period)

    def select(self, period_code: str) -> None:
        """Show the period (an overview alert about it opens the page here)."""
        index = self.period.findData(period_code)
        if index >= 0:
            self.period.setCurrentIndex(index)

    def _show_lines(self) -> None:
        if self.report is None:
            return
        chosen = self._chosen_key()
        language = self.context.preferences.language
        lines = report_lines(
            self.report.values,
            self.previous,
            language,
            self.breakdowns.isChecked(),
            self.report.codes,
        )
        period = self.current_period()
        self.model.set_rows(lines, period.code, period.previous().code)
        row = next(
            (
                i
                for i, line in enumerate(lines)
                if (line.value.indicator, line.value.disagg) == chosen
            ),
            None,
        )
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows,
            )
        else:
            self._set_editor(None)

    def _show_messages(self) -> None:
        self.messages.clear()
        for message in sorted(self.report.messages, key=lambda m: m.level != reporting.ERROR):
            item = QListWidgetItem(
                icon("error" if message.level == reporting.ERROR else "warning"), message.text
            )
            item.setForeground(QColor(COLORS[message.level]))
            item.setData(Qt.UserRole, message.level)
            self.messages.addItem(item)
        if not self.report.messages:
            item = QListWidgetItem(self.tr("No problems found."))
            self.messages.addItem(item)
        errors = len(self.report.errors)
        self.export_button.setToolTip(
            self.tr("Fix the errors first: {n}").format(n=errors)
            if errors
            else self.tr("The signed report file to send to the superior office")
        )

    def _show_reports(self) -> None:
        self.reports.setRowCount(len(self.sent))
        for row, report in enumerate(self.sent):
            answer = self.states.get(report.period)
            if report.superseded:
                state = self.tr("Replaced by a correction")
            elif not report.file_sha256:
                state = self.tr("Reserved, file not written")
            elif (
                answer is not None
                and answer.sequence == report.sequence
                and answer.receipt != report_status.NONE
            ):
                state = answer.sentence()  # received, or returned with the reason
            elif report.supersedes:
                state = self.tr("Sent (correction)")
            else:
                state = self.tr("Sent")
            made = dt.datetime.strptime(report.created, "%Y-%m-%dT%H:%M:%SZ")
            made = made.replace(tzinfo=dt.UTC).astimezone()
            for column, text in enumerate(
                (str(report.sequence), report.period, made.strftime("%d/%m/%Y %H:%M"), state)
            ):
                item = QTableWidgetItem(text)
                if report.superseded:
                    item.setForeground(Qt.gray)
                self.reports.setItem(row, column, item)

    # ------------------------------------------------------------------ dropped files

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        paths = self._dropped_files(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.replies.import_paths(paths)

    @staticmethod
    def _dropped_files(mime) -> list[Path]:
        """Local files (receipts and circulars are .zip files; the import says what else)."""
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    # ------------------------------------------------------------------ the editor

    def _chosen_line(self) -> ReportLine | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    def _chosen_key(self) -> tuple[str, str] | None:
        line = self._chosen_line()
        return (line.value.indicator, line.value.disagg) if line else None

    def _row_chosen(self, *_args) -> None:
        self._set_editor(self._chosen_line())

    def _set_editor(self, line: ReportLine | None) -> None:
        self.value_message.clear()
        self.note_message.clear()
        editable = line is not None and line.value.source != "derived"
        for widget in (self.value_field, self.note_field, self.save_button):
            widget.setEnabled(editable)
        self.clear_button.setEnabled(
            editable and line is not None and (line.value.corrected or line.typed)
        )
        if line is None:
            self.editor_title.setText(self.tr("Select a line of the table."))
            self.editor_hint.setText("")
            self.value_field.clear()
            self.note_field.clear()
            return
        self.editor_title.setText(f"<b>{line.label}</b>")
        value = line.value
        if value.source == "derived":
            hint = self.tr("Computed from the other values; correct those instead.")
        elif value.source == "manual":
            hint = self.tr("The records cannot give this number: type it, with its source.")
        else:
            hint = self.tr(
                "The records give {value}. Type another value only to correct it, and say why."
            ).format(value=value.computed)
        self.editor_hint.setText(hint)
        typed = value.corrected or (value.source == "manual" and value.value is not None)
        self.value_field.setText(str(value.value) if typed else "")
        self.note_field.setText(value.note)
        self.clear_button.setText(
            self.tr("Use the records") if value.source == "computed" else self.tr("Remove value")
        )

    def _store(self, value_text: str, note: str) -> bool:
        line = self._chosen_line()
        if line is None:
            return False
        try:
            with self.context.database.session() as session:
                reporting.set_manual_value(
                    session,
                    self.current_period(),
                    line.value.indicator,
                    value_text,
                    note,
                    line.value.disagg,
                )
        except ValidationError as error:
            self.value_message.show_error(error.problems.errors.get("value", ""))
            self.note_message.show_error(error.problems.errors.get("note", ""))
            return False
        except (SQLAlchemyError, OSError) as error:
            prompts.show_error(self, self.tr("Not saved"), str(error))
            return False
        self.context.notify("report_value")
        self.refresh()
        return True

    def save_value(self) -> bool:
        if not self.value_field.text().strip():
            self.value_message.show_error(
                self.tr("Type a value, or press '{button}'.").format(
                    button=self.clear_button.text()
                )
            )
            return False
        return self._store(self.value_field.text(), self.note_field.text())

    def clear_value(self) -> bool:
        return self._store("", "")

    # ------------------------------------------------------------------ print and export

    def print_report(self) -> None:
        from doan_desktop.core.report_print import report_document
        from doan_desktop.documents.report import build_report_pdf

        period = self.current_period()
        with self.context.database.session() as session:
            document = report_document(session, period, self.today)
        name = f"Báo cáo {period.code}"
        open_preview(self, build_report_pdf(document), name)

    def export_file(self) -> None:
        """Ask where and the passphrase, then sign and write off the GUI thread."""
        if self.job is not None:
            return
        self.refresh()
        period = self.current_period()
        with self.context.database.session() as session:
            unit = get_unit(session)
            key = signing.current_key(session)
            latest = report_export.latest_report(session, period)
            sent = reporting.sent_values(session, period)
            sequence = report_export.next_sequence(session)
        if key is None:
            prompts.show_error(self, self.tr("No signing key"), str(signing.NoKey()))
            return
        correction = False
        if latest is not None:
            if sent != self.report.as_dict():
                correction = prompts.ask_yes_no(
                    self,
                    self.tr("Send a correction?"),
                    self.tr(
                        "Report no. {n} for this period was already made, with other values. "
                        "Send these values as a correction that replaces it?\n\n"
                        "Yes: a correction with the new values. No: the file of report no. "
                        "{n}, unchanged."
                    ).format(n=latest.sequence),
                )
            if not correction:
                sequence = latest.sequence
        if (latest is None or correction) and self.report.errors:
            prompts.show_error(
                self,
                self.tr("Not ready to send"),
                self.tr("Fix these errors first:\n{lines}").format(
                    lines="\n".join(f"- {m.text}" for m in self.report.errors)
                ),
            )
            return
        if period.contains(self.today) and not prompts.ask_yes_no(
            self,
            self.tr("The period has not ended"),
            self.tr(
                "{period} ends on {end}: until then its figures can still change. Make the "
                "signed report now anyway? A later report of the period, with the final "
                "figures, would then be a correction."
            ).format(period=period.code, end=period.end.strftime("%d/%m/%Y")),
        ):
            return
        suggested = str(Path.home() / report_export.file_name(unit.code, period.code, sequence))
        target = key_dialog.ask_save_path(
            self,
            self.tr("Save the signed report"),
            suggested,
            self.tr("Report file (*.zip)"),
        )
        if target is None:
            return
        passphrase = key_dialog.ask_passphrase(
            self,
            self.tr(
                "Type the passphrase of the office's key to sign the report for {period}."
            ).format(period=period.code),
        )
        if passphrase is None:
            return
        database, today = self.context.database, self.today

        def work(_progress, _cancelled):
            return report_export.export_report(
                database, period, target, passphrase, correction=correction, today=today
            )

        self.job = Job(work)
        self.job.signals.finished.connect(self._exported)
        self.job.signals.failed.connect(self._export_failed)
        self.job.signals.ended.connect(self._export_ended)
        self.export_button.setEnabled(False)
        self.export_button.setText(self.tr("Signing…"))
        start(self.job)

    def _exported(self, result: report_export.ExportResult) -> None:
        self.last_export = result
        self.context.notify("report")
        text = self.tr(
            "Report no. {n} for {period} is written and verified:\n{path}\n\n"
            "SHA-256 (first characters): {sha}"
        ).format(n=result.sequence, period=result.period, path=result.path, sha=result.sha256[:16])
        if result.explanation():
            text += "\n\n" + result.explanation()
        prompts.show_info(self, self.tr("Report written"), text)

    def _export_failed(self, error: Exception) -> None:
        if isinstance(
            error, signing.WrongPassphrase | signing.KeyProblem | report_export.ExportError
        ):
            text = str(error)
        elif isinstance(error, OSError):
            text = self.tr("The file could not be written: {reason}").format(
                reason=error.strerror or error
            )
        else:
            text = self.tr("The report was not written: {reason}").format(reason=error)
        prompts.show_error(self, self.tr("Report not written"), text)

    def _export_ended(self) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.export_button.setText(self.tr("Export signed file…"))
        self.refresh()
