"""The quarterly (half-year, year) report: indicator values for a period, the clerk's manual
values and corrections, and the rules checked before export.

What the records can tell, and what they cannot (the numbers are only as good as this):

- The roster holds each person's *current* status; the change log says when a status was
  recorded. A person's status at the end of a period is the one last recorded on or before
  that day; for a person first recorded after it, their first recorded status — except
  "received", whose recording is their arrival. So members who left after the period still
  count in it, and those received after it do not. The change log's time is when the clerk
  recorded the change, not the date on the transfer paper.
- Members are counted from their admission date: someone admitted after the period's end is
  not a member in it. An admission date with only a year counts in a year report, and for
  shorter periods cannot be placed: it is left out of "new members" with a warning.
- Youth who are not members have no date at all: they count as recorded now.
- Transfers in and out are changes of status to "received" / "transferred_out" recorded in
  the period.
- Meetings count for the month they report on (``meetings.meeting_month``); drafts count too
  (a meeting is recorded after it is held). "Meetings held" are the chapters' own monthly and
  themed meetings; a chapter "met every month" by the rule of ``chapter_months`` (a joint
  meeting it hosted or joined counts for its month), as the overview, the year plan and
  "Chi đoàn 3 có" say. A remote chapter meets every quarter, so it "met every month" when it
  met at least once in each quarter of the period.
- The youth population (16–30) comes from the People's Committee and is typed by the clerk.
  Without it the share of youth gathered cannot be computed: a warning, not an error — the
  report can still go, and the superior sees the share missing. The share is
  (MEMBERS + YOUTH) / YOUTH_POPULATION × 100, rounded half up to one decimal, and is always
  recomputed from its parts (after corrections), never typed.
- "Chi đoàn 3 có" is judged by quarter (core/compliance.py, overrides included): a half-year or
  year report gives the result of its last quarter. Joint meetings count for the month they
  report on, briefings for the day they were held, commendations for their decision date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from doan_desktop.core import chapter_months, clock, compliance
from doan_desktop.core.changelog import log_change, snapshot
from doan_desktop.core.dates import parse_iso
from doan_desktop.core.indicator_lists import list_for_period
from doan_desktop.core.indicators import (
    CHAPTER,
    ETHNICITY,
    SEX_F,
    SEX_M,
    CodeList,
)
from doan_desktop.core.meeting_kinds import BRIEFING, CHAPTER_MEETING_KINDS, JOINT
from doan_desktop.core.meetings import meeting_month
from doan_desktop.core.messages import translate
from doan_desktop.core.periods import Period
from doan_desktop.core.roster import sitting_secretary
from doan_desktop.core.store.models import (
    ChangeLog,
    Chapter,
    Commendation,
    ManualValue,
    Meeting,
    Person,
    Report,
    Training,
    TrainingParticipant,
    VolunteerDrive,
    YouthWork,
)
from doan_desktop.core.text import clean, collation_key
from doan_desktop.core.validation import Problems, ValidationError
from doan_desktop.core.vocab import CURRENT_STATUSES

ERROR, WARNING = "error", "warning"
MEMBER_MAX_AGE = 30
ATTENDED = ("attended", "completed")
_WHOLE = re.compile(r"^-?(\d{1,3}(?:[.,  ]\d{3})+|\d+)$")

Key = tuple[str, str]  # (indicator code, disaggregation)
Number = int | str  # an integer, or decimal text for shares


@dataclass
class Value:
    indicator: str
    disagg: str
    value: Number | None  # None: not available (a manual value not typed, a share not computable)
    computed: Number | None = None  # what the records say (None for manual values)
    source: str = "computed"  # computed | manual | derived
    corrected: bool = False
    note: str = ""


@dataclass
class Message:
    level: str  # error | warning
    code: str
    text: str
    indicator: str = ""
    disagg: str = ""


@dataclass
class PeriodReport:
    period: Period
    values: list[Value]
    messages: list[Message] = field(default_factory=list)
    schema_version: int = 0
    codes: CodeList | None = None  # the indicator list the values follow

    def value(self, indicator: str, disagg: str = "") -> Number | None:
        for item in self.values:
            if item.indicator == indicator and item.disagg == disagg:
                return item.value
        return None

    def as_dict(self) -> dict[Key, Number]:
        return {(v.indicator, v.disagg): v.value for v in self.values if v.value is not None}

    @property
    def errors(self) -> list[Message]:
        return [m for m in self.messages if m.level == ERROR]

    @property
    def warnings(self) -> list[Message]:
        return [m for m in self.messages if m.level == WARNING]


# ----------------------------------------------------------------------------- numbers


def parse_whole_number(text: str) -> int | None:
    """ "1.234", "1 234", "1234" → 1234 (Vietnamese writes a dot between thousands).
    None when the text is not a whole number."""
    text = clean(text)
    if not _WHOLE.match(text):
        return None
    return int(re.sub(r"[.,  ]", "", text))


def share(part: int, whole: int) -> str:
    """``part`` of ``whole`` in percent, one decimal, rounded half up: "75.3"."""
    value = (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return str(value)


# ----------------------------------------------------------------------------- the records


def _local_date(at: dt.datetime) -> dt.date:
    """The change log stores UTC; a period is in the office's own days."""
    return at.replace(tzinfo=dt.UTC).astimezone().date()


