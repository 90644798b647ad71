"""The report's residential-model indicators ("3 có", briefings, joint meetings), workdays and
commendations, and the "3 có" table of the PDF."""

import datetime as dt
import io

from pypdf import PdfReader

from doan_desktop.core import compliance
from doan_desktop.core.indicators import CHAPTER
from doan_desktop.core.periods import Period
from doan_desktop.core.report_print import report_document
from doan_desktop.core.reporting import build_report, compute_values
from doan_desktop.core.store.models import (
    Commendation,
    Meeting,
    MeetingChapter,
    YouthWork,
    YouthWorkChapter,
)
from doan_desktop.documents.report import build_report_pdf
from tests.conftest import TODAY
from tests.documents.test_minutes_pdf import flat

Q3 = Period.parse("2026Q3")


def _models(db, ids):
    with db.session() as s:
        work = s.query(YouthWork).one()
        work.workdays = 45
        work.state = "under_way"
        s.add(YouthWorkChapter(work_id=work.id, chapter_id=ids["t1"]))
        s.add(
            Commendation(
                chapter_id=ids["t1"],
                level="commune",
                title="Giấy khen",
                decision_date=dt.date(2026, 9, 1),
            )
        )
        s.add(
            Commendation(
                person_id=ids["an"],
                level="province",
                title="Bằng khen",
                decision_date=dt.date(2026, 10, 1),
            )
        )  # Q4
        s.add(Meeting(kind="briefing", date=dt.date(2026, 8, 4)))
        joint = Meeting(
            kind="joint", chapter_id=ids["t1"], date=dt.date(2026, 10, 2), for_month="2026-09"
        )
        s.add(joint)
        s.flush()
        s.add(MeetingChapter(meeting_id=joint.id, chapter_id=ids["t2"]))
        compliance.add_participation(s, ids["t1"], dt.date(2025, 1, 1), pilot=True)
        compliance.add_participation(s, ids["t2"], dt.date(2026, 1, 1))
        compliance.set_override(s, ids["t2"], "2026Q3", True, "Cán bộ mới được bầu")


def test_the_model_indicators_of_a_quarter(commune, unit_db):
    _models(unit_db, commune)
    with unit_db.session() as s:
        values, _ = compute_values(s, Q3, today=TODAY)
        results = compliance.assess_period(s, Q3, TODAY)
    assert values[("YOUTH_WORKS_WORKDAYS", "")] == 45
    assert values[("COMMENDATIONS", "")] == 1
    assert values[("CHAPTERS_IN_MODEL", "")] == 2
    # Thôn 1 has it all; Thôn 2 (no secretary, no work) is counted by the office's override.
    assert [r.three_have for r in results] == [True, True]
    assert values[("CHAPTERS_THREE_HAVE", "")] == 2
    assert values[("CHAPTERS_THREE_HAVE", CHAPTER + "Thôn 2")] == 1
    assert values[("BRIEFINGS_HELD", "")] == 1
    assert values[("JOINT_MEETINGS_HELD", "")] == 1  # held in October, for September


def test_a_half_year_report_takes_3_co_from_its_last_quarter(commune, unit_db):
    _models(unit_db, commune)
    with unit_db.session() as s:
        values, _ = compute_values(s, Period.parse("2026S2"), today=TODAY)
        q4 = compliance.assess_period(s, "2026Q4", TODAY)
    assert values[("CHAPTERS_THREE_HAVE", "")] == compliance.three_have_count(q4)
    assert values[("COMMENDATIONS", "")] == 2


def test_the_report_validates_with_the_new_indicators(commune, unit_db):
    _models(unit_db, commune)
    with unit_db.session() as s:
        report = build_report(s, Q3, TODAY)
    codes = {v.indicator for v in report.values}
    assert {"CHAPTERS_THREE_HAVE", "BRIEFINGS_HELD", "JOINT_MEETINGS_HELD"} <= codes
    assert not [m for m in report.errors if m.indicator in codes and "THREE" in m.indicator]


def test_the_pdf_has_the_3_co_table_with_the_overrides_reason(commune, unit_db):
    _models(unit_db, commune)
    with unit_db.session() as s:
        document = report_document(s, Q3, TODAY)
    assert [(r.chapter, r.cadre, r.result, r.note) for r in document.three_have] == [
        ("Thôn 1", True, True, ""),
        ("Thôn 2", False, True, "Cán bộ mới được bầu"),
    ]
    pdf = build_report_pdf(document)
    text = " ".join(flat(p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Kết quả “Chi đoàn 3 có” quý III năm 2026: 2/2 chi đoàn đạt" in text
    assert "Thôn 2: kết quả do BCH Đoàn xác định. Lý do: Cán bộ mới được bầu" in text


def test_no_table_without_chapters_taking_part(commune, unit_db):
    with unit_db.session() as s:
        document = report_document(s, Q3, TODAY)
    assert document.three_have == ()
    text = " ".join(
        flat(p.extract_text()) for p in PdfReader(io.BytesIO(build_report_pdf(document))).pages
    )
    assert "Chi đoàn 3 có” quý" not in text
