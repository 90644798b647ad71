"""Field rules: citizen ID, phone, dates, the member age range."""

import datetime as dt

import pytest

from doan_desktop.core import validation as v
from doan_desktop.core.dates import PartialDate
from doan_desktop.core.validation import Problems, ValidationError

TODAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("001204012345", "001204012345"),
        ("0012 0401 2345", "001204012345"),
        ("001.204.012.345", "001204012345"),
        ("", ""),
        (None, ""),
    ],
)
def test_normalise_id_number(typed, stored):
    assert v.normalise_id_number(typed) == stored


@pytest.mark.parametrize("value", ["001204012345", ""])
def test_check_id_number_accepts(value):
    assert v.check_id_number(value) is None


@pytest.mark.parametrize(
    "value", ["00120401234", "0012040123456", "00120401234a", "²01204012345", "١٢٣٤٥٦٧٨٩٠١٢"]
)
def test_check_id_number_needs_exactly_twelve_digits(value):
    assert "12 digits" in v.check_id_number(value)


def test_an_old_nine_digit_cmnd_is_named_as_such():
    message = v.check_id_number("025123456")
    assert "CMND" in message and "12-digit citizen ID (CCCD)" in message


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0912345678", "0912345678"),
        ("0912 345 678", "0912345678"),
        ("0912.345.678", "0912345678"),
        ("+84 912 345 678", "0912345678"),
        ("+84912345678", "0912345678"),
        ("84912345678", "0912345678"),
        ("(+84) 912-345-678", "0912345678"),
    ],
)
def test_normalise_phone(typed, stored):
    assert v.normalise_phone(typed) == stored
    assert v.check_phone(stored) is None


@pytest.mark.parametrize(
    "value", ["912345678", "09123456789", "1912345678", "+84912345678", "09123a5678", "٠٩١٢٣٤٥٦٧٨"]
)
def test_check_phone_refuses(value):
    assert "10 digits" in v.check_phone(value)


def test_check_phone_accepts_empty():
    assert v.check_phone("") is None


def test_parse_date_field():
    assert v.parse_date_field("05/02/2004") == (PartialDate(2004, 2, 5), None)
    assert v.parse_date_field("") == (None, None)
    value, error = v.parse_date_field("31/02/2020")
    assert value is None and "dd/mm/yyyy" in error


def test_future_dates_refused():
    assert v.check_not_future(PartialDate(2026, 11, 26), TODAY)
    assert v.check_not_future(PartialDate(2027), TODAY)
    assert v.check_not_future(PartialDate(2026, 11, 25), TODAY) is None
    assert v.check_not_future(PartialDate(2026), TODAY) is None
    assert v.check_not_future(None, TODAY) is None


@pytest.mark.parametrize(
    ("birth", "warned", "age"),
    [
        (PartialDate(2010, 11, 26), True, 15),  # 16 tomorrow
        (PartialDate(2010, 11, 25), False, 16),
        (PartialDate(1995, 11, 25), True, 31),  # 31 today
        (PartialDate(1995, 11, 26), False, 30),
        (PartialDate(2011), True, 15),  # a year alone
        (PartialDate(2010), False, 16),
        (PartialDate(1995), True, 31),
        (PartialDate(1996), False, 30),
    ],
)
def test_member_age_warnings(birth, warned, age):
    message = v.check_member_age(birth, TODAY)
    assert (message is not None) == warned
    if warned:
        assert str(age) in message


def test_certainly_before():
    assert v.certainly_before(PartialDate(2004, 1, 1), PartialDate(2004, 1, 2))
    assert not v.certainly_before(PartialDate(2004), PartialDate(2004, 5, 1))
    assert not v.certainly_before(PartialDate(2004, 5, 1), PartialDate(2004))
    assert v.certainly_before(PartialDate(2003), PartialDate(2004, 5, 1))


def test_problems_keep_the_first_error_and_join_warnings():
    problems = Problems()
    problems.error("a", "first")
    problems.error("a", "second")
    problems.error("b", None)
    problems.warn("c", "one.")
    problems.warn("c", "two.")
    assert problems.errors == {"a": "first"}
    assert problems.warnings == {"c": "one. two."}
    assert not problems.ok
    assert "a: first" in str(ValidationError(problems))
