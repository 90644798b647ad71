"""The trash lists every kind of trashed record and restores them one at a time (no Qt)."""

import pytest
from sqlalchemy import func, select

from doan_desktop.core import (
    cadres,
    commendations,
    meetings,
    trainings,
    trash,
    volunteering,
    works,
)
from doan_desktop.core.chapters import (
    ChapterInput,
    add_chapter,
    delete_chapter,
    list_chapters,
    update_chapter,
)
from doan_desktop.core.roster import (
    PersonInput,
    delete_person,
    get_person,
    list_people,
    save_person,
)
from doan_desktop.core.store import models
from doan_desktop.core.store.models import ChangeLog
from doan_desktop.core.validation import ValidationError
from tests.conftest import TODAY
from tests.trash_records import TRASHED, fill_trash


def _person(session, name, chapter_id=None, member=True):
    return save_person(
        session,
        PersonInput(full_name=name, chapter_id=chapter_id, is_member=member, birth_date="2000"),
        today=TODAY,
    )


def test_empty_trash(unit_db):
    with unit_db.session() as session:
        assert trash.list_trash(session) == []


def test_lists_people_and_chapters_most_recent_first(unit_db):
    with unit_db.session() as session:
        kram = add_chapter(session, ChapterInput("Buôn Kram", "buon", note="near the river"))
        thon3 = add_chapter(session, ChapterInput("Thôn 3", "thon"))
        an = _person(session, "Nguyễn Văn An", kram)
        hen = _person(session, "H' Hen Niê", thon3, member=False)
        delete_person(session, an)
        delete_person(session, hen)
        session.flush()
        delete_chapter(session, thon3)
    with unit_db.session() as session:
        items = trash.list_trash(session)
    assert [(i.kind, i.name) for i in items] == [
        ("chapter", "Thôn 3"),
        ("person", "H' Hen Niê"),
        ("person", "Nguyễn Văn An"),
    ]
    details = {i.name: i.detail for i in items}
    assert details["Nguyễn Văn An"] == "Member, Buôn Kram"
    assert details["H' Hen Niê"].startswith(
        "Youth (not a member), Thôn 3 (that chapter is in the trash"
    )
    assert details["Thôn 3"] == "Village (thôn)"
    assert all(i.deleted_at is not None for i in items)
    assert {i.id for i in items} == {an, hen, thon3}


def test_restore_person_back_to_their_chapter(unit_db):
    with unit_db.session() as session:
        kram = add_chapter(session, ChapterInput("Buôn Kram", "buon"))
        an = _person(session, "Nguyễn Văn An", kram)
        delete_person(session, an)
    with unit_db.session() as session:
        message = trash.restore(session, "person", an)
    assert message == "Nguyễn Văn An is back in the roster."
    with unit_db.session() as session:
        assert trash.list_trash(session) == []
        assert [p.full_name for p in list_people(session)] == ["Nguyễn Văn An"]
        assert get_person(session, an).chapter_id == kram
        actions = session.scalars(
            select(ChangeLog.action).where(ChangeLog.entity_id == an).order_by(ChangeLog.id)
        ).all()
    assert actions == ["create", "delete", "restore"]


def test_restore_person_whose_chapter_is_trashed_comes_back_unassigned(unit_db):
    with unit_db.session() as session:
        kram = add_chapter(session, ChapterInput("Buôn Kram", "buon"))
        an = _person(session, "Nguyễn Văn An", kram)
        delete_person(session, an)
        session.flush()
        delete_chapter(session, kram)
    with unit_db.session() as session:
        message = trash.restore(session, "person", an)
    assert message == "Nguyễn Văn An is back in the roster, without a chapter."
    with unit_db.session() as session:
        assert get_person(session, an).chapter_id is None
        assert [(i.kind, i.id) for i in trash.list_trash(session)] == [("chapter", kram)]


