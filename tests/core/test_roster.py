"""Roster use cases: saving people, refusing bad input whole, listing, the trash, offices."""

import unicodedata

import pytest
from sqlalchemy import func, select

from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.roster import (
    ClassificationInput,
    OfficeConflict,
    PeopleFilter,
    PersonInput,
    add_office,
    delete_office,
    delete_person,
    end_office,
    get_person,
    list_offices,
    list_people,
    restore_person,
    save_person,
    sitting_secretary,
    validate_person,
)
from doan_desktop.core.store.models import ChangeLog, Classification, Office, Person
from doan_desktop.core.text import fold, name_sort_key
from doan_desktop.core.validation import ValidationError
from tests.conftest import TODAY


@pytest.fixture
def chapters(unit_db):
    with unit_db.session() as session:
        return {
            "thon3": add_chapter(session, ChapterInput("Thôn 3", "thon")),
            "kram": add_chapter(session, ChapterInput("Buôn Kram", "buon")),
        }


def save(db, today=TODAY, person_id=None, **fields):
    fields.setdefault("full_name", "Nguyễn Văn An")
    with db.session() as session:
        return save_person(session, PersonInput(**fields), person_id, today=today)


def count(db, model) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def changes(db, entity_id):
    with db.session() as session:
        rows = session.scalars(
            select(ChangeLog).where(ChangeLog.entity_id == entity_id).order_by(ChangeLog.id)
        )
        return [(row.action, row.before, row.after) for row in rows]


def names(rows):
    return [row.full_name for row in rows]


# ----------------------------------------------------------------------------- saving


def test_create_stores_clean_nfc_text_and_keys(unit_db, chapters):
    typed = unicodedata.normalize("NFD", "  NGUYỄN   VĂN ẤN ")
    person_id = save(
        unit_db,
        full_name=typed,
        gender="M",
        birth_date="5/2/2004",
        id_number="0012 0401 2345",
        phone="+84 912 345 678",
        chapter_id=chapters["thon3"],
        is_member=True,
        member_since="26/03/2020",
        address=unicodedata.normalize("NFD", " Thôn  3,  Hòa Phú "),
        ethnicity="Kinh",
    )
    with unit_db.session() as session:
        person = session.get_one(Person, person_id)
        assert person.full_name == "Nguyễn Văn Ấn"
        assert unicodedata.is_normalized("NFC", person.full_name)
        assert person.given_name == "Ấn"
        assert person.birth_date == "2004-02-05"
        assert person.member_since == "2020-03-26"
        assert person.id_number == "001204012345"
        assert person.phone == "0912345678"
        assert person.address == "Thôn 3, Hòa Phú"
        assert unicodedata.is_normalized("NFC", person.address)
        assert person.search_key.startswith("nguyen van an")
        assert "0912345678" in person.search_key and "001204012345" in person.search_key
        assert person.sort_key == name_sort_key("Nguyễn Văn Ấn")


def test_update_changes_fields_and_keeps_keys_in_step(unit_db):
    person_id = save(unit_db, full_name="Nguyễn Văn An", birth_date="2000")
    save(unit_db, person_id=person_id, full_name="Trần Thị Bình", birth_date="2001")
    with unit_db.session() as session:
        person = session.get_one(Person, person_id)
        assert (person.full_name, person.birth_date) == ("Trần Thị Bình", "2001")
        assert person.search_key == "tran thi binh"
        assert person.sort_key == name_sort_key("Trần Thị Bình")
    assert count(unit_db, Person) == 1


def test_get_person_gives_the_form_back(unit_db, chapters):
    person_id = save(
        unit_db,
        full_name="Y Phôn Ksơr",
        given_name="phôn",
        birth_date="2004-02-05",
        member_since="2020",
        chapter_id=chapters["kram"],
        is_member=True,
        classifications=[ClassificationInput(2025, "2019", "htt")],
    )
    with unit_db.session() as session:
        data = get_person(session, person_id)
    assert data.given_name == "Phôn"
    assert data.birth_date == "05/02/2004"
    assert data.member_since == "2020"
    assert data.chapter_id == chapters["kram"]
    assert [(c.year, c.scale, c.result) for c in data.classifications] == [(2025, "2019", "htt")]


def test_given_name_override_orders_the_roster(unit_db):
    save(unit_db, full_name="Y Phôn Ksơr", given_name="Phôn")
    save(unit_db, full_name="Trần Thị Lan")
    save(unit_db, full_name="Nguyễn Văn Quang")
    with unit_db.session() as session:
        rows = list_people(session)
    assert names(rows) == ["Trần Thị Lan", "Y Phôn Ksơr", "Nguyễn Văn Quang"]
    assert rows[1].given_name == "Phôn"


