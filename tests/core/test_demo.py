"""The sample commune: realistic content, reproducible from its seed, never mixed into real data."""

import datetime as dt
import re
from collections import Counter

import pytest
from sqlalchemy import func, select

from doan_desktop.core import demo
from doan_desktop.core.chapters import list_chapters
from doan_desktop.core.dates import PartialDate, parse_iso
from doan_desktop.core.roster import (
    PersonInput,
    delete_person,
    get_person,
    list_offices,
    list_people,
    save_person,
    sitting_secretary,
)
from doan_desktop.core.store.db import open_database
from doan_desktop.core.store.models import ChangeLog, Chapter, Person, Unit
from doan_desktop.core.unit import UnitInfo, display_name, get_unit, save_unit
from doan_desktop.core.validation import check_phone

TODAY = dt.date(2026, 11, 25)
PEOPLE = 300
PHONE_PREFIX = re.compile(r"^0[35789]\d{8}$")
MINORITY = {"Ê Đê", "M'nông", "Gia Rai"}


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """One default fill shared by the read-only tests (the fill is the slow part)."""
    root = tmp_path_factory.mktemp("demo")
    database = open_database(root / "doan.sqlite", root / "backups")
    with database.session() as session:
        summary = demo.fill_sample_commune(session, today=TODAY)
    yield database, summary
    database.close()


@pytest.fixture(scope="module")
def content(sample):
    """Everything a clerk sees, read once: people (with their full records), chapters, offices."""
    database, summary = sample
    with database.session() as session:
        people = list_people(session)
        records = {p.id: get_person(session, p.id) for p in people}
        chapters = list_chapters(session)
        offices = list_offices(session)
        unit = get_unit(session)
        sitting = {c.id: sitting_secretary(session, c.id) for c in chapters}
    return {
        "summary": summary,
        "people": people,
        "records": records,
        "chapters": chapters,
        "offices": offices,
        "unit": unit,
        "sitting": sitting,
    }


def _age(row) -> int:
    return parse_iso(row.birth_date).age_on(TODAY)


def _roster(session) -> list[tuple]:
    """The roster by content: ids and chapter ids left out (they are fresh uuids each time)."""
    rows = []
    for row in list_people(session):
        record = get_person(session, row.id)
        record.chapter_id = None
        rows.append((row.full_name, row.chapter, row.office, row.sort_key, repr(record)))
    offices = [
        (o.person_name, o.chapter, o.role, o.start_date, o.end_date) for o in list_offices(session)
    ]
    # Two people may share a name; list_people breaks that tie by uuid, so compare sorted.
    return sorted(rows) + sorted(offices)


# ----------------------------------------------------------------------------- size and shape


def test_chapters_and_people_are_counted_exactly(content):
    chapters, people = content["chapters"], content["people"]
    assert 8 <= len(chapters) <= 10
    assert content["summary"] == demo.DemoSummary(chapters=len(chapters), people=PEOPLE)
    assert len(people) == PEOPLE


def test_chapters_have_real_names_kinds_and_uneven_sizes(content):
    chapters = {c.name: c for c in content["chapters"]}
    assert chapters["Buôn Kram"].kind == "buon"
    assert chapters["Thôn 1"].kind == "thon"
    kinds = {c.kind for c in content["chapters"]}
    assert {"thon", "buon", "to_dan_pho", "school", "agency"} <= kinds
    assert any(name.startswith("Trường THCS") for name in chapters)
    assert "Cơ quan xã Hòa Phú" in chapters
    sizes = Counter(p.chapter for p in content["people"])
    assert set(sizes) == set(chapters)  # nobody is left without a chapter
    assert min(sizes.values()) <= 15 < 40 <= max(sizes.values())


def test_members_and_youth_in_a_realistic_share(content):
    people = content["people"]
    members = sum(p.is_member for p in people)
    assert 0.55 <= members / len(people) <= 0.65


