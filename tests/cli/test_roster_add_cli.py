"""``doan-desktop roster add``: the person form's checks (core.roster), each error naming its
option in one line with exit 2 and nothing written; a likely duplicate refused unless
--allow-duplicate; the new person's id in a sentence or as JSON."""

import json

import pytest

from doan_desktop.cli import main
from doan_desktop.core import chapters as chapter_cases
from doan_desktop.core import roster
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.store.db import open_database
from tests.conftest import TODAY


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.setenv("DOAN_LANG", "en")


@pytest.fixture
def office(unit_db, data_dir):
    with unit_db.session() as s:
        thon3 = add_chapter(s, ChapterInput("Thôn 3", "thon"))
        closed = add_chapter(s, ChapterInput("Thôn 9", "thon"))
        chapter_cases.set_active(s, closed, False)
        roster.save_person(
            s,
            roster.PersonInput(
                full_name="Trần Thị Bình",
                birth_date="12/08/2001",
                id_number="001095001234",
                chapter_id=thon3,
                is_member=True,
            ),
            today=TODAY,
        )
    unit_db.close()
    return {"dir": str(data_dir.root), "data_dir": data_dir, "thon3": thon3}


def add(capsys, office, *args):
    """(exit code, stdout, stderr lines) of ``roster add`` with ``args``."""
    try:
        code = main(["--data-dir", office["dir"], "roster", "add", *args])
    except SystemExit as exit_:  # argparse refuses a bad call
        code = exit_.code
    out = capsys.readouterr()
    return code, out.out, out.err.splitlines()


def people(office) -> list[roster.PersonRow]:
    database = open_database(office["data_dir"].database)
    try:
        with database.session() as s:
            return roster.list_people(s)
    finally:
        database.close()


def stored(office, person_id: str) -> roster.PersonInput:
    database = open_database(office["data_dir"].database)
    try:
        with database.session() as s:
            return roster.get_person(s, person_id)
    finally:
        database.close()


def refused(capsys, office, *args, code: int = 2) -> str:
    before = [p.id for p in people(office)]
    result, out, err = add(capsys, office, *args)
    assert (result, out) == (code, "")
    assert len(err) == 1, err
    assert [p.id for p in people(office)] == before  # nothing written
    return err[0]


# ----------------------------------------------------------------------------- good


def test_adds_a_member_with_the_fewest_options(capsys, office):
    code, out, err = add(capsys, office, "--name", "nguyễn  văn an", "--chapter", "thon 3")
    assert (code, err) == (0, [])
    added = next(p for p in people(office) if p.full_name == "Nguyễn Văn An")
    assert out.strip() == f"Added the member Nguyễn Văn An to Thôn 3 (id {added.id})."
    assert (added.chapter_id, added.is_member, added.status) == (office["thon3"], True, "active")


def test_every_person_field_reaches_the_record(capsys, office):
    code, out, err = add(
        capsys,
        office,
        *("--name", "Y Phôn Ksơr", "--given-name", "Phôn", "--chapter", "Thôn 3"),
        *("--gender", "M", "--birth-date", "5/2/2004", "--citizen-id", "0660 9900 1234"),
        *("--phone", "+84 912 345 678", "--member-since", "26/03/2020", "--party-member"),
        *("--status", "away", "--other-names", "Phôn", "--hometown", "Buôn Kram"),
        *("--address", "Thôn 3, Hòa Phú", "--ethnicity", "Ê Đê", "--religion", "Tin Lành"),
        *("--occupation", "Nông dân", "--education", "12/12", "--qualification", "Trung cấp"),
        *("--political-theory", "Sơ cấp", "--admission-place", "Chi đoàn Thôn 3"),
        *("--card-number", "DV-123", "--note", "Chuyển đến", "--classification", "2025", "htt"),
        *("--classification", "2024", "htxs"),
    )
    assert (code, err) == (0, [])
    person_id = out.strip().rsplit("id ", 1)[1].rstrip(").")
    data = stored(office, person_id)
    assert (data.full_name, data.given_name, data.gender) == ("Y Phôn Ksơr", "Phôn", "M")
    assert (data.birth_date, data.member_since) == ("05/02/2004", "26/03/2020")
    assert (data.id_number, data.phone) == ("066099001234", "0912345678")
    assert (data.is_member, data.is_party_member, data.status) == (True, True, "away")
    assert (data.hometown, data.address, data.ethnicity) == ("Buôn Kram", "Thôn 3, Hòa Phú", "Ê Đê")
    assert (data.religion, data.occupation, data.education) == ("Tin Lành", "Nông dân", "12/12")
    assert (data.qualification, data.political_theory) == ("Trung cấp", "Sơ cấp")
    assert (data.admission_place, data.card_number, data.note) == (
        "Chi đoàn Thôn 3",
        "DV-123",
        "Chuyển đến",
    )
    assert data.other_names == "Phôn"
    assert [(c.year, c.scale, c.result) for c in data.classifications] == [
        (2024, "2019", "htxs"),
        (2025, "2019", "htt"),
    ]


