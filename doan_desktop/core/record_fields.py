"""Typed fields shared by the works, volunteering and commendation records: a day typed as
dd/mm/yyyy, and whole non-negative numbers (đồng, workdays, lượt) typed as offices write them
("190.000.000", "1 200")."""

from __future__ import annotations

import datetime as dt
import re

from doan_desktop.core.dates import DateFormatError, PartialDate
from doan_desktop.core.messages import translate
from doan_desktop.core.text import clean

# Thousands written with dots, commas or spaces: "190.000.000", "1,200", "1 200".
_GROUPED = re.compile(r"^[0-9]{1,3}([., ][0-9]{3})+$")
_PLAIN = re.compile(r"^[0-9]+$")
# SQLite keeps 64-bit integers; a larger amount is a typing accident, not a youth work.
MAX_AMOUNT = 10**15


def parse_day(value: str | dt.date | None) -> tuple[dt.date | None, str | None]:
    """(day, None), (None, None) when empty, or (None, message). A year alone is refused:
    these records are dated to the day."""
    if isinstance(value, dt.date):
        return value, None
    if not clean(value):
        return None, None
    try:
        parsed = PartialDate.parse(value)
    except DateFormatError:
        parsed = None
    if parsed is None or not parsed.is_full:
        return None, translate("Records", "Type the date as dd/mm/yyyy, for example 05/02/2026.")
    return parsed.to_date(), None


def parse_whole(value: int | str | None) -> tuple[int, str | None]:
    """(number, None) or (0, message) for an amount or a count; empty means 0."""
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, int):
        number = value
    else:
        text = clean(value).replace("\u00a0", " ")
        if text.lower().endswith(("đồng", "đ")):
            text = text.rstrip("đồngĐỒNG ").strip()
        if not text:
            return 0, None
        negative = text.startswith("-")
        digits = text.lstrip("-").strip()
        if _GROUPED.match(digits):
            digits = re.sub(r"[., ]", "", digits)
        if not _PLAIN.match(digits):
            return 0, translate("Records", "Type a whole number, for example 1200 or 1.200.")
        number = -int(digits) if negative else int(digits)
    if number < 0:
        return 0, translate("Records", "This cannot be negative.")
    if number >= MAX_AMOUNT:
        return 0, translate("Records", "This number is too large.")
    return number, None


def day_text(day: dt.date | None) -> str:
    """A stored day as the forms show it."""
    return day.strftime("%d/%m/%Y") if day else ""


def overlaps(start: dt.date, end: dt.date | None, first: dt.date, last: dt.date) -> bool:
    """True when [start, end] (end None: still going) meets [first, last]."""
    return start <= last and (end is None or end >= first)
