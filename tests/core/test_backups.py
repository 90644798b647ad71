"""Backups: verified copies, thinning, restore (after saving the present), checks, damaged files."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import pytest

from doan_desktop.cli import main
from doan_desktop.core.chapters import ChapterInput, add_chapter, list_chapters
from doan_desktop.core.store import backups
from doan_desktop.core.store.db import open_database


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.setenv("DOAN_LANG", "en")


def _chapter_names(path):
    db = open_database(path)
    try:
        with db.session() as session:
            return [c.name for c in list_chapters(session)]
    finally:
        db.close()


def _add(database, name):
    with database.session() as session:
        add_chapter(session, ChapterInput(name, "thon"))


def test_create_makes_a_verified_listed_copy(unit_db, data_dir):
    _add(unit_db, "Thôn 1")
    info = backups.create_backup(unit_db.path, data_dir.backups, "manual")
    assert info.reason == "manual" and info.size > 0
    assert backups.verify(info.path) is None
    assert [i.path for i in backups.list_backups(data_dir.backups)] == [info.path]
    assert _chapter_names(info.path) == ["Thôn 1"]
    assert not list(data_dir.backups.glob("*.partial"))


def test_thinning_keeps_recent_then_daily_weekly_monthly(unit_db, data_dir):
    now = dt.datetime(2026, 11, 25, 12, 0)
    source = backups.create_backup(unit_db.path, data_dir.backups, "manual", now).path
    ages_hours = [
        1,
        5,
        30,
        47,
        50,
        51,
        75,
        24 * 10,
        24 * 10 + 2,
        24 * 20,
        24 * 21,
        24 * 40,
        24 * 100,
        24 * 101,
        24 * 130,
    ]
    for hours in ages_hours:
        made = now - dt.timedelta(hours=hours)
        shutil.copy(source, data_dir.backups / backups.timestamped_name("periodic", made))
    removed = backups.thin_backups(data_dir.backups, now)
    kept_ages = sorted(
        round((now - i.made_at).total_seconds() / 3600)
        for i in backups.list_backups(data_dir.backups)
    )
    # All within two days; one per day after (50 and 51 h share a day); one per week (20 and
    # 21 days share one); one per month (100 and 101 days share one).
    assert kept_ages == [0, 1, 5, 30, 47, 50, 75, 240, 480, 960, 2400, 3120]
    assert len(removed) == 4


def test_restore_backs_up_the_present_first(unit_db, data_dir):
    _add(unit_db, "Thôn 1")
    old = backups.create_backup(unit_db.path, data_dir.backups, "manual")
    _add(unit_db, "Thôn 2")
    unit_db.close()
    safety = backups.restore_backup(data_dir.database, data_dir.backups, old.path)
    assert _chapter_names(data_dir.database) == ["Thôn 1"]
    assert safety.reason == "before-restore"
    assert _chapter_names(safety.path) == ["Thôn 1", "Thôn 2"]


def test_a_damaged_backup_is_not_restored_and_nothing_changes(unit_db, data_dir):
    _add(unit_db, "Thôn 1")
    info = backups.create_backup(unit_db.path, data_dir.backups, "manual")
    _overwrite(info.path)
    unit_db.close()
    before = data_dir.database.read_bytes()
    with pytest.raises(backups.BackupError, match="damaged"):
        backups.restore_backup(data_dir.database, data_dir.backups, info.path)
    assert data_dir.database.read_bytes() == before


def test_check_reports_a_broken_reference(unit_db, data_dir, capsys):
    assert backups.check_database(unit_db.path) == []
    assert main(["--data-dir", str(data_dir.root), "check"]) == 0
    unit_db.close()
    connection = sqlite3.connect(data_dir.database)
    connection.execute(
        "INSERT INTO person (id, created_at, updated_at, full_name, given_name, other_names, gender,"
        " birth_date, hometown, address, ethnicity, religion, occupation, education, qualification,"
        " political_theory, id_number, phone, is_member, member_since, admission_place, card_number,"
        " is_party_member, status, note, chapter_id, search_key, sort_key) VALUES ('p1', '2026-01-01',"
        " '2026-01-01', 'An', 'An', '', '', '', '', '', '', '', '', '', '', '', '', '', 0, '', '', '',"
        " 0, 'active', '', 'no-such-chapter', 'an', 'an')"
    )
    connection.commit()
    connection.close()
    problems = backups.check_database(data_dir.database)
    assert len(problems) == 1 and "person" in problems[0] and "chapter" in problems[0]
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir.root), "check"]) == 1
    assert "person" in capsys.readouterr().err


def _overwrite(path):
    """Garbage over the b-tree pages after the schema page."""
    with open(path, "r+b") as handle:
        handle.seek(4096)
        handle.write(b"\x0d\xff\x00\xff" * 4096)


def _truncate(path):
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.truncate(size // 2 + 100)


def _not_sqlite(path):
    path.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 100)


@pytest.mark.parametrize("damage", [_overwrite, _truncate, _not_sqlite])
def test_a_damaged_database_is_moved_aside_and_the_newest_sound_backup_offered(
    unit_db, data_dir, damage
):
    for name in ("Thôn 1", "Thôn 2", "Thôn 3", "Thôn 4", "Thôn 5", "Thôn 6"):
        _add(unit_db, name)
    good = backups.create_backup(unit_db.path, data_dir.backups, "periodic")
    newer_bad = backups.create_backup(unit_db.path, data_dir.backups, "close")
    _overwrite(newer_bad.path)  # the newest backup is itself damaged: it must be passed over
    unit_db.close()
    # Make the file big enough for the damage to hit data pages, then checkpoint the WAL.
    connection = sqlite3.connect(data_dir.database)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("CREATE TABLE filler(x)")
    connection.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 200)
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    damage(data_dir.database)
    damaged_bytes = data_dir.database.read_bytes()

    report = backups.startup_check(data_dir.database, data_dir.backups)
    assert report.problem
    assert not data_dir.database.exists()
    assert report.moved_to.read_bytes() == damaged_bytes  # kept, byte for byte
    assert report.offer.path == good.path
    assert "was damaged" in report.message() and "Restore it?" in report.message()

    backups.recover_from(data_dir.database, report.offer.path)
    assert _chapter_names(data_dir.database)[:2] == ["Thôn 1", "Thôn 2"]
    assert backups.startup_check(data_dir.database, data_dir.backups).problem is None


def test_a_sound_database_passes_the_start_check(unit_db, data_dir):
    assert backups.startup_check(unit_db.path, data_dir.backups).problem is None
    assert (
        backups.startup_check(data_dir.root / "missing.sqlite3", data_dir.backups).problem is None
    )


def test_change_marker_grows_with_changes(unit_db):
    first = backups.change_marker(unit_db.path)
    _add(unit_db, "Thôn 1")
    assert backups.change_marker(unit_db.path) > first


def test_backup_commands(unit_db, data_dir, capsys):
    _add(unit_db, "Thôn 1")
    root = str(data_dir.root)
    assert main(["--data-dir", root, "backup", "create"]) == 0
    assert "verified" in capsys.readouterr().out
    _add(unit_db, "Thôn 2")
    assert main(["--data-dir", root, "backup", "list", "--format", "json"]) == 0
    import json

    listed = json.loads(capsys.readouterr().out)
    assert [item["reason"] for item in listed] == ["manual"]
    unit_db.close()
    assert main(["--data-dir", root, "backup", "restore", listed[0]["file"]]) == 0
    out = capsys.readouterr().out
    assert "before the restore" in out
    assert _chapter_names(data_dir.database) == ["Thôn 1"]
    assert main(["--data-dir", root, "backup", "restore", "no-such.sqlite3"]) == 1
    assert "No such backup" in capsys.readouterr().err


def test_backup_into_a_folder_that_cannot_be_written(unit_db, data_dir, monkeypatch):
    import errno

    def denied(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(backups, "backup_file", denied)
    with pytest.raises(backups.BackupError, match="could not be written"):
        backups.create_backup(unit_db.path, data_dir.backups, "manual")
