"""Where the private key lives: its own file in the data folder (owner-only), never in the
database or its backups; a key kept in the database by an older version moves into its file at
the next unlock; a missing file is said plainly, and a lost key can be replaced."""

import base64
import datetime as dt
import json
import os
import sqlite3
import stat

import pytest
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    NoEncryption,
    PrivateFormat,
)
from sqlalchemy import select, text

from doan_desktop.core import report_export, signing
from doan_desktop.core.periods import Period
from doan_desktop.core.store.backup import backup_file
from doan_desktop.core.store.models import ChangeLog, SigningKey
from doan_desktop.core.unit import get_unit
from doan_desktop.exchange import bundle, keys
from doan_desktop.exchange.files import FileWriteError
from doan_desktop.exchange.keys import WrongPassphrase, read_registration
from tests.conftest import TODAY
from tests.reporting.conftest import PASSPHRASE

NEW = "a brand new passphrase"
Q3 = Period.parse("2026Q3")
NOW = dt.datetime(2026, 11, 25, 3, 0, tzinfo=dt.UTC)
posix_only = pytest.mark.skipif(os.name != "posix", reason="owner-only modes are POSIX")


def _rows(db):
    with db.session() as s:
        return s.scalars(select(SigningKey).order_by(SigningKey.created_at)).all()


def _raw(private) -> bytes:
    return private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def _key_file(data_dir, key_id):
    return data_dir.root / "keys" / f"signing-{key_id}.key"


def _old_style_key(db, passphrase=PASSPHRASE):
    """A key as older versions stored it: PKCS#8 (BestAvailableEncryption) in its row."""
    pair, private = keys.generate()
    pem = private.private_bytes(
        Encoding.PEM, PrivateFormat.PKCS8, BestAvailableEncryption(passphrase.encode())
    )
    with db.session() as s:
        unit = get_unit(s)
        registration = keys.registration(unit.code, unit.name, pair, private, NOW)
        s.add(
            SigningKey(
                key_id=pair.public.key_id_hex,
                public_key=pair.public.line(),
                private_pem=pem,
                registration=registration,
            )
        )
    return pair, private, pem


def _pem_lines(pem: bytes) -> list[bytes]:
    """The base64 lines between the PEM armour: any one would leak part of the wrapped key."""
    return pem.splitlines()[1:-1]


def _export(db, target, **options):
    options.setdefault("today", TODAY)
    options.setdefault("now", NOW)
    return report_export.export_report(db, Q3, target, PASSPHRASE, **options)


def _verify(db, data):
    with db.session() as s:
        trusted = {k.key_id: bundle.TrustedKey("HP-DL-01", k.public) for k in signing.all_keys(s)}
    return bundle.verify_report_file(data, trusted.get, today=TODAY, recipient="TD-DL")


# ------------------------------------------------------------------ new keys


def test_a_new_key_is_a_file_in_the_data_folder_and_not_in_the_database(unit_db, data_dir):
    with unit_db.session() as s:
        info = signing.create_key(s, PASSPHRASE)
        assert signing.private_key_place(s) == "file"
        assert signing.key_file_path(s) == _key_file(data_dir, info.key_id)
    (row,) = _rows(unit_db)
    assert row.private_pem is None and row.public_key == info.public_key
    path = _key_file(data_dir, info.key_id)
    document = json.loads(path.read_bytes())
    assert document["key_id"] == info.key_id
    assert document["minisign_public_key"] == info.public_key
    with unit_db.session() as s:
        pair, private = signing.unlock_key(s, PASSPHRASE)
    assert pair.public == info.public
    assert base64.b64encode(_raw(private)) not in path.read_bytes()
    # No partial files left beside it.
    assert [p.name for p in path.parent.iterdir()] == [path.name]


@posix_only
def test_the_key_file_is_the_owners_alone(unit_db, data_dir):
    folder = data_dir.root / "keys"
    folder.mkdir(mode=0o755)  # made by hand, open to everyone: tightened
    folder.chmod(0o755)
    with unit_db.session() as s:
        info = signing.create_key(s, PASSPHRASE)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(_key_file(data_dir, info.key_id).stat().st_mode) == 0o600


def test_the_key_file_is_written_with_the_strong_default(unit_db, data_dir, monkeypatch):
    # Instead of the cheap parameters of tests/conftest.py (the default itself is checked in
    # tests/exchange/test_key_file.py).
    monkeypatch.setattr(keys, "KDF", keys.STRONG_KDF)
    with unit_db.session() as s:
        info = signing.create_key(s, PASSPHRASE)
    document = json.loads(_key_file(data_dir, info.key_id).read_bytes())
    assert document["kdf"] == "scrypt"
    assert document["n"] >= 2**17 and document["r"] == 8 and document["p"] == 1


