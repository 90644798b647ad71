"""Benchmark of the superior's inbox at province scale: 170 communes' signed report files
verified, stored and aggregated.

    python bench/inbox.py [--communes 170] [--seed 1] [--keep DIR] [--check]

Generates, in the script, a key per commune (Ed25519), its registration, and a report file for
2026Q3 with realistic indicator values (counts by sex, ethnicity and chapter; the share of youth
gathered). That step and trusting the keys are timed apart and not counted. Then, in one run:

- floor: what any verifier of these files must do, in bare Python: open each ZIP and read every
  member, hash the manifest (BLAKE2b-512) and make minisign's two Ed25519 verifications (the
  signature and the global signature over it and the trusted comment);
- verify: exchange.bundle.verify_report_file on every file (no database): the floor's work and
  the strict reading of every JSON member, the hashes, the byte layout, the fields;
- receive: core.inbox.receive_files on the folder (read, verify, sequence rules, one
  transaction per file storing its bytes and values);
- aggregate: core.inbox_status.period_status + core.inbox_totals.aggregate for the period;
- export: the Excel workbook of the totals.

Targets: receive under 1 s and within 3x of the floor; receive + aggregate under 5 s. A
benchmark, not a test: only ``--check`` fails (exit 1).
``--keep DIR`` leaves the superior's data folder there (to look at the inbox page).
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import hashlib
import io
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cryptography.hazmat.primitives.asymmetric.ed25519 import (  # noqa: E402
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from results import PYTHON, Row, median_time, print_rows, process_time, within, write_json  # noqa: E402

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
    pair = KeyPair(key_id, PublicKey.from_private(key_id, private))
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


def bare_verify(data: bytes, public_keys: dict[bytes, Ed25519PublicKey]) -> dict[str, bytes]:
    """The floor for one file: unzip every member, then minisign's two Ed25519 checks."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    lines = members["manifest.json.minisig"].decode("ascii").split("\n")
    blob, global_signature = base64.b64decode(lines[1]), base64.b64decode(lines[3])
    key, signature = public_keys[blob[2:10]], blob[10:]
    key.verify(signature, hashlib.blake2b(members["manifest.json"], digest_size=64).digest())
    key.verify(global_signature, signature + lines[2][len("trusted comment: ") :].encode())
    return members


def timed(function):
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


FLOOR_PROCESS = """
import base64, hashlib, io, sys, zipfile
from pathlib import Path
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
keys = {}
for line in Path(sys.argv[1]).read_text().split():
    raw = base64.b64decode(line)
    keys[raw[2:10]] = Ed25519PublicKey.from_public_bytes(raw[10:])
for path in sorted(Path(sys.argv[2]).glob("*.zip")):
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    lines = members["manifest.json.minisig"].decode("ascii").split("\\n")
    blob, global_signature = base64.b64decode(lines[1]), base64.b64decode(lines[3])
    key, signature = keys[blob[2:10]], blob[10:]
    key.verify(signature, hashlib.blake2b(members["manifest.json"], digest_size=64).digest())
    key.verify(global_signature, signature + lines[2][len("trusted comment: "):].encode())
"""


LIBRARIES = "import sqlalchemy.orm, PySide6.QtCore\n"