# ----------------------------------------------------------------------------- refusing


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"full_name": "   "}, "full_name"),
        ({"birth_date": "31/02/2020"}, "birth_date"),
        ({"birth_date": "26/11/2026"}, "birth_date"),  # tomorrow
        ({"birth_date": "2027"}, "birth_date"),
        ({"member_since": "01/01/2030"}, "member_since"),
        ({"member_since": "hôm qua"}, "member_since"),
        ({"id_number": "12345678901"}, "id_number"),
        ({"id_number": "1234567890123"}, "id_number"),
        ({"id_number": "12345678901x"}, "id_number"),
        ({"phone": "912345678"}, "phone"),
        ({"phone": "1912345678"}, "phone"),
        ({"birth_date": "05/02/2004", "member_since": "04/02/2004"}, "member_since"),
        ({"birth_date": "2004", "member_since": "2003"}, "member_since"),
        ({"gender": "X"}, "gender"),
        ({"status": "gone"}, "status"),
        ({"chapter_id": "no-such-chapter"}, "chapter_id"),
        ({"classifications": [ClassificationInput(2025, "2019", "kha")]}, "classifications"),
        ({"classifications": [ClassificationInput(2030, "2019", "htt")]}, "classifications"),
    ],
)
def test_each_error_names_its_field_and_writes_nothing(unit_db, fields, field):
    before = count(unit_db, ChangeLog)
    with pytest.raises(ValidationError) as raised:
        save(unit_db, **fields)
    assert field in raised.value.problems.errors
    assert raised.value.problems.errors[field]
    assert count(unit_db, Person) == 0
    assert count(unit_db, ChangeLog) == before


def test_a_refused_update_changes_nothing(unit_db):
    person_id = save(unit_db, full_name="Nguyễn Văn An", phone="0912345678")
    before = changes(unit_db, person_id)
    with pytest.raises(ValidationError):
        save(unit_db, person_id=person_id, full_name="Trần Thị Bình", phone="12")
    with unit_db.session() as session:
        person = session.get_one(Person, person_id)
        assert (person.full_name, person.phone) == ("Nguyễn Văn An", "0912345678")
    assert changes(unit_db, person_id) == before


def test_admission_in_the_birth_year_is_not_certainly_wrong(unit_db):
    problems_for = []
    with unit_db.session() as session:
        for birth, since in [("05/02/2004", "2004"), ("2004", "01/01/2004")]:
            data = PersonInput(full_name="An", birth_date=birth, member_since=since)
            problems_for.append(validate_person(session, data, today=TODAY).errors)
    assert problems_for == [{}, {}]


# ----------------------------------------------------------------------------- warnings


@pytest.mark.parametrize(
    ("birth", "warned"),
    [("26/11/2010", True), ("25/11/2010", False), ("1995", True), ("2011", True), ("2000", False)],
)
def test_member_age_warns_but_saves(unit_db, birth, warned):
    with unit_db.session() as session:
        data = PersonInput(full_name="Lê Văn Tâm", birth_date=birth, is_member=True)
        problems = validate_person(session, data, today=TODAY)
    assert problems.ok
    assert ("birth_date" in problems.warnings) == warned
    save(unit_db, full_name="Lê Văn Tâm", birth_date=birth, is_member=True)
    assert count(unit_db, Person) == 1


def test_youth_outside_the_member_ages_are_not_warned(unit_db):
    with unit_db.session() as session:
        data = PersonInput(full_name="Lê Văn Tâm", birth_date="1980", is_member=False)
        assert validate_person(session, data, today=TODAY).warnings == {}


def test_same_citizen_id_and_same_name_and_birth_warn(unit_db):
    first = save(unit_db, full_name="Nguyễn Văn An", birth_date="2000", id_number="001204012345")
    with unit_db.session() as session:
        same_id = PersonInput(full_name="Trần Thị Bình", id_number="001204012345")
        warnings = validate_person(session, same_id, today=TODAY).warnings
        assert "Nguyễn Văn An" in warnings["id_number"]
        twin = PersonInput(full_name="nguyen van an", birth_date="2000")
        assert "full_name" in validate_person(session, twin, today=TODAY).warnings
        other_year = PersonInput(full_name="Nguyễn Văn An", birth_date="2001")
        assert validate_person(session, other_year, today=TODAY).warnings == {}
        # Saving the record itself again is no duplicate of itself.
        itself = PersonInput(full_name="Nguyễn Văn An", birth_date="2000", id_number="001204012345")
        assert validate_person(session, itself, first, today=TODAY).warnings == {}
    save(unit_db, full_name="Trần Thị Bình", id_number="001204012345")
    assert count(unit_db, Person) == 2


