"""Dates as offices write them: a full date, or only a year when that is all that is known."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

_DMY = re.compile(r"^\s*([0-9]{1,2})\s*[/.\-]\s*([0-9]{1,2})\s*[/.\-]\s*([0-9]{4})\s*$")
_ISO = re.compile(r"^\s*([0-9]{4})-([0-9]{2})-([0-9]{2})\s*$")
_YEAR = re.compile(r"^\s*([0-9]{4})\s*$")


class DateFormatError(ValueError):
    """The text is not a date in a form we read (dd/mm/yyyy, d-m-yyyy, yyyy-mm-dd, yyyy)."""


@dataclass(frozen=True, order=True)
class PartialDate:
    """A full date, or a year alone (``month`` and ``day`` are then None)."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @classmethod
    def parse(cls, text: str | None) -> PartialDate | None:
        """Read dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy), yyyy-mm-dd or yyyy.

        Empty text gives None; anything else unreadable raises DateFormatError.
        """
        if text is None:
            return None
        text = str(text)
        # A date is read several times on its way in (the import checks, then saves the row):
        # the result is immutable, so a short text is read once. A long one is no date.
        return _read_short(text) if len(text) <= 32 else cls._read(text)

    @classmethod
    def _read(cls, text: str) -> PartialDate | None:
        if not text.strip():
            return None
        if match := _DMY.match(text):
            day, month, year = (int(g) for g in match.groups())
        elif match := _ISO.match(text):
            year, month, day = (int(g) for g in match.groups())
        elif match := _YEAR.match(text):
            year = int(match.group(1))
            if not 1900 <= year <= 2100:
                raise DateFormatError(text)
            return cls(year)
        else:
            raise DateFormatError(text)
        try:
            dt.date(year, month, day)
        except ValueError as error:
            raise DateFormatError(text) from error
        if not 1900 <= year <= 2100:
            raise DateFormatError(text)
        return cls(year, month, day)

    @property
    def is_full(self) -> bool:
        return self.day is not None

    def to_date(self) -> dt.date | None:
        return dt.date(self.year, self.month, self.day) if self.is_full else None

    def earliest(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def iso(self) -> str:
        """Stored form: ``YYYY-MM-DD`` or ``YYYY``; sorts correctly as text."""
        if self.is_full:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}"

    def display(self) -> str:
        """How the clerk reads it: ``05/02/2026`` or ``2026``."""
        if self.is_full:
            return f"{self.day:02d}/{self.month:02d}/{self.year:04d}"
        return f"{self.year:04d}"

    def is_after(self, day: dt.date) -> bool:
        """True when this date is certainly after ``day`` (a year alone: the whole year is)."""
        return self.earliest() > day

    def age_on(self, day: dt.date) -> int:
        """Completed years on ``day``; with a year alone, the age reached during that year."""
        if not self.is_full:
            return day.year - self.year
        born = self.to_date()
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


_read_short = lru_cache(maxsize=4096)(PartialDate._read)


def parse_iso(stored: str | None) -> PartialDate | None:
    return PartialDate.parse(stored) if stored else None


def display(stored: str | None) -> str:
    """Stored ISO form → dd/mm/yyyy (or yyyy); empty stays empty."""
    value = parse_iso(stored)
    return value.display() if value else ""
