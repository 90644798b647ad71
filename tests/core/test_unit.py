"""This office: validation, saving once then updating, names printed on documents."""

import dataclasses

import pytest
from sqlalchemy import select

from doan_desktop.core.store.models import ChangeLog
from doan_desktop.core.unit import (
    UnitInfo,
    display_name,
    get_unit,
    save_unit,
    suggested_superior_name,
    validate_unit,
)
from doan_desktop.core.validation import ValidationError
from tests.conftest import SAMPLE_UNIT


def test_no_unit_in_a_new_database(database):
    with database.session() as session:
        assert get_unit(session) is None


def test_save_creates_then_updates_the_one_unit(database):
    with database.session() as session:
        created = save_unit(session, dataclasses.replace(SAMPLE_UNIT, name="  Hòa  Phú "))
    assert created.id and created.name == "Hòa Phú"
    with database.session() as session:
        updated = save_unit(session, dataclasses.replace(SAMPLE_UNIT, superior_code="TD-DL-2"))
    assert updated.id == created.id
    with database.session() as session:
        assert get_unit(session).superior_code == "TD-DL-2"
        log = session.scalars(select(ChangeLog).order_by(ChangeLog.id)).all()
    assert [(r.entity, r.action) for r in log] == [("unit", "create"), ("unit", "update")]
    assert log[1].after == {"superior_code": "TD-DL-2"}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": " "}, "name"),
        ({"code": ""}, "code"),
        ({"code": "HP DL"}, "code"),
        ({"code": "HP/DL"}, "code"),
        ({"province": ""}, "province"),
        ({"superior_name": ""}, "superior_name"),
        ({"superior_code": ""}, "superior_code"),
        ({"kind": "huyen"}, "kind"),
        ({"role": "district"}, "role"),
    ],
)
def test_validation_names_the_field_and_save_writes_nothing(database, change, field):
    info = dataclasses.replace(SAMPLE_UNIT, **change)
    assert field in validate_unit(info).errors
    with pytest.raises(ValidationError), database.session() as session:
        save_unit(session, info)
    with database.session() as session:
        assert get_unit(session) is None


def test_valid_codes():
    for code in ("HP-DL-01", "HP_DL.01", "000123"):
        assert validate_unit(dataclasses.replace(SAMPLE_UNIT, code=code)).ok


@pytest.mark.parametrize(
    ("province", "superior"),
    [
        ("Đắk Lắk", "Tỉnh Đoàn Đắk Lắk"),
        ("Thành phố Hồ Chí Minh", "Thành Đoàn Hồ Chí Minh"),
        ("TP. Đà Nẵng", "Thành Đoàn Đà Nẵng"),
        ("TP Hà Nội", "Thành Đoàn Hà Nội"),
        ("  ", ""),
    ],
)
def test_suggested_superior_name(province, superior):
    assert suggested_superior_name(province) == superior


@pytest.mark.parametrize(
    ("name", "kind", "shown"),
    [
        ("Hòa Phú", "xa", "Đoàn xã Hòa Phú"),
        ("Tân Lập", "phuong", "Đoàn phường Tân Lập"),
        ("Phú Quốc", "dac_khu", "Đoàn đặc khu Phú Quốc"),
        ("xã Hòa Phú", "xa", "Đoàn xã Hòa Phú"),
        ("Đoàn xã Hòa Phú", "xa", "Đoàn xã Hòa Phú"),
        ("Đắk Lắk", "tinh", "Tỉnh Đoàn Đắk Lắk"),
        ("tỉnh Đắk Lắk", "tinh", "Tỉnh Đoàn Đắk Lắk"),
        ("Tỉnh Đoàn Đắk Lắk", "tinh", "Tỉnh Đoàn Đắk Lắk"),
        ("Hà Nội", "thanh_pho", "Thành Đoàn Hà Nội"),
        ("Thành phố Hà Nội", "thanh_pho", "Thành Đoàn Hà Nội"),
        ("Thành Đoàn Hà Nội", "thanh_pho", "Thành Đoàn Hà Nội"),
    ],
)
def test_display_name(name, kind, shown):
    assert display_name(UnitInfo(name, "C", kind, "P", "S", "SC")) == shown
