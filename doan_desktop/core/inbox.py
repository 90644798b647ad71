"""The superior office's inbox: trusting communes' keys, receiving their signed report files.

Trust is pinned unit → key: a registration file is imported after the clerk compared its
fingerprint with the paper sheet. A unit already pinned takes a new key only as a rotation
signed by its pinned key, or after its key was retired (lost) or revoked (compromised). A
rotation retires the old key: the files it signed before the commune rotated stay acceptable,
later ones are refused. A revoked key vouches for nothing any more.

A received file is checked by ``exchange.bundle.verify_report_file`` (ZIP, JSON, signature,
hashes, schema, fields), then against what this office already holds (DESIGN.md §5). A
sequence number identifies one report of a commune: the same number and bytes again is already
received; the same number with other bytes is rejected and flagged. Order is judged within a
period: a file older than a report accepted for the same period (a lower sequence, named as
replaced by it, or made before it) is a rollback, whatever other periods arrived before it; a
second report for a period must be a correction naming the report it replaces. Only then one transaction stores the
file and its values. A refused file is copied into ``inbox/rejected/`` and recorded, never
imported; its message ends with what the commune should do.
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
from doan_desktop.core.indicator_lists import known_codes
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
from doan_desktop.exchange.bundle import (
    CLAIMED_FIELDS,
    MAX_FILE,
    Rejected,
    TrustedKey,
    VerifiedFile,
    read_claims,
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
    return {
        "FILE_UNREADABLE": translate("Inbox", "The file cannot be read ({detail})."),
        "SEQUENCE_ROLLBACK": translate(
            "Inbox",
            "This office already holds a newer report of this commune for {period} (No. "
            "{newer}, made {newer_made}); this file (No. {sequence}, made {made}) is older: a "
            "copy sent again, or a rollback.",
        ),
        "SEQUENCE_CONFLICT": translate(
            "Inbox",
            "Another file with the same sequence number ({detail}) was already accepted from this "
            "commune, with other content.",
        ),
        "REPORT_ID_REUSED": translate(
            "Inbox", "The report identifier was already used by another accepted file ({detail})."
        ),
        "CORRECTION_UNLINKED": translate(
            "Inbox",
            "A report for this period was already accepted (No. {detail}); a correction must "
            "name the report it replaces.",
        ),
        "SUPERSEDES_WRONG": translate(
            "Inbox",
            "The correction names a report it cannot replace ({detail}): not this commune's "
            "current report for the period.",
        ),
    }


def _next_steps() -> dict[str, str]:
    """What the superior's clerk asks of the commune, for each reason a file is refused."""
    send_again = translate(
        "Inbox",
        "Ask the commune to send the file again exactly as the program wrote it, without "
        "opening, renaming inside or repacking it.",
    )
    altered = translate(
        "Inbox",
        "Ask the commune to send the file again exactly as the program wrote it; if the new "
        "copy is refused the same way, ask how it was sent (it may have been changed on the way).",
    )
    version = translate(
        "Inbox",
        "Ask the commune which version of the program made the file; once both offices use "
        "the same version, ask it to send the report again.",
    )
    correction = translate(
        "Inbox", "Ask the commune to send a correction (report export --correction)."
    )
    steps = {
        "FILE_UNREADABLE": translate(
            "Inbox",
            "Check that the file can be opened on this computer; if not, ask the commune to "
            "send it again.",
        ),
        "FILE_TOO_LARGE": send_again,
        "NOT_ZIP": translate(
            "Inbox",
            "Ask the commune to send the report file the program wrote (BC_….zip), not another "
            "document.",
        ),
        "ZIP_ENCRYPTED": translate(
            "Inbox",
            "Ask the commune to send the file the program wrote, without putting a password on it.",
        ),
        "WRONG_KIND": translate(
            "Inbox",
            "Ask the commune to send its report file (BC_….zip): receipts and circulars go "
            "from this office to the communes, not back.",
        ),
        "SIGNATURE_MALFORMED": altered,
        "SIGNATURE_INVALID": altered,
        "COMMENT_MISMATCH": altered,
        "HASH_MISMATCH": altered,
        "ZIP_ALTERED": altered,
        "KEY_UNKNOWN": translate(
            "Inbox",
            "Ask the commune for its key registration file and the paper sheet with its "
            "fingerprint; trust the key, then receive this file again.",
        ),
        "KEY_REVOKED": translate(
            "Inbox",
            "Ask the commune to make a new key, send its registration with the paper sheet, and "
            "send the report again after the new key is registered here.",
        ),
        "KEY_RETIRED": translate(
            "Inbox",
            "Ask the commune to export the report again (the program signs it with its current "
            "key) and to send its new key registration if this office has not trusted it yet.",
        ),
        "KEY_WRONG_UNIT": translate(
            "Inbox",
            "Ask the commune to send only its own reports, signed with its own key; the file "
            "names another unit.",
        ),
        "SCHEMA_INVALID": version,
        "INDICATOR_UNKNOWN": version,
        "FIELDS_DISAGREE": altered,
        "PERIOD_INVALID": version,
        "PERIOD_FUTURE": translate(
            "Inbox",
            "Check this computer's date; if it is right, ask the commune to check the period "
            "of its report and its computer's date, then send the report again.",
        ),
        "WRONG_RECIPIENT": translate(
            "Inbox",
            "Ask the commune to set this office as its superior in its settings, then send a "
            "correction (report export --correction).",
        ),
        "SEQUENCE_ROLLBACK": translate(
            "Inbox",
            "Nothing is lost: the newer report counts. If the commune's figures changed since, "
            "ask it to send a correction (report export --correction).",
        ),
        "SEQUENCE_CONFLICT": translate(
            "Inbox",
            "Ask the commune which file is genuine; if its data were restored from a backup, "
            "ask it to send a correction (report export --correction).",
        ),
        "REPORT_ID_REUSED": correction,
        "CORRECTION_UNLINKED": translate(
            "Inbox",
            "If the figures changed, ask the commune to send a correction (report export "
            "--correction), which names the report it replaces.",
        ),
        "SUPERSEDES_WRONG": translate(
            "Inbox",
            "Ask the commune to send a correction of its latest report for the period (report "
            "export --correction).",
        ),
    }
    damaged = ("ZIP_PATH", "ZIP_DUPLICATE", "ZIP_MISSING", "ZIP_EXTRA", "ZIP_OVERSIZE", "ZIP_BOMB")
    steps.update(dict.fromkeys((*damaged, "ZIP_CORRUPT"), send_again))
    edited = ("JSON_INVALID", "JSON_NOT_CANONICAL", "JSON_DUPLICATE_KEY", "JSON_NAN")
    steps.update(dict.fromkeys((*edited, "JSON_FLOAT", "JSON_BIG_INTEGER"), altered))
    return steps


