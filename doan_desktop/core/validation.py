"""Field rules shared by the forms, the importers and the CLI.

Each check returns a translated message, or None when the value is acceptable.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from doan_desktop.core.dates import DateFormatError, PartialDate
from doan_desktop.core.messages import translate

MEMBER_MIN_AGE = 16
MEMBER_MAX_AGE = 30

_NON_DIGITS = re.compile(r"[\s.\-()]")
# ASCII only: str.isdigit() also accepts "²" and other scripts' digits.
_ID_NUMBER = re.compile(r"[0-9]{12}")
_PHONE = re.compile(r"0[0-9]{9}")


@dataclass
class Problems:
    """Errors block saving; warnings are shown and the clerk may go on. Keyed by field name."""

    errors: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, str] = field(default_factory=dict)

    def error(self, name: str, message: str | None) -> None:
        if message and name not in self.errors:
            self.errors[name] = message

    def warn(self, name: str, message: str | None) -> None:
        if message:
            self.warnings[name] = (
                f"{self.warnings[name]} {message}" if name in self.warnings else message
            )

    @property
    def ok(self) -> bool:
        return not self.errors


class ValidationError(Exception):
    """Raised by a use case when its input has errors; nothing was written."""

    def __init__(self, problems: Problems):
        self.problems = problems
        super().__init__("; ".join(f"{k}: {v}" for k, v in problems.errors.items()))


def normalise_id_number(value: str | None) -> str:
    return _NON_DIGITS.sub("", value or "")


def check_id_number(value: str) -> str | None:
    if not value:
        return None
    if not _ID_NUMBER.fullmatch(value):
        if len(value) == 9 and value.isascii() and value.isdigit():
            # Old rosters still carry the 9-digit identity cards (CMND) that stopped being valid
            # at the end of 2024; say so rather than only counting digits.
            return translate(
                "Validation",
                "This is an old 9-digit identity card number (CMND), no longer valid: enter the "
                "12-digit citizen ID (CCCD), or leave the field empty.",
            )
        return translate("Validation", "The citizen ID must be exactly 12 digits.")
    return None


def normalise_phone(value: str | None) -> str:
    digits = _NON_DIGITS.sub("", value or "")
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    elif digits.startswith("84") and len(digits) == 11:
        digits = "0" + digits[2:]
    return digits


def check_phone(value: str) -> str | None:
    if not value:
        return None
    if not _PHONE.fullmatch(value):
        return translate("Validation", "The phone number must be 10 digits starting with 0.")
    return None


def parse_date_field(text: str | None) -> tuple[PartialDate | None, str | None]:
    """(value, error message) for a date typed as dd/mm/yyyy or a year alone."""
    try:
        return PartialDate.parse(text), None
    except DateFormatError:
        return None, translate(
            "Validation", "Type the date as dd/mm/yyyy (for example 05/02/2004) or as a year alone."
        )


def certainly_before(first: PartialDate, second: PartialDate) -> bool:
    """True when ``first`` is before ``second`` whatever the unknown month and day turn out to be."""
    if first.is_full and second.is_full:
        return first.to_date() < second.to_date()
    return first.year < second.year


def check_not_future(value: PartialDate | None, today: dt.date) -> str | None:
    if value is not None and value.is_after(today):
        return translate("Validation", "The date cannot be in the future.")
    return None


def check_member_age(birth: PartialDate | None, today: dt.date) -> str | None:
    """A warning for a member outside the 16–30 age range of the Union's statute."""
    if birth is None:
        return None
    age = birth.age_on(today)
    if age < MEMBER_MIN_AGE:
        return translate(
            "Validation", "A Union member is normally at least 16; this person is {age}."
        ).format(age=age)
    if age > MEMBER_MAX_AGE:
        return translate(
            "Validation", "A Union member is normally at most 30; this person is {age}."
        ).format(age=age)
    return None