def test_restore_chapter(unit_db):
    with unit_db.session() as session:
        kram = add_chapter(session, ChapterInput("Buôn Kram", "buon"))
        delete_chapter(session, kram)
    with unit_db.session() as session:
        assert list_chapters(session) == []
        assert trash.restore(session, "chapter", kram) == "The chapter Buôn Kram is back."
    with unit_db.session() as session:
        assert [c.name for c in list_chapters(session)] == ["Buôn Kram"]
        assert trash.list_trash(session) == []


def test_restore_chapter_whose_name_is_taken_is_refused_and_changes_nothing(unit_db):
    with unit_db.session() as session:
        old = add_chapter(session, ChapterInput("Buôn Kram", "buon"))
        delete_chapter(session, old)
        session.flush()
        new = add_chapter(session, ChapterInput("buon kram", "buon"))
    with unit_db.session() as session:
        log_before = session.scalar(select(func.count()).select_from(ChangeLog))
        with pytest.raises(ValidationError) as raised:
            trash.restore(session, "chapter", old)
    assert raised.value.problems.errors["name"] == (
        "Another chapter is now called Buôn Kram. Rename that chapter first, then restore this one."
    )
    with unit_db.session() as session:
        assert [i.id for i in trash.list_trash(session)] == [old]
        assert [c.id for c in list_chapters(session)] == [new]
        assert session.scalar(select(func.count()).select_from(ChangeLog)) == log_before
    # Once the other chapter is renamed, the old one can come back.
    with unit_db.session() as session:
        update_chapter(session, new, ChapterInput("Buôn Kram 2", "buon"))
        trash.restore(session, "chapter", old)
    with unit_db.session() as session:
        assert sorted(c.name for c in list_chapters(session)) == ["Buôn Kram", "Buôn Kram 2"]


def test_restore_what_is_not_in_the_trash(unit_db):
    with unit_db.session() as session:
        kram = add_chapter(session, ChapterInput("Buôn Kram", "buon"))
        an = _person(session, "Nguyễn Văn An", kram)
    with unit_db.session() as session:
        with pytest.raises(trash.NotInTrash, match="person is not in the trash"):
            trash.restore(session, "person", an)
        with pytest.raises(trash.NotInTrash, match="chapter is not in the trash"):
            trash.restore(session, "chapter", kram)
        with pytest.raises(trash.NotInTrash):
            trash.restore(session, "person", "no-such-id")
        with pytest.raises(ValueError):
            trash.restore(session, "unicorn", an)


# ----------------------------------------------------------------------------- every kind


def _log(session, entity_id):
    return session.scalars(
        select(ChangeLog.action).where(ChangeLog.entity_id == entity_id).order_by(ChangeLog.id)
    ).all()


def _log_count(session):
    return session.scalar(select(func.count()).select_from(ChangeLog))


@pytest.fixture
def filled(unit_db):
    with unit_db.session() as session:
        ids = fill_trash(session)
    return unit_db, ids


def test_every_kind_that_has_a_trash_is_listed(filled):
    db, ids = filled
    trashable = {
        mapper.class_ for mapper in models.Base.registry.mappers if "deleted_at" in mapper.columns
    }
    assert trashable == {model for _key, model in TRASHED}
    assert set(trash.kind_labels()) == set(trash.KINDS)
    with db.session() as session:
        items = trash.list_trash(session)
    assert {i.kind for i in items} == set(trash.KINDS)
    assert [i.id for i in items] == [ids[key] for key, _model in reversed(TRASHED)]