def _status_history(session: Session) -> dict[str, list[tuple[dt.date, str]]]:
    """Each person's recorded statuses, oldest first, from the change log."""
    history: dict[str, list[tuple[dt.date, str]]] = defaultdict(list)
    rows = session.execute(
        select(ChangeLog.entity_id, ChangeLog.at, ChangeLog.after)
        .where(ChangeLog.entity == "person")
        .order_by(ChangeLog.at, ChangeLog.id)
    )
    for person_id, at, after in rows:
        if isinstance(after, dict) and "status" in after:
            history[person_id].append((_local_date(at), after["status"]))
    return history


def _status_on(current: str, history: list[tuple[dt.date, str]], day: dt.date) -> str | None:
    """The status on ``day``; None for someone who had not arrived (received later)."""
    if not history:
        return current
    before = [status for when, status in history if when <= day]
    if before:
        return before[-1]
    first = history[0][1]
    return None if first == "received" else first


@dataclass
class _Person:
    id: str
    gender: str
    birth_date: str
    ethnicity: str
    chapter_id: str | None
    is_member: bool
    member_since: str
    status: str


def _people(session: Session) -> list[_Person]:
    rows = session.execute(
        select(
            Person.id,
            Person.gender,
            Person.birth_date,
            Person.ethnicity,
            Person.chapter_id,
            Person.is_member,
            Person.member_since,
            Person.status,
        ).where(Person.deleted_at.is_(None))
    )
    return [_Person(*row) for row in rows]


def _admitted_by(person: _Person, day: dt.date) -> bool:
    since = parse_iso(person.member_since)
    return since is None or since.earliest() <= day


@dataclass
class _Chapter:
    id: str
    name: str
    remote: bool


def _chapters(session: Session) -> list[_Chapter]:
    rows = session.execute(
        select(Chapter.id, Chapter.name, Chapter.remote)
        .where(Chapter.deleted_at.is_(None), Chapter.active.is_(True))
        .order_by(Chapter.sort_key)
    )
    return [_Chapter(*row) for row in rows]


class _Tally:
    """Computed values: totals and disaggregations, in the order they were first counted."""

    def __init__(self):
        self.values: dict[Key, int] = {}

    def set(self, indicator: str, value: int, disagg: str = "") -> None:
        self.values[(indicator, disagg)] = value

    def add(self, indicator: str, disagg: str = "", amount: int = 1) -> None:
        key = (indicator, disagg)
        self.values[key] = self.values.get(key, 0) + amount