def test_a_youth(capsys, office):
    code, out, _ = add(capsys, office, "--name", "Lê Văn Đạt", "--chapter", "Thôn 3", "--youth")
    assert code == 0 and out.startswith("Added the youth Lê Văn Đạt to Thôn 3")
    assert next(p for p in people(office) if p.full_name == "Lê Văn Đạt").is_member is False


def test_json_gives_the_roster_keys_and_the_warnings(capsys, office):
    code, out, err = add(
        capsys,
        office,
        *("--name", "Lê Văn Cũ", "--chapter", "Thôn 3", "--birth-date", "1980"),
        *("--format", "json"),
    )
    assert (code, err) == (0, [])
    row = json.loads(out)
    assert set(row) == {*json.loads(_roster_list(capsys, office))[0], "warnings"}
    assert (row["full_name"], row["chapter"], row["birth_date"]) == ("Lê Văn Cũ", "Thôn 3", "1980")
    assert row["warnings"] == ["A Union member is normally at most 30; this person is 46."]


def _roster_list(capsys, office) -> str:
    assert main(["--data-dir", office["dir"], "roster", "list", "--format", "json"]) == 0
    return capsys.readouterr().out


def test_a_warning_that_is_not_a_duplicate_is_printed_and_the_person_saved(capsys, office):
    code, out, err = add(
        capsys, office, "--name", "Lê Văn Cũ", "--chapter", "Thôn 3", "--birth-date", "1980"
    )
    assert code == 0 and "Lê Văn Cũ" in out
    assert err == ["warning: A Union member is normally at most 30; this person is 46."]


# ----------------------------------------------------------------------------- bad input


def test_a_missing_name_or_chapter_is_a_usage_error(capsys, office):
    assert "the following arguments are required: --chapter" in refused(
        capsys, office, "--name", "Nguyễn Văn An"
    )
    assert "the following arguments are required: --name" in refused(
        capsys, office, "--chapter", "Thôn 3"
    )


def test_an_empty_name(capsys, office):
    assert refused(capsys, office, "--name", "  ", "--chapter", "Thôn 3") == (
        "doan-desktop: --name: The full name is required."
    )


def test_an_unknown_chapter_names_the_option_and_the_listing(capsys, office):
    line = refused(capsys, office, "--name", "Nguyễn Văn An", "--chapter", "Thôn 99")
    assert line.startswith('doan-desktop: --chapter: There is no chapter named "Thôn 99".')
    assert "chapters list" in line and office["dir"] in line


def test_an_inactive_chapter_is_refused_as_the_form_does_not_offer_it(capsys, office):
    assert refused(capsys, office, "--name", "Nguyễn Văn An", "--chapter", "Thôn 9") == (
        "doan-desktop: --chapter: Thôn 9 is no longer active; choose an active chapter."
    )


@pytest.mark.parametrize(
    "option, value, message",
    [
        ("--birth-date", "31/02/2004", "Type the date as dd/mm/yyyy"),
        ("--birth-date", "2004-13-01", "Type the date as dd/mm/yyyy"),
        ("--birth-date", "01/12/2026", "The date cannot be in the future."),
        ("--member-since", "soon", "Type the date as dd/mm/yyyy"),
        ("--citizen-id", "00109500123", "The citizen ID must be exactly 12 digits."),
        ("--citizen-id", "123456789", "old 9-digit identity card number (CMND)"),
        ("--citizen-id", "00109500123٤", "The citizen ID must be exactly 12 digits."),
        ("--phone", "12345", "The phone number must be 10 digits starting with 0."),
    ],
)
def test_a_bad_field_names_its_option(capsys, office, option, value, message):
    line = refused(capsys, office, "--name", "Nguyễn Văn An", "--chapter", "Thôn 3", option, value)
    assert line.startswith(f"doan-desktop: {option}: ")
    assert message in line


