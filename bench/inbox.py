"""Benchmark of the superior's inbox at province scale: 170 communes' signed report files
verified, stored and aggregated.

    python bench/inbox.py [--communes 170] [--seed 1] [--keep DIR] [--check]

Generates, in the script, a key per commune (Ed25519), its registration, and a report file for
2026Q3 with realistic indicator values (counts by sex, ethnicity and chapter; the share of youth
gathered). That step and trusting the keys are timed apart and not counted. Then, in one run:

- floor: SHA-256 of every file's bytes (the least any verifier must do: read each byte once);
- verify: exchange.bundle.verify_report_file on every file (no database);
- receive: core.inbox.receive_files on the folder (read, verify, sequence rules, one
  transaction per file storing its bytes and values);
- aggregate: core.inbox_status.period_status + core.inbox_totals.aggregate for the period;
- export: the Excel workbook of the totals.

Target: receive + aggregate under 5 s. A benchmark, not a test: only ``--check`` fails (exit 1).
``--keep DIR`` leaves the superior's data folder there (to look at the inbox page).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from doan_desktop.core.inbox import ACCEPTED, receive_files, trust_registration  # noqa: E402
from doan_desktop.core.inbox_status import communes, period_status  # noqa: E402
from doan_desktop.core.inbox_totals import aggregate, write_totals_xlsx  # noqa: E402
from doan_desktop.core.indicators import code_list  # noqa: E402
from doan_desktop.core.periods import Period  # noqa: E402
from doan_desktop.core.store.db import open_database  # noqa: E402
from doan_desktop.core.unit import UnitInfo, save_unit  # noqa: E402
from doan_desktop.exchange.bundle import TrustedKey, verify_report_file  # noqa: E402
from doan_desktop.exchange.keys import KeyPair, registration  # noqa: E402
from doan_desktop.exchange.minisign import PublicKey  # noqa: E402
from doan_desktop.paths import DataDir  # noqa: E402

PERIOD = "2026Q3"
TODAY = dt.date(2026, 11, 25)
CREATED = dt.datetime(2026, 10, 8, 2, 30, 0)
SUPERIOR = UnitInfo(
    name="Tỉnh Đoàn Đắk Lắk",
    code="TD-DL",
    kind="tinh",
    province="Đắk Lắk",
    superior_name="Trung ương Đoàn",
    superior_code="TWD",
    role="superior",
)
PLACES = [
    "Hòa Phú", "Ea Tu", "Cư Êbur", "Hòa Thắng", "Ea Kao", "Krông Búk", "Ea Drăng", "Buôn Hồ",
    "Cư M'gar", "Ea H'leo", "Lắk", "Krông Ana", "Ea Súp", "Buôn Đôn", "Krông Pắc", "M'Đrắk",
]  # fmt: skip
ETHNICITIES = ["Kinh", "Ê Đê", "M'nông", "Gia Rai", "Tày", "Nùng"]


def values_for(rng: random.Random) -> list[dict]:
    chapters = rng.randint(6, 24)
    members = rng.randint(150, 900)
    youth = rng.randint(200, 1500)
    population = int((members + youth) / rng.uniform(0.55, 0.95))
    women = rng.randint(members * 2 // 5, members * 3 // 5)
    values = [
        {"indicator": "CHAPTERS", "disagg": "", "value": chapters},
        {"indicator": "MEMBERS", "disagg": "", "value": members},
        {"indicator": "MEMBERS", "disagg": "SEX_M", "value": members - women},
        {"indicator": "MEMBERS", "disagg": "SEX_F", "value": women},
    ]
    left = members
    for name in ETHNICITIES[: rng.randint(1, len(ETHNICITIES))]:
        count = rng.randint(0, left)
        left -= count
        values.append({"indicator": "MEMBERS", "disagg": f"ETHNICITY:{name}", "value": count})
    for number in range(1, chapters + 1):
        values.append(
            {
                "indicator": "MEMBERS",
                "disagg": f"CHAPTER:Thôn {number}",
                "value": members // chapters,
            }
        )
    share = f"{(members + youth) * 100 / population:.1f}"
    values += [
        {"indicator": "YOUTH", "disagg": "", "value": youth},
        {"indicator": "YOUTH_POPULATION", "disagg": "", "value": population},
        {"indicator": "GATHERED_SHARE", "disagg": "", "value": share},
        {"indicator": "NEW_MEMBERS", "disagg": "", "value": rng.randint(0, 40)},
        {"indicator": "TRANSFERRED_IN", "disagg": "", "value": rng.randint(0, 12)},
        {"indicator": "TRANSFERRED_OUT", "disagg": "", "value": rng.randint(0, 12)},
        {"indicator": "MEMBERS_OVER_30", "disagg": "", "value": rng.randint(0, 60)},
        {"indicator": "CHAPTERS_WITHOUT_SECRETARY", "disagg": "", "value": rng.randint(0, 2)},
        {"indicator": "MEETINGS_HELD", "disagg": "", "value": chapters * rng.randint(2, 3)},
        {"indicator": "CHAPTERS_MET_MONTHLY", "disagg": "", "value": rng.randint(0, chapters)},
        {"indicator": "TRAININGS", "disagg": "", "value": rng.randint(0, 5)},
        {"indicator": "TRAINING_ATTENDANCE", "disagg": "", "value": rng.randint(0, 400)},
        {"indicator": "YOUTH_WORKS", "disagg": "", "value": rng.randint(0, 8)},
        {"indicator": "YOUTH_WORKS_VALUE", "disagg": "", "value": rng.randint(0, 900) * 100_000},
        {"indicator": "VOLUNTEER_DRIVES", "disagg": "", "value": rng.randint(0, 10)},
        {"indicator": "VOLUNTEER_PARTICIPATION", "disagg": "", "value": rng.randint(0, 900)},
        {"indicator": "TREES_PLANTED", "disagg": "", "value": rng.randint(0, 3000)},
    ]
    return values


def make_commune(number: int, rng: random.Random) -> tuple[str, bytes, bytes]:
    """(unit code, registration, report file) of one commune."""
    code = f"X{number:03d}-DL"
    name = f"Đoàn xã {PLACES[number % len(PLACES)]} {number}"
    private = Ed25519PrivateKey.generate()
    key_id = os.urandom(8)
    pair = KeyPair(key_id, PublicKey.from_private(key_id, private), b"")
    report_id = str(uuid.UUID(int=rng.getrandbits(128)))
    codes = code_list()
    payload = {
        "schema": codes.schema,
        "schema_version": codes.version,
        "issuer": code,
        "period": PERIOD,
        "sequence": 1,
        "report_id": report_id,
        "values": values_for(rng),
    }
    from doan_desktop.exchange.bundle import write_report_file

    data = write_report_file(
        payload=payload,
        roster=None,
        issuer=code,
        recipient=SUPERIOR.code,
        period=PERIOD,
        sequence=1,
        report_id=report_id,
        supersedes=None,
        created=CREATED,
        app_version="bench",
        key_id=key_id,
        private=private,
    )
    return code, registration(code, name, pair, private, CREATED), data


def timed(function):
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--communes", type=int, default=170)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="make the superior's data folder here")
    parser.add_argument("--check", action="store_true", help="exit 1 if the target is missed")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    with tempfile.TemporaryDirectory() as scratch:
        root = args.keep or Path(scratch) / "data"
        data_dir = DataDir(root).ensure()
        drop = Path(scratch) / "drop"
        drop.mkdir()
        generation, made = timed(
            lambda: [make_commune(n, rng) for n in range(1, args.communes + 1)]
        )
        files = []
        for code, _registration, data in made:
            path = drop / f"BC_{code}_{PERIOD}_1.zip"
            path.write_bytes(data)
            files.append(path)
        total_bytes = sum(len(data) for _c, _r, data in made)

        database = open_database(data_dir.database, data_dir.backups)
        with database.session() as session:
            save_unit(session, SUPERIOR)

        def trust_all():
            with database.session() as session:
                for _code, registration_bytes, _data in made:
                    trust_registration(session, registration_bytes)

        trusting, _ = timed(trust_all)

        contents = [path.read_bytes() for path in files]
        floor, _ = timed(lambda: [hashlib.sha256(data).hexdigest() for data in contents])

        keys = {}
        for code, registration_bytes, _data in made:
            from doan_desktop.exchange.keys import read_registration

            reg = read_registration(registration_bytes)
            keys[reg.public.key_id_hex] = TrustedKey(code, reg.public)
        indicator_codes = code_list().codes
        verifying, _ = timed(
            lambda: [
                verify_report_file(
                    data,
                    keys.get,
                    today=TODAY,
                    recipient=SUPERIOR.code,
                    indicator_codes=indicator_codes,
                )
                for data in contents
            ]
        )
        receiving, receipts = timed(
            lambda: receive_files(database, data_dir.root, [drop], today=TODAY)
        )
        accepted = sum(1 for r in receipts if r.outcome == ACCEPTED)
        period = Period.parse(PERIOD)

        def totals():
            with database.session() as session:
                status = period_status(session, period, TODAY)
                return status, aggregate(session, period, communes(session))

        aggregating, (status, table) = timed(totals)
        exporting, _ = timed(
            lambda: write_totals_xlsx(table, status, Path(scratch) / "tong-hop.xlsx")
        )
        database.close()

    counted = receiving + aggregating
    print(
        f"{args.communes} communes, {total_bytes / 1024:.0f} KiB of report files, "
        f"{accepted} accepted"
    )
    print(f"(generating the files: {generation:.2f} s; trusting the keys: {trusting:.2f} s)")
    print()
    rows = [
        ("floor: SHA-256 of every file", floor),
        ("verify every file (no database)", verifying),
        ("receive the folder (verify + store)", receiving),
        ("status + totals for the period", aggregating),
        ("Excel export of the totals", exporting),
        ("receive + totals (target < 5 s)", counted),
    ]
    width = max(len(label) for label, _ in rows)
    print(f"{'step'.ljust(width)}  {'seconds':>8}  {'× floor':>8}")
    for label, seconds in rows:
        ratio = seconds / floor if floor else float("inf")
        print(f"{label.ljust(width)}  {seconds:8.3f}  {ratio:8.0f}")
    ok = counted < 5.0 and accepted == args.communes
    print()
    print("target met" if ok else "TARGET MISSED")
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