def test_a_key_file_that_cannot_be_written_makes_no_key(unit_db, data_dir):
    (data_dir.root / "keys").write_text("a file where the folder should be")
    with unit_db.session() as s, pytest.raises(signing.KeyProblem, match="could not be written"):
        signing.create_key(s, PASSPHRASE)
    assert _rows(unit_db) == []


def test_the_database_and_its_backups_hold_no_private_key(unit_db, data_dir, tmp_path):
    with unit_db.session() as s:
        info = signing.create_key(s, PASSPHRASE)
        _, private = signing.unlock_key(s, PASSPHRASE)
    copy = backup_file(data_dir.database, tmp_path / "copy.sqlite3")
    connection = sqlite3.connect(copy)
    try:
        rows = connection.execute("SELECT key_id, private_pem FROM signing_key").fetchall()
    finally:
        connection.close()
    assert rows == [(info.key_id, None)]
    ciphertext = base64.b64decode(
        json.loads(_key_file(data_dir, info.key_id).read_bytes())["ciphertext"]
    )
    data = copy.read_bytes()
    assert _raw(private) not in data and ciphertext not in data
    assert b"PRIVATE KEY" not in data


# ------------------------------------------------------------------ keys of older versions


def test_the_schema_migration_keeps_the_old_keys_until_they_are_unlocked(data_dir):
    """A database an older version left, with two keys in its table: upgrading it keeps both
    rows and their private halves (only the passphrase can move them). Unlocking the current
    key moves it into its file, and destroys the retired key's (only the current key signs)."""
    from alembic.script import ScriptDirectory

    from doan_desktop.core.store.db import alembic_config, open_database
    from tests.core.test_store import create_at

    before = ScriptDirectory.from_config(alembic_config()).get_revision("0008").down_revision
    create_at(data_dir.database, before)
    made = []
    connection = sqlite3.connect(data_dir.database)
    with connection:
        for number, retired in enumerate(("2026-06-01 00:00:00", None)):
            pair, private = keys.generate()
            pem = private.private_bytes(
                Encoding.PEM, PrivateFormat.PKCS8, BestAvailableEncryption(PASSPHRASE.encode())
            )
            connection.execute(
                "INSERT INTO signing_key (id, created_at, updated_at, key_id, public_key, "
                "private_pem, retired_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    f"key-{number}",
                    f"2026-0{number + 1}-01 00:00:00",
                    "2026-06-01 00:00:00",
                    pair.public.key_id_hex,
                    pair.public.line(),
                    pem,
                    retired,
                ),
            )
            made.append((pair, private, pem))
    connection.close()
    database = open_database(data_dir.database, data_dir.backups)
    try:
        rows = _rows(database)
        assert [(r.key_id, r.private_pem) for r in rows] == [
            (pair.public.key_id_hex, pem) for pair, _, pem in made
        ]
        with database.session() as s:
            _, private = signing.unlock_key(s, PASSPHRASE)
        assert _raw(private) == _raw(made[1][1])
        rows = _rows(database)
        assert [r.key_id for r in rows] == [pair.public.key_id_hex for pair, _, _ in made]
        assert [r.private_pem for r in rows] == [None, None]
        assert [r.public_key for r in rows] == [pair.public.line() for pair, _, _ in made]
        with database.session() as s:
            assert signing.private_key_place(s) == "file"
            destroyed = s.scalars(
                select(ChangeLog).where(
                    ChangeLog.entity_id == "key-0", ChangeLog.action == "update"
                )
            ).one()
        assert destroyed.after == {"private_key": "destroyed"}
        assert not _key_file(data_dir, made[0][0].public.key_id_hex).exists()
    finally:
        database.close()


def test_an_old_key_moves_into_its_file_at_the_next_unlock(unit_db, data_dir):
    pair, private, _ = _old_style_key(unit_db)
    with unit_db.session() as s:
        assert signing.private_key_place(s) == "database"
    path = _key_file(data_dir, pair.public.key_id_hex)
    assert not path.exists()
    with unit_db.session() as s:
        unlocked_pair, unlocked = signing.unlock_key(s, PASSPHRASE)
    assert unlocked_pair.public == pair.public and _raw(unlocked) == _raw(private)
    (row,) = _rows(unit_db)
    assert row.private_pem is None
    document = json.loads(path.read_bytes())
    assert document["version"] == 2 and document["key_id"] == pair.public.key_id_hex
    with unit_db.session() as s:
        assert signing.private_key_place(s) == "file"
        logged = s.scalars(select(ChangeLog).where(ChangeLog.action == "update")).all()
        # From the file now, with the same passphrase.
        assert _raw(signing.unlock_key(s, PASSPHRASE)[1]) == _raw(private)
    assert [(e.before, e.after) for e in logged] == [
        ({"private_key": "database"}, {"private_key": f"keys/{path.name}"})
    ]


