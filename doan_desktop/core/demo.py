"""The sample commune: what a newcomer and a clerk training see first.

``fill_sample_commune`` writes a realistic Central Highlands commune (residential thôn, buôn and
tổ dân phố chapters, a school, the commune agency, a coffee company) into a data folder that
holds no people. Everything goes through the same use cases as the clerk's typing, so the data
passes the same validation and leaves the same change log. The sample is reproducible: the same
seed and the same ``today`` give the same content (only the uuid ids differ).

It deliberately holds what the clerk must learn to spot: members past 30 who never aged out,
members under 16, a chapter without a secretary, people away or received, transfers out.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from doan_desktop.core import clock
from doan_desktop.core import demo_names as names
from doan_desktop.core.chapters import ChapterInput, UnknownChapter, add_chapter, find_chapter
from doan_desktop.core.demo_meetings import add_sample_meetings
from doan_desktop.core.demo_models import add_sample_models
from doan_desktop.core.demo_trainings import add_sample_trainings
from doan_desktop.core.demo_works import add_sample_works
from doan_desktop.core.messages import translate
from doan_desktop.core.roster import (
    ClassificationInput,
    PersonInput,
    add_office,
    end_office,
    save_person,
)
from doan_desktop.core.store.models import Chapter, Person
from doan_desktop.core.unit import UnitInfo, get_unit, save_unit
from doan_desktop.core.vocab import unit_kind_word

DEFAULT_PEOPLE = 300
DEFAULT_SEED = 2026
FLUSH_EVERY = 500  # people written per INSERT

SAMPLE_UNIT = UnitInfo(
    name="Hòa Phú",
    code="DLK-HOAPHU",
    kind="xa",
    province="Đắk Lắk",
    superior_name="Tỉnh Đoàn Đắk Lắk",
    superior_code="TD-DLK",
)

KINH, TAY, NUNG, EDE, MNONG, JARAI = "Kinh", "Tày", "Nùng", "Ê Đê", "M'nông", "Gia Rai"
MINORITY_HIGHLANDS = (EDE, MNONG, JARAI)

RELIGIONS = {
    KINH: (("Không", 72), ("Phật giáo", 12), ("Công giáo", 12), ("Tin lành", 3), ("Cao Đài", 1)),
    TAY: (("Không", 88), ("Tin lành", 6), ("Phật giáo", 6)),
    NUNG: (("Không", 88), ("Tin lành", 6), ("Phật giáo", 6)),
    EDE: (("Tin lành", 50), ("Công giáo", 12), ("Không", 38)),
    MNONG: (("Tin lành", 35), ("Công giáo", 15), ("Không", 50)),
    JARAI: (("Tin lành", 40), ("Công giáo", 15), ("Không", 45)),
}

# Relative weight of each age in residential chapters: most between 16 and 26, a few past 30.
RESIDENTIAL_AGES = (
    (14, 2),
    (15, 2.5),
    (16, 5),
    (17, 5),
    (18, 6),
    (19, 6),
    (20, 6),
    (21, 6),
    (22, 6),
    (23, 6),
    (24, 5),
    (25, 5),
    (26, 5),
    (27, 4),
    (28, 4),
    (29, 4),
    (30, 3),
    (31, 1.2),
    (32, 1),
    (33, 0.7),
    (34, 0.5),
    (35, 0.4),
)
UNION_DAY = (26, 3)  # founding day of the Union: many admissions are dated on it
CLASSIFICATIONS = (("htxs", 15), ("htt", 55), ("ht", 25), ("kht", 5))


class NotEmpty(Exception):
    """The data folder already holds people: the sample is never mixed into real data."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "Demo",
                "People are already recorded in this data folder. The sample commune is only "
                "written into an empty data folder.",
            )
        )


@dataclass
class DemoSummary:
    chapters: int
    people: int


