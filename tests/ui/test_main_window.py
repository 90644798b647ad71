"""The main window: pages built when first shown, the navigation and Ctrl+number for each role,
pages marked stale when records change, and the start-up self-test over every page."""

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from doan_desktop import app as app_module
from doan_desktop.core.unit import get_unit, save_unit
from doan_desktop.preferences import Preferences
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.main_window import MainWindow, page_entries

COMMUNE_PAGES = [
    "overview",
    "chapters",
    "people",
    "meetings",
    "trainings",
    "works",
    "models",
    "report",
    "trash",
    "settings",
]
SUPERIOR_PAGES = ["inbox", "settings"]


@pytest.fixture
def context(data_dir, unit_db):
    return AppContext(data_dir, unit_db, Preferences())


@pytest.fixture
def superior(data_dir, unit_db):
    with unit_db.session() as s:
        unit = get_unit(s)
        unit.role, unit.kind = "superior", "tinh"
        save_unit(s, unit)
    return AppContext(data_dir, unit_db, Preferences())


def make_window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.windowHandle().requestActivate()  # shortcuts reach the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def settle(qtbot, window: MainWindow) -> None:
    """Let pages that compute off the GUI thread (the overview) finish before the test ends."""
    for page in window.built_pages.values():
        if hasattr(page, "is_busy"):
            qtbot.waitUntil(lambda page=page: not page.is_busy(), timeout=20000)


def navigation_keys(window: MainWindow) -> list[str]:
    return [
        window.navigation.item(row).data(Qt.UserRole) for row in range(window.navigation.count())
    ]


def test_only_the_first_page_is_built_at_start(qtbot, context):
    window = make_window(qtbot, context)
    assert navigation_keys(window) == COMMUNE_PAGES == window.page_keys()
    assert list(window.built_pages) == ["overview"]
    assert window.stack.count() == 1
    assert window.stack.currentWidget() is window.built_pages["overview"]
    settle(qtbot, window)


def test_a_page_is_built_when_first_shown_by_click_shortcut_or_call(qtbot, context):
    window = make_window(qtbot, context)
    row = window.page_keys().index("chapters")
    rect = window.navigation.visualItemRect(window.navigation.item(row))
    qtbot.mouseClick(window.navigation.viewport(), Qt.LeftButton, pos=rect.center())
    chapters = window.built_pages["chapters"]
    assert window.stack.currentWidget() is chapters
    assert chapters.objectName() == "page_chapters"

    qtbot.keyClick(window, Qt.Key_3, Qt.ControlModifier)
    assert window.current_key() == "people"
    assert window.stack.currentWidget() is window.built_pages["people"]

    trash = window.show_page("trash")
    assert trash is window.built_pages["trash"] is window.stack.currentWidget()
    assert window.show_page("chapters") is chapters  # built once, shown again
    assert list(window.built_pages) == ["overview", "chapters", "people", "trash"]
    assert window.stack.count() == 4
    settle(qtbot, window)


def test_ctrl_numbers_follow_the_navigation(qtbot, context):
    window = make_window(qtbot, context)
    for number, key in enumerate(COMMUNE_PAGES[:9], start=1):
        qtbot.keyClick(window, getattr(Qt, f"Key_{number}"), Qt.ControlModifier)
        assert window.current_key() == key
        assert window.stack.currentWidget() is window.built_pages[key]
    settle(qtbot, window)


def test_changed_records_refresh_the_page_in_view_and_built_pages_when_next_shown(
    qtbot, context, monkeypatch
):
    window = make_window(qtbot, context)
    settle(qtbot, window)
    chapters = window.show_page("chapters")
    people = window.show_page("people")
    refreshed = []
    for key, page in (("chapters", chapters), ("people", people)):
        original = page.refresh
        monkeypatch.setattr(
            page, "refresh", lambda key=key, original=original: (refreshed.append(key), original())
        )

    context.notify("person")
    assert refreshed == ["people"]  # the page in view, at once
    assert "trash" not in window.built_pages  # not built: nothing to mark
    window.show_page("chapters")
    assert refreshed == ["people", "chapters"]  # stale, so refreshed when shown
    window.show_page("people")
    window.show_page("chapters")
    assert refreshed == ["people", "chapters"]  # nothing changed since: no refresh

    context.notify("chapter")
    trash = window.show_page("trash")  # built after the change: reads the records then
    assert trash.isVisible()
    window.show_page("people")
    assert refreshed == ["people", "chapters", "chapters", "people"]
    settle(qtbot, window)


