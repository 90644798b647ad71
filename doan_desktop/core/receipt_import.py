"""At a commune: importing a receipt from the superior office (exchange/receipt_file.py).

A receipt is imported whole, or not at all, once it is:

- a sound signed file (archive, canonical JSON, signature, hashes: exchange/bundle.py),
  signed by the superior office's key trusted here (core/superior_trust.py);
- written by this office's superior office, for this office;
- not older than a receipt already imported from it for the same period (receipts are
  numbered per commune: a lower number is older; the same number with other content is a
  conflict), nor the very same file again (said, nothing to do);
- about at least one report file this office sent: an entry names a report by its id and
  sequence, and an accepted one by the hash of the file this office wrote.

Entries about files this office never sent are kept with the receipt but count for nothing:
the clerk is told (someone sent a file in this office's name, or the data were restored from
an older backup).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from doan_desktop.core.changelog import log_change
from doan_desktop.core.messages import translate
from doan_desktop.core.store.db import Database
from doan_desktop.core.store.models import ImportedReceipt, Report, utcnow
from doan_desktop.core.superior_trust import SuperiorTrustError, commune_unit, superior_keys
from doan_desktop.exchange.bundle import Rejected
from doan_desktop.exchange.incoming import SIGNED_FILE, IncomingFileError, read_incoming
from doan_desktop.exchange.receipt_file import (
    ACCEPTED,
    ReceiptEntry,
    VerifiedReceipt,
    verify_receipt_file,
)

IMPORTED = "imported"
ALREADY = "already"


def _reasons() -> dict[str, str]:
    return {
        "NOT_OUR_SUPERIOR": translate(
            "Exchange",
            "The file comes from {issuer}, which is not this office's superior office "
            "({superior}).",
        ),
        "RECEIPT_OLDER": translate(
            "Exchange",
            "This receipt (No. {sequence}) is older than receipt No. {newer} for {period}, "
            "already imported: the newer one counts.",
        ),
        "RECEIPT_CONFLICT": translate(
            "Exchange",
            "Another receipt No. {sequence} for {period} was already imported from the "
            "superior office, with other content.",
        ),
        "RECEIPT_NOT_OURS": translate(
            "Exchange",
            "The receipt is about files this office never sent: {files}.",
        ),
    }


def _steps() -> dict[str, str]:
    return {
        "FILE_UNREADABLE": translate(
            "Exchange", "Check that the file can be opened on this computer, or ask for it again."
        ),
        "NOT_OUR_SUPERIOR": translate(
            "Exchange",
            "Import only what this office's superior office sends; if the superior office "
            "changed, correct it in Settings and trust its key.",
        ),
        "RECEIPT_OLDER": translate("Exchange", "Nothing to do."),
        "RECEIPT_CONFLICT": translate(
            "Exchange",
            "Ask the superior office which receipt is genuine (its data may have been restored "
            "from a backup).",
        ),
        "RECEIPT_NOT_OURS": translate(
            "Exchange",
            "Check that it is this office's receipt; if this office's data were restored from "
            "a backup, the reports made after it are missing here.",
        ),
        "KEY_UNKNOWN": translate(
            "Exchange",
            "On the Report page choose 'Trust the superior's key…' (or 'doan-desktop "
            "report trust-superior'), then import the file again.",
        ),
        "KEY_REVOKED": translate(
            "Exchange", "Ask the superior office for its current key's registration."
        ),
        "KEY_RETIRED": translate(
            "Exchange",
            "Ask the superior office to write the file again with its current key, and for "
            "that key's registration if it is not trusted here yet.",
        ),
        "WRONG_RECIPIENT": translate(
            "Exchange",
            "Import only the receipts written for this office; check this office's unit code "
            "in Settings.",
        ),
        "WRONG_KIND": translate(
            "Exchange",
            "A report file goes to the superior office; here, import what the superior office "
            "sends (receipts and circulars).",
        ),
        "NOT_A_COMMUNE": translate(
            "Exchange", "Open the data folder of the commune office the file is for."
        ),
    }


class ReceiptRefused(Exception):
    """A file from the superior office refused: ``code``, and ``str()`` is the reason and
    what to do."""

    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(message)


def refusal(code: str, **fields) -> ReceiptRefused:
    """The refusal for one of this module's codes, with its next step."""
    text = _reasons()[code].format(**fields)
    return ReceiptRefused(code, f"{text} {next_step(code)}")


def next_step(code: str) -> str:
    return _steps().get(
        code,
        translate(
            "Exchange",
            "Ask the superior office to send the file again exactly as its program wrote it.",
        ),
    )


def from_rejected(error: Rejected) -> ReceiptRefused:
    return ReceiptRefused(error.code, f"{error} {next_step(error.code)}")


def read_file(path: Path) -> bytes:
    """The bytes of a file from the superior office; ReceiptRefused if they cannot be read (a
    folder, or a file beyond any signed file's size, is not read at all)."""
    try:
        return read_incoming(path, SIGNED_FILE)
    except IncomingFileError as error:
        raise ReceiptRefused(
            "FILE_UNREADABLE", f"{error} {next_step('FILE_UNREADABLE')}"
        ) from error


