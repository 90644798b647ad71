"""The superior office's inbox: trusting communes' keys, receiving their signed report files.

Trust is pinned unit → key: a registration file is imported after the clerk compares its
fingerprint with the paper sheet. A unit already pinned takes a new key only as a rotation
signed by its pinned key (the old key then signs nothing new), or after its key was revoked.

A received file is checked by ``exchange.bundle.verify_report_file`` (ZIP, JSON, signature,
hashes, schema, fields), then against what this office already holds (DESIGN.md §5):
lower sequence than the commune's highest: rollback; same sequence and bytes: already received;
same sequence, other bytes: rejected and flagged; a second report for a period must be a
correction naming the report it replaces. Only then one transaction stores the file and its
values. A refused file is copied into ``inbox/rejected/`` and recorded, never imported.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from doan_desktop.core.changelog import log_change
from doan_desktop.core.messages import translate
from doan_desktop.core.store.db import Database
from doan_desktop.core.store.models import (
    ReceivedReport,
    ReceivedValue,
    RejectedFile,
    TrustedUnit,
    new_id,
    utcnow,
)
from doan_desktop.core.unit import get_unit
from doan_desktop.exchange import canonical
from doan_desktop.exchange.bundle import (
    MAX_FILE,
    Rejected,
    TrustedKey,
    VerifiedFile,
    verify_report_file,
)
from doan_desktop.exchange.files import FileWriteError, write_atomically
from doan_desktop.exchange.keys import Registration, RegistrationError, read_registration
from doan_desktop.exchange.minisign import MinisignError, PublicKey

ACCEPTED = "accepted"
ALREADY = "already"
REJECTED = "rejected"

REJECTED_FOLDER = ("inbox", "rejected")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_UNIT_CODE = re.compile(r"^[A-Za-z0-9._-]{1,50}$")


def _inbox_reasons() -> dict[str, str]:
    t = translate
    return {
        "FILE_UNREADABLE": t("Inbox", "The file cannot be read ({detail})."),
        "SEQUENCE_ROLLBACK": t(
            "Inbox",
            "The file's sequence number ({detail}) is lower than the latest accepted from this "
            "commune: an older file sent again, or a rollback.",
        ),
        "SEQUENCE_CONFLICT": t(
            "Inbox",
            "Another file with the same sequence number ({detail}) was already accepted from this "
            "commune, with other content. Ask the commune which one is genuine.",
        ),
        "REPORT_ID_REUSED": t(
            "Inbox", "The report identifier was already used by another accepted file ({detail})."
        ),
        "CORRECTION_UNLINKED": t(
            "Inbox",
            "A report for this period was already accepted (No. {detail}); a correction must "
            "name the report it replaces.",
        ),
        "SUPERSEDES_WRONG": t(
            "Inbox",
            "The correction names a report it cannot replace ({detail}): not this commune's "
            "current report for the period.",
        ),
    }


class InboxRejected(Exception):
    """A sequence rule refused the file (after the file itself verified)."""

    def __init__(self, code: str, detail: str = ""):
        self.code = code
        self.detail = detail
        super().__init__(_inbox_reasons()[code].format(detail=detail))


def reason_message(code: str, detail: str = "") -> str:
    """The sentence for a rejection code, whichever layer raised it."""
    if code in _inbox_reasons():
        return str(InboxRejected(code, detail))
    return str(Rejected(code, detail))


# ----------------------------------------------------------------------------- trust


class TrustError(Exception):
    """A registration refused; ``str()`` is a sentence for the clerk."""

    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(message)


@dataclass(frozen=True)
class TrustedKeyInfo:
    id: str
    unit_code: str
    unit_name: str
    key_id: str
    fingerprint: str
    trusted_at: dt.datetime
    revoked_at: dt.datetime | None
    replaced_by: str | None  # the key id of a rotation that replaced this key

    @property
    def state(self) -> str:
        if self.revoked_at is None:
            return "active"
        return "replaced" if self.replaced_by else "revoked"


@dataclass(frozen=True)
class TrustPlan:
    """What importing a registration would do (shown to the clerk before it is done)."""

    unit_code: str
    unit_name: str
    key_id: str
    fingerprint: str
    kind: str  # "new", "rotation" or "already" (this very key is pinned already)
    replaces: str | None = None  # the key id a rotation replaces


def _registration_previous_key(registration: bytes) -> str | None:
    try:
        document = canonical.loads_strict(registration)
    except canonical.JsonRejected:
        return None
    previous = document.get("previous_key_id") if isinstance(document, dict) else None
    return previous if isinstance(previous, str) else None


def list_trusted(session: Session) -> list[TrustedKeyInfo]:
    """Every pinned key, by unit code, newest key first within a unit."""
    rows = session.scalars(select(TrustedUnit)).all()
    replaced_by = {}
    for row in rows:
        previous = _registration_previous_key(row.registration)
        if previous:
            replaced_by[previous] = row.key_id
    infos = [
        TrustedKeyInfo(
            id=row.id,
            unit_code=row.unit_code,
            unit_name=row.unit_name,
            key_id=row.key_id,
            fingerprint=row.fingerprint,
            trusted_at=row.created_at,
            revoked_at=row.revoked_at,
            replaced_by=replaced_by.get(row.key_id) if row.revoked_at else None,
        )
        for row in rows
    ]
    infos.sort(key=lambda i: (i.unit_code, i.revoked_at is not None, -i.trusted_at.timestamp()))
    return infos


def _read(data: bytes) -> Registration:
    try:
        registration = read_registration(data)
    except RegistrationError as error:
        raise TrustError(
            "REGISTRATION_INVALID",
            translate(
                "Inbox",
                "This is not a valid key registration file, or it was altered ({detail}).",
            ).format(detail=error),
        ) from error
    if not isinstance(registration.unit_code, str) or not _UNIT_CODE.match(registration.unit_code):
        raise TrustError(
            "REGISTRATION_INVALID",
            translate("Inbox", "The registration names no valid unit code."),
        )
    if not isinstance(registration.unit_name, str) or not registration.unit_name.strip():
        raise TrustError(
            "REGISTRATION_INVALID", translate("Inbox", "The registration names no unit.")
        )
    return registration


def plan_trust(session: Session, data: bytes) -> TrustPlan:
    """Check a registration file against the keys pinned here; raise TrustError if refused."""
    registration = _read(data)
    key_id = registration.public.key_id_hex
    same_key = session.scalars(select(TrustedUnit).where(TrustedUnit.key_id == key_id)).first()
    plan = TrustPlan(
        registration.unit_code,
        registration.unit_name.strip(),
        key_id,
        registration.fingerprint,
        "new",
    )
    if same_key is not None:
        if same_key.public_key != registration.public.line():
            raise TrustError(
                "KEY_ID_CLASH",
                translate(
                    "Inbox",
                    "A different key with the same key id ({key}) is already trusted. "
                    "Ask the commune to make a new key.",
                ).format(key=key_id),
            )
        if same_key.unit_code != registration.unit_code:
            raise TrustError(
                "KEY_OTHER_UNIT",
                translate("Inbox", "This key is already trusted for another unit ({code}).").format(
                    code=same_key.unit_code
                ),
            )
        if same_key.revoked_at is not None:
            raise TrustError(
                "KEY_REVOKED",
                translate(
                    "Inbox",
                    "This key was revoked on {date}; a revoked key is never trusted again.",
                ).format(date=same_key.revoked_at.strftime("%d/%m/%Y")),
            )
        return replace(plan, kind="already")

    active = session.scalars(
        select(TrustedUnit).where(
            TrustedUnit.unit_code == registration.unit_code, TrustedUnit.revoked_at.is_(None)
        )
    ).all()
    if not active:
        return plan
    previous = registration.previous
    for pinned in active:
        if previous is not None and pinned.key_id == previous.key_id_hex:
            if pinned.public_key != previous.line():
                break
            return replace(plan, kind="rotation", replaces=pinned.key_id)
    raise TrustError(
        "UNIT_PINNED",
        translate(
            "Inbox",
            "{code} is already trusted with another key ({key}). A new key is accepted only "
            "as a rotation signed by that key; if the commune lost its key, revoke the old "
            "one first.",
        ).format(code=registration.unit_code, key=", ".join(p.key_id for p in active)),
    )


def trust_registration(session: Session, data: bytes, now: dt.datetime | None = None) -> TrustPlan:
    """Pin the registration's key (after the clerk confirmed the fingerprint)."""
    plan = plan_trust(session, data)
    if plan.kind == "already":
        return plan
    now = now or utcnow()
    registration = read_registration(data)
    if plan.replaces:
        old = session.scalars(select(TrustedUnit).where(TrustedUnit.key_id == plan.replaces)).one()
        old.revoked_at = now
        log_change(
            session,
            "trusted_key",
            old.id,
            "replace",
            {"revoked_at": None},
            {"revoked_at": now.isoformat(), "replaced_by": plan.key_id},
        )
    row = TrustedUnit(
        unit_code=plan.unit_code,
        unit_name=plan.unit_name,
        key_id=plan.key_id,
        public_key=registration.public.line(),
        fingerprint=plan.fingerprint,
        registration=data,
        created_at=now,
    )
    session.add(row)
    session.flush()
    log_change(
        session,
        "trusted_key",
        row.id,
        "create",
        None,
        {"unit_code": row.unit_code, "key_id": row.key_id, "fingerprint": row.fingerprint},
    )
    return plan


