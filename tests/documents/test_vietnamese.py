import datetime as dt

import pytest

from doan_desktop.documents.vietnamese import (
    date_words,
    number,
    percent,
    place_date_line,
    time_words,
)


def test_dates_have_a_zero_before_days_below_10_and_months_1_and_2_only():
    assert date_words(dt.date(2026, 2, 5)) == "ngày 05 tháng 02 năm 2026"
    assert date_words(dt.date(2026, 1, 10)) == "ngày 10 tháng 01 năm 2026"
    assert date_words(dt.date(2026, 9, 15)) == "ngày 15 tháng 9 năm 2026"
    assert date_words(dt.date(2026, 3, 1)) == "ngày 01 tháng 3 năm 2026"
    assert date_words(dt.date(2025, 12, 31)) == "ngày 31 tháng 12 năm 2025"
    assert date_words(dt.date(2026, 10, 9)) == "ngày 09 tháng 10 năm 2026"
    assert place_date_line(" Hòa Phú ", dt.date(2026, 1, 9)) == "Hòa Phú, ngày 09 tháng 01 năm 2026"
    assert place_date_line("", dt.date(2026, 1, 9)) == "Ngày 09 tháng 01 năm 2026"


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("19:30", "19 giờ 30 phút"),
        ("7:05", "07 giờ 05 phút"),
        ("07h00", "07 giờ 00 phút"),
        ("", "...... giờ ...... phút"),
        ("chiều", "...... giờ ...... phút"),
        ("25:10", "...... giờ ...... phút"),
    ],
)
def test_times_in_words(value, words):
    assert time_words(value) == words


def test_numbers_and_percentages_in_vietnamese_style():
    assert number(1234567) == "1.234.567"
    assert number(-2000) == "-2.000"
    assert number(12) == "12"
    assert percent(21, 22) == "95,5%"
    assert percent(22, 22) == "100%"
    assert percent(0, 22) == "0%"
    assert percent(3, 0) == "0%"