def next_step(code: str) -> str:
    """The sentence saying what the commune should do about a file refused for ``code``."""
    return _next_steps().get(
        code, translate("Inbox", "Ask the commune to send the report file again.")
    )


class InboxRejected(Exception):
    """A sequence rule refused the file (after the file itself verified)."""

    def __init__(self, code: str, detail: str = "", **fields):
        self.code = code
        self.detail = detail
        super().__init__(_inbox_reasons()[code].format(detail=detail, **fields))


def with_next_step(code: str, sentence: str) -> str:
    return f"{sentence} {next_step(code)}"


def reason_message(code: str, detail: str = "") -> str:
    """The sentence for a rejection code, whichever layer raised it, and the next step."""
    if code in _inbox_reasons():
        return with_next_step(code, str(InboxRejected(code, detail)))
    return with_next_step(code, str(Rejected(code, detail)))


# ----------------------------------------------------------------------------- trust


class TrustError(Exception):
    """A registration refused; ``str()`` is a sentence for the clerk."""

    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(message)


ACTIVE = "active"
REPLACED = "replaced"  # retired by a rotation to a newer key
RETIRED = "retired"  # retired without a successor: the commune lost the key
REVOKED = "revoked"  # compromised


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
    retired_at: dt.datetime | None = None

    @property
    def state(self) -> str:
        if self.revoked_at is not None:
            return REVOKED
        if self.retired_at is not None:
            return REPLACED if self.replaced_by else RETIRED
        return ACTIVE

    @property
    def ended_at(self) -> dt.datetime | None:
        return self.revoked_at or self.retired_at


