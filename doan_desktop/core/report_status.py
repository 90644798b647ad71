"""At a commune: what became of each period's report, from the receipts the superior office
sent back (core/receipt_import.py), and when each is due (its circulars).

A period's report is the latest one made for it (a correction replaces the report before it).
It was received when a receipt says a file of it was accepted — the very bytes this office
wrote; a copy refused later (altered on the way, sent twice) does not undo that. It was
returned when the receipts say only that files of it were refused: the latest refusal gives
the reason and what to do. A receipt about an older report of the period says nothing of the
current one, which then waits for its own.

The overview warns of a returned report, of a report sent at least RECEIPT_WAIT_DAYS ago
without a receipt (only once a key of the superior office is trusted here: before, no
receipt can be imported), and shows the next deadline and any passed one whose report was not
sent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from doan_desktop.core.indicator_lists import deadline_for, deadlines
from doan_desktop.core.messages import translate
from doan_desktop.core.periods import Period, PeriodError
from doan_desktop.core.receipt_import import is_ours
from doan_desktop.core.store.models import ImportedReceipt, Report
from doan_desktop.core.superior_trust import superior_key
from doan_desktop.exchange.bundle import TIME_FORMAT
from doan_desktop.exchange.receipt_file import ACCEPTED, ReceiptEntry

NONE, RECEIVED, RETURNED = "none", "accepted", "rejected"
RECEIPT_WAIT_DAYS = 7  # a file goes by USB stick or chat: a week before asking where it is
WAIT_AT_MOST_DAYS = 366  # reports older than a year are not chased any more
# Overview alert kinds; each opens the report page on its period.
REPORT_RETURNED, REPORT_UNANSWERED, REPORT_DUE, REPORT_OVERDUE = (
    "report_returned",
    "report_unanswered",
    "report_due",
    "report_overdue",
)


def _utc(stamp: str) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(stamp, TIME_FORMAT)
    except (TypeError, ValueError):
        return None


def local_day(moment: dt.datetime | None) -> dt.date | None:
    """A UTC time (naive) as the date where the office is."""
    if moment is None:
        return None
    return moment.replace(tzinfo=dt.UTC).astimezone().date()


@dataclass(frozen=True)
class PeriodState:
    period: str
    exported: bool  # a file of the period's report was written
    sequence: int | None  # of the period's latest report
    report_id: str
    sent_at: dt.datetime | None  # when that report was made (UTC)
    receipt: str  # NONE, RECEIVED or RETURNED
    received_at: dt.datetime | None  # when the superior office accepted or refused it (UTC)
    code: str  # the reason code of a return
    reason: str  # its reason in words
    next_step: str  # and what to do
    deadline: dt.date | None

    def sentence(self) -> str:
        """What the report page says of the period."""
        if self.receipt == RECEIVED:
            return translate("ReportStatus", "Received by the superior office on {date}").format(
                date=_day(self.received_at)
            )
        if self.receipt == RETURNED:
            return translate(
                "ReportStatus", "Returned: {reason} — send a corrected report again"
            ).format(reason=self.reason.rstrip(". ") or self.code)
        if self.exported:
            return translate("ReportStatus", "Sent on {date}").format(date=_day(self.sent_at))
        if self.sequence is not None:
            return translate("ReportStatus", "Reserved, file not written")
        return translate("ReportStatus", "Not sent yet")

    def deadline_sentence(self) -> str:
        if self.deadline is None:
            return ""
        return translate("ReportStatus", "Due on {date}").format(
            date=self.deadline.strftime("%d/%m/%Y")
        )


def _day(moment: dt.datetime | None) -> str:
    day = local_day(moment)
    return day.strftime("%d/%m/%Y") if day else "—"


def _entries(session: Session, period: Period) -> list[tuple[int, ReceiptEntry]]:
    """Every receipt entry about the period, with its receipt's number, oldest first."""
    found = []
    rows = session.execute(
        select(ImportedReceipt.sequence, ImportedReceipt.entries)
        .where(ImportedReceipt.period == period.code)
        .order_by(ImportedReceipt.sequence)
    )
    for sequence, entries in rows:
        for item in entries:
            try:
                found.append((sequence, ReceiptEntry(**item)))
            except TypeError:
                continue  # verified when imported; a row changed by hand is passed over
    return found


