"""The command line: init, chapters, roster list, demo, and one clear line for every error."""

import csv
import errno
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from sqlalchemy.exc import OperationalError

from doan_desktop import __version__
from doan_desktop.cli import main
from doan_desktop.core import chapters as chapter_cases
from doan_desktop.core.chapters import find_chapter
from doan_desktop.core.roster import PersonInput, add_office, save_person
from doan_desktop.core.store.db import open_database
from doan_desktop.core.unit import get_unit
from doan_desktop.paths import DataDir
from tests.conftest import TODAY

REPO = Path(__file__).resolve().parents[2]
PERSON_KEYS = [
    "id",
    "full_name",
    "given_name",
    "gender",
    "birth_date",
    "id_number",
    "phone",
    "ethnicity",
    "religion",
    "chapter",
    "is_member",
    "member_since",
    "office",
    "status",
]
INIT = [
    "init",
    "--unit-name",
    "Hòa Phú",
    "--unit-code",
    "HP-DL-01",
    "--unit-kind",
    "xa",
    "--province",
    "Đắk Lắk",
    "--superior-name",
    "Tỉnh Đoàn Đắk Lắk",
    "--superior-code",
    "TD-DL",
]


@pytest.fixture(autouse=True)
def english(monkeypatch):
    """English messages (the catalogue may not be compiled yet); Qt's default locale restored."""
    monkeypatch.setenv("DOAN_LANG", "en")
    locale = QLocale()
    yield
    QLocale.setDefault(locale)


@pytest.fixture
def home(tmp_path) -> Path:
    return tmp_path / "data"


class Run:
    def __init__(self, capsys, home: Path):
        self.capsys, self.home = capsys, home

    def __call__(self, *argv: str, data_dir: bool = True):
        """(exit code, stdout, stderr lines) of one command."""
        args = (["--data-dir", str(self.home)] if data_dir else []) + list(argv)
        try:
            code = main(args)
        except SystemExit as exit_:  # argparse: --help, --version and bad calls
            code = exit_.code
        out, err = self.capsys.readouterr()
        return code, out, err.splitlines()


@pytest.fixture
def run(capsys, home) -> Run:
    return Run(capsys, home)


@pytest.fixture
def set_up(run, home):
    code, out, err = run(*INIT)
    assert (code, err) == (0, [])
    return home


def one_error_line(err: list[str]) -> str:
    assert len(err) == 1, err
    assert err[0].startswith("doan-desktop")
    return err[0]


def add_people(home: Path) -> dict[str, str]:
    """Four people written through the core use cases, as the GUI would."""
    database = open_database(DataDir(home).database)
    ids = {}
    try:
        with database.session() as session:
            thon3 = find_chapter(session, "Thôn 3").id
            kram = find_chapter(session, "Buôn Kram").id
            for name, chapter, birth, member, phone in [
                ("Trần Thị Bình", thon3, "12/08/2001", True, "0912345678"),
                ("Nguyễn Văn An", thon3, "2003", True, ""),
                ("H' Hen Niê", kram, "05/02/2004", False, "0987654321"),
                ("Lê Văn Đạt", None, "", False, ""),
            ]:
                ids[name] = save_person(
                    session,
                    PersonInput(
                        full_name=name,
                        chapter_id=chapter,
                        birth_date=birth,
                        is_member=member,
                        member_since="26/03/2020" if member else "",
                        phone=phone,
                        gender="F" if "Thị" in name else "M",
                        ethnicity="Ê Đê" if "Niê" in name else "Kinh",
                    ),
                    today=TODAY,
                )
            add_office(session, ids["Nguyễn Văn An"], "bi_thu", thon3, "01/01/2024", today=TODAY)
    finally:
        database.close()
    return ids


@pytest.fixture
def roster(run, set_up):
    for name, kind in [("Thôn 3", "thon"), ("Buôn Kram", "buon")]:
        assert run("chapters", "add", name, "--kind", kind)[0] == 0
    add_people(set_up)
    return set_up


# ----------------------------------------------------------------------------- basics


def test_help_and_version(run):
    code, out, _ = run("--help", data_dir=False)
    assert code == 0
    for command in ("init", "demo", "chapters", "roster"):
        assert command in out
    code, out, _ = run("--version", data_dir=False)
    assert (code, out.strip()) == (0, f"doan-desktop {__version__}")


def test_subcommand_help(run):
    code, out, _ = run("roster", "list", "--help")
    assert code == 0
    assert "--chapter" in out and "--search" in out and "--format" in out


