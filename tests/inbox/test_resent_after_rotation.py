"""A commune's report of a period before its key rotation, exported again after it: signed with
the current key as a new report of the period (same figures), which the superior accepts once
it trusts the new key; the old-key file itself stays acceptable there, being made before."""

from __future__ import annotations

import datetime as dt

import pytest

from doan_desktop.core import report_export, signing
from doan_desktop.core.inbox import ACCEPTED, REJECTED, receive_files, trust_registration
from doan_desktop.core.inbox_status import period_status
from doan_desktop.core.periods import Period
from doan_desktop.core.store.db import open_database
from doan_desktop.core.unit import save_unit
from doan_desktop.exchange import bundle
from doan_desktop.exchange.keys import WrongPassphrase
from doan_desktop.paths import DataDir
from tests.conftest import TODAY
from tests.inbox.conftest import SUPERIOR
from tests.reporting.conftest import PASSPHRASE, commune, keyed  # noqa: F401 - fixtures

Q3 = Period.parse("2026Q3")
NEW_PASSPHRASE = "a brand new passphrase"
SENT = dt.datetime(2026, 10, 8, 8, 0, tzinfo=dt.UTC)
ROTATED = dt.datetime(2026, 11, 2, 8, 0, tzinfo=dt.UTC)
AGAIN = dt.datetime(2026, 11, 20, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def superior(tmp_path, unit_db, keyed):  # noqa: F811 - the fixture
    """The province's office, trusting the commune's first key."""
    folder = DataDir(tmp_path / "superior").ensure()
    database = open_database(folder.database, folder.backups)
    with database.session() as session:
        save_unit(session, SUPERIOR)
    with unit_db.session() as s:
        first = signing.registration_file(s)
        printed = signing.current_key(s).fingerprint
    with database.session() as session:
        trust_registration(session, first, fingerprint=printed)
    yield database, folder
    database.close()


def _export(unit_db, path, passphrase, now):
    return report_export.export_report(unit_db, Q3, path, passphrase, today=TODAY, now=now)


def _rotate(unit_db, superior_db):
    with unit_db.session() as s:
        signing.rotate_key(s, PASSPHRASE, NEW_PASSPHRASE, now=ROTATED)
    with unit_db.session() as s:
        registration = signing.registration_file(s)
        printed = signing.current_key(s).fingerprint
    with superior_db.session() as session:
        assert trust_registration(session, registration, fingerprint=printed).kind == "rotation"


def _receive(superior, *paths):
    database, folder = superior
    return receive_files(database, folder.root, list(paths), today=TODAY)


def test_a_re_export_after_rotation_signs_with_the_current_key(unit_db, superior, tmp_path):
    first = _export(unit_db, tmp_path / "BC_1.zip", PASSPHRASE, SENT)
    assert first.explanation() == ""
    with unit_db.session() as s:
        old_key = signing.current_key(s).key_id
    _rotate(unit_db, superior[0])

    with pytest.raises(WrongPassphrase):  # the old key's passphrase no longer signs
        _export(unit_db, tmp_path / "never.zip", PASSPHRASE, AGAIN)
    assert not (tmp_path / "never.zip").exists()

    again = _export(unit_db, tmp_path / "BC_2.zip", NEW_PASSPHRASE, AGAIN)
    assert (again.sequence, again.supersedes, again.reused) == (2, first.report_id, False)
    assert (again.resigned, again.old_key_id) == (1, old_key)
    explanation = again.explanation()
    assert f"Report no. 1 for 2026Q3 was signed with key {old_key}" in explanation
    assert "as report no. 2, signed with the current key, replacing no. 1" in explanation

    with unit_db.session() as s:
        current = signing.current_key(s)
        keys = {k.key_id: bundle.TrustedKey("HP-DL-01", k.public) for k in signing.all_keys(s)}
    old, new = (
        bundle.verify_report_file((tmp_path / name).read_bytes(), keys.get, today=TODAY)
        for name in ("BC_1.zip", "BC_2.zip")
    )
    assert new.manifest["key_id"] == current.key_id != old.manifest["key_id"]
    assert new.payload["values"] == old.payload["values"]  # the same figures
    assert new.payload["sequence"] == 2 and new.payload["report_id"] == again.report_id

    # Written a third time: the re-signed report, byte for byte.
    third = _export(unit_db, tmp_path / "BC_3.zip", NEW_PASSPHRASE, AGAIN + dt.timedelta(days=1))
    assert third.reused and third.sequence == 2 and third.explanation() == ""
    assert (tmp_path / "BC_3.zip").read_bytes() == (tmp_path / "BC_2.zip").read_bytes()


def test_the_superior_accepts_the_re_signed_report_and_then_the_old_copy_is_older(
    unit_db, superior, tmp_path
):
    _export(unit_db, tmp_path / "BC_1.zip", PASSPHRASE, SENT)  # lost on the way
    _rotate(unit_db, superior[0])
    _export(unit_db, tmp_path / "BC_2.zip", NEW_PASSPHRASE, AGAIN)
    [accepted] = _receive(superior, tmp_path / "BC_2.zip")
    assert (accepted.outcome, accepted.sequence) == (ACCEPTED, 2)
    [late] = _receive(superior, tmp_path / "BC_1.zip")
    assert (late.outcome, late.code) == (REJECTED, "SEQUENCE_ROLLBACK")
    assert "Nothing is lost" in late.message
    with superior[0].session() as session:
        status = period_status(session, Q3, TODAY)
    [hp] = status.communes
    assert hp.current.sequence == 2


def test_the_old_key_file_made_before_the_rotation_still_counts(unit_db, superior, tmp_path):
    _export(unit_db, tmp_path / "BC_1.zip", PASSPHRASE, SENT)
    _rotate(unit_db, superior[0])
    [old] = _receive(superior, tmp_path / "BC_1.zip")
    assert (old.outcome, old.sequence) == (ACCEPTED, 1)
    _export(unit_db, tmp_path / "BC_2.zip", NEW_PASSPHRASE, AGAIN)
    [resent] = _receive(superior, tmp_path / "BC_2.zip")
    assert (resent.outcome, resent.supersedes_sequence) == (ACCEPTED, 1)