def test_name_with_like_wildcards_is_no_duplicate_of_others(unit_db):
    save(unit_db, full_name="Nguyễn Văn An", birth_date="2000")
    with unit_db.session() as session:
        data = PersonInput(full_name="Nguy_n Văn An", birth_date="2000")
        assert validate_person(session, data, today=TODAY).warnings == {}


def test_trashed_people_do_not_cause_duplicate_warnings(unit_db):
    person_id = save(unit_db, full_name="Nguyễn Văn An", id_number="001204012345")
    with unit_db.session() as session:
        delete_person(session, person_id)
    with unit_db.session() as session:
        data = PersonInput(full_name="Lê An", id_number="001204012345")
        assert validate_person(session, data, today=TODAY).warnings == {}


# ----------------------------------------------------------------------------- listing


@pytest.fixture
def roster(unit_db, chapters):
    people = [
        ("Trần Thị Bình", chapters["thon3"], True, "active", "0912345678", ""),
        ("Nguyễn Văn An", chapters["thon3"], True, "active", "", "001204012345"),
        ("Lê Ấn", chapters["kram"], False, "active", "", ""),
        ("H' Hen Niê", chapters["kram"], True, "away", "0987654321", ""),
        ("Bùi Anh", None, False, "transferred_out", "", ""),
        ("Đặng Thị Đào", chapters["thon3"], False, "active", "", ""),
        ("Phạm 100% Ánh", None, False, "active", "", ""),
        ("Vũ Văn Anh_Tú", None, False, "active", "", ""),
    ]
    for full_name, chapter_id, member, status, phone, id_number in people:
        save(
            unit_db,
            full_name=full_name,
            chapter_id=chapter_id,
            is_member=member,
            status=status,
            phone=phone,
            id_number=id_number,
        )
    return unit_db


def listed(db, **filters):
    with db.session() as session:
        return names(list_people(session, PeopleFilter(**filters)))


def test_list_is_in_roster_order(roster):
    assert listed(roster) == [
        "Nguyễn Văn An",
        "Bùi Anh",
        "Phạm 100% Ánh",
        "Vũ Văn Anh_Tú",  # "_" is ignorable: given name "AnhTú", after "Ánh"
        "Lê Ấn",
        "Trần Thị Bình",
        "Đặng Thị Đào",
        "H' Hen Niê",
    ]


def test_list_rows_carry_chapter_names(roster, chapters):
    with roster.session() as session:
        rows = {r.full_name: r for r in list_people(session)}
    assert rows["Lê Ấn"].chapter == "Buôn Kram"
    assert rows["Lê Ấn"].chapter_id == chapters["kram"]
    assert rows["Bùi Anh"].chapter == "" and rows["Bùi Anh"].chapter_id is None


def test_filters(roster, chapters):
    assert listed(roster, chapter_id=chapters["kram"]) == ["Lê Ấn", "H' Hen Niê"]
    assert listed(roster, member=True) == ["Nguyễn Văn An", "Trần Thị Bình", "H' Hen Niê"]
    assert listed(roster, member=False, chapter_id=chapters["thon3"]) == ["Đặng Thị Đào"]
    assert listed(roster, status="away") == ["H' Hen Niê"]
    assert listed(roster, status="transferred_out") == ["Bùi Anh"]


@pytest.mark.parametrize(
    ("search", "found"),
    [
        ("nguyen van an", ["Nguyễn Văn An"]),
        ("NGUYỄN", ["Nguyễn Văn An"]),
        (unicodedata.normalize("NFD", "Nguyễn văn"), ["Nguyễn Văn An"]),
        ("dao", ["Đặng Thị Đào"]),
        ("đào", ["Đặng Thị Đào"]),
        ("nguyen an", ["Nguyễn Văn An"]),  # every word, in any place
        ("hen", ["H' Hen Niê"]),
        ("h' hen", ["H' Hen Niê"]),
        ("0912345678", ["Trần Thị Bình"]),
        ("0912 345 678", ["Trần Thị Bình"]),
        ("+84 912 345 678", ["Trần Thị Bình"]),
        ("7654", ["H' Hen Niê"]),
        ("001204012345", ["Nguyễn Văn An"]),
        ("%", ["Phạm 100% Ánh"]),  # wildcards are literal
        ("_", ["Vũ Văn Anh_Tú"]),
        ("anh_", ["Vũ Văn Anh_Tú"]),
        ("zzz", []),
        ("   ", None),  # blank: no filter
    ],
)
def test_search(roster, search, found):
    expected = listed(roster) if found is None else found
    assert listed(roster, search=search) == expected


