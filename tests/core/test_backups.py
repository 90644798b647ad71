"""Backups: verified copies, thinning, restore (after saving the present), checks, damaged files."""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import sqlite3
import stat

import pytest

from doan_desktop.cli import main
from doan_desktop.core import clock
from doan_desktop.core.chapters import ChapterInput, add_chapter, list_chapters
from doan_desktop.core.store import backups, contents, recovery
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
    state = recovery.assess(data_dir.database, data_dir.backups)
    assert state.kind == recovery.LOST and state.damaged == [report.moved_to]
    offer = state.newest_good_backup()
    assert offer.path == good.path
    assert (offer.contents.unit_name, offer.contents.people) == ("Hòa Phú", 0)

    assert backups.restore_backup(data_dir.database, data_dir.backups, offer.path) is None
    assert _chapter_names(data_dir.database)[:2] == ["Thôn 1", "Thôn 2"]
    assert backups.startup_check(data_dir.database, data_dir.backups).problem is None
    assert recovery.assess(data_dir.database, data_dir.backups).kind == recovery.READY


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
    with pytest.raises(backups.BackupError, match="No permission to write") as raised:
        backups.create_backup(unit_db.path, data_dir.backups, "manual")
    assert str(data_dir.backups) in str(raised.value)
    assert "cannot be read" not in str(raised.value)


# ----------------------------------------------------------------------------- what is restored


def _foreign_sqlite(path):
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE songs (title TEXT)")
    connection.execute("INSERT INTO songs VALUES ('Tiến lên đoàn viên')")
    connection.commit()
    connection.close()


def _another_alembic_program(path):
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE alembic_version (version_num TEXT)")
    connection.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
    connection.execute("CREATE TABLE unit (name TEXT)")
    connection.execute("INSERT INTO unit VALUES ('x')")
    connection.commit()
    connection.close()


def _sql(path, statement):
    connection = sqlite3.connect(path)
    connection.execute(statement)
    connection.commit()
    connection.close()


def _copy_then(change):
    """A copy of the test's database, then changed by ``change`` (SQL run on the copy)."""

    def make(path, source):
        shutil.copy(source, path)
        _sql(path, change)

    return make


@pytest.mark.parametrize(
    "make, why",
    [
        (lambda path, _source: _foreign_sqlite(path), "another program"),
        (lambda path, _source: _another_alembic_program(path), "another program"),
        (lambda path, _source: path.write_bytes(b""), "empty"),
        (lambda path, _source: path.write_bytes(b"name,phone\nAn,0912\n"), "not a database"),
        (_copy_then("UPDATE alembic_version SET version_num = '9999_future'"), "newer version"),
        (_copy_then("DELETE FROM unit"), "no unit"),
        (_copy_then("PRAGMA application_id = 1234"), "another program"),
    ],
)
def test_restore_refuses_what_is_not_this_programs_database(unit_db, data_dir, tmp_path, make, why):
    _add(unit_db, "Thôn 1")
    source = backups.create_backup(unit_db.path, data_dir.backups, "manual").path
    unit_db.close()
    candidate = tmp_path / "candidate.sqlite3"
    make(candidate, source)
    before = data_dir.database.read_bytes()
    listed = [i.path for i in backups.list_backups(data_dir.backups)]
    with pytest.raises(backups.BackupError) as raised:
        backups.restore_backup(data_dir.database, data_dir.backups, candidate)
    assert why in str(raised.value) and "candidate.sqlite3" in str(raised.value)
    assert data_dir.database.read_bytes() == before  # nothing replaced
    assert [i.path for i in backups.list_backups(data_dir.backups)] == listed  # nor backed up
    assert _chapter_names(data_dir.database) == ["Thôn 1"]


def test_restore_over_a_foreign_file_moves_it_aside(unit_db, data_dir):
    good = backups.create_backup(unit_db.path, data_dir.backups, "close")
    unit_db.close()
    for suffix in ("", "-wal", "-shm"):
        data_dir.database.with_name(data_dir.database.name + suffix).unlink(missing_ok=True)
    _foreign_sqlite(data_dir.database)
    foreign = data_dir.database.read_bytes()
    assert backups.restore_backup(data_dir.database, data_dir.backups, good.path) is None
    [aside] = backups.damaged_copies(data_dir.database)
    assert aside.read_bytes() == foreign
    assert contents.examine(data_dir.database).unit_name == "Hòa Phú"


def test_restore_over_a_zero_byte_file(unit_db, data_dir):
    good = backups.create_backup(unit_db.path, data_dir.backups, "close")
    unit_db.close()
    data_dir.database.write_bytes(b"")
    assert backups.restore_backup(data_dir.database, data_dir.backups, good.path) is None
    assert contents.examine(data_dir.database).unit_name == "Hòa Phú"
    assert backups.damaged_copies(data_dir.database) == []  # zero bytes held nothing to keep