def _count_people(
    tally: _Tally,
    session: Session,
    period: Period,
    chapters: list[_Chapter],
    notes: list[Message],
) -> dict[str, int]:
    end = period.end
    names = {c.id: c.name for c in chapters}
    history = _status_history(session)
    per_chapter_members: Counter[str] = Counter()
    for indicator in ("MEMBERS", "YOUTH", "NEW_MEMBERS"):
        tally.set(indicator, 0)
        tally.set(indicator, 0, SEX_M)
        tally.set(indicator, 0, SEX_F)
    for chapter in chapters:
        for indicator in ("MEMBERS", "YOUTH"):
            tally.set(indicator, 0, CHAPTER + chapter.name)
    for indicator in ("TRANSFERRED_IN", "TRANSFERRED_OUT", "MEMBERS_OVER_30"):
        tally.set(indicator, 0)
    undated_admissions = 0
    ethnicities: Counter[str] = Counter()
    for person in _people(session):
        steps = history.get(person.id, [])
        status = _status_on(person.status, steps, end)
        here = status in CURRENT_STATUSES
        sex = {"M": SEX_M, "F": SEX_F}.get(person.gender)
        chapter = names.get(person.chapter_id) if person.chapter_id else None
        if person.is_member:
            for when, new_status in steps:
                if period.contains(when) and new_status == "received":
                    tally.add("TRANSFERRED_IN")
                if period.contains(when) and new_status == "transferred_out":
                    tally.add("TRANSFERRED_OUT")
            since = parse_iso(person.member_since)
            if since is not None and since.is_full and period.contains(since.to_date()):
                tally.add("NEW_MEMBERS")
                if sex:
                    tally.add("NEW_MEMBERS", sex)
                if chapter:
                    tally.add("NEW_MEMBERS", CHAPTER + chapter)
            elif since is not None and not since.is_full and since.year == period.year:
                if period.kind == "Y":
                    tally.add("NEW_MEMBERS")
                    if sex:
                        tally.add("NEW_MEMBERS", sex)
                    if chapter:
                        tally.add("NEW_MEMBERS", CHAPTER + chapter)
                else:
                    undated_admissions += 1
        if not here:
            continue
        member = person.is_member and _admitted_by(person, end)
        indicator = "MEMBERS" if member else "YOUTH"
        tally.add(indicator)
        if sex:
            tally.add(indicator, sex)
        if chapter:
            tally.add(indicator, CHAPTER + chapter)
            if member:
                per_chapter_members[person.chapter_id] += 1
        if member:
            if person.ethnicity:
                ethnicities[person.ethnicity] += 1
            birth = parse_iso(person.birth_date)
            if birth is not None and birth.age_on(end) > MEMBER_MAX_AGE:
                tally.add("MEMBERS_OVER_30")
    for name in sorted(ethnicities, key=collation_key):
        tally.set("MEMBERS", ethnicities[name], ETHNICITY + name)
    if undated_admissions:
        notes.append(
            Message(
                WARNING,
                "ADMISSION_YEAR_ONLY",
                translate(
                    "Reporting",
                    "{n} members admitted in {year} have only the year of admission recorded: "
                    "they are not counted among the new members of this period. Enter their "
                    "admission dates in full.",
                ).format(n=undated_admissions, year=period.year),
                "NEW_MEMBERS",
            )
        )
    return dict(per_chapter_members)


