"""The inbox window's trust dialog (the registration shown, the fingerprint typed from the paper
sheet, 'no paper sheet' with its warning), stopping trust as compromised or lost, and refused
files shown with what to ask of the commune."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from doan_desktop.core.inbox import (
    REPLACED,
    RETIRED,
    REVOKED,
    list_trusted,
    next_step,
    plan_trust,
    trust_registration,
)
from doan_desktop.core.store.models import TrustedUnit
from doan_desktop.core.unit import save_unit
from doan_desktop.exchange.keys import fingerprint
from doan_desktop.preferences import Preferences
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.models.inbox_models import K_STATE, R_REASON, S_CODE, S_NOTES
from doan_desktop.ui.pages import inbox as inbox_page
from doan_desktop.ui.pages.inbox import InboxPage, TrustDialog
from tests.inbox.conftest import SUPERIOR, Commune
from tests.ui.test_inbox_page import PERIOD, _receive, _texts


@pytest.fixture
def shown(monkeypatch):
    calls = {"errors": [], "infos": []}
    monkeypatch.setattr(prompts, "show_error", lambda p, t, text: calls["errors"].append(text))
    monkeypatch.setattr(prompts, "show_info", lambda p, t, text: calls["infos"].append(text))
    return calls


@pytest.fixture
def superior_db(database):
    with database.session() as session:
        save_unit(session, SUPERIOR)
    return database


@pytest.fixture
def communes_pair():
    return Commune("HP-DL-01", "Đoàn xã Hòa Phú"), Commune("ET-DL-02", "Đoàn xã Ea Tu")


@pytest.fixture
def page(qtbot, data_dir, superior_db, communes_pair, shown):
    with superior_db.session() as session:
        for commune in communes_pair:
            trust_registration(session, commune.registration())
    page = InboxPage(AppContext(data_dir, superior_db, Preferences()))
    qtbot.addWidget(page)
    page.resize(1140, 700)
    page.show()
    page.refresh()
    return page


def _count(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(TrustedUnit))


@pytest.fixture
def newcomer():
    return Commune("KB-DL-03", "Đoàn xã Krông Búk")


@pytest.fixture
def dialog(qtbot, data_dir, superior_db, newcomer):
    data = newcomer.registration()
    with superior_db.session() as session:
        plan = plan_trust(session, data)
    dialog = TrustDialog(AppContext(data_dir, superior_db, Preferences()), data, plan)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_shows_the_registration_but_not_its_fingerprint(dialog, newcomer):
    assert dialog.unit_name.text() == "Đoàn xã Krông Búk"
    assert dialog.unit_code.text() == "KB-DL-03"
    assert dialog.key_id.text() == newcomer.key_id_hex
    printed = fingerprint(newcomer.pair.public)
    shown = " ".join(label.text() for label in dialog.findChildren(type(dialog.unit_name)))
    assert " ".join(printed.split()[:2]) not in shown  # typed from paper, not copied from here
    assert dialog.fingerprint.text() == "" and not dialog.no_sheet.isChecked()


def test_the_right_fingerprint_trusts_the_key(qtbot, dialog, superior_db, newcomer):
    typed = "-".join(fingerprint(newcomer.pair.public).lower().split())
    qtbot.keyClicks(dialog.fingerprint, typed)
    qtbot.mouseClick(dialog.trust_button, Qt.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.trusted is not None and dialog.trusted.key_id == newcomer.key_id_hex
    assert _count(superior_db) == 1


def test_a_wrong_fingerprint_is_refused_under_the_field(dialog, superior_db, newcomer):
    groups = fingerprint(newcomer.pair.public).split()
    groups[3] = "0000" if groups[3] != "0000" else "FFFF"
    dialog.fingerprint.setText(" ".join(groups))
    dialog.trust_button.click()
    assert dialog.isVisible() and dialog.trusted is None
    assert "does not match" in dialog.fingerprint_message.text()
    assert "nothing was trusted" in dialog.fingerprint_message.text()
    assert _count(superior_db) == 0
    dialog.fingerprint.clear()
    dialog.trust_button.click()
    assert "Type the fingerprint" in dialog.fingerprint_message.text()
    assert _count(superior_db) == 0


def test_no_paper_sheet_warns_shows_the_fingerprint_and_trusts(dialog, superior_db, newcomer):
    assert not dialog.no_sheet_warning.isVisible()
    dialog.no_sheet.setChecked(True)
    assert not dialog.fingerprint.isEnabled()
    warning = dialog.no_sheet_warning.text()
    assert dialog.no_sheet_warning.isVisible() and "anyone could have made it" in warning
    assert " ".join(fingerprint(newcomer.pair.public).split()[:8]) in warning
    dialog.trust_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert _count(superior_db) == 1


def test_a_rotation_says_the_old_key_is_retired(qtbot, data_dir, superior_db):
    old, new = Commune("HP-DL-01", "Hòa Phú"), Commune("HP-DL-01", "Hòa Phú")
    with superior_db.session() as session:
        trust_registration(session, old.registration())
    data = new.registration(previous=old)
    with superior_db.session() as session:
        plan = plan_trust(session, data)
    dialog = TrustDialog(AppContext(data_dir, superior_db, Preferences()), data, plan)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.unit_name)))
    assert f"replaces key {old.key_id_hex}, which is then retired" in texts
    dialog.fingerprint.setText(fingerprint(new.pair.public))
    dialog.trust_button.click()
    with superior_db.session() as session:
        states = {i.key_id: i.state for i in list_trusted(session)}
    assert states[old.key_id_hex] == REPLACED


def test_the_page_trusts_only_through_the_dialog(page, newcomer, tmp_path, monkeypatch, shown):
    path = tmp_path / "key.json"
    path.write_bytes(newcomer.registration())
    monkeypatch.setattr(inbox_page, "choose_registration", lambda parent: str(path))
    seen = []

    def wrong_then_cancel(dialog):
        seen.append(dialog)
        dialog.fingerprint.setText("ABCD " * 16)
        dialog.trust_button.click()
        assert "does not match" in dialog.fingerprint_message.text()
        dialog.reject()

    monkeypatch.setattr(inbox_page, "run_dialog", wrong_then_cancel)
    page.trust_button.click()
    assert len(seen) == 1 and seen[0].unit_code.text() == "KB-DL-03"
    assert page.trusted.rowCount() == 2
    assert _count(page.context.database) == 2


@pytest.mark.parametrize(
    ("reason", "state"), [(inbox_page.LOST, RETIRED), (inbox_page.COMPROMISED, REVOKED)]
)
def test_stopping_trust_asks_why(page, monkeypatch, reason, state):
    monkeypatch.setattr(inbox_page, "ask_revoke_reason", lambda parent, key: reason)
    page.tabs.setCurrentIndex(2)
    page.trusted_table.selectRow(0)
    key = page.selected_key()
    page.revoke_button.click()
    with page.context.database.session() as session:
        states = {i.key_id: i.state for i in list_trusted(session)}
    assert states[key.key_id] == state
    row = next(r for r in range(page.trusted.rowCount()) if page.trusted.row(r).state == state)
    label = page.trusted.index(row, K_STATE).data()
    if state == RETIRED:
        assert "earlier files still count" in label
    else:
        assert "nothing it signed counts" in label
    page.trusted_table.selectRow(row)
    # A retired key may still be revoked; a revoked one is done with.
    assert page.revoke_button.isEnabled() == (state == RETIRED)


def test_cancelling_the_question_changes_nothing(page, monkeypatch):
    monkeypatch.setattr(inbox_page, "ask_revoke_reason", lambda parent, key: None)
    page.tabs.setCurrentIndex(2)
    page.trusted_table.selectRow(0)
    page.revoke_button.click()
    with page.context.database.session() as session:
        assert {i.state for i in list_trusted(session)} == {"active"}


def test_a_refused_file_names_the_next_step_in_the_results_and_the_status(
    page, communes_pair, tmp_path, qtbot, monkeypatch
):
    hoa_phu, _ = communes_pair
    path = tmp_path / "BC_HP.zip"
    path.write_bytes(hoa_phu.report(PERIOD.code, recipient="TD-GL")[0])
    [receipt] = _receive(qtbot, page, monkeypatch, [path])
    assert receipt.code == "WRONG_RECIPIENT"
    reason = _texts(page.receipts, R_REASON)[0]
    assert reason.endswith(next_step("WRONG_RECIPIENT"))
    page.tabs.setCurrentIndex(1)
    page.period_box.setEditText(PERIOD.code)
    page.choose_period()
    codes = _texts(page.status, S_CODE)
    notes = dict(zip(codes, _texts(page.status, S_NOTES), strict=True))
    assert notes["HP-DL-01"].startswith("File refused on ")
    assert notes["HP-DL-01"].endswith(next_step("WRONG_RECIPIENT"))
    row = codes.index("HP-DL-01")
    assert page.status.index(row, S_NOTES).data(Qt.ForegroundRole) is not None


def test_a_retired_keys_earlier_report_is_received_in_the_window(
    page, communes_pair, tmp_path, qtbot, monkeypatch
):
    hoa_phu, _ = communes_pair
    new = Commune(hoa_phu.code, hoa_phu.name)
    with page.context.database.session() as session:
        trust_registration(
            session, new.registration(previous=hoa_phu, created=dt.datetime(2026, 11, 1, 8, 0))
        )
    old_file = tmp_path / "old.zip"
    old_file.write_bytes(hoa_phu.report(PERIOD.code, created=dt.datetime(2026, 10, 6, 9, 0))[0])
    [receipt] = _receive(qtbot, page, monkeypatch, [old_file])
    assert receipt.outcome == "accepted"
