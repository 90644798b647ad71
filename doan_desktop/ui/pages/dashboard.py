"""The overview, the first page the clerk sees: this quarter beside the last, the charts, and the
alerts — each a link that opens its record.

The figures take most of a second on a commune's records, so they are computed on a thread of
the page's own pool (with its own database session) while the page says it is computing; the
window appears at once. A refresh asked for while a computation runs is done after it, and
the older result is dropped.
"""

from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from doan_desktop.core import clock, formatting
from doan_desktop.core import dashboard as core
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.icons import icon
from doan_desktop.ui.pages import (
    MUTED,
    SUCCESS,
    muted_label,
    page_layout,
    page_title,
    set_text_colour,
)
from doan_desktop.ui.widgets.charts import Bar, BarChart, LineChart, Series
from doan_desktop.ui.widgets.flow_row import FlowRow
from doan_desktop.ui.workers import Job, start

log = logging.getLogger(__name__)

WORSE = "#c62828"
MET = QColor("#c8e6c9")
NOT_MET = QColor("#ffcdd2")
NOT_TAKING_PART = QColor("#f5f5f5")
MEMBERS_COLOUR = QColor("#1e88e5")
YOUTH_COLOUR = QColor("#fb8c00")
AGE_ALERTS_SHOWN = 3
ALERT_ROLE = Qt.UserRole
# How each page selects the record an alert names.
SELECTORS = {"chapters": "select_chapter", "people": "select_person", "models": "select"}


def format_number(value: int | Decimal | None, kind: str = core.COUNT) -> str:
    """In the chosen language's writing (Vietnamese: "1.234", "71,0")."""
    if value is None:
        return "—"
    if kind == core.SHARE:
        return formatting.decimal(value, 1) + " %"
    if kind == core.MONEY:
        return formatting.money(int(value))
    return formatting.integer(value)


