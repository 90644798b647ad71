"""Youth works and tasks: saving with every check, listing with filters, the trash, the change
log, and ``works_in_period`` as the "3 có" engine reads it."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from doan_desktop.core import works
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.roster import PersonInput, delete_person, save_person
from doan_desktop.core.store.models import ChangeLog, YouthWork, YouthWorkParticipant
from doan_desktop.core.validation import ValidationError
from tests.conftest import TODAY


@pytest.fixture
def commune(unit_db):
    ids = {}
    with unit_db.session() as s:
        ids["thon1"] = add_chapter(s, ChapterInput("Thôn 1", "thon"))
        ids["kram"] = add_chapter(s, ChapterInput("Buôn Kram", "buon"))
        for key, name, chapter in (
            ("an", "Nguyễn Văn An", "thon1"),
            ("binh", "Trần Thị Bình", "thon1"),
            ("phon", "Y Phôn Ksơr", "kram"),
        ):
            ids[key] = save_person(
                s, PersonInput(full_name=name, chapter_id=ids[chapter], is_member=True), today=TODAY
            )
    return unit_db, ids


def _road(ids, **changes):
    values = dict(
        name="Tuyến đường thanh niên tự quản thôn 1",
        kind="work",
        state="under_way",
        chapter_ids=[ids["thon1"]],
        start_date="01/03/2026",
        end_date="30/06/2026",
        value="190.000.000",
        workdays="120",
        participant_count=25,
        participant_ids=[ids["an"], ids["binh"]],
        description="Bê tông hóa 300 m đường.",
    )
    values.update(changes)
    return works.WorkInput(**values)


def _count(database, model=YouthWork):
    with database.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_a_work_is_saved_and_read_back(commune):
    db, ids = commune
    with db.session() as s:
        work_id = works.save_work(s, _road(ids))
    with db.session() as s:
        detail = works.get_work(s, work_id)
        (row,) = works.list_works(s)
    assert detail.data.value == 190_000_000
    assert detail.data.start_date == "01/03/2026"
    assert set(detail.participant_names.values()) == {"Nguyễn Văn An", "Trần Thị Bình"}
    assert row.chapter_names == ["Thôn 1"]
    assert (row.value, row.workdays, row.participant_count, row.named_participants) == (
        190_000_000,
        120,
        25,
        2,
    )
    assert row.end_date == dt.date(2026, 6, 30)


@pytest.mark.parametrize(
    ("changes", "key"),
    [
        ({"name": "  "}, "name"),
        ({"kind": "project"}, "kind"),
        ({"state": "abandoned"}, "state"),
        ({"chapter_ids": []}, "chapter_ids"),
        ({"chapter_ids": ["no-such-chapter"]}, "chapter_ids"),
        ({"start_date": ""}, "start_date"),
        ({"start_date": "2026"}, "start_date"),
        ({"start_date": "31/02/2026"}, "start_date"),
        ({"end_date": "28/02/2026"}, "end_date"),
        ({"value": -1}, "value"),
        ({"value": "-190.000"}, "value"),
        ({"value": "nhiều"}, "value"),
        ({"workdays": -3}, "workdays"),
        ({"participant_count": "-1"}, "participant_count"),
        ({"participant_count": 1}, "participant_count"),
        ({"participant_ids": ["nobody"], "participant_count": 5}, "participant_ids"),
    ],
)
def test_bad_input_is_refused_by_field_and_nothing_is_written(commune, changes, key):
    db, ids = commune
    with pytest.raises(ValidationError) as caught, db.session() as s:
        works.save_work(s, _road(ids, **changes))
    assert key in caught.value.problems.errors
    assert _count(db) == 0
    assert _count(db, YouthWorkParticipant) == 0
    with db.session() as s:
        assert (
            s.scalar(
                select(func.count()).select_from(ChangeLog).where(ChangeLog.entity == "youth_work")
            )
            == 0
        )


def test_the_messages_say_what_is_wrong(commune):
    db, ids = commune
    with db.session() as s:
        problems = works.validate_work(
            s, _road(ids, end_date="01/01/2026", participant_count=1, value=-5)
        )
    assert problems.errors["end_date"] == "The end cannot be before the start."
    assert problems.errors["participant_count"] == (
        "The number of participants cannot be below the 2 people named."
    )
    assert problems.errors["value"] == "This cannot be negative."


def test_a_person_in_the_trash_cannot_be_named(commune):
    db, ids = commune
    with db.session() as s:
        delete_person(s, ids["binh"])
    with db.session() as s:
        problems = works.validate_work(s, _road(ids))
    assert "participant_ids" in problems.errors


def test_a_finished_work_without_an_end_is_only_a_warning(commune):
    db, ids = commune
    with db.session() as s:
        problems = works.validate_work(s, _road(ids, state="done", end_date=""))
    assert problems.ok
    assert "end_date" in problems.warnings


def test_editing_replaces_chapters_and_participants_and_logs_the_change(commune):
    db, ids = commune
    with db.session() as s:
        work_id = works.save_work(s, _road(ids))
    with db.session() as s:
        works.save_work(
            s,
            _road(
                ids,
                chapter_ids=[ids["thon1"], ids["kram"]],
                participant_ids=[ids["phon"]],
                state="done",
            ),
            work_id,
        )
    with db.session() as s:
        (row,) = works.list_works(s)
        entries = s.scalars(
            select(ChangeLog).where(ChangeLog.entity_id == work_id).order_by(ChangeLog.id)
        ).all()
    assert sorted(row.chapter_names) == ["Buôn Kram", "Thôn 1"]
    assert row.named_participants == 1
    assert _count(db, YouthWorkParticipant) == 1
    update = next(e for e in entries if e.action == "update")
    assert update.before["state"] == "under_way" and update.after["state"] == "done"
    assert update.after["participant_ids"] == [ids["phon"]]


def test_trash_and_restore(commune):
    db, ids = commune
    with db.session() as s:
        work_id = works.save_work(s, _road(ids))
    with db.session() as s:
        works.delete_work(s, work_id)
    with db.session() as s:
        assert works.list_works(s) == []
        assert [r.id for r in works.list_works(s, deleted=True)] == [work_id]
        assert works.works_in_period(s, dt.date(2026, 1, 1), dt.date(2026, 12, 31)) == []
        with pytest.raises(ValidationError):
            works.save_work(s, _road(ids), work_id)
    with db.session() as s:
        works.restore_work(s, work_id)
    with db.session() as s:
        assert [r.id for r in works.list_works(s)] == [work_id]


def test_filters_year_chapter_state_and_search(commune):
    db, ids = commune
    with db.session() as s:
        road = works.save_work(s, _road(ids))
        garden = works.save_work(
            s,
            _road(
                ids,
                name="Vườn cây thanh niên",
                kind="task",
                state="planned",
                chapter_ids=[ids["kram"]],
                start_date="15/12/2025",
                end_date="",
                participant_ids=[],
            ),
        )
        old = works.save_work(
            s,
            _road(ids, name="Thắp sáng đường quê", start_date="01/02/2024", end_date="01/05/2024"),
        )
    with db.session() as s:
        ids_of = lambda rows: {r.id for r in rows}  # noqa: E731
        assert ids_of(works.list_works(s, year=2026)) == {road, garden}
        assert ids_of(works.list_works(s, year=2025)) == {garden}
        assert ids_of(works.list_works(s, year=2024)) == {old}
        assert ids_of(works.list_works(s, chapter_id=ids["thon1"])) == {road, old}
        assert ids_of(works.list_works(s, state="planned")) == {garden}
        assert ids_of(works.list_works(s, search="vuon cay")) == {garden}
        assert ids_of(works.list_works(s, search="KRAM")) == {garden}
        assert ids_of(works.list_works(s, search="tu quan 300")) == {road}


def test_works_in_period_takes_every_work_under_way_in_the_period(commune):
    db, ids = commune
    with db.session() as s:
        made = {}
        for key, start, end in (
            ("before", "01/01/2026", "31/03/2026"),  # ends the day before Q2
            ("touching_start", "01/01/2026", "01/04/2026"),
            ("inside", "10/05/2026", "20/05/2026"),
            ("open", "01/02/2026", ""),
            ("spanning", "01/12/2025", "31/12/2026"),
            ("touching_end", "30/06/2026", ""),
            ("after", "01/07/2026", "30/07/2026"),
        ):
            made[key] = works.save_work(
                s, _road(ids, name=key, start_date=start, end_date=end, participant_ids=[])
            )
        works.save_work(
            s,
            _road(
                ids,
                name="elsewhere",
                chapter_ids=[ids["kram"]],
                start_date="01/05/2026",
                participant_ids=[],
            ),
        )
    with db.session() as s:
        q2 = works.works_in_period(s, dt.date(2026, 4, 1), dt.date(2026, 6, 30), ids["thon1"])
        everyone = works.works_in_period(s, dt.date(2026, 4, 1), dt.date(2026, 6, 30))
    assert {r.name for r in q2} == {"touching_start", "inside", "open", "spanning", "touching_end"}
    assert {r.name for r in everyone} == {r.name for r in q2} | {"elsewhere"}
    row = next(r for r in q2 if r.name == "inside")
    assert row.chapter_ids == [ids["thon1"]] and row.chapter_names == ["Thôn 1"]
    assert row.kind == "work" and row.state == "under_way"


def test_totals(commune):
    db, ids = commune
    with db.session() as s:
        works.save_work(s, _road(ids))
        works.save_work(
            s, _road(ids, name="Sân chơi", value="10.000.000", workdays=30, participant_ids=[])
        )
        result = works.totals(works.list_works(s))
    assert (result.count, result.value, result.workdays, result.participants) == (
        2,
        200_000_000,
        150,
        50,
    )


def test_the_sample_gives_a_work_this_quarter_to_some_residential_chapters_only(unit_db):
    import random

    from doan_desktop.core import cadres, commendations, volunteering
    from doan_desktop.core.demo_works import add_sample_works

    names = ("Thôn 1", "Thôn 4", "Thôn Hòa Bình", "Buôn Kram", "Buôn Ea Sup", "Buôn Jun")
    with unit_db.session() as s:
        ids = {n: add_chapter(s, ChapterInput(n, "buon" if "Buôn" in n else "thon")) for n in names}
        for n in ("Y Phôn Ksơr", "Đặng Thị Đào"):
            save_person(s, PersonInput(full_name=n, chapter_id=ids["Buôn Kram"]), today=TODAY)
        add_sample_works(s, random.Random(1), TODAY)
    with unit_db.session() as s:
        quarter = works.works_in_period(s, dt.date(2026, 10, 1), dt.date(2026, 12, 31))
        with_work = {name for r in quarter for name in r.chapter_names}
        drives = volunteering.list_drives(s)
        assert commendations.list_commendations(s)
        assert {r.term for r in cadres.list_cadre_plans(s)} == {"2027–2032"}
    assert with_work == {"Thôn 1", "Thôn 4", "Buôn Kram", "Buôn Jun"}
    assert all(d.start_date <= TODAY for d in drives) and len(drives) >= 4
