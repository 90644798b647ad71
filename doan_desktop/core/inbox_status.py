"""Who reported for a period, at the superior office: on time, late, missing, and which reports
a correction superseded.

On time means the commune's first accepted report for the period arrived no later than the
deadline: the date this office published for the period in a circular (core/circulars.py), or
else a number of days after the period ends, a setting stored with the data (the province sets
it; 20 days by default).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from doan_desktop.core.indicator_lists import deadline_for
from doan_desktop.core.messages import translate
from doan_desktop.core.periods import Period, PeriodError
from doan_desktop.core.store.models import ReceivedReport, RejectedFile, Setting, TrustedUnit

DEADLINE_SETTING = "inbox.deadline_days"
DEFAULT_DEADLINE_DAYS = 20
MAX_DEADLINE_DAYS = 180

ON_TIME = "on_time"
LATE = "late"
MISSING = "missing"
CURRENT = "current"
SUPERSEDED = "superseded"


class DeadlineError(ValueError):
    pass


def deadline_days(session: Session) -> int:
    row = session.get(Setting, DEADLINE_SETTING)
    try:
        days = int(row.value) if row else DEFAULT_DEADLINE_DAYS
    except ValueError:
        return DEFAULT_DEADLINE_DAYS
    return days if 0 <= days <= MAX_DEADLINE_DAYS else DEFAULT_DEADLINE_DAYS


def set_deadline_days(session: Session, days: int) -> int:
    if not isinstance(days, int) or not 0 <= days <= MAX_DEADLINE_DAYS:
        raise DeadlineError(
            translate("Inbox", "The deadline must be between 0 and {most} days.").format(
                most=MAX_DEADLINE_DAYS
            )
        )
    row = session.get(Setting, DEADLINE_SETTING)
    if row is None:
        session.add(Setting(key=DEADLINE_SETTING, value=str(days)))
    else:
        row.value = str(days)
    session.flush()
    return days


def deadline_of(period: Period, days: int) -> dt.date:
    return period.end + dt.timedelta(days=days)


def local_date(utc: dt.datetime) -> dt.date:
    """Stored times are UTC without a zone; the deadline is a date where the office is."""
    return utc.replace(tzinfo=dt.UTC).astimezone().date()


def parse_period(text: str) -> Period:
    try:
        return Period.parse(text)
    except PeriodError as error:
        raise PeriodError(
            translate("Inbox", "'{text}' is not a period: write 2026Q4, 2026S1 or 2026.").format(
                text=text
            )
        ) from error


@dataclass(frozen=True)
class ReportRef:
    report_id: str
    sequence: int
    received_at: dt.datetime
    created: str
    file_name: str
    state: str  # CURRENT or SUPERSEDED
    superseded_by: str | None
    supersedes: str | None


@dataclass(frozen=True)
class RejectionRef:
    """The latest file refused from a commune for the period, still unanswered."""

    at: dt.datetime
    code: str
    message: str  # the reason and the next step, as said when it was refused
    file_name: str


# Refusals that leave nothing to do: an older copy of a report held (the newer counts), and a
# same-number conflict (counted apart as ``flagged``).
_QUIET_REFUSALS = ("SEQUENCE_ROLLBACK", "SEQUENCE_CONFLICT")


@dataclass(frozen=True)
class CommuneStatus:
    unit_code: str
    unit_name: str
    state: str  # ON_TIME, LATE or MISSING
    overdue: bool  # missing after the deadline
    reports: tuple[ReportRef, ...]  # newest first
    flagged: int  # files refused as a second, different report under the same sequence
    # The latest file refused for the period after the last accepted one (why a commune
    # looks missing, or why its correction did not count).
    rejection: RejectionRef | None = None

    @property
    def current(self) -> ReportRef | None:
        return next((r for r in self.reports if r.state == CURRENT), None)

    @property
    def superseded(self) -> tuple[ReportRef, ...]:
        return tuple(r for r in self.reports if r.state == SUPERSEDED)

    @property
    def first_received(self) -> dt.datetime | None:
        return min((r.received_at for r in self.reports), default=None)


@dataclass(frozen=True)
class PeriodStatus:
    period: str
    deadline: dt.date
    communes: tuple[CommuneStatus, ...]

    def count(self, state: str) -> int:
        return sum(1 for c in self.communes if c.state == state)

    @property
    def received(self) -> int:
        return sum(1 for c in self.communes if c.state != MISSING)


def communes(session: Session) -> dict[str, str]:
    """Unit code → name of every commune with a key not revoked (a retired key still names
    its commune: the commune lost it or rotated to a newer one)."""
    names: dict[str, tuple[bool, dt.datetime, str]] = {}
    for row in session.scalars(select(TrustedUnit)):
        rank = (row.revoked_at is None, row.created_at, row.unit_name)
        if row.unit_code not in names or rank > names[row.unit_code]:
            names[row.unit_code] = rank
    active = {
        code
        for code in session.scalars(
            select(TrustedUnit.unit_code).where(TrustedUnit.revoked_at.is_(None))
        )
    }
    return {code: rank[2] for code, rank in names.items() if code in active}


def period_status(session: Session, period: Period, today: dt.date) -> PeriodStatus:
    # A deadline this office published in a circular wins over the days-after-the-end rule.
    deadline = deadline_for(session, period) or deadline_of(period, deadline_days(session))
    reports = session.scalars(
        select(ReceivedReport)
        .where(ReceivedReport.period == period.code)
        .options(defer(ReceivedReport.content))
    ).all()
    by_unit: dict[str, list[ReceivedReport]] = {}
    for report in reports:
        by_unit.setdefault(report.issuer, []).append(report)
    flagged: dict[str, int] = {}
    for issuer in session.scalars(
        select(RejectedFile.issuer).where(
            RejectedFile.period == period.code, RejectedFile.code == "SEQUENCE_CONFLICT"
        )
    ):
        flagged[issuer] = flagged.get(issuer, 0) + 1
    refused = _latest_refusals(session, period)

    names = communes(session)
    for code in by_unit:
        names.setdefault(code, _name_of(session, code))
    rows = []
    for code, name in names.items():
        refs = tuple(
            ReportRef(
                report_id=r.report_id,
                sequence=r.sequence,
                received_at=r.received_at,
                created=r.created,
                file_name=r.file_name,
                state=SUPERSEDED if r.superseded_by else CURRENT,
                superseded_by=r.superseded_by,
                supersedes=r.supersedes,
            )
            for r in sorted(by_unit.get(code, []), key=lambda r: -r.sequence)
        )
        if refs:
            first = min(r.received_at for r in refs)
            state = ON_TIME if local_date(first) <= deadline else LATE
        else:
            state = MISSING
        rejection = refused.get(code)
        if rejection is not None and refs and rejection.at <= max(r.received_at for r in refs):
            rejection = None  # answered by a report accepted since
        rows.append(
            CommuneStatus(
                unit_code=code,
                unit_name=name,
                state=state,
                overdue=state == MISSING and today > deadline,
                reports=refs,
                flagged=flagged.get(code, 0),
                rejection=rejection,
            )
        )
    rows.sort(key=lambda c: c.unit_code)
    return PeriodStatus(period.code, deadline, tuple(rows))


def _latest_refusals(session: Session, period: Period) -> dict[str, RejectionRef]:
    latest: dict[str, RejectionRef] = {}
    rows = session.scalars(
        select(RejectedFile)
        .where(RejectedFile.period == period.code, RejectedFile.code.not_in(_QUIET_REFUSALS))
        .order_by(RejectedFile.created_at)
    )
    for row in rows:
        latest[row.issuer] = RejectionRef(row.created_at, row.code, row.message, row.file_name)
    return latest


def _name_of(session: Session, code: str) -> str:
    row = session.scalars(
        select(TrustedUnit)
        .where(TrustedUnit.unit_code == code)
        .order_by(TrustedUnit.created_at.desc())
    ).first()
    return row.unit_name if row else code


def known_periods(session: Session) -> list[str]:
    """Periods any accepted report covers, newest first."""
    codes = set(session.scalars(select(ReceivedReport.period).distinct()))
    periods = []
    for code in codes:
        try:
            periods.append(Period.parse(code))
        except PeriodError:
            continue
    return [p.code for p in sorted(periods, key=lambda p: (p.end, p.months), reverse=True)]


def state_label(state: str, overdue: bool = False) -> str:
    if state == ON_TIME:
        return translate("Inbox", "On time")
    if state == LATE:
        return translate("Inbox", "Late")
    if state == MISSING and overdue:
        return translate("Inbox", "Missing")
    if state == MISSING:
        return translate("Inbox", "Not received yet")
    if state == SUPERSEDED:
        return translate("Inbox", "Superseded")
    return state