def test_search_combines_with_other_filters(roster, chapters):
    assert listed(roster, search="an", chapter_id=chapters["kram"]) == ["Lê Ấn"]


def test_office_column_shows_current_offices(roster, chapters):
    with roster.session() as session:
        an = session.scalars(select(Person.id).where(Person.full_name == "Nguyễn Văn An")).one()
        add_office(session, an, "bi_thu", chapters["thon3"], "01/01/2024", today=TODAY)
    with roster.session() as session:
        rows = {r.full_name: r for r in list_people(session)}
    assert rows["Nguyễn Văn An"].office == "Secretary"
    assert rows["Trần Thị Bình"].office == ""


# ----------------------------------------------------------------------------- trash


def test_delete_moves_to_trash_and_restore_brings_everything_back(unit_db, chapters):
    person_id = save(
        unit_db,
        full_name="Nguyễn Văn An",
        chapter_id=chapters["thon3"],
        is_member=True,
        classifications=[
            ClassificationInput(2024, "2019", "ht"),
            ClassificationInput(2025, "2019", "htxs"),
        ],
    )
    with unit_db.session() as session:
        add_office(session, person_id, "bi_thu", chapters["thon3"], "01/01/2024", today=TODAY)
    with unit_db.session() as session:
        delete_person(session, person_id)
    with unit_db.session() as session:
        assert list_people(session) == []
        assert names(list_people(session, deleted=True)) == ["Nguyễn Văn An"]
        assert sitting_secretary(session, chapters["thon3"]) is None
    assert count(unit_db, Person) == 1  # kept, only hidden
    with unit_db.session() as session:
        restore_person(session, person_id)
    with unit_db.session() as session:
        rows = list_people(session)
        assert names(rows) == ["Nguyễn Văn An"]
        assert rows[0].chapter_id == chapters["thon3"]
        assert rows[0].office == "Secretary"
        assert sitting_secretary(session, chapters["thon3"]).person_id == person_id
        assert len(get_person(session, person_id).classifications) == 2
    assert count(unit_db, Classification) == 2
    assert count(unit_db, Office) == 1


def test_change_log_for_create_update_delete_restore(unit_db):
    person_id = save(unit_db, full_name="Nguyễn Văn An", phone="0912345678")
    save(unit_db, person_id=person_id, full_name="Nguyễn Văn An", phone="0987654321")
    save(unit_db, person_id=person_id, full_name="Nguyễn Văn An", phone="0987654321")  # no change
    with unit_db.session() as session:
        delete_person(session, person_id)
    with unit_db.session() as session:
        restore_person(session, person_id)
    log = changes(unit_db, person_id)
    assert [action for action, _, _ in log] == ["create", "update", "delete", "restore"]
    create, update, delete, restore = log
    assert create[1] is None and create[2]["full_name"] == "Nguyễn Văn An"
    assert update[1] == {"phone": "0912345678"} and update[2] == {"phone": "0987654321"}
    assert delete[1] == {"deleted_at": None} and delete[2]["deleted_at"]
    assert restore[2] == {"deleted_at": None}
    assert "search_key" not in create[2] and "sort_key" not in create[2]


# ----------------------------------------------------------------------------- offices


@pytest.fixture
def two_people(unit_db, chapters):
    return (
        save(unit_db, full_name="Nguyễn Văn An", chapter_id=chapters["thon3"]),
        save(unit_db, full_name="Trần Thị Bình", chapter_id=chapters["thon3"]),
    )


def office(db, *args, **kwargs):
    with db.session() as session:
        return add_office(session, *args, today=TODAY, **kwargs)


def test_second_secretary_conflicts_and_writes_nothing(unit_db, chapters, two_people):
    an, binh = two_people
    office(unit_db, an, "bi_thu", chapters["thon3"], "01/01/2024")
    offices_before = count(unit_db, Office)
    with pytest.raises(OfficeConflict) as raised:
        office(unit_db, binh, "bi_thu", chapters["thon3"], "01/06/2025")
    assert raised.value.holder.person_name == "Nguyễn Văn An"
    assert "Nguyễn Văn An" in str(raised.value) and "Thôn 3" in str(raised.value)
    assert count(unit_db, Office) == offices_before


