"""Lost data at start: the recovery dialog, never the setup wizard, in a folder that had data;
the wizard only in a folder that never had any; owner-only files, half-written files removed,
a full disk said as such."""

from __future__ import annotations

import argparse
import errno
import os
import sqlite3
import stat
import sys

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from doan_desktop import app
from doan_desktop.core.chapters import ChapterInput, add_chapter, list_chapters
from doan_desktop.core.roster import PersonInput, save_person
from doan_desktop.core.store import backups
from doan_desktop.core.store.db import open_database
from doan_desktop.preferences import Preferences
from doan_desktop.ui import data_safety, prompts
from doan_desktop.ui.dialogs import recovery_dialog
from doan_desktop.ui.dialogs.recovery_dialog import RecoveryDialog
from doan_desktop.ui.wizard import SetupWizard
from tests.conftest import TODAY


@pytest.fixture
def answers(monkeypatch):
    """Questions answered ``answers.yes``; every question and message recorded."""

    class Answers:
        yes = True

    record = Answers()
    record.texts = []

    def ask(parent, title, text):
        record.texts.append(text)
        return record.yes

    monkeypatch.setattr(prompts, "ask_yes_no", ask)
    monkeypatch.setattr(prompts, "show_error", lambda p, t, text: record.texts.append(text))
    monkeypatch.setattr(prompts, "show_info", lambda p, t, text: record.texts.append(text))
    return record


class Clerk:
    """Stands in for the clerk at the recovery dialog: records it, then does ``action``."""

    def __init__(self, monkeypatch, qtbot):
        self.shown: list[RecoveryDialog] = []
        self.action = lambda dialog: dialog.reject()
        clerk = self

        def exec_(dialog):
            qtbot.addWidget(dialog)
            clerk.shown.append(dialog)
            clerk.action(dialog)
            return dialog.result()

        monkeypatch.setattr(RecoveryDialog, "exec", exec_)


@pytest.fixture
def clerk(monkeypatch, qtbot):
    return Clerk(monkeypatch, qtbot)


@pytest.fixture
def wizards(monkeypatch):
    """Every setup wizard shown (each is cancelled)."""
    shown = []
    monkeypatch.setattr(SetupWizard, "exec", lambda self: shown.append(self) or 0)
    return shown


def _args(**values):
    return argparse.Namespace(**{"demo": False, "self_test": False, "data_dir": None, **values})


def _office_with_backup(unit_db, data_dir):
    with unit_db.session() as session:
        add_chapter(session, ChapterInput("Thôn 1", "thon"))
        for name in ("Trần Thị Bình", "Nguyễn Văn An"):
            save_person(session, PersonInput(full_name=name), today=TODAY)
    info = backups.create_backup(unit_db.path, data_dir.backups, "close")
    unit_db.close()
    return info


def _zero_bytes(data_dir):
    for suffix in ("-wal", "-shm"):
        data_dir.database.with_name(data_dir.database.name + suffix).unlink(missing_ok=True)
    data_dir.database.write_bytes(b"")


def _chapters(data_dir):
    database = open_database(data_dir.database)
    try:
        with database.session() as session:
            return [c.name for c in list_chapters(session)]
    finally:
        database.close()


def _close(context):
    if not isinstance(context, int):
        context.database.close()


def test_a_damaged_database_gets_the_dialog_and_the_backup_is_restored(
    data_dir, unit_db, clerk, wizards
):
    info = _office_with_backup(unit_db, data_dir)
    data_dir.database.write_bytes(b"garbage, not SQLite" * 50)
    clerk.action = lambda dialog: dialog.restore_button.click()
    assert data_safety.check_at_start(data_dir) is True
    [dialog] = clerk.shown
    assert dialog.windowTitle() == "The data is missing or damaged"
    assert dialog.offer.path == info.path
    assert dialog.made.text().startswith(info.made_at.strftime("%d/%m/%Y %H:%M"))
    assert dialog.unit.text() == "Hòa Phú" and dialog.people.text() == "2"
    assert dialog.changed.text() != "—"
    assert "damaged" in dialog.problem.text()
    assert dialog.outcome == recovery_dialog.RESTORED
    assert _chapters(data_dir) == ["Thôn 1"]
    [aside] = backups.damaged_copies(data_dir.database)
    assert aside.read_bytes() == b"garbage, not SQLite" * 50  # kept
    assert wizards == []