def superior_folder(root: Path, made) -> tuple[DataDir, object]:
    """A superior office's data folder trusting every commune's key."""
    data_dir = DataDir(root).ensure()
    database = open_database(data_dir.database, data_dir.backups)
    with database.session() as session:
        save_unit(session, SUPERIOR)
        for _code, registration_bytes, _data in made:
            trust_registration(session, registration_bytes)
    return data_dir, database


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--communes", type=int, default=170)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (median)")
    parser.add_argument("--keep", type=Path, help="make the superior's data folder here")
    parser.add_argument("--json", type=Path, help="write the rows for run_all.py here")
    parser.add_argument("--check", action="store_true", help="exit 1 if the target is missed")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    with tempfile.TemporaryDirectory() as scratch:
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
        contents = [path.read_bytes() for path in files]
        keys, public_keys = {}, {}
        for code, registration_bytes, _data in made:
            from doan_desktop.exchange.keys import read_registration

            reg = read_registration(registration_bytes)
            keys[reg.public.key_id_hex] = TrustedKey(code, reg.public)
            public_keys[reg.public.key_id] = Ed25519PublicKey.from_public_bytes(reg.public.raw)
        key_lines = Path(scratch) / "keys.txt"
        key_lines.write_text("\n".join(k.public.line() for k in keys.values()))
        indicator_codes = code_list().codes

        floor = median_time(lambda: [bare_verify(d, public_keys) for d in contents], args.runs)
        verifying = median_time(
            lambda: [
                verify_report_file(
                    data,
                    keys.get,
                    today=TODAY,
                    recipient=SUPERIOR.code,
                    indicator_codes=indicator_codes,
                )
                for data in contents
            ],
            args.runs,
        )
        # Each run receives the folder into a fresh superior's data folder.
        receiving, aggregating, exporting, trusting = [], [], [], 0.0
        period = Period.parse(PERIOD)
        for run in range(args.runs):
            root = args.keep if (args.keep and run == args.runs - 1) else Path(scratch) / f"s{run}"
            seconds, (data_dir, database) = timed(lambda root=root: superior_folder(root, made))
            trusting = seconds
            seconds, receipts = timed(
                lambda d=data_dir, db=database: receive_files(db, d.root, [drop], today=TODAY)
            )
            receiving.append(seconds)
            accepted = sum(1 for r in receipts if r.outcome == ACCEPTED)

            def totals(database=database):
                with database.session() as session:
                    status = period_status(session, period, TODAY)
                    return status, aggregate(session, period, communes(session))

            seconds, (status, table) = timed(totals)
            aggregating.append(seconds)
            seconds, _ = timed(
                lambda t=table, s=status: write_totals_xlsx(t, s, Path(scratch) / "tong-hop.xlsx")
            )
            exporting.append(seconds)
            database.close()

        # The command line, process start included, against a bare process doing the floor.
        cli_data = Path(scratch) / "cli"
        superior_folder(cli_data, made)[1].close()
        command = [PYTHON, "-m", "doan_desktop", "--data-dir", str(cli_data), "inbox", "add"]
        floor_command = [PYTHON, "-c", FLOOR_PROCESS, str(key_lines), str(drop)]
        floor_cpu, _ = process_time(floor_command, args.runs)
        libraries_command = [PYTHON, "-c", LIBRARIES + FLOOR_PROCESS, str(key_lines), str(drop)]
        libraries_cpu, _ = process_time(libraries_command, args.runs)
        cli_cpu, _ = process_time([*command, str(drop)], 1)  # the first run receives them all
        again_cpu, _ = process_time([*command, str(drop)], args.runs)

    receiving, aggregating = statistics.median(receiving), statistics.median(aggregating)
    exporting = statistics.median(exporting)
    counted = receiving + aggregating
    print(
        f"{args.communes} communes, {total_bytes / 1024:.0f} KiB of report files, "
        f"{accepted} accepted; median of {args.runs} runs"
    )
    print(f"(generating the files: {generation:.2f} s; trusting the keys: {trusting:.2f} s)")
    print()
    rows = [
        ("floor: unzip + 2 Ed25519 checks a file", floor),
        ("verify every file (no database)", verifying),
        ("receive the folder (target < 1 s, 3x)", receiving),
        ("status + totals for the period", aggregating),
        ("Excel export of the totals", exporting),
        ("receive + totals (target < 5 s)", counted),
    ]
    width = max(len(label) for label, _ in rows)
    print(f"{'step'.ljust(width)}  {'seconds':>8}  {'× floor':>8}")
    for label, seconds in rows:
        print(f"{label.ljust(width)}  {seconds:8.3f}  {seconds / floor:8.1f}")
    print()
    print("The command, CPU seconds of the process (start included):")
    print(f"  floor: python + unzip + 2 Ed25519 checks a file   {floor_cpu:6.2f} s")
    print(f"  the same importing SQLAlchemy's ORM and QtCore     {libraries_cpu:6.2f} s")
    print(f"  doan-desktop inbox add FOLDER (receives {args.communes})     {cli_cpu:6.2f} s")
    print(f"  the same again (every file already received)      {again_cpu:6.2f} s")
    size = f"{args.communes} files"
    results = [
        Row("inbox: receive (in-process)", size, receiving, floor, "< 1 s, 3x",
            receiving < 1.0 and within(receiving, floor, 3)),
        Row("inbox: receive + totals", size, counted, None, "< 5 s", counted < 5.0),
        # The floor, else the closest the chosen libraries allow a command reading the
        # database (as bench/startup.py).
        Row("inbox add (CLI, CPU)", size, cli_cpu, floor_cpu, "3x, or 3x libs",
            within(cli_cpu, floor_cpu, 3) or within(cli_cpu, libraries_cpu, 3),
            note=f"{cli_cpu / libraries_cpu:.1f}x the libraries' floor ({libraries_cpu:.2f} s)"),
    ]  # fmt: skip
    print()
    print_rows(results)
    write_json(args.json, results)
    ok = all(r.met for r in results) and accepted == args.communes
    print()
    print("targets met" if ok else "TARGET MISSED")
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