@dataclass(frozen=True)
class _ChapterPlan:
    """One sample chapter: who lives or works there, and the story its offices tell."""

    name: str  # "{commune}" is replaced by "xã Hòa Phú"
    kind: str
    weight: int
    peoples: tuple[tuple[str, float], ...]
    staff: tuple = ()  # (occupation, qualification, weight) for school/agency/enterprise
    ages: tuple[int, int] = (14, 35)  # staff chapters only: residential ones use RESIDENTIAL_AGES
    member_rate: float = 0.57
    deputy: bool = True
    committee: int = 0
    # "": a secretary since the congress; "previous": one before that, now aged out;
    # "replaced": the congress's secretary left mid-term; "vacant": the secretary moved away.
    story: str = ""
    note: str = ""


CHAPTERS = (
    _ChapterPlan(
        "Thôn 1",
        "thon",
        48,
        ((KINH, 95), (TAY, 3), (EDE, 2)),
        committee=3,
        story="previous",
        note="Sinh hoạt tại nhà văn hóa thôn 1.",
    ),
    _ChapterPlan("Thôn 4", "thon", 40, ((KINH, 85), (NUNG, 8), (TAY, 7)), committee=1),
    _ChapterPlan(
        "Thôn Hòa Bình",
        "thon",
        34,
        ((KINH, 55), (TAY, 25), (NUNG, 20)),
        committee=1,
        note="Nhiều hộ đồng bào Tày, Nùng từ Cao Bằng, Lạng Sơn vào lập nghiệp.",
    ),
    _ChapterPlan(
        "Buôn Kram",
        "buon",
        46,
        ((EDE, 95), (KINH, 5)),
        committee=2,
        note="Buôn đồng bào Ê Đê; sinh hoạt tại nhà sinh hoạt cộng đồng buôn.",
    ),
    _ChapterPlan("Buôn Ea Sup", "buon", 32, ((EDE, 60), (JARAI, 30), (KINH, 10)), story="replaced"),
    _ChapterPlan(
        "Buôn Jun",
        "buon",
        22,
        ((MNONG, 82), (EDE, 13), (KINH, 5)),
        note="Buôn đồng bào M'nông ven hồ Lắk.",
    ),
    _ChapterPlan(
        "Tổ dân phố Tân Hòa",
        "to_dan_pho",
        28,
        ((KINH, 85), (EDE, 10), (TAY, 5)),
        deputy=False,
        story="vacant",
    ),
    _ChapterPlan(
        "Trường THCS Lê Quý Đôn",
        "school",
        12,
        ((KINH, 80), (EDE, 15), (TAY, 5)),
        staff=names.SCHOOL_STAFF,
        ages=(23, 35),
        member_rate=0.9,
    ),
    _ChapterPlan(
        "Cơ quan {commune}",
        "agency",
        10,
        ((KINH, 70), (EDE, 25), (MNONG, 5)),
        staff=names.AGENCY_STAFF,
        ages=(23, 35),
        member_rate=0.95,
    ),
    _ChapterPlan(
        "Công ty TNHH Cà phê Ea Tân",
        "enterprise",
        28,
        ((KINH, 75), (EDE, 15), (JARAI, 10)),
        staff=names.ENTERPRISE_STAFF,
        ages=(18, 35),
        member_rate=0.5,
        deputy=False,
    ),
)


@dataclass(frozen=True)
class _Anchor:
    """A person every sample has, so trainings can say "find Y Phôn Ksơr"."""

    chapter: str
    people: str
    gender: str
    full_name: str
    given_name: str
    age: int


ANCHORS = (
    _Anchor("Buôn Kram", EDE, "M", "Y Phôn Ksơr", "Phôn", 27),
    _Anchor("Buôn Kram", EDE, "F", "H' Hen Niê", "Hen", 24),
    _Anchor("Thôn 1", KINH, "M", "Đỗ Đức Đạt", "", 28),
    _Anchor("Thôn 1", KINH, "F", "Đặng Thị Đào", "", 23),
    _Anchor("Buôn Jun", MNONG, "M", "Điểu K'Ré", "", 25),
)
ANCHOR_NAMES = tuple(anchor.full_name for anchor in ANCHORS)


