"""The meetings page: the list with its filters, moving a draft to the trash, and the year
plan with its gaps."""

import pytest
from PySide6.QtCore import Qt

from doan_desktop.core import meetings as core
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.roster import PersonInput, add_office, save_person
from doan_desktop.preferences import Preferences
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs.meeting_form import MeetingForm
from doan_desktop.ui.models.meetings_model import MeetingsTableModel
from doan_desktop.ui.pages.meetings import MeetingsPage
from doan_desktop.ui.widgets.year_plan import GAP, GAP_ROLE, MEETING_ID_ROLE, YearPlanModel
from tests.conftest import TODAY


@pytest.fixture
def recorded(unit_db):
    """Thôn 3 met in January (final) and October (draft); Buôn Ea Kmát hosted March's joint
    meeting; one briefing in May."""
    ids = {}
    with unit_db.session() as s:
        ids["thon"] = add_chapter(s, ChapterInput("Thôn 3", "thon"))
        ids["buon"] = add_chapter(s, ChapterInput("Buôn Ea Kmát", "buon"))
        people = []
        for name in ("Nguyễn Văn An", "Trần Thị Bình"):
            people.append(
                save_person(
                    s,
                    PersonInput(full_name=name, chapter_id=ids["thon"], is_member=True),
                    today=TODAY,
                )
            )
        add_office(s, people[0], "bi_thu", ids["thon"], "2024", today=TODAY)

        def monthly(date, final):
            return core.save_meeting(
                s,
                core.MeetingInput(
                    kind="monthly",
                    chapter_id=ids["thon"],
                    date=date,
                    start_time="19:30",
                    chair_id=people[0],
                    secretary_id=people[1],
                    attendance=[core.AttendanceInput(p) for p in people],
                ),
                today=TODAY,
                finalise=final,
            )

        ids["january"] = monthly("15/01/2026", True)
        ids["october"] = monthly("15/10/2026", False)
        ids["joint"] = core.save_meeting(
            s,
            core.MeetingInput(
                kind="joint",
                chapter_id=ids["buon"],
                participant_ids=[ids["thon"]],
                date="20/03/2026",
            ),
            today=TODAY,
        )
        ids["briefing"] = core.save_meeting(
            s, core.MeetingInput(kind="briefing", date="12/05/2026"), today=TODAY
        )
    return ids


@pytest.fixture
def page(qtbot, data_dir, unit_db, recorded):
    context = AppContext(data_dir, unit_db, Preferences())
    widget = MeetingsPage(context, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.refresh()
    return widget


def _ids(page):
    return [page.model.meeting(r).id for r in range(page.model.rowCount())]


def test_lists_the_years_meetings_most_recent_first(page, recorded):
    assert _ids(page) == [
        recorded["october"],
        recorded["briefing"],
        recorded["joint"],
        recorded["january"],
    ]
    assert page.model.index(0, 0).data() == "15/10/2026"
    assert page.model.index(0, 3).data() == "2/2"
    assert page.model.index(2, 2).data() == "Buôn Ea Kmát (host) + Thôn 3"
    assert page.model.index(0, 5).data() == "Draft"
    assert "4 meetings, 3 with minutes still in draft" == page.count_label.text()


def test_filters_by_kind_and_chapter(page, recorded):
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("joint"))
    assert _ids(page) == [recorded["joint"]]
    page.kind_filter.setCurrentIndex(0)
    page.chapter_filter.setCurrentIndex(page.chapter_filter.findData(recorded["buon"]))
    assert _ids(page) == [recorded["joint"]]
    page.chapter_filter.setCurrentIndex(page.chapter_filter.findData(recorded["thon"]))
    assert set(_ids(page)) == {recorded["october"], recorded["joint"], recorded["january"]}
    page.year_filter.setCurrentIndex(page.year_filter.findData(2026))
    assert len(_ids(page)) == 3


def test_a_draft_goes_to_the_trash_a_final_one_does_not(page, recorded, monkeypatch, unit_db):
    errors = []
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a: True)
    monkeypatch.setattr(prompts, "show_error", lambda parent, title, text: errors.append(text))
    page.table.selectRow(_ids(page).index(recorded["january"]))
    page.delete_selected()
    assert errors and "reopen it for correction" in errors[0]
    page.table.selectRow(_ids(page).index(recorded["october"]))
    page.delete_selected()
    assert recorded["october"] not in _ids(page)  # the page refreshed on the change
    with unit_db.session() as s:
        assert [r.id for r in core.list_meetings(s, deleted=True)] == [recorded["october"]]


def test_year_plan_shows_meetings_gaps_joint_hosts_and_briefings(page, recorded):
    page.tabs.setCurrentIndex(1)
    model = page.plan.plan_model
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    thon = rows["Thôn 3"]
    assert model.index(thon, 1).data() == "1"
    assert model.index(thon, 1).data(MEETING_ID_ROLE) == recorded["january"]
    # February passed without a meeting of Thôn 3: a gap, tinted red.
    february = model.index(thon, 2)
    assert february.data(GAP_ROLE) is True
    assert february.data(Qt.BackgroundRole) == GAP
    assert "No meeting recorded for 02/2026" in february.data(Qt.ToolTipRole)
    # The current month and the months to come are no gaps.
    assert model.index(thon, 11).data(GAP_ROLE) is False
    assert model.index(thon, 12).data(GAP_ROLE) is False
    joint = model.joint_row()
    assert model.index(joint, 3).data() == "Buôn Ea Kmát"
    assert model.index(joint, 4).data(GAP_ROLE) is True
    briefing = model.briefing_row()
    assert model.index(briefing, 0).data() == "Briefings: 1 of 2 held"
    assert model.index(briefing, 5).data() == "12/05"


def test_year_plan_fits_without_horizontal_scrolling(page):
    page.tabs.setCurrentIndex(1)
    page.show()
    view = page.plan
    total = sum(view.columnWidth(c) for c in range(view.plan_model.columnCount()))
    assert total <= view.viewport().width() + 1


def test_double_click_in_the_plan_opens_the_meeting(page, recorded, monkeypatch):
    opened = []
    monkeypatch.setattr(MeetingForm, "exec", lambda form: opened.append(form.meeting_id) or 0)
    model = page.plan.plan_model
    thon = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Thôn 3")
    page.plan.doubleClicked.emit(model.index(thon, 1))
    page.plan.doubleClicked.emit(model.index(thon, 2))  # a gap: nothing to open
    assert opened == [recorded["january"]]


def test_an_earlier_year_shows_every_month_as_past(page):
    page.plan_year.setValue(2025)
    model = page.plan.plan_model
    assert model.plan().year == 2025
    assert all(model.index(0, c).data(GAP_ROLE) for c in range(1, 13))
    assert model.index(model.briefing_row(), 0).data(Qt.BackgroundRole) == GAP


def test_models_pass_the_model_tester(qtmodeltester, unit_db, recorded):
    with unit_db.session() as s:
        rows = core.list_meetings(s)
        plan = core.year_plan(s, 2026, TODAY)
    listing = MeetingsTableModel()
    listing.set_rows(rows)
    qtmodeltester.check(listing)
    grid = YearPlanModel()
    grid.set_plan(plan)
    qtmodeltester.check(grid)
