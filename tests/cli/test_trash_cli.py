"""``doan-desktop trash list`` and ``trash restore KIND ID``: every kind of record, the kind
filter, JSON and table, the refusals in one line on stderr with nothing changed."""

import json

import pytest
from sqlalchemy import func, select

from doan_desktop.cli import main
from doan_desktop.core import trash
from doan_desktop.core.meetings import list_meetings
from doan_desktop.core.store.db import open_database
from doan_desktop.core.store.models import ChangeLog
from tests.trash_records import TRASHED, fill_trash


@pytest.fixture
def filled(unit_db, data_dir):
    with unit_db.session() as s:
        ids = fill_trash(s)
    unit_db.close()
    return {"dir": str(data_dir.root), "data_dir": data_dir, **ids}


def _run(capsys, filled, *args):
    try:
        code = main(["--data-dir", filled["dir"], *args])
    except SystemExit as exit_:  # argparse refuses a bad call
        code = exit_.code
    out = capsys.readouterr()
    return code, out.out, out.err


def _state(filled):
    """(ids in the trash, number of change-log entries), read from a fresh connection."""
    db = open_database(filled["data_dir"].database)
    try:
        with db.session() as s:
            return (
                [i.id for i in trash.list_trash(s)],
                s.scalar(select(func.count()).select_from(ChangeLog)),
                [m.id for m in list_meetings(s)],
            )
    finally:
        db.close()


def test_list_json_has_every_kind_newest_first(filled, capsys):
    code, out, err = _run(capsys, filled, "trash", "list", "--format", "json")
    assert code == 0, err
    items = json.loads(out)
    assert [i["id"] for i in items] == [filled[key] for key, _model in reversed(TRASHED)]
    assert {i["kind"] for i in items} == set(trash.KINDS)
    assert set(items[0]) == {"kind", "id", "name", "detail", "deleted_at"}
    meeting = next(i for i in items if i["id"] == filled["meeting"])
    assert meeting == {
        "kind": "meeting",
        "id": filled["meeting"],
        "name": "Monthly chapter meeting",
        "detail": "05/02/2026, Buôn Kram",
        "deleted_at": "2026-11-01T08:00:00Z",
    }


def test_list_one_kind_as_a_table(filled, capsys):
    code, out, err = _run(capsys, filled, "trash", "list", "--kind", "commendation")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["Kind", "Name", "Details", "Moved", "to", "trash", "Id"]
    assert len(lines) == 2 + 3
    assert all(line.startswith("Commendation") for line in lines[2:])
    assert filled["award"] in out and filled["meeting"] not in out


def test_empty_trash(unit_db, data_dir, capsys):
    unit_db.close()
    code = main(["--data-dir", str(data_dir.root), "trash", "list"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert out.out == "The trash is empty.\n"


@pytest.mark.parametrize(
    ("kind", "key"),
    [
        ("person", "an"),
        ("chapter", "thon3"),
        ("meeting", "meeting"),
        ("training", "training"),
        ("work", "work"),
        ("drive", "drive"),
        ("commendation", "award"),
        ("cadre_plan", "plan"),
    ],
)
def test_restore_each_kind(filled, capsys, kind, key):
    code, out, err = _run(capsys, filled, "trash", "restore", kind, filled[key])
    assert code == 0, err
    assert "is back" in out
    in_trash, _log, _meetings = _state(filled)
    assert filled[key] not in in_trash
    assert len(in_trash) == len(TRASHED) - 1


def test_refused_while_the_chapter_is_in_the_trash(filled, capsys):
    before = _state(filled)
    code, out, err = _run(capsys, filled, "trash", "restore", "meeting", filled["meeting_thon3"])
    assert (code, out) == (1, "")
    assert err == (
        "doan-desktop: This meeting belongs to the chapter Thôn 3, which is in the trash. "
        "Restore the chapter first, then the meeting.\n"
    )
    assert _state(filled) == before
    # Doing what it says works.
    assert _run(capsys, filled, "trash", "restore", "chapter", filled["thon3"])[0] == 0
    assert _run(capsys, filled, "trash", "restore", "meeting", filled["meeting_thon3"])[0] == 0
    assert _state(filled)[2] == [filled["meeting_thon3"]]


def test_restore_twice_and_unknown_ids(filled, capsys):
    assert _run(capsys, filled, "trash", "restore", "training", filled["training"])[0] == 0
    code, out, err = _run(capsys, filled, "trash", "restore", "training", filled["training"])
    assert (code, out) == (1, "")
    assert err == "doan-desktop: This training is not in the trash any more.\n"
    code, _out, err = _run(capsys, filled, "trash", "restore", "work", "no-such-id")
    assert code == 1
    assert err == "doan-desktop: This youth work is not in the trash any more.\n"


@pytest.mark.parametrize(
    "argv",
    [
        ["trash", "restore", "unicorn", "x"],
        ["trash", "restore", "meeting"],
        ["trash", "list", "--kind", "unicorn"],
        ["trash"],
    ],
)
def test_bad_calls_exit_2_with_one_line(filled, capsys, argv):
    code, out, err = _run(capsys, filled, *argv)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