def revoke_key(session: Session, key_id: str, now: dt.datetime | None = None) -> TrustedKeyInfo:
    """Stop trusting a key: files it signs are refused from now on; accepted ones stay."""
    key_id = key_id.strip().upper()
    row = session.scalars(select(TrustedUnit).where(TrustedUnit.key_id == key_id)).first()
    if row is None:
        raise TrustError(
            "KEY_NOT_FOUND",
            translate("Inbox", "No trusted key has the id {key}.").format(key=key_id),
        )
    if row.revoked_at is not None:
        raise TrustError(
            "KEY_ALREADY_REVOKED",
            translate("Inbox", "The key {key} was already revoked on {date}.").format(
                key=key_id, date=row.revoked_at.strftime("%d/%m/%Y")
            ),
        )
    row.revoked_at = now or utcnow()
    log_change(
        session,
        "trusted_key",
        row.id,
        "revoke",
        {"revoked_at": None},
        {"revoked_at": row.revoked_at.isoformat()},
    )
    session.flush()
    return next(i for i in list_trusted(session) if i.key_id == key_id)


def _lookup(session: Session) -> Callable[[str], TrustedKey | None]:
    keys = {}
    for row in session.scalars(select(TrustedUnit)):
        try:
            public = PublicKey.from_line(row.public_key)
        except MinisignError:
            continue
        keys[row.key_id] = TrustedKey(row.unit_code, public, row.revoked_at is not None)
    return keys.get


