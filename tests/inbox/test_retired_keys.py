"""Retired keys (a rotation, a lost key) against revoked ones (compromised): what each still
vouches for, how each is shown, and that a retired or revoked key is not trusted again."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from doan_desktop.core.inbox import (
    ACCEPTED,
    REJECTED,
    REPLACED,
    RETIRED,
    REVOKED,
    TrustError,
    list_trusted,
    next_step,
    plan_trust,
    revoke_key,
    trust_registration,
)
from doan_desktop.core.inbox_status import communes, period_status
from doan_desktop.core.periods import Period
from doan_desktop.core.store.models import ChangeLog, TrustedUnit
from tests.inbox.conftest import TODAY, Commune, stored_counts

ROTATED = dt.datetime(2026, 11, 1, 8, 0)  # when the commune made its new key
BEFORE = dt.datetime(2026, 10, 6, 9, 0)
AFTER = dt.datetime(2026, 11, 3, 9, 0)


@pytest.fixture
def rotated(trusted, hoa_phu):
    """Hòa Phú rotated to a new key on 1 November; the superior trusted it on 25 November."""
    new = Commune(hoa_phu.code, hoa_phu.name)
    with trusted.session() as session:
        plan = trust_registration(
            session,
            new.registration(previous=hoa_phu, created=ROTATED),
            now=dt.datetime(2026, 11, 25, 3, 0),
        )
    assert plan.kind == "rotation"
    new.sequence = 10
    return new


def _states(database) -> dict[str, tuple[str, str | None]]:
    with database.session() as session:
        return {i.key_id: (i.state, i.replaced_by) for i in list_trusted(session)}


def test_a_rotation_retires_the_old_key_at_the_moment_the_commune_rotated(
    rotated, trusted, hoa_phu
):
    with trusted.session() as session:
        old = session.scalars(
            select(TrustedUnit).where(TrustedUnit.key_id == hoa_phu.key_id_hex)
        ).one()
        logged = session.scalars(
            select(ChangeLog).where(ChangeLog.entity_id == old.id, ChangeLog.action == "retire")
        ).all()
    assert (old.retired_at, old.retired_by, old.revoked_at) == (ROTATED, rotated.key_id_hex, None)
    assert len(logged) == 1
    assert _states(trusted)[hoa_phu.key_id_hex] == (REPLACED, rotated.key_id_hex)


def test_a_rotation_dated_in_the_future_retires_the_old_key_when_trusted(trusted, hoa_phu):
    new = Commune(hoa_phu.code, hoa_phu.name)
    trusted_on = dt.datetime(2026, 11, 25, 3, 0)
    with trusted.session() as session:
        trust_registration(
            session, new.registration(previous=hoa_phu, created=dt.datetime(2027, 1, 1)), trusted_on
        )
    with trusted.session() as session:
        [old] = [i for i in list_trusted(session) if i.key_id == hoa_phu.key_id_hex]
    assert old.retired_at == trusted_on


def test_an_old_key_report_made_before_the_rotation_is_accepted(rotated, receive, hoa_phu):
    q3, _ = hoa_phu.report("2026Q3", created=BEFORE)
    [receipt] = receive({"BC_Q3_old_key.zip": q3})
    assert (receipt.outcome, receipt.period) == (ACCEPTED, "2026Q3")


def test_an_old_key_report_made_after_the_rotation_is_refused(rotated, receive, trusted, hoa_phu):
    q4, _ = hoa_phu.report("2026Q4", created=AFTER)
    [receipt] = receive({"BC_Q4_old_key.zip": q4})
    assert (receipt.outcome, receipt.code) == (REJECTED, "KEY_RETIRED")
    assert "01/11/2026" in receipt.message
    assert receipt.message.endswith(next_step("KEY_RETIRED"))
    # The signature verified: the refusal is the commune's, shown in its period's status.
    assert (receipt.issuer, receipt.period) == ("HP-DL-01", "2026Q4")
    with trusted.session() as session:
        status = period_status(session, Period.parse("2026Q4"), TODAY)
    [hp] = [c for c in status.communes if c.unit_code == "HP-DL-01"]
    assert hp.rejection is not None and hp.rejection.code == "KEY_RETIRED"
    # Re-signed with the new key, the same report counts.
    again, _ = rotated.report("2026Q4", created=AFTER)
    [accepted] = receive({"BC_Q4_new_key.zip": again})
    assert accepted.outcome == ACCEPTED
    with trusted.session() as session:
        status = period_status(session, Period.parse("2026Q4"), TODAY)
    [hp] = [c for c in status.communes if c.unit_code == "HP-DL-01"]
    assert hp.rejection is None


def test_a_compromised_key_accepts_nothing_even_from_before(trusted, receive, hoa_phu):
    with trusted.session() as session:
        info = revoke_key(session, hoa_phu.key_id_hex, compromised=True)
    assert info.state == REVOKED
    q3, _ = hoa_phu.report("2026Q3", created=BEFORE)
    [receipt] = receive({"q3.zip": q3})
    assert (receipt.outcome, receipt.code) == (REJECTED, "KEY_REVOKED")
    assert receipt.message.endswith(next_step("KEY_REVOKED"))
    assert stored_counts(trusted) == (0, 0)


def test_a_retired_key_found_compromised_is_revoked(rotated, trusted, receive, hoa_phu):
    with trusted.session() as session:
        revoke_key(session, hoa_phu.key_id_hex, compromised=True)
    assert _states(trusted)[hoa_phu.key_id_hex][0] == REVOKED
    q3, _ = hoa_phu.report("2026Q3", created=BEFORE)
    [receipt] = receive({"q3.zip": q3})
    assert receipt.code == "KEY_REVOKED"


def test_a_lost_key_is_retired_now_and_frees_the_commune_for_a_new_key(trusted, receive, hoa_phu):
    lost_on = dt.datetime(2026, 11, 1, 8, 0)
    with trusted.session() as session:
        info = revoke_key(session, hoa_phu.key_id_hex, lost_on, compromised=False)
    assert (info.state, info.retired_at, info.revoked_at) == (RETIRED, lost_on, None)
    with trusted.session() as session:
        assert "HP-DL-01" in communes(session)  # the commune still has to report
    before, _ = hoa_phu.report("2026Q3", created=BEFORE)
    after, _ = hoa_phu.report("2026Q4", created=AFTER)
    receipts = receive({"before.zip": before, "after.zip": after})
    assert [(r.outcome, r.code) for r in receipts] == [(ACCEPTED, ""), (REJECTED, "KEY_RETIRED")]
    fresh = Commune(hoa_phu.code, hoa_phu.name)
    with trusted.session() as session:
        assert trust_registration(session, fresh.registration()).kind == "new"
    with trusted.session() as session, pytest.raises(TrustError) as caught:
        revoke_key(session, hoa_phu.key_id_hex, compromised=False)
    assert caught.value.code == "KEY_ALREADY_RETIRED"


def test_a_retired_key_is_not_trusted_again(rotated, trusted, hoa_phu):
    with trusted.session() as session, pytest.raises(TrustError) as caught:
        plan_trust(session, hoa_phu.registration())
    assert caught.value.code == "KEY_RETIRED"
    assert "current key" in str(caught.value)


def test_a_pinned_commune_names_both_ways_to_free_it(trusted, hoa_phu):
    impostor = Commune(hoa_phu.code, hoa_phu.name)
    with trusted.session() as session, pytest.raises(TrustError) as caught:
        plan_trust(session, impostor.registration())
    assert caught.value.code == "UNIT_PINNED"
    assert "retire the old one" in str(caught.value) and "revoke" in str(caught.value)
