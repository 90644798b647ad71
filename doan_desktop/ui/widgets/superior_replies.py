"""The report page's box for what the superior office sends back: the period's state (sent,
received, returned with its reason), its deadline, "Receive replies…" for receipts and
circulars, and trusting the superior office's key.

File choosers and the trust dialog go through module functions (``choose_reply_files``,
``choose_registration``, ``run_dialog``) so that tests replace them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from doan_desktop.core import report_status, superior_files, superior_trust
from doan_desktop.core.periods import Period
from doan_desktop.core.receipt_import import ReceiptRefused
from doan_desktop.exchange.incoming import KEY_REGISTRATION, IncomingFileError, read_incoming
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.icons import icon
from doan_desktop.ui.pages import MUTED, SUCCESS, muted_label, set_text_colour
from doan_desktop.ui.widgets.field_message import COLORS

# The box's functions speak in its translation context whatever the parent.


def choose_reply_files(parent: QWidget) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("RepliesBox", "Receive replies from the superior office"),
        "",
        QCoreApplication.translate("RepliesBox", "Receipts and circulars (*.zip);;All files (*)"),
    )
    return paths


def choose_registration(parent: QWidget) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("RepliesBox", "The superior office's key registration file"),
        "",
        QCoreApplication.translate("RepliesBox", "Key registration (*.json);;All files (*)"),
    )
    return path


def run_dialog(dialog: QDialog) -> int:
    return dialog.exec()


class RepliesBox(QGroupBox):
    changed = Signal()  # a receipt, a circular or a key was taken in

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setTitle(self.tr("From the superior office"))
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.deadline_label = muted_label()
        self.key_label = muted_label()
        self.receive_button = QPushButton(icon("inbox"), self.tr("Receive replies…"))
        self.receive_button.setToolTip(
            self.tr(
                "Import a receipt (whether the superior office received the report) or a "
                "circular (the indicators and deadlines); files can also be dropped on this page"
            )
        )
        self.trust_button = QPushButton(icon("key"), self.tr("Trust the superior's key…"))
        self.trust_button.setToolTip(
            self.tr(
                "Import the superior office's key registration and type the fingerprint from "
                "its paper sheet"
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.receive_button)
        buttons.addWidget(self.trust_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(self.deadline_label)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)
        self.receive_button.clicked.connect(self.receive_chosen)
        self.trust_button.clicked.connect(self.trust_superior)
        self.state: report_status.PeriodState | None = None

    # ------------------------------------------------------------------ showing

    def show_period(self, period: Period) -> None:
        with self.context.database.session() as session:
            self.state = report_status.period_state(session, period)
            key = superior_trust.superior_key(session)
        state = self.state
        self.state_label.setText(f"{period.code}: {state.sentence()}")
        colour = {
            report_status.RECEIVED: SUCCESS,
            report_status.RETURNED: COLORS["error"],
        }.get(state.receipt, MUTED)
        set_text_colour(self.state_label, colour)
        tip = ""
        if state.receipt == report_status.RETURNED:
            tip = f"{state.reason} {state.next_step}".strip()
        self.state_label.setToolTip(tip)
        self.deadline_label.setText(state.deadline_sentence())
        self.deadline_label.setVisible(state.deadline is not None)
        if key is None:
            self.key_label.setText(
                self.tr(
                    "The superior office's key is not trusted yet: its receipts and circulars "
                    "cannot be imported until it is."
                )
            )
        else:
            self.key_label.setText(
                self.tr("Trusted key of {name}: {key}").format(name=key.unit_name, key=key.key_id)
            )

    # ------------------------------------------------------------------ receiving

    def receive_chosen(self) -> None:
        paths = choose_reply_files(self)
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_paths(self, paths: list[Path]) -> bool:
        """Import each file; say what came in and what was refused. True if any came in."""
        told: list[str] = []
        refused: list[str] = []
        for path in paths:
            try:
                lines = superior_files.import_file(self.context.database, path)
            except ReceiptRefused as error:
                refused.append(f"{path.name}: {error}")
                continue
            except (SQLAlchemyError, OSError) as error:
                refused.append(
                    self.tr("{file}: not imported ({reason})").format(file=path.name, reason=error)
                )
                continue
            told.extend(lines)
        if told:
            self.context.notify("report")
            self.changed.emit()
        title = self.tr("Replies from the superior office")
        if refused:
            text = "\n\n".join(refused)
            if told:
                text = "\n".join(told) + "\n\n" + self.tr("Refused:") + "\n" + text
            prompts.show_error(self, title, text)
        elif told:
            prompts.show_info(self, title, "\n".join(told))
        return bool(told)

    # ------------------------------------------------------------------ trust

    def trust_superior(self) -> bool:
        from doan_desktop.ui.dialogs.superior_trust_dialog import SuperiorTrustDialog

        path = choose_registration(self)
        if not path:
            return False
        title = self.tr("Trust the superior office's key")
        try:
            data = read_incoming(path, KEY_REGISTRATION)
            with self.context.database.session() as session:
                plan = superior_trust.plan_trust(session, data)
        except IncomingFileError as error:
            prompts.show_error(self, title, str(error))
            return False
        except superior_trust.SuperiorTrustError as error:
            prompts.show_error(self, title, str(error))
            return False
        if plan.kind == superior_trust.ALREADY:
            prompts.show_info(
                self,
                title,
                self.tr("{name} ({code}) is already trusted with this key.").format(
                    name=plan.unit_name, code=plan.unit_code
                ),
            )
            return False
        dialog = SuperiorTrustDialog(self.context, data, plan, self)
        run_dialog(dialog)
        if dialog.trusted is None:
            return False
        self.context.notify("report")
        self.changed.emit()
        return True
