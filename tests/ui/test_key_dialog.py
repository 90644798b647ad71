"""The signing key dialog and the wizard's key page: passphrase rules next to the fields,
the fingerprint shown, the registration saved, rotation with a wrong passphrase refused."""

import pytest
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from doan_desktop.core import signing
from doan_desktop.core.store.models import SigningKey
from doan_desktop.exchange.keys import read_registration
from doan_desktop.preferences import Preferences
from doan_desktop.ui import prompts
from doan_desktop.ui.context import AppContext
from doan_desktop.ui.dialogs import key_dialog
from doan_desktop.ui.dialogs.key_dialog import KeyDialog
from doan_desktop.ui.wizard import SetupWizard
from tests.reporting.conftest import PASSPHRASE
from tests.ui.test_wizard import _fill_unit


@pytest.fixture
def log(monkeypatch):
    log = {"errors": [], "info": []}
    monkeypatch.setattr(prompts, "show_error", lambda p, t, text: log["errors"].append(text))
    monkeypatch.setattr(prompts, "show_info", lambda p, t, text: log["info"].append(text))
    return log


@pytest.fixture
def dialog(qtbot, data_dir, unit_db, log):
    dialog = KeyDialog(AppContext(data_dir, unit_db, Preferences()))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _count(db):
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(SigningKey))


def test_make_the_key_with_the_passphrase_twice(dialog, unit_db):
    assert dialog.create_box.isVisible() and not dialog.key_box.isVisible()
    dialog.create_passphrase.first.setText("short")
    assert not dialog.create_key()
    assert "at least 8" in dialog.create_passphrase.first_message.text()
    dialog.create_passphrase.first.setText(PASSPHRASE)
    dialog.create_passphrase.second.setText(PASSPHRASE + "?")
    assert not dialog.create_key()
    assert "differ" in dialog.create_passphrase.second_message.text()
    assert _count(unit_db) == 0
    dialog.create_passphrase.second.setText(PASSPHRASE)
    assert dialog.create_key()
    with unit_db.session() as s:
        info = signing.current_key(s)
    assert dialog.key_box.isVisible() and not dialog.create_box.isVisible()
    assert dialog.fingerprint.text().split() == info.fingerprint.split()
    assert dialog.key_id.text() == info.key_id


def test_save_the_registration(dialog, unit_db, tmp_path, monkeypatch, log):
    with unit_db.session() as s:
        info = signing.create_key(s, PASSPHRASE)
    dialog.refresh()
    target = tmp_path / "key.json"
    monkeypatch.setattr(key_dialog, "ask_save_path", lambda *args: target)
    assert dialog.export_registration() == target
    assert read_registration(target.read_bytes()).public.key_id_hex == info.key_id
    assert str(target) in log["info"][0]
    monkeypatch.setattr(key_dialog, "ask_save_path", lambda *args: tmp_path / "no" / "k.json")
    assert dialog.export_registration() is None
    assert "not saved" in log["errors"][0]


def test_rotate_refuses_a_wrong_passphrase_next_to_the_field(dialog, unit_db):
    with unit_db.session() as s:
        old = signing.create_key(s, PASSPHRASE)
    dialog.refresh()
    dialog.old_passphrase.setText("not the passphrase")
    dialog.rotate_passphrase.first.setText("another passphrase")
    dialog.rotate_passphrase.second.setText("another passphrase")
    assert not dialog.rotate_key()
    assert "passphrase is wrong" in dialog.old_message.text()
    with unit_db.session() as s:
        assert signing.current_key(s).key_id == old.key_id
    dialog.old_passphrase.setText(PASSPHRASE)
    assert dialog.rotate_key()
    with unit_db.session() as s:
        new = signing.current_key(s)
    assert new.previous_key_id == old.key_id
    assert dialog.fingerprint.text().split() == new.fingerprint.split()


def test_the_wizard_makes_the_key_with_the_unit(qtbot, data_dir, database, log):
    wizard = SetupWizard(AppContext(data_dir, database, Preferences()))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    _fill_unit(qtbot, wizard.unit_page.form)
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.key_page
    page = wizard.key_page
    assert not page.isComplete()
    page.passphrase.first.setText("short")
    page.passphrase.second.setText("short")
    assert not page.isComplete()
    assert "at least 8" in page.passphrase.first_message.text()
    page.passphrase.first.setText(PASSPHRASE)
    page.passphrase.second.setText(PASSPHRASE)
    assert page.isComplete()
    wizard.next()
    assert wizard.summary_page.values["key"].text() == "Made with your passphrase"
    with qtbot.waitSignal(wizard.accepted):
        wizard.button(QWizard.FinishButton).click()
    with database.session() as s:
        info = signing.current_key(s)
        pair, _ = signing.unlock_key(s, PASSPHRASE)
    assert info is not None and pair.public.key_id_hex == info.key_id