# ----------------------------------------------------------------------------- receiving


@dataclass(frozen=True)
class Receipt:
    """What happened to one received file."""

    file_name: str
    outcome: str  # ACCEPTED, ALREADY or REJECTED
    code: str = ""  # the reason code of a rejection
    message: str = ""  # the sentence for the clerk
    issuer: str = ""
    period: str = ""
    sequence: int | None = None
    supersedes_sequence: int | None = None
    kept_as: str = ""  # where a rejected file was copied


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """The files to receive: each file named, and every .zip inside each folder named."""
    found: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.suffix.lower() == ".zip"
                    and p.is_file()
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            )
        else:
            found.append(path)
    return found


def _keep_aside(rejected_dir: Path, name: str, data: bytes, digest: str) -> str:
    """Copy a refused file into the rejected folder (once per content) and return its path."""
    rejected_dir.mkdir(parents=True, exist_ok=True)
    stem = _SAFE_NAME.sub("_", Path(name).name)[-120:] or "file"
    for earlier in rejected_dir.glob(f"{digest[:16]}_*"):
        if earlier.is_file() and earlier.read_bytes() == data:
            return str(earlier)
    target = rejected_dir / f"{digest[:16]}_{stem}"
    write_atomically(target, lambda temporary: temporary.write_bytes(data))
    return str(target)


@dataclass
class _Incoming:
    index: int
    name: str
    data: bytes | None
    digest: str
    verified: VerifiedFile | None = None
    receipt: Receipt | None = None


