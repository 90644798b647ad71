"""The report page: the values are core's, typing and correcting values, the checks, the
signed export off the GUI thread (a wrong passphrase writes nothing), and who sees the page."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from doan_desktop.core import reporting, signing
from doan_desktop.core.periods import Period
from doan_desktop.core.store.models import ManualValue, Report
from doan_desktop.core.unit import get_unit, save_unit
from doan_desktop.exchange import bundle
from doan_desktop.preferences import Preferences
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs import key_dialog
from doan_desktop.ui.main_window import page_entries
from doan_desktop.ui.models.report_model import NOTE, PREVIOUS, VALUE, ReportModel
from doan_desktop.ui.pages import report as report_page_module
from doan_desktop.ui.pages.report import ReportPage, last_finished_quarter, period_choices
from tests.conftest import TODAY
from tests.reporting.conftest import PASSPHRASE, commune  # noqa: F401 - fixture

Q3 = Period.parse("2026Q3")


@pytest.fixture
def log(monkeypatch):
    log = {"errors": [], "info": [], "asked": [], "answer": True}
    monkeypatch.setattr(prompts, "show_error", lambda p, t, text: log["errors"].append(text))
    monkeypatch.setattr(prompts, "show_info", lambda p, t, text: log["info"].append(text))

    def ask(parent, title, text):
        log["asked"].append(text)
        return log["answer"]

    monkeypatch.setattr(prompts, "ask_yes_no", ask)
    return log


@pytest.fixture
def context(data_dir, unit_db):
    return AppContext(data_dir, unit_db, Preferences(language="en"))


@pytest.fixture
def page(qtbot, context, commune, log):  # noqa: F811 - the fixture
    page = ReportPage(context)
    page.today = TODAY
    qtbot.addWidget(page)
    page.resize(1146, 700)
    page.show()
    page.period.setCurrentIndex(page.period.findData("2026Q3"))
    page.refresh()
    return page


def _row(page, indicator, disagg=""):
    for row, line in enumerate(page.model.rows):
        if (line.value.indicator, line.value.disagg) == (indicator, disagg):
            return row
    raise AssertionError(f"no line {indicator} {disagg}")


def _text(page, indicator, column, disagg=""):
    return page.model.index(_row(page, indicator, disagg), column).data()


def _choose(page, indicator, disagg=""):
    page.table.selectRow(_row(page, indicator, disagg))


def test_periods_offered_and_the_default():
    today = dt.date(2026, 11, 25)
    assert last_finished_quarter(today) == Q3
    codes = [p.code for p in period_choices(today)]
    assert codes[:4] == ["2026Q4", "2026S2", "2026", "2026Q3"]
    assert "2027Q1" not in codes and "2024" in codes


def test_model_is_sound(qtmodeltester, page):
    qtmodeltester.check(page.model)
    empty = ReportModel()
    qtmodeltester.check(empty)


def test_the_page_shows_core_values_beside_the_previous_period(page, unit_db):
    with unit_db.session() as s:
        core = reporting.build_report(s, Q3, TODAY)
        previous = reporting.previous_values(s, Q3, TODAY)
    shown = {
        (line.value.indicator, line.value.disagg): line.value.value for line in page.model.rows
    }
    for value in core.values:
        if not value.disagg.startswith(("CHAPTER:", "ETHNICITY:")):
            assert shown[(value.indicator, value.disagg)] == value.value
    assert _text(page, "MEMBERS", VALUE) == "5"
    assert _text(page, "MEMBERS", PREVIOUS) == str(previous[("MEMBERS", "")])
    assert _text(page, "YOUTH_POPULATION", VALUE) == "—"
    assert page.model.headerData(VALUE, Qt.Horizontal) == "2026Q3"
    assert page.model.headerData(PREVIOUS, Qt.Horizontal) == "2026Q2"
    # Breakdowns by chapter only when asked.
    assert not any(line.value.disagg.startswith("CHAPTER:") for line in page.model.rows)
    page.breakdowns.setChecked(True)
    assert _text(page, "MEMBERS", VALUE, "CHAPTER:Thôn 1") == "4"


def test_the_checks_are_shown_warnings_amber(page):
    texts = [page.messages.item(i).text() for i in range(page.messages.count())]
    assert any("youth aged 16–30" in t for t in texts)
    item = page.messages.item(0)
    assert item.data(Qt.UserRole) == "warning"
    assert item.foreground().color().name() == "#9a5b00"


def test_typing_a_manual_value_with_a_note(qtbot, page, unit_db):
    _choose(page, "YOUTH_POPULATION")
    assert page.value_field.isEnabled()
    page.value_field.setText("9")
    page.note_field.setText("UBND xã, tháng 7")
    qtbot.keyClick(page.note_field, "\r")
    assert _text(page, "YOUTH_POPULATION", VALUE) == "9 *"
    assert _text(page, "YOUTH_POPULATION", NOTE) == "UBND xã, tháng 7"
    assert _text(page, "GATHERED_SHARE", VALUE) == "77,8"
    with unit_db.session() as s:
        assert reporting.build_report(s, Q3, TODAY).value("YOUTH_POPULATION") == 9
    # The line stays chosen, with its value in the editor.
    assert page.value_field.text() == "9"


def test_a_correction_needs_a_note_said_next_to_the_field(page, unit_db):
    _choose(page, "MEMBERS")
    assert "The records give 5" in page.editor_hint.text()
    page.value_field.setText("6")
    assert not page.save_value()
    assert "Say why" in page.note_message.text()
    with unit_db.session() as s:
        assert s.scalar(select(func.count()).select_from(ManualValue)) == 0
    page.note_field.setText("Một người chưa vào sổ")
    assert page.save_value()
    assert _text(page, "MEMBERS", VALUE) == "6 *"
    assert page.clear_button.isEnabled()
    assert page.clear_value()
    assert _text(page, "MEMBERS", VALUE) == "5"


def test_bad_values_are_refused_next_to_the_field(page, unit_db):
    _choose(page, "TREES_PLANTED")
    page.value_field.setText("12,5")
    assert not page.save_value()
    assert "whole number" in page.value_message.text()
    page.value_field.setText("")
    assert not page.save_value()
    assert page.value_message.text()
    with unit_db.session() as s:
        assert s.scalar(select(func.count()).select_from(ManualValue)) == 0


def test_a_share_cannot_be_typed(page):
    _choose(page, "GATHERED_SHARE")
    assert not page.value_field.isEnabled() and not page.save_button.isEnabled()


def test_an_error_shows_red_and_blocks_the_export(page, log, monkeypatch, unit_db):
    with unit_db.session() as s:
        signing.create_key(s, PASSPHRASE)
        reporting.set_manual_value(s, Q3, "YOUTH_POPULATION", "3", "UBND")
    page.refresh()
    first = page.messages.item(0)
    assert first.data(Qt.UserRole) == "error" and first.foreground().color().name() == "#c62828"
    asked = []
    monkeypatch.setattr(key_dialog, "ask_save_path", lambda *a: asked.append(a))
    page.export_file()
    assert "more members" in log["errors"][0]
    assert asked == []


def _export(qtbot, page, monkeypatch, target, passphrase):
    monkeypatch.setattr(key_dialog, "ask_save_path", lambda *args: target)
    monkeypatch.setattr(key_dialog, "ask_passphrase", lambda *args: passphrase)
    page.export_file()
    qtbot.waitUntil(lambda: page.job is None, timeout=20000)


def test_export_writes_a_verifiable_file(qtbot, page, log, monkeypatch, unit_db, tmp_path):
    with unit_db.session() as s:
        info = signing.create_key(s, PASSPHRASE)
    target = tmp_path / "BC.zip"
    _export(qtbot, page, monkeypatch, target, PASSPHRASE)
    assert log["errors"] == []
    assert str(target) in log["info"][0] and page.last_export.sha256[:16] in log["info"][0]
    key = bundle.TrustedKey("HP-DL-01", info.public)
    verified = bundle.verify_report_file(target.read_bytes(), {info.key_id: key}.get, today=TODAY)
    values = {(v["indicator"], v["disagg"]): v["value"] for v in verified.payload["values"]}
    assert values[("MEMBERS", "")] == 5
    assert page.reports.rowCount() == 1 and page.reports.item(0, 3).text() == "Sent"
    assert page.export_button.isEnabled()


def test_wrong_passphrase_says_so_and_writes_nothing(
    qtbot, page, log, monkeypatch, unit_db, tmp_path
):
    with unit_db.session() as s:
        signing.create_key(s, PASSPHRASE)
    target = tmp_path / "BC.zip"
    _export(qtbot, page, monkeypatch, target, "not the passphrase")
    assert log["errors"] == ["The passphrase is wrong. Nothing was signed."]
    assert not target.exists()
    with unit_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Report)) == 0


def test_a_missing_key_file_says_where_it_belongs_and_writes_nothing(
    qtbot, page, log, monkeypatch, unit_db, tmp_path
):
    with unit_db.session() as s:
        signing.create_key(s, PASSPHRASE)
        path = signing.key_file_path(s)
    path.unlink()
    target = tmp_path / "BC.zip"
    _export(qtbot, page, monkeypatch, target, PASSPHRASE)
    (error,) = log["errors"]
    assert "signing key file is missing from the data folder" in error and str(path) in error
    assert not target.exists()
    with unit_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Report)) == 0


def test_changed_values_are_offered_as_a_correction(
    qtbot, page, log, monkeypatch, unit_db, tmp_path
):
    with unit_db.session() as s:
        signing.create_key(s, PASSPHRASE)
    _export(qtbot, page, monkeypatch, tmp_path / "a.zip", PASSPHRASE)
    _choose(page, "TREES_PLANTED")
    page.value_field.setText("300")
    page.note_field.setText("bổ sung")
    assert page.save_value()
    _export(qtbot, page, monkeypatch, tmp_path / "b.zip", PASSPHRASE)
    assert "as a correction" in log["asked"][0]
    assert page.last_export.sequence == 2 and page.last_export.supersedes
    states = [page.reports.item(r, 3).text() for r in range(page.reports.rowCount())]
    assert states == ["Sent (correction)", "Replaced by a correction"]


def test_without_a_key_the_export_says_how_to_make_one(page, log, monkeypatch):
    monkeypatch.setattr(key_dialog, "ask_save_path", lambda *a: pytest.fail("asked a path"))
    page.export_file()
    assert "no signing key" in log["errors"][0]


def test_print_opens_the_report_pdf(page, monkeypatch):
    shown = []
    monkeypatch.setattr(
        report_page_module, "open_preview", lambda p, pdf, name: shown.append((pdf, name))
    )
    page.print_report()
    ((pdf, name),) = shown
    assert pdf.startswith(b"%PDF") and name == "Báo cáo 2026Q3"


def test_only_a_commune_office_sees_the_report(context, unit_db):
    assert "report" in [e.key for e in page_entries(context)]
    keys = [e.key for e in page_entries(context)]
    assert keys.index("report") == keys.index("trash") - 1
    with unit_db.session() as s:
        unit = get_unit(s)
        unit.role, unit.kind = "superior", "tinh"
        save_unit(s, unit)
    assert "report" not in [e.key for e in page_entries(context)]
