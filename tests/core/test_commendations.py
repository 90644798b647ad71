"""Commendations of a person or a chapter, and cadre plans: checks by field with nothing
written, listing, the period query, the trash."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from doan_desktop.core import cadres
from doan_desktop.core import commendations as c
from doan_desktop.core.chapters import ChapterInput, add_chapter
from doan_desktop.core.roster import PersonInput, delete_person, save_person
from doan_desktop.core.store.models import CadrePlan, Commendation
from doan_desktop.core.validation import ValidationError
from tests.conftest import TODAY


@pytest.fixture
def commune(unit_db):
    ids = {}
    with unit_db.session() as s:
        ids["kram"] = add_chapter(s, ChapterInput("Buôn Kram", "buon"))
        ids["phon"] = save_person(
            s,
            PersonInput(
                full_name="Y Phôn Ksơr", chapter_id=ids["kram"], is_member=True, birth_date="1999"
            ),
            today=TODAY,
        )
        ids["hen"] = save_person(
            s, PersonInput(full_name="H' Hen Niê", chapter_id=ids["kram"]), today=TODAY
        )
    return unit_db, ids


def _award(ids, **changes):
    values = dict(
        recipient="person",
        person_id=ids["phon"],
        level="province",
        title="Bằng khen Bí thư chi đoàn tiêu biểu",
        decision_number="125-QĐ/TĐTN",
        decision_date="26/03/2026",
    )
    values.update(changes)
    return c.CommendationInput(**values)


def _count(db, model):
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_person_and_chapter_commendations_are_listed(commune):
    db, ids = commune
    with db.session() as s:
        c.save_commendation(s, _award(ids), today=TODAY)
        c.save_commendation(
            s,
            _award(
                ids,
                recipient="chapter",
                chapter_id=ids["kram"],
                person_id=ids["phon"],
                level="commune",
                title="Giấy khen chi đoàn vững mạnh",
                decision_date="15/12/2025",
            ),
            today=TODAY,
        )
    with db.session() as s:
        rows = c.list_commendations(s)
    assert [(r.recipient, r.recipient_name, r.chapter_name) for r in rows] == [
        ("person", "Y Phôn Ksơr", "Buôn Kram"),
        ("chapter", "Buôn Kram", "Buôn Kram"),
    ]
    # A chapter's commendation keeps no person even if the form held one.
    assert rows[1].person_id is None


@pytest.mark.parametrize(
    ("changes", "key"),
    [
        ({"person_id": None}, "person_id"),
        ({"person_id": "nobody"}, "person_id"),
        ({"recipient": "chapter", "chapter_id": None}, "chapter_id"),
        ({"recipient": "family"}, "recipient"),
        ({"level": "district"}, "level"),
        ({"title": " "}, "title"),
        ({"decision_date": ""}, "decision_date"),
        ({"decision_date": "2026"}, "decision_date"),
        ({"decision_date": "26/12/2026"}, "decision_date"),
    ],
)
def test_bad_commendations_are_refused_by_field(commune, changes, key):
    db, ids = commune
    with pytest.raises(ValidationError) as caught, db.session() as s:
        c.save_commendation(s, _award(ids, **changes), today=TODAY)
    assert key in caught.value.problems.errors
    assert _count(db, Commendation) == 0


def test_no_decision_number_is_a_warning_only(commune):
    db, ids = commune
    with db.session() as s:
        problems = c.validate_commendation(s, _award(ids, decision_number=""), TODAY)
    assert problems.ok and "decision_number" in problems.warnings


def test_period_year_level_search_and_trash(commune):
    db, ids = commune
    with db.session() as s:
        march = c.save_commendation(s, _award(ids), today=TODAY)
        december = c.save_commendation(
            s,
            _award(ids, decision_date="20/12/2025", level="commune", title="Giấy khen"),
            today=TODAY,
        )
    with db.session() as s:
        q1 = c.commendations_in_period(s, dt.date(2026, 1, 1), dt.date(2026, 3, 31))
        assert [r.id for r in q1] == [march]
        assert [r.id for r in c.list_commendations(s, year=2025)] == [december]
        assert [r.id for r in c.list_commendations(s, level="province")] == [march]
        assert [r.id for r in c.list_commendations(s, search="bi thu tieu bieu")] == [march]
        c.delete_commendation(s, march)
    with db.session() as s:
        assert c.commendations_in_period(s, dt.date(2026, 1, 1), dt.date(2026, 3, 31)) == []
        c.restore_commendation(s, march)
        assert c.get_commendation(s, march).decision_date == "26/03/2026"


# ----------------------------------------------------------------------------- cadre plans


def test_a_cadre_plan_is_saved_with_a_tidy_term(commune):
    db, ids = commune
    with db.session() as s:
        plan_id = cadres.save_cadre_plan(
            s, cadres.CadreInput(ids["phon"], "Phó Bí thư Đoàn xã", "2027 - 2032", "Tạo nguồn")
        )
    with db.session() as s:
        (row,) = cadres.list_cadre_plans(s)
        assert cadres.get_cadre_plan(s, plan_id).term == "2027–2032"
    assert (row.person_name, row.chapter_name, row.term, row.birth) == (
        "Y Phôn Ksơr",
        "Buôn Kram",
        "2027–2032",
        "1999",
    )


@pytest.mark.parametrize(
    ("person", "office", "term", "key"),
    [
        (None, "Bí thư Đoàn xã", "2027–2032", "person_id"),
        ("phon", "", "2027–2032", "planned_office"),
        ("phon", "Bí thư Đoàn xã", "", "term"),
        ("phon", "Bí thư Đoàn xã", "2032–2027", "term"),
        ("phon", "Bí thư Đoàn xã", "nhiệm kỳ tới", "term"),
        ("phon", "Bí thư Đoàn xã", "2027–2099", "term"),
    ],
)
def test_bad_cadre_plans_are_refused(commune, person, office, term, key):
    db, ids = commune
    with pytest.raises(ValidationError) as caught, db.session() as s:
        cadres.save_cadre_plan(s, cadres.CadreInput(ids.get(person), office, term))
    assert key in caught.value.problems.errors
    assert _count(db, CadrePlan) == 0


def test_the_same_plan_twice_is_refused_and_a_trashed_person_cannot_be_planned(commune):
    db, ids = commune
    data = cadres.CadreInput(ids["phon"], "Bí thư Đoàn xã", "2027–2032")
    with db.session() as s:
        plan_id = cadres.save_cadre_plan(s, data)
    with db.session() as s:
        assert "planned_office" in cadres.validate_cadre_plan(s, data).errors
        assert cadres.validate_cadre_plan(s, data, plan_id).ok  # editing itself
        delete_person(s, ids["hen"])
    with db.session() as s:
        problems = cadres.validate_cadre_plan(s, cadres.CadreInput(ids["hen"], "X", "2027–2032"))
    assert "person_id" in problems.errors


def test_cadre_filters_and_trash(commune):
    db, ids = commune
    with db.session() as s:
        now = cadres.save_cadre_plan(
            s, cadres.CadreInput(ids["phon"], "Bí thư Đoàn xã", "2022–2027")
        )
        later = cadres.save_cadre_plan(
            s, cadres.CadreInput(ids["hen"], "Bí thư chi đoàn", "2027–2032", "Nữ, dân tộc Ê Đê")
        )
    with db.session() as s:
        assert [r.id for r in cadres.list_cadre_plans(s)] == [later, now]
        assert [r.id for r in cadres.list_cadre_plans(s, year=2024)] == [now]
        assert {r.id for r in cadres.list_cadre_plans(s, year=2027)} == {now, later}
        assert [r.id for r in cadres.list_cadre_plans(s, search="e de")] == [later]
        cadres.delete_cadre_plan(s, later)
    with db.session() as s:
        assert [r.id for r in cadres.list_cadre_plans(s)] == [now]
        cadres.restore_cadre_plan(s, later)
        assert len(cadres.list_cadre_plans(s)) == 2