def test_end_previous_ends_the_sitting_term_on_the_new_start(unit_db, chapters, two_people):
    an, binh = two_people
    first = office(unit_db, an, "bi_thu", chapters["thon3"], "01/01/2024")
    second = office(unit_db, binh, "bi_thu", chapters["thon3"], "01/06/2025", end_previous=True)
    with unit_db.session() as session:
        terms = {o.id: (o.person_name, o.start_date, o.end_date) for o in list_offices(session)}
        assert terms == {
            first: ("Nguyễn Văn An", "2024-01-01", "2025-06-01"),
            second: ("Trần Thị Bình", "2025-06-01", ""),
        }
        assert sitting_secretary(session, chapters["thon3"]).person_id == binh
    assert [a for a, _, _ in changes(unit_db, first)] == ["create", "update"]


def test_end_previous_refused_when_the_new_term_starts_first(unit_db, chapters, two_people):
    an, binh = two_people
    office(unit_db, an, "bi_thu", chapters["thon3"], "01/01/2024")
    with pytest.raises(ValidationError) as raised:
        office(unit_db, binh, "bi_thu", chapters["thon3"], "01/06/2023", end_previous=True)
    assert "start_date" in raised.value.problems.errors
    with unit_db.session() as session:
        assert sitting_secretary(session, chapters["thon3"]).person_id == an


def test_deputies_and_other_chapters_do_not_conflict(unit_db, chapters, two_people):
    an, binh = two_people
    office(unit_db, an, "bi_thu", chapters["thon3"], "01/01/2024")
    office(unit_db, binh, "pho_bi_thu", chapters["thon3"], "01/01/2024")
    office(unit_db, binh, "bi_thu", chapters["kram"], "01/01/2024")
    assert count(unit_db, Office) == 3


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("chu_tich", "thon3", "01/01/2024"), "role"),
        (("bi_thu", "thon3", ""), "start_date"),
        (("bi_thu", "thon3", "31/02/2024"), "start_date"),
        (("bi_thu", "thon3", "01/01/2030"), "start_date"),
        (("bi_thu", "missing", "01/01/2024"), "chapter_id"),
    ],
)
def test_office_errors(unit_db, chapters, two_people, args, field):
    role, chapter, start = args
    chapter_id = chapters.get(chapter, "no-such-chapter")
    with pytest.raises(ValidationError) as raised:
        office(unit_db, two_people[0], role, chapter_id, start)
    assert field in raised.value.problems.errors
    assert count(unit_db, Office) == 0


def test_office_for_a_missing_or_trashed_person_is_refused(unit_db, chapters, two_people):
    with pytest.raises(ValidationError) as raised:
        office(unit_db, "no-such-person", "bi_thu", chapters["thon3"], "01/01/2024")
    assert "person_id" in raised.value.problems.errors
    with unit_db.session() as session:
        delete_person(session, two_people[0])
    with pytest.raises(ValidationError):
        office(unit_db, two_people[0], "bi_thu", chapters["thon3"], "01/01/2024")
    assert count(unit_db, Office) == 0


def test_end_office(unit_db, chapters, two_people):
    office_id = office(unit_db, two_people[0], "bi_thu", chapters["thon3"], "01/01/2024")
    for end, field in [("31/12/2023", "end_date"), ("", "end_date"), ("2023", "end_date")]:
        with pytest.raises(ValidationError) as raised, unit_db.session() as session:
            end_office(session, office_id, end)
        assert field in raised.value.problems.errors
    with unit_db.session() as session:
        end_office(session, office_id, "2024")  # a year alone, the same year: possible
        end_office(session, office_id, "15/03/2025")
    with unit_db.session() as session:
        assert list_offices(session)[0].end_date == "2025-03-15"
        assert sitting_secretary(session, chapters["thon3"]) is None


def test_delete_office_keeps_what_it_was_in_the_log(unit_db, chapters, two_people):
    office_id = office(unit_db, two_people[0], "uy_vien_bch", None, "2024")
    with unit_db.session() as session:
        delete_office(session, office_id)
    assert count(unit_db, Office) == 0
    assert [(a, b["role"], after) for a, b, after in changes(unit_db, office_id)[1:]] == [
        ("delete", "uy_vien_bch", None)
    ]


def test_fold_matches_stored_search_key(unit_db):
    person_id = save(unit_db, full_name="Đặng Thị Đào", other_names="Đào Nhỏ")
    with unit_db.session() as session:
        assert session.get_one(Person, person_id).search_key == " ".join(
            [fold("Đặng Thị Đào"), fold("Đào Nhỏ")]
        )
