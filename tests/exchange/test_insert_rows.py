"""The import's executemany straight to the driver stores exactly what a Core insert stores:
the same text for dates, 0/1 for booleans, the same JSON (a None as JSON null), NULLs."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from doan_desktop.core.store.db import open_database
from doan_desktop.core.store.models import ChangeLog, Classification, Person
from doan_desktop.exchange.roster_import import insert_rows

NOW = dt.datetime(2026, 11, 25, 3, 4, 5, 678901)


def person(number: int) -> dict:
    values = {c.key: "" for c in Person.__table__.columns}
    values.update(
        id=f"p{number}",
        created_at=NOW,
        updated_at=NOW,
        full_name=f"Nguyễn Văn Ấn {number}",
        given_name="Ấn",
        is_member=number % 2 == 0,
        is_party_member=False,
        chapter_id=None,
        deleted_at=None if number else NOW,
        search_key=f"nguyen van an {number}",
        sort_key=f"key {number}",
    )
    return values


ROWS = {
    Person: [person(n) for n in range(3)],
    ChangeLog: [
        {
            "at": NOW,
            "entity": "person",
            "entity_id": "p1",
            "action": "create",
            "before": None,
            "after": {"full_name": "Nguyễn Văn Ấn", "is_member": True, "chapter_id": None},
        },
        {
            "at": NOW,
            "entity": "person",
            "entity_id": "p1",
            "action": "update",
            "before": {"note": ""},
            "after": {"note": 'dấu "ngoặc"'},
        },
    ],
    Classification: [
        {
            "id": "c1",
            "person_id": "p1",
            "year": 2025,
            "scale": "2019",
            "result": "htt",
            "created_at": NOW,
            "updated_at": NOW,
        }
    ],
}


def stored(path, table: str) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
    finally:
        connection.close()


@pytest.mark.parametrize("model", list(ROWS), ids=lambda m: m.__tablename__)
def test_the_rows_are_those_a_core_insert_writes(tmp_path, model):
    table = model.__table__
    written = {}
    for way in ("core", "driver"):
        database = open_database(tmp_path / way / "doan.sqlite3")
        try:
            with database.session() as session:
                connection = session.connection()
                connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
                if way == "core":
                    connection.execute(table.insert(), ROWS[model])
                else:
                    insert_rows(connection, table, ROWS[model])
        finally:
            database.close()
        written[way] = stored(tmp_path / way / "doan.sqlite3", table.name)
    assert len(written["driver"]) == len(ROWS[model])
    assert written["driver"] == written["core"]


def test_no_rows_write_nothing(tmp_path):
    database = open_database(tmp_path / "doan.sqlite3")
    try:
        with database.session() as session:
            insert_rows(session.connection(), Person.__table__, [])
    finally:
        database.close()
    assert stored(tmp_path / "doan.sqlite3", "person") == []
