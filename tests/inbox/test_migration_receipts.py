"""Migration 0009 keeps every row: the tables of receipts and circulars are added, a refused
file recorded before it has no claims (a receipt reads them from its kept copy), and going
back is refused once receipts or circulars are kept."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic import command

from doan_desktop.core.store import db as store_db
from doan_desktop.core.store.db import APPLICATION_ID, make_engine

STAMP = "%Y-%m-%d %H:%M:%S.%f"


def _alembic(path: Path, action, target: str) -> None:
    engine = make_engine(path)
    config = store_db.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        action(config, target)
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    engine.dispose()


def _sql(path: Path, query: str, *params):
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(query, params).fetchall()
        connection.commit()
        return rows
    finally:
        connection.close()


def test_every_row_stays_and_the_new_tables_come(tmp_path):
    path = tmp_path / "doan.sqlite3"
    _alembic(path, command.upgrade, "0008")
    now = dt.datetime(2026, 10, 1, 3, 0).strftime(STAMP)
    for n in range(3):
        _sql(
            path,
            "INSERT INTO rejected_file (id, file_name, file_sha256, code, message, kept_as, "
            "issuer, period, created_at, updated_at) VALUES (?, ?, ?, 'NOT_ZIP', 'm', '', "
            "'HP', '2026Q3', ?, ?)",
            str(uuid.uuid4()),
            f"f{n}.zip",
            f"{n:064x}",
            now,
            now,
        )
    before = _sql(path, "SELECT id, file_name, code, issuer, period FROM rejected_file")

    _alembic(path, command.upgrade, "0009")

    assert _sql(path, "SELECT id, file_name, code, issuer, period FROM rejected_file") == before
    assert _sql(path, "SELECT count(*) FROM rejected_file WHERE claims IS NULL") == [(3,)]
    tables = {row[0] for row in _sql(path, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"issued_receipt", "issued_receipt_item", "imported_receipt", "circular"} <= tables

    # Back to 0008 while nothing was sent or received: the claims column goes, the rows stay.
    _alembic(path, command.downgrade, "0008")
    assert _sql(path, "SELECT id, file_name, code, issuer, period FROM rejected_file") == before


def test_going_back_is_refused_while_circulars_are_kept(tmp_path):
    path = tmp_path / "doan.sqlite3"
    _alembic(path, command.upgrade, "0009")
    now = dt.datetime(2026, 10, 1, 3, 0).strftime(STAMP)
    _sql(
        path,
        "INSERT INTO circular (id, issuer, sequence, created, title, applies_from, list_version, "
        "indicators, deadlines, key_id, file_sha256, file_name, content, created_at, updated_at) "
        "VALUES (?, 'TD', 1, 'c', '', '2026Q4', 2, '{}', '[]', 'K', 'h', 'f', x'00', ?, ?)",
        str(uuid.uuid4()),
        now,
        now,
    )
    with pytest.raises(RuntimeError, match="1 receipts and circulars are kept here"):
        _alembic(path, command.downgrade, "0008")
    assert _sql(path, "SELECT count(*) FROM circular") == [(1,)]
