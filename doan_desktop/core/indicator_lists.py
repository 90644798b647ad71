"""Which indicator list a period's report uses, and when it is due: the list shipped with the
program, as changed by the superior office's circulars (core/circulars.py).

The circulars that count are this office's superior's (at a commune) or this office's own (at
a superior office). Each carries a version of the code list and the period it applies from: a
list applies to every period that ends on or after the first day of that period (a list from
2026Q4 is the year 2026's and the second half's too, not the third quarter's). A period uses the
list of the newest circular (by number) that applies to it, or the shipped list.

A period already reported keeps the list its report was frozen with (``schema_version`` in the
payload): a circular arriving later changes the periods still to be reported, never one sent.

The deadline of a period is the one named by the newest circular that names it.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from doan_desktop.core.indicators import CodeList, code_list, parse_code_list
from doan_desktop.core.periods import Period, PeriodError
from doan_desktop.core.store.models import Circular, Report
from doan_desktop.core.unit import get_unit


@lru_cache(maxsize=32)
def _parsed(text: str) -> CodeList:
    return parse_code_list(text)


def code_list_of(document: dict) -> CodeList:
    """A code list held as JSON (a circular's indicators.json)."""
    return _parsed(json.dumps(document, ensure_ascii=False, sort_keys=True))


def circular_issuer(session: Session) -> str | None:
    """Whose circulars count here: the superior office's at a commune, this office's own at a
    superior office."""
    unit = get_unit(session)
    if unit is None:
        return None
    return unit.code if unit.role == "superior" else unit.superior_code


def circulars(session: Session) -> list[Circular]:
    """The circulars that count here, newest (highest number) first, without their bytes."""
    issuer = circular_issuer(session)
    if issuer is None:
        return []
    return list(
        session.scalars(
            select(Circular).where(Circular.issuer == issuer).order_by(Circular.sequence.desc())
        )
    )


def applies_to(applies_from: str, period: Period) -> bool:
    try:
        start = Period.parse(applies_from).start
    except PeriodError:
        return False
    return period.end >= start


def circular_in_force(session: Session, period: Period) -> Circular | None:
    """The newest circular whose list applies to ``period``, if any."""
    return next((c for c in circulars(session) if applies_to(c.applies_from, period)), None)


def list_in_force(session: Session, period: Period) -> CodeList:
    """The list a report of ``period`` made now would use (what the circulars say)."""
    circular = circular_in_force(session, period)
    return code_list_of(circular.indicators) if circular is not None else code_list()


def list_of_version(session: Session, version: int) -> CodeList | None:
    """The list of that version: shipped, or carried by a circular that counts here."""
    if version == code_list().version:
        return code_list()
    for circular in circulars(session):
        if circular.list_version == version:
            return code_list_of(circular.indicators)
    return None


def list_for_period(session: Session, period: Period) -> CodeList:
    """The list ``period``'s report uses: the one its report was frozen with, if one was
    made (kept whatever circular came since), else the list in force."""
    frozen = session.scalar(
        select(Report.payload)
        .where(Report.period == period.code)
        .order_by(Report.sequence.desc())
        .limit(1)
    )
    if isinstance(frozen, dict) and isinstance(frozen.get("schema_version"), int):
        found = list_of_version(session, frozen["schema_version"])
        if found is not None:
            return found
    return list_in_force(session, period)


def known_codes(session: Session) -> list[str]:
    """Every indicator code of every list known here (the shipped one and the circulars'):
    what a received report may carry."""
    codes = dict.fromkeys(code_list().codes)
    for circular in circulars(session):
        codes.update(dict.fromkeys(code_list_of(circular.indicators).codes))
    return list(codes)


def deadline_for(session: Session, period: Period) -> dt.date | None:
    """When the report of ``period`` is due, as the newest circular naming it says."""
    for circular in circulars(session):
        for item in circular.deadlines:
            if item.get("period") == period.code:
                try:
                    return dt.date.fromisoformat(item["due"])
                except (KeyError, TypeError, ValueError):
                    continue
    return None


def deadlines(session: Session) -> dict[str, dt.date]:
    """Period code → due date, for every period a circular that counts here names."""
    found: dict[str, dt.date] = {}
    for circular in reversed(circulars(session)):  # oldest first: newer circulars win
        for item in circular.deadlines:
            try:
                found[item["period"]] = dt.date.fromisoformat(item["due"])
            except (KeyError, TypeError, ValueError):
                continue
    return found