def test_the_wizard_sets_up_a_superior_office(qtbot, data_dir, database, log):
    from doan_desktop.core.unit import get_unit

    wizard = SetupWizard(AppContext(data_dir, database, Preferences()))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.unit_page
    page.role.setCurrentIndex(page.role.findData("superior"))
    kinds = [page.form.kind.itemData(i) for i in range(page.form.kind.count())]
    assert kinds == ["tinh", "thanh_pho"]
    _fill_unit(qtbot, page.form)
    page.form.kind.setCurrentIndex(page.form.kind.findData("tinh"))
    wizard.next()
    wizard.next()
    wizard.key_page.skip.setChecked(True)
    wizard.next()
    assert wizard.summary_page.values["key"].text().startswith("Later")
    with qtbot.waitSignal(wizard.accepted):
        wizard.button(QWizard.FinishButton).click()
    with database.session() as s:
        unit = get_unit(s)
        assert (unit.role, unit.kind) == ("superior", "tinh")
        assert signing.current_key(s) is None


def test_the_dialog_says_where_the_key_file_is_and_saves_a_copy(
    dialog, unit_db, tmp_path, monkeypatch, log
):
    with unit_db.session() as s:
        signing.create_key(s, PASSPHRASE)
        path = signing.key_file_path(s)
    dialog.refresh()
    assert str(path) in dialog.key_file_note.text()
    assert "Backups of the data do not contain it" in dialog.key_file_note.text()
    assert dialog.backup_button.isVisible() and not dialog.restore_button.isVisible()
    assert dialog.old_passphrase.isVisible()
    target = tmp_path / "copy.key"
    monkeypatch.setattr(key_dialog, "ask_save_path", lambda *args: target)
    assert dialog.back_up_key_file() == target
    assert target.read_bytes() == path.read_bytes()
    assert str(target) in log["info"][0] and "only with the key's passphrase" in log["info"][0]
    monkeypatch.setattr(key_dialog, "ask_save_path", lambda *args: tmp_path / "no" / "k.key")
    assert dialog.back_up_key_file() is None
    assert "does not exist" in log["errors"][0]


def test_a_missing_key_file_is_shown_and_a_copy_puts_it_back(
    dialog, unit_db, tmp_path, monkeypatch, log
):
    with unit_db.session() as s:
        signing.create_key(s, PASSPHRASE)
        copy = signing.back_up_key_file(s, tmp_path / "copy.key")
        signing.key_file_path(s).unlink()
    dialog.refresh()
    assert "missing from the data folder" in dialog.key_file_note.text()
    assert dialog.restore_button.isVisible() and not dialog.backup_button.isVisible()
    assert dialog.lost_note.isVisible() and not dialog.old_passphrase.isVisible()
    junk = tmp_path / "junk.key"
    junk.write_text("not a key", "utf-8")
    monkeypatch.setattr(key_dialog, "ask_open_path", lambda *args: junk)
    assert not dialog.restore_key_file()
    assert "not a doan-desktop key file" in log["errors"][0]
    huge = tmp_path / "disk.img"  # a wrong file picked: refused before it is read
    with open(huge, "wb") as handle:
        handle.truncate(2 * 1024**3)
    monkeypatch.setattr(key_dialog, "ask_open_path", lambda *args: huge)
    assert not dialog.restore_key_file()
    assert "larger than 64 KB" in log["errors"][1]
    monkeypatch.setattr(key_dialog, "ask_open_path", lambda *args: copy)
    assert dialog.restore_key_file()
    assert "back" in log["info"][0]
    assert dialog.backup_button.isVisible() and dialog.old_passphrase.isVisible()
    with unit_db.session() as s:
        signing.unlock_key(s, PASSPHRASE)


def test_a_lost_key_is_replaced_without_its_passphrase(dialog, unit_db, log):
    with unit_db.session() as s:
        old = signing.create_key(s, PASSPHRASE)
        signing.key_file_path(s).unlink()
    dialog.refresh()
    dialog.rotate_passphrase.first.setText("another passphrase")
    dialog.rotate_passphrase.second.setText("another passphrase")
    assert dialog.rotate_key()
    with unit_db.session() as s:
        new = signing.current_key(s)
        registration = read_registration(signing.registration_file(s))
    assert new.previous_key_id == old.key_id and registration.previous is None
    assert f"revoke the old key {old.key_id}" in log["info"][0]
    assert not dialog.lost_note.isVisible() and dialog.backup_button.isVisible()


def test_a_key_an_older_version_kept_in_the_database_is_explained(dialog, unit_db):
    from cryptography.hazmat.primitives.serialization import (
        BestAvailableEncryption,
        Encoding,
        PrivateFormat,
    )

    from doan_desktop.exchange import keys

    pair, private = keys.generate()
    pem = private.private_bytes(
        Encoding.PEM, PrivateFormat.PKCS8, BestAvailableEncryption(PASSPHRASE.encode())
    )
    with unit_db.session() as s:
        s.add(
            SigningKey(
                key_id=pair.public.key_id_hex, public_key=pair.public.line(), private_pem=pem
            )
        )
    dialog.refresh()
    assert "still kept in the database" in dialog.key_file_note.text()
    assert not dialog.backup_button.isVisible() and not dialog.restore_button.isVisible()
    dialog.old_passphrase.setText(PASSPHRASE)
    dialog.rotate_passphrase.first.setText("another passphrase")
    dialog.rotate_passphrase.second.setText("another passphrase")
    assert dialog.rotate_key()
    with unit_db.session() as s:
        assert signing.private_key_place(s) == "file"
        old = s.scalars(select(SigningKey).where(SigningKey.key_id == pair.public.key_id_hex)).one()
        assert old.retired_at is not None and old.private_pem is None
