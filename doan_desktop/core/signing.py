"""The office's signing key in the database (table ``signing_key``): made with the clerk's
passphrase, used to sign reports, registered with the superior, rotated.

One key is current (``retired_at`` empty); rotated keys stay, retired, so that a report frozen
under one can still be written again with the same bytes. The registration file is made when
the key is (self-signed; after a rotation also signed by the old key) and kept as made:
``keys export`` needs no passphrase.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from doan_desktop.core import clock
from doan_desktop.core.changelog import log_change
from doan_desktop.core.messages import translate
from doan_desktop.core.store.models import SigningKey, utcnow
from doan_desktop.core.unit import UnitInfo, get_unit
from doan_desktop.exchange import keys
from doan_desktop.exchange.keys import KeyPair, WrongPassphrase, check_passphrase
from doan_desktop.exchange.minisign import PublicKey

__all__ = [
    "KeyProblem",
    "KeyInfo",
    "NoKey",
    "WrongPassphrase",
    "check_passphrase",
    "create_key",
    "current_key",
    "key_pair",
    "registration_file",
    "rotate_key",
    "unlock_key",
]


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
    return KeyPair(public.key_id, public, row.private_pem)


def _row(session: Session, key_id: str | None = None) -> SigningKey:
    if key_id is None:
        row = _current_row(session)
    else:
        row = session.scalars(select(SigningKey).where(SigningKey.key_id == key_id)).first()
    if row is None:
        raise NoKey()
    return row


def unlock_key(
    session: Session, passphrase: str, key_id: str | None = None
) -> tuple[KeyPair, Ed25519PrivateKey]:
    """The key (current, or the one named) and its private half. WrongPassphrase otherwise."""
    row = _row(session, key_id)
    return key_pair(row), keys.unlock(row.private_pem, passphrase)


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
        private_pem=pair.private_pem,
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
    pair = keys.generate(passphrase)
    private = keys.unlock(pair.private_pem, passphrase)
    registration = keys.registration(unit.code, unit.name, pair, private, now)
    return _info(_store(session, pair, registration, None))


def rotate_key(
    session: Session, passphrase: str, new_passphrase: str, now: dt.datetime | None = None
) -> KeyInfo:
    """A new key whose registration is signed by the new key and the current one, which is
    retired. A wrong passphrase changes nothing."""
    problem = check_passphrase(new_passphrase)
    if problem:
        raise KeyProblem(problem)
    old_row = _row(session)
    old_pair, old_private = key_pair(old_row), keys.unlock(old_row.private_pem, passphrase)
    unit = _unit(session)
    now = now or clock.utc_now()
    pair = keys.generate(new_passphrase)
    private = keys.unlock(pair.private_pem, new_passphrase)
    registration = keys.registration(
        unit.code, unit.name, pair, private, now, previous=(old_pair, old_private)
    )
    old_row.retired_at = utcnow()
    log_change(
        session,
        "signing_key",
        old_row.id,
        "update",
        {"retired_at": None},
        {"retired_at": old_row.retired_at.isoformat()},
    )
    return _info(_store(session, pair, registration, old_row.key_id))


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
        place_name=place_name(unit.name, unit.kind),
        key_id=info.key_id,
        fingerprint=info.fingerprint,
        public_key=info.public_key,
        created=info.created_at.date(),
        printed_on=today or clock.today(),
        previous_key_id=info.previous_key_id,
    )
