"""Cadre planning and sourcing (quy hoạch, tạo nguồn cán bộ): a person planned for an office
in a term, with notes on why and how they are being prepared.

Terms are written as offices write them, "2027–2032" (an en dash; "2027-2032" is accepted).
Fields checked by ``validate_cadre_plan``: person_id, planned_office, term.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from doan_desktop.core.changelog import log_change, snapshot
from doan_desktop.core.dates import display
from doan_desktop.core.messages import translate
from doan_desktop.core.store.models import CadrePlan, Chapter, Person, utcnow
from doan_desktop.core.text import clean, collation_key, fold
from doan_desktop.core.validation import Problems, ValidationError

_TERM = re.compile(r"^\s*(\d{4})\s*[-–—/]\s*(\d{4})\s*$")

# What offices plan people for; the form offers them and accepts anything else typed.
SUGGESTED_OFFICES = (
    "Bí thư Đoàn xã",
    "Phó Bí thư Đoàn xã",
    "Ủy viên Ban Thường vụ Đoàn xã",
    "Ủy viên Ban Chấp hành Đoàn xã",
    "Bí thư chi đoàn",
    "Phó Bí thư chi đoàn",
)


@dataclass
class CadreInput:
    person_id: str | None = None
    planned_office: str = ""
    term: str = ""
    note: str = ""


@dataclass
class CadreRow:
    id: str
    person_id: str
    person_name: str
    birth: str  # dd/mm/yyyy or the year
    chapter_name: str
    planned_office: str
    term: str
    note: str
    sort_key: str = ""

    @property
    def term_years(self) -> tuple[int, int] | None:
        match = _TERM.match(self.term)
        return (int(match.group(1)), int(match.group(2))) if match else None


def parse_term(text: str) -> tuple[str, str | None]:
    """("2027–2032", None) or ("", message)."""
    if not clean(text):
        return "", translate("Cadres", "Type the term, for example 2027–2032.")
    match = _TERM.match(text)
    if not match:
        return "", translate("Cadres", "Type the term as two years, for example 2027–2032.")
    first, last = int(match.group(1)), int(match.group(2))
    if last <= first:
        return "", translate("Cadres", "The term must end after it begins.")
    if last - first > 10 or first < 1945:
        return "", translate("Cadres", "A term runs a few years, for example 2027–2032.")
    return f"{first}–{last}", None


def validate_cadre_plan(session: Session, data: CadreInput, plan_id: str | None = None) -> Problems:
    problems = Problems()
    person = session.get(Person, data.person_id) if data.person_id else None
    if not data.person_id:
        problems.error("person_id", translate("Cadres", "Choose the person planned."))
    elif person is None or person.deleted_at is not None:
        problems.error("person_id", translate("Cadres", "Choose a person from the roster."))
    if not clean(data.planned_office):
        problems.error("planned_office", translate("Cadres", "Type the office planned."))
    term, error = parse_term(data.term)
    problems.error("term", error)
    if person is not None and term and clean(data.planned_office):
        same = session.scalar(
            select(CadrePlan.id).where(
                CadrePlan.person_id == person.id,
                CadrePlan.term == term,
                CadrePlan.planned_office == clean(data.planned_office),
                CadrePlan.deleted_at.is_(None),
                CadrePlan.id != (plan_id or ""),
            )
        )
        if same:
            problems.error(
                "planned_office",
                translate("Cadres", "This person is already planned for this office and term."),
            )
    return problems


def _raise(name: str, message: str) -> None:
    problems = Problems()
    problems.error(name, message)
    raise ValidationError(problems)


def save_cadre_plan(session: Session, data: CadreInput, plan_id: str | None = None) -> str:
    plan = None
    if plan_id:
        plan = _load(session, plan_id)
        if plan.deleted_at is not None:
            _raise("planned_office", translate("Cadres", "This plan is in the trash."))
    problems = validate_cadre_plan(session, data, plan_id)
    if not problems.ok:
        raise ValidationError(problems)
    if plan is None:
        plan, before = CadrePlan(), None
        session.add(plan)
    else:
        before = snapshot(plan)
    plan.person_id = data.person_id
    plan.planned_office = clean(data.planned_office)
    plan.term = parse_term(data.term)[0]
    plan.note = (data.note or "").strip()
    session.flush()
    log_change(
        session, "cadre_plan", plan.id, "update" if before else "create", before, snapshot(plan)
    )
    return plan.id


def delete_cadre_plan(session: Session, plan_id: str) -> None:
    plan = _load(session, plan_id)
    before = snapshot(plan)
    plan.deleted_at = utcnow()
    log_change(session, "cadre_plan", plan.id, "delete", before, snapshot(plan))


def restore_cadre_plan(session: Session, plan_id: str) -> None:
    plan = _load(session, plan_id)
    before = snapshot(plan)
    plan.deleted_at = None
    log_change(session, "cadre_plan", plan.id, "restore", before, snapshot(plan))


def _load(session: Session, plan_id: str) -> CadrePlan:
    plan = session.get(CadrePlan, plan_id)
    if plan is None:
        raise LookupError(
            translate("Cadres", "There is no cadre plan with the id {id}.").format(id=plan_id)
        )
    return plan


def get_cadre_plan(session: Session, plan_id: str) -> CadreInput:
    plan = _load(session, plan_id)
    return CadreInput(plan.person_id, plan.planned_office, plan.term, plan.note)


def list_cadre_plans(
    session: Session, year: int | None = None, search: str = "", deleted: bool = False
) -> list[CadreRow]:
    """Plans by term (the latest first), then person in roster order. ``year`` keeps the
    plans whose term includes that year."""
    rows = session.execute(
        select(CadrePlan, Person.full_name, Person.birth_date, Person.sort_key, Chapter.name)
        .join(Person, Person.id == CadrePlan.person_id)
        .outerjoin(Chapter, Chapter.id == Person.chapter_id)
        .where(CadrePlan.deleted_at.is_not(None) if deleted else CadrePlan.deleted_at.is_(None))
    ).all()
    result = [
        CadreRow(
            plan.id,
            plan.person_id,
            name,
            display(birth),
            chapter or "",
            plan.planned_office,
            plan.term,
            plan.note,
            sort_key,
        )
        for plan, name, birth, sort_key, chapter in rows
    ]
    if year:
        result = [r for r in result if r.term_years and r.term_years[0] <= year <= r.term_years[1]]
    words = fold(search).split()
    if words:
        result = [
            r
            for r in result
            if all(
                w in fold(f"{r.person_name} {r.chapter_name} {r.planned_office} {r.term} {r.note}")
                for w in words
            )
        ]
    result.sort(key=lambda r: (collation_key(r.planned_office), r.sort_key, r.id))
    result.sort(key=lambda r: r.term, reverse=True)
    return result
