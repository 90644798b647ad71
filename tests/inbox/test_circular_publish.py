"""The superior office publishes circulars: a list checked before anything is signed, its
version going up with every change, deadlines after their period; the inbox then takes the
new indicators and counts lateness by the published deadline."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from doan_desktop.core import circulars, signing
from doan_desktop.core.inbox_status import period_status
from doan_desktop.core.indicators import Indicator, code_list
from doan_desktop.core.periods import Period
from doan_desktop.core.store.models import Circular
from doan_desktop.exchange.bundle import TrustedKey
from doan_desktop.exchange.circular_file import Deadline, verify_circular_file
from tests.inbox.conftest import SUPERIOR, TODAY, sample_values

PASSPHRASE = "correct horse battery"
NEW = Indicator(
    "DIGITAL_SKILLS",
    "Số thanh niên học kỹ năng số",
    "Digital skills",
    "người",
    "manual",
    "activities",
    (),
)
DUE = Deadline("2026Q4", dt.date(2027, 1, 20))


def version(number: int, *extra: Indicator):
    shipped = code_list()
    return dataclasses.replace(shipped, version=number, indicators=shipped.indicators + extra)


@pytest.fixture
def keyed_superior(trusted):
    with trusted.session() as s:
        info = signing.create_key(s, PASSPHRASE)
    return trusted, TrustedKey(SUPERIOR.code, info.public)


def _publish(db, target, codes, deadlines=(DUE,), **options):
    return circulars.publish_circular(db, codes, list(deadlines), target, PASSPHRASE, **options)


def _count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Circular))


def _refused(db, target, codes, deadlines=(DUE,), **options) -> str:
    before = _count(db)
    with pytest.raises(circulars.CircularError) as refused:
        _publish(db, target, codes, deadlines, **options)
    assert _count(db) == before and not target.exists()
    return str(refused.value)


def test_a_published_circular_verifies_and_changes_the_inbox(
    keyed_superior, tmp_path, receive, hoa_phu
):
    db, key = keyed_superior
    target = tmp_path / "CV_TD-DL_1.zip"
    published = _publish(db, target, version(2, NEW))
    assert (published.sequence, published.list_version, published.applies_from) == (1, 2, "2026Q4")
    assert published.new_codes == ("DIGITAL_SKILLS",)
    circular = verify_circular_file(target.read_bytes(), lambda k: key)
    assert circular.codes == version(2, NEW) and circular.deadlines == (DUE,)
    # A report carrying the new indicator is accepted; lateness follows the published date.
    values = [*sample_values(), {"indicator": "DIGITAL_SKILLS", "disagg": "", "value": 12}]
    data, _ = hoa_phu.report("2026Q4", values=values)
    [result] = receive({"hp.zip": data})
    assert result.outcome == "accepted"
    with db.session() as s:
        assert period_status(s, Period.parse("2026Q4"), TODAY).deadline == dt.date(2027, 1, 20)


def test_a_list_is_checked_before_anything_is_signed(keyed_superior, tmp_path):
    db, _key = keyed_superior
    target = tmp_path / "CV.zip"
    counted = dataclasses.replace(NEW, source="computed")
    assert "DIGITAL_SKILLS is marked as counted from the records" in _refused(
        db, target, version(2, counted)
    )
    share = dataclasses.replace(NEW, source="derived", formula="MEMBERS / YOUTH × 100")
    assert "marked as computed from other indicators" in _refused(db, target, version(2, share))
    bad_code = dataclasses.replace(NEW, code="kỹ năng")
    assert "the code 'kỹ năng' is not made of capitals" in _refused(
        db, target, version(2, bad_code)
    )
    early = Deadline("2026Q4", dt.date(2026, 12, 1))
    assert "The deadline of 2026Q4 is named twice or falls before the period ends." == _refused(
        db, target, version(2, NEW), (early,)
    )


def test_a_list_version_goes_up_with_every_change(keyed_superior, tmp_path):
    db, _key = keyed_superior
    _publish(db, tmp_path / "1.zip", version(2, NEW))
    renamed = version(2, dataclasses.replace(NEW, label_vi="Khác"))
    assert _refused(db, tmp_path / "2.zip", renamed) == (
        "The indicator list has version 2, but the list in force has version 2: give a changed "
        "list a higher version (3 or more), or send the list in force unchanged."
    )
    assert "Nothing to send" in _refused(db, tmp_path / "2.zip", version(2, NEW), ())
    # The same list with new deadlines is a circular of its own.
    later = _publish(
        db, tmp_path / "2.zip", version(2, NEW), (Deadline("2027Q1", dt.date(2027, 4, 20)),)
    )
    assert later.sequence == 2 and later.new_codes == ()


def test_a_wrong_passphrase_publishes_nothing(keyed_superior, tmp_path):
    db, _key = keyed_superior
    with pytest.raises(signing.WrongPassphrase):
        circulars.publish_circular(db, version(2, NEW), [DUE], tmp_path / "CV.zip", "wrong one")
    assert _count(db) == 0 and not (tmp_path / "CV.zip").exists()


def test_a_commune_office_publishes_no_circular(unit_db, tmp_path):
    with unit_db.session() as s:
        signing.create_key(s, PASSPHRASE)
    with pytest.raises(circulars.CircularError, match="this data folder is a commune office's"):
        _publish(unit_db, tmp_path / "CV.zip", version(2, NEW))


def test_a_list_file_is_read_with_its_problems_said(tmp_path):
    path = tmp_path / "list.json"
    path.write_text("{not json", "utf-8")
    with pytest.raises(circulars.CircularError, match="is not an indicator list in the format"):
        circulars.read_list_file(path)
    document = json.loads(json.dumps(circulars.list_document(version(2, NEW))))
    document["indicators"][0]["value"] = 1.5
    path.write_text(json.dumps(document), "utf-8")
    with pytest.raises(circulars.CircularError, match="a fractional number"):
        circulars.read_list_file(path)
    with pytest.raises(circulars.CircularError, match="Cannot read"):
        circulars.read_list_file(tmp_path / "missing.json")
    document["indicators"][0].pop("value")
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), "utf-8")
    assert circulars.read_list_file(path) == version(2, NEW)