def _read_file(path: Path) -> tuple[bytes | None, str]:
    """The bytes, or None and why not. A file beyond any report's size is not read at all."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE:
            return None, "FILE_TOO_LARGE"
        with open(path, "rb") as handle:
            return handle.read(MAX_FILE + 1), ""
    except OSError as error:
        return None, error.strerror or str(error)


def receive_files(
    database: Database,
    data_dir: Path,
    paths: Iterable[Path],
    *,
    today: dt.date,
    now: dt.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Receipt]:
    """Receive files and folders; one Receipt per file, in the order given."""
    files = collect_files(paths)
    items: list[tuple[str, bytes | None, str]] = []
    for path in files:
        data, problem = _read_file(path)
        items.append((str(path), data, problem))
    return receive_items(
        database, data_dir, items, today=today, now=now, progress=progress, cancelled=cancelled
    )


def receive_items(
    database: Database,
    data_dir: Path,
    items: list[tuple[str, bytes | None, str]],
    *,
    today: dt.date,
    now: dt.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Receipt]:
    """``items`` are (name, bytes or None, why unreadable). Verification of every file comes
    first; the sequence rules then run in (commune, sequence) order, so that a folder whose
    files are listed out of order is still received whole."""
    rejected_dir = Path(data_dir).joinpath(*REJECTED_FOLDER)
    total = len(items)
    with database.session() as session:
        lookup = _lookup(session)
        unit = get_unit(session)
        received = set(session.scalars(select(ReceivedReport.file_sha256)))
    recipient = unit.code if unit else None
    codes = _indicator_codes()

    incoming: list[_Incoming] = []
    for index, (name, data, problem) in enumerate(items):
        if cancelled and cancelled():
            break
        digest = hashlib.sha256(data).hexdigest() if data is not None else ""
        item = _Incoming(index, name, data, digest)
        incoming.append(item)
        if data is None:
            code = "FILE_TOO_LARGE" if problem == "FILE_TOO_LARGE" else "FILE_UNREADABLE"
            item.receipt = Receipt(name, REJECTED, code, reason_message(code, problem))
        elif digest in received:
            # Identical bytes were verified when first accepted: no need to judge them again
            # (after a key rotation, the old key's files must not come back as "revoked").
            item.receipt = Receipt(
                name,
                ALREADY,
                message=translate("Inbox", "Already received: this very file was accepted before."),
            )
        else:
            try:
                item.verified = verify_report_file(
                    data, lookup, today=today, recipient=recipient, indicator_codes=codes
                )
            except Rejected as error:
                item.receipt = Receipt(name, REJECTED, error.code, str(error))
        if progress:
            progress(index + 1, 2 * total)

    pending = sorted(
        (i for i in incoming if i.receipt is None),
        key=lambda i: (i.verified.manifest["issuer"], i.verified.manifest["sequence"], i.index),
    )
    # One transaction for the files that passed verification: a file's report and values are
    # written only after every sequence rule passed, so a refused file leaves nothing; and one
    # commit (one fsync) for a province's 170 files rather than 170.
    if pending:
        with database.session() as session:
            for done, item in enumerate(pending, start=1):
                if cancelled and cancelled():
                    break
                item.receipt = _store(session, item, now or utcnow())
                if progress:
                    progress(total + done, 2 * total)

    receipts = []
    for item in incoming:
        if item.receipt is None:
            continue
        if item.receipt.outcome == REJECTED:
            item.receipt = _record_rejection(database, rejected_dir, item)
        receipts.append(item.receipt)
    if progress:
        progress(2 * total, 2 * total)
    return receipts


def _indicator_codes() -> list[str] | None:
    from doan_desktop.core.indicators import code_list

    return code_list().codes


def _store(session: Session, item: _Incoming, now: dt.datetime) -> Receipt:
    manifest = item.verified.manifest
    issuer, period, sequence = manifest["issuer"], manifest["period"], manifest["sequence"]
    base = {"file_name": item.name, "issuer": issuer, "period": period, "sequence": sequence}
    try:
        superseded = _apply_sequence_rules(session, item, now)
    except InboxRejected as error:
        return Receipt(outcome=REJECTED, code=error.code, message=str(error), **base)
    if superseded == "already":
        return Receipt(
            outcome=ALREADY,
            message=translate("Inbox", "Already received: this very file was accepted before."),
            **base,
        )
    message = translate("Inbox", "Accepted: {unit}, {period}, No. {sequence}.").format(
        unit=issuer, period=period, sequence=sequence
    )
    if superseded is not None:
        message += " " + translate("Inbox", "It replaces No. {old}.").format(old=superseded)
    return Receipt(
        outcome=ACCEPTED,
        message=message,
        supersedes_sequence=superseded if isinstance(superseded, int) else None,
        **base,
    )


def _apply_sequence_rules(session: Session, item: _Incoming, now: dt.datetime):
    """Store the file if the sequence rules allow it; the superseded sequence, or None, or
    "already". Raises InboxRejected."""
    manifest = item.verified.manifest
    issuer, period, sequence = manifest["issuer"], manifest["period"], manifest["sequence"]
    earlier = session.scalars(
        select(ReceivedReport)
        .where(ReceivedReport.issuer == issuer)
        .options(defer(ReceivedReport.content))
    ).all()
    for report in earlier:
        if report.sequence == sequence:
            if report.file_sha256 == item.digest:
                return "already"
            raise InboxRejected("SEQUENCE_CONFLICT", str(sequence))
    highest = max((r.sequence for r in earlier), default=0)
    if sequence < highest:
        raise InboxRejected("SEQUENCE_ROLLBACK", f"{sequence} < {highest}")
    reused = session.scalars(
        select(ReceivedReport).where(ReceivedReport.report_id == manifest["report_id"])
    ).first()
    if reused is not None:
        raise InboxRejected("REPORT_ID_REUSED", f"{reused.issuer} No. {reused.sequence}")

    current = next(
        (r for r in earlier if r.period == period and r.superseded_by is None),
        None,
    )
    supersedes = manifest["supersedes"]
    target = None
    if supersedes is None:
        if current is not None:
            raise InboxRejected("CORRECTION_UNLINKED", str(current.sequence))
    else:
        target = session.scalars(
            select(ReceivedReport).where(ReceivedReport.report_id == supersedes)
        ).first()
        if target is None and current is not None:
            raise InboxRejected("SUPERSEDES_WRONG", supersedes)
        if target is not None and target is not current:
            raise InboxRejected(
                "SUPERSEDES_WRONG", f"{target.issuer} {target.period} No. {target.sequence}"
            )
        # A correction naming a report that never reached this office stands on its own: the
        # report it names would now be refused as older.

    report = ReceivedReport(
        id=new_id(),
        issuer=issuer,
        period=period,
        sequence=sequence,
        report_id=manifest["report_id"],
        supersedes=supersedes,
        created=manifest["created"],
        file_sha256=item.digest,
        file_name=Path(item.name).name[-300:],
        content=item.data,
        received_at=now,
    )
    session.add(report)
    session.flush()
    values = item.verified.payload["values"]
    if values:
        # Straight to the driver: a report has dozens of values, and per-row parameter
        # processing in SQLAlchemy is most of what a province's batch would wait for.
        stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")  # SQLAlchemy's SQLite DateTime text
        session.connection().exec_driver_sql(
            f"INSERT INTO {ReceivedValue.__tablename__} (id, report_id, indicator, disagg, value, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    new_id(),
                    report.id,
                    value["indicator"],
                    value.get("disagg", ""),
                    str(value["value"]),
                    stamp,
                    stamp,
                )
                for value in values
            ],
        )
    log_change(
        session,
        "received_report",
        report.id,
        "create",
        None,
        {"issuer": issuer, "period": period, "sequence": sequence, "sha256": item.digest},
    )
    if target is not None:
        target.superseded_by = report.report_id
        log_change(
            session,
            "received_report",
            target.id,
            "supersede",
            {"superseded_by": None},
            {"superseded_by": report.report_id},
        )
        return target.sequence
    return None


def _record_rejection(database: Database, rejected_dir: Path, item: _Incoming) -> Receipt:
    receipt = item.receipt
    kept_as = ""
    if item.data is not None:
        try:
            kept_as = _keep_aside(rejected_dir, item.name, item.data, item.digest)
        except FileWriteError as error:
            receipt = replace(receipt, message=f"{receipt.message} ({error})")
    issuer = receipt.issuer or _claimed(item, "issuer")
    period = receipt.period or _claimed(item, "period")
    with database.session() as session:
        session.add(
            RejectedFile(
                file_name=Path(item.name).name[-300:],
                file_sha256=item.digest,
                code=receipt.code,
                message=receipt.message,
                kept_as=kept_as,
                issuer=issuer[:50],
                period=period[:7],
            )
        )
    return replace(receipt, kept_as=kept_as, issuer=issuer, period=period)


def _claimed(item: _Incoming, field: str) -> str:
    """What a verified manifest says, for the record of a file refused by a sequence rule."""
    if item.verified is not None:
        value = item.verified.manifest.get(field)
        return value if isinstance(value, str) else ""
    return ""


@dataclass(frozen=True)
class RejectedInfo:
    at: dt.datetime
    file_name: str
    code: str
    message: str
    kept_as: str
    issuer: str
    period: str


def list_rejected(session: Session, limit: int = 500) -> list[RejectedInfo]:
    rows = session.scalars(
        select(RejectedFile).order_by(RejectedFile.created_at.desc()).limit(limit)
    ).all()
    return [
        RejectedInfo(r.created_at, r.file_name, r.code, r.message, r.kept_as, r.issuer, r.period)
        for r in rows
    ]
