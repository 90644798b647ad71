"""A commune with one or more records of every kind in the trash, for the core, CLI and page
tests of the trash.

Each record is made through its use case and trashed through its own delete function; the
``deleted_at`` stamps are then spread a minute apart (in the order of TRASHED) so the listing's
order is known. Some records belong to a chapter or a person that is in the trash as well:
those cannot come back before it.
"""

from __future__ import annotations

import datetime as dt

from doan_desktop.core import cadres, commendations, meetings, trainings, volunteering, works
from doan_desktop.core.chapters import ChapterInput, add_chapter, delete_chapter
from doan_desktop.core.roster import PersonInput, delete_person, save_person
from doan_desktop.core.store import models
from tests.conftest import TODAY

FIRST_DELETION = dt.datetime(2026, 11, 1, 8, 0)

# Oldest first: (key, model). The listing shows them newest first.
TRASHED = (
    ("meeting", models.Meeting),
    ("meeting_thon3", models.Meeting),
    ("training", models.Training),
    ("work", models.YouthWork),
    ("work_thon3", models.YouthWork),
    ("drive", models.VolunteerDrive),
    ("drive_thon3", models.VolunteerDrive),
    ("award", models.Commendation),
    ("award_an", models.Commendation),
    ("award_thon3", models.Commendation),
    ("plan", models.CadrePlan),
    ("plan_an", models.CadrePlan),
    ("an", models.Person),
    ("hen", models.Person),
    ("thon3", models.Chapter),
)

# Those that must wait for their chapter or person to come back first.
BLOCKED = {"meeting_thon3", "work_thon3", "drive_thon3", "award_an", "award_thon3", "plan_an"}


def fill_trash(session) -> dict[str, str]:
    ids: dict[str, str] = {}
    ids["kram"] = add_chapter(session, ChapterInput("Buôn Kram", "buon"))
    ids["thon3"] = add_chapter(session, ChapterInput("Thôn 3", "thon"))

    def person(key, name, chapter, member=True):
        data = PersonInput(full_name=name, chapter_id=ids[chapter], is_member=member)
        data.birth_date = "2000"
        ids[key] = save_person(session, data, today=TODAY)

    person("an", "Nguyễn Văn An", "kram")
    person("phon", "Y Phôn Ksơr", "kram")
    person("hen", "H' Hen Niê", "thon3", member=False)

    ids["meeting"] = meetings.save_meeting(
        session,
        meetings.MeetingInput(kind="monthly", chapter_id=ids["kram"], date="05/02/2026"),
        today=TODAY,
    )
    ids["meeting_thon3"] = meetings.save_meeting(
        session,
        meetings.MeetingInput(
            kind="themed", chapter_id=ids["thon3"], date="10/03/2026", theme="Chuyển đổi số"
        ),
        today=TODAY,
    )
    ids["training"] = trainings.save_training(
        session,
        trainings.TrainingInput(
            title="Kỹ năng tổ chức sinh hoạt chi đoàn",
            kind=trainings.SKILLS,
            start_date="12/04/2026",
            end_date="13/04/2026",
        ),
        today=TODAY,
    )
    ids["work"] = works.save_work(
        session,
        works.WorkInput(
            name="Tuyến đường thanh niên tự quản",
            chapter_ids=[ids["kram"]],
            start_date="01/03/2026",
        ),
    )
    ids["work_thon3"] = works.save_work(
        session,
        works.WorkInput(
            name="Thắp sáng đường quê",
            kind="task",
            chapter_ids=[ids["thon3"]],
            start_date="10/10/2025",
        ),
    )
    ids["drive"] = volunteering.save_drive(
        session,
        volunteering.DriveInput(
            name="Hiến máu Giọt hồng", field="blood", start_date="12/07/2026", chapter_id=None
        ),
    )
    ids["drive_thon3"] = volunteering.save_drive(
        session,
        volunteering.DriveInput(
            name="Ngày Chủ nhật xanh", start_date="02/08/2026", chapter_id=ids["thon3"]
        ),
    )

    def award(key, title, **recipient):
        ids[key] = commendations.save_commendation(
            session,
            commendations.CommendationInput(
                title=title,
                level="province",
                decision_number="125-QĐ/TĐTN",
                decision_date="26/03/2026",
                **recipient,
            ),
            today=TODAY,
        )

    award("award", "Bằng khen Bí thư chi đoàn tiêu biểu", person_id=ids["phon"])
    award("award_an", "Giấy khen thanh niên tình nguyện", person_id=ids["an"])
    award("award_thon3", "Chi đoàn vững mạnh", recipient="chapter", chapter_id=ids["thon3"])
    ids["plan"] = cadres.save_cadre_plan(
        session, cadres.CadreInput(ids["phon"], "Bí thư Đoàn xã", "2027–2032")
    )
    ids["plan_an"] = cadres.save_cadre_plan(
        session, cadres.CadreInput(ids["an"], "Bí thư chi đoàn", "2027–2032")
    )

    meetings.delete_meeting(session, ids["meeting"])
    meetings.delete_meeting(session, ids["meeting_thon3"])
    trainings.delete_training(session, ids["training"])
    works.delete_work(session, ids["work"])
    works.delete_work(session, ids["work_thon3"])
    volunteering.delete_drive(session, ids["drive"])
    volunteering.delete_drive(session, ids["drive_thon3"])
    for key in ("award", "award_an", "award_thon3"):
        commendations.delete_commendation(session, ids[key])
    cadres.delete_cadre_plan(session, ids["plan"])
    cadres.delete_cadre_plan(session, ids["plan_an"])
    delete_person(session, ids["an"])
    delete_person(session, ids["hen"])
    session.flush()
    delete_chapter(session, ids["thon3"])
    session.flush()
    for minutes, (key, model) in enumerate(TRASHED):
        session.get_one(model, ids[key]).deleted_at = FIRST_DELETION + dt.timedelta(minutes=minutes)
    return ids
