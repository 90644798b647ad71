"""JSON columns are written as UTF-8 text (not \\uXXXX escapes, three times the size for a
Vietnamese letter); rows written either way by earlier versions read back the same."""

from __future__ import annotations

import json
import sqlite3

from sqlalchemy import select

from doan_desktop.core.roster import PersonInput, save_person
from doan_desktop.core.store.models import ChangeLog
from tests.conftest import TODAY


def test_the_change_log_is_utf8_text_and_reads_back(unit_db):
    with unit_db.session() as session:
        person_id = save_person(session, PersonInput(full_name="Nguyễn Thị Ánh Đào"), today=TODAY)
    connection = sqlite3.connect(unit_db.path)
    try:
        (stored,) = connection.execute(
            "SELECT after FROM change_log WHERE entity_id = ?", (person_id,)
        ).fetchone()
    finally:
        connection.close()
    assert '"full_name":"Nguyễn Thị Ánh Đào"' in stored
    assert "\\u" not in stored
    with unit_db.session() as session:
        after = session.scalar(select(ChangeLog.after).where(ChangeLog.entity_id == person_id))
    assert after == json.loads(stored)
    assert after["full_name"] == "Nguyễn Thị Ánh Đào"


def test_an_escaped_row_of_an_earlier_version_reads_the_same(unit_db):
    value = {"full_name": "Y Phôn Ksơr", "note": 'dấu "ngoặc" \\ và\ttab'}
    connection = sqlite3.connect(unit_db.path)
    try:
        for text in (json.dumps(value), json.dumps(value, ensure_ascii=False)):
            connection.execute(
                "INSERT INTO change_log (at, entity, entity_id, action, after) "
                "VALUES ('2026-11-25 03:00:00.000000', 'person', 'x', 'create', ?)",
                (text,),
            )
        connection.commit()
    finally:
        connection.close()
    with unit_db.session() as session:
        rows = session.scalars(select(ChangeLog.after).where(ChangeLog.entity_id == "x")).all()
    assert rows == [value, value]
