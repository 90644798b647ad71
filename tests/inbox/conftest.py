"""A superior office and communes with real keys, making real signed report files."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from dataclasses import dataclass, field

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from doan_desktop.core.indicators import code_list
from doan_desktop.core.unit import UnitInfo, save_unit
from doan_desktop.exchange.bundle import write_report_file
from doan_desktop.exchange.keys import KeyPair, registration
from doan_desktop.exchange.minisign import PublicKey

SUPERIOR = UnitInfo(
    name="Tỉnh Đoàn Đắk Lắk",
    code="TD-DL",
    kind="tinh",
    province="Đắk Lắk",
    superior_name="Trung ương Đoàn",
    superior_code="TWD",
    role="superior",
)
CREATED = dt.datetime(2026, 10, 5, 8, 0, 0)
# Noon UTC: the same calendar day in every time zone the tests may run in.
ON_TIME = dt.datetime(2026, 10, 10, 12, 0, 0)
LATE = dt.datetime(2026, 11, 2, 12, 0, 0)
TODAY = dt.date(2026, 11, 25)


def sample_values(members: int = 120, youth: int = 300, population: int = 600) -> list[dict]:
    return [
        {"indicator": "CHAPTERS", "disagg": "", "value": 6},
        {"indicator": "MEMBERS", "disagg": "", "value": members},
        {"indicator": "MEMBERS", "disagg": "SEX_F", "value": members // 2},
        {"indicator": "MEMBERS", "disagg": "SEX_M", "value": members - members // 2},
        {"indicator": "MEMBERS", "disagg": "CHAPTER:Thôn 1", "value": members // 3},
        {"indicator": "YOUTH", "disagg": "", "value": youth},
        {"indicator": "YOUTH_POPULATION", "disagg": "", "value": population},
        {
            "indicator": "GATHERED_SHARE",
            "disagg": "",
            "value": str(round((members + youth) * 100 / population, 1)),
        },
        {"indicator": "NEW_MEMBERS", "disagg": "", "value": 4},
    ]


@dataclass
class Commune:
    code: str
    name: str
    private: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)
    key_id: bytes = field(default_factory=lambda: os.urandom(8))
    sequence: int = 0

    @property
    def pair(self) -> KeyPair:
        return KeyPair(self.key_id, PublicKey.from_private(self.key_id, self.private))

    @property
    def key_id_hex(self) -> str:
        return self.pair.public.key_id_hex

    def registration(
        self,
        previous: Commune | None = None,
        code: str | None = None,
        created: dt.datetime = CREATED,
    ) -> bytes:
        return registration(
            code or self.code,
            self.name,
            self.pair,
            self.private,
            created,
            previous=(previous.pair, previous.private) if previous else None,
        )

    def payload(self, period, sequence, report_id, values) -> dict:
        return {
            "schema": code_list().schema,
            "schema_version": code_list().version,
            "issuer": self.code,
            "period": period,
            "sequence": sequence,
            "report_id": report_id,
            "values": values,
        }

    def report(
        self,
        period: str = "2026Q3",
        *,
        sequence: int | None = None,
        values: list[dict] | None = None,
        supersedes: str | None = None,
        report_id: str | None = None,
        recipient: str = "TD-DL",
        issuer: str | None = None,
        created: dt.datetime = CREATED,
    ) -> tuple[bytes, str]:
        """The bytes of a signed report file, and its report id."""
        if sequence is None:
            self.sequence += 1
            sequence = self.sequence
        report_id = report_id or str(uuid.uuid4())
        issuer = issuer or self.code
        payload = self.payload(period, sequence, report_id, values or sample_values())
        payload["issuer"] = issuer
        data = write_report_file(
            payload=payload,
            roster=None,
            issuer=issuer,
            recipient=recipient,
            period=period,
            sequence=sequence,
            report_id=report_id,
            supersedes=supersedes,
            created=created,
            app_version="test",
            key_id=self.key_id,
            private=self.private,
        )
        return data, report_id


@pytest.fixture
def superior_db(database):
    with database.session() as session:
        save_unit(session, SUPERIOR)
    return database


@pytest.fixture
def hoa_phu():
    return Commune("HP-DL-01", "Đoàn xã Hòa Phú")


@pytest.fixture
def ea_tu():
    return Commune("ET-DL-02", "Đoàn xã Ea Tu")


@pytest.fixture
def trusted(superior_db, hoa_phu, ea_tu):
    """The superior office with both communes' keys pinned."""
    from doan_desktop.core.inbox import trust_registration

    with superior_db.session() as session:
        trust_registration(session, hoa_phu.registration())
        trust_registration(session, ea_tu.registration())
    return superior_db


@pytest.fixture
def receive(trusted, data_dir, tmp_path):
    """receive({"name.zip": bytes, …}) → the receipts; the files are written to a fresh
    folder first, so the inbox reads them from disk like the clerk's."""
    from doan_desktop.core.inbox import receive_files

    counter = iter(range(1000))

    def run(files: dict[str, bytes], now: dt.datetime = ON_TIME, today: dt.date = TODAY):
        folder = tmp_path / f"drop{next(counter)}"
        folder.mkdir()
        paths = []
        for name, data in files.items():
            (folder / name).write_bytes(data)
            paths.append(folder / name)
        return receive_files(trusted, data_dir.root, paths, today=today, now=now)

    return run


def stored_counts(database) -> tuple[int, int]:
    from sqlalchemy import func, select

    from doan_desktop.core.store.models import ReceivedReport, ReceivedValue

    with database.session() as session:
        return (
            session.scalar(select(func.count()).select_from(ReceivedReport)),
            session.scalar(select(func.count()).select_from(ReceivedValue)),
        )
