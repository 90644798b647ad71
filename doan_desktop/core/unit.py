"""This office: set up once (wizard or ``init``), editable later in Settings."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from doan_desktop.core.changelog import log_change, snapshot
from doan_desktop.core.messages import translate
from doan_desktop.core.store.models import Unit
from doan_desktop.core.text import clean
from doan_desktop.core.validation import Problems, ValidationError
from doan_desktop.core.vocab import UNIT_KINDS, unit_kind_word

ROLES = ("commune", "superior")


@dataclass
class UnitInfo:
    name: str
    code: str
    kind: str
    province: str
    superior_name: str
    superior_code: str
    role: str = "commune"
    id: str = ""


def suggested_superior_name(province: str) -> str:
    """Since 1 July 2025 a commune reports to the provincial Union (DOMAIN.md §1)."""
    province = clean(province)
    if not province:
        return ""
    if province.lower().startswith(("thành phố", "tp.", "tp ")):
        place = (
            province.split(" ", 2)[-1] if province.lower().startswith("thành phố") else province[3:]
        )
        return f"Thành Đoàn {clean(place)}"
    return f"Tỉnh Đoàn {province}"


# A province's Union is named "Tỉnh Đoàn Đắk Lắk" / "Thành Đoàn Hà Nội", not "Đoàn tỉnh …".
PROVINCE_UNION_NAMES = {"tinh": ("Tỉnh Đoàn", "tỉnh"), "thanh_pho": ("Thành Đoàn", "thành phố")}


def display_name(unit: UnitInfo) -> str:
    """The name the documents print, "Đoàn xã Hòa Phú", "Tỉnh Đoàn Đắk Lắk" (the stored name may
    already say it)."""
    name = unit.name
    if any(word in ("đoàn", "doan") for word in name.lower().split()):
        return name
    if unit.kind in PROVINCE_UNION_NAMES:
        prefix, word = PROVINCE_UNION_NAMES[unit.kind]
        place = name[len(word) :].strip() if name.lower().startswith(word + " ") else name
        return f"{prefix} {place}"
    word = unit_kind_word(unit.kind)
    if word and not name.lower().startswith(word):
        return f"Đoàn {word} {name}"
    return f"Đoàn {name}"


def validate_unit(info: UnitInfo) -> Problems:
    problems = Problems()
    required = translate("Validation", "This field is required.")
    for name in ("name", "code", "province", "superior_name", "superior_code"):
        if not clean(getattr(info, name)):
            problems.error(name, required)
    if info.kind not in UNIT_KINDS:
        problems.error("kind", translate("Validation", "Choose the kind of unit."))
    if info.role not in ROLES:
        problems.error("role", translate("Validation", "Choose commune office or superior office."))
    code = clean(info.code)
    if code and not all(c.isalnum() or c in "-_." for c in code):
        problems.error(
            "code",
            translate("Validation", "The code may hold only letters, digits, '-', '_' and '.'."),
        )
    return problems


def _to_info(unit: Unit) -> UnitInfo:
    return UnitInfo(
        id=unit.id,
        name=unit.name,
        code=unit.code,
        kind=unit.kind,
        province=unit.province,
        superior_name=unit.superior_name,
        superior_code=unit.superior_code,
        role=unit.role,
    )


def get_unit(session: Session) -> UnitInfo | None:
    unit = session.scalars(select(Unit).limit(1)).first()
    return _to_info(unit) if unit else None


def save_unit(session: Session, info: UnitInfo) -> UnitInfo:
    """Create the unit, or update the one there is."""
    problems = validate_unit(info)
    if not problems.ok:
        raise ValidationError(problems)
    unit = session.scalars(select(Unit).limit(1)).first()
    before = snapshot(unit) if unit else None
    if unit is None:
        unit = Unit()
        session.add(unit)
    for name in ("name", "code", "province", "superior_name", "superior_code"):
        setattr(unit, name, clean(getattr(info, name)))
    unit.kind = info.kind
    unit.role = info.role
    session.flush()
    log_change(session, "unit", unit.id, "update" if before else "create", before, snapshot(unit))
    return _to_info(unit)
