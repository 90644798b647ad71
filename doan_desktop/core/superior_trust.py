"""At a commune: trusting the superior office's key, which signs the receipts and circulars it
sends down.

The same way the superior's inbox trusts a commune (core/inbox.py): the registration file the
superior office's program saved, and the fingerprint printed on its paper sheet, typed by the
clerk. The key is pinned in the same table (``trusted_key``), for the superior's unit code only:
a registration of any other unit is refused. A rotation signed by the pinned key replaces it
(the old key's files made before the rotation still count). A key that is not such a rotation
(the superior office lost its key) is taken only with the paper sheet's fingerprint compared,
and the old key is then retired: files it signed until now still count.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from doan_desktop.core.changelog import log_change
from doan_desktop.core.inbox import ACTIVE, TrustedKeyInfo, list_trusted, normal_fingerprint
from doan_desktop.core.messages import translate
from doan_desktop.core.store.models import TrustedUnit, utcnow
from doan_desktop.core.unit import UnitInfo, get_unit
from doan_desktop.exchange.bundle import TrustedKey
from doan_desktop.exchange.keys import Registration, RegistrationError, read_registration
from doan_desktop.exchange.minisign import MinisignError, PublicKey

NEW = "new"
ROTATION = "rotation"  # signed by the pinned key
REPLACEMENT = "replacement"  # not signed by it: the superior office lost its key
ALREADY = "already"


class SuperiorTrustError(Exception):
    """A registration refused; ``str()`` is a sentence for the clerk."""

    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(message)


@dataclass(frozen=True)
class SuperiorPlan:
    """What trusting a registration would do (shown to the clerk before it is done)."""

    unit_code: str
    unit_name: str
    key_id: str
    fingerprint: str
    kind: str  # NEW, ROTATION, REPLACEMENT or ALREADY
    replaces: tuple[str, ...] = ()  # the key ids a rotation or a replacement retires


def commune_unit(session: Session) -> UnitInfo:
    """This office, which must be a commune office: only a commune has a superior to trust."""
    unit = get_unit(session)
    if unit is None:
        raise SuperiorTrustError(
            "NO_UNIT", translate("Exchange", "This data folder has no unit yet.")
        )
    if unit.role == "superior":
        raise SuperiorTrustError(
            "NOT_A_COMMUNE",
            translate(
                "Exchange",
                "This office is a superior office: receipts and circulars are what it sends "
                "to its communes, not what it receives.",
            ),
        )
    return unit


def _read(data: bytes) -> Registration:
    try:
        registration = read_registration(data)
    except RegistrationError as error:
        raise SuperiorTrustError(
            "REGISTRATION_INVALID",
            translate(
                "Exchange",
                "This is not a valid key registration file, or it was altered ({detail}). Ask "
                "the superior office to send its registration file again, as the program "
                "saved it.",
            ).format(detail=error),
        ) from error
    if not isinstance(registration.unit_name, str) or not registration.unit_name.strip():
        raise SuperiorTrustError(
            "REGISTRATION_INVALID", translate("Exchange", "The registration names no unit.")
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


def plan_trust(session: Session, data: bytes) -> SuperiorPlan:
    """Check a registration against this office's superior and the key pinned for it; raise
    SuperiorTrustError if it is refused."""
    unit = commune_unit(session)
    registration = _read(data)
    if registration.unit_code != unit.superior_code:
        raise SuperiorTrustError(
            "NOT_OUR_SUPERIOR",
            translate(
                "Exchange",
                "This registration is the key of {name} ({code}), but this office's superior "
                "office is {superior} ({superior_code}). Ask your superior office for its own "
                "registration, or correct the superior office in Settings.",
            ).format(
                name=registration.unit_name,
                code=registration.unit_code,
                superior=unit.superior_name,
                superior_code=unit.superior_code,
            ),
        )
    key_id = registration.public.key_id_hex
    plan = SuperiorPlan(
        registration.unit_code,
        registration.unit_name.strip(),
        key_id,
        registration.fingerprint,
        NEW,
    )
    same_key = session.scalars(select(TrustedUnit).where(TrustedUnit.key_id == key_id)).first()
    if same_key is not None:
        if same_key.public_key != registration.public.line() or (
            same_key.unit_code != registration.unit_code
        ):
            raise SuperiorTrustError(
                "KEY_ID_CLASH",
                translate(
                    "Exchange",
                    "A different key with the same key id ({key}) is already trusted here. Ask "
                    "the superior office to make a new key.",
                ).format(key=key_id),
            )
        ended = same_key.revoked_at or same_key.retired_at
        if ended is not None:
            raise SuperiorTrustError(
                "KEY_RETIRED",
                translate(
                    "Exchange",
                    "This key of the superior office was replaced on {date}; a replaced key "
                    "is not trusted again. Ask the superior office for the registration of "
                    "its current key.",
                ).format(date=ended.strftime("%d/%m/%Y")),
            )
        return replace(plan, kind=ALREADY)
    active = _active(session, registration.unit_code)
    if not active:
        return plan
    previous = registration.previous
    for pinned in active:
        if (
            previous is not None
            and pinned.key_id == previous.key_id_hex
            and pinned.public_key == previous.line()
        ):
            return replace(plan, kind=ROTATION, replaces=(pinned.key_id,))
    return replace(plan, kind=REPLACEMENT, replaces=tuple(p.key_id for p in active))


def check_fingerprint(plan: SuperiorPlan, typed: str) -> None:
    """Raise SuperiorTrustError unless ``typed`` (from the paper sheet) is the registration's
    fingerprint."""
    given = normal_fingerprint(typed)
    if not given:
        raise SuperiorTrustError(
            "FINGERPRINT_MISSING",
            translate(
                "Exchange",
                "Type the fingerprint printed on the superior office's paper sheet; nothing was "
                "trusted.",
            ),
        )
    if given != normal_fingerprint(plan.fingerprint):
        raise SuperiorTrustError(
            "FINGERPRINT_MISMATCH",
            translate(
                "Exchange",
                "The fingerprint typed does not match this registration's, so nothing was "
                "trusted: check what you typed, or ask the superior office to send its key "
                "again.",
            ),
        )


def _rotation_moment(registration: Registration, now: dt.datetime) -> dt.datetime:
    """When the superior office rotated: its new registration's time, never later than now."""
    try:
        created = dt.datetime.strptime(registration.created, "%Y-%m-%dT%H:%M:%SZ")
    except (TypeError, ValueError):
        return now
    return min(created, now)


