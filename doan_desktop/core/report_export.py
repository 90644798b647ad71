"""Sending a report upward: reserve its sequence and freeze its payload in one transaction,
then write the signed file (DESIGN.md §5) and read it back before saying it is done.

A frozen report is written again byte for byte: the payload, the roster, the created time,
the recipient, the program version and the key are all kept with it (Ed25519 signatures are
deterministic). So a crash after the reservation loses nothing: no file is under the final
name (temporary file, fsync, rename), the reservation stays, and the next export of the
period writes that same report. Changed values go out as a correction: a higher sequence that
names the report it supersedes.

After a key rotation, a report frozen under the old key is not written again with it (its key
file may be lost, its passphrase forgotten, the superior may have revoked it): the same figures
are signed with the current key as a new report with the next sequence, superseding the frozen
one, which the superior accepts once it has trusted the current key.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from doan_desktop import __version__
from doan_desktop.core import clock, reporting, signing
from doan_desktop.core.changelog import log_change
from doan_desktop.core.indicator_lists import list_for_period
from doan_desktop.core.messages import translate
from doan_desktop.core.periods import Period
from doan_desktop.core.store.db import Database
from doan_desktop.core.store.models import Chapter, Person, Report, SigningKey
from doan_desktop.core.unit import get_unit
from doan_desktop.core.vocab import CURRENT_STATUSES
from doan_desktop.documents.output import write_file_atomically
from doan_desktop.exchange import bundle
from doan_desktop.exchange.minisign import PublicKey


class ExportError(Exception):
    """The export did not happen (or its file was not good): one sentence for the clerk."""


class ReportBlocked(ExportError):
    def __init__(self, report: reporting.PeriodReport):
        self.report = report
        lines = "\n".join(f"- {m.text}" for m in report.errors)
        super().__init__(
            translate(
                "Reporting", "The report cannot be sent until these errors are fixed:\n{lines}"
            ).format(lines=lines)
        )


@dataclass(frozen=True)
class ReportRow:
    sequence: int
    period: str
    report_id: str
    supersedes: str | None
    superseded: bool
    created: str
    key_id: str
    file_name: str
    file_sha256: str  # empty while reserved but not yet written


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str
    sequence: int
    period: str
    report_id: str
    supersedes: str | None
    reused: bool  # an already frozen report written again
    resigned: int | None = None  # the sequence of a report frozen under a retired key, sent again
    old_key_id: str = ""  # that report's key

    def explanation(self) -> str:
        """What happened beyond writing the file, for the clerk; empty if nothing."""
        if self.resigned is None:
            return ""
        return translate(
            "Reporting",
            "Report no. {old} for {period} was signed with key {key}, which this office no "
            "longer uses: it is sent again with the same figures as report no. {n}, signed with "
            "the current key, replacing no. {old}. The superior office accepts it once it has "
            "trusted the current key (send it the new key registration if not done yet).",
        ).format(old=self.resigned, period=self.period, key=self.old_key_id, n=self.sequence)


def file_name(unit_code: str, period: str, sequence: int) -> str:
    return f"BC_{unit_code}_{period}_{sequence}.zip"


def _row(report: Report, superseded: set[str]) -> ReportRow:
    return ReportRow(
        report.sequence,
        report.period,
        report.report_id,
        report.supersedes,
        report.report_id in superseded,
        report.created,
        report.key_id,
        report.file_name,
        report.file_sha256,
    )


def list_reports(session: Session, period: Period | None = None) -> list[ReportRow]:
    """Reports reserved or sent, newest first."""
    reports = list(session.scalars(select(Report).order_by(Report.sequence.desc())))
    superseded = {r.supersedes for r in reports if r.supersedes}
    rows = [_row(r, superseded) for r in reports]
    return [r for r in rows if period is None or r.period == period.code]


def latest_report(session: Session, period: Period) -> Report | None:
    return session.scalars(
        select(Report).where(Report.period == period.code).order_by(Report.sequence.desc())
    ).first()


def next_sequence(session: Session) -> int:
    return (session.scalar(select(func.max(Report.sequence))) or 0) + 1


def roster_rows(session: Session) -> list[dict]:
    """The roster.json rows: who is counted, without citizen IDs or phone numbers."""
    rows = session.execute(
        select(
            Person.full_name,
            Person.gender,
            Person.birth_date,
            Person.ethnicity,
            func.coalesce(Chapter.name, ""),
            Person.is_member,
            Person.member_since,
            Person.status,
        )
        .outerjoin(Chapter, Chapter.id == Person.chapter_id)
        .where(Person.deleted_at.is_(None), Person.status.in_(CURRENT_STATUSES))
        .order_by(Person.sort_key, Person.id)
    )
    keys = (
        "full_name",
        "gender",
        "birth_date",
        "ethnicity",
        "chapter",
        "member",
        "member_since",
        "status",
    )
    return [dict(zip(keys, row, strict=True)) for row in rows]


def reserve(
    session: Session,
    period: Period,
    key_id: str,
    *,
    correction: bool = False,
    with_roster: bool = False,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
    app_version: str = __version__,
) -> tuple[Report, bool]:
    """The report to write for ``period`` and whether it was already frozen.

    Without ``correction`` a period already reported is written again as frozen (a report
    frozen under another key than ``key_id`` is re-signed: see ``_resign``); with it, a new
    report with the next sequence supersedes the latest one. Validation errors block a new
    report (ReportBlocked)."""
    today = today or clock.today()
    existing = latest_report(session, period)
    if existing is not None and not correction:
        if with_roster and existing.roster is None:
            raise ExportError(
                translate(
                    "Reporting",
                    "Report no. {n} for {period} was sent without the roster. To add it, "
                    "send a correction.",
                ).format(n=existing.sequence, period=period.code)
            )
        if existing.key_id != key_id:
            return _resign(session, existing, key_id, now, app_version), False
        return existing, True
    if correction and existing is None:
        raise ExportError(
            translate(
                "Reporting", "No report was sent for {period} yet: there is nothing to correct."
            ).format(period=period.code)
        )
    unit = get_unit(session)
    if unit is None:
        raise ExportError(translate("Reporting", "Set up the unit first."))
    values = reporting.build_report(session, period, today)
    if values.errors:
        raise ReportBlocked(values)
    sequence = next_sequence(session)
    report_id = str(uuid.uuid4())
    payload = {
        "schema": values.codes.schema,
        "schema_version": values.codes.version,
        "issuer": unit.code,
        "period": period.code,
        "sequence": sequence,
        "report_id": report_id,
        "values": reporting.payload_values(values),
        "notes": reporting.payload_notes(values),
    }
    created = (now or clock.utc_now()).strftime("%Y-%m-%dT%H:%M:%SZ")
    report = Report(
        period=period.code,
        sequence=sequence,
        report_id=report_id,
        supersedes=existing.report_id if existing is not None else None,
        created=created,
        key_id=key_id,
        recipient=unit.superior_code,
        app_version=app_version,
        payload=payload,
        roster=roster_rows(session) if with_roster else None,
    )
    session.add(report)
    session.flush()
    log_change(
        session,
        "report",
        report.id,
        "create",
        None,
        {"period": period.code, "sequence": sequence, "report_id": report_id},
    )
    return report, False


def _resign(
    session: Session, frozen: Report, key_id: str, now: dt.datetime | None, app_version: str
) -> Report:
    """The frozen report's figures (payload, roster, recipient) as a new report with the next
    sequence, to be signed with ``key_id``, superseding it."""
    sequence = next_sequence(session)
    report_id = str(uuid.uuid4())
    payload = copy.deepcopy(frozen.payload)
    payload["sequence"] = sequence
    payload["report_id"] = report_id
    report = Report(
        period=frozen.period,
        sequence=sequence,
        report_id=report_id,
        supersedes=frozen.report_id,
        created=(now or clock.utc_now()).strftime("%Y-%m-%dT%H:%M:%SZ"),
        key_id=key_id,
        recipient=frozen.recipient,
        app_version=app_version,
        payload=payload,
        roster=copy.deepcopy(frozen.roster),
    )
    session.add(report)
    session.flush()
    log_change(
        session,
        "report",
        report.id,
        "create",
        None,
        {
            "period": frozen.period,
            "sequence": sequence,
            "report_id": report_id,
            "resigns": frozen.sequence,
            "old_key_id": frozen.key_id,
        },
    )
    return report


def report_bytes(report: Report, pair, private) -> bytes:
    """The signed file of a frozen report: the same report always gives the same bytes."""
    return bundle.write_report_file(
        payload=report.payload,
        roster=report.roster,
        issuer=report.payload["issuer"],
        recipient=report.recipient,
        period=report.period,
        sequence=report.sequence,
        report_id=report.report_id,
        supersedes=report.supersedes,
        created=dt.datetime.strptime(report.created, "%Y-%m-%dT%H:%M:%SZ"),
        app_version=report.app_version,
        key_id=pair.key_id,
        private=private,
    )


def _own_keys(session: Session, unit_code: str):
    found = {
        row.key_id: bundle.TrustedKey(unit_code, PublicKey.from_line(row.public_key))
        for row in session.scalars(select(SigningKey))
    }
    return found.get


def export_report(
    database: Database,
    period: Period,
    target: Path,
    passphrase: str,
    *,
    correction: bool = False,
    with_roster: bool = False,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> ExportResult:
    """Reserve (or reuse), write atomically, read back and verify. Raises WrongPassphrase
    (nothing reserved, nothing written), NoKey, ReportBlocked, ExportError or OSError."""
    today = today or clock.today()
    target = Path(target)
    if target.is_dir():
        raise ExportError(
            translate("Reporting", "Cannot write {path}: it is a folder.").format(path=target)
        )
    if not target.parent.is_dir():
        raise ExportError(
            translate("Reporting", "Cannot write {path}: the folder does not exist.").format(
                path=target
            )
        )
    # The passphrase is checked before anything is reserved: a wrong one changes nothing. Only
    # the current key signs: a report frozen under a retired key is re-signed (see reserve).
    with database.session() as session:
        existing = latest_report(session, period)
        frozen = (existing.sequence, existing.key_id) if existing is not None else None
        signing.unlock_key(session, passphrase)
        current = signing.current_key(session)
        if current is None:
            raise signing.NoKey()
    with database.session() as session:
        report, reused = reserve(
            session,
            period,
            current.key_id,
            correction=correction,
            with_roster=with_roster,
            today=today,
            now=now,
        )
        report_key = report.key_id
    with database.session() as session:
        report = session.get_one(Report, report.id)
        pair, private = signing.unlock_key(session, passphrase, report_key)
        data = report_bytes(report, pair, private)
        unit_code = report.payload["issuer"]
        lookup = _own_keys(session, unit_code)
        recipient = report.recipient
        codes = list_for_period(session, period).codes
    write_file_atomically(target, data)
    written = target.read_bytes()
    try:
        if written != data:
            raise bundle.Rejected("ZIP_ALTERED")
        bundle.verify_report_file(
            written, lookup, today=today, recipient=recipient, indicator_codes=codes
        )
    except bundle.Rejected as error:
        target.unlink(missing_ok=True)
        raise ExportError(
            translate(
                "Reporting", "The written file did not verify ({reason}); it was removed."
            ).format(reason=error)
        ) from error
    sha256 = hashlib.sha256(written).hexdigest()
    with database.session() as session:
        stored = session.get_one(Report, report.id)
        stored.file_sha256 = sha256
        stored.file_name = target.name
        # Not a correction, and not the frozen report reused: the frozen one re-signed.
        resigned = frozen if frozen is not None and not correction and not reused else None
        result = ExportResult(
            target,
            sha256,
            stored.sequence,
            stored.period,
            stored.report_id,
            stored.supersedes,
            reused,
            resigned[0] if resigned else None,
            resigned[1] if resigned else "",
        )
    return result