def period_state(session: Session, period: Period) -> PeriodState:
    latest = session.scalars(
        select(Report)
        .where(Report.period == period.code)
        .options(defer(Report.payload), defer(Report.roster))
        .order_by(Report.sequence.desc())
    ).first()
    deadline = deadline_for(session, period)
    if latest is None:
        return PeriodState(period.code, False, None, "", None, NONE, None, "", "", "", deadline)
    about = [
        (sequence, entry)
        for sequence, entry in _entries(session, period)
        if entry.report_id == latest.report_id and is_ours(entry, latest, period.code)
    ]
    accepted = [e for _s, e in about if e.outcome == ACCEPTED]
    receipt, received_at, code, reason, step = NONE, None, "", "", ""
    if accepted:
        receipt = RECEIVED
        received_at = min(_utc(e.received_at) or dt.datetime.max for e in accepted)
    elif about:
        _sequence, entry = max(about, key=lambda pair: (pair[0], pair[1].received_at))
        receipt, received_at = RETURNED, _utc(entry.received_at)
        code, reason, step = entry.code, entry.reason, entry.next_step
    return PeriodState(
        period.code,
        bool(latest.file_sha256),
        latest.sequence,
        latest.report_id,
        _utc(latest.created),
        receipt,
        received_at,
        code,
        reason,
        step,
        deadline,
    )


def _parse(code: str) -> Period | None:
    try:
        return Period.parse(code)
    except PeriodError:
        return None


def period_states(session: Session, periods: list[Period] | None = None) -> list[PeriodState]:
    """The state of each period asked, or of every period with a report or a deadline, the
    newest first."""
    if periods is None:
        codes = set(session.scalars(select(Report.period).distinct())) | set(deadlines(session))
        periods = [p for p in (_parse(c) for c in codes) if p is not None]
        periods.sort(key=lambda p: (p.end, p.months), reverse=True)
    return [period_state(session, period) for period in periods]


def report_alerts(session: Session, today: dt.date) -> list[tuple[str, str, str]]:
    """(kind, sentence, period code) for the overview: returned reports, reports without a
    receipt, the next deadline and passed ones."""
    states = period_states(session)
    found: list[tuple[str, str, str]] = []
    trusted = superior_key(session) is not None
    for state in states:
        if state.receipt == RETURNED:
            found.append(
                (
                    REPORT_RETURNED,
                    translate(
                        "ReportStatus",
                        "The superior office returned the report for {period} (No. {n}): "
                        "{reason} Send a corrected report.",
                    ).format(period=state.period, n=state.sequence, reason=state.reason),
                    state.period,
                )
            )
        sent = local_day(state.sent_at)
        if (
            trusted
            and state.exported
            and state.receipt == NONE
            and sent is not None
            and RECEIPT_WAIT_DAYS <= (today - sent).days <= WAIT_AT_MOST_DAYS
        ):
            found.append(
                (
                    REPORT_UNANSWERED,
                    translate(
                        "ReportStatus",
                        "No receipt yet for the report for {period} (No. {n}) sent on {date}: "
                        "ask the superior office whether it arrived.",
                    ).format(period=state.period, n=state.sequence, date=sent.strftime("%d/%m/%Y")),
                    state.period,
                )
            )
    waiting = [s for s in states if s.deadline is not None and not s.exported]
    for state in sorted(waiting, key=lambda s: s.deadline):
        if state.deadline < today:
            found.append(
                (
                    REPORT_OVERDUE,
                    translate(
                        "ReportStatus", "The report for {period} was due on {date} and is not sent"
                    ).format(period=state.period, date=state.deadline.strftime("%d/%m/%Y")),
                    state.period,
                )
            )
    upcoming = [s for s in waiting if s.deadline >= today]
    if upcoming:
        state = min(upcoming, key=lambda s: s.deadline)
        found.append(
            (
                REPORT_DUE,
                translate(
                    "ReportStatus", "The report for {period} is due on {date} ({days} days left)"
                ).format(
                    period=state.period,
                    date=state.deadline.strftime("%d/%m/%Y"),
                    days=(state.deadline - today).days,
                ),
                state.period,
            )
        )
    return found