def test_an_old_key_and_a_wrong_passphrase_change_nothing(unit_db, data_dir):
    pair, _, pem = _old_style_key(unit_db)
    with unit_db.session() as s, pytest.raises(WrongPassphrase, match="Nothing was signed"):
        signing.unlock_key(s, "not the passphrase")
    (row,) = _rows(unit_db)
    assert row.private_pem == pem
    assert not (data_dir.root / "keys").exists()


def test_an_old_key_stays_in_the_database_when_its_file_cannot_be_written(unit_db, data_dir):
    _, _, pem = _old_style_key(unit_db)
    (data_dir.root / "keys").write_text("a file where the folder should be")
    with unit_db.session() as s, pytest.raises(signing.KeyProblem, match="Nothing was changed"):
        signing.unlock_key(s, PASSPHRASE)
    (row,) = _rows(unit_db)
    assert row.private_pem == pem


def test_a_backup_after_the_move_holds_no_trace_of_the_old_key(unit_db, data_dir, tmp_path):
    _, _, pem = _old_style_key(unit_db)
    before = backup_file(data_dir.database, tmp_path / "before.sqlite3")
    assert all(line in before.read_bytes() for line in _pem_lines(pem))  # what is removed
    with unit_db.session() as s:
        # Debian's SQLite has it on by default; a build without SQLITE_SECURE_DELETE has not.
        s.execute(text("PRAGMA secure_delete=OFF"))
        signing.unlock_key(s, PASSPHRASE)
    after = backup_file(data_dir.database, tmp_path / "after.sqlite3")
    connection = sqlite3.connect(after)
    try:
        assert connection.execute("SELECT private_pem FROM signing_key").fetchall() == [(None,)]
    finally:
        connection.close()
    # Not even in the free space of a page (secure_delete): the backup copies pages as they are.
    assert not any(line in after.read_bytes() for line in _pem_lines(pem))


def test_exporting_a_report_moves_an_old_key(commune, unit_db, data_dir, tmp_path):
    pair, _, _ = _old_style_key(unit_db)
    result = _export(unit_db, tmp_path / "BC.zip")
    assert _verify(unit_db, result.path.read_bytes()).manifest["key_id"] == pair.public.key_id_hex
    assert _rows(unit_db)[0].private_pem is None
    assert _key_file(data_dir, pair.public.key_id_hex).is_file()


def test_a_file_with_weaker_parameters_is_written_again(unit_db, data_dir, monkeypatch):
    with unit_db.session() as s:
        info = signing.create_key(s, PASSPHRASE)
    path = _key_file(data_dir, info.key_id)
    assert json.loads(path.read_bytes())["n"] == 2**4
    monkeypatch.setattr(keys, "KDF", keys.KdfParams(n=2**6, r=8, p=1))
    with unit_db.session() as s:
        signing.unlock_key(s, PASSPHRASE)
    assert json.loads(path.read_bytes())["n"] == 2**6
    # Writing it again is a bonus: a disk that refuses does not stop the signing.
    monkeypatch.setattr(keys, "KDF", keys.KdfParams(n=2**7, r=8, p=1))
    monkeypatch.setattr(signing, "write_atomically", _full_disk)
    with unit_db.session() as s:
        signing.unlock_key(s, PASSPHRASE)
    assert json.loads(path.read_bytes())["n"] == 2**6


def _full_disk(path, write):
    raise FileWriteError(f"The disk is full: {path} could not be written.")


def test_a_full_disk_makes_no_key_and_says_so(unit_db, monkeypatch):
    monkeypatch.setattr(signing, "write_atomically", _full_disk)
    with unit_db.session() as s, pytest.raises(signing.KeyProblem) as raised:
        signing.create_key(s, PASSPHRASE)
    assert str(raised.value).startswith("The disk is full: ")
    assert str(raised.value).endswith(" The signing key was not changed.")
    assert _rows(unit_db) == []


# ------------------------------------------------------------------ missing and damaged files


