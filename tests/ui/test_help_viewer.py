"""The user guide inside the program: F1 opens it at the page in view, in the clerk's language,
from the files shipped with the program (no network), pictures and links included."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from doan_desktop import i18n
from doan_desktop.core.unit import get_unit, save_unit
from doan_desktop.preferences import Preferences
from doan_desktop.ui import help_viewer
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.help_viewer import INDEX, HelpViewer, topic_path
from doan_desktop.ui.main_window import MainWindow


def make_window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.windowHandle().requestActivate()  # F1 reaches the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for page in window.built_pages.values():
        if hasattr(page, "is_busy"):
            qtbot.waitUntil(lambda page=page: not page.is_busy(), timeout=20000)
    return window


@pytest.fixture
def context(data_dir, unit_db):
    return AppContext(data_dir, unit_db, Preferences(language="en"))


def heading(viewer: HelpViewer) -> str:
    return viewer.browser.document().firstBlock().text()


def press_f1(qtbot, window) -> HelpViewer:
    qtbot.keyClick(window, Qt.Key_F1)
    viewer = window.menus.help_viewer
    assert viewer is not None and viewer.isVisible()
    return viewer


def test_f1_opens_the_guide_at_the_page_in_view(qtbot, context):
    window = make_window(qtbot, context)
    window.show_page("people")
    window.activateWindow()
    viewer = press_f1(qtbot, window)
    qtbot.addWidget(viewer)
    assert viewer.current == "people"
    assert heading(viewer) == "Members & youth"
    assert viewer.browser.source() == QUrl.fromLocalFile(str(topic_path("people", "en")))
    assert viewer.topics.currentItem().text() == "Members & youth"

    window.show_page("meetings")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert press_f1(qtbot, window) is viewer  # one guide window, moved to the new page
    assert viewer.current == "meetings" and heading(viewer) == "Meetings & minutes"


def test_the_guide_lists_the_first_page_then_the_navigation(qtbot, context):
    window = make_window(qtbot, context)
    window.menus.guide.trigger()
    viewer = window.menus.help_viewer
    qtbot.addWidget(viewer)
    assert viewer.keys() == [INDEX, *window.page_keys()]
    titles = [viewer.topics.item(r).text() for r in range(viewer.topics.count())]
    assert titles == ["Getting started", *(e.title for e in window.entries.values())]


def test_a_superior_office_gets_the_pages_it_has(qtbot, data_dir, unit_db):
    with unit_db.session() as s:
        unit = get_unit(s)
        unit.role, unit.kind = "superior", "tinh"
        save_unit(s, unit)
    window = make_window(qtbot, AppContext(data_dir, unit_db, Preferences(language="en")))
    viewer = press_f1(qtbot, window)
    qtbot.addWidget(viewer)
    assert viewer.keys() == [INDEX, "inbox", "settings"]
    assert heading(viewer) == "Superior's inbox"


@pytest.mark.parametrize("key", [INDEX, "overview", "people", "meetings", "report", "settings"])
def test_every_picture_is_shown_from_the_files_shipped(qtbot, key):
    viewer = HelpViewer([(key, key)] if key != INDEX else [], "vi")
    qtbot.addWidget(viewer)
    viewer.show_topic(key)
    assert viewer.browser.source().isLocalFile()
    document = viewer.browser.document()
    pictures = [
        fmt.toImageFormat().name()
        for block in _blocks(document)
        for fmt in _formats(block)
        if fmt.isImageFormat()
    ]
    assert pictures, "no picture on the page"
    for name in pictures:
        image = document.resource(QTextDocument.ImageResource, QUrl(name))
        assert image is not None and not image.isNull(), name


def _blocks(document):
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def _formats(block):
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            yield fragment.charFormat()
        iterator += 1


def test_links_between_pages_stay_in_the_guide_and_others_go_out(qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(help_viewer, "open_external", opened.append)
    viewer = HelpViewer([("trash", "Trash"), ("report", "Report")], "en")
    qtbot.addWidget(viewer)
    viewer.show_topic(INDEX)
    viewer.browser.anchorClicked.emit(QUrl("trash.html"))
    assert viewer.current == "trash" and heading(viewer) == "Trash"
    assert viewer.topics.currentItem().text() == "Trash"
    viewer.browser.anchorClicked.emit(QUrl("https://example.org/"))
    assert opened == [QUrl("https://example.org/")]
    assert viewer.current == "trash"


def test_the_guide_follows_the_chosen_language(qtbot, qapp):
    assert i18n.install("vi")
    viewer = HelpViewer([("report", "Báo cáo")], "vi")
    qtbot.addWidget(viewer)
    viewer.show_topic("report")
    assert heading(viewer) == "Báo cáo"
    assert "Xuất tệp có chữ ký" in viewer.browser.toPlainText()
    english = HelpViewer([("report", "Report")], "en")
    qtbot.addWidget(english)
    english.show_topic("report")
    assert "Export signed file" in english.browser.toPlainText()


def test_an_unknown_language_or_topic_falls_back(qtbot):
    viewer = HelpViewer([("people", "People")], "fr")
    qtbot.addWidget(viewer)
    assert viewer.language == "vi"
    viewer.show_topic("no-such-page")
    assert viewer.current == INDEX and heading(viewer) == "Bắt đầu"