def test_each_kind_has_a_readable_name_and_detail(filled):
    db, ids = filled
    with db.session() as session:
        items = {i.id: (i.kind, i.name, i.detail) for i in trash.list_trash(session)}
    assert items[ids["meeting"]] == ("meeting", "Monthly chapter meeting", "05/02/2026, Buôn Kram")
    assert items[ids["meeting_thon3"]] == (
        "meeting",
        "Themed meeting: Chuyển đổi số",
        "10/03/2026, Thôn 3 (the chapter Thôn 3 is in the trash too: restore it first)",
    )
    assert items[ids["training"]] == (
        "training",
        "Kỹ năng tổ chức sinh hoạt chi đoàn",
        "Skills course, 12/04/2026 – 13/04/2026",
    )
    assert items[ids["work"]] == (
        "work",
        "Tuyến đường thanh niên tự quản",
        "Youth work, Buôn Kram, 01/03/2026",
    )
    assert items[ids["drive"]] == ("drive", "Hiến máu Giọt hồng", "Blood donation, 12/07/2026")
    assert items[ids["award"]] == (
        "commendation",
        "Bằng khen Bí thư chi đoàn tiêu biểu",
        "Y Phôn Ksơr, Province, decision 125-QĐ/TĐTN, 26/03/2026",
    )
    assert items[ids["award_an"]][2].endswith(
        "(Nguyễn Văn An is in the trash too: restore the person first)"
    )
    assert items[ids["plan"]] == ("cadre_plan", "Y Phôn Ksơr", "Bí thư Đoàn xã, term 2027–2032")


def test_list_one_kind(filled):
    db, ids = filled
    with db.session() as session:
        assert [i.id for i in trash.list_trash(session, trash.MEETING)] == [
            ids["meeting_thon3"],
            ids["meeting"],
        ]
        assert [i.id for i in trash.list_trash(session, trash.CHAPTER)] == [ids["thon3"]]
        with pytest.raises(ValueError):
            trash.list_trash(session, "unicorn")


def _listed(session, kind):
    """The ids the record's own page lists (not the trash)."""
    return {
        trash.MEETING: lambda: [r.id for r in meetings.list_meetings(session)],
        trash.TRAINING: lambda: [r.id for r in trainings.list_trainings(session)],
        trash.WORK: lambda: [r.id for r in works.list_works(session)],
        trash.DRIVE: lambda: [r.id for r in volunteering.list_drives(session)],
        trash.COMMENDATION: lambda: [r.id for r in commendations.list_commendations(session)],
        trash.CADRE_PLAN: lambda: [r.id for r in cadres.list_cadre_plans(session)],
    }[kind]()


@pytest.mark.parametrize(
    ("key", "kind", "message"),
    [
        ("meeting", "meeting", "The meeting of 05/02/2026 is back."),
        ("training", "training", "The training Kỹ năng tổ chức sinh hoạt chi đoàn is back."),
        ("work", "work", "Tuyến đường thanh niên tự quản is back among the youth works."),
        ("drive", "drive", "The volunteer drive Hiến máu Giọt hồng is back."),
        ("award", "commendation", "The commendation Bằng khen Bí thư chi đoàn tiêu biểu is back."),
        ("plan", "cadre_plan", "The plan for Y Phôn Ksơr (Bí thư Đoàn xã, 2027–2032) is back."),
    ],
)
def test_restore_each_kind(filled, key, kind, message):
    db, ids = filled
    with db.session() as session:
        assert ids[key] not in _listed(session, kind)
        assert trash.restore(session, kind, ids[key]) == message
    with db.session() as session:
        assert ids[key] in _listed(session, kind)
        assert ids[key] not in [i.id for i in trash.list_trash(session)]
        assert _log(session, ids[key]) == ["create", "delete", "restore"]
        with pytest.raises(trash.NotInTrash, match="not in the trash any more"):
            trash.restore(session, kind, ids[key])


