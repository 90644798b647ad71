"""Volunteer drives: every check by field with nothing written, lượt against the people named,
listing, the trash, and ``drives_in_period``."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from doan_desktop.core import volunteering as v
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.roster import PersonInput, save_person
from doan_desktop.core.store.models import ChangeLog, VolunteerDrive, VolunteerParticipant
from doan_desktop.core.validation import ValidationError
from tests.conftest import TODAY


@pytest.fixture
def commune(unit_db):
    ids = {}
    with unit_db.session() as s:
        ids["thon1"] = add_chapter(s, ChapterInput("Thôn 1", "thon"))
        for key, name in (("an", "Nguyễn Văn An"), ("hen", "H' Hen Niê"), ("dat", "Đỗ Đức Đạt")):
            ids[key] = save_person(
                s, PersonInput(full_name=name, chapter_id=ids["thon1"], is_member=True), today=TODAY
            )
    return unit_db, ids


def _blood(ids, **changes):
    values = dict(
        name="Hiến máu Giọt hồng Tây Nguyên",
        field="blood",
        start_date="12/07/2026",
        end_date="12/07/2026",
        teams=1,
        volunteers=40,
        participation="45",
        people_helped=0,
        value="0",
        chapter_id=None,
        participant_ids=[ids["an"], ids["hen"]],
    )
    values.update(changes)
    return v.DriveInput(**values)


def _nothing_written(db):
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(VolunteerDrive)) == 0
        assert s.scalar(select(func.count()).select_from(VolunteerParticipant)) == 0
        assert (
            s.scalar(
                select(func.count())
                .select_from(ChangeLog)
                .where(ChangeLog.entity == "volunteer_drive")
            )
            == 0
        )


def test_a_drive_is_saved_and_listed(commune):
    db, ids = commune
    with db.session() as s:
        drive_id = v.save_drive(s, _blood(ids, chapter_id=ids["thon1"], value="5.000.000"))
    with db.session() as s:
        (row,) = v.list_drives(s)
        detail = v.get_drive(s, drive_id)
    assert (row.participation, row.volunteers, row.value, row.named_participants) == (
        45,
        40,
        5_000_000,
        2,
    )
    assert row.chapter_name == "Thôn 1"
    assert detail.data.participant_ids and detail.data.start_date == "12/07/2026"


@pytest.mark.parametrize(
    ("changes", "key"),
    [
        ({"name": ""}, "name"),
        ({"field": "sport"}, "field"),
        ({"start_date": ""}, "start_date"),
        ({"start_date": "12/13/2026"}, "start_date"),
        ({"end_date": "11/07/2026"}, "end_date"),
        ({"teams": -1}, "teams"),
        ({"volunteers": "-40"}, "volunteers"),
        ({"participation": -45}, "participation"),
        ({"people_helped": "-2"}, "people_helped"),
        ({"value": "-1.000"}, "value"),
        ({"participation": 1}, "participation"),
        ({"participation": 0, "volunteers": 0}, "participation"),
        ({"chapter_id": "gone"}, "chapter_id"),
        ({"participant_ids": ["nobody"]}, "participant_ids"),
    ],
)
def test_bad_input_is_refused_by_field_and_nothing_is_written(commune, changes, key):
    db, ids = commune
    with pytest.raises(ValidationError) as caught, db.session() as s:
        v.save_drive(s, _blood(ids, **changes))
    assert key in caught.value.problems.errors
    _nothing_written(db)


def test_participation_below_the_people_named_says_how_many(commune):
    db, ids = commune
    with db.session() as s:
        problems = v.validate_drive(s, _blood(ids, participation=1, volunteers=1))
    assert problems.errors["participation"] == (
        "The participation in lượt cannot be below the 2 people named."
    )


def test_fewer_lượt_than_volunteers_is_a_warning(commune):
    db, ids = commune
    with db.session() as s:
        problems = v.validate_drive(s, _blood(ids, volunteers=50, participation=45))
    assert problems.ok and "participation" in problems.warnings


def test_field_labels_cover_every_field():
    assert set(v.field_labels()) == set(v.FIELDS) == set(v.FIELD_NAMES_VI)
    assert v.FIELD_NAMES_VI["blood"] == "Hiến máu tình nguyện"


def test_edit_trash_restore_and_log(commune):
    db, ids = commune
    with db.session() as s:
        drive_id = v.save_drive(s, _blood(ids))
    with db.session() as s:
        v.save_drive(s, _blood(ids, participant_ids=[ids["dat"]], participation=60), drive_id)
    with db.session() as s:
        (row,) = v.list_drives(s)
        assert (row.participation, row.named_participants) == (60, 1)
        v.delete_drive(s, drive_id)
    with db.session() as s:
        assert v.list_drives(s) == [] and len(v.list_drives(s, deleted=True)) == 1
        v.restore_drive(s, drive_id)
    with db.session() as s:
        actions = s.scalars(
            select(ChangeLog.action).where(ChangeLog.entity_id == drive_id).order_by(ChangeLog.id)
        ).all()
    assert actions == ["create", "update", "delete", "restore"]


def test_filters_and_period(commune):
    db, ids = commune
    with db.session() as s:
        blood = v.save_drive(s, _blood(ids))
        green = v.save_drive(
            s,
            _blood(
                ids,
                name="Ngày Chủ nhật xanh",
                field="environment",
                start_date="29/03/2026",
                end_date="",
                chapter_id=ids["thon1"],
            ),
        )
        month = v.save_drive(
            s,
            _blood(
                ids,
                name="Tháng Thanh niên",
                field="other",
                start_date="01/03/2025",
                end_date="31/03/2025",
            ),
        )
    with db.session() as s:
        assert {r.id for r in v.list_drives(s, year=2026)} == {blood, green}
        assert {r.id for r in v.list_drives(s, year=2025)} == {month}
        assert {r.id for r in v.list_drives(s, chapter_id=ids["thon1"])} == {green}
        assert {r.id for r in v.list_drives(s, field_code="blood")} == {blood}
        assert {r.id for r in v.list_drives(s, search="chu nhat")} == {green}
        # The field's name in Vietnamese finds the drive whatever the interface language.
        assert {r.id for r in v.list_drives(s, search="moi truong")} == {green}
        q3 = v.drives_in_period(s, dt.date(2026, 7, 1), dt.date(2026, 9, 30))
        q1 = v.drives_in_period(s, dt.date(2026, 1, 1), dt.date(2026, 3, 31))
        total = v.totals(v.list_drives(s))
    assert {r.id for r in q3} == {blood, green}  # green has no end: still going
    assert {r.id for r in q1} == {green}
    assert (total.count, total.participation, total.volunteers) == (3, 135, 120)
