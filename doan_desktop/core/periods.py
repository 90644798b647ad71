"""Reporting periods: quarters ``2026Q4``, half-years ``2026S1``, years ``2026``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_PATTERN = re.compile(r"^(\d{4})(?:(Q)([1-4])|(S)([12]))?$")
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


class PeriodError(ValueError):
    pass


@dataclass(frozen=True, order=True)
class Period:
    year: int
    kind: str  # "Q", "S" or "Y"
    number: int  # quarter 1–4, half 1–2, 1 for a year

    @classmethod
    def parse(cls, text: str) -> Period:
        match = _PATTERN.match(text.strip()) if isinstance(text, str) else None
        if not match:
            raise PeriodError(text)
        year = int(match.group(1))
        if not 1990 <= year <= 2100:
            raise PeriodError(text)
        if match.group(2):
            return cls(year, "Q", int(match.group(3)))
        if match.group(4):
            return cls(year, "S", int(match.group(5)))
        return cls(year, "Y", 1)

    @classmethod
    def quarter_of(cls, day: dt.date) -> Period:
        return cls(day.year, "Q", (day.month - 1) // 3 + 1)

    @property
    def code(self) -> str:
        if self.kind == "Q":
            return f"{self.year}Q{self.number}"
        if self.kind == "S":
            return f"{self.year}S{self.number}"
        return str(self.year)

    def __str__(self) -> str:
        return self.code

    @property
    def months(self) -> int:
        return {"Q": 3, "S": 6, "Y": 12}[self.kind]

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, (self.number - 1) * self.months + 1, 1)

    @property
    def end(self) -> dt.date:
        """The last day of the period."""
        last_month = self.number * self.months
        if last_month == 12:
            return dt.date(self.year, 12, 31)
        return dt.date(self.year, last_month + 1, 1) - dt.timedelta(days=1)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def previous(self) -> Period:
        if self.kind == "Y":
            return Period(self.year - 1, "Y", 1)
        count = 12 // self.months
        if self.number == 1:
            return Period(self.year - 1, self.kind, count)
        return Period(self.year, self.kind, self.number - 1)

    def month_starts(self) -> list[dt.date]:
        first = self.start.month
        return [dt.date(self.year, m, 1) for m in range(first, first + self.months)]

    def label_vi(self) -> str:
        """As printed in a report title: "quý IV năm 2026", "6 tháng đầu năm 2026", "năm 2026"."""
        if self.kind == "Q":
            return f"quý {_ROMAN[self.number]} năm {self.year}"
        if self.kind == "S":
            return f"6 tháng {'đầu' if self.number == 1 else 'cuối'} năm {self.year}"
        return f"năm {self.year}"
