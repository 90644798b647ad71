"""The inbox's "Sent to communes" tab: the office's key made the first time it signs, receipts
written for the files not answered yet, circulars published from the dialog, and what is
wrong said where it is."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from doan_desktop.core import signing
from doan_desktop.core.circulars import list_document
from doan_desktop.core.inbox import receive_files, trust_registration
from doan_desktop.core.indicators import Indicator, code_list
from doan_desktop.core.periods import Period
from doan_desktop.core.unit import save_unit
from doan_desktop.preferences import Preferences
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs import circular_dialog
from doan_desktop.ui.pages import inbox_outgoing
from doan_desktop.ui.pages.inbox import InboxPage
from tests.conftest import TODAY
from tests.inbox.conftest import ON_TIME, SUPERIOR, Commune

PASSPHRASE = "correct horse battery"
PERIOD = Period.parse("2026Q3")


@pytest.fixture
def shown(monkeypatch):
    calls = {"errors": [], "infos": [], "asked": [], "answer": True}
    monkeypatch.setattr(prompts, "show_error", lambda p, t, text: calls["errors"].append(text))
    monkeypatch.setattr(prompts, "show_info", lambda p, t, text: calls["infos"].append(text))
    return calls


@pytest.fixture
def hoa_phu():
    return Commune("HP-DL-01", "Đoàn xã Hòa Phú")


@pytest.fixture
def page(qtbot, data_dir, database, hoa_phu, shown, tmp_path):
    with database.session() as session:
        save_unit(session, SUPERIOR)
        trust_registration(session, hoa_phu.registration())
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "hp.zip").write_bytes(hoa_phu.report("2026Q3")[0])
    receive_files(database, data_dir.root, [drop / "hp.zip"], today=TODAY, now=ON_TIME)
    page = InboxPage(AppContext(data_dir, database, Preferences(language="en")))
    qtbot.addWidget(page)
    page.resize(1140, 700)
    page.show()
    page.refresh()
    page.tabs.setCurrentWidget(page.outgoing)
    return page


@pytest.fixture
def answers(monkeypatch, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    given = {"passphrase": PASSPHRASE, "make_key": True, "folder": str(out)}
    monkeypatch.setattr(inbox_outgoing, "choose_folder", lambda parent: given["folder"])
    monkeypatch.setattr(inbox_outgoing, "ask_passphrase", lambda p, t: given["passphrase"])
    monkeypatch.setattr(inbox_outgoing, "ask_make_key", lambda parent: given["make_key"])
    return given


def _make_key_in_dialog(dialog):
    dialog.create_passphrase.first.setText(PASSPHRASE)
    dialog.create_passphrase.second.setText(PASSPHRASE)
    assert dialog.create_key()
    return 0


def test_the_first_receipts_make_the_office_key_then_are_written(page, answers, monkeypatch, shown):
    tab = page.outgoing
    tab.set_period(PERIOD)
    assert tab.pending_label.text() == ("1 files of 2026Q3 are not answered yet, from 1 communes.")
    # No key and the clerk declines to make one: nothing is written.
    answers["make_key"] = False
    assert tab.write_receipts() is False
    assert list(Path(answers["folder"]).iterdir()) == []
    # Accepting opens the key dialog; once the key is made the receipts are signed.
    answers["make_key"] = True
    monkeypatch.setattr(inbox_outgoing, "run_dialog", _make_key_in_dialog)
    assert tab.write_receipts() is True
    assert shown["infos"][-1].startswith("1 receipts written to")
    assert "HP-DL-01: receipt No. 1 (1 received, 0 refused)" in shown["infos"][-1]
    assert tab.receipts_table.rowCount() == 1
    assert tab.receipts_table.item(0, 5).text() == "PH_HP-DL-01_2026Q3_1.zip"
    assert tab.pending_label.text() == "Every file of 2026Q3 received so far is answered."
    assert not tab.write_button.isEnabled()


def test_a_wrong_passphrase_writes_no_receipt(page, answers, shown):
    with page.context.database.session() as s:
        signing.create_key(s, PASSPHRASE)
    page.outgoing.set_period(PERIOD)
    answers["passphrase"] = "not the passphrase"
    assert page.outgoing.write_receipts() is False
    assert shown["errors"][-1] == "The passphrase is wrong. Nothing was signed."
    assert page.outgoing.receipts_table.rowCount() == 0


def test_a_period_typed_wrong_is_said_under_the_field(page):
    page.outgoing.period.setText("Q9")
    assert page.outgoing.chosen_period() is None
    assert "is not a period" in page.outgoing.period_message.text()


@pytest.fixture
def keyed(page):
    with page.context.database.session() as s:
        signing.create_key(s, PASSPHRASE)
    return page


def _dialog(monkeypatch, tmp_path, fill):
    target = tmp_path / "CV_TD-DL_1.zip"
    monkeypatch.setattr(circular_dialog, "ask_save_path", lambda parent, suggested: target)
    monkeypatch.setattr(circular_dialog, "ask_passphrase", lambda parent, text: PASSPHRASE)
    seen = {}

    def run(dialog):
        seen["dialog"] = dialog
        fill(dialog)
        return 0

    monkeypatch.setattr(inbox_outgoing, "run_dialog", run)
    return seen, target


def test_a_circular_with_a_new_list_and_a_deadline(keyed, monkeypatch, tmp_path, shown):
    new = Indicator(
        "DIGITAL_SKILLS", "Kỹ năng số", "Digital skills", "người", "manual", "activities", ()
    )
    codes = dataclasses.replace(code_list(), version=2, indicators=code_list().indicators + (new,))
    list_file = tmp_path / "v2.json"
    list_file.write_text(json.dumps(list_document(codes), ensure_ascii=False), "utf-8")
    monkeypatch.setattr(circular_dialog, "choose_list_file", lambda parent: str(list_file))

    def fill(dialog):
        assert dialog.choose_list()
        assert dialog.list_summary.text() == "Version 2, 29 indicators. New: DIGITAL_SKILLS."
        dialog.deadlines.item(0, 1).setText("20/01/2027")
        dialog.title.setText("Công văn số 12/CV-TĐ")
        assert dialog.publish()

    seen, target = _dialog(monkeypatch, tmp_path, fill)
    assert keyed.outgoing.publish_circular() is True
    assert target.exists()
    assert keyed.outgoing.circulars_table.item(0, 4).text() == "2026Q4 → 20/01/2027"
    assert shown["infos"][-1].startswith("Circular No. 1 is written to")
    # The inbox now counts lateness by the published deadline.
    keyed.period = Period.parse("2026Q4")
    keyed.show_period()
    assert keyed.period_summary.text().endswith("due 20/01/2027.")


def test_the_circular_dialog_says_what_is_wrong(keyed, monkeypatch, tmp_path):
    def fill(dialog):
        dialog.deadlines.item(0, 0).setText("Q4")
        assert not dialog.publish()
        assert "is not a period" in dialog.deadlines_message.text()
        dialog.deadlines.item(0, 0).setText("2026Q4")
        dialog.deadlines.item(0, 1).setText("2027-01-20")
        assert not dialog.publish()
        assert "dd/mm/yyyy" in dialog.deadlines_message.text()
        dialog.deadlines.removeRow(0)
        assert not dialog.publish()
        assert dialog.failure.text().startswith("Nothing to send")
        dialog.file_list.setChecked(True)
        assert not dialog.publish()
        assert dialog.list_message.text() == "Choose the file of the new indicator list."
        bad = tmp_path / "bad.json"
        bad.write_text("{}", "utf-8")
        assert not dialog.read_list(bad)
        assert "is not an indicator list" in dialog.list_message.text()

    seen, target = _dialog(monkeypatch, tmp_path, fill)
    assert keyed.outgoing.publish_circular() is False
    assert not target.exists()
    assert keyed.outgoing.circulars_table.rowCount() == 0
