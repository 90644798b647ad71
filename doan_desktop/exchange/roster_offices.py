"""The offices a roster file names, against the offices the roster holds.

A file says who holds (or held) which office, at which level — a chapter's or the commune's — and
from when to when: the export's sheet "Chức vụ" says all of it, a plain roster's "Chức vụ" column
only the offices held now. Each claim is matched with the person's offices in the roster (the same
office, level and chapter, and the same start date when the file gives one): one the roster already
has changes nothing, so that importing a file twice changes nothing the second time; a term the
roster has open and the file ends is ended; any other is added. An office in the roster that the
file does not name is left as it is: a file is not a list of what to delete.

A chapter has one sitting secretary: a claim that would make a second one is not recorded, and says
so (in the preview already, not only when the import runs).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from doan_desktop.core import roster as roster_cases
from doan_desktop.core import validation as v
from doan_desktop.core.changelog import log_change, snapshot
from doan_desktop.core.dates import PartialDate
from doan_desktop.core.messages import translate
from doan_desktop.core.store.models import Office, Person
from doan_desktop.core.text import fold
from doan_desktop.core.vocab import SECRETARY
from doan_desktop.exchange.roster_words import CHAPTER, ROLE_WORDS


@dataclass(slots=True)
class OfficeClaim:
    """An office as the file gives it."""

    sheet: str
    row: int
    column: str  # the header of the column to point at in a warning
    holder: object  # the file's PlannedRow of the person, or None (someone only in the roster)
    person_id: str | None  # None: a person the import adds
    person_name: str
    role: str
    level: str  # roster_words.CHAPTER or COMMUNE
    chapter: str  # the chapter's name ("" at the commune level)
    start: str  # dd/mm/yyyy or a year; "" when the file gives none (the import's day)
    end: str = ""

    @property
    def chapter_key(self) -> str:
        return fold(self.chapter) if self.level == CHAPTER else ""


@dataclass(slots=True)
class PlannedOffice:
    claim: OfficeClaim
    action: str  # "add" or "end"
    office_id: str | None = None  # the roster's office an "end" ends


@dataclass
class OfficePlan:
    offices: list[PlannedOffice] = field(default_factory=list)
    # (claim, sentence): claims not recorded, or recorded otherwise than the file says.
    notes: list[tuple[OfficeClaim, str]] = field(default_factory=list)


@dataclass(slots=True)
class _Held:
    id: str
    role: str
    chapter_key: str
    start: str  # as stored: yyyy-mm-dd or yyyy
    end: str


def _stored(text: str) -> str:
    value = PartialDate.parse(text) if text else None
    return value.iso() if value else ""


def _display(stored: str) -> str:
    value = PartialDate.parse(stored) if stored else None
    return value.display() if value else ""


def _held(session: Session, chapter_keys: dict[str, str]) -> dict[str, list[_Held]]:
    """Every office of the roster (people in the trash too: their terms still happened), by
    person; a chapter as its folded name."""
    held: dict[str, list[_Held]] = {}
    for office in session.scalars(select(Office)):
        key = chapter_keys.get(office.chapter_id, "") if office.chapter_id else ""
        held.setdefault(office.person_id, []).append(
            _Held(office.id, office.role, key, office.start_date, office.end_date)
        )
    return held


def plan_offices(
    session: Session, claims: Iterable[OfficeClaim], chapter_ids: dict[str, str]
) -> OfficePlan:
    """What to record for ``claims`` (``chapter_ids``: folded chapter name → id of the roster's
    chapters). Nothing is written."""
    keys = {chapter_id: key for key, chapter_id in chapter_ids.items()}
    held = _held(session, keys)
    names = {
        person_id: name for person_id, name in session.execute(select(Person.id, Person.full_name))
    }
    plan = OfficePlan()
    seen: set[tuple] = set()
    additions: list[PlannedOffice] = []
    ended: set[str] = set()
    for claim in claims:
        identity = (id(claim.holder) if claim.holder else claim.person_id, claim.role)
        identity += (claim.chapter_key, _stored(claim.start))
        if identity in seen:
            continue  # the same office twice in the file
        seen.add(identity)
        mine = held.get(claim.person_id, []) if claim.person_id else []
        same = [o for o in mine if o.role == claim.role and o.chapter_key == claim.chapter_key]
        if claim.start:
            match = next((o for o in same if o.start == _stored(claim.start)), None)
        else:
            # The file gives no date (a plain "Chức vụ" column): the office held now, if any.
            match = next((o for o in same if not o.end), None)
        if match is None:
            additions.append(PlannedOffice(claim, "add"))
            continue
        end = _stored(claim.end)
        if end == match.end:
            continue
        if not match.end:
            if v.certainly_before(PartialDate.parse(end), PartialDate.parse(match.start)):
                plan.notes.append((claim, _end_before_start(claim)))
                continue
            plan.offices.append(PlannedOffice(claim, "end", match.id))
            ended.add(match.id)
        else:
            plan.notes.append(
                (
                    claim,
                    translate(
                        "Import",
                        "The roster has this office ended on {end}; the file's end date is not "
                        "applied. Change it on the person's form if the roster is wrong.",
                    ).format(end=_display(match.end)),
                )
            )
    # One sitting secretary a chapter: the roster's (unless the file ends that term) and the
    # file's in the order they started.
    sitting: dict[str, str] = {}
    for person_id, offices in held.items():
        for office in offices:
            if office.role == SECRETARY and office.chapter_key and not office.end:
                if office.id not in ended:
                    sitting[office.chapter_key] = person_id
    additions.sort(key=lambda p: PartialDate.parse(p.claim.start or "2100") or PartialDate(2100))
    for planned in additions:
        claim = planned.claim
        holder = claim.person_id or f"row:{id(claim.holder)}"
        names.setdefault(holder, claim.person_name)
        if claim.role == SECRETARY and claim.chapter_key and not claim.end:
            current = sitting.get(claim.chapter_key)
            if current is not None and current != holder:
                plan.notes.append(
                    (
                        claim,
                        translate(
                            "Import",
                            "{name} is the sitting secretary of {chapter}; this office was not "
                            "recorded. End that term first, or give it an end date.",
                        ).format(
                            name=names.get(current, ""),
                            chapter=claim.chapter,
                        ),
                    )
                )
                continue
            sitting[claim.chapter_key] = holder
        plan.offices.append(planned)
    return plan


def _end_before_start(claim: OfficeClaim) -> str:
    return translate(
        "Import", "The office of {role} ends on {end}, before it started; it was not recorded."
    ).format(role=ROLE_WORDS.get(claim.role, claim.role), end=claim.end)


def check_claim(claim: OfficeClaim, today: dt.date) -> str | None:
    """What is wrong with the dates of a claim (the sentence), or None."""
    start = PartialDate.parse(claim.start) if claim.start else None
    end = PartialDate.parse(claim.end) if claim.end else None
    for value in (start, end):
        problem = v.check_not_future(value, today) if value else None
        if problem:
            return problem
    if start and end and v.certainly_before(end, start):
        return _end_before_start(claim)
    return None


def write_offices(
    session: Session,
    offices: list[PlannedOffice],
    person_ids: dict[int, str],
    chapter_ids: dict[str, str],
    today: dt.date,
) -> list[tuple[OfficeClaim, str]]:
    """Record ``offices`` (``person_ids``: id() of a file's PlannedRow → the person it became)
    in the caller's transaction: terms ended first, then past terms, then the offices held now,
    each in the order they started. Returns the claims that could not be recorded, with why."""
    notes: list[tuple[OfficeClaim, str]] = []
    today_text = today.strftime("%d/%m/%Y")

    def started(planned: PlannedOffice):
        return PartialDate.parse(planned.claim.start or today_text).earliest()

    ends = [p for p in offices if p.action == "end"]
    past = sorted((p for p in offices if p.action == "add" and p.claim.end), key=started)
    now = sorted((p for p in offices if p.action == "add" and not p.claim.end), key=started)
    for planned in ends:
        roster_cases.end_office(session, planned.office_id, planned.claim.end)
    for planned in past + now:
        claim = planned.claim
        person_id = claim.person_id or person_ids[id(claim.holder)]
        chapter_id = chapter_ids.get(claim.chapter_key) if claim.chapter_key else None
        start = claim.start or today_text
        if claim.end:
            _add_past_office(session, person_id, claim.role, chapter_id, start, claim.end)
            continue
        try:
            roster_cases.add_office(session, person_id, claim.role, chapter_id, start, today=today)
        except roster_cases.OfficeConflict as conflict:
            notes.append((claim, str(conflict).split("?")[0] + "."))
    return notes


def _add_past_office(
    session: Session, person_id: str, role: str, chapter_id: str | None, start: str, end: str
) -> None:
    """A term that is over: recorded as it was, without the sitting secretary's check (which is
    about the terms held now)."""
    office = Office(
        person_id=person_id,
        chapter_id=chapter_id,
        role=role,
        start_date=_stored(start),
        end_date=_stored(end),
    )
    session.add(office)
    session.flush()
    log_change(session, "office", office.id, "create", None, snapshot(office))