def test_a_missing_key_file_is_said_plainly(unit_db, data_dir):
    with unit_db.session() as s:
        info = signing.create_key(s, PASSPHRASE)
    path = _key_file(data_dir, info.key_id)
    path.unlink()
    with unit_db.session() as s:
        assert signing.private_key_place(s) == "missing"
        with pytest.raises(signing.KeyFileMissing) as raised:
            signing.unlock_key(s, PASSPHRASE)
        # The public registration is in the database and still exports.
        assert read_registration(signing.registration_file(s)).public == info.public
    message = str(raised.value)
    assert "missing from the data folder" in message and str(path) in message
    assert "keys backup" in message and "keys rotate --lost" in message
    assert "register the new key with the superior office" in message


def test_exporting_without_the_key_file_writes_nothing(keyed, unit_db, data_dir, tmp_path):
    with unit_db.session() as s:
        signing.key_file_path(s).unlink()
    target = tmp_path / "BC.zip"
    with pytest.raises(signing.KeyFileMissing, match="missing from the data folder"):
        _export(unit_db, target)
    assert not target.exists()
    with unit_db.session() as s:
        assert report_export.latest_report(s, Q3) is None


def test_a_damaged_or_swapped_key_file_is_said_plainly(unit_db, data_dir):
    with unit_db.session() as s:
        info = signing.create_key(s, PASSPHRASE)
    path = _key_file(data_dir, info.key_id)
    path.write_bytes(b"{}")
    with unit_db.session() as s:
        assert signing.private_key_place(s) == "damaged"
        with pytest.raises(signing.KeyProblem, match="damaged or belongs to another key"):
            signing.unlock_key(s, PASSPHRASE)
    other, other_private = keys.generate()
    path.write_bytes(keys.wrap(other_private, other.public, PASSPHRASE))
    with unit_db.session() as s:
        assert signing.private_key_place(s) == "damaged"
        with pytest.raises(signing.KeyProblem, match=other.public.key_id_hex):
            signing.unlock_key(s, PASSPHRASE)


def test_a_lost_key_is_replaced_by_a_self_signed_one(unit_db, data_dir):
    with unit_db.session() as s:
        old = signing.create_key(s, PASSPHRASE)
    with unit_db.session() as s, pytest.raises(signing.KeyProblem, match="not lost"):
        signing.replace_lost_key(s, NEW)
    _key_file(data_dir, old.key_id).unlink()
    with unit_db.session() as s, pytest.raises(signing.KeyProblem, match="at least 8"):
        signing.replace_lost_key(s, "short")
    with unit_db.session() as s:
        new = signing.replace_lost_key(s, NEW)
    assert new.previous_key_id == old.key_id
    assert not _key_file(data_dir, old.key_id).exists()
    assert [r.retired_at is not None for r in _rows(unit_db)] == [True, False]
    with unit_db.session() as s:
        registration = read_registration(signing.registration_file(s))
        signing.unlock_key(s, NEW)
    # Signed by the new key alone: the superior office revokes the old one before accepting it.
    assert registration.public == new.public and registration.previous is None


def test_an_old_key_in_the_database_is_not_lost(unit_db):
    _old_style_key(unit_db)
    with unit_db.session() as s, pytest.raises(signing.KeyProblem, match="not lost"):
        signing.replace_lost_key(s, NEW)


# ------------------------------------------------------------------ rotation


def test_rotation_destroys_the_old_private_key_and_old_reports_still_verify(
    keyed, unit_db, data_dir, tmp_path
):
    first = _export(unit_db, tmp_path / "a.zip")
    with unit_db.session() as s:
        old = signing.current_key(s)
        new = signing.rotate_key(s, PASSPHRASE, NEW)
        # Not before the rotation is committed: a failed commit would leave the key without it.
        assert _key_file(data_dir, old.key_id).is_file()
    assert not _key_file(data_dir, old.key_id).exists()
    assert _key_file(data_dir, new.key_id).is_file()
    assert sorted(p.name for p in (data_dir.root / "keys").iterdir()) == [
        f"signing-{new.key_id}.key"
    ]
    # The public halves stay: what the old key signed still verifies.
    assert _verify(unit_db, first.path.read_bytes()).manifest["key_id"] == old.key_id
    with unit_db.session() as s:
        assert [k.key_id for k in signing.all_keys(s)] == [old.key_id, new.key_id]
        with pytest.raises(signing.KeyProblem, match=f"Key {old.key_id} was replaced on"):
            signing.unlock_key(s, PASSPHRASE, old.key_id)
        with pytest.raises(WrongPassphrase):
            signing.unlock_key(s, PASSPHRASE)  # the new key has the new passphrase
        signing.unlock_key(s, NEW)
    # The report frozen under the old key goes out again signed with the new one.
    again = report_export.export_report(unit_db, Q3, tmp_path / "b.zip", NEW, today=TODAY, now=NOW)
    assert _verify(unit_db, again.path.read_bytes()).manifest["key_id"] == new.key_id


