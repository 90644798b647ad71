"""The office's signing key: made with the clerk's passphrase, used to sign reports, registered
with the superior, rotated.

The table ``signing_key`` holds the public half and the history: one key is current
(``retired_at`` empty); rotated keys stay, retired, with their public half and registration, so
that what they signed can still be verified. The private half is in its own file in the data
folder, ``keys/signing-<key id>.key`` (``exchange.keys``: scrypt and AES-GCM), readable by the
owner only. The backups are copies of the database, so they never carry it: moving the office to
another PC takes the key file too (``keys backup`` / ``keys restore``).

Only the current key signs (a report frozen under a retired key is signed again with the current
one: ``report_export``), so a retired key's private half is destroyed once its rotation is
committed. Kept, it would only be a danger: a key is often replaced because its passphrase may
be known to others, and a retired key could still sign files dated before its retirement, which
the superior office accepts.

Older versions kept the private half in the database (PKCS#8, ``private_pem``). Such a key is
moved into its file the next time it is unlocked: the file is written and flushed first, then
the column emptied in the caller's transaction; if the file cannot be written nothing changes.

The registration file is made when the key is (self-signed; after a rotation also signed by the
old key) and kept as made: ``keys export`` needs no passphrase.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from doan_desktop.core import clock
from doan_desktop.core.changelog import log_change
from doan_desktop.core.messages import translate
from doan_desktop.core.store import private as owner_only
from doan_desktop.core.store.models import SigningKey, utcnow
from doan_desktop.core.unit import UnitInfo, get_unit
from doan_desktop.exchange import keys
from doan_desktop.exchange.files import FileWriteError, write_atomically
from doan_desktop.exchange.keys import KeyPair, WrongPassphrase, check_passphrase
from doan_desktop.exchange.minisign import PublicKey

__all__ = [
    "KeyFileMissing",
    "KeyProblem",
    "KeyInfo",
    "NoKey",
    "WrongPassphrase",
    "back_up_key_file",
    "check_passphrase",
    "create_key",
    "current_key",
    "key_file_path",
    "key_pair",
    "private_key_place",
    "registration_file",
    "replace_lost_key",
    "restore_key_file",
    "rotate_key",
    "unlock_key",
]

KEYS_FOLDER = "keys"


class KeyProblem(Exception):
    """Something the clerk can fix about the key: said in one sentence."""


class NoKey(KeyProblem):
    def __init__(self):
        super().__init__(
            translate(
                "Keys",
                "This office has no signing key yet. Make one in Settings (Signing key…) or "
                "with 'doan-desktop keys create'.",
            )
        )


class KeyFileMissing(KeyProblem):
    """The database knows the key; its file is not in the data folder (a database restored from a
    backup, or moved to another PC without the key)."""

    def __init__(self, path: Path):
        self.path = path
        super().__init__(
            translate(
                "Keys",
                "The signing key file is missing from the data folder: {path}. Nothing was "
                "signed. Copy it back there (from the old computer, or from the copy made with "
                "'Save a copy of the key file…' or 'doan-desktop keys backup'), or replace the "
                "key with a new one ('Replace the key' in Settings › Signing key, or "
                "'doan-desktop keys rotate --lost') and register the new key with the superior "
                "office.",
            ).format(path=path)
        )


@dataclass(frozen=True)
class KeyInfo:
    key_id: str  # hex, as minisign prints it
    public_key: str  # minisign's one-line form
    fingerprint: str
    created_at: dt.datetime
    previous_key_id: str | None
    retired_at: dt.datetime | None

    @property
    def public(self) -> PublicKey:
        return PublicKey.from_line(self.public_key)


def _info(row: SigningKey) -> KeyInfo:
    public = PublicKey.from_line(row.public_key)
    return KeyInfo(
        row.key_id,
        row.public_key,
        keys.fingerprint(public),
        row.created_at,
        row.previous_key_id,
        row.retired_at,
    )


def _current_row(session: Session) -> SigningKey | None:
    return session.scalars(
        select(SigningKey)
        .where(SigningKey.retired_at.is_(None))
        .order_by(SigningKey.created_at.desc())
    ).first()


def current_key(session: Session) -> KeyInfo | None:
    row = _current_row(session)
    return _info(row) if row else None


def all_keys(session: Session) -> list[KeyInfo]:
    """Every key this office has had, oldest first."""
    return [_info(r) for r in session.scalars(select(SigningKey).order_by(SigningKey.created_at))]


def key_pair(row: SigningKey) -> KeyPair:
    public = PublicKey.from_line(row.public_key)
    return KeyPair(public.key_id, public)


def _row(session: Session, key_id: str | None = None) -> SigningKey:
    if key_id is None:
        row = _current_row(session)
    else:
        row = session.scalars(select(SigningKey).where(SigningKey.key_id == key_id)).first()
        if row is None:
            raise KeyProblem(
                translate("Keys", "This office has no key {key_id}.").format(key_id=key_id)
            )
    if row is None:
        raise NoKey()
    return row


# ---------------------------------------------------------------------- the key files


def keys_folder(session: Session) -> Path:
    """The data folder's ``keys`` folder: beside the database the session works on."""
    database = session.get_bind().url.database
    if not database or database == ":memory:":
        raise ValueError("signing keys need a database file to sit beside")
    return Path(database).parent / KEYS_FOLDER


