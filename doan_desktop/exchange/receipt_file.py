"""The receipt: a signed file (exchange/bundle.py, kind ``receipt``) in which the superior
office tells one commune what became of the report files it received for one period.

``receipt.json`` holds, besides who wrote it, for whom, the period and the receipt's number
(counted per commune, so that an older receipt is told from a newer one), one entry per file
received: the report's id, sequence and the SHA-256 of the bytes received, accepted or
rejected, the reason code, the reason and the commune's next step in words, and when it was
received. docs/exchange-files.md describes every field.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from doan_desktop.core.periods import Period, PeriodError
from doan_desktop.exchange.bundle import (
    RECEIPT,
    RECEIPT_MEMBER,
    TIME_FORMAT,
    Rejected,
    SignedFile,
    TrustedKey,
    require,
    verify_signed_file,
    write_signed_file,
)

SCHEMA = "doan-desktop/receipt"
SCHEMA_VERSION = 1
ACCEPTED, REJECTED = "accepted", "rejected"
MAX_ENTRIES = 1000
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_TEXT_FIELDS = ("report_id", "file_sha256", "file_name", "outcome", "code", "reason", "next_step")


@dataclass(frozen=True)
class ReceiptEntry:
    """One received file, as the superior office judged it."""

    report_id: str
    sequence: int
    file_sha256: str  # of the bytes the superior office received
    file_name: str
    outcome: str  # ACCEPTED or REJECTED
    code: str = ""  # the reason code of a rejection
    reason: str = ""  # the reason, in words
    next_step: str = ""  # what the commune should do
    received_at: str = ""  # UTC, 2026-10-10T12:00:00Z

    def as_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class VerifiedReceipt:
    manifest: dict
    issuer: str
    recipient: str
    period: str
    sequence: int
    entries: tuple[ReceiptEntry, ...]
    sha256: str
    key: TrustedKey


def file_name(recipient: str, period: str, sequence: int) -> str:
    """PH_<commune>_<period>_<n>.zip ("phản hồi")."""
    return f"PH_{recipient}_{period}_{sequence}.zip"


def write_receipt_file(
    *,
    issuer: str,
    recipient: str,
    period: str,
    sequence: int,
    entries: list[ReceiptEntry],
    created: dt.datetime,
    app_version: str,
    key_id: bytes,
    private: Ed25519PrivateKey,
) -> bytes:
    document = {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "issuer": issuer,
        "recipient": recipient,
        "period": period,
        "sequence": sequence,
        "entries": [entry.as_json() for entry in entries],
    }
    return write_signed_file(
        kind=RECEIPT,
        contents={RECEIPT_MEMBER: document},
        fields={"issuer": issuer, "recipient": recipient, "period": period, "sequence": sequence},
        created=created,
        app_version=app_version,
        key_id=key_id,
        private=private,
        untrusted_comment=f"doan-desktop receipt {issuer} to {recipient} {period} #{sequence}",
    )


def _entry(item: object) -> ReceiptEntry:
    require(isinstance(item, dict), "entries", RECEIPT)
    require(set(item) == set(ReceiptEntry.__dataclass_fields__), "entries", RECEIPT)
    for name in _TEXT_FIELDS:
        require(isinstance(item[name], str) and len(item[name]) <= 4000, name, RECEIPT)
    sequence = item["sequence"]
    require(
        isinstance(sequence, int) and not isinstance(sequence, bool) and sequence >= 1,
        "sequence",
        RECEIPT,
    )
    require(item["report_id"] != "", "report_id", RECEIPT)
    require(bool(_SHA256.match(item["file_sha256"])), "file_sha256", RECEIPT)
    require(item["outcome"] in (ACCEPTED, REJECTED), "outcome", RECEIPT)
    require((item["outcome"] == REJECTED) == (item["code"] != ""), "code", RECEIPT)
    try:
        dt.datetime.strptime(item["received_at"], TIME_FORMAT)
    except (TypeError, ValueError):
        raise Rejected("SCHEMA_INVALID", "received_at", kind=RECEIPT) from None
    return ReceiptEntry(**item)


def _check(signed: SignedFile, recipient: str | None) -> None:
    manifest, document = signed.manifest, signed.contents[RECEIPT_MEMBER]
    require(isinstance(document, dict), RECEIPT_MEMBER, RECEIPT)
    require(document.get("schema") == SCHEMA, "schema", RECEIPT)
    require(document.get("schema_version") == SCHEMA_VERSION, "schema_version", RECEIPT)
    entries = document.get("entries")
    require(isinstance(entries, list) and 0 < len(entries) <= MAX_ENTRIES, "entries", RECEIPT)
    for item in entries:
        _entry(item)
    for name in ("issuer", "recipient", "period", "sequence"):
        if document.get(name) != manifest[name]:
            raise Rejected("FIELDS_DISAGREE", name, kind=RECEIPT)
    try:
        Period.parse(manifest["period"])
    except PeriodError as error:
        raise Rejected("PERIOD_INVALID", manifest["period"], kind=RECEIPT) from error
    if recipient is not None and manifest["recipient"] != recipient:
        raise Rejected("WRONG_RECIPIENT", manifest["recipient"], kind=RECEIPT)


def verify_receipt_file(
    data: bytes,
    lookup_key: Callable[[str], TrustedKey | None],
    *,
    recipient: str | None = None,
) -> VerifiedReceipt:
    """Check a receipt; raise Rejected at the first failure (``recipient``: this commune)."""
    signed = verify_signed_file(
        data, lookup_key, kind=RECEIPT, more_checks=lambda signed: _check(signed, recipient)
    )
    manifest = signed.manifest
    return VerifiedReceipt(
        manifest,
        manifest["issuer"],
        manifest["recipient"],
        manifest["period"],
        manifest["sequence"],
        tuple(_entry(item) for item in signed.contents[RECEIPT_MEMBER]["entries"]),
        signed.sha256,
        signed.key,
    )
