"""A small commune with known numbers for 2026Q3, built through the core use cases (so the
change log is written as the program writes it) plus a few rows placed by hand."""

import datetime as dt

import pytest
from sqlalchemy import select

from doan_desktop.core import signing
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.roster import PersonInput, add_office, get_person, save_person
from doan_desktop.core.store.models import (
    ChangeLog,
    Meeting,
    Training,
    TrainingParticipant,
    VolunteerDrive,
    YouthWork,
)
from tests.conftest import TODAY

PASSPHRASE = "correct horse battery"
Q3 = dt.datetime(2026, 8, 15, 3, 0)  # inside 2026Q3 whatever the local time zone


def person(s, name, chapter_id, *, member=True, gender="M", birth="2000", since="", **extra):
    return save_person(
        s,
        PersonInput(
            full_name=name,
            chapter_id=chapter_id,
            is_member=member,
            gender=gender,
            birth_date=birth,
            member_since=since,
            **extra,
        ),
        today=TODAY,
    )


def meeting(s, chapter_id, day, kind="monthly"):
    s.add(Meeting(kind=kind, chapter_id=chapter_id, date=day, title="", state="final"))


def place_status_change(s, person_id, status, at):
    """Move the change log's record of ``status`` to ``at`` (the clerk recorded it then)."""
    for row in s.scalars(select(ChangeLog).where(ChangeLog.entity_id == person_id)):
        if isinstance(row.after, dict) and row.after.get("status") == status:
            row.at = at


@pytest.fixture
def commune(unit_db):
    """Thôn 1 (3 members, 1 youth, a secretary, meetings every month of Q3), Thôn 2 (remote:
    1 member, no secretary, one meeting in Q3), Thôn 3 (no members, 2 meetings: an error)."""
    ids = {}
    with unit_db.session() as s:
        ids["t1"] = add_chapter(s, ChapterInput("Thôn 1", "thon"))
        ids["t2"] = add_chapter(s, ChapterInput("Thôn 2", "thon"))
        ids["an"] = person(s, "Nguyễn Văn An", ids["t1"], since="2020", ethnicity="Kinh")
        ids["binh"] = person(
            s, "Trần Thị Bình", ids["t1"], gender="F", since="10/08/2026", ethnicity="Kinh"
        )
        ids["old"] = person(s, "Lê Văn Cả", ids["t1"], birth="01/01/1990", since="2008")
        ids["youth"] = person(s, "Hoàng Thị Em", ids["t1"], member=False, gender="F")
        ids["hen"] = person(s, "H' Hen Niê", ids["t2"], gender="F", since="2019", ethnicity="Ê Đê")
        ids["later"] = person(s, "Phạm Văn Muộn", ids["t1"], since="05/10/2026")
        ids["came"] = person(s, "Vũ Văn Đến", ids["t1"], since="2021", status="received")
        ids["left"] = person(s, "Đỗ Văn Đi", ids["t1"], since="2018")
        left = get_person(s, ids["left"])
        left.status = "transferred_out"
        save_person(s, left, ids["left"], today=TODAY)
        add_office(s, ids["an"], "bi_thu", ids["t1"], "01/01/2024", today=TODAY)
        s.flush()
        place_status_change(s, ids["came"], "received", Q3)
        place_status_change(s, ids["left"], "active", dt.datetime(2026, 1, 5, 3, 0))
        place_status_change(s, ids["left"], "transferred_out", Q3)
        from doan_desktop.core.store.models import Chapter

        s.get(Chapter, ids["t2"]).remote = True
        for month in (7, 8, 9):
            meeting(s, ids["t1"], dt.date(2026, month, 10))
        meeting(s, ids["t2"], dt.date(2026, 9, 20), kind="themed")
        meeting(s, ids["t1"], dt.date(2026, 10, 3))  # Q4: not counted in Q3
        training = Training(
            title="Kỹ năng số",
            kind="skills",
            level="commune",
            start_date=dt.date(2026, 8, 1),
            end_date=dt.date(2026, 8, 1),
        )
        s.add(training)
        s.flush()
        for who, result in ((ids["an"], "completed"), (ids["binh"], "attended"), (None, "absent")):
            s.add(TrainingParticipant(training_id=training.id, person_id=who, result=result))
        s.add(
            YouthWork(
                name="Đường hoa", kind="work", start_date=dt.date(2026, 9, 2), value=15_000_000
            )
        )
        s.add(
            VolunteerDrive(
                name="Ngày Chủ nhật xanh",
                field="environment",
                start_date=dt.date(2026, 7, 5),
                participation=120,
            )
        )
    return ids


@pytest.fixture
def keyed(commune, unit_db):
    with unit_db.session() as s:
        signing.create_key(s, PASSPHRASE)
    return commune