def test_saying_no_shows_the_dialog_again_at_the_next_start_not_the_wizard(
    data_dir, unit_db, clerk, wizards
):
    _office_with_backup(unit_db, data_dir)
    data_dir.database.write_bytes(b"garbage, not SQLite" * 50)
    assert app.start_office(data_dir, Preferences(), _args()) == 1
    assert len(clerk.shown) == 1 and not data_dir.database.exists()
    # Next start: the damaged file is set aside and the database missing: still lost data.
    assert app.start_office(data_dir, Preferences(), _args()) == 1
    assert len(clerk.shown) == 2
    assert "is missing" in clerk.shown[1].problem.text()
    assert wizards == []
    assert not data_dir.database.exists()  # nothing was built in its place


def test_a_zero_byte_database_with_a_backup_gets_the_dialog(data_dir, unit_db, clerk, wizards):
    info = _office_with_backup(unit_db, data_dir)
    _zero_bytes(data_dir)
    assert app.start_office(data_dir, Preferences(), _args()) == 1
    [dialog] = clerk.shown
    assert "has no data" in dialog.problem.text()
    assert dialog.offer.path == info.path and dialog.restore_button.isEnabled()
    assert wizards == [] and data_dir.database.read_bytes() == b""
    clerk.action = lambda dialog: dialog.restore_button.click()
    context = app.start_office(data_dir, Preferences(), _args())
    try:
        assert not isinstance(context, int)
        assert wizards == []
    finally:
        _close(context)
    assert _chapters(data_dir) == ["Thôn 1"]


def test_the_wizard_starts_only_in_a_folder_that_never_had_data(data_dir, clerk, wizards):
    assert app.start_office(data_dir, Preferences(), _args()) == 0  # the wizard was cancelled
    assert len(wizards) == 1 and clerk.shown == []
    # Cancelled before any record was written: still a folder that never had data.
    assert app.start_office(data_dir, Preferences(), _args()) == 0
    assert len(wizards) == 2 and clerk.shown == []


def test_a_new_office_is_started_only_when_confirmed(data_dir, unit_db, clerk, wizards, answers):
    _office_with_backup(unit_db, data_dir)
    _zero_bytes(data_dir)
    answers.yes = False
    clerk.action = lambda dialog: (dialog.new_office_button.click(), dialog.reject())
    assert app.start_office(data_dir, Preferences(), _args()) == 1
    assert "Start a new office" in answers.texts[-1] and wizards == []
    answers.yes = True
    clerk.action = lambda dialog: dialog.new_office_button.click()
    assert app.start_office(data_dir, Preferences(), _args()) == 0  # the wizard, cancelled
    assert clerk.shown[-1].outcome == recovery_dialog.NEW_OFFICE
    assert len(wizards) == 1
    assert len(backups.list_backups(data_dir.backups)) == 1  # the old office's backup stays


def test_another_backup_can_be_chosen_and_a_foreign_file_is_refused(
    data_dir, unit_db, clerk, monkeypatch, tmp_path
):
    with unit_db.session() as session:
        add_chapter(session, ChapterInput("Thôn 1", "thon"))
    older = backups.create_backup(unit_db.path, data_dir.backups, "manual")
    with unit_db.session() as session:
        add_chapter(session, ChapterInput("Thôn 2", "thon"))
    newest = backups.create_backup(unit_db.path, data_dir.backups, "close")
    unit_db.close()
    _zero_bytes(data_dir)
    foreign = tmp_path / "music.sqlite3"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE songs (title TEXT)")
    connection.commit()
    connection.close()
    choices = [foreign, older.path]
    monkeypatch.setattr(recovery_dialog, "choose_backup_file", lambda *_args: choices.pop(0))

    def act(dialog):
        assert dialog.offer.path == newest.path
        dialog.choose_button.click()
        assert "another program" in dialog.message.text()
        assert dialog.offer.path == newest.path  # unchanged by the refused file
        dialog.choose_button.click()
        assert dialog.offer.path == older.path and dialog.message.text() == ""
        assert dialog.offer_box.title() == "The backup you chose"
        dialog.restore_button.click()

    clerk.action = act
    assert data_safety.check_at_start(data_dir) is True
    assert _chapters(data_dir) == ["Thôn 1"]


def test_without_a_good_backup_restore_is_disabled_and_the_folder_named(data_dir, unit_db, clerk):
    unit_db.close()
    data_dir.database.write_bytes(b"garbage, not SQLite" * 50)
    assert data_safety.check_at_start(data_dir) is False
    [dialog] = clerk.shown
    assert dialog.offer is None and not dialog.restore_button.isEnabled()
    assert not dialog.none_found.isHidden() and dialog.offer_box.isHidden()
    assert str(data_dir.backups) in dialog.none_found.text()