def _scaled(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font


class FigureCard(QFrame):
    """A figure of this quarter, and how it moved since the last."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(
            "QFrame#card { background: palette(base); border: 1px solid #cfd8dc; "
            "border-radius: 6px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.title = muted_label()
        self.title.setWordWrap(False)
        self.value = QLabel()
        self.value.setFont(_scaled(QApplication.font(), 1.6, bold=True))
        self.change = QLabel()
        for widget in (self.title, self.value, self.change):
            layout.addWidget(widget)
        layout.addStretch(1)  # cards of a row keep their titles and values level

    def set_figure(self, figure: core.Figure) -> None:
        self.title.setText(figure.label)
        self.title.setToolTip(figure.label)
        self.value.setText(format_number(figure.current, figure.kind))
        self.setToolTip(figure.note)
        if figure.note and figure.current is None:
            text, colour = figure.note, MUTED
        elif figure.note:
            text, colour = figure.note, MUTED
            if figure.previous is not None:
                text = self._change(figure)[0] + " · " + figure.note
        elif figure.previous is None or figure.current is None:
            text, colour = "", MUTED
        else:
            text, colour = self._change(figure)
        self.change.setText(text)
        self.change.setWordWrap(True)
        set_text_colour(self.change, colour)

    def _change(self, figure: core.Figure) -> tuple[str, str]:
        delta = figure.current - figure.previous
        translate = QCoreApplication.translate
        if delta == 0:
            return translate("DashboardPage", "= same as last quarter"), MUTED
        amount = format_number(abs(delta), figure.kind)
        if delta > 0:
            return translate("DashboardPage", "▲ {n} on last quarter").format(n=amount), SUCCESS
        return translate("DashboardPage", "▼ {n} on last quarter").format(n=amount), WORSE


class DashboardPage(QWidget):
    alertOpened = Signal(str, str)  # page key, record id ("" for none)
    computed = Signal()  # new figures are on the page
    settled = Signal()  # no computation runs or waits any more (figures shown, or a failure)

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, today: dt.date | None = None
    ):
        super().__init__(parent)
        self.context = context
        self._today = today
        self.board: core.Dashboard | None = None
        self.failure: Exception | None = None  # of the last computation, shown on the page
        self._pool = QThreadPool(self)  # its own, so closing the page waits for its thread
        self._pool.setMaxThreadCount(1)
        self._job: Job | None = None
        self._again = False  # a refresh was asked for while a computation ran
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = page_layout(body, page_title("overview"), " ")
        self.intro_label = body.intro_label
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # "working", with no measure of how far
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(6)
        self.busy_bar.setAccessibleName(self.tr("Computing the figures"))
        self.busy_bar.hide()
        layout.insertWidget(layout.indexOf(self.intro_label) + 1, self.busy_bar)
        # Until the first figures arrive, a sentence in place of empty cards and charts.
        self.pending_label = muted_label(self.tr("Computing this quarter's figures…"))
        self.pending_label.setAlignment(Qt.AlignCenter)
        self.pending_label.setFont(_scaled(QApplication.font(), 1.3))
        layout.addWidget(self.pending_label, 1)
        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(layout.spacing())
        layout.addWidget(self.content, 1)

        self.cards: dict[str, FigureCard] = {}
        # Five a line on a wide screen; fewer, on more lines, at a large text size.
        cards = FlowRow(columns=5)
        keys = (
            "members",
            "youth",
            "share",
            "three_have",
            "chapters",
            "meetings",
            "trainings",
            "works",
            "works_value",
            "volunteers",
        )
        for key in keys:
            card = FigureCard()
            self.cards[key] = card
            cards.add(card)
        content.addWidget(cards)

        middle = QHBoxLayout()
        middle.setSpacing(12)
        charts = QGridLayout()
        charts.setSpacing(8)
        self.meetings_title = self._heading()
        self.meetings_chart = BarChart()
        self.people_title = self._heading(self.tr("Members and youth, quarter by quarter"))
        self.people_chart = LineChart()
        self.grid_title = self._heading()
        self.grid = QTableWidget()
        self.grid.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.grid.setSelectionMode(QAbstractItemView.SingleSelection)
        self.grid.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.grid.verticalHeader().setVisible(False)
        self.grid.verticalHeader().setDefaultSectionSize(self.grid.fontMetrics().height() + 6)
        self.grid.setToolTip(self.tr("Double-click or press Enter to open the chapter's evidence"))
        self.grid.activated.connect(lambda index: self._open_chapter(index.row()))
        self.grid.doubleClicked.connect(lambda index: self._open_chapter(index.row()))
        charts.addWidget(self.meetings_title, 0, 0)
        charts.addWidget(self.meetings_chart, 1, 0)
        charts.addWidget(self.people_title, 0, 1)
        charts.addWidget(self.people_chart, 1, 1)
        charts.addWidget(self.grid_title, 2, 0, 1, 2)
        charts.addWidget(self.grid, 3, 0, 1, 2)
        charts.setColumnStretch(0, 1)
        charts.setColumnStretch(1, 1)
        charts.setRowStretch(1, 2)
        charts.setRowStretch(3, 3)
        middle.addLayout(charts, 5)

        alerts = QVBoxLayout()
        self.alerts_title = self._heading()
        alerts.addWidget(self.alerts_title)
        self.alerts = QListWidget()
        self.alerts.setWordWrap(True)
        self.alerts.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.alerts.setSpacing(2)
        self.alerts.setToolTip(self.tr("Click, or press Enter, to open the record"))
        self.alerts.itemClicked.connect(self._alert_item)
        self.alerts.itemActivated.connect(self._alert_item)
        alerts.addWidget(self.alerts, 1)
        middle.addLayout(alerts, 3)
        content.addLayout(middle, 1)
        self._show_pending()

    def _heading(self, text: str = "") -> QLabel:
        label = QLabel(text)
        label.setFont(_scaled(QApplication.font(), 1.0, bold=True))
        label.setWordWrap(True)  # a long heading takes two lines rather than widen the page
        return label

    def today(self) -> dt.date:
        return self._today or clock.today()

    # ------------------------------------------------------------------ data

    def is_busy(self) -> bool:
        return self._job is not None

    def wait_idle(self) -> None:
        """Block until the computation running now, if any, has ended (at exit)."""
        self._pool.waitForDone()

    def refresh(self) -> None:
        """Compute the figures again, off the GUI thread; they replace the page's when done."""
        if self._job is not None:
            self._again = True  # the running result is stale: drop it and compute again
            return
        self._again = False
        if self.board is None:
            self._show_pending()
        else:
            self.intro_label.setText(self.tr("Updating the figures…"))
        self.busy_bar.show()
        database, today = self.context.database, self.today()

        def work(_progress, _cancelled) -> core.Dashboard:
            with database.session() as session:  # a session of this thread's own
                return core.build_dashboard(session, today)

        self._job = Job(work)
        self._job.signals.finished.connect(self._computed)
        self._job.signals.failed.connect(self._failed)
        self._job.signals.ended.connect(self._ended)
        start(self._job, self._pool)

    def _show_pending(self) -> None:
        self.intro_label.setText(" ")
        self.content.hide()
        self.pending_label.show()

    def _computed(self, board: core.Dashboard) -> None:
        if self._again:
            return  # the records changed while it ran: a newer computation follows
        self.failure = None
        self.show_board(board)
        self.computed.emit()

    def _failed(self, error: Exception) -> None:
        if self._again:
            return
        log.error("the overview could not be computed", exc_info=error)
        self.failure = error
        self.pending_label.hide()
        self.intro_label.setText(
            self.tr(
                "The figures could not be computed ({reason}). Details are in the log file; "
                "open the page again to retry."
            ).format(reason=error)
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.failure is not None and self._job is None:
            self.refresh()  # the page opened again after a failure: try again

    def _ended(self) -> None:
        self._job = None
        if self._again:
            self.refresh()
        else:
            self.busy_bar.hide()
            self.settled.emit()

    def show_board(self, board: core.Dashboard) -> None:
        self.board = board
        self.pending_label.hide()
        self.content.show()
        self.intro_label.setText(
            self.tr("Quarter {q}/{y} beside quarter {p}/{py}, as of {day}.").format(
                q=board.quarter.number,
                y=board.quarter.year,
                p=board.previous.number,
                py=board.previous.year,
                day=board.today.strftime("%d/%m/%Y"),
            )
        )
        for figure in board.figures:
            if figure.key in self.cards:
                self.cards[figure.key].set_figure(figure)
        self._fill_meetings(board)
        self._fill_people(board)
        self._fill_grid(board)
        self._fill_alerts(board)

    def _fill_meetings(self, board: core.Dashboard) -> None:
        self.meetings_title.setText(
            self.tr("Chapters that met, month by month in {year} (of {n})").format(
                year=board.year, n=board.active_chapters
            )
        )
        tip = self.tr("{month}/{year}: {n} of {total} chapters met")
        bars = [
            Bar(
                str(month),
                value,
                ""
                if value is None
                else tip.format(month=month, year=board.year, n=value, total=board.active_chapters),
            )
            for month, value in enumerate(board.chapters_meeting, start=1)
        ]
        self.meetings_chart.set_bars(bars, board.active_chapters)

    def _fill_people(self, board: core.Dashboard) -> None:
        labels = [
            self.tr("Q{n}/{yy}").format(n=p.period[5:], yy=p.period[2:4]) for p in board.people
        ]
        self.people_chart.set_series(
            labels,
            [
                Series(self.tr("Members"), MEMBERS_COLOUR, [p.members for p in board.people]),
                Series(self.tr("Youth"), YOUTH_COLOUR, [p.youth for p in board.people]),
            ],
        )

    def _fill_grid(self, board: core.Dashboard) -> None:
        current = board.figure("three_have")
        self.grid_title.setText(
            self.tr('"3 có" by chapter in {year}: {n} of {total} this quarter').format(
                year=board.year, n=current.current, total=len(board.three_have)
            )
        )
        quarters = [self.tr("Quarter {n}").format(n=code[-1]) for code in board.three_have_quarters]
        self.grid.clear()
        self.grid.setColumnCount(1 + len(quarters))
        self.grid.setHorizontalHeaderLabels([self.tr("Chapter"), *quarters])
        self.grid.setRowCount(len(board.three_have))
        texts = {True: self.tr("✓ has all three"), False: self.tr("✗ not yet"), None: "—"}
        colours = {True: MET, False: NOT_MET, None: NOT_TAKING_PART}
        for row, line in enumerate(board.three_have):
            name = QTableWidgetItem(line.chapter)
            name.setData(Qt.UserRole, line.chapter_id)
            self.grid.setItem(row, 0, name)
            for column, (value, overridden) in enumerate(
                zip(line.quarters, line.overridden, strict=True), start=1
            ):
                item = QTableWidgetItem(texts[value] + (" *" if overridden else ""))
                item.setBackground(colours[value])
                item.setTextAlignment(Qt.AlignCenter)
                if overridden:
                    item.setToolTip(self.tr("Overridden by the office"))
                elif value is None:
                    item.setToolTip(self.tr("Not taking part in the model that quarter"))
                self.grid.setItem(row, column, item)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in range(1, self.grid.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        if not board.three_have:
            self.grid_title.setText(
                self.tr('"3 có": no chapter takes part in the model yet (see Residential models)')
            )

    def _fill_alerts(self, board: core.Dashboard) -> None:
        self.alerts.clear()
        ages = [a for a in board.alerts if a.kind == core.PAST_AGE]
        others = [a for a in board.alerts if a.kind != core.PAST_AGE]
        shown = others + ages[:AGE_ALERTS_SHOWN]
        for alert in shown:
            self._add_alert(alert.text, alert)
        if len(ages) > AGE_ALERTS_SHOWN:
            rest = core.Alert(core.PAST_AGE, "", "people")
            self._add_alert(
                self.tr("… and {n} more members past 30 not aged out").format(
                    n=len(ages) - AGE_ALERTS_SHOWN
                ),
                rest,
            )
        self.alerts_title.setText(
            self.tr("Needs attention ({n})").format(n=len(board.alerts))
            if board.alerts
            else self.tr("Nothing needs attention")
        )

    def _add_alert(self, text: str, alert: core.Alert) -> None:
        item = QListWidgetItem(icon("warning"), text)
        item.setData(ALERT_ROLE, alert)
        item.setToolTip(text)
        self.alerts.addItem(item)

    def alert_items(self) -> list[tuple[str, core.Alert]]:
        return [
            (self.alerts.item(i).text(), self.alerts.item(i).data(ALERT_ROLE))
            for i in range(self.alerts.count())
        ]

    # ------------------------------------------------------------------ links

    def _alert_item(self, item: QListWidgetItem) -> None:
        self.open_alert(item.data(ALERT_ROLE))

    def _open_chapter(self, row: int) -> None:
        item = self.grid.item(row, 0)
        if item is not None:
            self.open_alert(core.Alert("", "", "models", item.data(Qt.UserRole)))

    def open_alert(self, alert: core.Alert) -> None:
        """Show the alert's page (in the main window) and select its record."""
        window = self.window()
        self.alertOpened.emit(alert.page, alert.record_id or "")
        if not hasattr(window, "show_page") or alert.page not in window.page_keys():
            return
        page = window.show_page(alert.page)
        if alert.section and hasattr(page, "show_section"):
            page.show_section(alert.section)
        selector = getattr(page, SELECTORS.get(alert.page, "select"), None)
        if alert.record_id and selector is not None:
            selector(alert.record_id)
