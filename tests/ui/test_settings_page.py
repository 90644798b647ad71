"""Settings: unit edits saved and refused, the language and text size kept in preferences.json."""

import json
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from doan_desktop import i18n
from doan_desktop.core.store.models import ChangeLog
from doan_desktop.core.unit import get_unit, save_unit
from doan_desktop.preferences import Preferences
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.pages.settings import SettingsPage
from tests.conftest import SAMPLE_UNIT


def _keys(widget, text):
    """Type ``text`` as key presses (QTest.keyClicks knows ASCII only)."""
    for char in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyPress, 0, Qt.NoModifier, char))


def _retype(qtbot, line, text):
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key_Backspace)
    _keys(line, text)
    line.editingFinished.emit()


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(prompts, "show_info", lambda parent, title, text: None)
    return shown


@pytest.fixture
def context(data_dir, unit_db):
    return AppContext(data_dir, unit_db, Preferences())


@pytest.fixture
def page(qtbot, context, errors):
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    yield page
    i18n.install("en")  # translators are process-wide: leave none behind


@pytest.fixture
def restore_font():
    app = QApplication.instance()
    font = app.font()
    yield
    app.setFont(font)
    app.setProperty("base_point_size", None)


def _log_count(database):
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(ChangeLog))


def test_shows_the_unit_and_save_waits_for_a_change(page):
    form = page.unit_form
    assert form.name.text() == "Hòa Phú"
    assert form.superior_name.text() == "Tỉnh Đoàn Đắk Lắk"
    assert not page.save_button.isEnabled()
    assert not page.undo_button.isEnabled()


def test_saves_unit_edits(qtbot, page, context, unit_db):
    notified = []
    context.events.changed.connect(notified.append)
    _retype(qtbot, page.unit_form.name, "Hòa Phú 2")
    page.unit_form.kind.setCurrentIndex(page.unit_form.kind.findData("phuong"))
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    with unit_db.session() as session:
        unit = get_unit(session)
    assert (unit.name, unit.kind, unit.code) == ("Hòa Phú 2", "phuong", "HP-DL-01")
    assert notified == ["unit"]
    assert page.unit_status.text() == "Saved."
    assert not page.save_button.isEnabled()


def test_refuses_bad_unit_edits(qtbot, page, unit_db):
    before = _log_count(unit_db)
    form = page.unit_form
    _retype(qtbot, form.code, "HP 01")
    assert not page.save_button.isEnabled()
    assert form.messages["code"].text() == (
        "The code may hold only letters, digits, '-', '_' and '.'."
    )
    _retype(qtbot, form.name, "")
    assert form.messages["name"].text() == "This field is required."
    assert page.save_button.isEnabled() is False
    assert page.save_unit() is False  # Enter in the last field: still refused
    assert _log_count(unit_db) == before
    with unit_db.session() as session:
        assert get_unit(session).name == "Hòa Phú"


def test_undo_brings_back_the_saved_unit(qtbot, page):
    _retype(qtbot, page.unit_form.province, "Gia Lai")
    # The superior's name was the suggested one, so it follows the province.
    assert page.unit_form.superior_name.text() == "Tỉnh Đoàn Gia Lai"
    assert page.undo_button.isEnabled()
    qtbot.mouseClick(page.undo_button, Qt.LeftButton)
    assert page.unit_form.province.text() == "Đắk Lắk"
    assert page.unit_form.superior_name.text() == "Tỉnh Đoàn Đắk Lắk"
    assert not page.save_button.isEnabled()


def test_refresh_keeps_unsaved_edits(qtbot, page):
    _retype(qtbot, page.unit_form.name, "Ea Tul")
    page.refresh()
    assert page.unit_form.name.text() == "Ea Tul"


def test_language_switch_persists(page, context, data_dir):
    assert page.language.currentData() == "vi"
    page.language.setCurrentIndex(page.language.findData("en"))
    assert context.preferences.language == "en"
    saved = json.loads(data_dir.preferences.read_text(encoding="utf-8"))
    assert saved["language"] == "en"
    assert Preferences.load(data_dir.preferences).language == "en"
    assert page.language_note.text() == (
        "The new language applies fully after you restart doan-desktop."
    )
    assert page.language_note.isVisibleTo(page)


def test_language_not_saved_is_said_and_undone(page, context, data_dir, errors):
    data_dir.preferences.mkdir()  # a folder where the file should go: writing fails
    page.language.setCurrentIndex(page.language.findData("en"))
    assert context.preferences.language == "vi"
    assert page.language.currentData() == "vi"
    assert len(errors) == 1 and errors[0].startswith("The setting was not saved")


def test_text_size_applies_at_once_and_persists(page, context, data_dir, restore_font):
    app = QApplication.instance()
    base = app.font().pointSizeF()
    page.font_scale.setCurrentIndex(page.font_scale.findData(130))
    assert app.font().pointSizeF() == pytest.approx(base * 1.3)
    # The page title stays larger than the text around it.
    assert page.title_label.font().pointSizeF() == pytest.approx(base * 1.3 * 1.5)
    assert context.preferences.font_scale == 130
    assert Preferences.load(data_dir.preferences).font_scale == 130
    assert page.font_scale.currentText() == "Large (130%)"


def test_data_folder_shown_and_opened(page, data_dir, monkeypatch, errors):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert page.folder.text() == str(data_dir.root)
    assert page.folder.isReadOnly()
    page.open_folder_button.click()
    assert [url.toLocalFile() for url in opened] == [str(data_dir.root)]
    assert errors == []


def test_the_signing_key_is_offered_to_both_kinds_of_office(qtbot, page, unit_db):
    assert page.key_box.isVisibleTo(page)
    assert page.key_note.text() == "The key that signs the reports sent to the superior office."
    with unit_db.session() as session:
        save_unit(session, replace(SAMPLE_UNIT, role="superior", kind="tinh"))
    page.refresh()
    # A superior office signs the receipts and circulars it sends down.
    assert page.key_box.isVisibleTo(page)
    assert page.key_note.text() == (
        "The key that signs the receipts and circulars sent to the communes."
    )