def test_the_overview_is_refreshed_when_shown_after_a_change(qtbot, context):
    window = make_window(qtbot, context)
    overview = window.built_pages["overview"]
    settle(qtbot, window)
    window.show_page("chapters")
    context.notify("chapter")
    assert not overview.is_busy()  # not in view: only marked
    with qtbot.waitSignal(overview.computed, timeout=20000):
        window.show_page("overview")
    settle(qtbot, window)


def test_a_superior_office_sees_its_inbox_first_and_the_settings(qtbot, superior):
    assert [entry.key for entry in page_entries(superior)] == SUPERIOR_PAGES
    window = make_window(qtbot, superior)
    assert navigation_keys(window) == SUPERIOR_PAGES
    assert list(window.built_pages) == ["inbox"]
    assert window.stack.currentWidget() is window.built_pages["inbox"]
    qtbot.keyClick(window, Qt.Key_2, Qt.ControlModifier)
    assert window.current_key() == "settings"
    qtbot.keyClick(window, Qt.Key_3, Qt.ControlModifier)  # no third page
    assert window.current_key() == "settings"
    qtbot.keyClick(window, Qt.Key_1, Qt.ControlModifier)
    assert window.current_key() == "inbox"
    assert list(window.built_pages) == ["inbox", "settings"]


def test_a_commune_office_sees_no_inbox(context):
    keys = [entry.key for entry in page_entries(context)]
    assert keys == COMMUNE_PAGES and "inbox" not in keys


@pytest.mark.parametrize("role", ["commune", "superior"])
def test_the_self_test_shows_every_page_of_each_role(qtbot, request, capsys, role):
    context = request.getfixturevalue("context" if role == "commune" else "superior")
    window = make_window(qtbot, context)
    assert app_module.self_test(QApplication.instance(), window) == 0
    expected = COMMUNE_PAGES if role == "commune" else SUPERIOR_PAGES
    assert list(window.built_pages) == expected
    assert capsys.readouterr().out.strip() == "self-test passed: " + ", ".join(expected)
    settle(qtbot, window)


def test_the_self_test_names_a_page_that_fails(qtbot, context, capsys, monkeypatch):
    from doan_desktop.core import dashboard

    def broken(session, today=None):
        raise RuntimeError("no figures")

    monkeypatch.setattr(dashboard, "build_dashboard", broken)
    window = make_window(qtbot, context)
    assert app_module.self_test(QApplication.instance(), window) == 1
    assert capsys.readouterr().err.strip().endswith("self-test failed: overview")
    settle(qtbot, window)


# ---------------------------------------------------------------- the start without a command


@pytest.mark.parametrize(
    "argv, expected",
    [
        ([], (None, False, False)),
        (["--data-dir", "D", "--demo"], ("D", True, False)),
        (["--self-test", "--data-dir=/x y"], ("/x y", False, True)),
    ],
)
def test_window_arguments_are_read_without_the_command_line_parser(argv, expected):
    from doan_desktop.__main__ import window_arguments

    args = window_arguments(argv)
    assert (args.data_dir, args.demo, args.self_test) == expected
    assert args.command is None


@pytest.mark.parametrize(
    "argv",
    [["roster", "list"], ["--help"], ["--version"], ["--data-dir"], ["--data"], ["--demo", "x"]],
)
def test_anything_else_goes_to_the_command_line_parser(argv):
    from doan_desktop.__main__ import window_arguments

    assert window_arguments(argv) is None


def test_opening_the_window_does_not_import_the_commands(tmp_path):
    """The command modules pull in Excel, PDF and Word libraries: not for the window."""
    script = (
        "import sys\n"
        "import doan_desktop.app as app\n"
        "from doan_desktop.__main__ import main\n"
        "app.run_gui = lambda args: print(args.data_dir) or 0\n"
        "code = main(['--data-dir', sys.argv[1]])\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('doan_desktop.cli', 'openpyxl',"
        " 'reportlab', 'docx')))\n"
        "print(loaded)\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [str(tmp_path), "[]"]


@pytest.mark.parametrize("language", ["en", "vi"])
def test_each_page_is_titled_with_the_words_of_its_navigation_entry(qtbot, context, language):
    from doan_desktop import i18n
    from doan_desktop.ui.pages import TitleLabel

    assert i18n.install(language)
    window = make_window(qtbot, context)
    for row, key in enumerate(window.page_keys()):
        page = window.show_page(key)
        titles = [t.text() for t in page.findChildren(TitleLabel)]
        assert titles == [window.navigation.item(row).text()], key
    if language == "vi":
        assert window.navigation.item(3).text() == "Sinh hoạt, biên bản"
        assert window.navigation.item(4).text() == "Tập huấn, CLB Bí thư"
    settle(qtbot, window)