def test_examine_reads_what_a_backup_holds_without_changing_it(unit_db, data_dir):
    from doan_desktop.core.roster import PersonInput, delete_person, save_person
    from tests.conftest import TODAY

    with unit_db.session() as session:
        for name in ("Trần Thị Bình", "Nguyễn Văn An", "Lê Văn Đạt"):
            last = save_person(session, PersonInput(full_name=name), today=TODAY)
        delete_person(session, last)  # in the trash: not counted
    info = backups.create_backup(unit_db.path, data_dir.backups, "close")
    before = info.path.read_bytes()
    held = contents.examine(info.path)
    assert (held.unit_name, held.people) == ("Hòa Phú", 2)
    # The change log is in UTC; the clerk sees local time, a moment ago.
    assert abs(held.last_change - clock.now()) < dt.timedelta(minutes=1)
    assert info.path.read_bytes() == before
    assert not list(data_dir.backups.glob("*-journal"))


# ----------------------------------------------------------------------------- the data folder


def _empty_database(data_dir):
    for suffix in ("", "-wal", "-shm"):
        data_dir.database.with_name(data_dir.database.name + suffix).unlink(missing_ok=True)
    data_dir.database.write_bytes(b"")


def test_a_folder_that_never_had_data_is_new(data_dir):
    state = recovery.assess(data_dir.database, data_dir.backups)
    assert state.kind == recovery.NEW and state.problem.kind == contents.MISSING
    data_dir.database.write_bytes(b"")
    assert recovery.assess(data_dir.database, data_dir.backups).kind == recovery.NEW


def test_an_unset_database_without_backups_is_new(database, data_dir):
    state = recovery.assess(data_dir.database, data_dir.backups)
    assert state.kind == recovery.NEW and state.problem.kind == contents.NO_UNIT


def test_a_database_in_use_is_ready(unit_db, data_dir):
    backups.create_backup(unit_db.path, data_dir.backups, "close")
    assert recovery.assess(unit_db.path, data_dir.backups).kind == recovery.READY


@pytest.mark.parametrize(
    "spoil",
    [
        _empty_database,
        lambda d: (_empty_database(d), d.database.unlink()),
        lambda d: _overwrite(d.database),
        lambda d: (_empty_database(d), d.database.unlink(), _foreign_sqlite(d.database)),
        lambda d: _sql(d.database, "DELETE FROM unit"),
    ],
    ids=["zero-bytes", "missing", "damaged", "foreign", "no-unit"],
)
def test_lost_data_offers_the_newest_good_backup(unit_db, data_dir, spoil):
    _add(unit_db, "Thôn 1")
    good = backups.create_backup(unit_db.path, data_dir.backups, "close")
    newer = backups.create_backup(unit_db.path, data_dir.backups, "periodic")
    _overwrite(newer.path)  # the newest is damaged: passed over
    unit_db.close()
    spoil(data_dir)
    state = recovery.assess(data_dir.database, data_dir.backups, contents.QUICK)
    assert state.kind == recovery.LOST
    assert str(data_dir.database) in state.problem_sentence()
    offer = state.newest_good_backup()
    assert offer.path == good.path and offer.made_at == good.made_at
    assert offer.contents.unit_name == "Hòa Phú"


def test_a_damaged_copy_alone_means_the_data_was_lost(unit_db, data_dir):
    unit_db.close()
    _overwrite(data_dir.database)
    moved = backups.move_aside(data_dir.database)
    state = recovery.assess(data_dir.database, data_dir.backups)
    assert state.kind == recovery.LOST and state.damaged == [moved]
    assert state.newest_good_backup() is None
    assert moved.name in state.problem_sentence()


def test_check_counts_an_empty_database_as_not_sound(database, data_dir):
    problems = backups.check_database(data_dir.database)
    assert problems == ["the office was never set up in it (it has no unit)"]
    database.close()
    _empty_database(data_dir)
    assert backups.check_database(data_dir.database) == ["the file is empty (0 bytes)"]


def test_a_new_office_sets_aside_only_what_is_not_ours(data_dir, tmp_path):
    _foreign_sqlite(data_dir.database)
    moved = recovery.set_aside_for_new_office(data_dir.database)
    assert moved is not None and not data_dir.database.exists()
    data_dir.database.write_bytes(b"")
    assert recovery.set_aside_for_new_office(data_dir.database) is None
    assert data_dir.database.exists()


# ----------------------------------------------------------------------------- folder upkeep