@pytest.mark.parametrize(
    ("key", "kind", "parents", "message"),
    [
        (
            "meeting_thon3",
            "meeting",
            [("chapter", "thon3")],
            "This meeting belongs to the chapter Thôn 3, which is in the trash. "
            "Restore the chapter first, then the meeting.",
        ),
        (
            "work_thon3",
            "work",
            [("chapter", "thon3")],
            "This youth work belongs to the chapter Thôn 3, which is in the trash. "
            "Restore the chapter first, then the work.",
        ),
        (
            "drive_thon3",
            "drive",
            [("chapter", "thon3")],
            "This volunteer drive belongs to the chapter Thôn 3, which is in the trash. "
            "Restore the chapter first, then the drive.",
        ),
        (
            "award_an",
            "commendation",
            [("person", "an")],
            "Nguyễn Văn An, who received this commendation, is in the trash. "
            "Restore the person first, then the commendation.",
        ),
        (
            "award_thon3",
            "commendation",
            [("chapter", "thon3")],
            "The chapter Thôn 3, which received this commendation, is in the trash. "
            "Restore the chapter first, then the commendation.",
        ),
        (
            "plan_an",
            "cadre_plan",
            [("person", "an")],
            "Nguyễn Văn An, the person planned, is in the trash. "
            "Restore the person first, then the plan.",
        ),
    ],
)
def test_refused_while_its_chapter_or_person_is_in_the_trash(filled, key, kind, parents, message):
    db, ids = filled
    with db.session() as session:
        log_before = _log_count(session)
        with pytest.raises(ValidationError) as raised:
            trash.restore(session, kind, ids[key])
    assert list(raised.value.problems.errors.values()) == [message]
    with db.session() as session:
        assert ids[key] in [i.id for i in trash.list_trash(session)]
        assert ids[key] not in _listed(session, kind)
        assert _log_count(session) == log_before
    # Restore what it belongs to, and it can come back.
    with db.session() as session:
        for parent_kind, parent in parents:
            trash.restore(session, parent_kind, ids[parent])
    with db.session() as session:
        trash.restore(session, kind, ids[key])
    with db.session() as session:
        assert ids[key] in _listed(session, kind)


def test_joint_meeting_names_every_trashed_chapter(unit_db):
    with unit_db.session() as session:
        host = add_chapter(session, ChapterInput("Buôn Kram", "buon"))
        guest = add_chapter(session, ChapterInput("Thôn 3", "thon"))
        joint = meetings.save_meeting(
            session,
            meetings.MeetingInput(
                kind="joint", chapter_id=host, participant_ids=[guest], date="20/03/2026"
            ),
            today=TODAY,
        )
        meetings.delete_meeting(session, joint)
        delete_chapter(session, guest)
        delete_chapter(session, host)
    with unit_db.session() as session:
        (item,) = trash.list_trash(session, trash.MEETING)
        assert item.detail == (
            "20/03/2026, Buôn Kram, Thôn 3 "
            "(the chapters Buôn Kram, Thôn 3 are in the trash too: restore them first)"
        )
        with pytest.raises(ValidationError) as raised:
            trash.restore(session, trash.MEETING, joint)
    assert list(raised.value.problems.errors.values()) == [
        "This meeting belongs to the chapters Buôn Kram, Thôn 3, which are in the trash. "
        "Restore those chapters first, then the meeting."
    ]
    # One chapter back is not enough: the meeting still waits for the other.
    with unit_db.session() as session:
        trash.restore(session, trash.CHAPTER, host)
    with unit_db.session() as session:
        with pytest.raises(ValidationError, match="chapter Thôn 3, which is in the trash"):
            trash.restore(session, trash.MEETING, joint)


def test_a_cadre_plan_made_again_meanwhile_is_not_restored_twice(filled):
    db, ids = filled
    with db.session() as session:
        again = cadres.save_cadre_plan(
            session, cadres.CadreInput(ids["phon"], "Bí thư Đoàn xã", "2027–2032")
        )
        log_before = _log_count(session)
        with pytest.raises(ValidationError) as raised:
            trash.restore(session, trash.CADRE_PLAN, ids["plan"])
    assert list(raised.value.problems.errors.values()) == [
        "Y Phôn Ksơr is already planned as Bí thư Đoàn xã for 2027–2032 in another plan. "
        "Keep that one, or move it to the trash first and then restore this one."
    ]
    with db.session() as session:
        assert [r.id for r in cadres.list_cadre_plans(session)] == [again]
        assert _log_count(session) == log_before


@pytest.mark.parametrize("kind", trash.KINDS)
def test_each_kind_not_in_the_trash(unit_db, kind):
    with unit_db.session() as session:
        with pytest.raises(trash.NotInTrash, match=r"^This .* is not in the trash any more\.$"):
            trash.restore(session, kind, "no-such-id")
