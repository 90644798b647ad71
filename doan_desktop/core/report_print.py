"""What the printed report says, from the records: the values of the period and of the one
before, grouped into the report's tables, with the notes for typed and corrected values
(documents/report.py lays it out). Printed documents are always Vietnamese."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from doan_desktop.core import clock, compliance, reporting
from doan_desktop.core.indicators import CHAPTER, ETHNICITY, SEX_F
from doan_desktop.core.messages import translate
from doan_desktop.core.periods import Period
from doan_desktop.core.store.models import Office, Person
from doan_desktop.core.text import clean
from doan_desktop.core.unit import display_name, get_unit
from doan_desktop.core.vocab import SECRETARY, unit_kind_word
from doan_desktop.documents.report import IndicatorTable, ReportDocument, Row, ThreeHaveRow

GROUPS = {
    "organisation": "I. Công tác tổ chức, đoàn viên",
    "activities": "II. Sinh hoạt và hoạt động",
}
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def period_column(period: Period) -> str:
    if period.kind == "Q":
        return f"Quý {_ROMAN[period.number]}/{period.year}"
    if period.kind == "S":
        return f"6 tháng {'đầu' if period.number == 1 else 'cuối'} năm {period.year}"
    return f"Năm {period.year}"


def place_name(name: str, kind: str) -> str:
    """ "Hòa Phú" from "Hòa Phú", "Đoàn xã Hòa Phú" or "xã Hòa Phú"."""
    name = clean(name)
    if name.lower().startswith("đoàn "):
        name = name[5:]
    word = unit_kind_word(kind)
    if word and name.lower().startswith(word + " "):
        name = name[len(word) + 1 :]
    return name


def commune_secretary(session: Session) -> str:
    """The secretary of the commune committee (an office with no chapter), or ""."""
    name = session.scalar(
        select(Person.full_name)
        .join(Office, Office.person_id == Person.id)
        .where(
            Office.chapter_id.is_(None),
            Office.role == SECRETARY,
            Office.end_date == "",
            Person.deleted_at.is_(None),
        )
        .order_by(Office.start_date.desc())
    )
    return name or ""


def _breakdown_label(disagg: str) -> str | None:
    if disagg == SEX_F:
        return "Trong đó: nữ"
    if disagg.startswith(ETHNICITY):
        return f"Dân tộc {disagg[len(ETHNICITY) :]}"
    return None  # men follow from the total; chapters have their own table


def report_document(
    session: Session, period: Period, today: dt.date | None = None
) -> ReportDocument:
    today = today or clock.today()
    unit = get_unit(session)
    if unit is None:
        raise LookupError(translate("Reporting", "This data folder has no unit yet."))
    report = reporting.build_report(session, period, today)
    codes = report.codes  # the period's list: the one in force, or the one it was sent with
    previous = reporting.previous_values(session, period, today)
    notes: list[str] = []
    rows: dict[str, list[Row]] = {group: [] for group in GROUPS}
    for value in report.values:
        indicator = codes.get(value.indicator)
        if value.disagg:
            label = _breakdown_label(value.disagg)
            if label is None:
                continue
        else:
            label = indicator.label_vi
        mark = 0
        if value.value is not None and (value.corrected or value.source == "manual"):
            if value.corrected:
                text = f"{label}: số liệu đã điều chỉnh (theo sổ sách: {value.computed})"
            else:
                text = f"{label}: số liệu do cơ sở cung cấp"
            note = value.note.rstrip()
            if note and note[-1] not in ".!?":
                note += "."
            notes.append(f"{text}. {note}" if note else f"{text}.")
            mark = len(notes)
        rows.setdefault(indicator.group, []).append(
            Row(
                label=label,
                unit=indicator.unit,
                value=value.value,
                previous=previous.get((value.indicator, value.disagg)),
                note_mark=mark,
                level=1 if value.disagg else 0,
            )
        )
    chapters = []
    values = report.as_dict()
    names = [
        v.disagg[len(CHAPTER) :]
        for v in report.values
        if v.indicator == "MEMBERS" and v.disagg.startswith(CHAPTER)
    ]
    for name in names:
        key = CHAPTER + name
        chapters.append(
            (
                name,
                int(values.get(("MEMBERS", key), 0)),
                int(values.get(("YOUTH", key), 0)),
                int(values.get(("MEETINGS_HELD", key), 0)),
            )
        )
    # "3 có" is judged by quarter: a half-year or year report shows its last quarter.
    quarter = Period(period.year, "Q", period.number * period.months // 3)
    three_have = tuple(
        ThreeHaveRow(
            r.chapter,
            r.cadre.met,
            r.activity.met,
            r.work.met,
            r.three_have,
            r.override_reason if r.overridden else "",
        )
        for r in compliance.assess_period(session, quarter, today)
    )
    commune = display_name(unit)
    place = place_name(unit.name, unit.kind)
    word = unit_kind_word(unit.kind)
    return ReportDocument(
        upper_body=clean(unit.superior_name).upper(),
        issuing_body=f"BCH {commune.upper()}",
        unit_name=commune,
        place_name=place,
        signed_on=today,
        period_label=period.label_vi(),
        period_column=period_column(period),
        previous_column=period_column(period.previous()),
        tables=tuple(
            IndicatorTable(GROUPS.get(group, group), tuple(items))
            for group, items in rows.items()
            if items
        ),
        notes=tuple(notes),
        recipients=(
            f"{clean(unit.superior_name)} (b/c)",
            f"Đảng ủy {word} {place} (b/c)".replace("  ", " "),
            "Lưu VP",
        ),
        secretary=commune_secretary(session),
        draft=bool(report.errors),
        chapter_table=tuple(chapters),
        three_have=three_have,
        three_have_quarter=quarter.label_vi(),
    )