@dataclass(frozen=True)
class ReceiptResult:
    outcome: str  # IMPORTED or ALREADY
    issuer: str
    period: str
    sequence: int
    accepted: tuple[ReceiptEntry, ...] = ()
    rejected: tuple[ReceiptEntry, ...] = ()
    foreign: tuple[ReceiptEntry, ...] = field(default=())  # files this office never sent

    def lines(self) -> list[str]:
        """What the clerk is told."""
        if self.outcome == ALREADY:
            return [
                translate(
                    "Exchange", "Receipt No. {n} for {period} was already imported: nothing new."
                ).format(n=self.sequence, period=self.period)
            ]
        lines = [
            translate("Exchange", "Imported receipt No. {n} of {issuer} for {period}.").format(
                n=self.sequence, issuer=self.issuer, period=self.period
            )
        ]
        for entry in self.accepted:
            lines.append(
                translate(
                    "Exchange", "Report No. {n}: received by the superior office on {date}."
                ).format(n=entry.sequence, date=_local_day(entry.received_at))
            )
        for entry in self.rejected:
            lines.append(
                translate("Exchange", "Report No. {n}: returned on {date}: {reason} {step}").format(
                    n=entry.sequence,
                    date=_local_day(entry.received_at),
                    reason=entry.reason,
                    step=entry.next_step,
                )
            )
        for entry in self.foreign:
            lines.append(_foreign_line(entry))
        return lines


def _local_day(stamp: str) -> str:
    try:
        moment = dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return stamp
    return moment.replace(tzinfo=dt.UTC).astimezone().strftime("%d/%m/%Y")


def _foreign_line(entry: ReceiptEntry) -> str:
    if entry.outcome == ACCEPTED:
        return translate(
            "Exchange",
            "Warning: the superior office accepted a report No. {n} in this office's name "
            "that this office has no record of. If the data were restored from a backup, it "
            "was made before; otherwise the signing key may be in other hands: replace it "
            "(Settings › Signing key).",
        ).format(n=entry.sequence)
    return translate(
        "Exchange",
        "Warning: the superior office refused a file named as report No. {n} of this office, "
        "which this office never made ({reason}). Someone may be sending files in this "
        "office's name.",
    ).format(n=entry.sequence, reason=entry.reason)


def is_ours(entry: ReceiptEntry, report: Report | None, period: str) -> bool:
    """Whether a receipt's entry is about a file this office sent: the report's id, sequence
    and period, and for an accepted file the very bytes this office wrote."""
    if report is None or report.sequence != entry.sequence or report.period != period:
        return False
    return entry.outcome != ACCEPTED or report.file_sha256 == entry.file_sha256


def verify(session: Session, data: bytes) -> VerifiedReceipt:
    """Check a receipt against what this office trusts; ReceiptRefused if refused."""
    try:
        unit = commune_unit(session)
    except SuperiorTrustError as error:
        raise ReceiptRefused(error.code, f"{error} {next_step(error.code)}") from error
    try:
        receipt = verify_receipt_file(data, superior_keys(session), recipient=unit.code)
    except Rejected as error:
        raise from_rejected(error) from error
    if receipt.issuer != unit.superior_code:
        raise refusal(
            "NOT_OUR_SUPERIOR",
            issuer=receipt.issuer,
            superior=f"{unit.superior_name}, {unit.superior_code}",
        )
    return receipt


def import_receipt(
    database: Database, data: bytes, *, file_name: str = "", now: dt.datetime | None = None
) -> ReceiptResult:
    """Verify and import a receipt (one transaction); ReceiptRefused if refused."""
    digest = hashlib.sha256(data).hexdigest()
    with database.session() as session:
        receipt = verify(session, data)
        base = {"issuer": receipt.issuer, "period": receipt.period, "sequence": receipt.sequence}
        if session.scalar(select(ImportedReceipt.id).where(ImportedReceipt.file_sha256 == digest)):
            return ReceiptResult(ALREADY, **base)
        latest = session.scalar(
            select(func.max(ImportedReceipt.sequence)).where(
                ImportedReceipt.issuer == receipt.issuer,
                ImportedReceipt.period == receipt.period,
            )
        )
        if latest is not None and receipt.sequence < latest:
            raise refusal(
                "RECEIPT_OLDER", sequence=receipt.sequence, newer=latest, period=receipt.period
            )
        if latest is not None and receipt.sequence == latest:
            raise refusal("RECEIPT_CONFLICT", sequence=receipt.sequence, period=receipt.period)
        reports = {
            r.report_id: r
            for r in session.scalars(select(Report).where(Report.period == receipt.period))
        }
        ours = [e for e in receipt.entries if is_ours(e, reports.get(e.report_id), receipt.period)]
        foreign = tuple(e for e in receipt.entries if e not in ours)
        if not ours:
            files = ", ".join(
                translate("Exchange", "No. {n}").format(n=e.sequence) for e in receipt.entries
            )
            raise refusal("RECEIPT_NOT_OURS", files=files)
        row = ImportedReceipt(
            issuer=receipt.issuer,
            period=receipt.period,
            sequence=receipt.sequence,
            created=receipt.manifest["created"],
            key_id=receipt.manifest["key_id"],
            file_sha256=digest,
            file_name=Path(file_name).name[-300:],
            content=data,
            entries=[entry.as_json() for entry in receipt.entries],
            created_at=now or utcnow(),
        )
        session.add(row)
        session.flush()
        log_change(
            session,
            "imported_receipt",
            row.id,
            "create",
            None,
            {**base, "sha256": digest},
        )
    return ReceiptResult(
        IMPORTED,
        **base,
        accepted=tuple(e for e in ours if e.outcome == ACCEPTED),
        rejected=tuple(e for e in ours if e.outcome != ACCEPTED),
        foreign=foreign,
    )