def test_ages_run_from_14_to_35_with_the_cases_to_spot(content):
    people = content["people"]
    ages = [_age(p) for p in people]
    assert min(ages) == 14 and max(ages) == 35
    past_30 = [p for p in people if p.is_member and p.status == "active" and _age(p) > 30]
    assert len(past_30) >= 3  # members who never aged out
    under_16 = [p for p in people if _age(p) < 16]
    assert sum(not p.is_member for p in under_16) >= 5
    assert 1 <= sum(p.is_member for p in under_16) <= 2
    assert not any(p.is_member for p in people if _age(p) < 15)


def test_some_birth_dates_are_a_year_alone(content):
    year_only = [p for p in content["people"] if re.fullmatch(r"\d{4}", p.birth_date)]
    assert 5 <= len(year_only) <= 60


# ----------------------------------------------------------------------------- names


def test_central_highlands_names_keep_apostrophes_and_capitals(content):
    by_name = {p.full_name: p for p in content["people"]}
    phon = by_name["Y Phôn Ksơr"]
    assert (phon.given_name, phon.ethnicity, phon.chapter) == ("Phôn", "Ê Đê", "Buôn Kram")
    hen = by_name["H' Hen Niê"]
    assert (hen.given_name, hen.gender, hen.ethnicity) == ("Hen", "F", "Ê Đê")
    assert "Điểu K'Ré" in by_name
    apostrophes = [p for p in content["people"] if "'" in p.full_name]
    assert len(apostrophes) >= 10
    for person in content["people"]:
        if person.full_name.startswith(("Y ", "H' ")):
            assert person.ethnicity in ("Ê Đê", "M'nông")
            assert person.gender == ("M" if person.full_name.startswith("Y ") else "F")
            # the personal name, not the clan name at the end, is what the roster sorts by
            assert person.full_name.split(" ")[1] == person.given_name


def test_minority_names_live_mostly_in_the_buon(content):
    people = content["people"]
    minority = [p for p in people if p.ethnicity in MINORITY]
    in_buon = [p for p in minority if p.chapter.startswith("Buôn")]
    assert len(minority) >= 60
    assert len(in_buon) / len(minority) > 0.7
    buon_kram = [p for p in people if p.chapter == "Buôn Kram"]
    assert sum(p.ethnicity == "Ê Đê" for p in buon_kram) / len(buon_kram) > 0.85


def test_kinh_family_names_follow_their_frequency(content):
    kinh = [p for p in content["people"] if p.ethnicity == "Kinh"]
    families = Counter(p.full_name.split(" ")[0] for p in kinh)
    assert families.most_common(1)[0][0] == "Nguyễn"
    assert 0.25 <= families["Nguyễn"] / len(kinh) <= 0.5
    assert len(families) >= 10


def test_names_and_text_are_stored_clean(content):
    for person in content["people"]:
        assert person.full_name == person.full_name.strip()
        assert "  " not in person.full_name
    assert any("Đ" in p.full_name for p in content["people"])


# ----------------------------------------------------------------------------- member book


def test_citizen_ids_are_unique_12_digits_and_match_sex_and_birth_year(content):
    with_id = [p for p in content["people"] if p.id_number]
    ids = [p.id_number for p in with_id]
    assert len(ids) == len(set(ids))
    assert len(with_id) >= 0.9 * PEOPLE
    for person in with_id:
        number = person.id_number
        assert re.fullmatch(r"\d{12}", number)
        year = parse_iso(person.birth_date).year
        century = 0 if year < 2000 else 2
        assert int(number[3]) == century + (person.gender == "F")
        assert number[4:6] == f"{year % 100:02d}"
    assert Counter(p.id_number[:3] for p in with_id).most_common(1)[0][0] == "066"


def test_phones_are_valid_mobile_numbers_and_most_have_one(content):
    phones = [p.phone for p in content["people"] if p.phone]
    assert 0.7 <= len(phones) / PEOPLE <= 0.9
    assert len(phones) == len(set(phones))
    for phone in phones:
        assert check_phone(phone) is None
        assert PHONE_PREFIX.match(phone)