@dataclass(frozen=True)
class TrustPlan:
    """What importing a registration would do (shown to the clerk before it is done)."""

    unit_code: str
    unit_name: str
    key_id: str
    fingerprint: str
    kind: str  # "new", "rotation" or "already" (this very key is pinned already)
    replaces: str | None = None  # the key id a rotation replaces


def list_trusted(session: Session) -> list[TrustedKeyInfo]:
    """Every pinned key, by unit code, the active key first, then newest first."""
    infos = [
        TrustedKeyInfo(
            id=row.id,
            unit_code=row.unit_code,
            unit_name=row.unit_name,
            key_id=row.key_id,
            fingerprint=row.fingerprint,
            trusted_at=row.created_at,
            revoked_at=row.revoked_at,
            replaced_by=row.retired_by,
            retired_at=row.retired_at,
        )
        for row in session.scalars(select(TrustedUnit))
    ]
    infos.sort(key=lambda i: (i.unit_code, i.state != ACTIVE, -i.trusted_at.timestamp()))
    return infos


def _read(data: bytes) -> Registration:
    try:
        registration = read_registration(data)
    except RegistrationError as error:
        raise TrustError(
            "REGISTRATION_INVALID",
            translate(
                "Inbox",
                "This is not a valid key registration file, or it was altered ({detail}). Ask "
                "the commune to send the registration file again, as the program saved it.",
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


def _active(session: Session, unit_code: str) -> list[TrustedUnit]:
    return list(
        session.scalars(
            select(TrustedUnit).where(
                TrustedUnit.unit_code == unit_code,
                TrustedUnit.revoked_at.is_(None),
                TrustedUnit.retired_at.is_(None),
            )
        )
    )


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
                translate(
                    "Inbox",
                    "This key is already trusted for another unit ({code}). Ask the commune "
                    "to make a key of its own.",
                ).format(code=same_key.unit_code),
            )
        if same_key.revoked_at is not None:
            raise TrustError(
                "KEY_REVOKED",
                translate(
                    "Inbox",
                    "This key was revoked on {date}; a revoked key is never trusted again. Ask "
                    "the commune to make a new key and send its registration.",
                ).format(date=same_key.revoked_at.strftime("%d/%m/%Y")),
            )
        if same_key.retired_at is not None:
            raise TrustError(
                "KEY_RETIRED",
                translate(
                    "Inbox",
                    "This key was retired on {date}; a retired key is not trusted again. Ask "
                    "the commune for the registration of its current key.",
                ).format(date=same_key.retired_at.strftime("%d/%m/%Y")),
            )
        return replace(plan, kind="already")

    active = _active(session, registration.unit_code)
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
            "as a rotation signed by that key; if the commune lost its key, retire the old one "
            "first (revoke it if it may be in someone else's hands).",
        ).format(code=registration.unit_code, key=", ".join(p.key_id for p in active)),
    )


def normal_fingerprint(text: str) -> str:
    """A fingerprint as compared: spaces, dashes and case do not count."""
    return "".join(c for c in text if not c.isspace() and c not in "-‐‑–—_").upper()


def check_fingerprint(plan: TrustPlan, typed: str) -> None:
    """Raise TrustError unless ``typed`` (from the paper sheet) is the registration's
    fingerprint."""
    expected = normal_fingerprint(plan.fingerprint)
    given = normal_fingerprint(typed)
    if not given:
        raise TrustError(
            "FINGERPRINT_MISSING",
            translate(
                "Inbox",
                "Type the fingerprint printed on the commune's paper sheet; nothing was trusted.",
            ),
        )
    if given != expected:
        raise TrustError(
            "FINGERPRINT_MISMATCH",
            translate(
                "Inbox",
                "The fingerprint typed does not match this registration's, so nothing was "
                "trusted: check what you typed, or ask the commune to send its key again.",
            ),
        )


def _rotation_moment(data: bytes, now: dt.datetime) -> dt.datetime:
    """When the commune rotated: the new registration's creation time (UTC), never later than
    now; the old key signed nothing genuine after it."""
    registration = read_registration(data)
    try:
        created = dt.datetime.strptime(registration.created, "%Y-%m-%dT%H:%M:%SZ")
    except (TypeError, ValueError):
        return now
    return min(created, now)