def test_half_written_files_are_removed_and_nothing_else(data_dir):
    data_dir.backups.mkdir()
    stale = [
        data_dir.root / "doan.sqlite3.partial",
        data_dir.root / "preferences.json.partial",
        data_dir.root / ".doan-signing-abc.key.partial",
        data_dir.backups / "doan-20261124-170000-000000-close.sqlite3.partial",
        data_dir.backups / "doan-20261124-170000-000000-close.sqlite3.partial-journal",
    ]
    kept = [
        data_dir.root / "doan.sqlite3",
        data_dir.root / "notes.partial.txt",
        data_dir.backups / "doan-20261124-170000-000000-close.sqlite3",
    ]
    for path in stale + kept:
        path.write_bytes(b"x" * 10)
    assert sorted(data_dir.remove_partials()) == sorted(stale)
    assert all(p.exists() for p in kept) and not any(p.exists() for p in stale)


posix_only = pytest.mark.skipif(os.name != "posix", reason="owner-only modes are POSIX")


def _mode(path):
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_backups_and_their_folder_are_owner_only(unit_db, data_dir):
    info = backups.create_backup(unit_db.path, data_dir.backups, "manual")
    assert _mode(info.path) == 0o600 and _mode(data_dir.backups) == 0o700


@posix_only
def test_an_old_folder_readable_by_everyone_is_tightened(unit_db, data_dir):
    info = backups.create_backup(unit_db.path, data_dir.backups, "manual")
    data_dir.logs.mkdir()
    log = data_dir.logs / "doan-desktop.log"
    log.write_text("started\n")
    for path in (data_dir.root, data_dir.backups, data_dir.logs):
        path.chmod(0o755)
    for path in (data_dir.database, info.path, log):
        path.chmod(0o644)
    data_dir.make_private()
    for path in (data_dir.root, data_dir.backups, data_dir.logs):
        assert _mode(path) == 0o700, path
    for path in (data_dir.database, info.path, log):
        assert _mode(path) == 0o600, path


@posix_only
def test_a_folder_without_this_programs_data_is_left_as_it_is(tmp_path):
    from doan_desktop.paths import DataDir

    folder = tmp_path / "home"
    (folder / "Documents").mkdir(parents=True)
    shared = folder / "Documents" / "shared.txt"
    shared.write_text("for everyone")
    for path in (folder, folder / "Documents"):
        path.chmod(0o755)
    shared.chmod(0o644)
    DataDir(folder).make_private()  # --data-dir pointed at the wrong folder, by a reading command
    assert _mode(folder) == 0o755 and _mode(shared) == 0o644


def _full_disk_for_sqlite(monkeypatch):
    """SQLite cannot open the database read-only: the disk is too full for its -shm."""
    from doan_desktop.core.store import write_errors

    real_connect = sqlite3.connect

    def io_error(target, *args, **kwargs):
        if kwargs.get("uri") and "doan.sqlite3?" in str(target):
            raise sqlite3.OperationalError("disk I/O error")
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", io_error)
    usage = shutil.disk_usage("/")
    monkeypatch.setattr(write_errors.shutil, "disk_usage", lambda path: usage._replace(free=0))


def test_a_full_disk_at_start_is_not_taken_for_damage(unit_db, data_dir, monkeypatch):
    backups.create_backup(unit_db.path, data_dir.backups, "close")
    unit_db.close()
    _full_disk_for_sqlite(monkeypatch)
    report = backups.startup_check(data_dir.database, data_dir.backups)
    assert report.problem is None and report.moved_to is None
    assert data_dir.database.exists() and backups.damaged_copies(data_dir.database) == []
    assert recovery.assess(data_dir.database, data_dir.backups).kind == recovery.READY


def test_a_restore_on_a_full_disk_leaves_the_database_where_it_is(unit_db, data_dir, monkeypatch):
    good = backups.create_backup(unit_db.path, data_dir.backups, "close")
    unit_db.close()
    before = data_dir.database.read_bytes()
    _full_disk_for_sqlite(monkeypatch)
    with pytest.raises(backups.BackupError, match="disk is full"):
        backups.restore_backup(data_dir.database, data_dir.backups, good.path)
    assert data_dir.database.read_bytes() == before
    assert backups.damaged_copies(data_dir.database) == []


def test_a_database_the_clerk_may_not_read_is_not_moved_aside(unit_db, data_dir, monkeypatch):
    unit_db.close()
    real_open = open

    def denied(path, *args, **kwargs):
        if str(path) == str(data_dir.database):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", denied)
    assert backups.quick_check(data_dir.database) is None
    assert backups.startup_check(data_dir.database, data_dir.backups).moved_to is None
