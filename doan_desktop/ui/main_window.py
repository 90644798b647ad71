"""The main window: the menu bar (``menus``), navigation on the left, one page on the right,
the unit and the last backup in the status bar."""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QSize, Qt
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
from doan_desktop.ui import menus
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.icons import icon
from doan_desktop.ui.pages import page_title


@dataclass
class PageEntry:
    key: str
    title: str
    icon: str
    factory: Callable[[AppContext], QWidget]


def _page(key: str, module: str, class_name: str) -> PageEntry:
    """An entry whose page module (doan_desktop.ui.pages.<module>) is imported only when the page
    is first built; its title (the page's own) and its icon are found by its key."""

    def build(context: AppContext) -> QWidget:
        page_class = getattr(importlib.import_module(f"doan_desktop.ui.pages.{module}"), class_name)
        return page_class(context)

    build.__qualname__ = class_name
    return PageEntry(key, page_title(key), key, build)


def _role(context: AppContext | None) -> str:
    """ "commune" or "superior": which pages this office sees (set in the setup wizard)."""
    if context is None:
        return "commune"
    with context.database.session() as session:
        unit = get_unit(session)
    return unit.role if unit else "commune"


def page_entries(context: AppContext | None = None) -> list[PageEntry]:
    """The navigation, in order. Each page is a QWidget with a ``refresh()`` method.

    A commune office keeps the records: the overview first, then its roster, meetings and
    the rest, the report it sends up, the trash and the settings. A superior office keeps no
    roster of its own: it receives the communes' signed reports, so it sees its inbox first,
    then the settings (unit, language, text size, backups) — nothing it could fill in.
    """
    settings = _page("settings", "settings", "SettingsPage")
    if _role(context) == "superior":
        return [_page("inbox", "inbox", "InboxPage"), settings]
    return [
        _page("overview", "dashboard", "DashboardPage"),
        _page("chapters", "chapters", "ChaptersPage"),
        _page("people", "people", "PeoplePage"),
        _page("meetings", "meetings", "MeetingsPage"),
        _page("trainings", "trainings", "TrainingsPage"),
        _page("works", "works", "WorksPage"),
        _page("models", "models_page", "ModelsPage"),
        _page("report", "report", "ReportPage"),
        _page("trash", "trash", "TrashPage"),
        settings,
    ]


class MainWindow(QMainWindow):
    """Pages are built when first shown (a click, Ctrl+number, ``show_page``): the window
    appears with the navigation complete and only the first page built."""

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
        self.entries = {entry.key: entry for entry in page_entries(context)}
        self.built_pages: dict[str, QWidget] = {}  # key -> page, in the order they were built
        self._stale: set[str] = set()
        for entry in self.entries.values():
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
        for number, key in enumerate(self.page_keys(), start=1):
            if number <= 9:
                shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
                shortcut.activated.connect(lambda k=key: self.show_page(k))
        self.refresh_status()
        self.navigation.setCurrentRow(0)
        self.menus = menus.install(self)

    def _fit_navigation(self) -> None:
        """As wide as the longest entry at the current text size (the clerk may enlarge it)."""
        widest = max((self.navigation.sizeHintForColumn(0), 180), default=180)
        self.navigation.setFixedWidth(widest + 2 * self.navigation.frameWidth() + 12)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.FontChange:
            self._fit_navigation()
        super().changeEvent(event)

    def page_keys(self) -> list[str]:
        """Every page of the navigation, in its order, built or not."""
        return list(self.entries)

    def page(self, key: str) -> QWidget:
        """The page ``key``, built now if it was not yet (it refreshes when shown)."""
        page = self.built_pages.get(key)
        if page is None:
            page = self.entries[key].factory(self.context)
            page.setObjectName(f"page_{key}")
            self.built_pages[key] = page
            self._stale.add(key)
            self.stack.addWidget(page)
        return page

    def show_page(self, key: str) -> QWidget:
        self.navigation.setCurrentRow(self.page_keys().index(key))
        return self.built_pages[key]

    def current_key(self) -> str | None:
        item = self.navigation.currentItem()
        return item.data(Qt.UserRole) if item is not None else None

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self.page_keys()[row]
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        if key in self._stale:
            self._stale.discard(key)
            page.refresh()

    def _on_changed(self, kind: str) -> None:
        """Records changed: refresh the page in view now, the others (built ones) when next
        shown; a page not built yet reads the records when it is built."""
        if kind == "unit":
            self.refresh_status()
        current = self.stack.currentWidget()
        for key, page in self.built_pages.items():
            if page is current:
                page.refresh()
            else:
                self._stale.add(key)

    def wait_for_pages(self) -> None:
        """At exit: let work a page runs off the GUI thread end before the program does."""
        for page in self.built_pages.values():
            if hasattr(page, "wait_idle"):
                page.wait_idle()

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