def test_a_rotation_rolled_back_keeps_the_old_key_file(unit_db, data_dir):
    with unit_db.session() as s:
        old = signing.create_key(s, PASSPHRASE)
    with pytest.raises(RuntimeError), unit_db.session() as s:
        signing.rotate_key(s, PASSPHRASE, NEW)
        raise RuntimeError("the commit never happens")
    assert _key_file(data_dir, old.key_id).is_file()
    with unit_db.session() as s:
        assert signing.current_key(s).key_id == old.key_id
        signing.unlock_key(s, PASSPHRASE)


def test_rotating_an_old_key_moves_it_first(unit_db, data_dir):
    pair, _, _ = _old_style_key(unit_db)
    with unit_db.session() as s:
        new = signing.rotate_key(s, PASSPHRASE, NEW)
    rows = _rows(unit_db)
    assert [r.private_pem for r in rows] == [None, None]
    assert not _key_file(data_dir, pair.public.key_id_hex).exists()
    with unit_db.session() as s:
        registration = read_registration(signing.registration_file(s))
    # Signed by the old key too: it was unlocked (and moved) before being destroyed.
    assert registration.previous == pair.public and registration.public == new.public


def test_an_unknown_key_id_is_named(unit_db):
    with unit_db.session() as s:
        signing.create_key(s, PASSPHRASE)
    with unit_db.session() as s, pytest.raises(signing.KeyProblem, match="no key 00000000"):
        signing.unlock_key(s, PASSPHRASE, "0000000000000000")


# ------------------------------------------------------------------ copies of the key file


def test_a_copy_of_the_key_file_restores_the_key(unit_db, data_dir, tmp_path):
    with unit_db.session() as s:
        info = signing.create_key(s, PASSPHRASE)
        copy = signing.back_up_key_file(s, tmp_path / "copy.key")
    path = _key_file(data_dir, info.key_id)
    assert copy.read_bytes() == path.read_bytes()
    path.unlink()
    with unit_db.session() as s:
        restored, where = signing.restore_key_file(s, copy.read_bytes())
        assert signing.private_key_place(s) == "file"
        signing.unlock_key(s, PASSPHRASE)
    assert restored.key_id == info.key_id and where == path
    # The same file again: nothing to refuse.
    with unit_db.session() as s:
        signing.restore_key_file(s, copy.read_bytes())


def test_restoring_refuses_what_is_not_this_offices_key(unit_db, data_dir, tmp_path):
    with unit_db.session() as s:
        info = signing.create_key(s, PASSPHRASE)
    other, other_private = keys.generate()
    foreign = keys.wrap(other_private, other.public, PASSPHRASE)
    with unit_db.session() as s:
        with pytest.raises(signing.KeyProblem, match="not one of this office's keys"):
            signing.restore_key_file(s, foreign)
        with pytest.raises(signing.KeyProblem, match="not a doan-desktop key file"):
            signing.restore_key_file(s, b"PK\x03\x04 a zip file")
    # A different file of the same key (wrapped again) is kept unless replacing is asked for.
    path = _key_file(data_dir, info.key_id)
    with unit_db.session() as s:
        _, private = signing.unlock_key(s, PASSPHRASE)
    rewrapped = keys.wrap(private, info.public, PASSPHRASE)
    kept = path.read_bytes()
    with unit_db.session() as s, pytest.raises(signing.KeyProblem, match="already in the data"):
        signing.restore_key_file(s, rewrapped)
    assert path.read_bytes() == kept
    with unit_db.session() as s:
        signing.restore_key_file(s, rewrapped, replace=True)
        signing.unlock_key(s, PASSPHRASE)
    assert path.read_bytes() == rewrapped


def test_no_copy_of_a_key_that_is_missing_or_still_in_the_database(unit_db, data_dir, tmp_path):
    _old_style_key(unit_db)
    with unit_db.session() as s, pytest.raises(signing.KeyProblem, match="still kept in the"):
        signing.back_up_key_file(s, tmp_path / "copy.key")
    with unit_db.session() as s:
        signing.unlock_key(s, PASSPHRASE)
        signing.key_file_path(s).unlink()
    with unit_db.session() as s, pytest.raises(signing.KeyFileMissing):
        signing.back_up_key_file(s, tmp_path / "copy.key")
    assert not (tmp_path / "copy.key").exists()