@dataclass
class _Draft:
    """A person being made up, before it is written through save_person."""

    chapter: int
    people: str
    gender: str
    full_name: str
    given_name: str
    birth: dt.date
    year_only: bool
    age: int
    data: PersonInput
    admitted: dt.date | None = None
    offices: list = field(default_factory=list)
    anchor: bool = False
    young_member: bool = False

    @property
    def is_member(self) -> bool:
        return self.data.is_member


@dataclass
class _OfficePlan:
    start: dt.date
    order: int
    draft: _Draft
    role: str
    chapter: int | None
    end: dt.date | None = None


# ----------------------------------------------------------------------------- public


def is_empty(session: Session) -> bool:
    """No person at all; people in the trash count as present."""
    return session.scalar(select(Person.id).limit(1)) is None


def fill_sample_commune(
    session: Session,
    people: int = DEFAULT_PEOPLE,
    seed: int = DEFAULT_SEED,
    today: dt.date | None = None,
) -> DemoSummary:
    """Write the sample commune; keep an existing unit; refuse (NotEmpty) if anyone is there."""
    if not is_empty(session):
        raise NotEmpty()
    today = today or clock.today()
    maker = _Maker(random.Random(seed), today)
    unit = get_unit(session) or save_unit(session, SAMPLE_UNIT)
    maker.set_place(unit)
    chapter_ids = [_chapter_id(session, maker.chapter_name(plan), plan) for plan in CHAPTERS]
    # Held so that the session's (weak) identity map keeps them: each save_person checks its
    # chapter exists, and would otherwise read it again from the database.
    loaded = [session.get(Chapter, chapter_id) for chapter_id in chapter_ids]
    drafts = maker.people(people)
    offices = maker.offices(drafts)
    maker.statuses(drafts)
    ids = {}
    # Flushed in batches: a flush per person is most of a save's time. Its duplicate warnings,
    # the only thing the pending people change, never decide a save.
    with session.no_autoflush:
        for number, draft in enumerate(drafts, start=1):
            draft.data.chapter_id = chapter_ids[draft.chapter]
            ids[id(draft)] = save_person(session, draft.data, today=today, flush=False)
            if number % FLUSH_EVERY == 0:
                session.flush()
    session.flush()
    for plan in sorted(offices, key=lambda o: (o.start, o.order)):
        chapter_id = chapter_ids[plan.chapter] if plan.chapter is not None else None
        office_id = add_office(
            session,
            ids[id(plan.draft)],
            plan.role,
            chapter_id,
            _dmy(plan.start),
            end_previous=True,
            today=today,
        )
        if plan.end is not None:
            end_office(session, office_id, _dmy(plan.end))
    add_sample_meetings(session, maker.rng, today)
    add_sample_trainings(session, maker.rng, today)
    add_sample_works(session, maker.rng, today)
    add_sample_models(session, maker.rng, today)
    del loaded
    return DemoSummary(chapters=len(chapter_ids), people=len(drafts))


def _chapter_id(session: Session, name: str, plan: _ChapterPlan) -> str:
    """A chapter the clerk already made under the same name is used, not duplicated."""
    try:
        return find_chapter(session, name).id
    except UnknownChapter:
        return add_chapter(session, ChapterInput(name=name, kind=plan.kind, note=plan.note))


# ----------------------------------------------------------------------------- helpers


def _dmy(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year - years, day=28)


def _pick(rng: random.Random, weighted):
    """One item of ((item, weight), …); a tuple keeps the draw reproducible."""
    items = [item for item, _ in weighted]
    return rng.choices(items, weights=[w for _, w in weighted])[0]