def key_file_path(session: Session, key_id: str | None = None) -> Path:
    """Where the file of the key (current, or the one named) is, or belongs."""
    return keys_folder(session) / f"signing-{_row(session, key_id).key_id}.key"


def _read_key_file(path: Path) -> bytes:
    """The key file's bytes, or the sentence saying why it cannot be had."""
    try:
        return path.read_bytes()
    except FileNotFoundError as error:
        raise KeyFileMissing(path) from error
    except OSError as error:
        raise KeyProblem(
            translate("Keys", "The signing key file {path} cannot be read: {detail}").format(
                path=path, detail=error.strerror or error
            )
        ) from error


def _write_key_file(path: Path, data: bytes) -> None:
    """Written beside, flushed and renamed into place, readable by the owner only."""
    try:
        # Owner-only, even if made by hand or copied from elsewhere open to everyone.
        owner_only.make_folder(path.parent)
        # The temporary file is made 0600 (mkstemp) and keeps that mode through the rename.
        write_atomically(path, lambda temporary: temporary.write_bytes(data))
    except FileWriteError as error:  # already a sentence: a full disk, a read-only folder …
        raise KeyProblem(
            translate("Keys", "{problem} The signing key was not changed.").format(problem=error)
        ) from error
    except OSError as error:
        raise KeyProblem(
            translate(
                "Keys",
                "The signing key file {path} could not be written ({detail}). Nothing was changed.",
            ).format(path=path, detail=error.strerror or error)
        ) from error


def _damaged(path: Path, error: Exception) -> KeyProblem:
    return KeyProblem(
        translate(
            "Keys",
            "The signing key file {path} is damaged or belongs to another key ({detail}). "
            "Nothing was signed. Put back your copy of the key file, or replace the key.",
        ).format(path=path, detail=error)
    )


def private_key_place(session: Session, key_id: str | None = None) -> str:
    """Where the private half of the key is: "file", "database" (an older version's key, not
    yet unlocked by this one), "missing", or "damaged" (a file that is not this key's)."""
    row = _row(session, key_id)
    if row.private_pem is not None:
        return "database"
    path = key_file_path(session, row.key_id)
    try:
        key_file = keys.read_key_file(path.read_bytes())
    except FileNotFoundError:
        return "missing"
    except (OSError, keys.KeyFileError):
        return "damaged"
    return "file" if key_file.public.line() == row.public_key else "damaged"


def _move_to_file(
    session: Session, row: SigningKey, private: Ed25519PrivateKey, passphrase: str
) -> None:
    """An older version's key, now unlocked: into its file, then out of the database."""
    path = key_file_path(session, row.key_id)
    _write_key_file(path, keys.wrap(private, key_pair(row).public, passphrase))
    # Zeroes the freed bytes instead of leaving the old blob in the file's free space (and so in
    # every later backup, which copies the pages as they are).
    session.execute(text("PRAGMA secure_delete=ON"))
    row.private_pem = None
    log_change(
        session,
        "signing_key",
        row.id,
        "update",
        {"private_key": "database"},
        {"private_key": f"{KEYS_FOLDER}/{path.name}"},
    )
    session.flush()


