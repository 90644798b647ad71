"""The superior office as a commune sees it: a key of its own, and the receipts and circulars
it signs, made directly with the file writers (so that tests can make bad ones too)."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from doan_desktop.core.circulars import list_document
from doan_desktop.core.indicators import CodeList, code_list
from doan_desktop.exchange.circular_file import Deadline, write_circular_file
from doan_desktop.exchange.keys import KeyPair, fingerprint, registration
from doan_desktop.exchange.minisign import PublicKey
from doan_desktop.exchange.receipt_file import ACCEPTED, ReceiptEntry, write_receipt_file

CREATED = dt.datetime(2026, 11, 20, 8, 0)


@dataclass
class SuperiorOffice:
    code: str = "TD-DL"
    name: str = "Tỉnh Đoàn Đắk Lắk"
    private: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)
    key_id: bytes = field(default_factory=lambda: os.urandom(8))

    @property
    def pair(self) -> KeyPair:
        return KeyPair(self.key_id, PublicKey.from_private(self.key_id, self.private))

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.pair.public)

    def registration(self, previous: SuperiorOffice | None = None, code: str = "") -> bytes:
        return registration(
            code or self.code,
            self.name,
            self.pair,
            self.private,
            CREATED,
            previous=(previous.pair, previous.private) if previous else None,
        )

    def receipt(
        self,
        entries: list[ReceiptEntry],
        *,
        recipient: str = "HP-DL-01",
        period: str = "2026Q3",
        sequence: int = 1,
        issuer: str = "",
        created: dt.datetime = CREATED,
    ) -> bytes:
        return write_receipt_file(
            issuer=issuer or self.code,
            recipient=recipient,
            period=period,
            sequence=sequence,
            entries=entries,
            created=created,
            app_version="test",
            key_id=self.key_id,
            private=self.private,
        )

    def circular(
        self,
        codes: CodeList | None = None,
        *,
        sequence: int = 1,
        applies_from: str = "2026Q4",
        deadlines: tuple[Deadline, ...] = (),
        issuer: str = "",
        document: dict | None = None,
    ) -> bytes:
        return write_circular_file(
            issuer=issuer or self.code,
            sequence=sequence,
            title="",
            applies_from=applies_from,
            indicators=document or list_document(codes or code_list()),
            deadlines=list(deadlines),
            created=CREATED,
            app_version="test",
            key_id=self.key_id,
            private=self.private,
        )


def accepted(result, received_at: str = "2026-11-21T03:00:00Z") -> ReceiptEntry:
    """The entry a superior writes for an export it accepted (report_export.ExportResult)."""
    return ReceiptEntry(
        report_id=result.report_id,
        sequence=result.sequence,
        file_sha256=result.sha256,
        file_name=result.path.name,
        outcome=ACCEPTED,
        received_at=received_at,
    )


def rejected(result, code: str = "HASH_MISMATCH", received_at: str = "2026-11-21T03:00:00Z"):
    return ReceiptEntry(
        report_id=result.report_id,
        sequence=result.sequence,
        file_sha256="cd" * 32,
        file_name=result.path.name,
        outcome="rejected",
        code=code,
        reason="A member's content does not match the signed manifest (payload.json): it was "
        "altered.",
        next_step="Send the file again exactly as the program wrote it.",
        received_at=received_at,
    )