def _count_meetings(tally: _Tally, session: Session, period: Period, chapters: list[_Chapter]):
    months = {f"{d.year:04d}-{d.month:02d}" for d in period.month_starts()}
    names = {c.id: c.name for c in chapters}
    tally.set("MEETINGS_HELD", 0)
    for chapter in chapters:
        tally.set("MEETINGS_HELD", 0, CHAPTER + chapter.name)
    # A meeting may report on the month before it was held: look one month wider.
    rows = session.execute(
        select(Meeting.chapter_id, Meeting.kind, Meeting.date, Meeting.for_month).where(
            Meeting.deleted_at.is_(None),
            Meeting.kind.in_(CHAPTER_MEETING_KINDS),
            Meeting.date >= period.start - dt.timedelta(days=31),
            Meeting.date <= period.end + dt.timedelta(days=31),
        )
    )
    for chapter_id, kind, date, for_month in rows:
        month = meeting_month(kind, date, for_month)
        if month not in months:
            continue
        tally.add("MEETINGS_HELD")
        if chapter_id in names:
            tally.add("MEETINGS_HELD", CHAPTER + names[chapter_id])
    # Met in a month: the one rule (joint meetings hosted or joined count), as everywhere.
    met = chapter_months.months_met(
        chapter_months.chapter_meetings(session, period.start, period.end)
    )
    quarters: dict[int, set[str]] = defaultdict(set)
    for month in months:
        quarters[(int(month[5:7]) - 1) // 3].add(month)
    regular = 0
    for chapter in chapters:
        held = met.get(chapter.id, set())
        if chapter.remote:
            regular += all(held & q for q in quarters.values())
        else:
            regular += months <= held
    tally.set("CHAPTERS_MET_MONTHLY", regular)
    return met


def _count_activities(tally: _Tally, session: Session, period: Period) -> None:
    trainings = select(Training.id).where(
        Training.deleted_at.is_(None),
        Training.state == "held",  # a planned training is not yet a result to report
        Training.start_date >= period.start,
        Training.start_date <= period.end,
    )
    tally.set("TRAININGS", session.scalar(select(func.count()).select_from(trainings.subquery())))
    tally.set(
        "TRAINING_ATTENDANCE",
        session.scalar(
            select(func.count()).where(
                TrainingParticipant.training_id.in_(trainings),
                TrainingParticipant.result.in_(ATTENDED),
            )
        ),
    )
    works = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(YouthWork.value), 0),
            func.coalesce(func.sum(YouthWork.workdays), 0),
        ).where(
            YouthWork.deleted_at.is_(None),
            YouthWork.start_date >= period.start,
            YouthWork.start_date <= period.end,
        )
    ).one()
    tally.set("YOUTH_WORKS", works[0])
    tally.set("YOUTH_WORKS_VALUE", int(works[1]))
    tally.set("YOUTH_WORKS_WORKDAYS", int(works[2]))
    drives = session.execute(
        select(func.count(), func.coalesce(func.sum(VolunteerDrive.participation), 0)).where(
            VolunteerDrive.deleted_at.is_(None),
            VolunteerDrive.start_date >= period.start,
            VolunteerDrive.start_date <= period.end,
        )
    ).one()
    tally.set("VOLUNTEER_DRIVES", drives[0])
    tally.set("VOLUNTEER_PARTICIPATION", int(drives[1]))
    tally.set(
        "COMMENDATIONS",
        session.scalar(
            select(func.count(Commendation.id)).where(
                Commendation.deleted_at.is_(None),
                Commendation.decision_date >= period.start,
                Commendation.decision_date <= period.end,
            )
        ),
    )