def _day_between(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return dt.date.fromordinal(rng.randint(first.toordinal(), last.toordinal()))


class _Maker:
    """Draws the sample from one random generator, always in the same order."""

    def __init__(self, rng: random.Random, today: dt.date):
        self.rng = rng
        self.today = today
        self.ids: set[str] = set()
        self.phones: set[str] = set()
        self.cards: set[str] = set()
        self.commune = "xã Hòa Phú"
        self.province = "tỉnh Đắk Lắk"
        self.place = "Hòa Phú"
        self.province_name = "Đắk Lắk"

    # ------------------------------------------------------------------ places

    def set_place(self, unit: UnitInfo) -> None:
        word = unit_kind_word(unit.kind) if unit.kind in ("xa", "phuong", "dac_khu") else "xã"
        place = unit.name
        for prefix in ("Đoàn ", f"{word} ", f"{word.capitalize()} "):
            if place.startswith(prefix):
                place = place[len(prefix) :]
        self.place = place
        self.commune = f"{word} {place}"
        province = unit.province
        lowered = province.lower()
        self.province_name = province
        self.province = (
            province if lowered.startswith(("tỉnh", "thành phố", "tp")) else f"tỉnh {province}"
        )

    def chapter_name(self, plan: _ChapterPlan) -> str:
        return plan.name.format(commune=self.commune)

    def address(self, plan: _ChapterPlan) -> str:
        if plan.kind in ("school", "agency", "enterprise"):
            homes = [p for p in CHAPTERS if p.kind in ("thon", "buon", "to_dan_pho")]
            plan = self.rng.choice(homes)
        return f"{self.chapter_name(plan)}, {self.commune}, {self.province}"

    # ------------------------------------------------------------------ people

    def people(self, total: int) -> list[_Draft]:
        sizes = _sizes(total, [plan.weight for plan in CHAPTERS])
        drafts: list[_Draft] = []
        for index, (plan, size) in enumerate(zip(CHAPTERS, sizes, strict=True)):
            anchors = [a for a in ANCHORS if a.chapter == plan.name][:size]
            for anchor in anchors:
                drafts.append(self.person(index, plan, anchor))
            for _ in range(size - len(anchors)):
                drafts.append(self.person(index, plan))
        self.young_members(drafts)
        return drafts

    def person(self, index: int, plan: _ChapterPlan, anchor: _Anchor | None = None) -> _Draft:
        rng = self.rng
        staff = _pick(rng, [((o, q), w) for o, q, w in plan.staff]) if plan.staff else None
        if anchor:
            people, gender, age = anchor.people, anchor.gender, anchor.age
            full_name, given = anchor.full_name, anchor.given_name
        else:
            people = _pick(rng, plan.peoples)
            female_share = 0.65 if plan.kind == "school" else 0.5
            gender = "F" if rng.random() < female_share else "M"
            if not plan.staff:
                age = _pick(rng, RESIDENTIAL_AGES)
            elif rng.random() < 0.8:
                age = rng.randint(plan.ages[0], 30)
            else:
                age = rng.randint(31, plan.ages[1])
            full_name, given = self.name(people, gender)
            while full_name in ANCHOR_NAMES:  # the anchors stay the only ones of their name
                full_name, given = self.name(people, gender)
        birth = _day_between(
            rng,
            _years_before(self.today, age + 1) + dt.timedelta(days=1),
            _years_before(self.today, age),
        )
        year_only = not anchor and rng.random() < (0.16 if people in MINORITY_HIGHLANDS else 0.05)
        if year_only:
            birth = dt.date(self.today.year - age, 1, 1)
        data = PersonInput(
            full_name=full_name,
            given_name=given,
            gender=gender,
            birth_date=str(birth.year) if year_only else _dmy(birth),
            ethnicity=people,
            religion=_pick(rng, RELIGIONS[people]),
            address=self.address(plan),
        )
        draft = _Draft(index, people, gender, full_name, given, birth, year_only, age, data)
        draft.anchor = anchor is not None
        born_here = self.hometown(draft)
        self.work(draft, plan, staff)
        self.contacts(draft, born_here)
        # Past 30 only members stay on the books (youth are counted up to 30).
        member = anchor is not None or age >= 31
        if not member and age >= 16:
            rate = plan.member_rate if age >= 18 or plan.staff else 0.4
            member = rng.random() < rate
        if member:
            self.make_member(draft, plan, min_age=16)
        if rng.random() < 0.03:
            data.other_names = rng.choice(names.NICKNAMES)
        return draft

    def name(self, people: str, gender: str) -> tuple[str, str]:
        """(full name, given name when it is not the last word, else "")."""
        rng = self.rng
        male = gender == "M"
        if people in (KINH, TAY, NUNG):
            family = {KINH: names.KINH_FAMILY, TAY: names.TAY_FAMILY, NUNG: names.NUNG_FAMILY}[
                people
            ]
            if people == KINH:
                middles = names.KINH_MIDDLE_MALE if male else names.KINH_MIDDLE_FEMALE
            else:
                middles = names.NORTHERN_MIDDLE_MALE if male else names.NORTHERN_MIDDLE_FEMALE
            middle = _pick(rng, middles)
            givens = names.KINH_GIVEN_MALE if male else names.KINH_GIVEN_FEMALE
            given = rng.choice(givens)
            while given == middle.split(" ")[-1]:
                given = rng.choice(givens)
            return f"{_pick(rng, family)} {middle} {given}", ""
        if people == EDE:
            given = rng.choice(names.EDE_GIVEN_MALE if male else names.EDE_GIVEN_FEMALE)
            prefix = "Y" if male else "H'"
            return f"{prefix} {given} {_pick(rng, names.EDE_CLANS)}", given
        if people == MNONG:
            if rng.random() < 0.12:  # the Đắk Nông form: the last word is the personal name
                if male:
                    return f"Điểu {rng.choice(names.MNONG_DIEU_GIVEN)}", ""
                return f"Thị {rng.choice(names.MNONG_THI_GIVEN)}", ""
            given = rng.choice(names.MNONG_GIVEN_MALE if male else names.MNONG_GIVEN_FEMALE)
            prefix = "Y" if male else "H'"
            return f"{prefix} {given} {_pick(rng, names.MNONG_CLANS)}", given
        clan = _pick(rng, names.JARAI_CLANS)
        if male:
            given = rng.choice(names.JARAI_GIVEN_MALE)
            return f"{clan} {given}", given
        given = rng.choice(names.JARAI_GIVEN_FEMALE)
        return f"{clan} H' {given}", given

    def hometown(self, draft: _Draft) -> bool:
        """Fill the home town; True when the person was most likely born in this province."""
        rng = self.rng
        local = f"{self.place}, {self.province_name}"
        if draft.people in MINORITY_HIGHLANDS:
            draft.data.hometown = local
            return True
        if draft.people == KINH:
            origins = names.KINH_HOMETOWNS
            local_share = 0.5
        else:
            origins = names.TAY_NUNG_HOMETOWNS
            local_share = 0.35
        if rng.random() < local_share:
            draft.data.hometown = local
            return True
        district, province = _pick(rng, origins)
        draft.data.hometown = f"{district}, {province}"
        # Most of the young were born here after their parents came; the older ones often not.
        return rng.random() < (0.6 if draft.age >= 25 else 0.85)

    def work(self, draft: _Draft, plan: _ChapterPlan, staff) -> None:
        rng, data, age = self.rng, draft.data, draft.age
        minority = draft.people != KINH
        if staff:
            data.occupation, data.qualification = staff
            data.education = "12/12"
            return
        if age <= 17:
            if rng.random() < 0.88:
                data.occupation = "Học sinh"
                data.education = f"{min(12, age - 6 + rng.randint(0, 1))}/12"
                return
            data.occupation = rng.choice(("Làm nông", "Lao động tự do"))
            data.education = rng.choice(("7/12", "8/12", "9/12"))
            return
        table = names.WORK_YOUNG if age <= 22 else names.WORK_ADULT
        occupation = _pick(rng, [(o, m if minority else k) for o, k, m in table])
        data.occupation = occupation
        choices = names.QUALIFICATIONS.get(occupation, ("",))
        data.qualification = rng.choice(choices)
        if occupation in ("Sinh viên", "Giáo viên", "Nhân viên y tế", "Nhân viên văn phòng"):
            data.education = "12/12"
        elif minority:
            data.education = _pick(
                rng, (("12/12", 45), ("9/12", 35), ("10/12", 6), ("7/12", 8), ("5/12", 6))
            )
        else:
            data.education = _pick(rng, (("12/12", 70), ("9/12", 22), ("11/12", 4), ("10/12", 4)))
        if data.qualification and data.education != "12/12" and "nghề" not in data.qualification:
            data.education = "12/12"

    def contacts(self, draft: _Draft, born_here: bool) -> None:
        rng, data = self.rng, draft.data
        # Citizen IDs are compulsory from 14, but many 14-year-olds have not had one made yet.
        if rng.random() < (0.5 if draft.age < 15 else 0.96):
            code = "066"
            if not born_here:
                code = names.HOME_PROVINCES.get(data.hometown.split(", ")[-1], "066")
            data.id_number = self.citizen_id(code, draft)
        if rng.random() < (0.55 if draft.age < 16 else 0.84):
            data.phone = self.phone()

    def citizen_id(self, province_code: str, draft: _Draft) -> str:
        """Province of birth registration, sex and century, two digits of the year, six digits."""
        century = 0 if draft.birth.year < 2000 else 2
        sex = century + (1 if draft.gender == "F" else 0)
        while True:
            number = (
                f"{province_code}{sex}{draft.birth.year % 100:02d}{self.rng.randint(0, 999999):06d}"
            )
            if number not in self.ids:
                self.ids.add(number)
                return number

    def phone(self) -> str:
        while True:
            number = _pick(self.rng, names.PHONE_PREFIXES) + f"{self.rng.randint(0, 9999999):07d}"
            if number not in self.phones:
                self.phones.add(number)
                return number

    # ------------------------------------------------------------------ membership

    def make_member(self, draft: _Draft, plan: _ChapterPlan, min_age: int) -> None:
        rng, data = self.rng, draft.data
        earliest = _years_before(draft.birth, -min_age)
        latest = self.today - dt.timedelta(days=20)
        if earliest > latest:
            latest = self.today
        if earliest > latest:
            return
        # Most are admitted at school between 16 and 18; the rest later, in the village.
        year = min(latest.year, earliest.year + min(int(rng.expovariate(0.6)), 12))
        first = max(earliest, dt.date(year, 1, 1))
        last = min(latest, dt.date(year, 12, 31))
        union_day = dt.date(year, UNION_DAY[1], UNION_DAY[0])
        if first <= union_day <= last and rng.random() < 0.55:
            admitted = union_day
        else:
            admitted = _day_between(rng, first, last)
        draft.admitted = admitted
        data.is_member = True
        data.member_since = _dmy(admitted)
        age_admitted = admitted.year - draft.birth.year
        if age_admitted <= 18 and not plan.staff:
            minority_school = draft.people in (EDE, MNONG) and rng.random() < 0.4
            data.admission_place = (
                names.BOARDING_SCHOOL if minority_school else rng.choice(names.HIGH_SCHOOLS)
            )
        else:
            data.admission_place = f"Chi đoàn {self.chapter_name(plan)}, Đoàn {self.commune}"
        if rng.random() < 0.4:
            data.card_number = self.card()
        party_rate = {"agency": 0.4, "school": 0.25}.get(plan.kind, 0.06)
        if draft.age >= 24 and rng.random() < party_rate:
            data.is_party_member = True
        if data.is_party_member or (plan.kind == "agency" and rng.random() < 0.4):
            data.political_theory = (
                "Trung cấp" if plan.kind == "agency" and rng.random() < 0.4 else "Sơ cấp"
            )
        elif draft.age >= 24 and rng.random() < 0.04:
            data.political_theory = "Sơ cấp"
        self.classify(draft)

    def card(self) -> str:
        while True:
            number = f"066{self.rng.randint(0, 999999):06d}"
            if number not in self.cards:
                self.cards.add(number)
                return number

    def classify(self, draft: _Draft, result: str | None = None) -> None:
        """The last one or two years' classifications, for most members admitted before them."""
        if self.rng.random() >= 0.75:
            return
        items = []
        for year in (self.today.year - 2, self.today.year - 1):
            if draft.admitted and draft.admitted < dt.date(year, 10, 1):
                items.append(ClassificationInput(year, "2019", _pick(self.rng, CLASSIFICATIONS)))
        if items and result:
            items[-1].result = result
        draft.data.classifications = items

    def young_members(self, drafts: list[_Draft]) -> None:
        """One or two admitted at 15: the form warns, and the clerk must notice."""
        candidates = [
            d
            for d in drafts
            if d.age == 15 and not d.is_member and CHAPTERS[d.chapter].kind != "school"
        ]
        for draft in self.rng.sample(candidates, min(2, len(candidates))):
            self.make_member(draft, CHAPTERS[draft.chapter], min_age=15)
            draft.young_member = draft.is_member

    # ------------------------------------------------------------------ offices

    def offices(self, drafts: list[_Draft]) -> list[_OfficePlan]:
        rng, today = self.rng, self.today
        plans: list[_OfficePlan] = []

        def hold(draft, role, chapter, start, end=None):
            plan = _OfficePlan(start, len(plans), draft, role, chapter, end)
            draft.offices.append(plan)
            plans.append(plan)

        def choose(index, start, low=18, high=30, prefer=None, older=0):
            pool = [
                d
                for d in drafts
                if d.chapter == index
                and d.is_member
                and not d.offices
                and not d.young_member
                and d.admitted is not None
                and d.admitted < start
                and _years_before(start, low) >= d.birth
            ]
            if prefer:
                preferred = [d for d in pool if d.full_name == prefer]
                if preferred:
                    return preferred[0]
            fitting = [d for d in pool if older <= d.age <= high] or pool
            return rng.choice(fitting) if fitting else None

        for index, chapter in enumerate(CHAPTERS):
            congress = dt.date(today.year - 1, rng.choice((3, 4)), rng.randint(5, 28))
            anchors = [a.full_name for a in ANCHORS if a.chapter == chapter.name]
            if chapter.story == "previous":
                earlier = dt.date(today.year - 3, congress.month, rng.randint(5, 28))
                former = choose(index, earlier, low=22, high=99, older=31)
                if former:
                    if former.age >= 31:
                        self.age_out(former)
                    else:
                        self.send_away(former)
                    hold(former, "bi_thu", index, earlier)
            if chapter.story == "replaced":
                first = choose(index, congress, low=20)
                if first:
                    hold(first, "bi_thu", index, congress)
                    self.send_away(first)
                change = today - dt.timedelta(days=rng.randint(60, 150))
                secretary = choose(index, change, low=20)
                if secretary:
                    hold(secretary, "bi_thu", index, change)
            else:
                secretary = choose(index, congress, low=20, prefer=anchors[0] if anchors else None)
                if secretary:
                    left = today - dt.timedelta(days=rng.randint(30, 90))
                    vacant = chapter.story == "vacant"
                    hold(secretary, "bi_thu", index, congress, left if vacant else None)
                    if vacant:
                        self.transfer(secretary, left)
            if chapter.deputy:
                deputy = choose(index, congress, prefer=anchors[1] if len(anchors) > 1 else None)
                if deputy:
                    hold(deputy, "pho_bi_thu", index, congress)
            for _ in range(chapter.committee):
                member = choose(index, congress)
                if member:
                    hold(member, "uy_vien_bch", index, congress)
        self.commune_offices(drafts, plans, hold)
        for plan in plans:
            if plan.draft.data.is_party_member or rng.random() < 0.4:
                plan.draft.data.political_theory = plan.draft.data.political_theory or "Sơ cấp"
        return plans

    def commune_offices(self, drafts, plans, hold) -> None:
        """The commune committee since the new commune was formed (1 July of last year)."""
        start = dt.date(self.today.year - 1, 7, 1)
        agency = next(i for i, p in enumerate(CHAPTERS) if p.kind == "agency")
        staff = [
            d
            for d in drafts
            if d.chapter == agency
            and d.is_member
            and not d.offices
            and d.age >= 25
            and d.admitted
            and d.admitted < start
        ]
        for role in ("bi_thu", "pho_bi_thu")[: len(staff)]:
            draft = staff.pop(self.rng.randrange(len(staff)))
            draft.data.occupation = "Cán bộ Đoàn xã"
            draft.data.qualification = "Đại học Công tác thanh thiếu niên"
            if role == "bi_thu":
                draft.data.is_party_member = True
                draft.data.political_theory = "Trung cấp"
            hold(draft, role, None, start)
        sitting = [
            p
            for p in plans
            if p.role == "bi_thu"
            and p.end is None
            and p.start < start
            and p.draft.data.status == "active"
        ]
        deputy_from = [p for p in sitting if CHAPTERS[p.chapter].kind in ("thon", "buon")][:1]
        for plan in deputy_from:
            hold(plan.draft, "pho_bi_thu", None, start)
        for plan in [p for p in sitting if p not in deputy_from][:4]:
            hold(plan.draft, "uy_vien_bch", None, start)

    # ------------------------------------------------------------------ statuses

    def age_out(self, draft: _Draft) -> None:
        """A former secretary, now past 30, has aged out of the Union this spring."""
        draft.data.status = "aged_out"
        year = (
            self.today.year
            if self.today >= dt.date(self.today.year, 3, 26)
            else self.today.year - 1
        )
        draft.data.note = f"Trưởng thành Đoàn ngày 26/03/{year}."

    def send_away(self, draft: _Draft) -> None:
        note, occupation = _pick(self.rng, names.AWAY)
        draft.data.status = "away"
        draft.data.note = note
        draft.data.occupation = occupation

    def transfer(self, draft: _Draft, day: dt.date) -> None:
        draft.data.status = "transferred_out"
        unit = self.rng.choice(names.OTHER_UNITS)
        draft.data.note = f"Chuyển sinh hoạt Đoàn về {unit}, {self.province} từ {_dmy(day)}."

    def statuses(self, drafts: list[_Draft]) -> None:
        rng = self.rng
        free = [d for d in drafts if not d.offices and not d.anchor and not d.young_member]
        for draft in free:
            if not 18 <= draft.age <= 30 or CHAPTERS[draft.chapter].staff:
                continue
            roll = rng.random()
            if roll < 0.09:
                self.send_away(draft)
            elif roll < 0.12 and draft.is_member:
                since = self.today - dt.timedelta(days=rng.randint(200, 700))
                draft.data.status = "received"
                draft.data.note = (
                    f"Đoàn viên {rng.choice(names.OTHER_UNITS)}, tạm trú tại địa phương "
                    f"từ tháng {since.month:02d}/{since.year}; nhận sinh hoạt nơi cư trú."
                )
        members = [d for d in free if d.is_member and d.data.status == "active"]
        older = [d for d in members if d.age >= 31]
        if len(older) > 3:  # keep most of them: members past 30 are the thing to spot
            self.age_out(rng.choice(older))
        young = [d for d in members if 19 <= d.age <= 29]
        picks = rng.sample(young, min(2, len(young)))
        if picks:
            self.transfer(picks[0], self.today - dt.timedelta(days=rng.randint(20, 200)))
        if len(picks) > 1:
            removed = picks[1]
            removed.data.status = "removed"
            removed.data.note = (
                "Xóa tên do tự ý bỏ sinh hoạt Đoàn quá 6 tháng, không liên lạc được."
            )
            if removed.data.classifications:
                removed.data.classifications[-1].result = "kht"


def _sizes(total: int, weights: list[int]) -> list[int]:
    """Split ``total`` in proportion to ``weights`` (largest remainders, ties by position)."""
    whole = sum(weights)
    exact = [total * w / whole for w in weights]
    sizes = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - sizes[i]), i))
    for i in order[: total - sum(sizes)]:
        sizes[i] += 1
    return sizes
