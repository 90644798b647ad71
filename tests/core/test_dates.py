"""Dates as offices write them: full dates in several spellings, or a year alone."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from doan_desktop.core.dates import DateFormatError, PartialDate, display, parse_iso


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05/02/2004", PartialDate(2004, 2, 5)),
        ("5/2/2004", PartialDate(2004, 2, 5)),
        ("05-02-2004", PartialDate(2004, 2, 5)),
        ("05.02.2004", PartialDate(2004, 2, 5)),
        (" 5 / 2 / 2004 ", PartialDate(2004, 2, 5)),
        ("2004-02-05", PartialDate(2004, 2, 5)),
        ("2004", PartialDate(2004)),
        ("29/02/2024", PartialDate(2024, 2, 29)),
        ("31/12/1900", PartialDate(1900, 12, 31)),
    ],
)
def test_parse_accepts_the_usual_spellings(text, expected):
    assert PartialDate.parse(text) == expected


@pytest.mark.parametrize("text", ["", "   ", None])
def test_parse_of_nothing_is_none(text):
    assert PartialDate.parse(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "31/02/2020",  # no such day
        "29/02/2023",  # not a leap year
        "00/01/2000",
        "01/13/2000",
        "32/01/2000",
        "2004-2-5",  # ISO needs two digits
        "05/02/04",  # a two-digit year is ambiguous
        "1899",
        "2101",
        "01/01/1800",
        "hôm qua",
        "05/02",
        "2004-02-30",
        "٠٥/٠٢/٢٠٠٤",  # digits of another script
    ],
)
def test_parse_rejects_what_is_not_a_date(text):
    with pytest.raises(DateFormatError):
        PartialDate.parse(text)


def test_iso_and_display_round_trip():
    full, year = PartialDate(2004, 2, 5), PartialDate(1998)
    assert full.iso() == "2004-02-05" and full.display() == "05/02/2004"
    assert year.iso() == "1998" and year.display() == "1998"
    assert parse_iso("2004-02-05") == full and parse_iso("1998") == year
    assert parse_iso("") is None and display("") == ""
    assert display("2004-02-05") == "05/02/2004"


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_every_real_date_round_trips_through_both_forms(day):
    value = PartialDate.from_date(day)
    assert PartialDate.parse(value.display()) == value
    assert PartialDate.parse(value.iso()) == value
    assert value.to_date() == day


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
)
def test_stored_form_sorts_as_the_dates_do(a, b):
    ia, ib = PartialDate.from_date(a).iso(), PartialDate.from_date(b).iso()
    assert (ia < ib) == (a < b)


def test_age_on_a_day():
    born = PartialDate(2004, 2, 5)
    assert born.age_on(dt.date(2020, 2, 4)) == 15
    assert born.age_on(dt.date(2020, 2, 5)) == 16
    # A year alone: the age reached during that year.
    assert PartialDate(2004).age_on(dt.date(2020, 1, 1)) == 16


def test_is_after_with_a_year_alone_means_the_whole_year():
    today = dt.date(2026, 11, 25)
    assert not PartialDate(2026).is_after(today)
    assert PartialDate(2027).is_after(today)
    assert PartialDate(2026, 11, 26).is_after(today)
    assert not PartialDate(2026, 11, 25).is_after(today)