def trust_superior(
    session: Session,
    data: bytes,
    *,
    fingerprint: str | None,
    now: dt.datetime | None = None,
) -> SuperiorPlan:
    """Pin the superior office's key. ``fingerprint`` is what the clerk typed from the paper
    sheet (None: trusted without it, which a replacement of a lost key never is); a mismatch
    pins nothing."""
    plan = plan_trust(session, data)
    if fingerprint is not None:
        check_fingerprint(plan, fingerprint)
    elif plan.kind == REPLACEMENT:
        raise SuperiorTrustError(
            "FINGERPRINT_REQUIRED",
            translate(
                "Exchange",
                "This key does not replace the trusted key {old} by a rotation signed with it "
                "(the superior office may have lost its key): it is trusted only with the "
                "fingerprint on the superior office's paper sheet compared.",
            ).format(old=", ".join(plan.replaces)),
        )
    if plan.kind == ALREADY:
        return plan
    now = now or utcnow()
    registration = read_registration(data)
    retired_at = _rotation_moment(registration, now) if plan.kind == ROTATION else now
    for key_id in plan.replaces:
        old = session.scalars(select(TrustedUnit).where(TrustedUnit.key_id == key_id)).one()
        old.retired_at = retired_at
        old.retired_by = plan.key_id
        log_change(
            session,
            "trusted_key",
            old.id,
            "retire",
            {"retired_at": None, "retired_by": None},
            {"retired_at": retired_at.isoformat(), "retired_by": plan.key_id},
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


def superior_key(session: Session) -> TrustedKeyInfo | None:
    """The superior office's key trusted here now, if any."""
    unit = get_unit(session)
    if unit is None:
        return None
    return next(
        (
            k
            for k in list_trusted(session)
            if k.unit_code == unit.superior_code and k.state == ACTIVE
        ),
        None,
    )


def superior_keys(session: Session) -> Callable[[str], TrustedKey | None]:
    """Key id → the trusted key, for verifying what the superior office sends down."""
    found = {}
    for row in session.scalars(select(TrustedUnit)):
        try:
            public = PublicKey.from_line(row.public_key)
        except MinisignError:
            continue
        found[row.key_id] = TrustedKey(
            row.unit_code, public, row.revoked_at is not None, row.retired_at
        )
    return found.get