def test_admission_before_birth(capsys, office):
    line = refused(
        capsys,
        office,
        *("--name", "Nguyễn Văn An", "--chapter", "Thôn 3"),
        *("--birth-date", "05/02/2004", "--member-since", "2003"),
    )
    assert line == "doan-desktop: --member-since: The admission date is before the birth date."


def test_a_youth_has_no_admission_details(capsys, office):
    line = refused(
        capsys,
        office,
        *("--name", "Lê Văn Đạt", "--chapter", "Thôn 3", "--youth"),
        *("--member-since", "2020", "--card-number", "DV-1"),
    )
    assert line.count("A youth (--youth) has no admission details") == 2
    assert "--member-since: " in line and "--card-number: " in line


@pytest.mark.parametrize(
    "year, result, message",
    [
        ("2025", "gioi", "Choose a classification from the list. The results are: htxs, htt"),
        ("1930", "htt", "The classification year is not valid."),
        ("2027", "htt", "The classification year is not valid."),
        ("last", "htt", "The classification year is not valid."),
    ],
)
def test_a_bad_classification(capsys, office, year, result, message):
    line = refused(
        capsys,
        office,
        *("--name", "Nguyễn Văn An", "--chapter", "Thôn 3"),
        *("--classification", year, result),
    )
    assert line.startswith("doan-desktop: --classification: ") and message in line


def test_every_error_is_said_at_once_in_one_line(capsys, office):
    line = refused(
        capsys,
        office,
        *("--name", "Nguyễn Văn An", "--chapter", "Thôn 3"),
        *("--birth-date", "31/02/2004", "--citizen-id", "12", "--phone", "12"),
    )
    for option in ("--birth-date: ", "--citizen-id: ", "--phone: "):
        assert option in line


def test_bad_choices_are_usage_errors(capsys, office):
    base = ("--name", "Nguyễn Văn An", "--chapter", "Thôn 3")
    assert "argument --gender: invalid choice: 'Nam'" in refused(
        capsys, office, *base, "--gender", "Nam"
    )
    assert "argument --status: invalid choice: 'gone'" in refused(
        capsys, office, *base, "--status", "gone"
    )
    assert "argument --classification: expected 2 arguments" in refused(
        capsys, office, *base, "--classification", "2025"
    )


# ----------------------------------------------------------------------------- duplicates


def test_the_same_citizen_id_is_refused_unless_allowed(capsys, office):
    args = ("--name", "Trần Thị Bích", "--chapter", "Thôn 3", "--citizen-id", "001 095 001 234")
    line = refused(capsys, office, *args, code=1)
    assert line == (
        "doan-desktop: Trần Thị Bình already has this citizen ID. Nothing was added; if this is "
        "another person, add --allow-duplicate."
    )
    code, out, err = add(capsys, office, *args, "--allow-duplicate")
    assert code == 0 and "Trần Thị Bích" in out
    assert err == ["warning: Trần Thị Bình already has this citizen ID."]
    assert {p.full_name for p in people(office)} == {"Trần Thị Bích", "Trần Thị Bình"}


def test_the_same_name_and_birth_date_is_refused_unless_allowed(capsys, office):
    args = ("--name", "tran thi binh", "--chapter", "Thôn 3", "--birth-date", "12/8/2001")
    line = refused(capsys, office, *args, code=1)
    assert "Someone with the same name and birth date is already in the roster." in line
    assert "--allow-duplicate" in line
    code, _, _ = add(capsys, office, *args, "--allow-duplicate", "--format", "json")
    assert code == 0 and len(people(office)) == 2


def test_a_different_birth_date_is_not_a_duplicate(capsys, office):
    code, _, err = add(
        capsys, office, "--name", "Trần Thị Bình", "--chapter", "Thôn 3", "--birth-date", "2002"
    )
    assert (code, err) == (0, [])
