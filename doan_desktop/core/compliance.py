""" "Chi đoàn 3 có" (DOMAIN.md §2): each quarter, does a chapter taking part in the model have

(a) a Union cadre — a sitting secretary or deputy secretary for the whole quarter;
(b) Union activity — the chapter met in every month of the quarter (``chapter_months``: a
    monthly or themed meeting of its own, or a joint meeting it hosted or joined); a remote
    chapter needs one in the quarter. Both rules are settings (``MEETING_RULE_KEY``,
    ``REMOTE_RULE_KEY``);
(c) a youth work or task under way in the quarter (a planned work that has not started
    does not count)?

Every criterion carries its evidence (who held the office and their term, the meetings by
month, the works) and, when not met, the reasons in words. The office may override the result
with a reason; an overridden result keeps the computed one beside it and says so.

A quarter not over yet is judged on the days so far: a month still running without a meeting
is not a gap, and an office held today covers the rest of the quarter.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from doan_desktop.core import chapter_months, clock
from doan_desktop.core.changelog import log_change, snapshot
from doan_desktop.core.dates import DateFormatError, PartialDate
from doan_desktop.core.meetings import DEPUTY
from doan_desktop.core.messages import translate
from doan_desktop.core.periods import Period, PeriodError
from doan_desktop.core.store.models import (
    Chapter,
    ComplianceOverride,
    ModelParticipation,
    Office,
    Person,
    Setting,
)
from doan_desktop.core.text import clean
from doan_desktop.core.validation import Problems, ValidationError
from doan_desktop.core.vocab import SECRETARY
from doan_desktop.core.works import works_in_period

MEETING_RULE_KEY = "compliance.meeting_rule"
REMOTE_RULE_KEY = "compliance.remote_meeting_rule"
MONTHLY_RULE, QUARTERLY_RULE = "monthly", "quarterly"
RULES = (MONTHLY_RULE, QUARTERLY_RULE)
DEFAULT_RULES = {MEETING_RULE_KEY: MONTHLY_RULE, REMOTE_RULE_KEY: QUARTERLY_RULE}
# A work only planned has not begun: it is not "under way".
COUNTING_WORK_STATES = ("under_way", "done", "handed_over")
CADRE_ROLES = (SECRETARY, DEPUTY)


# ----------------------------------------------------------------------------- values


@dataclass
class Term:
    """A secretary's or deputy's term that meets the quarter."""

    person_id: str
    person_name: str
    role: str  # bi_thu | pho_bi_thu
    start: dt.date | None  # None: not recorded
    end: dt.date | None  # None: still sitting


@dataclass
class MeetingRef:
    id: str
    kind: str
    date: dt.date
    host: str  # the chapter that met, or the host of a joint meeting


@dataclass
class MonthActivity:
    month: str  # "2026-08"
    meetings: list[MeetingRef]
    over: bool  # the month has ended (today is past it)


@dataclass
class WorkRef:
    id: str
    name: str
    kind: str
    state: str
    start: dt.date
    end: dt.date | None
    counts: bool  # under way in the quarter (not only planned)


@dataclass
class Criterion:
    met: bool
    reasons: list[str] = field(default_factory=list)


@dataclass
class ChapterCompliance:
    chapter_id: str
    chapter: str
    remote: bool
    pilot: bool
    period: str
    complete: bool  # the quarter is over
    cadre: Criterion
    activity: Criterion
    work: Criterion
    terms: list[Term]
    months: list[MonthActivity]
    works: list[WorkRef]
    rule: str  # the meeting rule applied: monthly | quarterly
    computed: bool  # the three criteria met, as the records say
    override: bool | None = None  # the office's decision, when it overrode the result
    override_reason: str = ""

    @property
    def overridden(self) -> bool:
        return self.override is not None

    @property
    def three_have(self) -> bool:
        """The result that counts: the office's override when there is one."""
        return self.override if self.override is not None else self.computed

    @property
    def reasons(self) -> list[str]:
        """Why the chapter is not "3 có" (and, when overridden, the office's decision)."""
        reasons = [*self.cadre.reasons, *self.activity.reasons, *self.work.reasons]
        if self.overridden:
            reasons.append(override_sentence(self.override, self.override_reason))
        return reasons


@dataclass
class ParticipationRow:
    id: str
    chapter_id: str
    chapter: str
    since: dt.date
    until: dt.date | None
    pilot: bool


def override_sentence(three_have: bool, reason: str) -> str:
    if three_have:
        text = translate(
            "Compliance", "Counted as meeting the three criteria by the office: {reason}"
        )
    else:
        text = translate(
            "Compliance", "Counted as not meeting the three criteria by the office: {reason}"
        )
    return text.format(reason=reason)