def test_end_to_end_in_a_subprocess(tmp_path):
    env = {**os.environ, "DOAN_LANG": "en", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DOAN_DATA_DIR", None)
    home = str(tmp_path / "data")

    def call(*argv):
        return subprocess.run(
            [sys.executable, "-m", "doan_desktop", "--data-dir", home, *argv],
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=REPO,
            env=env,
            timeout=120,
        )

    done = call(*INIT)
    assert done.returncode == 0, done.stderr
    missing = call("roster", "list", "--chapter", "Thôn 99")
    assert missing.returncode == 1
    assert len(missing.stderr.splitlines()) == 1 and "Thôn 99" in missing.stderr
    assert missing.stdout == ""


# ----------------------------------------------------------------------------- init


def test_init_writes_the_unit(run, home):
    code, out, err = run(*INIT)
    assert (code, err) == (0, [])
    assert "Hòa Phú" in out
    database = open_database(DataDir(home).database)
    try:
        with database.session() as session:
            unit = get_unit(session)
    finally:
        database.close()
    assert (unit.name, unit.code, unit.kind, unit.province) == (
        "Hòa Phú",
        "HP-DL-01",
        "xa",
        "Đắk Lắk",
    )
    assert (unit.superior_name, unit.superior_code, unit.role) == (
        "Tỉnh Đoàn Đắk Lắk",
        "TD-DL",
        "commune",
    )


def test_second_init_is_refused(run, set_up):
    code, _, err = run(*INIT[:2], "Other", *INIT[3:])
    assert code == 1
    assert "already" in one_error_line(err)
    database = open_database(DataDir(set_up).database)
    try:
        with database.session() as session:
            assert get_unit(session).name == "Hòa Phú"
    finally:
        database.close()


@pytest.mark.parametrize(
    ("option", "value", "field"),
    [("--unit-code", "HP DL/01", "--unit-code"), ("--province", "   ", "--province")],
)
def test_init_with_a_bad_value_writes_nothing(run, home, option, value, field):
    argv = list(INIT)
    argv[argv.index(option) + 1] = value
    code, _, err = run(*argv)
    assert code == 2
    assert field in one_error_line(err)
    assert not DataDir(home).database.exists()


def test_init_with_an_unknown_kind_or_missing_option(run, home):
    argv = list(INIT)
    argv[argv.index("--unit-kind") + 1] = "huyen"
    code, _, err = run(*argv)
    assert code == 2
    assert "huyen" in one_error_line(err)
    code, _, err = run(*INIT[:-2])
    assert code == 2
    assert "--superior-code" in one_error_line(err)
    assert not DataDir(home).database.exists()


# ----------------------------------------------------------------------------- chapters


def test_chapters_add_and_list(run, set_up):
    assert run("chapters", "add", "  Thôn   3 ", "--kind", "thon")[0] == 0
    assert run("chapters", "add", "Buôn Kram", "--kind", "buon")[0] == 0
    code, out, _ = run("chapters", "list", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert [(r["name"], r["kind"], r["members"], r["youth"]) for r in rows] == [
        ("Buôn Kram", "buon", 0, 0),
        ("Thôn 3", "thon", 0, 0),
    ]
    code, out, _ = run("chapters", "list", "--format", "table")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 4  # header, rule, two chapters
    assert set(lines[1]) <= {"-", " "}
    assert lines[2].startswith("Buôn Kram") and lines[3].startswith("Thôn 3")


def test_chapters_list_counts(run, roster):
    code, out, _ = run("chapters", "list", "--format", "json")
    rows = {r["name"]: r for r in json.loads(out)}
    assert (rows["Thôn 3"]["members"], rows["Thôn 3"]["youth"]) == (2, 0)
    assert (rows["Buôn Kram"]["members"], rows["Buôn Kram"]["youth"]) == (0, 1)
    assert rows["Thôn 3"]["secretary"] == "Nguyễn Văn An"


def test_duplicate_chapter_refused(run, set_up):
    assert run("chapters", "add", "Thôn 3", "--kind", "thon")[0] == 0
    code, _, err = run("chapters", "add", "thon 3", "--kind", "school")
    assert code == 1
    assert "already" in one_error_line(err)
    code, out, _ = run("chapters", "list", "--format", "json")
    assert len(json.loads(out)) == 1


def test_unknown_chapter_kind_refused_by_argparse(run, set_up):
    code, _, err = run("chapters", "add", "Thôn 4", "--kind", "village")
    assert code == 2
    assert "village" in one_error_line(err)
    assert json.loads(run("chapters", "list", "--format", "json")[1]) == []


def test_chapters_need_a_unit(run, home):
    open_database(DataDir(home).ensure().database).close()
    code, _, err = run("chapters", "add", "Thôn 3", "--kind", "thon")
    assert code == 1
    assert "init" in one_error_line(err)


# ----------------------------------------------------------------------------- roster list


def test_roster_list_json(run, roster):
    code, out, err = run("roster", "list", "--format", "json")
    assert (code, err) == (0, [])
    rows = json.loads(out)
    assert all(list(row) == PERSON_KEYS for row in rows)
    assert [r["full_name"] for r in rows] == [
        "Nguyễn Văn An",
        "Trần Thị Bình",
        "Lê Văn Đạt",
        "H' Hen Niê",
    ]
    by_name = {r["full_name"]: r for r in rows}
    assert by_name["Trần Thị Bình"]["birth_date"] == "2001-08-12"
    assert by_name["Nguyễn Văn An"]["birth_date"] == "2003"
    assert by_name["Lê Văn Đạt"]["birth_date"] == ""
    assert by_name["Nguyễn Văn An"]["office"] == "Secretary"
    assert by_name["Nguyễn Văn An"]["is_member"] is True
    assert by_name["H' Hen Niê"]["chapter"] == "Buôn Kram"
    assert by_name["Lê Văn Đạt"]["chapter"] == ""
    assert by_name["Trần Thị Bình"]["member_since"] == "2020-03-26"


def test_roster_list_by_chapter_ignores_diacritics(run, roster):
    for name in ("Thôn 3", "thon 3", "THÔN  3"):
        code, out, _ = run("roster", "list", "--format", "json", "--chapter", name)
        assert code == 0
        assert [r["full_name"] for r in json.loads(out)] == ["Nguyễn Văn An", "Trần Thị Bình"]


@pytest.mark.parametrize(
    ("search", "found"),
    [
        ("nguyen van an", ["Nguyễn Văn An"]),
        ("đạt", ["Lê Văn Đạt"]),
        ("0912 345 678", ["Trần Thị Bình"]),
        ("hen", ["H' Hen Niê"]),
        ("%", []),
    ],
)
def test_roster_list_search(run, roster, search, found):
    code, out, _ = run("roster", "list", "--format", "json", "--search", search)
    assert code == 0
    assert [r["full_name"] for r in json.loads(out)] == found


def test_roster_list_csv(run, roster):
    code, out, _ = run("roster", "list", "--format", "csv", "--chapter", "Buôn Kram")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == PERSON_KEYS
    assert len(rows) == 2
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["full_name"] == "H' Hen Niê"
    assert record["birth_date"] == "2004-02-05"
    assert record["phone"] == "0987654321"


def test_roster_list_table(run, roster):
    code, out, _ = run("roster", "list")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2 + 4
    assert lines[2].startswith("Nguyễn Văn An")
    assert "12/08/2001" in out  # dates as the clerk reads them


def test_roster_list_of_an_empty_roster(run, set_up):
    code, out, _ = run("roster", "list", "--format", "json")
    assert (code, json.loads(out)) == (0, [])


# ----------------------------------------------------------------------------- errors


def test_unknown_data_dir(run, tmp_path):
    missing = tmp_path / "no" / "such" / "folder"
    code, _, err = run("--data-dir", str(missing), "roster", "list", data_dir=False)
    assert code == 1
    assert str(missing) in one_error_line(err)
    assert not missing.exists()  # reading never creates the folder


def test_data_dir_from_the_environment(run, roster, monkeypatch):
    monkeypatch.setenv("DOAN_DATA_DIR", str(roster))
    code, out, _ = run("roster", "list", "--format", "json", data_dir=False)
    assert code == 0 and len(json.loads(out)) == 4


def test_no_unit_yet(run, home):
    open_database(DataDir(home).ensure().database).close()
    code, _, err = run("roster", "list")
    assert code == 1
    assert "init" in one_error_line(err)


def test_unknown_chapter(run, roster):
    code, out, err = run("roster", "list", "--chapter", "Thôn 99")
    assert (code, out) == (1, "")
    assert "Thôn 99" in one_error_line(err)


@pytest.mark.parametrize(
    "argv",
    [
        ["--frobnicate"],
        ["roster", "list", "--format", "xml"],
        ["roster", "list", "--colour"],
        ["roster"],
        ["chapters", "remove", "Thôn 3"],
        ["nonsense"],
    ],
)
def test_bad_calls_give_one_line_and_exit_2(run, set_up, argv):
    code, out, err = run(*argv)
    assert (code, out) == (2, "")
    assert "--help" in one_error_line(err)


def test_a_data_folder_that_is_not_ours(run, home):
    home.mkdir()
    DataDir(home).database.write_text("name,phone\n")
    code, _, err = run("roster", "list")
    assert code == 1
    assert str(DataDir(home).database) in one_error_line(err)


def test_errors_are_one_line_in_vietnamese_mode_too(run, roster, monkeypatch):
    monkeypatch.delenv("DOAN_LANG")  # the default: Vietnamese when the catalogue exists
    code, _, err = run("roster", "list", "--chapter", "Thôn 99")
    assert code == 1
    assert "Thôn 99" in one_error_line(err)
    code, _, err = run("chapters", "add", "X", "--kind", "village")
    assert code == 2
    assert "village" in one_error_line(err)


# ----------------------------------------------------------------------------- demo


def test_demo_fills_an_empty_data_folder_and_refuses_a_second_time(run, home):
    code, out, err = run("demo", "--people", "40", "--seed", "1")
    assert (code, err) == (0, [])
    assert "40" in out
    code, out, _ = run("roster", "list", "--format", "json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 40
    code, out, _ = run("chapters", "list", "--format", "json")
    assert sum(c["members"] + c["youth"] for c in json.loads(out)) <= 40
    code, _, err = run("demo", "--people", "40", "--seed", "1")
    assert code == 1
    one_error_line(err)
    assert len(json.loads(run("roster", "list", "--format", "json")[1])) == 40


def test_demo_is_reproducible(run, tmp_path):
    outputs = []
    for name in ("a", "b"):
        home = str(tmp_path / name)
        assert (
            run("--data-dir", home, "demo", "--people", "25", "--seed", "7", data_dir=False)[0] == 0
        )
        out = run("--data-dir", home, "roster", "list", "--format", "json", data_dir=False)[1]
        outputs.append([{k: v for k, v in r.items() if k != "id"} for r in json.loads(out)])
    assert outputs[0] == outputs[1]


def test_demo_refuses_a_bad_count(run, home):
    code, _, err = run("demo", "--people", "0")
    assert code == 2
    assert "--people" in one_error_line(err)
    code, _, err = run("demo", "--people", "many")
    assert code == 2
    assert "many" in one_error_line(err)


@pytest.mark.parametrize(
    "failure",
    [
        OSError(28, "No space left on device"),
        OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked")),
    ],
)
def test_disk_and_lock_failures_give_one_line(run, set_up, monkeypatch, failure):
    def fail(*args, **kwargs):
        raise failure

    monkeypatch.setattr(chapter_cases, "add_chapter", fail)
    code, out, err = run("chapters", "add", "Thôn 3", "--kind", "thon")
    assert (code, out) == (1, "")
    line = one_error_line(err)
    # A full disk is said as such (with what to do); other failures keep their own words.
    assert "disk is full" in line or "database is locked" in line


# ----------------------------------------------------------------------------- lost data


def _backup(run) -> str:
    code, out, err = run("backup", "create")
    assert (code, err) == (0, [])
    return Path(out.split(": ", 1)[1].strip()).name


def _empty(home: Path) -> None:
    database = DataDir(home).database
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    database.write_bytes(b"")


@pytest.fixture
def lost(run, roster):
    """A set-up office with a backup, whose database then became a zero-byte file."""
    name = _backup(run)
    _empty(roster)
    return name


@pytest.mark.parametrize(
    "argv",
    [
        ["roster", "list"],
        ["chapters", "add", "Thôn 9", "--kind", "thon"],
        ["chapters", "list"],
        ["backup", "create"],
        ["demo", "--people", "5"],
    ],
)
def test_a_zero_byte_database_with_backups_is_refused_naming_the_backup(run, home, lost, argv):
    code, out, err = run(*argv)
    assert (code, out) == (1, "")
    line = one_error_line(err)
    assert "has no data" in line
    assert lost in line and "Hòa Phú, 4 people" in line
    assert f"doan-desktop --data-dir {home} backup restore {lost}" in line
    assert DataDir(home).database.read_bytes() == b""  # no empty schema written over it
    assert [p for p in os.listdir(DataDir(home).backups) if p != lost] == []
    assert "--new-office" not in line  # only init has it


def test_backup_list_on_lost_data_says_which_backup_to_restore(run, home, lost):
    code, out, err = run("backup", "list")
    assert code == 0 and lost in out
    line = one_error_line(err)
    assert "has no data" in line and f"backup restore {lost}" in line
    code, out, err = run("backup", "list", "--format", "json")
    assert code == 0 and json.loads(out)[0]["file"] == lost and err == []


def test_check_says_an_empty_database_is_not_sound(run, home, lost):
    code, _, err = run("check")
    assert code == 1
    line = one_error_line(err)
    assert "not sound" in line and "empty" in line and lost in line
    code, out, _ = run("check", "--format", "json")
    report = json.loads(out)
    assert code == 1 and report["ok"] is False
    assert report["newest_good_backup"]["file"] == lost
    assert report["newest_good_backup"]["people"] == 4


def test_check_says_a_database_without_a_unit_is_not_sound(run, home):
    open_database(DataDir(home).ensure().database).close()
    code, _, err = run("check")
    assert code == 1
    assert "no unit" in one_error_line(err)


def test_the_command_it_names_restores_the_backup(run, home, lost):
    line = one_error_line(run("roster", "list")[2])
    command = line.split("restore it with: ", 1)[1].split()
    assert command[:3] == ["doan-desktop", "--data-dir", str(home)]
    code, out, err = run(*command[1:], data_dir=False)
    assert (code, err) == (0, [])
    assert f"Restored {lost}" in out
    code, out, _ = run("roster", "list", "--format", "json")
    assert code == 0 and len(json.loads(out)) == 4


def test_init_on_lost_data_needs_new_office(run, home, lost):
    code, _, err = run(*INIT)
    assert code == 1
    line = one_error_line(err)
    assert lost in line and "--new-office" in line
    assert DataDir(home).database.read_bytes() == b""
    code, out, err = run(*INIT, "--new-office")
    assert (code, err) == (0, [])
    assert json.loads(run("roster", "list", "--format", "json")[1]) == []
    assert lost in os.listdir(DataDir(home).backups)  # the old office's backup stays


def test_a_missing_database_with_only_a_damaged_copy_is_lost_too(run, home, set_up):
    database = DataDir(home).database
    database.rename(database.with_name("doan.sqlite3.damaged-20261124-170000"))
    code, _, err = run("roster", "list")
    assert code == 1
    line = one_error_line(err)
    assert "is missing" in line and "damaged-20261124-170000" in line
    assert "No good backup" in line and "backup restore FILE" in line
    assert not database.exists()


def test_a_damaged_database_with_backups_names_the_backup(run, home, roster):
    name = _backup(run)
    database = DataDir(home).database
    size = database.stat().st_size
    with open(database, "r+b") as handle:  # garbage over every page after the first
        handle.seek(4096)
        handle.write(b"\x0d\xff\x00\xff" * ((size - 4096) // 4))
    code, _, err = run("roster", "list")
    assert code == 1
    line = one_error_line(err)
    assert "cannot be used" in line and name in line and "backup restore" in line


def test_restore_refuses_another_programs_file_and_replaces_nothing(run, home, roster, tmp_path):
    foreign = tmp_path / "music.sqlite3"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE songs (title TEXT)")
    connection.commit()
    connection.close()
    before = DataDir(home).database.read_bytes()
    code, out, err = run("backup", "restore", str(foreign))
    assert (code, out) == (1, "")
    line = one_error_line(err)
    assert "music.sqlite3" in line and "another program" in line
    assert DataDir(home).database.read_bytes() == before
    assert not DataDir(home).backups.exists()  # not even a copy of the present state
    assert len(json.loads(run("roster", "list", "--format", "json")[1])) == 4


def test_a_folder_that_never_had_data_still_says_run_init(run, home):
    home.mkdir()
    DataDir(home).database.write_bytes(b"")
    code, _, err = run("roster", "list")
    assert code == 1
    assert "init" in one_error_line(err)
    assert DataDir(home).database.read_bytes() == b""
    code, _, err = run(*INIT)
    assert (code, err) == (0, [])


@pytest.mark.parametrize(
    "failure, words",
    [
        (OSError(errno.ENOSPC, "No space left on device"), "disk is full"),
        (sqlite3.OperationalError("database or disk is full"), "disk is full"),
        (PermissionError(errno.EACCES, "Permission denied"), "No permission to write"),
        (
            OperationalError(
                "INSERT", {}, sqlite3.OperationalError("attempt to write a readonly database")
            ),
            "No permission to write",
        ),
    ],
)
def test_a_full_disk_or_a_read_only_folder_is_said_as_such(
    run, set_up, monkeypatch, failure, words
):
    def fail(*args, **kwargs):
        raise failure

    monkeypatch.setattr(chapter_cases, "add_chapter", fail)
    code, out, err = run("chapters", "add", "Thôn 3", "--kind", "thon")
    assert (code, out) == (1, "")
    line = one_error_line(err)
    assert words in line and "cannot be read" not in line


def test_a_full_disk_during_backup_create_is_said_and_leaves_no_partial(
    run, home, set_up, monkeypatch
):
    from doan_desktop.core.store import backup as store_backup

    def full(_descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_backup.os, "fsync", full)
    code, _, err = run("backup", "create")
    assert code == 1
    line = one_error_line(err)
    assert "disk is full" in line and "cannot be read" not in line
    assert os.listdir(DataDir(home).backups) == []


def test_a_write_command_removes_half_written_files(run, home, set_up):
    data = DataDir(home)
    data.backups.mkdir(exist_ok=True)
    stale = [data.root / "doan.sqlite3.partial", data.backups / "x.sqlite3.partial"]
    for path in stale:
        path.write_bytes(bytes(1000))
    assert run("roster", "list")[0] == 0
    assert all(p.exists() for p in stale)  # a reading command holds no lock: leaves them
    assert run("chapters", "add", "Thôn 3", "--kind", "thon")[0] == 0
    assert not any(p.exists() for p in stale)


@pytest.mark.skipif(os.name != "posix", reason="owner-only modes are POSIX")
def test_init_makes_an_owner_only_folder_and_database(run, home):
    import stat

    assert run(*INIT)[0] == 0
    _backup(run)
    data = DataDir(home)
    assert stat.S_IMODE(data.root.stat().st_mode) == 0o700
    assert stat.S_IMODE(data.database.stat().st_mode) == 0o600
    assert stat.S_IMODE(data.backups.stat().st_mode) == 0o700
    for backup in data.backups.iterdir():
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="root writes through chmod; POSIX modes"
)
def test_a_read_only_data_folder_is_said_as_such(run, home, set_up):
    data = DataDir(home)
    data.database.chmod(0o400)
    home.chmod(0o500)
    try:
        code, _, err = run("chapters", "add", "Thôn 3", "--kind", "thon")
    finally:
        home.chmod(0o700)
        data.database.chmod(0o600)
    assert code == 1
    line = one_error_line(err)
    assert "No permission to write" in line and "cannot be read" not in line


def test_a_read_only_folder_with_backups_is_not_called_lost_data(run, home, roster, monkeypatch):
    """A WAL database cannot be opened where SQLite may not write its -shm: that is a
    permission to fix, not lost data to restore (simulated: the tests run as root)."""
    from doan_desktop.core.store import write_errors

    _backup(run)
    real_connect = sqlite3.connect

    def cannot_open(target, *args, **kwargs):
        if kwargs.get("uri"):
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", cannot_open)
    monkeypatch.setattr(write_errors.os, "access", lambda folder, mode: False)
    for argv in (["roster", "list"], ["check"]):
        code, _, err = run(*argv)
        assert code == 1
        line = one_error_line(err)
        assert "No permission to write" in line and str(home) in line
        assert "backup restore" not in line and "damaged" not in line


def test_init_whose_key_file_cannot_be_written_says_so_and_saves_no_unit(
    run, home, tmp_path, monkeypatch
):
    from doan_desktop.core import signing
    from doan_desktop.exchange.files import FileWriteError

    def full_disk(path, write):
        raise FileWriteError("The disk is full.")

    monkeypatch.setattr(signing, "write_atomically", full_disk)
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text("một câu mật khẩu đủ dài", encoding="utf-8")
    code, _, err = run(*INIT, "--passphrase-file", str(passphrase))
    assert code == 1
    line = one_error_line(err)
    assert "The disk is full." in line and "The signing key was not changed." in line
    database = open_database(DataDir(home).database)
    try:
        with database.session() as session:
            assert get_unit(session) is None
    finally:
        database.close()