def test_member_book_fields_are_filled(content):
    records = content["records"].values()
    for field in (
        "gender",
        "hometown",
        "address",
        "ethnicity",
        "religion",
        "occupation",
        "education",
    ):
        filled = sum(bool(getattr(r, field)) for r in records)
        assert filled == PEOPLE, field
    religions = Counter(r.religion for r in records)
    assert religions.most_common(1)[0][0] == "Không"
    assert {"Tin lành", "Công giáo"} <= set(religions)
    assert all(r.address.endswith("xã Hòa Phú, tỉnh Đắk Lắk") for r in records)
    assert sum(r.political_theory == "Sơ cấp" for r in records) >= 5
    assert sum(bool(r.card_number) for r in records) >= 30


def test_members_were_admitted_after_16_mostly_on_union_day(content):
    people = {p.id: p for p in content["people"]}
    members = [(people[i], r) for i, r in content["records"].items() if r.is_member]
    assert all(r.member_since for _, r in members)
    after_16 = 0
    for row, record in members:
        since = PartialDate.parse(record.member_since)
        birth = parse_iso(row.birth_date)
        assert since.to_date() <= TODAY
        assert since.earliest() > birth.earliest()
        after_16 += since.year - birth.year >= 16
    assert after_16 >= len(members) - 2
    union_day = sum(r.member_since.startswith("26/03/") for _, r in members)
    assert union_day >= 0.3 * len(members)
    assert all(not r.member_since for r in content["records"].values() if not r.is_member)


def test_recent_classifications_for_many_members(content):
    members = [r for r in content["records"].values() if r.is_member]
    classified = [r for r in members if r.classifications]
    assert len(classified) >= 0.5 * len(members)
    results = Counter(c.result for r in classified for c in r.classifications)
    assert results.most_common(1)[0][0] == "htt"
    assert results["kht"] < results["htxs"]
    for record in classified:
        assert all(c.scale == "2019" for c in record.classifications)
        assert {c.year for c in record.classifications} <= {TODAY.year - 2, TODAY.year - 1}
    assert sum(r.is_party_member for r in members) >= 3


def test_statuses_tell_their_stories(content):
    records = content["records"]
    statuses = Counter(r.status for r in records.values())
    assert statuses["active"] > 0.85 * PEOPLE
    assert statuses["away"] >= 5
    assert statuses["received"] >= 1
    assert statuses["transferred_out"] >= 1 and statuses["aged_out"] >= 1
    assert statuses["removed"] >= 1
    for record in records.values():
        if record.status != "active":
            assert record.note, record.full_name
    assert all(r.is_member for r in records.values() if r.status in ("received", "aged_out"))


# ----------------------------------------------------------------------------- offices


def test_exactly_one_chapter_has_no_sitting_secretary(content):
    without = [c for c in content["chapters"] if content["sitting"][c.id] is None]
    assert len(without) == 1
    assert [c.name for c in content["chapters"] if not c.secretary] == [without[0].name]


def test_most_chapters_have_a_deputy_and_some_committee_members(content):
    sitting = [o for o in content["offices"] if o.chapter_id and not o.end_date]
    deputies = {o.chapter for o in sitting if o.role == "pho_bi_thu"}
    assert len(deputies) >= len(content["chapters"]) // 2
    assert any(o.role == "uy_vien_bch" for o in sitting)


def test_secretaries_have_a_history(content):
    secretaries = [o for o in content["offices"] if o.role == "bi_thu" and o.chapter_id]
    handovers = {
        old.chapter
        for old in secretaries
        for new in secretaries
        if old.chapter_id == new.chapter_id and old.end_date and old.end_date == new.start_date
    }
    assert len(handovers) >= 2


def test_the_commune_committee_holds_offices(content):
    commune = [o for o in content["offices"] if o.chapter_id is None and not o.end_date]
    roles = Counter(o.role for o in commune)
    assert roles["bi_thu"] == 1 and roles["pho_bi_thu"] >= 1


def test_office_holders_were_members_before_taking_office(content):
    records = content["records"]
    for office in content["offices"]:
        record = records[office.person_id]
        assert record.is_member
        assert PartialDate.parse(record.member_since).iso() < office.start_date


