"""The main window: navigation on the left, one page on the right, the unit and the last
backup in the status bar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from doan_desktop import __version__
from doan_desktop.core.unit import display_name, get_unit
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.icons import icon


@dataclass
class PageEntry:
    key: str
    title: str
    icon: str
    factory: Callable[[AppContext], QWidget]


def _role(context: AppContext | None) -> str:
    """ "commune" or "superior": which pages this office sees (set in the setup wizard)."""
    if context is None:
        return "commune"
    with context.database.session() as session:
        unit = get_unit(session)
    return unit.role if unit else "commune"


def page_entries(context: AppContext | None = None) -> list[PageEntry]:
    """The navigation, in order. Each page is a QWidget with a ``refresh()`` method."""
    from doan_desktop.ui.pages.chapters import ChaptersPage
    from doan_desktop.ui.pages.dashboard import DashboardPage
    from doan_desktop.ui.pages.meetings import MeetingsPage
    from doan_desktop.ui.pages.models_page import ModelsPage
    from doan_desktop.ui.pages.people import PeoplePage
    from doan_desktop.ui.pages.report import ReportPage
    from doan_desktop.ui.pages.settings import SettingsPage
    from doan_desktop.ui.pages.trainings import TrainingsPage
    from doan_desktop.ui.pages.trash import TrashPage
    from doan_desktop.ui.pages.works import WorksPage

    translate = QCoreApplication.translate
    role = _role(context)
    entries = [
        PageEntry("overview", translate("MainWindow", "Overview"), "overview", DashboardPage),
        PageEntry("chapters", translate("MainWindow", "Chapters"), "chapters", ChaptersPage),
        PageEntry("people", translate("MainWindow", "Members & youth"), "people", PeoplePage),
        PageEntry(
            "meetings", translate("MainWindow", "Meetings & minutes"), "meetings", MeetingsPage
        ),
        PageEntry(
            "trainings", translate("MainWindow", "Trainings & club"), "trainings", TrainingsPage
        ),
        PageEntry("works", translate("MainWindow", "Works & volunteering"), "works", WorksPage),
        PageEntry("models", translate("MainWindow", "Residential models"), "models", ModelsPage),
        PageEntry("trash", translate("MainWindow", "Trash"), "trash", TrashPage),
        PageEntry("settings", translate("MainWindow", "Settings"), "settings", SettingsPage),
    ]
    if role == "commune":
        entries.insert(
            -2, PageEntry("report", translate("MainWindow", "Report"), "report", ReportPage)
        )
    if role == "superior":
        from doan_desktop.ui.pages.inbox import InboxPage

        entries.insert(
            -2, PageEntry("inbox", translate("MainWindow", "Superior's inbox"), "inbox", InboxPage)
        )
    return entries


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("doan-desktop {version}").format(version=__version__))
        self.setMinimumSize(QSize(1000, 620))

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.navigation.setSpacing(2)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self._stale: set[str] = set()
        for entry in page_entries(context):
            page = entry.factory(context)
            page.setObjectName(f"page_{entry.key}")
            self.pages[entry.key] = page
            self._stale.add(entry.key)
            self.stack.addWidget(page)
            item = QListWidgetItem(icon(entry.icon), entry.title)
            item.setData(Qt.UserRole, entry.key)
            item.setToolTip(entry.title)
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._show_row)
        self._fit_navigation()

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.unit_label = QLabel()
        self.backup_label = QLabel()
        self.statusBar().addWidget(self.unit_label, 1)
        self.statusBar().addPermanentWidget(self.backup_label)
        context.events.changed.connect(self._on_changed)
        for number, key in enumerate(self.pages, start=1):
            if number <= 9:
                shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
                shortcut.activated.connect(lambda k=key: self.show_page(k))
        self.refresh_status()
        self.navigation.setCurrentRow(0)

    def _fit_navigation(self) -> None:
        """As wide as the longest entry at the current text size (the clerk may enlarge it)."""
        widest = max((self.navigation.sizeHintForColumn(0), 180), default=180)
        self.navigation.setFixedWidth(widest + 2 * self.navigation.frameWidth() + 12)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.FontChange:
            self._fit_navigation()
        super().changeEvent(event)

    def show_page(self, key: str) -> QWidget:
        keys = list(self.pages)
        self.navigation.setCurrentRow(keys.index(key))
        return self.pages[key]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = list(self.pages)[row]
        self.stack.setCurrentIndex(row)
        if key in self._stale:
            self._stale.discard(key)
            self.pages[key].refresh()

    def _on_changed(self, kind: str) -> None:
        """Records changed: refresh the page in view now, the others when next shown."""
        if kind == "unit":
            self.refresh_status()
        current = self.stack.currentWidget()
        for key, page in self.pages.items():
            if page is current:
                page.refresh()
            else:
                self._stale.add(key)

    def refresh_status(self) -> None:
        with self.context.database.session() as session:
            unit = get_unit(session)
        self.unit_label.setText(display_name(unit) if unit else "")
        backups = sorted(
            self.context.data_dir.backups.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime
        )
        if backups:
            when = dt.datetime.fromtimestamp(backups[-1].stat().st_mtime)
            self.backup_label.setText(
                self.tr("Last backup: {when}").format(when=when.strftime("%d/%m/%Y %H:%M"))
            )
        else:
            self.backup_label.setText(self.tr("No backup yet"))
