"""The report page takes what the superior office sends back: its key trusted with the paper
sheet's fingerprint, receipts and circulars received by button or dropped on the page, each
period's state and deadline shown, refusals said."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from doan_desktop.core import report_export, superior_trust
from doan_desktop.core.indicators import Indicator, code_list
from doan_desktop.core.periods import Period
from doan_desktop.exchange.circular_file import Deadline
from doan_desktop.preferences import Preferences
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.pages.report import ReportPage
from doan_desktop.ui.widgets import superior_replies
from tests.conftest import TODAY
from tests.reporting.conftest import PASSPHRASE, commune, keyed  # noqa: F401 - fixtures
from tests.reporting.superior import SuperiorOffice, accepted, rejected

Q3 = Period.parse("2026Q3")


@pytest.fixture
def log(monkeypatch):
    log = {"errors": [], "info": []}
    monkeypatch.setattr(prompts, "show_error", lambda p, t, text: log["errors"].append(text))
    monkeypatch.setattr(prompts, "show_info", lambda p, t, text: log["info"].append(text))
    return log


@pytest.fixture
def superior():
    return SuperiorOffice()


@pytest.fixture
def page(qtbot, data_dir, unit_db, keyed, log):  # noqa: F811 - the fixture
    page = ReportPage(AppContext(data_dir, unit_db, Preferences(language="en")))
    page.today = TODAY
    qtbot.addWidget(page)
    page.resize(1146, 700)
    page.show()
    page.select("2026Q3")
    page.refresh()
    return page


@pytest.fixture
def trusted(page, unit_db, superior):
    with unit_db.session() as s:
        superior_trust.trust_superior(s, superior.registration(), fingerprint=superior.fingerprint)
    page.refresh()
    return page


@pytest.fixture
def sent(trusted, unit_db, tmp_path):
    result = report_export.export_report(
        unit_db, Q3, tmp_path / "BC.zip", PASSPHRASE, today=TODAY, now=dt.datetime(2026, 11, 20, 2)
    )
    trusted.refresh()
    return result


def _drop(page, *paths) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(20, 20), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    page.dropEvent(event)
    return event


def test_the_superior_key_is_trusted_with_the_fingerprint(page, superior, tmp_path, monkeypatch):
    box = page.replies
    assert "is not trusted yet" in box.key_label.text()
    path = tmp_path / "td.json"
    path.write_bytes(superior.registration())
    monkeypatch.setattr(superior_replies, "choose_registration", lambda parent: str(path))
    seen = []

    def typed(dialog, text):
        def run(_dialog):
            seen.append(dialog.trusted)
            dialog.fingerprint.setText(text)
            dialog.accept()
            seen.append(dialog.fingerprint_message.text())

        return run

    # A mistyped fingerprint: said under the field, nothing trusted.
    monkeypatch.setattr(
        superior_replies, "run_dialog", lambda dialog: typed(dialog, "0000 1111")(dialog)
    )
    assert box.trust_superior() is False
    assert seen[-1].startswith("The fingerprint typed does not match")
    monkeypatch.setattr(
        superior_replies,
        "run_dialog",
        lambda dialog: typed(dialog, superior.fingerprint.lower())(dialog),
    )
    assert box.trust_superior() is True
    assert box.key_label.text() == (
        f"Trusted key of Tỉnh Đoàn Đắk Lắk: {superior.pair.public.key_id_hex}"
    )


def test_a_registration_of_another_office_is_refused(page, tmp_path, monkeypatch, log):
    path = tmp_path / "gl.json"
    path.write_bytes(SuperiorOffice(code="TD-GL", name="Tỉnh Đoàn Gia Lai").registration())
    monkeypatch.setattr(superior_replies, "choose_registration", lambda parent: str(path))
    assert page.replies.trust_superior() is False
    assert log["errors"][-1].startswith("This registration is the key of Tỉnh Đoàn Gia Lai")


def test_a_receipt_received_by_button_shows_the_report_received(
    trusted, sent, superior, tmp_path, monkeypatch, log
):
    page = trusted
    assert page.replies.state_label.text() == "2026Q3: Sent on 20/11/2026"
    path = tmp_path / "PH_HP-DL-01_2026Q3_1.zip"
    path.write_bytes(superior.receipt([accepted(sent)]))
    monkeypatch.setattr(superior_replies, "choose_reply_files", lambda parent: [str(path)])
    page.replies.receive_button.click()
    assert log["info"][-1].startswith("Imported receipt No. 1 of TD-DL for 2026Q3.")
    assert page.replies.state_label.text() == (
        "2026Q3: Received by the superior office on 21/11/2026"
    )
    assert page.reports.item(0, 3).text() == "Received by the superior office on 21/11/2026"


def test_a_returned_report_dropped_on_the_page_says_why(trusted, sent, superior, tmp_path, log):
    page = trusted
    path = tmp_path / "PH.zip"
    path.write_bytes(superior.receipt([rejected(sent)]))
    event = _drop(page, path)
    assert event.isAccepted()
    assert page.replies.state_label.text().startswith(
        "2026Q3: Returned: A member's content does not match the signed manifest"
    )
    assert page.replies.state_label.text().endswith("— send a corrected report again")
    assert page.replies.state_label.toolTip().endswith(
        "Send the file again exactly as the program wrote it."
    )


def test_a_report_file_dropped_on_the_page_is_refused_with_its_sentence(
    trusted, sent, tmp_path, log
):
    page = trusted
    report = tmp_path / "BC.zip"
    _drop(page, report)
    assert log["errors"][-1].startswith(
        "BC.zip: The file is a report file, not a receipt from the superior office"
    )
    assert page.replies.state_label.text() == "2026Q3: Sent on 20/11/2026"


def test_a_circular_brings_its_indicator_and_deadline(trusted, superior, tmp_path, log):
    page = trusted
    new = Indicator(
        "DIGITAL_SKILLS",
        "Số thanh niên học kỹ năng số",
        "Digital skills",
        "người",
        "manual",
        "activities",
        (),
    )
    codes = dataclasses.replace(code_list(), version=2, indicators=code_list().indicators + (new,))
    path = tmp_path / "CV_TD-DL_1.zip"
    path.write_bytes(
        superior.circular(codes, deadlines=(Deadline("2026Q4", dt.date(2027, 1, 20)),))
    )
    _drop(page, path)
    assert "New indicators: DIGITAL_SKILLS." in log["info"][-1]
    page.select("2026Q4")
    assert page.replies.deadline_label.text() == "Due on 20/01/2027"
    assert any(line.value.indicator == "DIGITAL_SKILLS" for line in page.model.rows)
    assert [line.label for line in page.model.rows if line.value.indicator == "DIGITAL_SKILLS"] == [
        "Digital skills"
    ]
    page.select("2026Q3")
    assert not any(line.value.indicator == "DIGITAL_SKILLS" for line in page.model.rows)


def test_an_overview_warning_opens_the_report_on_its_period(
    qtbot,
    data_dir,
    unit_db,
    keyed,  # noqa: F811 - the fixture
):
    from doan_desktop.core import dashboard as core
    from doan_desktop.ui.main_window import MainWindow

    window = MainWindow(AppContext(data_dir, unit_db, Preferences(language="en")))
    qtbot.addWidget(window)
    window.show()
    overview = window.built_pages["overview"]
    qtbot.waitUntil(lambda: not overview.is_busy(), timeout=20000)
    overview.open_alert(core.Alert("report_due", "", "report", "2026S1"))
    report = window.built_pages["report"]
    assert window.stack.currentWidget() is report
    assert report.current_period().code == "2026S1"
    assert report.replies.state_label.text() == "2026S1: Not sent yet"
