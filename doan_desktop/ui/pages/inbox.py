"""The superior office's inbox: receive the communes' signed report files, see who reported for
a period and the totals, and manage which communes' keys are trusted.

File dialogs, the trust dialog and the revocation question go through module functions
(``choose_files``, ``run_dialog``, ``ask_revoke_reason`` …) so that tests replace them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from doan_desktop.core import clock, inbox
from doan_desktop.core.inbox_status import (
    LATE,
    MAX_DEADLINE_DAYS,
    ON_TIME,
    DeadlineError,
    communes,
    deadline_days,
    known_periods,
    parse_period,
    period_status,
    set_deadline_days,
)
from doan_desktop.core.inbox_totals import aggregate, export_title, write_totals_xlsx
from doan_desktop.core.periods import Period, PeriodError
from doan_desktop.exchange import incoming
from doan_desktop.exchange.files import FileWriteError
from doan_desktop.exchange.incoming import IncomingFileError, read_incoming
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.icons import icon
from doan_desktop.ui.models.chapters_model import ROW_ROLE, SearchSortProxy
from doan_desktop.ui.models.inbox_models import (
    K_FINGERPRINT,
    K_NAME,
    K_STATE,
    R_FILE,
    R_REASON,
    S_NAME,
    S_NOTES,
    T_LABEL,
    ReceiptsModel,
    StatusModel,
    TotalsModel,
    TrustedModel,
)
from doan_desktop.ui.pages import muted_label, page_layout, page_title
from doan_desktop.ui.pages.inbox_outgoing import OutgoingTab
from doan_desktop.ui.widgets.field_message import FieldMessage
from doan_desktop.ui.workers import Job, start

REPORT_FILTER = "*.zip"
# The module's functions speak for the page, in its translation context whatever the parent:
# ``parent.tr`` would be looked up under the parent's class but is extracted as "parent".


def choose_files(parent: QWidget) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("InboxPage", "Receive report files"),
        "",
        QCoreApplication.translate("InboxPage", "Report files (*.zip);;All files (*)"),
    )
    return paths


def choose_folder(parent: QWidget) -> str:
    return QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("InboxPage", "Receive a folder of report files")
    )


def choose_registration(parent: QWidget) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("InboxPage", "A commune's key registration file"),
        "",
        QCoreApplication.translate("InboxPage", "Key registration (*.json);;All files (*)"),
    )
    return path


def choose_save_path(parent: QWidget, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("InboxPage", "Export the totals"),
        suggested,
        QCoreApplication.translate("InboxPage", "Excel workbook (*.xlsx)"),
    )
    return path


def run_dialog(dialog: QDialog) -> int:
    return dialog.exec()


COMPROMISED = "compromised"
LOST = "lost"


def ask_revoke_reason(parent: QWidget, key: inbox.TrustedKeyInfo) -> str | None:
    """COMPROMISED, LOST or None (cancelled). A key already retired can only be revoked."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Warning)
    box.setWindowTitle(QCoreApplication.translate("InboxPage", "Stop trusting a key"))
    box.setText(
        QCoreApplication.translate(
            "InboxPage", "Why is key {key} of {name} no longer to be trusted?"
        ).format(key=key.key_id, name=key.unit_name)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "InboxPage",
            "Compromised: the key may be in someone else's hands (a stolen or copied "
            "computer); no file it signed is accepted any more, even older ones.\n\n"
            "Lost: the commune lost the key or stopped using it; files it signed before "
            "today still count, later ones are refused.",
        )
    )
    compromised = box.addButton(
        QCoreApplication.translate("InboxPage", "Compromised"), QMessageBox.DestructiveRole
    )
    lost = None
    if key.state == inbox.ACTIVE:
        lost = box.addButton(
            QCoreApplication.translate("InboxPage", "Lost"), QMessageBox.AcceptRole
        )
    box.addButton(QMessageBox.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is compromised:
        return COMPROMISED
    if lost is not None and clicked is lost:
        return LOST
    return None


class TrustDialog(QDialog):
    """What a registration file names, and the fingerprint typed from the commune's paper
    sheet. The key is trusted only if they match, or if the clerk ticked that there is no
    sheet; a mismatch is said under the field and nothing is trusted."""

    def __init__(self, context: AppContext, data: bytes, plan: inbox.TrustPlan, parent=None):
        super().__init__(parent)
        self.context = context
        self.data = data
        self.plan = plan
        self.trusted: inbox.TrustPlan | None = None
        self.setWindowTitle(self.tr("Trust a commune"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)

        details = QFormLayout()
        self.unit_name = QLabel(plan.unit_name)
        self.unit_code = QLabel(plan.unit_code)
        self.key_id = QLabel(plan.key_id)
        for label in (self.unit_name, self.unit_code, self.key_id):
            label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        details.addRow(self.tr("Commune:"), self.unit_name)
        details.addRow(self.tr("Unit code:"), self.unit_code)
        details.addRow(self.tr("Key id:"), self.key_id)
        layout.addLayout(details)
        if plan.kind == "rotation":
            rotation = muted_label(
                self.tr(
                    "This key replaces key {old}, which is then retired: the files it signed "
                    "before the rotation still count, later ones are refused."
                ).format(old=plan.replaces)
            )
            layout.addWidget(rotation)

        prompt = QLabel(
            self.tr(
                "Type the &fingerprint printed on the paper sheet the commune sent (16 groups "
                "of four characters; spaces, dashes and capitals do not matter):"
            )
        )
        prompt.setWordWrap(True)
        self.fingerprint = QLineEdit()
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
        self.fingerprint.setPlaceholderText("XXXX XXXX XXXX XXXX …")
        self.fingerprint.setAccessibleName(self.tr("Fingerprint from the paper sheet"))
        prompt.setBuddy(self.fingerprint)
        self.fingerprint_message = FieldMessage(field=self.fingerprint)
        layout.addWidget(prompt)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.fingerprint_message)

        self.no_sheet = QCheckBox(self.tr("I have &no paper sheet: trust this key anyway"))
        layout.addWidget(self.no_sheet)
        self.no_sheet_warning = FieldMessage()
        layout.addWidget(self.no_sheet_warning)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.trust_button = self.buttons.button(QDialogButtonBox.Ok)
        self.trust_button.setText(self.tr("&Trust"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.no_sheet.toggled.connect(self._sheet_toggled)
        self.fingerprint.textEdited.connect(lambda _text: self.fingerprint_message.clear())
        self.fingerprint.setFocus()

    def _sheet_toggled(self, checked: bool) -> None:
        self.fingerprint.setEnabled(not checked)
        self.fingerprint_message.clear()
        if checked:
            self.no_sheet_warning.show_warning(
                self.tr(
                    "Without the sheet nothing shows that this file comes from the commune: "
                    "anyone could have made it. Read this fingerprint to the commune by phone, "
                    "and compare it with the sheet when it arrives; if it differs, revoke the "
                    "key.\n{fingerprint}"
                ).format(fingerprint=_in_lines(self.plan.fingerprint))
            )
        else:
            self.no_sheet_warning.clear()

    def accept(self) -> None:
        typed = None if self.no_sheet.isChecked() else self.fingerprint.text()
        try:
            with self.context.database.session() as session:
                self.trusted = inbox.trust_registration(session, self.data, fingerprint=typed)
        except inbox.TrustError as error:
            self.fingerprint_message.show_error(str(error))
            self.fingerprint.setFocus()
            return
        except SQLAlchemyError as error:
            prompts.show_error(self, self.windowTitle(), str(error))
            return
        super().accept()


def _table(model, stretch: int | None = None) -> tuple[QTableView, SearchSortProxy]:
    proxy = SearchSortProxy()
    proxy.setSourceModel(model)
    table = QTableView()
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    # Compact rows: a province has some 170 communes to scan.
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.sortByColumn(0, Qt.AscendingOrder)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.Stretch)
    return table, proxy


class DropArea(QFrame):
    """A framed invitation to drop files; the whole page accepts the drop."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dropArea")
        self.setFrameShape(QFrame.StyledPanel)
        self.setStyleSheet(
            "#dropArea { border: 2px dashed #90a4ae; border-radius: 6px; background: #f7f9fa; }"
        )


class InboxPage(QWidget):
    received = Signal(object)  # the receipts, once shown

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.job: Job | None = None
        self.period: Period | None = None
        self.setAcceptDrops(True)
        layout = page_layout(
            self,
            page_title("inbox"),
            self.tr(
                "Receive the communes' signed report files, see who has reported for a period "
                "and the totals. Only files signed by a trusted commune's key are accepted."
            ),
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self._receive_tab(), icon("inbox"), self.tr("&Receive files"))
        self.tabs.addTab(self._period_tab(), icon("meetings"), self.tr("&Period status"))
        self.tabs.addTab(self._trusted_tab(), icon("office"), self.tr("&Trusted communes"))
        # What this office sends down: receipts and circulars (ui/pages/inbox_outgoing.py).
        self.outgoing = OutgoingTab(context)
        self.outgoing.sent.connect(self.show_period)
        self.tabs.addTab(self.outgoing, icon("export"), self.tr("&Sent to communes"))
        layout.addWidget(self.tabs, 1)

    # ------------------------------------------------------------------------- building

    def _receive_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.drop_area = DropArea()
        drop_layout = QHBoxLayout(self.drop_area)
        drop_layout.setContentsMargins(16, 12, 16, 12)
        self.drop_label = QLabel(
            self.tr(
                "Drop report files (.zip) or folders anywhere on this page, or choose them. "
                "Each file is checked; refused files are kept aside, never imported."
            )
        )
        self.drop_label.setWordWrap(True)
        self.files_button = QPushButton(icon("add"), self.tr("Receive &files…"))
        self.folder_button = QPushButton(icon("folder"), self.tr("Receive a f&older…"))
        drop_layout.addWidget(self.drop_label, 1)
        drop_layout.addWidget(self.files_button)
        drop_layout.addWidget(self.folder_button)
        layout.addWidget(self.drop_area)

        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        layout.addWidget(self.progress)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.receipts = ReceiptsModel(self)
        self.receipts_table, self.receipts_proxy = _table(self.receipts, R_REASON)
        header = self.receipts_table.horizontalHeader()
        header.setSectionResizeMode(R_FILE, QHeaderView.Interactive)
        header.resizeSection(R_FILE, 250)
        self.receipts_table.setTextElideMode(Qt.ElideMiddle)
        self.receipts_proxy.sort(-1)  # in the order received until the clerk sorts
        header.setSortIndicator(-1, Qt.AscendingOrder)
        self.receipts_table.setWordWrap(True)
        layout.addWidget(self.receipts_table, 1)
        self.rejected_hint = muted_label(
            self.tr("Refused files are kept in {path}.").format(
                path=self.context.data_dir.root.joinpath(*inbox.REJECTED_FOLDER)
            )
        )
        self.rejected_hint.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.rejected_hint)

        self.files_button.clicked.connect(self.receive_chosen_files)
        self.folder_button.clicked.connect(self.receive_chosen_folder)
        return tab

    def _period_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        tools = QHBoxLayout()
        period_label = QLabel(self.tr("P&eriod:"))
        self.period_box = QComboBox()
        self.period_box.setEditable(True)
        self.period_box.setInsertPolicy(QComboBox.NoInsert)
        self.period_box.setMinimumContentsLength(8)
        self.period_box.setToolTip(self.tr("A quarter 2026Q4, a half-year 2026S1 or a year 2026"))
        period_label.setBuddy(self.period_box)
        self.period_message = FieldMessage(field=self.period_box.lineEdit())
        deadline_label = QLabel(self.tr("&Due:"))
        self.deadline_box = QSpinBox()
        self.deadline_box.setRange(0, MAX_DEADLINE_DAYS)
        self.deadline_box.setSuffix(self.tr(" days after the period ends"))
        self.deadline_box.setToolTip(
            self.tr("A report received later than this is marked late (a setting of this office).")
        )
        deadline_label.setBuddy(self.deadline_box)
        self.export_button = QPushButton(icon("save"), self.tr("E&xport to Excel…"))
        tools.addWidget(period_label)
        tools.addWidget(self.period_box)
        tools.addSpacing(16)
        tools.addWidget(deadline_label)
        tools.addWidget(self.deadline_box)
        tools.addStretch(1)
        tools.addWidget(self.export_button)
        layout.addLayout(tools)
        layout.addWidget(self.period_message)

        self.period_summary = QLabel()
        self.period_summary.setWordWrap(True)
        layout.addWidget(self.period_summary)

        self.status = StatusModel(self)
        self.status_table, self.status_proxy = _table(self.status, S_NOTES)
        self.status_table.horizontalHeader().setSectionResizeMode(S_NAME, QHeaderView.Interactive)
        self.status_table.horizontalHeader().resizeSection(S_NAME, 240)
        self.totals = TotalsModel(self)
        self.totals_table, self.totals_proxy = _table(self.totals)
        # Indicators keep the code list's order, each total above its breakdown.
        self.totals_table.setSortingEnabled(False)
        self.totals_proxy.sort(-1)
        self.totals_table.horizontalHeader().setSortIndicatorShown(False)
        totals_box = QWidget()
        totals_layout = QVBoxLayout(totals_box)
        totals_layout.setContentsMargins(0, 4, 0, 0)
        self.totals_caption = QLabel(
            self.tr("Totals (shares recomputed from their parts, never averaged)")
        )
        bold = QFont(self.totals_caption.font())
        bold.setBold(True)
        self.totals_caption.setFont(bold)
        totals_layout.addWidget(self.totals_caption)
        totals_layout.addWidget(self.totals_table, 1)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.status_table)
        splitter.addWidget(totals_box)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([220, 300])
        layout.addWidget(splitter, 1)

        self.period_box.activated.connect(lambda _index: self.choose_period())
        self.period_box.lineEdit().returnPressed.connect(self.choose_period)
        self.deadline_box.editingFinished.connect(self.save_deadline)
        self.export_button.clicked.connect(self.export_totals)
        return tab

    def _trusted_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        tools = QHBoxLayout()
        self.trust_button = QPushButton(icon("add"), self.tr("Trust a &commune…"))
        self.trust_button.setToolTip(
            self.tr(
                "Import a commune's key registration file and type the fingerprint from its "
                "paper sheet"
            )
        )
        self.revoke_button = QPushButton(icon("delete"), self.tr("Re&voke key…"))
        self.revoke_button.setToolTip(
            self.tr("Stop trusting the selected key: compromised (stolen, copied) or lost")
        )
        tools.addWidget(self.trust_button)
        tools.addWidget(self.revoke_button)
        tools.addStretch(1)
        layout.addLayout(tools)
        self.trusted = TrustedModel(self)
        self.trusted_table, self.trusted_proxy = _table(self.trusted, K_NAME)
        header = self.trusted_table.horizontalHeader()
        header.setSectionResizeMode(K_FINGERPRINT, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(K_STATE, QHeaderView.ResizeToContents)
        layout.addWidget(self.trusted_table, 1)
        self.trusted_hint = muted_label(
            self.tr(
                "Trusting a commune asks for the fingerprint printed on the paper sheet the "
                "commune sent. A key replaced by a rotation, or lost, still vouches for the "
                "files it signed before; a revoked key for none."
            )
        )
        layout.addWidget(self.trusted_hint)
        self.trust_button.clicked.connect(self.trust_commune)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.trusted_table.selectionModel().selectionChanged.connect(self._update_buttons)
        return tab

    # ------------------------------------------------------------------------- refreshing

    def refresh(self) -> None:
        with self.context.database.session() as session:
            keys = inbox.list_trusted(session)
            periods = known_periods(session)
            days = deadline_days(session)
        self.trusted.set_rows(keys)
        self.deadline_box.blockSignals(True)
        self.deadline_box.setValue(days)
        self.deadline_box.blockSignals(False)
        today = clock.today()
        recent = [Period.quarter_of(today).code, Period.quarter_of(today).previous().code]
        choices = sorted(
            set(periods) | set(recent), key=lambda c: Period.parse(c).end, reverse=True
        )
        if self.period is None:
            self.period = Period.parse(periods[0]) if periods else Period.quarter_of(today)
        self.period_box.blockSignals(True)
        self.period_box.clear()
        self.period_box.addItems(choices)
        self.period_box.setCurrentText(self.period.code)
        self.period_box.blockSignals(False)
        self.show_period()
        self.outgoing.refresh()
        self._update_buttons()

    def show_period(self) -> None:
        period = self.period
        with self.context.database.session() as session:
            status = period_status(session, period, clock.today())
            totals = aggregate(session, period, communes(session))
        self.status.set_rows(status.communes)
        self.totals.set_totals(totals)
        self.outgoing.set_period(period)
        header = self.totals_table.horizontalHeader()
        header.setSectionResizeMode(T_LABEL, QHeaderView.Interactive)
        header.resizeSection(T_LABEL, 360)
        self.export_button.setEnabled(bool(totals.communes))
        if not status.communes:
            self.period_summary.setText(
                self.tr("No commune is trusted yet: trust the communes' keys first.")
            )
            return
        self.period_summary.setText(
            self.tr(
                "{period}: {received} of {total} communes reported ({on_time} on time, {late} "
                "late); due {date}."
            ).format(
                period=period.code,
                received=status.received,
                total=len(status.communes),
                on_time=status.count(ON_TIME),
                late=status.count(LATE),
                date=status.deadline.strftime("%d/%m/%Y"),
            )
        )

    def choose_period(self) -> None:
        text = self.period_box.currentText().strip()
        try:
            period = parse_period(text)
        except PeriodError as error:
            self.period_message.show_error(str(error))
            return
        self.period_message.clear()
        self.period = period
        self.period_box.setCurrentText(period.code)
        self.show_period()

    def save_deadline(self) -> None:
        try:
            with self.context.database.session() as session:
                set_deadline_days(session, self.deadline_box.value())
        except (DeadlineError, SQLAlchemyError) as error:
            prompts.show_error(self, self.tr("Cannot change the deadline"), str(error))
            return
        self.show_period()

    def _update_buttons(self, *_args) -> None:
        key = self.selected_key()
        self.revoke_button.setEnabled(key is not None and key.state != inbox.REVOKED)

    def selected_key(self):
        indexes = self.trusted_table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    # ------------------------------------------------------------------------- receiving

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        paths = self._local_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.receive_paths(paths)

    @staticmethod
    def _local_paths(mime) -> list[Path]:
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def receive_chosen_files(self) -> None:
        paths = choose_files(self)
        if paths:
            self.receive_paths([Path(p) for p in paths])

    def receive_chosen_folder(self) -> None:
        folder = choose_folder(self)
        if folder:
            self.receive_paths([Path(folder)])

    def receive_paths(self, paths: list[Path]) -> None:
        if self.job is not None:
            return
        self.tabs.setCurrentIndex(0)
        files = inbox.collect_files(paths)
        if not files:
            self.summary.setText(self.tr("No report file (.zip) was found there."))
            return
        database, root = self.context.database, self.context.data_dir.root
        today = clock.today()

        def work(progress, cancelled):
            return inbox.receive_files(
                database, root, files, today=today, progress=progress, cancelled=cancelled
            )

        self.files_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.summary.setText(self.tr("Checking {count} files…").format(count=len(files)))
        self.job = Job(work)
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(self._received)
        self.job.signals.failed.connect(self._failed)
        self.job.signals.ended.connect(self._ended)
        start(self.job)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _ended(self) -> None:
        self.job = None
        self.progress.hide()
        self.files_button.setEnabled(True)
        self.folder_button.setEnabled(True)

    def _failed(self, error: Exception) -> None:
        self.summary.setText("")
        prompts.show_error(
            self,
            self.tr("Receiving stopped"),
            self.tr("The files could not be received: {reason}").format(reason=error),
        )

    def _received(self, receipts: list) -> None:
        self.receipts.set_rows(receipts)
        counts = {
            outcome: sum(1 for r in receipts if r.outcome == outcome)
            for outcome in (inbox.ACCEPTED, inbox.ALREADY, inbox.REJECTED)
        }
        self.summary.setText(
            self.tr("{accepted} accepted, {already} already received, {rejected} rejected.").format(
                accepted=counts[inbox.ACCEPTED],
                already=counts[inbox.ALREADY],
                rejected=counts[inbox.REJECTED],
            )
        )
        self.receipts_table.resizeRowsToContents()
        accepted = [r for r in receipts if r.outcome == inbox.ACCEPTED]
        if accepted and len({r.period for r in accepted}) == 1:
            self.period = parse_period(accepted[0].period)
        self.context.notify("inbox")
        self.refresh()
        self.received.emit(receipts)

    # ------------------------------------------------------------------------- trust

    def trust_commune(self) -> None:
        path = choose_registration(self)
        if not path:
            return
        title = self.tr("Trust a commune")
        try:
            data = read_incoming(path, incoming.KEY_REGISTRATION)
            with self.context.database.session() as session:
                plan = inbox.plan_trust(session, data)
        except IncomingFileError as error:
            prompts.show_error(self, title, str(error))
            return
        except inbox.TrustError as error:
            prompts.show_error(self, title, str(error))
            return
        if plan.kind == "already":
            prompts.show_info(
                self,
                title,
                self.tr("{name} ({code}) is already trusted with this key.").format(
                    name=plan.unit_name, code=plan.unit_code
                ),
            )
            return
        dialog = self.make_trust_dialog(data, plan)
        run_dialog(dialog)
        if dialog.trusted is None:
            return
        self.context.notify("inbox")
        self.refresh()

    def make_trust_dialog(self, data: bytes, plan: inbox.TrustPlan) -> TrustDialog:
        """The trust dialog for a registration; tests drive it without exec()."""
        return TrustDialog(self.context, data, plan, self)

    def revoke_selected(self) -> None:
        key = self.selected_key()
        if key is None or key.state == inbox.REVOKED:
            return
        reason = ask_revoke_reason(self, key)
        if reason is None:
            return
        try:
            with self.context.database.session() as session:
                inbox.revoke_key(session, key.key_id, compromised=reason == COMPROMISED)
        except (inbox.TrustError, SQLAlchemyError) as error:
            prompts.show_error(self, self.tr("Stop trusting a key"), str(error))
            return
        self.context.notify("inbox")
        self.refresh()

    # ------------------------------------------------------------------------- export

    def export_totals(self) -> None:
        period = self.period
        path = choose_save_path(self, f"TongHop_{period.code}.xlsx")
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            with self.context.database.session() as session:
                status = period_status(session, period, clock.today())
                totals = aggregate(session, period, communes(session))
                office = export_title(session)
            written = write_totals_xlsx(totals, status, Path(path), office)
        except FileWriteError as error:
            prompts.show_error(self, self.tr("Cannot export"), str(error))
            return
        self.period_summary.setText(
            self.tr("The totals for {period} were written to {path}.").format(
                period=period.code, path=written
            )
        )


def _in_lines(fingerprint: str) -> str:
    """Sixteen groups of four in two lines of eight, easier to compare with the paper."""
    groups = fingerprint.split()
    return " ".join(groups[:8]) + "\n" + " ".join(groups[8:])