def trust_registration(
    session: Session,
    data: bytes,
    now: dt.datetime | None = None,
    *,
    fingerprint: str | None = None,
) -> TrustPlan:
    """Pin the registration's key. ``fingerprint``, when given, is what the clerk typed from
    the paper sheet: a mismatch raises TrustError and pins nothing. A rotation retires the
    key it replaces."""
    plan = plan_trust(session, data)
    if fingerprint is not None:
        check_fingerprint(plan, fingerprint)
    if plan.kind == "already":
        return plan
    now = now or utcnow()
    registration = read_registration(data)
    if plan.replaces:
        old = session.scalars(select(TrustedUnit).where(TrustedUnit.key_id == plan.replaces)).one()
        old.retired_at = _rotation_moment(data, now)
        old.retired_by = plan.key_id
        log_change(
            session,
            "trusted_key",
            old.id,
            "retire",
            {"retired_at": None, "retired_by": None},
            {"retired_at": old.retired_at.isoformat(), "retired_by": plan.key_id},
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


def _key_row(session: Session, key_id: str) -> TrustedUnit:
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
    return row


def revoke_key(
    session: Session,
    key_id: str,
    now: dt.datetime | None = None,
    *,
    compromised: bool = True,
) -> TrustedKeyInfo:
    """Stop trusting a key; accepted reports stay.

    ``compromised`` (the key may be in someone else's hands): it is revoked and nothing it
    signs is accepted any more, a retired key included. Otherwise (the commune lost it or
    stopped using it) it is retired: files it signed until now stay acceptable."""
    key_id = key_id.strip().upper()
    row = _key_row(session, key_id)
    now = now or utcnow()
    if compromised:
        row.revoked_at = now
        log_change(
            session,
            "trusted_key",
            row.id,
            "revoke",
            {"revoked_at": None},
            {"revoked_at": now.isoformat()},
        )
    else:
        if row.retired_at is not None:
            raise TrustError(
                "KEY_ALREADY_RETIRED",
                translate(
                    "Inbox",
                    "The key {key} was already retired on {date}; to refuse even its earlier "
                    "files, revoke it as compromised.",
                ).format(key=key_id, date=row.retired_at.strftime("%d/%m/%Y")),
            )
        row.retired_at = now
        log_change(
            session,
            "trusted_key",
            row.id,
            "retire",
            {"retired_at": None},
            {"retired_at": now.isoformat()},
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
        keys[row.key_id] = TrustedKey(
            row.unit_code, public, row.revoked_at is not None, row.retired_at
        )
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
    signed: dict | None = None  # the manifest of a file refused after its signature verified


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
    now = now or utcnow()
    with database.session() as session:
        lookup = _lookup(session)
        unit = get_unit(session)
        received = set(session.scalars(select(ReceivedReport.file_sha256)))
        # The shipped list's codes and those of every list this office published.
        codes = known_codes(session)
    recipient = unit.code if unit else None

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
            # (the key that signed them may since have been retired or revoked).
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
                item.signed = error.manifest
                item.receipt = Receipt(
                    name, REJECTED, error.code, with_next_step(error.code, str(error))
                )
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
        # No autoflush: each stored file is flushed once, by _apply_sequence_rules, before
        # its values go in; the look-ups of the next file need nothing else written first.
        with database.session() as session, session.no_autoflush:
            for done, item in enumerate(pending, start=1):
                if cancelled and cancelled():
                    break
                item.receipt = _store(session, item, now)
                if progress:
                    progress(total + done, 2 * total)

    receipts = []
    for item in incoming:
        if item.receipt is None:
            continue
        if item.receipt.outcome == REJECTED:
            item.receipt = _record_rejection(database, rejected_dir, item, now)
        receipts.append(item.receipt)
    if progress:
        progress(2 * total, 2 * total)
    return receipts


def _store(session: Session, item: _Incoming, now: dt.datetime) -> Receipt:
    manifest = item.verified.manifest
    issuer, period, sequence = manifest["issuer"], manifest["period"], manifest["sequence"]
    base = {"file_name": item.name, "issuer": issuer, "period": period, "sequence": sequence}
    try:
        superseded = _apply_sequence_rules(session, item, now)
    except InboxRejected as error:
        message = with_next_step(error.code, str(error))
        return Receipt(outcome=REJECTED, code=error.code, message=message, **base)
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
    # A sequence number names one report of the commune, whatever its period.
    for report in earlier:
        if report.sequence == sequence:
            if report.file_sha256 == item.digest:
                return "already"
            raise InboxRejected("SEQUENCE_CONFLICT", str(sequence))
    # Order counts within a period only: a commune's Q3 sent after its Q4 is a late report,
    # not a rollback.
    same_period = [r for r in earlier if r.period == period]
    current = next((r for r in same_period if r.superseded_by is None), None)
    newer = _newer_report(same_period, manifest, current)
    if newer is not None:
        raise InboxRejected(
            "SEQUENCE_ROLLBACK",
            period=period,
            newer=newer.sequence,
            newer_made=_made(newer.created),
            sequence=sequence,
            made=_made(manifest["created"]),
        )
    reused = session.scalars(
        select(ReceivedReport).where(ReceivedReport.report_id == manifest["report_id"])
    ).first()
    if reused is not None:
        raise InboxRejected("REPORT_ID_REUSED", f"{reused.issuer} No. {reused.sequence}")

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


def _newer_report(
    same_period: list[ReceivedReport], manifest: dict, current: ReceivedReport | None
) -> ReceivedReport | None:
    """An accepted report of the same commune and period that the incoming file is older
    than: a higher sequence, one that names the file as replaced, or one made later. The
    creation times (the commune's clock) are not weighed against a correction of the current
    report: naming it proves the file came after it."""
    sequence, created = manifest["sequence"], manifest["created"]
    names_current = current is not None and manifest["supersedes"] == current.report_id
    for report in sorted(same_period, key=lambda r: -r.sequence):
        if (
            report.sequence > sequence
            or report.supersedes == manifest["report_id"]
            or (not names_current and report.created > created)
        ):
            return report
    return None


def _made(created: str) -> str:
    """A manifest's creation time as the clerk reads a date."""
    try:
        return dt.datetime.strptime(created, "%Y-%m-%dT%H:%M:%SZ").strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return created


def _record_rejection(
    database: Database, rejected_dir: Path, item: _Incoming, now: dt.datetime
) -> Receipt:
    receipt = item.receipt
    kept_as = ""
    if item.data is not None:
        try:
            kept_as = _keep_aside(rejected_dir, item.name, item.data, item.digest)
        except FileWriteError as error:
            receipt = replace(receipt, message=f"{receipt.message} ({error})")
    issuer = receipt.issuer or _claimed(item, "issuer")
    period = receipt.period or _claimed(item, "period")
    sequence = receipt.sequence
    if sequence is None and isinstance(_signed(item).get("sequence"), int):
        sequence = _signed(item)["sequence"]
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
                claims=_claims(item, receipt),
                created_at=now,
            )
        )
    return replace(receipt, kept_as=kept_as, issuer=issuer, period=period, sequence=sequence)


def _claims(item: _Incoming, receipt: Receipt) -> dict | None:
    """What a receipt to the commune needs of a refused file: who and which report the file
    says it is (from its signed manifest, or read unverified when the signature did not
    verify), and the reason alone, without the next step meant for this office's clerk."""
    if item.data is None:
        return None
    signed = _signed(item)
    claims = (
        {
            name: signed[name]
            for name, kind in CLAIMED_FIELDS.items()
            if isinstance(signed.get(name), kind)
        }
        if signed
        else read_claims(item.data)
    )
    reason = receipt.message
    cut = reason.find(" " + next_step(receipt.code))
    if cut > 0:
        reason = reason[:cut]
    return {**claims, "verified": bool(signed), "reason": reason}


def _signed(item: _Incoming) -> dict:
    """The manifest whose signature verified by the issuer's key, if the file got so far."""
    if item.verified is not None:
        return item.verified.manifest
    return item.signed or {}


def _claimed(item: _Incoming, field: str) -> str:
    """What a signed manifest says, for the record of a file refused after its signature
    verified (by a sequence rule, a retired key's date, a later check)."""
    value = _signed(item).get(field)
    return value if isinstance(value, str) else ""


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