def test_the_self_test_stops_on_lost_data_instead_of_asking(data_dir, unit_db, clerk, capsys):
    _office_with_backup(unit_db, data_dir)
    _zero_bytes(data_dir)
    assert app.start_office(data_dir, Preferences(), _args(self_test=True)) == 1
    assert clerk.shown == []
    assert "has no data" in capsys.readouterr().err


def test_start_removes_half_written_files(data_dir, unit_db, clerk, wizards):
    unit_db.close()
    data_dir.backups.mkdir()
    stale = [data_dir.root / "doan.sqlite3.partial", data_dir.backups / "x.sqlite3.partial"]
    for path in stale:
        path.write_bytes(bytes(4096))
    context = app.start_office(data_dir, Preferences(), _args())
    _close(context)
    assert not any(p.exists() for p in stale)


@pytest.mark.skipif(os.name != "posix", reason="owner-only modes are POSIX")
def test_start_makes_an_old_folder_owner_only(data_dir, unit_db, clerk, wizards):
    info = backups.create_backup(unit_db.path, data_dir.backups, "close")
    unit_db.close()
    for path in (data_dir.root, data_dir.backups):
        path.chmod(0o755)
    for path in (data_dir.database, info.path):
        path.chmod(0o644)
    context = app.start_office(data_dir, Preferences(), _args())
    _close(context)
    for path in (data_dir.root, data_dir.backups):
        assert stat.S_IMODE(path.stat().st_mode) == 0o700
    for path in (data_dir.database, info.path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    "error, words",
    [
        (OSError(errno.ENOSPC, "No space left on device"), "disk is full"),
        (sqlite3.OperationalError("database or disk is full"), "disk is full"),
        (OSError(errno.EROFS, "Read-only file system"), "No permission to write"),
    ],
)
def test_a_full_disk_in_the_window_is_said_as_such(data_dir, monkeypatch, error, words):
    shown = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: pytest.fail("unexpected-error box"))
    app._install_excepthook(data_dir.logs / "doan-desktop.log", data_dir)
    sys.excepthook(type(error), error, None)
    [text] = shown
    assert words in text and str(data_dir.root) in text
    assert "not saved" in text and "cannot be read" not in text


def test_the_backups_dialog_refuses_a_foreign_file_named_like_a_backup(
    qtbot, data_dir, unit_db, answers
):
    from doan_desktop.ui.context import AppContext
    from doan_desktop.ui.dialogs.backups_dialog import BackupsDialog

    data_dir.backups.mkdir()
    impostor = data_dir.backups / backups.timestamped_name("manual")
    connection = sqlite3.connect(impostor)
    connection.execute("CREATE TABLE songs (title TEXT)")
    connection.commit()
    connection.close()
    with unit_db.session() as session:
        add_chapter(session, ChapterInput("Thôn 1", "thon"))
    context = AppContext(data_dir, unit_db, Preferences())
    dialog = BackupsDialog(context)
    qtbot.addWidget(dialog)
    dialog.restore_button.click()
    assert "another program" in dialog.message.text()
    with context.database.session() as session:
        assert [c.name for c in list_chapters(session)] == ["Thôn 1"]
    assert [i.reason for i in backups.list_backups(data_dir.backups)] == ["manual"]
    assert dialog.result() != QDialog.Accepted


def test_a_form_saved_on_a_full_disk_says_the_disk_is_full(qtbot, data_dir, unit_db, monkeypatch):
    """Forms catch SQLAlchemyError and show its text: the session makes that text the right
    sentence (here a real SQLITE_FULL: the file may not grow)."""
    from doan_desktop.ui.context import AppContext
    from doan_desktop.ui.dialogs import chapter_dialog
    from doan_desktop.ui.dialogs.chapter_dialog import ChapterDialog

    def fill_the_disk(session, value):
        connection = session.connection().connection.driver_connection
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count={pages}")
        for number in range(300):
            add_chapter(session, ChapterInput(f"Thôn {number} " + "x" * 150, "thon"))

    monkeypatch.setattr(chapter_dialog, "add_chapter", fill_the_disk)
    dialog = ChapterDialog(AppContext(data_dir, unit_db, Preferences()))
    qtbot.addWidget(dialog)
    dialog.name.setText("Thôn 1")
    dialog.accept()
    text = dialog.failure.text()
    assert "not saved" in text and "disk is full" in text and "Free some space" in text
    assert "sqlite3" not in text
    with unit_db.session() as session:
        assert list_chapters(session) == []  # nothing half-saved
