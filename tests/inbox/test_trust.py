"""Trusting a commune: pinning its key, rotations, refusals, revocation."""

import json

import pytest
from sqlalchemy import func, select

from doan_desktop.core.inbox import (
    TrustError,
    list_trusted,
    plan_trust,
    revoke_key,
    trust_registration,
)
from doan_desktop.core.store.models import ChangeLog, TrustedUnit
from doan_desktop.exchange import canonical
from doan_desktop.exchange.keys import fingerprint
from tests.inbox.conftest import Commune


def _count(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(TrustedUnit))


def test_plan_shows_the_fingerprint_and_writes_nothing(superior_db, hoa_phu):
    with superior_db.session() as session:
        plan = plan_trust(session, hoa_phu.registration())
    assert plan.kind == "new"
    assert plan.unit_code == "HP-DL-01"
    assert plan.unit_name == "Đoàn xã Hòa Phú"
    assert plan.fingerprint == fingerprint(hoa_phu.pair.public)
    assert plan.key_id == hoa_phu.key_id_hex
    assert _count(superior_db) == 0


def test_trust_pins_the_key_and_logs_it(superior_db, hoa_phu):
    with superior_db.session() as session:
        plan = trust_registration(session, hoa_phu.registration())
    assert plan.kind == "new"
    with superior_db.session() as session:
        [info] = list_trusted(session)
        row = session.scalars(select(TrustedUnit)).one()
        logged = session.scalars(select(ChangeLog).where(ChangeLog.entity == "trusted_key")).all()
    assert (info.unit_code, info.key_id, info.state) == ("HP-DL-01", hoa_phu.key_id_hex, "active")
    assert info.fingerprint == plan.fingerprint
    assert row.registration == hoa_phu.registration()
    assert row.public_key == hoa_phu.pair.public.line()
    assert [entry.action for entry in logged] == ["create"]


def test_trusting_the_same_key_again_is_a_no_op(superior_db, hoa_phu):
    with superior_db.session() as session:
        trust_registration(session, hoa_phu.registration())
    with superior_db.session() as session:
        assert trust_registration(session, hoa_phu.registration()).kind == "already"
    assert _count(superior_db) == 1


def test_another_key_for_a_pinned_unit_is_refused(superior_db, hoa_phu):
    impostor = Commune(hoa_phu.code, "Đoàn xã Hòa Phú (giả)")
    with superior_db.session() as session:
        trust_registration(session, hoa_phu.registration())
    with superior_db.session() as session, pytest.raises(TrustError) as caught:
        trust_registration(session, impostor.registration())
    assert caught.value.code == "UNIT_PINNED"
    assert "HP-DL-01" in str(caught.value)
    assert _count(superior_db) == 1


def test_a_rotation_signed_by_the_pinned_key_replaces_it(superior_db, hoa_phu):
    new = Commune(hoa_phu.code, hoa_phu.name)
    with superior_db.session() as session:
        trust_registration(session, hoa_phu.registration())
    with superior_db.session() as session:
        plan = trust_registration(session, new.registration(previous=hoa_phu))
    assert (plan.kind, plan.replaces) == ("rotation", hoa_phu.key_id_hex)
    with superior_db.session() as session:
        states = {i.key_id: (i.state, i.replaced_by) for i in list_trusted(session)}
    assert states == {
        new.key_id_hex: ("active", None),
        hoa_phu.key_id_hex: ("replaced", new.key_id_hex),
    }


def test_a_rotation_from_a_key_not_pinned_here_is_refused(superior_db, hoa_phu):
    stranger = Commune(hoa_phu.code, hoa_phu.name)
    new = Commune(hoa_phu.code, hoa_phu.name)
    with superior_db.session() as session:
        trust_registration(session, hoa_phu.registration())
    with superior_db.session() as session, pytest.raises(TrustError) as caught:
        trust_registration(session, new.registration(previous=stranger))
    assert caught.value.code == "UNIT_PINNED"
    assert _count(superior_db) == 1


def test_after_revocation_a_new_key_may_be_trusted(superior_db, hoa_phu):
    new = Commune(hoa_phu.code, hoa_phu.name)
    with superior_db.session() as session:
        trust_registration(session, hoa_phu.registration())
    with superior_db.session() as session:
        info = revoke_key(session, hoa_phu.key_id_hex)
    assert info.state == "revoked"
    with superior_db.session() as session:
        assert trust_registration(session, new.registration()).kind == "new"


def test_a_revoked_key_is_never_trusted_again(superior_db, hoa_phu):
    with superior_db.session() as session:
        trust_registration(session, hoa_phu.registration())
        revoke_key(session, hoa_phu.key_id_hex)
    with superior_db.session() as session, pytest.raises(TrustError) as caught:
        trust_registration(session, hoa_phu.registration())
    assert caught.value.code == "KEY_REVOKED"


