"""The inbox's tab for what the superior office sends down: signed receipts telling each
commune what became of its files of a period, and circulars with the indicator list and the
deadlines. The office's key is made the first time it is needed (the key dialog opens).

The folder chooser, the passphrase, the key question and the dialogs go through module
functions (``choose_folder``, ``ask_passphrase``, ``ask_make_key``, ``run_dialog``) so tests
replace them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from doan_desktop.core import receipts, signing
from doan_desktop.core.inbox_status import parse_period
from doan_desktop.core.indicator_lists import circulars
from doan_desktop.core.periods import Period, PeriodError
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs import key_dialog
from doan_desktop.ui.dialogs.key_dialog import busy
from doan_desktop.ui.icons import icon
from doan_desktop.ui.pages import muted_label
from doan_desktop.ui.widgets.field_message import FieldMessage


def choose_folder(parent: QWidget) -> str:
    return QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("OutgoingTab", "Where to write the receipts")
    )


def ask_passphrase(parent: QWidget, text: str) -> str | None:
    return key_dialog.ask_passphrase(parent, text)


def ask_make_key(parent: QWidget) -> bool:
    return prompts.ask_yes_no(
        parent,
        QCoreApplication.translate("OutgoingTab", "No signing key yet"),
        QCoreApplication.translate(
            "OutgoingTab",
            "What this office sends to the communes is signed with its key, which it does not "
            "have yet. Make it now? Then send its registration file and fingerprint sheet to "
            "every commune, so that they trust it.",
        ),
    )


def run_dialog(dialog: QDialog) -> int:
    return dialog.exec()


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.Stretch)
    return table


class OutgoingTab(QWidget):
    sent = Signal()  # receipts written or a circular published

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)

        receipts_box = QGroupBox(self.tr("Receipts to the communes"))
        receipts_layout = QVBoxLayout(receipts_box)
        receipts_layout.addWidget(
            muted_label(
                self.tr(
                    "For each commune, one signed file saying which of its files of the period "
                    "were received and which were refused, why, and what it should do. Only "
                    "the files not answered yet go into new receipts."
                )
            )
        )
        tools = QHBoxLayout()
        period_label = QLabel(self.tr("P&eriod:"))
        self.period = QLineEdit()
        self.period.setMaximumWidth(120)
        period_label.setBuddy(self.period)
        self.write_button = QPushButton(icon("save"), self.tr("&Write receipts…"))
        tools.addWidget(period_label)
        tools.addWidget(self.period)
        tools.addWidget(self.write_button)
        tools.addStretch(1)
        receipts_layout.addLayout(tools)
        self.period_message = FieldMessage(field=self.period)
        receipts_layout.addWidget(self.period_message)
        self.pending_label = QLabel()
        self.pending_label.setWordWrap(True)
        receipts_layout.addWidget(self.pending_label)
        self.receipts_table = _table(
            [
                self.tr("Commune"),
                self.tr("Period"),
                self.tr("No."),
                self.tr("Written"),
                self.tr("Files"),
                self.tr("File name"),
            ]
        )
        receipts_layout.addWidget(self.receipts_table, 1)
        layout.addWidget(receipts_box, 1)

        circulars_box = QGroupBox(self.tr("Circulars"))
        circulars_layout = QVBoxLayout(circulars_box)
        row = QHBoxLayout()
        row.addWidget(
            muted_label(
                self.tr(
                    "The indicator list and the deadlines of coming periods, for every commune."
                )
            ),
            1,
        )
        self.circular_button = QPushButton(icon("export"), self.tr("&Publish a circular…"))
        row.addWidget(self.circular_button)
        circulars_layout.addLayout(row)
        self.circulars_table = _table(
            [
                self.tr("No."),
                self.tr("Written"),
                self.tr("From"),
                self.tr("List version"),
                self.tr("Deadlines"),
            ]
        )
        circulars_layout.addWidget(self.circulars_table, 1)
        layout.addWidget(circulars_box, 1)

        self.write_button.clicked.connect(self.write_receipts)
        self.period.editingFinished.connect(self.show_pending)
        self.circular_button.clicked.connect(self.publish_circular)

    # ------------------------------------------------------------------ showing

    def set_period(self, period: Period) -> None:
        self.period.setText(period.code)
        self.show_pending()

    def chosen_period(self) -> Period | None:
        try:
            period = parse_period(self.period.text())
        except PeriodError as error:
            self.period_message.show_error(str(error))
            return None
        self.period_message.clear()
        return period

    def show_pending(self) -> None:
        period = self.chosen_period()
        if period is None:
            return
        with self.context.database.session() as session:
            pending, unanswerable = receipts.pending_receipts(session, period)
        files = sum(len(items) for items in pending.values())
        text = (
            self.tr("{files} files of {period} are not answered yet, from {communes} communes.")
            if files
            else self.tr("Every file of {period} received so far is answered.")
        ).format(files=files, period=period.code, communes=len(pending))
        if unanswerable:
            text += " " + self.tr(
                "{n} refused files name no commune or report and cannot be answered."
            ).format(n=len(unanswerable))
        self.pending_label.setText(text)
        self.write_button.setEnabled(bool(files))

    def refresh(self) -> None:
        with self.context.database.session() as session:
            written = receipts.issued_receipts(session)
            published = circulars(session)
        self.receipts_table.setRowCount(len(written))
        for row, receipt in enumerate(written):
            accepted = sum(1 for e in receipt.entries if e.get("outcome") == "accepted")
            cells = (
                receipt.recipient,
                receipt.period,
                str(receipt.sequence),
                _when(receipt.created),
                self.tr("{accepted} received, {refused} refused").format(
                    accepted=accepted, refused=len(receipt.entries) - accepted
                ),
                receipt.file_name,
            )
            for column, text in enumerate(cells):
                self.receipts_table.setItem(row, column, QTableWidgetItem(text))
        self.circulars_table.setRowCount(len(published))
        for row, circular in enumerate(published):
            due = ", ".join(
                f"{d.get('period')} → {_day(d.get('due', ''))}" for d in circular.deadlines
            )
            cells = (
                str(circular.sequence),
                _when(circular.created),
                circular.applies_from,
                str(circular.list_version),
                due,
            )
            for column, text in enumerate(cells):
                self.circulars_table.setItem(row, column, QTableWidgetItem(text))
        self.show_pending()

    # ------------------------------------------------------------------ the key

    def ensure_key(self) -> bool:
        """Whether the office has a key to sign with, offering to make it when it has none."""
        with self.context.database.session() as session:
            if signing.current_key(session) is not None:
                return True
        if not ask_make_key(self):
            return False
        run_dialog(key_dialog.KeyDialog(self.context, self))
        with self.context.database.session() as session:
            return signing.current_key(session) is not None

    # ------------------------------------------------------------------ actions

    def write_receipts(self) -> bool:
        period = self.chosen_period()
        if period is None or not self.ensure_key():
            return False
        folder = choose_folder(self)
        if not folder:
            return False
        passphrase = ask_passphrase(
            self,
            self.tr(
                "Type the passphrase of the office's key to sign the receipts for {period}."
            ).format(period=period.code),
        )
        if passphrase is None:
            return False
        title = self.tr("Receipts not written")
        try:
            with busy():
                written, _unanswerable = receipts.write_receipts(
                    self.context.database, period, Path(folder), passphrase
                )
        except (receipts.ReceiptError, signing.WrongPassphrase, signing.KeyProblem) as error:
            prompts.show_error(self, title, str(error))
            return False
        except (SQLAlchemyError, OSError) as error:
            prompts.show_error(
                self, title, self.tr("The receipts were not written: {reason}").format(reason=error)
            )
            return False
        self.refresh()
        self.sent.emit()
        lines = [
            self.tr("{commune}: receipt No. {n} ({accepted} received, {refused} refused)").format(
                commune=r.recipient, n=r.sequence, accepted=r.accepted, refused=r.rejected
            )
            for r in written
        ]
        prompts.show_info(
            self,
            self.tr("Receipts written"),
            self.tr("{count} receipts written to {folder}:").format(
                count=len(written), folder=folder
            )
            + "\n"
            + "\n".join(lines)
            + "\n\n"
            + self.tr("Send each commune its own file (PH_<commune>_…zip)."),
        )
        return True

    def publish_circular(self) -> bool:
        from doan_desktop.ui.dialogs.circular_dialog import CircularDialog

        if not self.ensure_key():
            return False
        dialog = CircularDialog(self.context, self)
        run_dialog(dialog)
        if dialog.published is None:
            return False
        self.refresh()
        self.sent.emit()
        return True


def _when(stamp: str) -> str:
    try:
        moment = dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ")
    except (TypeError, ValueError):
        return stamp
    return moment.replace(tzinfo=dt.UTC).astimezone().strftime("%d/%m/%Y %H:%M")


def _day(iso: str) -> str:
    try:
        return dt.date.fromisoformat(iso).strftime("%d/%m/%Y")
    except (TypeError, ValueError):
        return iso
