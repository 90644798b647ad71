"""Migration 0007 keeps every trusted key: a key an older version marked revoked by a rotation
becomes retired (its earlier files acceptable again); a key revoked by the clerk stays revoked."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from pathlib import Path

from alembic import command

from doan_desktop.core.store import db as store_db
from doan_desktop.core.store.db import APPLICATION_ID, make_engine
from tests.inbox.conftest import Commune

STAMP = "%Y-%m-%d %H:%M:%S.%f"  # SQLAlchemy's SQLite DateTime text


def _migrate(path: Path, target: str) -> None:
    engine = make_engine(path)
    config = store_db.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
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


def _key(path: Path, commune: Commune, registration: bytes, trusted: dt.datetime, revoked=None):
    row_id = str(uuid.uuid4())
    _sql(
        path,
        "INSERT INTO trusted_key (id, unit_code, unit_name, key_id, public_key, fingerprint, "
        "registration, revoked_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        row_id,
        commune.code,
        commune.name,
        commune.key_id_hex,
        commune.pair.public.line(),
        "F",
        registration,
        revoked.strftime(STAMP) if revoked else None,
        trusted.strftime(STAMP),
        trusted.strftime(STAMP),
    )
    return row_id


def _log_replace(path: Path, row_id: str, at: dt.datetime, replaced_by: str) -> None:
    _sql(
        path,
        "INSERT INTO change_log (at, entity, entity_id, action, before, after) "
        "VALUES (?, 'trusted_key', ?, 'replace', ?, ?)",
        at.strftime(STAMP),
        row_id,
        json.dumps({"revoked_at": None}),
        json.dumps({"revoked_at": at.isoformat(), "replaced_by": replaced_by}),
    )


def test_rotations_become_retired_and_revocations_stay(tmp_path):
    path = tmp_path / "doan.sqlite3"
    _migrate(path, "0006")
    first_trust = dt.datetime(2026, 7, 1, 2, 0)
    rotation = dt.datetime(2026, 11, 20, 3, 0)  # when the superior trusted the new key
    made = dt.datetime(2026, 11, 18, 8, 0)  # when the commune made it

    # Hòa Phú rotated (the change log says so), Ea Tu rotated (only the registration and the
    # equal times say so), Krông Búk's key was revoked by the clerk and a fresh key trusted later.
    hp_old, hp_new = Commune("HP-DL-01", "Hòa Phú"), Commune("HP-DL-01", "Hòa Phú")
    hp_old_id = _key(path, hp_old, hp_old.registration(), first_trust, revoked=rotation)
    _key(path, hp_new, hp_new.registration(previous=hp_old, created=made), rotation)
    _log_replace(path, hp_old_id, rotation, hp_new.key_id_hex)

    et_old, et_new = Commune("ET-DL-02", "Ea Tu"), Commune("ET-DL-02", "Ea Tu")
    _key(path, et_old, et_old.registration(), first_trust, revoked=rotation)
    _key(path, et_new, et_new.registration(previous=et_old, created=made), rotation)

    kb_old, kb_new = Commune("KB-DL-03", "Krông Búk"), Commune("KB-DL-03", "Krông Búk")
    _key(path, kb_old, kb_old.registration(), first_trust, revoked=rotation)
    # A registration naming the revoked key, trusted later: not a rotation (the old key was
    # revoked first, then the new one trusted as new).
    _key(
        path,
        kb_new,
        kb_new.registration(previous=kb_old, created=made),
        rotation + dt.timedelta(days=2),
    )
    before = _sql(path, "SELECT count(*) FROM trusted_key")[0][0]

    _migrate(path, "0007")

    assert _sql(path, "SELECT count(*) FROM trusted_key")[0][0] == before == 6
    rows = {
        key: (revoked, retired, by)
        for key, revoked, retired, by in _sql(
            path, "SELECT key_id, revoked_at, retired_at, retired_by FROM trusted_key"
        )
    }
    made_text = made.strftime(STAMP)
    assert rows[hp_old.key_id_hex] == (None, made_text, hp_new.key_id_hex)
    assert rows[et_old.key_id_hex] == (None, made_text, et_new.key_id_hex)
    assert rows[kb_old.key_id_hex] == (rotation.strftime(STAMP), None, None)
    for active in (hp_new, et_new, kb_new):
        assert rows[active.key_id_hex] == (None, None, None)


def test_downgrade_makes_retired_keys_revoked_again(tmp_path):
    path = tmp_path / "doan.sqlite3"
    _migrate(path, "0007")
    commune = Commune("HP-DL-01", "Hòa Phú")
    row_id = _key(path, commune, commune.registration(), dt.datetime(2026, 7, 1))
    _sql(
        path,
        "UPDATE trusted_key SET retired_at = ? WHERE id = ?",
        dt.datetime(2026, 11, 1).strftime(STAMP),
        row_id,
    )
    engine = make_engine(path)
    config = store_db.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0006")
    engine.dispose()
    assert _sql(path, "SELECT revoked_at FROM trusted_key") == [
        (dt.datetime(2026, 11, 1).strftime(STAMP),)
    ]
