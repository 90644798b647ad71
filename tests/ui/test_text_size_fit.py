"""Every page of the window fits the office screen (1366×768, the taskbar and title bar taken
off) at 100%, 125% and 150% text size and at the sizes Settings offers in between, in
Vietnamese and in English, on the sample commune and in a superior office: nothing outside the
window, nothing squeezed or overlapping, nothing cut on the right of a page that scrolls down,
no text cut (tests/ui/fit.py says what that means). Every tab of every page is looked at, each
drawn (grab) as the clerk would see it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget

from doan_desktop import i18n
from doan_desktop.app import apply_font_scale
from doan_desktop.core import demo
from doan_desktop.core.store.db import open_database
from doan_desktop.core.unit import UnitInfo, save_unit
from doan_desktop.paths import DataDir
from doan_desktop.preferences import FONT_SCALES, Preferences
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.main_window import MainWindow
from tests.conftest import TODAY
from tests.ui import fit

# 1366×768 less a 40-pixel taskbar and a 31-pixel title bar (Windows 10 and 11 at 100%).
SCREEN = (1366, 768 - 40 - 31)
SIZES = sorted({100, 125, 150, *FONT_SCALES})


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The sample commune, written once for the module (its dates around the tests' day)."""
    data_dir = DataDir(tmp_path_factory.mktemp("sample") / "data").ensure()
    database = open_database(data_dir.database, data_dir.backups)
    with database.session() as session:
        demo.fill_sample_commune(session, today=TODAY)
    yield data_dir, database
    database.close()


@pytest.fixture(scope="module")
def superior(tmp_path_factory):
    """A provincial office: its inbox and settings."""
    data_dir = DataDir(tmp_path_factory.mktemp("superior") / "data").ensure()
    database = open_database(data_dir.database, data_dir.backups)
    with database.session() as session:
        save_unit(
            session,
            UnitInfo(
                name="Đắk Lắk",
                code="TD-DL",
                kind="tinh",
                province="Đắk Lắk",
                superior_name="Trung ương Đoàn",
                superior_code="TW",
                role="superior",
            ),
        )
    yield data_dir, database
    database.close()


@pytest.fixture
def scaled(qapp):
    """Text size set for one test, put back after it."""
    base = qapp.font()

    def scale(percent: int) -> None:
        apply_font_scale(qapp, percent)

    yield scale
    apply_font_scale(qapp, 100)
    qapp.setFont(base)


def views(page):
    """The page as shown, then with each other tab of each tab widget brought forward."""
    yield "—"
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisibleTo(page):
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            if index != current:
                tabs.setCurrentIndex(index)
                yield tabs.tabText(index)
        tabs.setCurrentIndex(current)


@pytest.mark.parametrize("percent", SIZES)
@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("office", ["sample", "superior"])
def test_every_page_fits_the_screen(qtbot, request, scaled, office, language, percent):
    data_dir, database = request.getfixturevalue(office)
    assert i18n.install(language)
    scaled(percent)
    window = MainWindow(AppContext(data_dir, database, Preferences(font_scale=percent)))
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    found = []
    for key in window.page_keys():
        page = window.show_page(key)
        if hasattr(page, "is_busy"):
            qtbot.waitUntil(lambda page=page: not page.is_busy(), timeout=30000)
        for tab in views(page):
            for _ in range(3):  # the layouts settle (a wrapped row asks for its height)
                QApplication.processEvents()
            assert not window.grab().isNull()
            if (window.width(), window.height()) != SCREEN:
                found.append(
                    f"{key} [{tab}]: the window grew to {window.width()}×{window.height()}"
                )
                window.resize(*SCREEN)
                QApplication.processEvents()
            found += [f"{key} [{tab}]: {p}" for p in fit.problems(window, page)]
    assert found == [], f"{language}, at {percent}%:\n" + "\n".join(found)
