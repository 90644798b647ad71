"""``save_person(flush=False)``, for writing many people at once, leaves the same rows and the
same change log as a save that flushes, once the caller flushes."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from doan_desktop.core.roster import ClassificationInput, PersonInput, save_person
from doan_desktop.core.store.db import open_database
from doan_desktop.core.store.models import ChangeLog, Classification, Person
from doan_desktop.core.validation import ValidationError
from tests.conftest import TODAY

PEOPLE = [
    PersonInput(
        full_name="Nguyễn Văn An",
        birth_date="05/02/2001",
        gender="M",
        id_number="066201012345",
        is_member=True,
        member_since="26/03/2017",
        classifications=[
            ClassificationInput(2025, "2019", "htt"),
            ClassificationInput(2024, "2019", "ht"),
        ],
    ),
    PersonInput(full_name="H' Hen Niê", given_name="Hen", birth_date="2003", phone="0912345678"),
]
VOLATILE = {"id", "created_at", "updated_at"}


def written(session) -> list:
    """Each person with its classifications and change-log entry, without ids and times."""
    result = []
    for person in session.scalars(select(Person).order_by(Person.full_name)):
        row = {c.key: getattr(person, c.key) for c in Person.__table__.columns}
        classes = [
            (c.year, c.scale, c.result)
            for c in session.scalars(
                select(Classification)
                .where(Classification.person_id == person.id)
                .order_by(Classification.year)
            )
        ]
        logs = session.execute(
            select(ChangeLog.action, ChangeLog.before, ChangeLog.after).where(
                ChangeLog.entity_id == person.id
            )
        ).all()
        after = [(action, before, {**values, "id": "-"}) for action, before, values in logs]
        result.append(({k: v for k, v in row.items() if k not in VOLATILE}, classes, after))
    return result


@pytest.fixture
def make(tmp_path):
    opened = []

    def fresh(name):
        database = open_database(tmp_path / name / "doan.sqlite", tmp_path / name / "backups")
        opened.append(database)
        return database

    yield fresh
    for database in opened:
        database.close()


def test_unflushed_saves_write_what_flushed_saves_write(make):
    one_by_one, batched = make("one"), make("batch")
    with one_by_one.session() as session:
        for data in PEOPLE:
            save_person(session, data, today=TODAY)
    with batched.session() as session, session.no_autoflush:
        ids = [save_person(session, data, today=TODAY, flush=False) for data in PEOPLE]
        assert session.scalar(select(Person.id).limit(1)) is None  # still pending
        session.flush()
        assert sorted(session.scalars(select(Person.id))) == sorted(ids)
    with one_by_one.session() as first, batched.session() as second:
        assert written(first) == written(second)
        assert len(written(second)) == len(PEOPLE)


def test_an_unflushed_save_still_refuses_bad_input(make):
    database = make("bad")
    with pytest.raises(ValidationError), database.session() as session:
        save_person(session, PersonInput(full_name=""), today=TODAY, flush=False)
    with database.session() as session:
        assert session.scalar(select(Person.id).limit(1)) is None
