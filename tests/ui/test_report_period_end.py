"""Exporting the signed report of a period that has not ended asks first (the figures can still
change); a period that has ended is exported without the question."""

import pytest

from doan_desktop.core import signing
from doan_desktop.core.periods import Period
from doan_desktop.preferences import Preferences
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs import key_dialog
from doan_desktop.ui.pages.report import ReportPage
from tests.conftest import TODAY
from tests.reporting.conftest import PASSPHRASE, commune  # noqa: F401 - fixture


@pytest.fixture
def asked(monkeypatch):
    record = {"questions": [], "answer": False, "errors": [], "paths": []}

    def ask(parent, title, text):
        record["questions"].append((title, text))
        return record["answer"]

    monkeypatch.setattr(prompts, "ask_yes_no", ask)
    monkeypatch.setattr(prompts, "show_error", lambda p, t, text: record["errors"].append(text))
    # Where to save: recorded, and "cancel", so nothing is signed or written.
    monkeypatch.setattr(
        key_dialog, "ask_save_path", lambda *args: record["paths"].append(args[2]) or None
    )
    return record


@pytest.fixture
def page(qtbot, data_dir, unit_db, commune, asked):  # noqa: F811 - the fixture
    with unit_db.session() as s:
        signing.create_key(s, PASSPHRASE)
    page = ReportPage(AppContext(data_dir, unit_db, Preferences(language="en")))
    page.today = TODAY
    qtbot.addWidget(page)
    page.show()
    return page


def choose(page, code: str) -> None:
    page.period.setCurrentIndex(page.period.findData(code))
    page.refresh()


def test_a_period_not_ended_asks_first_and_no_stops_everything(page, asked):
    choose(page, "2026Q4")
    assert Period.parse("2026Q4").contains(TODAY)
    page.export_file()
    assert asked["errors"] == []
    assert asked["questions"] == [
        (
            "The period has not ended",
            "2026Q4 ends on 31/12/2026: until then its figures can still change. Make the "
            "signed report now anyway? A later report of the period, with the final figures, "
            "would then be a correction.",
        )
    ]
    assert asked["paths"] == []  # declined: not even asked where to save
    assert page.job is None and page.reports.rowCount() == 0


def test_yes_goes_on_to_the_export(page, asked):
    asked["answer"] = True
    choose(page, "2026Q4")
    page.export_file()
    assert len(asked["questions"]) == 1
    assert len(asked["paths"]) == 1 and asked["paths"][0].endswith(".zip")


def test_a_period_that_has_ended_is_not_questioned(page, asked):
    choose(page, "2026Q3")
    page.export_file()
    assert asked["questions"] == [] and len(asked["paths"]) == 1