def test_the_same_key_for_another_unit_is_refused(superior_db, hoa_phu):
    with superior_db.session() as session:
        trust_registration(session, hoa_phu.registration())
    with superior_db.session() as session, pytest.raises(TrustError) as caught:
        trust_registration(session, hoa_phu.registration(code="OTHER-01"))
    assert caught.value.code == "KEY_OTHER_UNIT"
    assert _count(superior_db) == 1


@pytest.mark.parametrize(
    "spoil",
    [
        lambda data: data[:-5],
        lambda data: data.replace(b"HP-DL-01", b"HP-DL-09"),
        lambda data: b"not json",
        lambda data: canonical.dumps({"format": "something else"}),
    ],
    ids=["truncated", "edited", "not-json", "other-format"],
)
def test_a_damaged_or_edited_registration_is_refused(superior_db, hoa_phu, spoil):
    with superior_db.session() as session, pytest.raises(TrustError) as caught:
        plan_trust(session, spoil(hoa_phu.registration()))
    assert caught.value.code == "REGISTRATION_INVALID"
    assert _count(superior_db) == 0


def test_a_registration_with_a_bad_unit_code_is_refused(superior_db):
    commune = Commune("HP DL/01", "Hòa Phú")
    with superior_db.session() as session, pytest.raises(TrustError) as caught:
        plan_trust(session, commune.registration())
    assert caught.value.code == "REGISTRATION_INVALID"


def test_revoking_an_unknown_or_revoked_key_says_so(superior_db, hoa_phu):
    with superior_db.session() as session, pytest.raises(TrustError) as caught:
        revoke_key(session, "0000000000000000")
    assert caught.value.code == "KEY_NOT_FOUND"
    with superior_db.session() as session:
        trust_registration(session, hoa_phu.registration())
        revoke_key(session, hoa_phu.key_id_hex.lower())
    with superior_db.session() as session, pytest.raises(TrustError) as caught:
        revoke_key(session, hoa_phu.key_id_hex)
    assert caught.value.code == "KEY_ALREADY_REVOKED"


def test_registration_file_is_the_documented_json(hoa_phu):
    document = json.loads(hoa_phu.registration())
    assert {"unit_code", "unit_name", "key_id", "public_key", "minisign_public_key"} <= set(
        document
    )


# ----------------------------------------------------------------------------- the paper sheet


@pytest.mark.parametrize(
    "typed",
    [
        lambda f: f,
        lambda f: f.lower(),
        lambda f: f.replace(" ", ""),
        lambda f: f.replace(" ", "-"),
        lambda f: "  " + f.replace(" ", " – ") + "\n",
    ],
    ids=["as-printed", "lower-case", "no-spaces", "dashes", "en-dashes-and-blanks"],
)
def test_the_fingerprint_from_the_sheet_is_compared_loosely(superior_db, hoa_phu, typed):
    printed = fingerprint(hoa_phu.pair.public)
    with superior_db.session() as session:
        plan = trust_registration(session, hoa_phu.registration(), fingerprint=typed(printed))
    assert plan.kind == "new"
    assert _count(superior_db) == 1


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "FINGERPRINT_MISSING"),
        ("  - ", "FINGERPRINT_MISSING"),
        ("ABCD", "FINGERPRINT_MISMATCH"),
    ],
)
def test_a_wrong_or_empty_fingerprint_trusts_nothing(superior_db, hoa_phu, typed, code):
    with superior_db.session() as session, pytest.raises(TrustError) as caught:
        trust_registration(session, hoa_phu.registration(), fingerprint=typed)
    assert caught.value.code == code
    assert "nothing was trusted" in str(caught.value)
    assert _count(superior_db) == 0


def test_one_changed_group_of_the_fingerprint_is_refused(superior_db, hoa_phu):
    groups = fingerprint(hoa_phu.pair.public).split()
    groups[9] = "0000" if groups[9] != "0000" else "1111"
    with superior_db.session() as session, pytest.raises(TrustError) as caught:
        trust_registration(session, hoa_phu.registration(), fingerprint=" ".join(groups))
    assert caught.value.code == "FINGERPRINT_MISMATCH"
    assert _count(superior_db) == 0


def test_a_rotation_checks_the_new_keys_fingerprint(superior_db, hoa_phu):
    new = Commune(hoa_phu.code, hoa_phu.name)
    with superior_db.session() as session:
        trust_registration(session, hoa_phu.registration())
    with superior_db.session() as session, pytest.raises(TrustError):
        trust_registration(
            session,
            new.registration(previous=hoa_phu),
            fingerprint=fingerprint(hoa_phu.pair.public),  # the old sheet
        )
    with superior_db.session() as session:
        assert [i.state for i in list_trusted(session)] == ["active"]