def unlock_key(
    session: Session, passphrase: str, key_id: str | None = None
) -> tuple[KeyPair, Ed25519PrivateKey]:
    """The key (current, or the one named) and its private half. WrongPassphrase, or
    KeyFileMissing / KeyProblem when its file is missing or damaged; nothing is signed then.

    A key kept in the database by an older version moves into its file here (see the module);
    a file written with weaker scrypt parameters than today's is written again with them."""
    row = _row(session, key_id)
    if row.retired_at is not None:
        raise KeyProblem(
            translate(
                "Keys",
                "Key {key_id} was replaced on {date}: only the current key signs, and a "
                "replaced key's private half is destroyed.",
            ).format(key_id=row.key_id, date=row.retired_at.strftime("%d/%m/%Y"))
        )
    pair = key_pair(row)
    if row.private_pem is not None:
        try:
            private = keys.unlock_pkcs8(row.private_pem, passphrase, pair.public)
        except keys.KeyFileMismatch as error:
            raise KeyProblem(
                translate(
                    "Keys",
                    "The signing key kept in the database does not match its public key "
                    "({detail}). Nothing was signed. Replace the key.",
                ).format(detail=error)
            ) from error
        _move_to_file(session, row, private, passphrase)
        _forget_retired(session)
        return pair, private
    path = key_file_path(session, row.key_id)
    data = _read_key_file(path)
    try:
        private, key_file = keys.unwrap(data, passphrase, pair.public)
    except keys.KeyFileError as error:
        raise _damaged(path, error) from error
    if key_file.kdf.cost < keys.KDF.cost:
        # Stronger parameters than the file's: worth having, not worth refusing to sign for.
        # The file as it is still opens, and the next unlock tries again.
        with contextlib.suppress(KeyProblem):
            _write_key_file(path, keys.wrap(private, pair.public, passphrase))
    _forget_retired(session)
    return pair, private


# ---------------------------------------------------------------------- retired keys

_AFTER_COMMIT = "doan_desktop.signing.after_commit"


def _when_committed(session: Session, action: Callable[[], None]) -> None:
    """Run ``action`` once the session's transaction is committed; never if it rolls back.

    A key file is destroyed only after the rotation that retires its key is in the database:
    destroyed before, a failed commit would leave the current key without its file."""
    session.info.setdefault(_AFTER_COMMIT, []).append(action)
    if not event.contains(session, "after_commit", _run_committed):
        event.listen(session, "after_commit", _run_committed)
        event.listen(session, "after_soft_rollback", _drop_committed)


def _run_committed(session: Session) -> None:
    for action in session.info.pop(_AFTER_COMMIT, []):
        action()


def _drop_committed(session: Session, _previous_transaction) -> None:
    # Also on a savepoint's rollback: the files then stay until the next unlock forgets them.
    session.info.pop(_AFTER_COMMIT, None)


def _destroy_file(path: Path) -> None:
    """Overwritten, flushed and removed; one that resists is tried again at the next unlock."""
    with contextlib.suppress(OSError):
        size = path.stat().st_size
        with open(path, "r+b") as handle:
            handle.write(bytes(size))
            handle.flush()
            os.fsync(handle.fileno())
        path.unlink()


def _forget_retired(session: Session) -> None:
    """Destroy the private halves of retired keys (see the module): a blob an older version
    kept in the database is emptied now, a key file removed once the transaction commits."""
    folder = keys_folder(session)
    retired = session.scalars(select(SigningKey).where(SigningKey.retired_at.is_not(None)))
    for row in retired:
        if row.private_pem is not None:
            session.execute(text("PRAGMA secure_delete=ON"))
            row.private_pem = None
            log_change(
                session,
                "signing_key",
                row.id,
                "update",
                {"private_key": "database"},
                {"private_key": "destroyed"},
            )
        path = folder / f"signing-{row.key_id}.key"
        if path.exists():
            _when_committed(session, functools.partial(_destroy_file, path))
    session.flush()