# ----------------------------------------------------------------------------- unit and log


def test_the_unit_is_created_when_missing(content):
    unit = content["unit"]
    assert unit.name == "Hòa Phú" and unit.kind == "xa" and unit.province == "Đắk Lắk"
    assert display_name(unit) == "Đoàn xã Hòa Phú"
    assert unit.superior_name == "Tỉnh Đoàn Đắk Lắk" and unit.superior_code and unit.code


def test_everything_written_is_in_the_change_log(sample):
    database, _ = sample
    with database.session() as session:
        logged = dict(
            session.execute(
                select(ChangeLog.entity, func.count())
                .where(ChangeLog.action == "create")
                .group_by(ChangeLog.entity)
            ).all()
        )
        assert logged["person"] == PEOPLE
        assert logged["chapter"] == session.scalar(select(func.count()).select_from(Chapter))
        assert logged["unit"] == 1


def test_an_existing_unit_is_kept_and_names_the_addresses(database):
    mine = UnitInfo(
        name="Ea Tu",
        code="EATU",
        kind="xa",
        province="Đắk Lắk",
        superior_name="Tỉnh Đoàn Đắk Lắk",
        superior_code="TD-DLK",
    )
    with database.session() as session:
        save_unit(session, mine)
        summary = demo.fill_sample_commune(session, people=40, seed=7, today=TODAY)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Unit)) == 1
        unit = get_unit(session)
        assert (unit.name, unit.code) == ("Ea Tu", "EATU")
        people = list_people(session)
        assert len(people) == summary.people == 40
        assert get_person(session, people[0].id).address.endswith("xã Ea Tu, tỉnh Đắk Lắk")
        assert "Cơ quan xã Ea Tu" in {c.name for c in list_chapters(session)}


# ----------------------------------------------------------------------------- reproducible


def test_same_seed_and_day_give_the_same_content(sample, database):
    with database.session() as session:
        demo.fill_sample_commune(session, today=TODAY)
    with sample[0].session() as first, database.session() as second:
        assert _roster(first) == _roster(second)


def test_a_different_seed_gives_other_people(tmp_path):
    contents = []
    for seed in (1, 2):
        root = tmp_path / str(seed)
        root.mkdir()
        database = open_database(root / "doan.sqlite", root / "backups")
        with database.session() as session:
            demo.fill_sample_commune(session, people=60, seed=seed, today=TODAY)
            contents.append(_roster(session))
        database.close()
    assert contents[0] != contents[1]


@pytest.mark.parametrize("people", [1, 12])
def test_any_number_of_people_is_met_exactly(database, people):
    with database.session() as session:
        summary = demo.fill_sample_commune(session, people=people, today=TODAY)
        assert summary.people == people == len(list_people(session))


# ----------------------------------------------------------------------------- refusals


def _counts(session) -> tuple[int, ...]:
    return tuple(
        session.scalar(select(func.count()).select_from(model))
        for model in (Unit, Chapter, Person, ChangeLog)
    )


def test_a_folder_with_people_is_refused_and_nothing_is_written(database):
    with database.session() as session:
        save_person(session, PersonInput(full_name="Nguyễn Văn An", birth_date="2001"), today=TODAY)
    with database.session() as session:
        before = _counts(session)
        assert not demo.is_empty(session)
        with pytest.raises(demo.NotEmpty) as raised:
            demo.fill_sample_commune(session, today=TODAY)
        assert _counts(session) == before
    assert "already" in str(raised.value) and "empty data folder" in str(raised.value)


def test_people_in_the_trash_still_count(database):
    with database.session() as session:
        assert demo.is_empty(session)
        person_id = save_person(session, PersonInput(full_name="Lê Thị Hoa"), today=TODAY)
        delete_person(session, person_id)
        assert list_people(session) == []
        assert not demo.is_empty(session)
        with pytest.raises(demo.NotEmpty):
            demo.fill_sample_commune(session, people=5, today=TODAY)
