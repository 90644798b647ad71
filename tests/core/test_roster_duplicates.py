"""The duplicate check looks people up through the indexed search key and finds exactly those a
scan of every live person finds: the same folded name and the same birth date, someone else."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select, text

from doan_desktop.core.dates import PartialDate
from doan_desktop.core.roster import (
    SAME_ID,
    SAME_NAME,
    PersonInput,
    delete_person,
    same_name_and_birth,
    save_person,
    validate_person,
)
from doan_desktop.core.store.models import Person
from doan_desktop.core.text import fold
from tests.conftest import TODAY

# Names that fold alike, or whose folded form is a prefix of another's, or that hold LIKE's
# wildcards and the escape character.
NAMES = [
    "Nguyễn Văn An",
    "nguyen van an",
    "NGUYỄN VĂN ẤN",
    "Nguyễn Văn Anh",
    "Nguyễn Văn",
    "Nguyễn  Văn   An",
    "Nguy_n Văn An",
    "Nguyễn%Văn An",
    "Lê An",
    "Lê Ân",
    "Đỗ Đức Đạt",
    "Do Duc Dat",
    "Y Phôn Ksơr",
    "H' Hen Niê",
    "Lê \\ An",
]
BIRTHS = ["01/01/2000", "02/01/2000", "2000", "15/06/2003", ""]


def brute_force_warns(session, data: PersonInput, person_id: str | None) -> bool:
    """The rule read off every person: someone else, live, same folded name, same birth."""
    birth = PartialDate.parse(data.birth_date)
    if birth is None:
        return False
    return any(
        p.id != person_id and p.deleted_at is None and fold(p.full_name) == fold(data.full_name)
        for p in session.scalars(select(Person))
        if p.birth_date == birth.iso()
    )


@pytest.mark.parametrize("seed", range(4))
def test_the_check_finds_the_people_a_full_scan_finds(unit_db, seed):
    rng = random.Random(seed)
    ids = []
    with unit_db.session() as session:
        for _ in range(40):
            data = PersonInput(
                full_name=rng.choice(NAMES),
                birth_date=rng.choice(BIRTHS),
                other_names=rng.choice(["", "Tí", "An"]),
                phone=rng.choice(["", "0912345678"]),
            )
            ids.append(save_person(session, data, today=TODAY))
        for person_id in rng.sample(ids, 8):
            delete_person(session, person_id)
    outcomes = set()
    with unit_db.session() as session:
        for name in NAMES:
            for birth in BIRTHS:
                for person_id in (None, rng.choice(ids)):
                    data = PersonInput(full_name=name, birth_date=birth)
                    warned = (
                        "full_name"
                        in validate_person(session, data, person_id, today=TODAY).warnings
                    )
                    expected = brute_force_warns(session, data, person_id)
                    assert warned == expected, (name, birth, person_id)
                    outcomes.add(expected)
    assert outcomes == {True, False}  # both kinds of answer were checked


def test_a_longer_name_or_another_birth_date_is_not_the_same_person(unit_db):
    with unit_db.session() as session:
        save_person(session, PersonInput(full_name="Nguyễn Văn Anh", birth_date="2000"))
        save_person(session, PersonInput(full_name="Nguyễn Văn An", birth_date="2001"))
        rows = same_name_and_birth(session, "nguyen van an", "2000")
    assert rows == []


def plan_of(session, statement) -> str:
    compiled = statement.compile(
        dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True}
    )
    return " ".join(row[-1] for row in session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))


def test_the_lookups_use_an_index(unit_db):
    with unit_db.session() as session:
        for n in range(30):
            data = PersonInput(full_name=f"Người Số {n}", birth_date="2000", id_number=f"{n:012d}")
            save_person(session, data)
        by_name = plan_of(
            session, SAME_NAME.params(low="nguoi so 7", high="nguoi so 7!", birth="2000")
        )
        by_id = plan_of(session, SAME_ID.params(id_number="000000000007"))
    assert "USING INDEX ix_person_search_key (search_key>? AND search_key<?)" in by_name, by_name
    assert "USING INDEX ix_person_id_number (id_number=?)" in by_id, by_id
