"""At a superior office: signed receipts telling each commune what became of the report files
it sent (exchange/receipt_file.py).

Every file the inbox accepted, and every file it refused that names a commune and a report,
is answered once: ``write_receipts`` puts the files of a period not answered yet into one
receipt per commune, numbered per commune, signed with this office's key. The receipts are
recorded and their files written in one transaction: if a file cannot be written, nothing is
recorded and the files already written by that run are removed, so the next run answers the
same files again under the same numbers.

A refused file is answered with what its manifest says it is: signed (its signature verified)
or only claimed (a file signed by a key not trusted yet, or altered). The commune recognises
its own reports by their id and sequence; a claim about a report it never made tells it that
someone sent a file in its name. A file that names no commune or report (not a ZIP, damaged)
cannot be answered: the clerk is told, and it stays in ``inbox/rejected/``.

The reason travels in words, in this office's language, and with it what the *commune* should
do (``commune_next_step``), not what this office's clerk asks of it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, defer

from doan_desktop import __version__
from doan_desktop.core import clock, signing
from doan_desktop.core.changelog import log_change
from doan_desktop.core.inbox import next_step
from doan_desktop.core.messages import translate
from doan_desktop.core.periods import Period
from doan_desktop.core.store.db import Database
from doan_desktop.core.store.models import (
    IssuedReceipt,
    IssuedReceiptItem,
    ReceivedReport,
    RejectedFile,
)
from doan_desktop.core.unit import get_unit
from doan_desktop.exchange.bundle import MAX_FILE, TIME_FORMAT, read_claims
from doan_desktop.exchange.files import FileWriteError, write_atomically
from doan_desktop.exchange.receipt_file import (
    ACCEPTED,
    REJECTED,
    ReceiptEntry,
    file_name,
    write_receipt_file,
)

REPORT_ITEM, REJECTED_ITEM = "report", "rejected"


class ReceiptError(Exception):
    """Receipts were not written: one sentence for the clerk."""


def commune_next_step(code: str) -> str:
    """What the commune should do about its file refused for ``code``, said to the commune."""
    send_again = translate(
        "Receipts",
        "Export the report again and send the file exactly as the program wrote it, without "
        "opening, renaming inside or repacking it.",
    )
    altered = translate(
        "Receipts",
        "Send the file again exactly as the program wrote it; if it is refused the same way, "
        "send it by another way (it may have been changed on the way).",
    )
    version = translate(
        "Receipts",
        "Ask the superior office which version of the program it uses; once both offices use "
        "the same version, send the report again.",
    )
    correction = translate("Receipts", "Send a correction (report export --correction).")
    steps = {
        "NOT_ZIP": translate(
            "Receipts",
            "Send the report file the program wrote (BC_….zip), not another document.",
        ),
        "ZIP_ENCRYPTED": translate(
            "Receipts", "Send the file the program wrote, without putting a password on it."
        ),
        "WRONG_KIND": translate(
            "Receipts", "Send the report file (BC_….zip), not a receipt or a circular."
        ),
        "KEY_UNKNOWN": translate(
            "Receipts",
            "Send the superior office this office's key registration file and its signed "
            "fingerprint sheet (Settings › Signing key), then send the report again once the "
            "superior office trusts the key.",
        ),
        "KEY_REVOKED": translate(
            "Receipts",
            "Replace the signing key (Settings › Signing key), send the new registration with "
            "its paper sheet, and send the report again once the new key is registered.",
        ),
        "KEY_RETIRED": translate(
            "Receipts",
            "Export the report again (it is signed with the current key) and send the new key "
            "registration if the superior office has not trusted it yet.",
        ),
        "KEY_WRONG_UNIT": translate(
            "Receipts", "Send only this office's own reports, signed with its own key."
        ),
        "SCHEMA_INVALID": version,
        "INDICATOR_UNKNOWN": version,
        "PERIOD_INVALID": version,
        "PERIOD_FUTURE": translate(
            "Receipts",
            "Check this computer's date and the period of the report, then send it again.",
        ),
        "WRONG_RECIPIENT": translate(
            "Receipts",
            "Set the superior office correctly in Settings, then send a correction (report "
            "export --correction).",
        ),
        "SEQUENCE_ROLLBACK": translate(
            "Receipts",
            "Nothing is lost: the newer report the superior office holds counts. If the "
            "figures changed since, send a correction (report export --correction).",
        ),
        "SEQUENCE_CONFLICT": translate(
            "Receipts",
            "Tell the superior office which file is genuine; if this office's data were "
            "restored from a backup, send a correction (report export --correction).",
        ),
        "REPORT_ID_REUSED": correction,
        "CORRECTION_UNLINKED": translate(
            "Receipts",
            "If the figures changed, send a correction (report export --correction), which "
            "names the report it replaces.",
        ),
        "SUPERSEDES_WRONG": translate(
            "Receipts",
            "Send a correction of the latest report for the period (report export --correction).",
        ),
    }
    damaged = ("ZIP_PATH", "ZIP_DUPLICATE", "ZIP_MISSING", "ZIP_EXTRA", "ZIP_OVERSIZE")
    steps.update(dict.fromkeys((*damaged, "ZIP_BOMB", "ZIP_CORRUPT", "FILE_TOO_LARGE"), send_again))
    edited = ("SIGNATURE_MALFORMED", "SIGNATURE_INVALID", "COMMENT_MISMATCH", "HASH_MISMATCH")
    edited += ("ZIP_ALTERED", "FIELDS_DISAGREE", "JSON_INVALID", "JSON_NOT_CANONICAL")
    steps.update(dict.fromkeys((*edited, "JSON_DUPLICATE_KEY", "JSON_NAN"), altered))
    steps.update(dict.fromkeys(("JSON_FLOAT", "JSON_BIG_INTEGER"), altered))
    return steps.get(code, translate("Receipts", "Send the report file again."))


@dataclass(frozen=True)
class Unanswerable:
    """A refused file of the period that no receipt can answer: it names no commune or
    report."""

    file_name: str
    code: str
    kept_as: str


@dataclass(frozen=True)
class PendingItem:
    item_kind: str  # REPORT_ITEM or REJECTED_ITEM
    item_id: str
    entry: ReceiptEntry


@dataclass(frozen=True)
class WrittenReceipt:
    recipient: str
    period: str
    sequence: int
    path: Path
    accepted: int
    rejected: int


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime(TIME_FORMAT)


def _answered(session: Session, kind: str) -> set[str]:
    return set(
        session.scalars(
            select(IssuedReceiptItem.item_id).where(IssuedReceiptItem.item_kind == kind)
        )
    )


def _claims(row: RejectedFile) -> dict:
    """What the refused file says it is: recorded when it was refused, or (a file refused by
    an older version) read again from the copy kept aside."""
    if row.claims:
        return row.claims
    if not row.kept_as:
        return {}
    try:
        path = Path(row.kept_as)
        if path.stat().st_size > MAX_FILE:
            return {}
        data = path.read_bytes()
    except OSError:
        return {}
    if hashlib.sha256(data).hexdigest() != row.file_sha256:
        return {}
    return read_claims(data)


def _reason(row: RejectedFile, claims: dict) -> str:
    if claims.get("reason"):
        return claims["reason"]
    cut = row.message.find(" " + next_step(row.code))
    return row.message[:cut] if cut > 0 else row.message


def pending_receipts(
    session: Session, period: Period
) -> tuple[dict[str, list[PendingItem]], list[Unanswerable]]:
    """The files of ``period`` no receipt has answered yet, by commune, and the refused files
    of the period that cannot be answered."""
    by_commune: dict[str, list[PendingItem]] = {}
    answered = _answered(session, REPORT_ITEM)
    reports = session.scalars(
        select(ReceivedReport)
        .where(ReceivedReport.period == period.code)
        .options(defer(ReceivedReport.content))
        .order_by(ReceivedReport.received_at, ReceivedReport.sequence)
    )
    for report in reports:
        if report.id in answered:
            continue
        entry = ReceiptEntry(
            report_id=report.report_id,
            sequence=report.sequence,
            file_sha256=report.file_sha256,
            file_name=report.file_name,
            outcome=ACCEPTED,
            received_at=_stamp(report.received_at),
        )
        by_commune.setdefault(report.issuer, []).append(PendingItem(REPORT_ITEM, report.id, entry))

    answered = _answered(session, REJECTED_ITEM)
    unanswerable = []
    rows = session.scalars(select(RejectedFile).order_by(RejectedFile.created_at))
    for row in rows:
        if row.id in answered or not row.file_sha256:
            continue
        claims = _claims(row)
        if (row.period or claims.get("period")) != period.code:
            continue
        issuer = row.issuer or claims.get("issuer") or ""
        report_id, sequence = claims.get("report_id"), claims.get("sequence")
        if not issuer or not isinstance(report_id, str) or not isinstance(sequence, int):
            unanswerable.append(Unanswerable(row.file_name, row.code, row.kept_as))
            continue
        entry = ReceiptEntry(
            report_id=report_id,
            sequence=sequence,
            file_sha256=row.file_sha256,
            file_name=row.file_name,
            outcome=REJECTED,
            code=row.code,
            reason=_reason(row, claims),
            next_step=commune_next_step(row.code),
            received_at=_stamp(row.created_at),
        )
        by_commune.setdefault(issuer, []).append(PendingItem(REJECTED_ITEM, row.id, entry))
    for items in by_commune.values():
        items.sort(key=lambda item: (item.entry.received_at, item.entry.sequence))
    return dict(sorted(by_commune.items())), unanswerable


def next_receipt_sequence(session: Session, recipient: str) -> int:
    latest = session.scalar(
        select(func.max(IssuedReceipt.sequence)).where(IssuedReceipt.recipient == recipient)
    )
    return (latest or 0) + 1


def _superior_unit(session: Session):
    unit = get_unit(session)
    if unit is None or unit.role != "superior":
        raise ReceiptError(
            translate(
                "Receipts",
                "Receipts are written by a superior office for its communes; this data folder "
                "is a commune office's.",
            )
        )
    return unit


def write_receipts(
    database: Database,
    period: Period,
    folder: Path,
    passphrase: str,
    *,
    now: dt.datetime | None = None,
) -> tuple[list[WrittenReceipt], list[Unanswerable]]:
    """Write the receipts not yet written for ``period`` into ``folder``, one per commune.
    Raises ReceiptError, WrongPassphrase or KeyProblem (NoKey) before anything is written."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ReceiptError(
            translate("Receipts", "The folder {path} does not exist.").format(path=folder)
        )
    now = now or clock.utc_now()
    created = now.replace(tzinfo=None) if now.tzinfo else now
    written_paths: list[Path] = []
    written: list[WrittenReceipt] = []
    try:
        with database.session() as session:
            unit = _superior_unit(session)
            pair, private = signing.unlock_key(session, passphrase)
            pending, unanswerable = pending_receipts(session, period)
            for recipient, items in pending.items():
                sequence = next_receipt_sequence(session, recipient)
                entries = [item.entry for item in items]
                data = write_receipt_file(
                    issuer=unit.code,
                    recipient=recipient,
                    period=period.code,
                    sequence=sequence,
                    entries=entries,
                    created=created,
                    app_version=__version__,
                    key_id=pair.key_id,
                    private=private,
                )
                name = file_name(recipient, period.code, sequence)
                row = IssuedReceipt(
                    recipient=recipient,
                    period=period.code,
                    sequence=sequence,
                    created=_stamp(created),
                    key_id=pair.public.key_id_hex,
                    file_sha256=hashlib.sha256(data).hexdigest(),
                    file_name=name,
                    content=data,
                    entries=[entry.as_json() for entry in entries],
                )
                session.add(row)
                session.flush()
                for item in items:
                    session.add(
                        IssuedReceiptItem(
                            receipt_id=row.id, item_kind=item.item_kind, item_id=item.item_id
                        )
                    )
                log_change(
                    session,
                    "issued_receipt",
                    row.id,
                    "create",
                    None,
                    {"recipient": recipient, "period": period.code, "sequence": sequence},
                )
                path = folder / name
                write_atomically(path, lambda temporary, data=data: temporary.write_bytes(data))
                written_paths.append(path)
                accepted = sum(1 for e in entries if e.outcome == ACCEPTED)
                written.append(
                    WrittenReceipt(
                        recipient,
                        period.code,
                        sequence,
                        path,
                        accepted,
                        len(entries) - accepted,
                    )
                )
            session.flush()
    except BaseException as error:
        # Nothing recorded: the files of this run go too, so that none is in circulation
        # under a number the next run gives again.
        for path in written_paths:
            with contextlib.suppress(OSError):
                path.unlink()
        if isinstance(error, FileWriteError):
            raise ReceiptError(
                translate("Receipts", "{problem} No receipt was written.").format(problem=error)
            ) from error
        raise
    return written, unanswerable


def issued_receipts(session: Session, period: Period | None = None) -> list[IssuedReceipt]:
    """The receipts written here, newest first (without their bytes)."""
    query = select(IssuedReceipt).options(defer(IssuedReceipt.content))
    if period is not None:
        query = query.where(IssuedReceipt.period == period.code)
    return list(session.scalars(query.order_by(IssuedReceipt.created.desc())))