def _dmy(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def quarter(text: str) -> Period:
    """The quarter named by ``text`` ("2026Q3"); anything else raises ValidationError."""
    try:
        period = Period.parse(text)
    except PeriodError:
        period = None
    if period is None or period.kind != "Q":
        problems = Problems()
        problems.error(
            "period",
            translate(
                "Compliance",
                "The three criteria are judged by quarter: type a quarter such as 2026Q3.",
            ),
        )
        raise ValidationError(problems)
    return period


# ----------------------------------------------------------------------------- settings


def meeting_rules(session: Session) -> dict[str, str]:
    """The meeting rules in force: {MEETING_RULE_KEY: …, REMOTE_RULE_KEY: …}."""
    rules = dict(DEFAULT_RULES)
    for row in session.scalars(select(Setting).where(Setting.key.in_(list(DEFAULT_RULES)))):
        if row.value in RULES:
            rules[row.key] = row.value
    return rules


def set_meeting_rule(session: Session, key: str, value: str) -> None:
    if key not in DEFAULT_RULES or value not in RULES:
        problems = Problems()
        problems.error("rule", translate("Compliance", "Choose monthly or quarterly."))
        raise ValidationError(problems)
    row = session.get(Setting, key)
    before = {"value": row.value} if row else None
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    log_change(session, "setting", key, "update" if before else "create", before, {"value": value})


# ----------------------------------------------------------------------------- participation


def list_participation(session: Session) -> list[ParticipationRow]:
    """Every participation recorded, chapters in Vietnamese order, the latest first."""
    rows = session.execute(
        select(ModelParticipation, Chapter.name)
        .join(Chapter, Chapter.id == ModelParticipation.chapter_id)
        .where(Chapter.deleted_at.is_(None))
        .order_by(Chapter.sort_key, ModelParticipation.since.desc())
    ).all()
    return [
        ParticipationRow(p.id, p.chapter_id, name, p.since, p.until, p.pilot) for p, name in rows
    ]


def _overlapping(session: Session, chapter_id: str, since, until, skip: str | None = None):
    for row in session.scalars(
        select(ModelParticipation).where(ModelParticipation.chapter_id == chapter_id)
    ):
        if row.id == skip:
            continue
        if row.since <= (until or dt.date.max) and (row.until is None or row.until >= since):
            return row
    return None


def _parse_day(value, key: str, problems: Problems, required: bool) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if not clean(value):
        if required:
            problems.error(key, translate("Compliance", "The date is required."))
        return None
    try:
        parsed = PartialDate.parse(value)
    except DateFormatError:
        parsed = None
    if parsed is None or not parsed.is_full:
        problems.error(
            key, translate("Compliance", "Type the date as dd/mm/yyyy, for example 01/01/2026.")
        )
        return None
    return parsed.to_date()


def add_participation(
    session: Session, chapter_id: str, since: str | dt.date, pilot: bool = False
) -> str:
    """Record that a chapter takes part in the model from ``since``."""
    problems = Problems()
    chapter = session.get(Chapter, chapter_id) if chapter_id else None
    if chapter is None or chapter.deleted_at is not None:
        problems.error("chapter_id", translate("Compliance", "Choose a chapter from the list."))
    day = _parse_day(since, "since", problems, required=True)
    if not problems.errors and _overlapping(session, chapter_id, day, None):
        problems.error(
            "since",
            translate(
                "Compliance",
                "The chapter already takes part at that time. End its participation first.",
            ),
        )
    if problems.errors:
        raise ValidationError(problems)
    row = ModelParticipation(chapter_id=chapter_id, since=day, pilot=bool(pilot))
    session.add(row)
    session.flush()
    log_change(session, "model_participation", row.id, "create", None, snapshot(row))
    return row.id


def end_participation(session: Session, participation_id: str, until: str | dt.date) -> None:
    """The chapter stops taking part after ``until`` (its last day in the model)."""
    problems = Problems()
    row = session.get(ModelParticipation, participation_id)
    if row is None:
        problems.error("id", translate("Compliance", "This participation no longer exists."))
        raise ValidationError(problems)
    day = _parse_day(until, "until", problems, required=True)
    if day is not None and day < row.since:
        problems.error(
            "until", translate("Compliance", "The end cannot be before the participation began.")
        )
    if problems.errors:
        raise ValidationError(problems)
    before = snapshot(row)
    row.until = day
    log_change(session, "model_participation", row.id, "update", before, snapshot(row))


def _participants(session: Session, period: Period) -> dict[str, bool]:
    """Chapter id → pilot, for the chapters taking part at some time in the quarter."""
    taking: dict[str, bool] = {}
    for row in session.scalars(
        select(ModelParticipation).where(
            ModelParticipation.since <= period.end,
            ModelParticipation.until.is_(None) | (ModelParticipation.until >= period.start),
        )
    ):
        taking[row.chapter_id] = taking.get(row.chapter_id, False) or row.pilot
    return taking


# ----------------------------------------------------------------------------- overrides


def set_override(
    session: Session, chapter_id: str, period: str, three_have: bool, reason: str
) -> None:
    """The office decides the result of a chapter's quarter; the reason is required."""
    problems = Problems()
    try:
        code = quarter(period).code
    except ValidationError as error:
        problems.errors.update(error.problems.errors)
        code = ""
    chapter = session.get(Chapter, chapter_id) if chapter_id else None
    if chapter is None or chapter.deleted_at is not None:
        problems.error("chapter_id", translate("Compliance", "Choose a chapter from the list."))
    reason = clean(reason)
    if not reason:
        problems.error(
            "reason", translate("Compliance", "Say why the office overrides the result.")
        )
    if problems.errors:
        raise ValidationError(problems)
    row = session.scalars(
        select(ComplianceOverride).where(
            ComplianceOverride.chapter_id == chapter_id, ComplianceOverride.period == code
        )
    ).first()
    before = snapshot(row) if row else None
    if row is None:
        row = ComplianceOverride(chapter_id=chapter_id, period=code)
        session.add(row)
    row.three_have = bool(three_have)
    row.reason = reason
    session.flush()
    log_change(
        session,
        "compliance_override",
        row.id,
        "update" if before else "create",
        before,
        snapshot(row),
    )


def clear_override(session: Session, chapter_id: str, period: str) -> bool:
    """Go back to the computed result; the change log keeps the override that was removed."""
    code = quarter(period).code
    row = session.scalars(
        select(ComplianceOverride).where(
            ComplianceOverride.chapter_id == chapter_id, ComplianceOverride.period == code
        )
    ).first()
    if row is None:
        return False
    log_change(session, "compliance_override", row.id, "delete", snapshot(row), None)
    session.delete(row)
    return True


# ----------------------------------------------------------------------------- the criteria


def _day(stored: str, last: bool) -> dt.date | None:
    """An office date: a year alone means its first (start) or last (end) day."""
    try:
        value = PartialDate.parse(stored)
    except DateFormatError:
        return None
    if value is None:
        return None
    if value.is_full:
        return value.to_date()
    return dt.date(value.year, 12, 31) if last else dt.date(value.year, 1, 1)


def _terms(session: Session, chapter_ids: list[str], first: dt.date, last: dt.date):
    terms: dict[str, list[Term]] = defaultdict(list)
    rows = session.execute(
        select(Office, Person.full_name)
        .join(Person, Person.id == Office.person_id)
        .where(
            Office.chapter_id.in_(chapter_ids),
            Office.role.in_(CADRE_ROLES),
            Person.deleted_at.is_(None),
        )
    ).all()
    for office, name in rows:
        start, end = _day(office.start_date, False), _day(office.end_date, True)
        if (start is None or start <= last) and (end is None or end >= first):
            terms[office.chapter_id].append(Term(office.person_id, name, office.role, start, end))
    for items in terms.values():
        items.sort(key=lambda t: (t.start or dt.date.min, t.role != SECRETARY, t.person_name))
    return terms


def _judge_cadre(terms: list[Term], first: dt.date, last: dt.date) -> Criterion:
    """Covered from ``first`` to ``last`` by the union of the terms?"""
    if not terms:
        return Criterion(
            False, [translate("Compliance", "No secretary or deputy secretary in the quarter")]
        )
    covered_to = first - dt.timedelta(days=1)
    for term in sorted(terms, key=lambda t: t.start or dt.date.min):
        if covered_to >= last:
            break
        start = term.start or dt.date.min
        if start > covered_to + dt.timedelta(days=1):
            break
        covered_to = max(covered_to, term.end or dt.date.max)
    if covered_to >= last:
        return Criterion(True)
    if covered_to < first:
        begins = min(t.start for t in terms if t.start)
        text = translate("Compliance", "No secretary or deputy secretary before {date}")
        return Criterion(False, [text.format(date=_dmy(begins))])
    text = translate("Compliance", "No secretary or deputy secretary since {date}")
    return Criterion(False, [text.format(date=_dmy(covered_to))])


def _meetings(session: Session, chapter_ids: set[str], months: set[str], period: Period):
    """Chapter id → month → the meetings by which it met in that month (``chapter_months``)."""
    found: dict[str, dict[str, list[MeetingRef]]] = defaultdict(lambda: defaultdict(list))
    names = dict(session.execute(select(Chapter.id, Chapter.name)).all())
    for met in chapter_months.chapter_meetings(session, period.start, period.end, chapter_ids):
        if met.month in months:
            ref = MeetingRef(met.meeting_id, met.kind, met.date, names.get(met.host_id, ""))
            found[met.chapter_id][met.month].append(ref)
    return found


def _month_code(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _judge_activity(months: list[MonthActivity], rule: str) -> Criterion:
    if rule == QUARTERLY_RULE:
        if any(m.meetings for m in months) or not all(m.over for m in months):
            return Criterion(True)
        return Criterion(False, [translate("Compliance", "No meeting in the quarter")])
    missing = [m for m in months if m.over and not m.meetings]
    text = translate("Compliance", "No meeting in month {month}")
    return Criterion(not missing, [text.format(month=int(m.month[5:7])) for m in missing])


def _judge_work(works: list[WorkRef]) -> Criterion:
    if any(w.counts for w in works):
        return Criterion(True)
    if works:
        return Criterion(
            False,
            [translate("Compliance", "The quarter's youth works and tasks are only planned")],
        )
    return Criterion(False, [translate("Compliance", "No youth work or task in the quarter")])


def assess_period(
    session: Session,
    period: str | Period,
    today: dt.date | None = None,
    chapter_ids: list[str] | None = None,
) -> list[ChapterCompliance]:
    """The chapters taking part in the model during the quarter, in Vietnamese order, each
    with the three criteria, their evidence and reasons, and the override if any."""
    today = today or clock.today()
    period = period if isinstance(period, Period) else quarter(period)
    taking = _participants(session, period)
    if chapter_ids is not None:
        taking = {k: v for k, v in taking.items() if k in chapter_ids}
    chapters = list(
        session.scalars(
            select(Chapter)
            .where(Chapter.id.in_(list(taking)), Chapter.deleted_at.is_(None))
            .order_by(Chapter.sort_key)
        )
    )
    if not chapters:
        return []
    ids = [c.id for c in chapters]
    first, last = period.start, min(period.end, max(today, period.start))
    terms = _terms(session, ids, first, last)
    month_codes = [_month_code(d) for d in period.month_starts()]
    meetings = _meetings(session, set(ids), set(month_codes), period)
    works: dict[str, list[WorkRef]] = defaultdict(list)
    for row in works_in_period(session, period.start, period.end):
        ref = WorkRef(
            row.id,
            row.name,
            row.kind,
            row.state,
            row.start_date,
            row.end_date,
            row.state in COUNTING_WORK_STATES,
        )
        for chapter_id in row.chapter_ids:
            works[chapter_id].append(ref)
    overrides = {
        o.chapter_id: o
        for o in session.scalars(
            select(ComplianceOverride).where(
                ComplianceOverride.period == period.code,
                ComplianceOverride.chapter_id.in_(ids),
            )
        )
    }
    rules = meeting_rules(session)
    results = []
    for chapter in chapters:
        rule = rules[REMOTE_RULE_KEY] if chapter.remote else rules[MEETING_RULE_KEY]
        months = []
        for start, code in zip(period.month_starts(), month_codes, strict=True):
            following = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
            held = sorted(meetings[chapter.id][code], key=lambda m: m.date)
            months.append(MonthActivity(code, held, today >= following))
        chapter_works = sorted(works[chapter.id], key=lambda w: (w.start, w.name))
        cadre = _judge_cadre(terms[chapter.id], first, last)
        activity = _judge_activity(months, rule)
        work = _judge_work(chapter_works)
        result = ChapterCompliance(
            chapter_id=chapter.id,
            chapter=chapter.name,
            remote=chapter.remote,
            pilot=taking[chapter.id],
            period=period.code,
            complete=today > period.end,
            cadre=cadre,
            activity=activity,
            work=work,
            terms=terms[chapter.id],
            months=months,
            works=chapter_works,
            rule=rule,
            computed=cadre.met and activity.met and work.met,
        )
        override = overrides.get(chapter.id)
        if override is not None:
            result.override = override.three_have
            result.override_reason = override.reason
        results.append(result)
    return results


def three_have_count(results: list[ChapterCompliance]) -> int:
    return sum(1 for r in results if r.three_have)
