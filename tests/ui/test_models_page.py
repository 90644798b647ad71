"""The "Residential models" page: the "3 có" table and its evidence, the override (a reason is
required), "2 giao, 1 liên kết", and the chapters taking part."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from doan_desktop.core import compliance
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.roster import PersonInput, add_office, save_person
from doan_desktop.core.store.models import (
    ComplianceOverride,
    Meeting,
    MeetingChapter,
    ModelParticipation,
    Office,
)
from doan_desktop.preferences import Preferences
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.pages.models_page import C_ACTIVITY, C_CADRE, C_RESULT, ModelsPage
from tests.conftest import TODAY


@pytest.fixture
def recorded(unit_db):
    ids = {}
    with unit_db.session() as s:
        ids["thon3"] = add_chapter(s, ChapterInput("Thôn 3", "thon"))
        ids["thon4"] = add_chapter(s, ChapterInput("Thôn 4", "thon"))
        ids["school"] = add_chapter(s, ChapterInput("Trường THCS", "school"))
        ids["an"] = save_person(
            s,
            PersonInput(full_name="Nguyễn Văn An", chapter_id=ids["thon3"], is_member=True),
            today=TODAY,
        )
        add_office(s, ids["an"], "bi_thu", ids["thon3"], "2024", today=TODAY)
        for month in (10, 11):
            s.add(Meeting(kind="monthly", chapter_id=ids["thon3"], date=dt.date(2026, month, 9)))
        joint = Meeting(kind="joint", chapter_id=ids["thon3"], date=dt.date(2026, 9, 20))
        s.add(joint)
        s.flush()
        s.add(MeetingChapter(meeting_id=joint.id, chapter_id=ids["thon4"]))
        compliance.add_participation(s, ids["thon3"], dt.date(2025, 1, 1), pilot=True)
        compliance.add_participation(s, ids["thon4"], dt.date(2026, 1, 1))
    return ids


@pytest.fixture
def page(qtbot, data_dir, unit_db, recorded):
    page = ModelsPage(AppContext(data_dir, unit_db, Preferences()), today=TODAY)
    qtbot.addWidget(page)
    page.resize(1160, 700)
    page.show()
    page.refresh()
    return page


def _row(page, name):
    for row in range(page.table.rowCount()):
        if page.table.item(row, 0).text().startswith(name):
            return row
    raise AssertionError(name)


def test_the_table_shows_the_cores_results_and_the_evidence(page, unit_db):
    assert page.period.currentData() == "2026Q4"
    with unit_db.session() as s:
        results = compliance.assess_period(s, "2026Q4", TODAY)
    assert page.table.rowCount() == len(results) == 2
    thon3 = _row(page, "Thôn 3")
    assert page.table.item(thon3, 0).text() == "Thôn 3 (pilot)"
    assert page.table.item(thon3, C_CADRE).text() == "✓ yes"
    assert page.table.item(thon3, C_RESULT).text() == "✗ no"  # no work
    assert page.summary.text() == '0 of 2 chapters taking part are "3 có"'
    page.table.selectRow(thon3)
    text = page.evidence.toPlainText()
    assert "Nguyễn Văn An, Secretary" in text
    assert "No youth work or task in the quarter" in text
    assert "Month 10: 09/10/2026 Monthly chapter meeting" in text
    page.table.selectRow(_row(page, "Thôn 4"))
    text = page.evidence.toPlainText()
    assert "No secretary or deputy secretary in the quarter" in text
    assert page.table.item(_row(page, "Thôn 4"), C_ACTIVITY).text() == "✗ no"


def test_another_quarter_and_a_joint_meeting_as_evidence(page):
    page.period.setCurrentIndex(page.period.findData("2026Q3"))
    assert page.select(page.results[_row(page, "Thôn 4")].chapter_id)
    text = page.evidence.toPlainText()
    assert "Month 9: 20/09/2026 Joint inter-chapter meeting (Thôn 3)" in text
    assert "No meeting in month 7" in text


def test_override_refuses_an_empty_reason_then_saves_and_shows_it(page, unit_db):
    page.table.selectRow(_row(page, "Thôn 3"))
    dialog = page.make_override_dialog(page.selected_result())
    assert dialog.counts.isChecked()  # the records say no: the office would say yes
    dialog.reason.setPlainText("   ")
    assert not dialog.save()
    assert dialog.reason_message.text() == "Say why the office overrides the result."
    with unit_db.session() as s:
        assert s.scalar(select(func.count(ComplianceOverride.id))) == 0
    dialog.reason.setPlainText("Công trình chung của Đoàn xã")
    assert dialog.save() and dialog.saved
    page.refresh()
    row = _row(page, "Thôn 3")
    assert page.table.item(row, C_RESULT).text() == "✓ yes (overridden)"
    page.table.selectRow(row)
    assert (
        "Counted as meeting the three criteria by the office: Công trình chung của Đoàn xã"
        in page.evidence.toPlainText()
    )
    assert page.clear_button.isEnabled()


def test_removing_an_override_asks_first(page, unit_db, monkeypatch):
    with unit_db.session() as s:
        compliance.set_override(s, page.results[0].chapter_id, "2026Q4", True, "Lý do")
    page.refresh()
    page.table.selectRow(0)
    answers = iter([False, True])
    monkeypatch.setattr(prompts, "ask_yes_no", lambda *a: next(answers))
    page.clear_selected()
    assert page.results[0].overridden
    page.clear_selected()
    assert not page.results[0].overridden


def test_links_tab(page):
    page.show_section("links")
    assert page.tabs.currentIndex() == 1
    # Thôn 4 hosted least recently (never) but has no secretary: Thôn 3 is proposed.
    assert page.next_host.text() == ("Proposed host of the joint meeting for 11/2026: Thôn 3")
    assert page.passed_over.isVisible()
    assert page.passed_over.text().startswith("Not proposed to host: Thôn 4. A chapter without")
    assert page.joint_title.text() == "Joint meetings: 1 of 12 months held"
    texts = [[page.joint.item(r, c).text() for c in range(4)] for r in range(page.joint.rowCount())]
    assert ["09/2026", "20/09/2026", "Thôn 3", "Thôn 4"] in texts
    assert ["01/2026", "not held", "", ""] in texts
    assert page.briefings.topLevelItem(0).text(0) == "First half: not held"
    assert page.briefings_title.text() == "Briefings with the chapter secretaries: 0 of 2 held"
    rotation = [[page.rotation.item(r, c).text() for c in range(4)] for r in range(2)]
    assert rotation == [["1", "Thôn 3", "20/09/2026", "1"], ["—", "Thôn 4", "never", "0"]]
    assert page.rotation.item(1, 1).toolTip() == "Passed over: Thôn 4 has no secretary in office."


def test_links_tab_when_no_chapter_has_a_secretary(page, unit_db, recorded):
    with unit_db.session() as s:
        s.query(Office).filter(Office.person_id == recorded["an"]).update({"end_date": "2026-10"})
    page.show_section("links")
    page.reload_links()
    assert page.next_host.text() == (
        "No residential chapter has a secretary in office to host the joint meeting for 11/2026."
    )
    assert page.passed_over.text().startswith("Not proposed to host: Thôn 4, Thôn 3.")
    assert [page.rotation.item(r, 0).text() for r in range(2)] == ["—", "—"]


def test_links_tab_says_nothing_about_passing_over_when_every_chapter_can_host(
    page, unit_db, recorded
):
    with unit_db.session() as s:
        add_office(s, recorded["an"], "bi_thu", recorded["thon4"], "2025", today=TODAY)
    page.show_section("links")
    page.reload_links()
    assert page.next_host.text().endswith(": Thôn 4")
    assert not page.passed_over.isVisible() and page.passed_over.text() == ""


def test_participation_add_refuses_bad_input_then_adds_and_ends(page, unit_db):
    page.show_section("participation")
    dialog = page.make_participation_dialog()
    dialog.chapter.setCurrentIndex(dialog.chapter.findText("Thôn 3"))
    dialog.date.setText("01/03/2026")
    assert not dialog.save()  # already taking part then
    assert "already takes part" in dialog.date_message.text()
    dialog.chapter.setCurrentIndex(dialog.chapter.findText("Trường THCS"))
    dialog.date.setText("31/02/2026")
    assert not dialog.save()
    assert dialog.date_message.text().startswith("Type the date as dd/mm/yyyy")
    with unit_db.session() as s:
        assert s.scalar(select(func.count(ModelParticipation.id))) == 2
    dialog.date.setText("01/10/2026")
    dialog.pilot.setChecked(True)
    assert dialog.save()
    page.refresh()
    assert page.taking_part.rowCount() == 3
    school = [p for p in page.participation if p.chapter == "Trường THCS"][0]
    assert school.pilot and school.since == dt.date(2026, 10, 1)

    ending = page.make_participation_dialog(school)
    ending.date.setText("30/09/2026")
    assert not ending.save()
    assert ending.date_message.text() == "The end cannot be before the participation began."
    ending.date.setText("31/12/2026")
    assert ending.save()
    page.refresh()
    row = [p for p in page.participation if p.chapter == "Trường THCS"][0]
    assert row.until == dt.date(2026, 12, 31)


def test_the_meeting_rules_are_chosen_on_the_page(page, unit_db):
    page.show_section("participation")
    box = page.rule_boxes[compliance.MEETING_RULE_KEY]
    assert box.currentData() == "monthly"
    page.period.setCurrentIndex(page.period.findData("2026Q3"))
    row = _row(page, "Thôn 4")
    assert page.table.item(row, C_ACTIVITY).text() == "✗ no"  # only September (joint)
    box.setCurrentIndex(box.findData("quarterly"))
    box.activated.emit(box.currentIndex())
    page.refresh()
    with unit_db.session() as s:
        assert compliance.meeting_rules(s)[compliance.MEETING_RULE_KEY] == "quarterly"
    assert page.table.item(_row(page, "Thôn 4"), C_ACTIVITY).text() == "✓ yes"
