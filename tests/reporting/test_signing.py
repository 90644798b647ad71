"""The office key: made with a passphrase, a wrong passphrase signs nothing, the registration
verifies, and a rotation is signed by the old key and the new one."""

import datetime as dt

import pytest
from sqlalchemy import select

from doan_desktop.core import signing
from doan_desktop.core.store.models import ChangeLog, SigningKey
from doan_desktop.exchange.keys import WrongPassphrase, read_registration
from tests.reporting.conftest import PASSPHRASE

NEW = "a brand new passphrase"


def _keys(db):
    with db.session() as s:
        return s.scalars(select(SigningKey).order_by(SigningKey.created_at)).all()


def test_create_stores_only_the_public_key(unit_db):
    with unit_db.session() as s:
        info = signing.create_key(s, PASSPHRASE)
        key_file = signing.key_file_path(s).read_bytes()
    (row,) = _keys(unit_db)
    assert row.key_id == info.key_id and row.retired_at is None
    assert row.private_pem is None  # in its own file (tests/reporting/test_key_storage.py)
    assert PASSPHRASE.encode() not in key_file
    assert len(info.fingerprint.split()) == 16
    with unit_db.session() as s:
        logged = s.scalars(select(ChangeLog).where(ChangeLog.entity == "signing_key")).all()
    assert logged and all("private_pem" not in (entry.after or {}) for entry in logged)


def test_a_short_passphrase_or_a_second_key_is_refused(unit_db):
    with unit_db.session() as s, pytest.raises(signing.KeyProblem, match="at least 8"):
        signing.create_key(s, "short")
    assert _keys(unit_db) == []
    with unit_db.session() as s:
        signing.create_key(s, PASSPHRASE)
    with unit_db.session() as s, pytest.raises(signing.KeyProblem, match="Rotate"):
        signing.create_key(s, PASSPHRASE)
    assert len(_keys(unit_db)) == 1


def test_a_key_needs_the_unit(database):
    with database.session() as s, pytest.raises(signing.KeyProblem, match="unit"):
        signing.create_key(s, PASSPHRASE)


def test_wrong_passphrase_says_so_and_unlocks_nothing(unit_db):
    with unit_db.session() as s:
        signing.create_key(s, PASSPHRASE)
    with unit_db.session() as s, pytest.raises(WrongPassphrase, match="passphrase is wrong"):
        signing.unlock_key(s, PASSPHRASE + "x")
    with unit_db.session() as s:
        pair, private = signing.unlock_key(s, PASSPHRASE)
    assert pair.public.key_id_hex == _keys(unit_db)[0].key_id


def test_no_key_says_how_to_make_one(unit_db):
    with unit_db.session() as s:
        assert signing.current_key(s) is None
        with pytest.raises(signing.NoKey):
            signing.registration_file(s)


def test_the_registration_is_self_signed_and_names_the_unit(unit_db):
    with unit_db.session() as s:
        info = signing.create_key(s, PASSPHRASE)
        data = signing.registration_file(s)
    registration = read_registration(data)
    assert registration.unit_code == "HP-DL-01"
    assert registration.unit_name == "Hòa Phú"
    assert registration.public.key_id_hex == info.key_id
    assert registration.fingerprint == info.fingerprint
    assert registration.previous is None
    # Written again, the same bytes: it is kept as made.
    with unit_db.session() as s:
        assert signing.registration_file(s) == data


def test_rotation_is_signed_by_both_and_retires_the_old_key(unit_db):
    with unit_db.session() as s:
        old = signing.create_key(s, PASSPHRASE)
    with unit_db.session() as s:
        new = signing.rotate_key(s, PASSPHRASE, NEW, now=dt.datetime(2026, 12, 1, tzinfo=dt.UTC))
    assert new.key_id != old.key_id and new.previous_key_id == old.key_id
    rows = _keys(unit_db)
    assert [r.retired_at is not None for r in rows] == [True, False]
    with unit_db.session() as s:
        registration = read_registration(signing.registration_file(s))
        assert signing.current_key(s).key_id == new.key_id
        signing.unlock_key(s, NEW)
        # Only the current key signs; the old one's private half is gone.
        with pytest.raises(signing.KeyProblem, match="replaced on"):
            signing.unlock_key(s, PASSPHRASE, old.key_id)
    assert registration.previous.key_id_hex == old.key_id
    assert registration.public.key_id_hex == new.key_id


def test_rotation_with_a_wrong_passphrase_changes_nothing(unit_db):
    with unit_db.session() as s:
        signing.create_key(s, PASSPHRASE)
    with unit_db.session() as s, pytest.raises(WrongPassphrase):
        signing.rotate_key(s, "not the passphrase", NEW)
    with unit_db.session() as s, pytest.raises(signing.KeyProblem, match="at least 8"):
        signing.rotate_key(s, PASSPHRASE, "short")
    (row,) = _keys(unit_db)
    assert row.retired_at is None


def test_a_tampered_rotation_does_not_verify(unit_db):
    from doan_desktop.exchange.keys import RegistrationError

    with unit_db.session() as s:
        signing.create_key(s, PASSPHRASE)
        signing.rotate_key(s, PASSPHRASE, NEW)
        data = signing.registration_file(s)
    with pytest.raises(RegistrationError):
        read_registration(data.replace(b"HP-DL-01", b"HP-DL-02"))


def test_the_fingerprint_sheet_data(unit_db):
    with unit_db.session() as s:
        info = signing.create_key(s, PASSPHRASE)
        sheet = signing.sheet_data(s, dt.date(2026, 11, 25))
    assert sheet.fingerprint == info.fingerprint and sheet.key_id == info.key_id
    assert sheet.unit_name == "Đoàn xã Hòa Phú" and sheet.place_name == "Hòa Phú"
    assert sheet.upper_body == "TỈNH ĐOÀN ĐẮK LẮK"
