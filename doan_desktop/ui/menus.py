"""The menu bar, the Windows way: Tệp (back up now, restore, open the data folder, print where
the page has something to print, quit with Ctrl+Q) and Trợ giúp (the guide on F1, the keys,
about).

The actions reuse what the rest of the window does: the backups (``core.store.backups``) and
the backups dialog, the report page's and the meeting form's print previews.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from doan_desktop.core.store import backups
from doan_desktop.ui import prompts
from doan_desktop.ui.icons import icon

log = logging.getLogger(__name__)

STATUS_MS = 10_000
# Ctrl+Q everywhere: Windows has no standard key to quit (QKeySequence.Quit is empty there),
# and a clerk who knows the key from elsewhere expects it.
QUIT_KEYS = "Ctrl+Q"


class Menus(QObject):
    """The menu bar of ``window`` (a MainWindow) and its actions."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        bar = window.menuBar()

        self.file_menu = bar.addMenu(self.tr("&File"))
        self.back_up = self._action(self.file_menu, self.tr("&Back up now"), self.back_up_now)
        self.back_up.setIcon(icon("backup"))
        self.back_up.setStatusTip(self.tr("Make a copy of the data now, and check it"))
        self.restore = self._action(self.file_menu, self.tr("&Restore…"), self.open_backups)
        self.restore.setIcon(icon("restore"))
        self.restore.setStatusTip(self.tr("Put the data back as it was in one of the backups"))
        self.open_folder = self._action(
            self.file_menu, self.tr("&Open the data folder"), self.open_data_folder
        )
        self.open_folder.setIcon(icon("folder"))
        self.open_folder.setStatusTip(str(window.context.data_dir.root))
        self.file_menu.addSeparator()
        self.print_action = self._action(self.file_menu, self.tr("&Print…"), self.print_page)
        self.print_action.setIcon(icon("print"))
        self.print_action.setShortcut(QKeySequence.Print)
        self.file_menu.addSeparator()
        self.quit = self._action(self.file_menu, self.tr("&Quit"), window.close)
        self.quit.setShortcut(QKeySequence(QUIT_KEYS))

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.guide = self._action(self.help_menu, self.tr("&User guide"), self.show_guide)
        self.guide.setShortcut(QKeySequence(QKeySequence.HelpContents))
        self.shortcuts = self._action(
            self.help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts
        )
        self.help_menu.addSeparator()
        self.about = self._action(self.help_menu, self.tr("&About doan-desktop"), self.show_about)

        self.file_menu.aboutToShow.connect(self.update_print)
        window.navigation.currentRowChanged.connect(lambda _row: self.update_print())
        self.help_viewer = None
        self.update_print()

    def _action(self, menu, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        # The window holds the action too, so its key works while the menu is closed.
        self.window.addAction(action)
        return action

    # ------------------------------------------------------------------ Tệp

    def back_up_now(self) -> backups.BackupInfo | None:
        context = self.window.context
        try:
            info = backups.create_backup(context.database.path, context.data_dir.backups, "manual")
        except backups.BackupError as error:
            prompts.show_error(self.window, self.tr("Back up now"), str(error))
            return None
        self.window.refresh_status()
        self.window.statusBar().showMessage(
            self.tr("Backup made and checked: {time}.").format(
                time=info.made_at.strftime("%d/%m/%Y %H:%M")
            ),
            STATUS_MS,
        )
        return info

    def open_backups(self) -> None:
        from doan_desktop.ui.dialogs.backups_dialog import BackupsDialog

        BackupsDialog(self.window.context, self.window).exec()
        self.window.refresh_status()

    def open_data_folder(self) -> None:
        from doan_desktop.ui.dialogs import backups_dialog

        root = self.window.context.data_dir.root
        if not backups_dialog.open_folder(root):
            prompts.show_error(
                self.window,
                self.tr("Open the data folder"),
                self.tr("The folder could not be opened. Open it yourself: {path}").format(
                    path=root
                ),
            )

    def print_target(self) -> tuple[str, Callable[[], None] | None]:
        """(what "Print…" prints on the page in view, the call that opens its preview), or
        ("", None) where the page has nothing to print; the call is None when the page could
        print but nothing is chosen yet."""
        key = self.window.current_key()
        page = self.window.built_pages.get(key)
        if page is None:
            return "", None
        if key == "report":
            return self.tr("Print the report of the period shown"), page.print_report
        if key == "meetings":
            from doan_desktop.ui.dialogs.meeting_form import open_print_preview

            meeting_id = page.selected_id()
            what = self.tr("Print the minutes of the meeting selected in the list")
            if not meeting_id:
                return what, None
            return what, lambda: open_print_preview(page, self.window.context, meeting_id)
        return "", None

    def update_print(self) -> None:
        what, _call = self.print_target()
        self.print_action.setEnabled(bool(what))
        self.print_action.setStatusTip(what)
        self.print_action.setToolTip(what or self.tr("This page has nothing to print"))

    def print_page(self) -> None:
        what, call = self.print_target()
        if not what:
            return
        if call is None:
            prompts.show_info(
                self.window,
                self.tr("Print"),
                self.tr("Select a meeting in the list first, then print its minutes."),
            )
            return
        call()

    # ------------------------------------------------------------------ Trợ giúp

    def show_guide(self) -> None:
        """The guide, at the page in view."""
        from doan_desktop.ui.help_viewer import HelpViewer

        window = self.window
        if self.help_viewer is None:
            topics = [(key, entry.title) for key, entry in window.entries.items()]
            self.help_viewer = HelpViewer(topics, window.context.preferences.language, window)
        self.help_viewer.show_topic(window.current_key() or "")
        self.help_viewer.show()
        self.help_viewer.raise_()
        self.help_viewer.activateWindow()

    def show_shortcuts(self) -> None:
        from doan_desktop.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        titles = [entry.title for entry in self.window.entries.values()]
        ShortcutsDialog(titles, self.window).exec()

    def show_about(self) -> None:
        from doan_desktop.ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self.window.context, self.window).exec()


def install(window: QMainWindow) -> Menus:
    return Menus(window)