def _unit(session: Session) -> UnitInfo:
    unit = get_unit(session)
    if unit is None:
        raise KeyProblem(translate("Keys", "Set up the unit before making its key."))
    return unit


def _store(
    session: Session, pair: KeyPair, registration: bytes, previous: str | None
) -> SigningKey:
    row = SigningKey(
        key_id=pair.public.key_id_hex,
        public_key=pair.public.line(),
        private_pem=None,
        previous_key_id=previous,
        registration=registration,
    )
    session.add(row)
    session.flush()
    # Only the public half goes into the change log.
    log_change(
        session,
        "signing_key",
        row.id,
        "create",
        None,
        {"key_id": row.key_id, "public_key": row.public_key, "previous_key_id": previous},
    )
    return row


def _new_key(session: Session, passphrase: str) -> tuple[KeyPair, Ed25519PrivateKey]:
    """A new key, its file written (before any row refers to it)."""
    pair, private = keys.generate()
    path = keys_folder(session) / f"signing-{pair.public.key_id_hex}.key"
    _write_key_file(path, keys.wrap(private, pair.public, passphrase))
    return pair, private


def _retire(session: Session, row: SigningKey) -> None:
    row.retired_at = utcnow()
    log_change(
        session,
        "signing_key",
        row.id,
        "update",
        {"retired_at": None},
        {"retired_at": row.retired_at.isoformat()},
    )


def create_key(session: Session, passphrase: str, now: dt.datetime | None = None) -> KeyInfo:
    """Make the office's first key. Refuses when a key exists (rotate it instead)."""
    problem = check_passphrase(passphrase)
    if problem:
        raise KeyProblem(problem)
    if _current_row(session) is not None:
        raise KeyProblem(
            translate("Keys", "This office already has a signing key. Rotate it to replace it.")
        )
    unit = _unit(session)
    now = now or clock.utc_now()
    pair, private = _new_key(session, passphrase)
    registration = keys.registration(unit.code, unit.name, pair, private, now)
    return _info(_store(session, pair, registration, None))


def rotate_key(
    session: Session, passphrase: str, new_passphrase: str, now: dt.datetime | None = None
) -> KeyInfo:
    """A new key whose registration is signed by the new key and the current one, which is
    retired (its private half destroyed once this is committed). A wrong passphrase changes
    nothing."""
    problem = check_passphrase(new_passphrase)
    if problem:
        raise KeyProblem(problem)
    old_row = _row(session)
    old_pair, old_private = unlock_key(session, passphrase, old_row.key_id)
    unit = _unit(session)
    now = now or clock.utc_now()
    pair, private = _new_key(session, new_passphrase)
    registration = keys.registration(
        unit.code, unit.name, pair, private, now, previous=(old_pair, old_private)
    )
    _retire(session, old_row)
    info = _info(_store(session, pair, registration, old_row.key_id))
    _forget_retired(session)
    return info


def replace_lost_key(
    session: Session, new_passphrase: str, now: dt.datetime | None = None
) -> KeyInfo:
    """A new key when the current one's file is lost or damaged: the old key cannot sign the
    new registration, so it is signed by the new key only, and the superior office accepts it
    once it has revoked the old key (and compared the new fingerprint sheet). Refused while the
    old key is usable: then it is rotated with its passphrase."""
    problem = check_passphrase(new_passphrase)
    if problem:
        raise KeyProblem(problem)
    old_row = _row(session)
    if private_key_place(session, old_row.key_id) in ("file", "database"):
        raise KeyProblem(
            translate(
                "Keys",
                "The signing key is not lost: replace it with its passphrase (a rotation "
                "the superior office accepts without revoking anything).",
            )
        )
    unit = _unit(session)
    now = now or clock.utc_now()
    pair, private = _new_key(session, new_passphrase)
    registration = keys.registration(unit.code, unit.name, pair, private, now)
    _retire(session, old_row)
    info = _info(_store(session, pair, registration, old_row.key_id))
    _forget_retired(session)  # a damaged file of the old key goes too
    return info


