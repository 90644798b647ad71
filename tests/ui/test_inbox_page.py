"""The inbox page: receiving files (dialog and drop), the results with their reasons, the
period's states and totals as core computes them, trusting and revoking, the Excel export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from doan_desktop.core import messages
from doan_desktop.core.inbox import list_trusted, trust_registration
from doan_desktop.core.inbox_status import communes, period_status
from doan_desktop.core.inbox_totals import aggregate
from doan_desktop.core.periods import Period
from doan_desktop.core.unit import save_unit
from doan_desktop.preferences import Preferences
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.models.inbox_models import (
    R_REASON,
    R_RESULT,
    S_CODE,
    S_STATE,
    T_TOTAL,
    ReceiptsModel,
    StatusModel,
    TotalsModel,
    TrustedModel,
)
from doan_desktop.ui.pages import inbox as inbox_page
from doan_desktop.ui.pages.inbox import InboxPage
from tests.conftest import TODAY
from tests.inbox.conftest import SUPERIOR, Commune, sample_values

PERIOD = Period.quarter_of(TODAY).previous()
# A Vietnamese sentence for one reason and its next step, as the installed catalogue would give.
VI_NOT_ZIP = "Tệp không phải là tệp báo cáo (không phải tệp ZIP)."
VI_NOT_ZIP_STEP = (
    "Hãy đề nghị xã gửi đúng tệp báo cáo do chương trình tạo ra (BC_….zip), không gửi tài liệu "
    "khác."
)


@pytest.fixture
def shown(monkeypatch):
    calls = {"errors": [], "infos": [], "questions": [], "answer": True}
    monkeypatch.setattr(prompts, "show_error", lambda p, t, text: calls["errors"].append(text))
    monkeypatch.setattr(prompts, "show_info", lambda p, t, text: calls["infos"].append(text))

    def ask(parent, title, text):
        calls["questions"].append(text)
        return calls["answer"]

    monkeypatch.setattr(prompts, "ask_yes_no", ask)
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
    context = AppContext(data_dir, superior_db, Preferences())
    page = InboxPage(context)
    qtbot.addWidget(page)
    page.resize(1140, 700)
    page.show()
    page.refresh()
    return page


def _texts(model, column):
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _receive(qtbot, page, monkeypatch, paths):
    monkeypatch.setattr(inbox_page, "choose_files", lambda parent: [str(p) for p in paths])
    # The button comes back once the previous run has ended, a moment after its results showed.
    qtbot.waitUntil(page.files_button.isEnabled, timeout=20000)
    with qtbot.waitSignal(page.received, timeout=20000) as blocker:
        qtbot.mouseClick(page.files_button, Qt.LeftButton)
    return blocker.args[0]


def test_models(qtmodeltester, page, communes_pair, tmp_path, qtbot, monkeypatch):
    hoa_phu, _ = communes_pair
    path = tmp_path / "hp.zip"
    path.write_bytes(hoa_phu.report(PERIOD.code)[0])
    _receive(qtbot, page, monkeypatch, [path])
    for model in (page.receipts, page.status, page.totals, page.trusted):
        qtmodeltester.check(model)
    for cls in (ReceiptsModel, StatusModel, TotalsModel, TrustedModel):
        qtmodeltester.check(cls())


def test_receives_files_and_shows_each_result_with_its_reason(
    page, communes_pair, tmp_path, qtbot, monkeypatch
):
    hoa_phu, ea_tu = communes_pair
    good = tmp_path / "BC_HP.zip"
    good.write_bytes(hoa_phu.report(PERIOD.code)[0])
    other = tmp_path / "BC_ET.zip"
    other.write_bytes(ea_tu.report(PERIOD.code)[0])
    junk = tmp_path / "photo.zip"
    junk.write_bytes(b"\xff\xd8\xff not a zip")
    vietnamese = {
        "The file is not a report file (not a ZIP archive).": VI_NOT_ZIP,
        "Ask the commune to send the report file the program wrote (BC_….zip), not another "
        "document.": VI_NOT_ZIP_STEP,
    }
    messages.set_translator(lambda context, text: vietnamese.get(text, text))

    receipts = _receive(qtbot, page, monkeypatch, [good, other, junk])

    assert [r.outcome for r in receipts] == ["accepted", "accepted", "rejected"]
    assert _texts(page.receipts, R_RESULT) == ["Accepted", "Accepted", "Rejected"]
    assert _texts(page.receipts, R_REASON)[2] == f"{VI_NOT_ZIP} {VI_NOT_ZIP_STEP}"
    assert page.summary.text() == "2 accepted, 0 already received, 1 rejected."
    assert (tmp_path / "photo.zip").exists()
    kept = list((page.context.data_dir.root / "inbox" / "rejected").iterdir())
    assert len(kept) == 1 and kept[0].read_bytes() == junk.read_bytes()

    again = _receive(qtbot, page, monkeypatch, [good])
    assert _texts(page.receipts, R_RESULT) == ["Already received"]
    assert again[0].outcome == "already"


def test_status_and_totals_match_core(page, communes_pair, tmp_path, qtbot, monkeypatch):
    hoa_phu, _ = communes_pair
    path = tmp_path / "hp.zip"
    path.write_bytes(hoa_phu.report(PERIOD.code, values=sample_values(members=1234))[0])
    _receive(qtbot, page, monkeypatch, [path])
    page.tabs.setCurrentIndex(1)
    assert page.period_box.currentText() == PERIOD.code

    database = page.context.database
    with database.session() as session:
        status = period_status(session, PERIOD, TODAY)
        totals = aggregate(session, PERIOD, communes(session))
    codes = _texts(page.status, S_CODE)
    assert codes == [c.unit_code for c in status.communes] == ["ET-DL-02", "HP-DL-01"]
    states = dict(zip(codes, _texts(page.status, S_STATE), strict=True))
    assert states["ET-DL-02"] in ("Missing", "Not received yet")
    assert states["HP-DL-01"] in ("On time", "Late")
    background = page.status.index(1, S_STATE).data(Qt.BackgroundRole)
    assert background is not None

    assert page.totals.rowCount() == len(totals.rows)
    members = next(n for n, row in enumerate(totals.rows) if row.indicator == "MEMBERS")
    assert page.totals.index(members, T_TOTAL).data() == "1.234"
    assert page.totals.index(members, T_TOTAL + 1).data() == "1.234"
    assert page.totals.headerData(T_TOTAL + 1, Qt.Horizontal) == "HP-DL-01"
    share = next(n for n, row in enumerate(totals.rows) if row.indicator == "GATHERED_SHARE")
    assert page.totals.index(share, T_TOTAL).data() == str(totals.rows[share].total).replace(
        ".", ","
    )
    assert "1 of 2 communes reported" in page.period_summary.text()


def test_a_dropped_folder_is_received(page, communes_pair, tmp_path, qtbot):
    hoa_phu, ea_tu = communes_pair
    folder = tmp_path / "quy"
    folder.mkdir()
    (folder / "a.zip").write_bytes(hoa_phu.report(PERIOD.code)[0])
    (folder / "b.zip").write_bytes(ea_tu.report(PERIOD.code)[0])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(QPointF(50, 50), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    with qtbot.waitSignal(page.received, timeout=20000) as blocker:
        page.dropEvent(event)
    assert [r.outcome for r in blocker.args[0]] == ["accepted", "accepted"]
    assert event.isAccepted()


def test_a_drop_of_text_is_refused(page, qtbot):
    mime = QMimeData()
    mime.setText("hello")
    event = QDropEvent(QPointF(5, 5), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    page.dropEvent(event)
    assert page.receipts.rowCount() == 0


def test_a_folder_without_report_files_says_so(page, tmp_path, monkeypatch):
    monkeypatch.setattr(inbox_page, "choose_folder", lambda parent: str(tmp_path))
    page.folder_button.click()
    assert page.summary.text() == "No report file (.zip) was found there."


def test_a_bad_period_is_shown_next_to_the_field(page):
    page.tabs.setCurrentIndex(1)
    before = page.period
    page.period_box.setEditText("2026Q9")
    page.choose_period()
    assert "is not a period" in page.period_message.text()
    assert page.period == before
    page.period_box.setEditText("2025")
    page.choose_period()
    assert page.period_message.text() == ""
    assert page.period.code == "2025"


def test_the_deadline_setting(page):
    from doan_desktop.core.inbox_status import deadline_days

    page.deadline_box.setValue(45)
    page.save_deadline()
    with page.context.database.session() as session:
        assert deadline_days(session) == 45
    assert "due" in page.period_summary.text()


def test_trusting_a_commune_asks_for_the_fingerprint_on_the_sheet(
    page, shown, tmp_path, monkeypatch
):
    from doan_desktop.exchange.keys import fingerprint

    newcomer = Commune("KB-DL-03", "Đoàn xã Krông Búk")
    path = tmp_path / "key.json"
    path.write_bytes(newcomer.registration())
    monkeypatch.setattr(inbox_page, "choose_registration", lambda parent: str(path))
    monkeypatch.setattr(inbox_page, "run_dialog", lambda dialog: dialog.reject())
    page.trust_button.click()
    assert page.trusted.rowCount() == 2  # cancelled: nothing trusted

    def typed_from_paper(dialog):
        dialog.fingerprint.setText(fingerprint(newcomer.pair.public))
        dialog.trust_button.click()

    monkeypatch.setattr(inbox_page, "run_dialog", typed_from_paper)
    page.trust_button.click()
    assert page.trusted.rowCount() == 3
    with page.context.database.session() as session:
        assert "KB-DL-03" in {k.unit_code for k in list_trusted(session)}
    assert shown["questions"] == [] and shown["errors"] == []


def test_trusting_an_impostor_is_refused(page, shown, tmp_path, monkeypatch):
    path = tmp_path / "key.json"
    path.write_bytes(Commune("HP-DL-01", "Hòa Phú").registration())
    monkeypatch.setattr(inbox_page, "choose_registration", lambda parent: str(path))
    page.trust_button.click()
    assert "already trusted with another key" in shown["errors"][0]
    assert shown["questions"] == []
    assert page.trusted.rowCount() == 2


def test_revoking_the_selected_key(page, shown, communes_pair, monkeypatch):
    asked = []

    def compromised(parent, key):
        asked.append(key.key_id)
        return inbox_page.COMPROMISED

    monkeypatch.setattr(inbox_page, "ask_revoke_reason", compromised)
    page.tabs.setCurrentIndex(2)
    assert not page.revoke_button.isEnabled()
    page.trusted_table.selectRow(0)
    assert page.revoke_button.isEnabled()
    page.revoke_button.click()
    assert len(asked) == 1
    with page.context.database.session() as session:
        states = sorted(k.state for k in list_trusted(session))
    assert states == ["active", "revoked"]


def test_export_to_excel(page, communes_pair, tmp_path, qtbot, monkeypatch):
    hoa_phu, _ = communes_pair
    path = tmp_path / "hp.zip"
    path.write_bytes(hoa_phu.report(PERIOD.code)[0])
    _receive(qtbot, page, monkeypatch, [path])
    target = tmp_path / "tong-hop"
    monkeypatch.setattr(inbox_page, "choose_save_path", lambda parent, suggested: str(target))
    assert page.export_button.isEnabled()
    page.export_button.click()
    assert (tmp_path / "tong-hop.xlsx").exists()
    assert "were written to" in page.period_summary.text()


def test_export_failure_is_reported(page, communes_pair, tmp_path, qtbot, monkeypatch, shown):
    path = tmp_path / "hp.zip"
    path.write_bytes(communes_pair[0].report(PERIOD.code)[0])
    _receive(qtbot, page, monkeypatch, [path])
    missing = tmp_path / "no" / "such" / "x.xlsx"
    monkeypatch.setattr(inbox_page, "choose_save_path", lambda parent, suggested: str(missing))
    page.export_button.click()
    assert "does not exist" in shown["errors"][0]


def test_only_a_superior_office_has_the_inbox(qtbot, data_dir, superior_db):
    from doan_desktop.ui.main_window import page_entries

    superior = AppContext(data_dir, superior_db, Preferences())
    assert "inbox" in [entry.key for entry in page_entries(superior)]
    with superior_db.session() as session:
        from doan_desktop.core.unit import get_unit

        unit = get_unit(session)
        unit.role = "commune"
        unit.kind = "xa"
        save_unit(session, unit)
    commune = AppContext(data_dir, superior_db, Preferences())
    assert "inbox" not in [entry.key for entry in page_entries(commune)]
