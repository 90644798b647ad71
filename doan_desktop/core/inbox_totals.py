"""The communes' indicators for a period, side by side and in total, and their Excel export.

Counts add up. A share (a ``derived`` indicator of the code list, such as the share of youth
gathered) is never averaged: it is recomputed from the summed parts its formula names, e.g.
``(MEMBERS + YOUTH) / YOUTH_POPULATION × 100``. Disaggregations by chapter belong to one
commune and are left out; by sex and ethnicity they add up like their indicator.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from doan_desktop.core import clock
from doan_desktop.core.inbox_status import PeriodStatus, local_date, state_label
from doan_desktop.core.indicator_lists import list_for_period
from doan_desktop.core.indicators import CHAPTER, CodeList, disagg_label_vi
from doan_desktop.core.periods import Period
from doan_desktop.core.store.models import ReceivedReport, ReceivedValue
from doan_desktop.core.text import collation_key
from doan_desktop.exchange.files import write_atomically

_CODE = re.compile(r"^[A-Z][A-Z0-9_]*$")
_HUNDRED = re.compile(r"\s*[×x*]\s*100\s*$")
SHARE_PLACES = Decimal("0.1")


@dataclass(frozen=True)
class ShareFormula:
    numerator: tuple[str, ...]
    denominator: tuple[str, ...]


def parse_share_formula(formula: str) -> ShareFormula | None:
    """``(A + B) / C × 100`` → ShareFormula(("A", "B"), ("C",)); None if not of that shape."""
    text = _HUNDRED.sub("", formula or "")
    if text == (formula or "") or text.count("/") != 1:
        return None
    parts = []
    for side in text.split("/"):
        side = side.strip()
        if side.startswith("(") and side.endswith(")"):
            side = side[1:-1]
        codes = tuple(code.strip() for code in side.split("+"))
        if not codes or not all(_CODE.match(code) for code in codes):
            return None
        parts.append(codes)
    return ShareFormula(parts[0], parts[1])


@dataclass(frozen=True)
class TotalsRow:
    indicator: str
    disagg: str
    label: str  # Vietnamese, as in the printed report
    unit: str
    is_share: bool
    values: tuple[Decimal | None, ...]  # one per commune, in Totals.communes order
    total: Decimal | None


@dataclass(frozen=True)
class Totals:
    period: str
    communes: tuple[tuple[str, str], ...]  # (unit code, name) of each commune that reported
    rows: tuple[TotalsRow, ...]

    def row(self, indicator: str, disagg: str = "") -> TotalsRow:
        for row in self.rows:
            if row.indicator == indicator and row.disagg == disagg:
                return row
        raise KeyError((indicator, disagg))


def _number(text: str) -> Decimal | None:
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _share(numerator: Decimal, denominator: Decimal) -> Decimal | None:
    if denominator <= 0:
        return None
    return (numerator * 100 / denominator).quantize(SHARE_PLACES, ROUND_HALF_UP)


def _disagg_order(disagg: str) -> tuple:
    return (
        disagg != "",
        disagg not in ("SEX_M", "SEX_F"),
        disagg != "SEX_M",
        collation_key(disagg),
    )


def aggregate(
    session: Session, period: Period, names: dict[str, str], codes: CodeList | None = None
) -> Totals:
    """The current (not superseded) report of each commune for ``period``, in the order of
    the period's indicator list (as this office's circulars set it)."""
    codes = codes or list_for_period(session, period)
    reports = session.execute(
        select(ReceivedReport.id, ReceivedReport.issuer).where(
            ReceivedReport.period == period.code, ReceivedReport.superseded_by.is_(None)
        )
    ).all()
    reports = sorted(reports, key=lambda r: r.issuer)
    communes = tuple((r.issuer, names.get(r.issuer, r.issuer)) for r in reports)
    position = {r.id: n for n, r in enumerate(reports)}
    tables: list[dict[tuple[str, str], Decimal]] = [{} for _ in reports]
    if reports:
        # Plain rows, not ORM objects: a province's period holds thousands of values.
        rows = session.execute(
            select(
                ReceivedValue.report_id,
                ReceivedValue.indicator,
                ReceivedValue.disagg,
                ReceivedValue.value,
            )
            .join(ReceivedReport, ReceivedReport.id == ReceivedValue.report_id)
            .where(ReceivedReport.period == period.code, ReceivedReport.superseded_by.is_(None))
        )
        for report_id, indicator, disagg, text in rows:
            if disagg.startswith(CHAPTER):
                continue
            number = _number(text)
            if number is not None:
                tables[position[report_id]][(indicator, disagg)] = number

    present = {key for table in tables for key in table}
    known = {i.code: i for i in codes.indicators}
    order = {code: n for n, code in enumerate(codes.codes)}
    keys = {key for key in present if key[0] in known and known[key[0]].source != "derived"}
    keys |= {key for key in present if key[0] not in known}
    for indicator in codes.indicators:
        if indicator.source == "derived" and parse_share_formula(indicator.formula):
            keys.add((indicator.code, ""))
    rows = []
    for indicator_code, disagg in sorted(
        keys, key=lambda k: (order.get(k[0], len(order)), k[0], _disagg_order(k[1]))
    ):
        indicator = known.get(indicator_code)
        formula = parse_share_formula(indicator.formula) if indicator else None
        label = indicator.label_vi if indicator else indicator_code
        if disagg:
            label = f"{label}: {disagg_label_vi(disagg)}"
        if formula is not None and indicator.source == "derived":
            values, total = _share_row(tables, formula, indicator_code)
            rows.append(
                TotalsRow(indicator_code, disagg, label, indicator.unit, True, values, total)
            )
            continue
        values = tuple(table.get((indicator_code, disagg)) for table in tables)
        present_values = [v for v in values if v is not None]
        total = sum(present_values, Decimal(0)) if present_values else None
        unit = indicator.unit if indicator else ""
        rows.append(TotalsRow(indicator_code, disagg, label, unit, False, values, total))
    return Totals(period.code, communes, tuple(rows))


def _share_row(tables, formula: ShareFormula, code: str):
    values = []
    numerator_sum = Decimal(0)
    denominator_sum = Decimal(0)
    for table in tables:
        numerator = [table.get((c, "")) for c in formula.numerator]
        denominator = [table.get((c, "")) for c in formula.denominator]
        if all(v is not None for v in denominator) and all(v is not None for v in numerator):
            top, bottom = sum(numerator, Decimal(0)), sum(denominator, Decimal(0))
            values.append(_share(top, bottom))
            if bottom > 0:
                # Only communes whose share can be computed enter the total, so that one
                # without the denominator does not inflate it.
                numerator_sum += top
                denominator_sum += bottom
        else:
            values.append(table.get((code, "")))
    return tuple(values), _share(numerator_sum, denominator_sum)


# ----------------------------------------------------------------------------- Excel


def _cell_value(value: Decimal | None):
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def export_title(session: Session) -> str:
    """The office exporting the totals, as its page header names it ("Tỉnh Đoàn Đắk Lắk")."""
    from doan_desktop.core.unit import display_name, get_unit

    unit = get_unit(session)
    return display_name(unit) if unit else ""


def write_totals_xlsx(
    totals: Totals,
    status: PeriodStatus,
    path: Path,
    unit_title: str = "",
    made_on: dt.date | None = None,
) -> Path:
    """One sheet of indicators × communes with a totals column, one of who reported; written
    to a temporary file and renamed, so ``path`` is never half written. ``unit_title`` (the
    office exporting) and ``made_on`` (today) go in the page header.

    The communes' names and the refusal notes come from files received from outside: every text
    is written as a text cell, never a formula (exchange/cells.py)."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill

    from doan_desktop.exchange.cells import text_cell, write_cell
    from doan_desktop.exchange.sheet_print import DATE_FORMAT, ColumnWidths, set_up_print

    made_on = made_on or clock.today()
    period = Period.parse(totals.period)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tổng hợp"
    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDE7EE")
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    title = f"TỔNG HỢP KẾT QUẢ BÁO CÁO {period.label_vi().upper()}"
    write_cell(sheet["A1"], title).font = Font(bold=True, size=13)
    write_cell(
        sheet["A2"],
        f"Số đơn vị đã báo cáo: {len(totals.communes)}/{len(status.communes)}; "
        f"hạn nộp: {status.deadline.strftime('%d/%m/%Y')}; "
        "tỷ lệ (%) được tính lại từ các số thành phần, không lấy trung bình.",
    )
    headers = ["STT", "Chỉ tiêu", "Đơn vị tính", "Tổng cộng"] + [
        name for _code, name in totals.communes
    ]
    header_row = 4
    widths = ColumnWidths()
    for column, text in enumerate(headers, start=1):
        cell = write_cell(sheet.cell(row=header_row, column=column), text)
        cell.font = bold
        cell.fill = header_fill
        cell.alignment = wrap
        widths.header(column, text)
    for column, (code, _name) in enumerate(totals.communes, start=5):
        text_cell(sheet.cell(row=header_row + 1, column=column), code).alignment = wrap
        widths.note(column, code)
    number = 0
    for offset, row in enumerate(totals.rows, start=header_row + 2):
        if not row.disagg:
            number += 1
            sheet.cell(row=offset, column=1, value=number)
        label = write_cell(sheet.cell(row=offset, column=2), row.label)
        widths.note(2, row.label)
        if row.disagg:
            label.alignment = Alignment(indent=2, wrap_text=True)
        else:
            label.alignment = Alignment(wrap_text=True)
        write_cell(sheet.cell(row=offset, column=3), row.unit)
        widths.note(3, row.unit)
        total = sheet.cell(row=offset, column=4, value=_cell_value(row.total))
        total.font = bold
        cells = [total]
        for column, value in enumerate(row.values, start=5):
            cells.append(sheet.cell(row=offset, column=column, value=_cell_value(value)))
        for cell in cells:
            cell.number_format = "0.0" if row.is_share else "#,##0"
            widths.note(cell.column, cell.value)
    sheet.column_dimensions["A"].width = 5
    # The indicator's name wraps rather than pushing the figures onto another page.
    sheet.column_dimensions["B"].width = 48
    width = 5 + 48
    for column in range(3, len(headers) + 1):
        column_width = max(widths.width(column), 11)
        sheet.column_dimensions[openpyxl.utils.get_column_letter(column)].width = column_width
        width += column_width
    set_up_print(
        sheet,
        unit=unit_title or title,
        made_on=made_on,
        header_rows=(header_row, header_row + 1),
        width=width,
        freeze=sheet.cell(row=header_row + 2, column=5).coordinate,
    )

    states = book.create_sheet("Tình trạng")
    state_headers = ["Mã đơn vị", "Tên đơn vị", "Tình trạng", "Báo cáo số", "Ngày nhận", "Ghi chú"]
    for column, text in enumerate(state_headers, start=1):
        cell = write_cell(states.cell(row=1, column=column), text)
        cell.font = bold
        cell.fill = header_fill
    for offset, commune in enumerate(status.communes, start=2):
        current = commune.current
        notes = [f"thay thế số {r.sequence}" for r in commune.superseded]
        if commune.flagged:
            notes.append(f"{commune.flagged} tệp trùng số thứ tự, nội dung khác")
        if commune.rejection is not None:
            # The reason and the next step as said to the clerk when the file was refused.
            refused_on = local_date(commune.rejection.at).strftime("%d/%m/%Y")
            notes.append(f"tệp bị từ chối ngày {refused_on}: {commune.rejection.message}")
        text_cell(states.cell(row=offset, column=1), commune.unit_code)
        write_cell(states.cell(row=offset, column=2), commune.unit_name)
        write_cell(states.cell(row=offset, column=3), _state_vi(commune.state, commune.overdue))
        states.cell(row=offset, column=4, value=current.sequence if current else None)
        if commune.first_received:
            received = local_date(commune.first_received)
            write_cell(states.cell(row=offset, column=5), received, DATE_FORMAT)
        note = write_cell(states.cell(row=offset, column=6), "; ".join(notes))
        note.alignment = Alignment(wrap_text=True, vertical="top")
    for column, width in zip("ABCDEF", (14, 32, 18, 11, 12, 60), strict=True):
        states.column_dimensions[column].width = width
    set_up_print(
        states,
        unit=unit_title or title,
        made_on=made_on,
        header_rows=(1, 1),
        width=14 + 32 + 18 + 11 + 12 + 60,
        freeze="A2",
    )

    def write(temporary: Path) -> None:
        book.save(temporary)

    return write_atomically(Path(path), write)


def _state_vi(state: str, overdue: bool) -> str:
    """Printed documents and exported sheets are Vietnamese whatever the interface language."""
    labels = {
        "on_time": "Đúng hạn",
        "late": "Trễ hạn",
        "missing": "Chưa nộp (quá hạn)" if overdue else "Chưa nộp",
    }
    return labels.get(state, state_label(state, overdue))