def _count_models(tally: _Tally, session: Session, period: Period, today: dt.date) -> None:
    """ "Chi đoàn 3 có" (each chapter taking part: 1 or 0) and "2 giao, 1 liên kết"."""
    last = Period(period.year, "Q", period.number * period.months // 3)
    results = compliance.assess_period(session, last, today)
    tally.set("CHAPTERS_IN_MODEL", len(results))
    tally.set("CHAPTERS_THREE_HAVE", compliance.three_have_count(results))
    for result in results:
        tally.set("CHAPTERS_THREE_HAVE", int(result.three_have), CHAPTER + result.chapter)
    months = {f"{d.year:04d}-{d.month:02d}" for d in period.month_starts()}
    rows = session.execute(
        select(Meeting.kind, Meeting.date, Meeting.for_month).where(
            Meeting.deleted_at.is_(None),
            Meeting.kind.in_((BRIEFING, JOINT)),
            Meeting.date >= period.start - dt.timedelta(days=31),
            Meeting.date <= period.end + dt.timedelta(days=31),
        )
    ).all()
    tally.set("BRIEFINGS_HELD", sum(1 for k, d, _ in rows if k == BRIEFING and period.contains(d)))
    tally.set(
        "JOINT_MEETINGS_HELD",
        sum(1 for k, d, m in rows if k == JOINT and meeting_month(k, d, m) in months),
    )


def compute_values(
    session: Session,
    period: Period,
    notes: list[Message] | None = None,
    today: dt.date | None = None,
) -> tuple[dict[Key, int], list[_Chapter]]:
    """The values the records give for ``period`` (no manual values, no corrections), as they
    stand on ``today`` (the model assessments look no further than it)."""
    today = today or clock.today()
    notes = notes if notes is not None else []
    tally = _Tally()
    chapters = _chapters(session)
    tally.set("CHAPTERS", len(chapters))
    _count_people(tally, session, period, chapters, notes)
    tally.set(
        "CHAPTERS_WITHOUT_SECRETARY",
        sum(1 for c in chapters if sitting_secretary(session, c.id) is None),
    )
    _count_meetings(tally, session, period, chapters)
    _count_activities(tally, session, period)
    _count_models(tally, session, period, today)
    return tally.values, chapters


# ----------------------------------------------------------------------------- manual values


@dataclass
class ManualEntry:
    indicator: str
    disagg: str
    value: str
    note: str


def manual_entries(session: Session, period: Period) -> list[ManualEntry]:
    rows = session.scalars(select(ManualValue).where(ManualValue.period == period.code))
    return [ManualEntry(r.indicator, r.disagg, r.value, r.note) for r in rows]


def set_manual_value(
    session: Session,
    period: Period,
    indicator: str,
    value_text: str,
    note: str,
    disagg: str = "",
    codes: CodeList | None = None,
) -> None:
    """Record a manual value, or a correction of a computed one (a note is then required).
    An empty value removes the entry. Refuses bad input with messages under "value"/"note"."""
    codes = codes or list_for_period(session, period)
    problems = Problems()
    try:
        definition = codes.get(indicator)
    except KeyError:
        problems.error("value", translate("Reporting", "There is no such indicator."))
        raise ValidationError(problems) from None
    if definition.source == "derived":
        problems.error(
            "value",
            translate("Reporting", "This value is computed from others; correct those instead."),
        )
    if not definition.allows(disagg):
        problems.error("value", translate("Reporting", "This indicator has no such breakdown."))
    existing = session.scalars(
        select(ManualValue).where(
            ManualValue.period == period.code,
            ManualValue.indicator == indicator,
            ManualValue.disagg == disagg,
        )
    ).first()
    if not clean(value_text):
        if problems.ok and existing is not None:
            log_change(session, "manual_value", existing.id, "delete", snapshot(existing), None)
            session.delete(existing)
            session.flush()
        if not problems.ok:
            raise ValidationError(problems)
        return
    number = parse_whole_number(value_text)
    if number is None:
        problems.error("value", translate("Reporting", "Type a whole number, such as 1.250."))
    elif number < 0:
        problems.error("value", translate("Reporting", "The value cannot be negative."))
    if definition.source == "computed" and not clean(note):
        problems.error(
            "note",
            translate(
                "Reporting", "Say why the computed value is corrected (for example, the source)."
            ),
        )
    if not problems.ok:
        raise ValidationError(problems)
    before = snapshot(existing) if existing else None
    if existing is None:
        existing = ManualValue(period=period.code, indicator=indicator, disagg=disagg)
        session.add(existing)
    existing.value = str(number)
    existing.note = clean(note)
    session.flush()
    log_change(
        session,
        "manual_value",
        existing.id,
        "update" if before else "create",
        before,
        snapshot(existing),
    )


# ----------------------------------------------------------------------------- the report


def _order(codes: CodeList):
    def key(item: Value) -> tuple:
        disagg = item.disagg
        rank = 0 if disagg == "" else 1 if disagg == SEX_M else 2 if disagg == SEX_F else 3
        if disagg.startswith(CHAPTER):
            rank = 4
        return (codes.position(item.indicator), rank, collation_key(disagg))

    return key


def _share_messages(
    share_item: Value, members: int | None, youth: int | None, population: int | None
) -> list[Message]:
    """Compute the share of youth gathered into ``share_item``; the messages about it."""
    messages: list[Message] = []
    if population is None:
        messages.append(
            Message(
                WARNING,
                "POPULATION_MISSING",
                translate(
                    "Reporting",
                    "The number of youth aged 16–30 in the commune is not entered, so the share "
                    "of youth gathered cannot be computed. Ask the People's Committee for it.",
                ),
                "YOUTH_POPULATION",
            )
        )
    elif population == 0:
        messages.append(
            Message(
                ERROR,
                "POPULATION_ZERO",
                translate("Reporting", "The number of youth in the commune cannot be 0."),
                "YOUTH_POPULATION",
            )
        )
    elif members is not None and youth is not None and population > 0:
        share_item.value = share(members + youth, population)
        if members > population:
            messages.append(
                Message(
                    ERROR,
                    "MEMBERS_ABOVE_YOUTH",
                    translate(
                        "Reporting",
                        "There are more members ({members}) than youth aged 16–30 in the commune "
                        "({population}). Check both numbers.",
                    ).format(members=members, population=population),
                    "MEMBERS",
                )
            )
        elif not Decimal(0) <= Decimal(share_item.value) <= Decimal(100):
            messages.append(
                Message(
                    ERROR,
                    "SHARE_OUT_OF_RANGE",
                    translate(
                        "Reporting",
                        "The share of youth gathered is {share}%: more youth are gathered "
                        "({gathered}) than live in the commune ({population}). Check the numbers.",
                    ).format(
                        share=share_item.value, gathered=members + youth, population=population
                    ),
                    "GATHERED_SHARE",
                )
            )
    return messages


def build_report(
    session: Session, period: Period, today: dt.date | None = None, codes: CodeList | None = None
) -> PeriodReport:
    """Values for ``period``: computed, then manual values and corrections, then shares; with
    the validation messages (errors block the export, warnings are shown). The indicators are
    those of the period's list (core/indicator_lists.py) unless ``codes`` is given: a count
    the list does not ask for, or not as computed, is left out."""
    today = today or clock.today()
    codes = codes or list_for_period(session, period)
    messages: list[Message] = []
    computed, chapters = compute_values(session, period, messages, today)
    asked = {i.code: i for i in codes.indicators}
    values: dict[Key, Value] = {}
    for (indicator, disagg), number in computed.items():
        definition = asked.get(indicator)
        if definition is None or definition.source != "computed" or not definition.allows(disagg):
            continue
        values[(indicator, disagg)] = Value(indicator, disagg, number, number, "computed")
    for indicator in codes.indicators:
        if indicator.source != "computed" and (indicator.code, "") not in values:
            values[(indicator.code, "")] = Value(indicator.code, "", None, None, indicator.source)

    for entry in manual_entries(session, period):
        try:
            definition = codes.get(entry.indicator)
        except KeyError:
            messages.append(
                Message(
                    WARNING,
                    "UNKNOWN_INDICATOR",
                    translate(
                        "Reporting",
                        "A value typed for {code} is ignored: this version of the program does not report it.",
                    ).format(code=entry.indicator),
                    entry.indicator,
                )
            )
            continue
        number = parse_whole_number(entry.value)
        key = (entry.indicator, entry.disagg)
        item = values.get(key) or Value(
            entry.indicator, entry.disagg, None, None, definition.source
        )
        values[key] = item
        item.value = number if number is not None else item.value
        item.note = entry.note
        item.corrected = definition.source == "computed"
        label = definition.label_vi + (f" ({entry.disagg})" if entry.disagg else "")
        if number is None:
            messages.append(
                Message(
                    ERROR,
                    "VALUE_INVALID",
                    translate(
                        "Reporting", "{label}: the typed value is not a whole number."
                    ).format(label=label),
                    *key,
                )
            )
        elif number < 0:
            messages.append(
                Message(
                    ERROR,
                    "VALUE_NEGATIVE",
                    translate("Reporting", "{label}: a value cannot be negative.").format(
                        label=label
                    ),
                    *key,
                )
            )
        if not entry.note and item.corrected:
            messages.append(
                Message(
                    ERROR,
                    "CORRECTION_WITHOUT_NOTE",
                    translate(
                        "Reporting", "{label}: the correction needs a note saying why."
                    ).format(label=label),
                    *key,
                )
            )
        elif not entry.note:
            messages.append(
                Message(
                    WARNING,
                    "MANUAL_WITHOUT_NOTE",
                    translate(
                        "Reporting", "{label}: add a note saying where the number comes from."
                    ).format(label=label),
                    *key,
                )
            )

    def number(indicator: str, disagg: str = "") -> int | None:
        item = values.get((indicator, disagg))
        return item.value if item is not None and isinstance(item.value, int) else None

    members, youth, population = number("MEMBERS"), number("YOUTH"), number("YOUTH_POPULATION")
    # A list without the share (a circular may drop it) asks nothing of the population.
    share_item = values.get(("GATHERED_SHARE", ""))
    if share_item is not None:
        messages.extend(_share_messages(share_item, members, youth, population))
    for chapter in chapters:
        held = number("MEETINGS_HELD", CHAPTER + chapter.name) or 0
        count = number("MEMBERS", CHAPTER + chapter.name)
        if held and not count:
            messages.append(
                Message(
                    ERROR,
                    "MEETINGS_WITHOUT_MEMBERS",
                    translate(
                        "Reporting",
                        "{chapter} held {n} meetings but has no members. Enter its members in "
                        "the roster, or correct the count with a note.",
                    ).format(chapter=chapter.name, n=held),
                    "MEETINGS_HELD",
                    CHAPTER + chapter.name,
                )
            )
    for indicator in codes.indicators:
        if SEX_M not in indicator.disaggregations:
            continue
        total = number(indicator.code)
        male, female = number(indicator.code, SEX_M), number(indicator.code, SEX_F)
        if total is not None and male is not None and female is not None and male + female != total:
            messages.append(
                Message(
                    WARNING,
                    "SEX_SUM",
                    translate(
                        "Reporting",
                        "{label}: men ({male}) and women ({female}) do not add up to the total "
                        "({total}); some people have no sex recorded.",
                    ).format(label=indicator.label_vi, male=male, female=female, total=total),
                    indicator.code,
                )
            )
    if period.start > today:
        messages.append(
            Message(
                ERROR,
                "PERIOD_FUTURE",
                translate("Reporting", "The period {period} has not started yet.").format(
                    period=period.code
                ),
            )
        )
    elif period.end >= today:
        messages.append(
            Message(
                WARNING,
                "PERIOD_NOT_OVER",
                translate(
                    "Reporting",
                    "The period {period} is not over yet: its numbers may still change.",
                ).format(period=period.code),
            )
        )
    ordered = sorted(values.values(), key=_order(codes))
    return PeriodReport(period, ordered, messages, codes.version, codes)


def sent_values(session: Session, period: Period) -> dict[Key, Number] | None:
    """The values of the latest report sent for ``period``, or None."""
    report = session.scalars(
        select(Report).where(Report.period == period.code).order_by(Report.sequence.desc())
    ).first()
    if report is None:
        return None
    return {(v["indicator"], v.get("disagg", "")): v["value"] for v in report.payload["values"]}


def previous_values(session: Session, period: Period, today: dt.date | None = None):
    """The previous period's values, beside this one: as sent upward if a report went, else
    as the records give them now."""
    previous = period.previous()
    sent = sent_values(session, previous)
    if sent is not None:
        return sent
    return build_report(session, previous, today).as_dict()


def payload_values(report: PeriodReport) -> list[dict]:
    return [
        {"indicator": v.indicator, "disagg": v.disagg, "value": v.value}
        for v in report.values
        if v.value is not None
    ]


def payload_notes(report: PeriodReport) -> list[dict]:
    """The clerk's notes travel with the numbers: the superior sees what was typed or corrected
    and why, with the value the records gave."""
    return [
        {"indicator": v.indicator, "disagg": v.disagg, "note": v.note, "computed": v.computed}
        for v in report.values
        if v.value is not None and (v.corrected or v.source == "manual")
    ]
