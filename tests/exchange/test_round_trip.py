"""The member list exported from the whole sample commune and imported into an empty unit gives
the same roster, compared field by field; importing the same file again changes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from doan_desktop.core import demo
from doan_desktop.core.store.db import open_database
from doan_desktop.core.store.models import Chapter, Office, Person
from doan_desktop.core.unit import get_unit, save_unit
from doan_desktop.exchange.roster_export import collect, write_csv, write_xlsx
from doan_desktop.exchange.roster_import import ImportOptions, plan_import, run_import
from doan_desktop.exchange.roster_xlsx import read_book
from tests.conftest import TODAY

# Columns that say nothing about the person: ids, times, the cached search key.
_NOT_COMPARED = {"id", "chapter_id", "created_at", "updated_at", "deleted_at", "search_key"}


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The sample commune, filled once for the module (the fill is the slow part)."""
    root = tmp_path_factory.mktemp("sample")
    database = open_database(root / "doan.sqlite3", root / "backups")
    with database.session() as session:
        demo.fill_sample_commune(session, today=TODAY)
    yield database
    database.close()


def roster(database) -> dict:
    """Everything the round trip must keep, keyed so that two databases compare."""
    with database.session() as session:
        chapters = session.scalars(select(Chapter).where(Chapter.deleted_at.is_(None))).all()
        names = {c.id: c.name for c in chapters}
        people = session.scalars(
            select(Person)
            .where(Person.deleted_at.is_(None))
            .options(selectinload(Person.classifications))
        ).all()
        offices: dict[str, list] = {}
        for office in session.scalars(select(Office)):
            if office.chapter_id is None or office.chapter_id in names:
                offices.setdefault(office.person_id, []).append(
                    (
                        office.role,
                        "commune" if office.chapter_id is None else names[office.chapter_id],
                        office.start_date,
                        office.end_date,
                    )
                )
        found = {}
        for person in people:
            fields = {
                column.key: getattr(person, column.key)
                for column in Person.__table__.columns
                if column.key not in _NOT_COMPARED
            }
            fields["chapter"] = names.get(person.chapter_id, "")
            fields["classifications"] = sorted(
                (c.year, c.scale, c.result) for c in person.classifications
            )
            fields["offices"] = sorted(offices.get(person.id, []))
            found[("person", person.full_name, person.birth_date, person.id_number)] = fields
        for chapter in chapters:
            found[("chapter", chapter.name)] = {
                "kind": chapter.kind,
                "active": chapter.active,
                "note": chapter.note,
            }
        return found


def differences(expected: dict, got: dict) -> list[str]:
    """What differs, one line per record and field (empty: the same roster)."""
    lines = [f"missing: {key}" for key in expected.keys() - got.keys()]
    lines += [f"extra: {key}" for key in got.keys() - expected.keys()]
    for key in expected.keys() & got.keys():
        for name, value in expected[key].items():
            if got[key].get(name) != value:
                lines.append(f"{key} {name}: {value!r} became {got[key].get(name)!r}")
    return sorted(lines)


def _import(database, path):
    options = ImportOptions(create_chapters=True, today=TODAY)
    book = read_book(path)
    with database.session() as session:
        plan = plan_import(session, book, options)
    with database.session() as session:
        return run_import(session, plan, options)


def _dry_run(database, path):
    options = ImportOptions(create_chapters=True, today=TODAY)
    with database.session() as session:
        return plan_import(session, read_book(path), options)


@pytest.fixture
def fresh(sample, tmp_path):
    """An empty unit, the same as the sample's."""
    with sample.session() as session:
        unit = get_unit(session)
    database = open_database(tmp_path / "fresh" / "doan.sqlite3")
    with database.session() as session:
        save_unit(session, unit)
    yield database
    database.close()


def test_the_workbook_brings_back_the_same_roster_field_by_field(sample, fresh, tmp_path):
    path = tmp_path / "danh-sach.xlsx"
    with sample.session() as session:
        write_xlsx(path, collect(session, today=TODAY))
    result = _import(fresh, path)
    assert result.errors == [] and result.duplicates == []
    expected = roster(sample)
    people = sum(1 for key in expected if key[0] == "person")
    assert (result.imported, result.updated, result.unchanged) == (people, 0, 0)
    assert differences(expected, roster(fresh)) == []
    # The sample has offices at both levels, past terms and people holding two offices.
    offices = [o for key, f in expected.items() if key[0] == "person" for o in f["offices"]]
    assert {o[1] == "commune" for o in offices} == {True, False}
    assert any(o[3] for o in offices)
    assert any(len(f.get("offices", [])) > 1 for f in expected.values())
    assert any(f.get("classifications") for f in expected.values())

    again = _dry_run(fresh, path)
    assert (len(again.to_add), len(again.to_update), len(again.unchanged)) == (0, 0, people)
    assert again.all_offices() == [] and again.chapters_to_create == []
    assert again.errors == []


def test_a_second_import_into_the_same_roster_changes_nothing(sample, tmp_path):
    path = tmp_path / "danh-sach.xlsx"
    with sample.session() as session:
        write_xlsx(path, collect(session, today=TODAY))
    plan = _dry_run(sample, path)
    assert (len(plan.to_add), len(plan.to_update)) == (0, 0)
    assert plan.all_offices() == [] and plan.errors == [] and plan.warnings == []


def test_the_csv_brings_back_the_people_and_the_offices_held_now(sample, fresh, tmp_path):
    path = tmp_path / "danh-sach.csv"
    with sample.session() as session:
        write_csv(path, collect(session, today=TODAY))
    result = _import(fresh, path)
    assert result.errors == []
    expected, got = roster(sample), roster(fresh)
    for key, fields in expected.items():
        if key[0] != "person":
            continue
        # A CSV has no past terms and no start dates: the offices held now, at their level.
        held = sorted((role, where) for role, where, _start, end in fields["offices"] if not end)
        assert sorted((role, where) for role, where, _s, _e in got[key]["offices"]) == held, key
        for name, value in fields.items():
            if name != "offices":
                assert got[key][name] == value, (key, name)
    again = _dry_run(fresh, path)
    assert (len(again.to_add), len(again.to_update)) == (0, 0) and again.all_offices() == []