def back_up_key_file(session: Session, target: Path) -> Path:
    """Copy the current key's file (still locked with its passphrase) to ``target``."""
    row = _row(session)
    if row.private_pem is not None:
        raise KeyProblem(
            translate(
                "Keys",
                "The signing key is still kept in the database, as older versions did. Sign a "
                "report or replace the key once (it then moves into its own file), and save "
                "the copy after that.",
            )
        )
    source = key_file_path(session, row.key_id)
    data = _read_key_file(source)
    try:
        key_file = keys.read_key_file(data)
    except keys.KeyFileError as error:
        raise _damaged(source, error) from error
    if key_file.public.line() != row.public_key:
        raise _damaged(source, keys.KeyFileMismatch("another key"))
    try:
        write_atomically(target, lambda temporary: temporary.write_bytes(data))
    except FileWriteError as error:
        raise KeyProblem(str(error)) from error
    return target


def restore_key_file(session: Session, data: bytes, replace: bool = False) -> tuple[KeyInfo, Path]:
    """Put a copy of a key file back in the data folder. It must be of this office's current
    key; an existing, different file for that key is kept unless ``replace``."""
    try:
        key_file = keys.read_key_file(data)
    except keys.KeyFileError as error:
        raise KeyProblem(
            translate("Keys", "This is not a doan-desktop key file ({detail}).").format(
                detail=error
            )
        ) from error
    row = session.scalars(
        select(SigningKey).where(SigningKey.key_id == key_file.public.key_id_hex)
    ).first()
    if row is None or row.public_key != key_file.public.line():
        raise KeyProblem(
            translate(
                "Keys",
                "The key file holds key {key_id}, which is not one of this office's keys. "
                "Nothing was copied.",
            ).format(key_id=key_file.public.key_id_hex)
        )
    if row.retired_at is not None:
        raise KeyProblem(
            translate(
                "Keys",
                "The key file holds key {key_id}, replaced on {date}: only the current key "
                "signs, so its file is not put back.",
            ).format(key_id=row.key_id, date=row.retired_at.strftime("%d/%m/%Y"))
        )
    path = key_file_path(session, row.key_id)
    data = key_file.dumps()
    if path.is_file() and not replace:
        try:
            same = path.read_bytes() == data
        except OSError:
            same = False
        if not same:
            raise KeyProblem(
                translate(
                    "Keys",
                    "A key file for key {key_id} is already in the data folder ({path}); "
                    "nothing was copied. Replace it only if it is damaged.",
                ).format(key_id=row.key_id, path=path)
            )
    _write_key_file(path, data)
    return _info(row), path


def registration_file(session: Session) -> bytes:
    """The current key's registration, as made (self-signed; after a rotation, by both)."""
    row = _row(session)
    if not row.registration:
        raise KeyProblem(
            translate(
                "Keys", "The key's registration is missing. Rotate the key to make a new one."
            )
        )
    return bytes(row.registration)


def sheet_data(session: Session, today: dt.date | None = None):
    """What the fingerprint sheet prints for the current key."""
    from doan_desktop.core.report_print import place_name
    from doan_desktop.core.unit import display_name
    from doan_desktop.documents.fingerprint_sheet import SheetData

    info = current_key(session)
    if info is None:
        raise NoKey()
    unit = _unit(session)
    commune = display_name(unit)
    return SheetData(
        upper_body=unit.superior_name.upper(),
        issuing_body=f"BCH {commune.upper()}",
        unit_name=commune,
        unit_code=unit.code,
        # A commune dates its sheet at the commune; a superior office at its province or city.
        place_name=unit.province if unit.role == "superior" else place_name(unit.name, unit.kind),
        key_id=info.key_id,
        fingerprint=info.fingerprint,
        public_key=info.public_key,
        created=info.created_at.date(),
        printed_on=today or clock.today(),
        previous_key_id=info.previous_key_id,
    )
