"""How printed documents write dates, times and numbers. Printed documents are always in
Vietnamese, whatever the interface language, so these are fixed forms, not translations."""

from __future__ import annotations

import datetime as dt
import re

from doan_desktop.core import formatting

_TIME = re.compile(r"^\s*(\d{1,2})\s*[:hg]\s*(\d{1,2})\s*$")


def date_words(day: dt.date) -> str:
    """ "ngày 05 tháng 02 năm 2026", "ngày 15 tháng 9 năm 2026": Decree 30 (appendix I) puts a
    zero before days below 10 and before months 1 and 2 only — so that nobody can add a digit
    in front of them by hand ("tháng 1" → "tháng 11") — and writes the other months as they
    are."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def place_date_line(place: str, day: dt.date) -> str:
    """The italic line under the Union heading: "Hòa Phú, ngày 05 tháng 02 năm 2026"."""
    place = place.strip()
    return f"{place}, {date_words(day)}" if place else date_words(day).capitalize()


def time_words(value: str) -> str:
    """ "19:30" → "19 giờ 30 phút"; an empty or unreadable time gives dotted blanks to fill in
    by hand, as on a paper form."""
    match = _TIME.match(value or "")
    hours, minutes = (int(match.group(1)), int(match.group(2))) if match else (-1, -1)
    if not (0 <= hours <= 23 and 0 <= minutes <= 59):
        return "...... giờ ...... phút"
    return f"{hours:02d} giờ {minutes:02d} phút"


def number(value: int) -> str:
    """1234567 → "1.234.567" (a dot groups thousands)."""
    return formatting.integer(value, "vi")


def percent(part: int, whole: int) -> str:
    """ "95,2%" with a decimal comma; a whole number prints without decimals ("100%")."""
    if whole <= 0:
        return "0%"
    value = round(part * 100 / whole, 1)
    if value == int(value):
        return f"{int(value)}%"
    return formatting.decimal(value, 1, "vi") + "%"
