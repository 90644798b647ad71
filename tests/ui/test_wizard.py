"""The setup wizard: valid input is written in one go; bad input is named and blocks; cancel
writes nothing."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWizard
from sqlalchemy import func, select

from doan_desktop.core import chapters as core_chapters
from doan_desktop.core.chapters import ChapterInput, list_chapters
from doan_desktop.core.store.models import Chapter, Unit
from doan_desktop.core.unit import get_unit
from doan_desktop.preferences import Preferences
from doan_desktop.ui import prompts
from doan_desktop.ui import wizard as wizard_module
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.wizard import SetupWizard


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: shown.append(text))
    return shown


@pytest.fixture
def wizard(qtbot, data_dir, database, errors):
    context = AppContext(data_dir, database, Preferences())
    wizard = SetupWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _next_enabled(wizard) -> bool:
    return wizard.button(QWizard.NextButton).isEnabled()


def _keys(widget, text):
    """Type ``text`` as key presses (QTest.keyClicks knows ASCII only, not "ò")."""
    for char in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyPress, 0, Qt.NoModifier, char))


def _type(qtbot, line, text):
    """Replace what the field holds, as the clerk would, and leave it."""
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key_Backspace)
    _keys(line, text)
    line.editingFinished.emit()


def _fill_unit(qtbot, form):
    _type(qtbot, form.name, "Hòa Phú")
    _type(qtbot, form.code, "HP-DL-01")
    form.kind.setCurrentIndex(form.kind.findData("xa"))
    _type(qtbot, form.province, "Đắk Lắk")
    _type(qtbot, form.superior_code, "TD-DL")


def _tab_after(widget):
    """The widget Tab moves to from ``widget``."""
    candidate = widget.nextInFocusChain()
    while not (candidate.focusPolicy() & Qt.TabFocus and candidate.isEnabled()):
        candidate = candidate.nextInFocusChain()
    return candidate


def _skip_key(wizard):
    """From the chapters page past the signing key page (made later), to the summary."""
    wizard.next()
    assert wizard.currentPage() is wizard.key_page
    wizard.key_page.skip.setChecked(True)
    wizard.next()


def _counts(database):
    with database.session() as session:
        return (
            session.scalar(select(func.count()).select_from(Unit)),
            session.scalar(select(func.count()).select_from(Chapter)),
        )


def test_completes_and_writes_unit_and_chapters(qtbot, wizard, database):
    assert wizard.currentPage() is wizard.welcome_page
    wizard.next()
    form = wizard.unit_page.form
    assert not _next_enabled(wizard)
    _fill_unit(qtbot, form)
    # The superior's name follows the province until the clerk types in it.
    assert form.superior_name.text() == "Tỉnh Đoàn Đắk Lắk"
    assert _next_enabled(wizard)
    # Enter goes to the next page.
    qtbot.keyClick(form.superior_code, Qt.Key_Return)
    assert wizard.currentPage() is wizard.chapters_page
    page = wizard.chapters_page
    assert page.empty_note.isVisibleTo(page)
    assert _next_enabled(wizard)
    row = page.add_row()
    _keys(row.name, "Buôn Kram")
    row.kind.setCurrentIndex(row.kind.findData("buon"))
    second = page.add_row()
    _keys(second.name, "Thôn 3")
    assert not page.empty_note.isVisibleTo(page)
    assert _next_enabled(wizard)
    _skip_key(wizard)
    assert wizard.currentPage() is wizard.summary_page
    summary = wizard.summary_page.values
    assert summary["unit"].text() == "Đoàn xã Hòa Phú"
    assert summary["superior"].text() == "Tỉnh Đoàn Đắk Lắk (code TD-DL)"
    assert "Buôn Kram — Village (buôn)" in summary["chapters"].text()

    with qtbot.waitSignal(wizard.accepted):
        wizard.button(QWizard.FinishButton).click()
    assert wizard.result() == QWizard.Accepted
    with database.session() as session:
        unit = get_unit(session)
        rows = list_chapters(session)
    assert (unit.name, unit.code, unit.kind, unit.province) == (
        "Hòa Phú",
        "HP-DL-01",
        "xa",
        "Đắk Lắk",
    )
    assert (unit.superior_name, unit.superior_code, unit.role) == (
        "Tỉnh Đoàn Đắk Lắk",
        "TD-DL",
        "commune",
    )
    assert [(c.name, c.kind) for c in rows] == [("Buôn Kram", "buon"), ("Thôn 3", "thon")]


def test_edited_superior_name_is_not_overwritten(qtbot, wizard):
    wizard.next()
    form = wizard.unit_page.form
    _type(qtbot, form.superior_name, "Thành Đoàn Buôn Ma Thuột")
    _type(qtbot, form.province, "Đắk Lắk")
    assert form.superior_name.text() == "Thành Đoàn Buôn Ma Thuột"


def test_zero_chapters_is_allowed_and_said(qtbot, wizard, database):
    wizard.next()
    _fill_unit(qtbot, wizard.unit_page.form)
    wizard.next()
    _skip_key(wizard)
    assert "later on the Chapters page" in wizard.summary_page.values["chapters"].text()
    with qtbot.waitSignal(wizard.accepted):
        wizard.button(QWizard.FinishButton).click()
    assert _counts(database) == (1, 0)


def test_empty_name_is_refused_next_to_the_field(qtbot, wizard):
    wizard.next()
    form = wizard.unit_page.form
    _fill_unit(qtbot, form)
    assert _next_enabled(wizard)
    _type(qtbot, form.name, "")
    assert not _next_enabled(wizard)
    assert form.messages["name"].text() == "This field is required."
    assert form.messages["name"].isVisibleTo(form)
    assert not form.messages["code"].isVisibleTo(form)


def test_bad_code_characters_are_refused(qtbot, wizard):
    wizard.next()
    form = wizard.unit_page.form
    _fill_unit(qtbot, form)
    _type(qtbot, form.code, "HP/01")
    assert not _next_enabled(wizard)
    assert form.messages["code"].text() == (
        "The code may hold only letters, digits, '-', '_' and '.'."
    )
    _type(qtbot, form.code, "HP.01")
    assert _next_enabled(wizard)
    assert form.messages["code"].text() == ""


def test_untouched_fields_are_quiet_but_block(wizard):
    wizard.next()
    form = wizard.unit_page.form
    assert not _next_enabled(wizard)
    assert all(not message.isVisibleTo(form) for message in form.messages.values())


def test_duplicate_and_empty_chapter_names_block(qtbot, wizard, database):
    wizard.next()
    _fill_unit(qtbot, wizard.unit_page.form)
    wizard.next()
    page = wizard.chapters_page
    first = page.add_row()
    _keys(first.name, "Buôn Kram")
    second = page.add_row()
    _keys(second.name, "buon kram")
    assert not _next_enabled(wizard)
    assert second.message.text() == "Another chapter already has this name."
    assert first.message.text() == ""
    _type(qtbot, second.name, "Buôn Kram 2")
    assert _next_enabled(wizard)

    empty = page.add_row()
    assert not _next_enabled(wizard)
    # A row not typed in yet is not red; the page says what to do.
    assert empty.message.text() == ""
    assert page.hint.text() == "Every chapter needs a name. Remove the rows you do not need."
    empty.name.editingFinished.emit()
    assert empty.message.text() == "The chapter needs a name."
    empty.remove.click()
    assert _next_enabled(wizard)
    assert page.hint.text() == ""
    assert len(page.chapters()) == 2
    assert _counts(database) == (0, 0)


def test_cancel_writes_nothing(qtbot, wizard, database):
    wizard.next()
    _fill_unit(qtbot, wizard.unit_page.form)
    wizard.next()
    _keys(wizard.chapters_page.add_row().name, "Thôn 1")
    wizard.next()
    with qtbot.waitSignal(wizard.rejected):
        wizard.button(QWizard.CancelButton).click()
    assert _counts(database) == (0, 0)


def test_failure_while_writing_writes_nothing_and_says_why(
    qtbot, wizard, database, errors, monkeypatch
):
    calls = []

    def failing_add(session, data: ChapterInput):
        calls.append(data.name)
        if len(calls) == 2:
            raise OSError("disk full")
        return core_chapters.add_chapter(session, data)

    monkeypatch.setattr(wizard_module, "add_chapter", failing_add)
    wizard.next()
    _fill_unit(qtbot, wizard.unit_page.form)
    wizard.next()
    _keys(wizard.chapters_page.add_row().name, "Thôn 1")
    _keys(wizard.chapters_page.add_row().name, "Thôn 2")
    _skip_key(wizard)
    wizard.button(QWizard.FinishButton).click()
    assert wizard.isVisible()
    assert wizard.result() != QWizard.Accepted
    assert errors == ["Nothing was saved. disk full"]
    assert wizard.summary_page.failure.text() == "Nothing was saved. disk full"
    assert _counts(database) == (0, 0)


def test_long_chapter_list_is_summarised_and_tab_order_follows_rows(qtbot, wizard, database):
    wizard.next()
    _fill_unit(qtbot, wizard.unit_page.form)
    wizard.next()
    page = wizard.chapters_page
    rows = [page.add_row(f"Thôn {n}") for n in range(1, 15)]
    assert _tab_after(rows[0].name) is rows[0].kind
    assert _tab_after(rows[0].kind) is rows[0].remove
    assert _tab_after(rows[0].remove) is rows[1].name
    assert _tab_after(rows[-1].remove) is page.add_button
    _skip_key(wizard)
    lines = wizard.summary_page.values["chapters"].text().split("\n")
    assert len(lines) == 13
    assert lines[-1] == "… and 2 more"
    with qtbot.waitSignal(wizard.accepted):
        wizard.button(QWizard.FinishButton).click()
    assert _counts(database) == (1, 14)


def _fill_superior(qtbot, page):
    page.role.setCurrentIndex(page.role.findData("superior"))
    form = page.form
    _type(qtbot, form.name, "Đắk Lắk")
    form.kind.setCurrentIndex(form.kind.findData("tinh"))
    _type(qtbot, form.code, "TD-DL")
    _type(qtbot, form.province, "Đắk Lắk")
    _type(qtbot, form.superior_name, "Trung ương Đoàn")
    _type(qtbot, form.superior_code, "TWD")


def test_a_superior_office_goes_from_its_unit_straight_to_the_summary(qtbot, wizard, database):
    """It keeps no chapters and signs no reports: those pages are skipped and not summarised."""
    wizard.next()
    assert "commune, ward or special zone" in wizard.unit_page.subTitle()
    _fill_superior(qtbot, wizard.unit_page)
    assert "province or city" in wizard.unit_page.subTitle()
    assert _next_enabled(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.summary_page
    summary = wizard.summary_page
    assert summary.values["unit"].text() == "Tỉnh Đoàn Đắk Lắk"
    assert not summary.values["chapters"].isVisibleTo(summary)
    assert not summary.values["key"].isVisibleTo(summary)
    wizard.back()
    assert wizard.currentPage() is wizard.unit_page

    wizard.next()
    with qtbot.waitSignal(wizard.accepted):
        wizard.button(QWizard.FinishButton).click()
    with database.session() as session:
        unit = get_unit(session)
    assert (unit.role, unit.kind) == ("superior", "tinh")
    assert _counts(database) == (1, 0)


def test_chapters_typed_before_choosing_superior_office_are_not_saved(qtbot, wizard, database):
    wizard.next()
    _fill_unit(qtbot, wizard.unit_page.form)
    wizard.next()
    _keys(wizard.chapters_page.add_row().name, "Thôn 1")
    wizard.back()
    _fill_superior(qtbot, wizard.unit_page)
    wizard.next()
    assert wizard.currentPage() is wizard.summary_page
    with qtbot.waitSignal(wizard.accepted):
        wizard.button(QWizard.FinishButton).click()
    assert _counts(database) == (1, 0)


def test_a_commune_office_still_sees_every_page(qtbot, wizard):
    wizard.next()
    _fill_unit(qtbot, wizard.unit_page.form)
    wizard.next()
    assert wizard.currentPage() is wizard.chapters_page
    _skip_key(wizard)
    summary = wizard.summary_page
    assert summary.values["chapters"].isVisibleTo(summary)
    assert summary.values["key"].isVisibleTo(summary)
