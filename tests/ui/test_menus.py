"""The menu bar: File (back up now, restore, open the data folder, print where the page has
something to print, quit on Ctrl+Q) and Help (the guide on F1, the keys, about)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from doan_desktop import __version__
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.meetings import MeetingInput, save_meeting
from doan_desktop.core.store import backups
from doan_desktop.preferences import Preferences
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs import about_dialog, backups_dialog
from doan_desktop.ui.dialogs import meeting_form as meeting_form_module
from doan_desktop.ui.dialogs.about_dialog import AboutDialog, components
from doan_desktop.ui.dialogs.backups_dialog import BackupsDialog
from doan_desktop.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from doan_desktop.ui.main_window import MainWindow
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def said(monkeypatch):
    texts: list[str] = []
    monkeypatch.setattr(prompts, "show_info", lambda parent, title, text: texts.append(text))
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: texts.append(text))
    return texts


@pytest.fixture
def context(data_dir, unit_db):
    return AppContext(data_dir, unit_db, Preferences())


@pytest.fixture
def window(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.windowHandle().requestActivate()  # shortcuts reach the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    # The overview computes its figures off the GUI thread: let it finish first.
    overview = window.built_pages["overview"]
    qtbot.waitUntil(lambda: not overview.is_busy(), timeout=20000)
    return window


def texts(menu) -> list[str]:
    return [a.text() if not a.isSeparator() else "—" for a in menu.actions()]


def test_the_menus_hold_what_a_windows_program_has(window):
    menus = window.menus
    assert [m.title() for m in (menus.file_menu, menus.help_menu)] == ["&File", "&Help"]
    assert texts(menus.file_menu) == [
        "&Back up now",
        "&Restore…",
        "&Open the data folder",
        "—",
        "&Print…",
        "—",
        "&Quit",
    ]
    assert texts(menus.help_menu) == [
        "&User guide",
        "&Keyboard shortcuts",
        "—",
        "&About doan-desktop",
    ]
    assert menus.quit.shortcut() == QKeySequence("Ctrl+Q")
    assert menus.guide.shortcut() == QKeySequence("F1")
    assert menus.print_action.shortcut() == QKeySequence("Ctrl+P")
    assert menus.open_folder.statusTip() == str(window.context.data_dir.root)


def test_the_quit_key_is_ctrl_q_even_where_the_system_has_none(window, qtbot):
    """Windows has no standard key to quit (QKeySequence.Quit is empty there)."""
    qtbot.keyClick(window, Qt.Key_Q, Qt.ControlModifier)
    assert not window.isVisible()


def test_back_up_now_makes_a_checked_copy_and_says_so(window, context, said):
    assert window.backup_label.text() == "No backup yet"
    info = window.menus.back_up_now()
    assert [b.reason for b in backups.list_backups(context.data_dir.backups)] == ["manual"]
    assert info.path.exists()
    assert window.statusBar().currentMessage().startswith("Backup made and checked: ")
    assert window.backup_label.text().startswith("Last backup: ")
    assert said == []


def test_back_up_now_that_fails_says_why_and_claims_nothing(window, said, monkeypatch):
    def full(*args, **kwargs):
        raise backups.BackupError("The disk is full: the backup was not made.")

    monkeypatch.setattr(backups, "create_backup", full)
    window.menus.back_up.trigger()
    assert said == ["The disk is full: the backup was not made."]
    assert window.statusBar().currentMessage() == ""
    assert window.backup_label.text() == "No backup yet"


def test_restore_opens_the_backups_dialog(window, context, monkeypatch):
    opened = []
    monkeypatch.setattr(BackupsDialog, "exec", lambda self: opened.append(self) or 0)
    window.menus.restore.trigger()
    assert len(opened) == 1 and opened[0].context is context


def test_open_the_data_folder(window, context, said, monkeypatch):
    opened = []
    monkeypatch.setattr(backups_dialog, "open_folder", lambda path: opened.append(path) or True)
    window.menus.open_folder.trigger()
    assert opened == [context.data_dir.root] and said == []
    monkeypatch.setattr(backups_dialog, "open_folder", lambda path: False)
    window.menus.open_folder.trigger()
    assert said == [f"The folder could not be opened. Open it yourself: {context.data_dir.root}"]


def test_print_only_where_the_page_has_something_to_print(window, monkeypatch):
    menus = window.menus
    assert window.current_key() == "overview"
    assert not menus.print_action.isEnabled()
    window.show_page("chapters")
    assert not menus.print_action.isEnabled()
    report = window.show_page("report")
    assert menus.print_action.isEnabled()
    assert menus.print_action.statusTip() == "Print the report of the period shown"
    printed = []
    monkeypatch.setattr(report, "print_report", lambda: printed.append("report"))
    menus.print_action.trigger()
    assert printed == ["report"]


def test_print_on_the_meetings_page_prints_the_selected_minutes(window, context, said, monkeypatch):
    with context.database.session() as session:
        chapter = add_chapter(session, ChapterInput("Thôn 1", "thon"))
        meeting = save_meeting(
            session,
            MeetingInput(kind="monthly", chapter_id=chapter, date="05/11/2026", for_month=""),
            today=TODAY,
        )
    previews = []
    monkeypatch.setattr(
        meeting_form_module,
        "open_print_preview",
        lambda parent, ctx, meeting_id: previews.append(meeting_id),
    )
    page = window.show_page("meetings")
    assert window.menus.print_action.isEnabled()
    page.table.clearSelection()
    window.menus.print_action.trigger()
    assert previews == [] and said == [
        "Select a meeting in the list first, then print its minutes."
    ]
    page.table.selectRow(page.model.row_of(meeting))
    window.menus.print_action.trigger()
    assert previews == [meeting]


def test_the_keyboard_shortcuts_list_the_pages_in_order(window, monkeypatch):
    shown = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: shown.append(self.rows()) or 0)
    window.menus.shortcuts.trigger()
    rows = dict(shown[0])
    titles = [entry.title for entry in window.entries.values()]
    for number, title in enumerate(titles[:9], start=1):
        assert rows[QKeySequence(f"Ctrl+{number}").toString(QKeySequence.NativeText)] == (
            f"Open the page “{title}”"
        )
    assert rows["F1"] == "The user guide, at the page in view"
    assert rows["Ctrl+Q"].startswith("Quit the program")


def test_about_shows_the_version_the_data_folder_and_what_runs_under_it(
    window, context, qtbot, monkeypatch
):
    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window.menus.about.trigger()
    about = shown[0]
    qtbot.addWidget(about)
    labels = [label.text() for label in about.findChildren(type(about.folder_label))]
    assert any(__version__ in text and "doan-desktop" in text for text in labels)
    assert about.folder_label.text() == str(context.data_dir.root)
    versions = about_dialog.program_versions()
    assert about.versions_label.text() == (
        f"Python {versions['python']}, Qt {versions['qt']}, PySide6 {versions['pyside']}"
    )
    table = {
        about.table.item(r, 0).text(): about.table.item(r, 2).text()
        for r in range(about.table.rowCount())
    }
    assert table["Liberation Serif"] == "OFL-1.1"
    assert table["Qt, Qt for Python (PySide6)"] == "LGPL-3.0-only"
    assert table["Material Design Icons"] == "Apache-2.0"
    # Versions come from the installed packages (a frozen build may leave them blank).
    row = next(
        r for r in range(about.table.rowCount()) if about.table.item(r, 0).text() == "SQLAlchemy"
    )
    assert about.table.item(row, 1).text() == about_dialog.version_of("SQLAlchemy") != ""


def test_about_shows_the_font_licence_that_is_shipped(window, qtbot):
    about = AboutDialog(window.context, window)
    qtbot.addWidget(about)
    about.font_licence_button.click()
    shipped = (ROOT / "resources" / "fonts" / "LICENSE-OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in shipped
    shown = about.licence_dialog.findChild(QPlainTextEdit)
    assert shown.toPlainText() == shipped and shown.isReadOnly()
    assert about.licence_dialog.isVisible()


def test_every_dependency_shipped_has_its_licence_in_about():
    with open(ROOT / "pyproject.toml", "rb") as handle:
        dependencies = tomllib.load(handle)["project"]["dependencies"]
    names = {dep.split(">")[0].split("=")[0].split("<")[0].strip().lower() for dep in dependencies}
    listed = {c.distribution.lower() for c in components() if c.distribution}
    assert names - listed == set()
    assert all(c.licence and c.use for c in components())
