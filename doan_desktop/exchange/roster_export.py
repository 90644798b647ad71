"""The member list as offices keep it, exported so that it comes back the same.

An .xlsx holds one sheet per chapter (the title, Vietnamese headers, one person per row with every
field of the member book, the current offices in words, the classification of each year), a sheet
"Chức vụ" with every office held or once held (its level — the chapter or the commune — and its
dates) and a sheet "Chi đoàn" with the chapters (kind, active, note). Imported into an empty unit it
gives the same people, chapters, offices and classifications (exchange/roster_import.py reads all
three kinds of sheet), and imported again it changes nothing.

Dates are date cells shown dd/mm/yyyy; a date known only by its year is the year as text (the
note above the headers says so). IDs, phone numbers and card numbers are text cells, so their
leading zeros stay. Text that looks like a formula stays text (exchange/cells.py). Every sheet is
set up to print (exchange/sheet_print.py).

A CSV holds the people only, one table (UTF-8 with a byte-order mark, so that Excel shows the
Vietnamese letters): the offices without their dates or past terms, no chapter kinds. The export
dialog says so.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from doan_desktop.core import clock
from doan_desktop.core.dates import PartialDate
from doan_desktop.exchange.cells import csv_row, text_cell, write_cell
from doan_desktop.exchange.columns import (
    CHAPTER_COLUMNS,
    EXPORT_COLUMNS,
    OFFICE_COLUMNS,
    PRINTED_COLUMNS,
    classification_header,
)
from doan_desktop.exchange.files import write_atomically
from doan_desktop.exchange.roster_words import (
    CHAPTER,
    CHAPTER_KIND_WORDS,
    CHAPTER_LEVEL,
    CLASSIFICATION_WORDS,
    COMMUNE,
    NO,
    ROLE_WORDS,
    STATUS_WORDS,
    YES,
    commune_level,
    office_words,
)
from doan_desktop.exchange.sheet_print import DATE_FORMAT, ColumnWidths, note_height, set_up_print

UNION_HEADING = "ĐOÀN TNCS HỒ CHÍ MINH"
NO_CHAPTER_SHEET = "Chưa có chi đoàn"
OFFICES_SHEET = "Chức vụ"
CHAPTERS_SHEET = "Chi đoàn"
# Columns whose values must stay text when a clerk types into them too (Excel's "@" format):
# leading zeros, and "12/12" that Excel would take for a date.
_TEXT_FORMAT = {"id_number", "phone", "card_number", "education"}
_DATE_FIELDS = {"birth_date", "member_since", "office_start", "office_end"}
# A column holding longer texts (an address, a note) is this wide and wraps them.
_WRAP_AT = 22
PEOPLE_NOTE = (
    "Ngày tháng ghi dd/mm/yyyy; ngày chỉ biết năm được ghi năm, dạng chữ. Bản in gồm các cột từ "
    "STT đến Ghi chú; các cột sau giữ đủ hồ sơ để nhập lại vào chương trình. Cột Chức vụ ghi các "
    "chức vụ đang giữ; ngày nhận, ngày thôi và các chức vụ đã giữ ở trang “Chức vụ”; loại chi "
    "đoàn ở trang “Chi đoàn”. Cột Tên để xếp thứ tự chỉ ghi khi tên không phải chữ cuối của họ "
    "tên."
)
OFFICES_NOTE = (
    "Mỗi dòng một chức vụ đang giữ hoặc đã giữ. Cấp: “Chi đoàn” (ghi tên chi đoàn) hoặc “{commune}”. "
    "Đến ngày để trống: đang giữ chức vụ. Ngày chỉ biết năm được ghi năm, dạng chữ."
)


@dataclass
class ExportPerson:
    """One line of the member list; dates as stored (yyyy-mm-dd or yyyy)."""

    full_name: str
    given_name: str  # "" when it is the last word of the full name
    other_names: str
    birth_date: str
    gender: str  # M / F / ""
    ethnicity: str
    religion: str
    id_number: str
    phone: str
    hometown: str
    address: str
    occupation: str
    education: str
    qualification: str
    political_theory: str
    is_member: bool
    member_since: str
    admission_place: str
    card_number: str
    is_party_member: bool
    office: str  # the current offices in words: "Bí thư Chi đoàn, Ủy viên BCH Đoàn xã"
    status: str  # a code of vocab.STATUSES
    chapter: str
    note: str
    classifications: dict[int, str] = field(default_factory=dict)  # year → result code


@dataclass
class ExportSheet:
    chapter: str  # empty: people with no chapter
    people: list[ExportPerson]


@dataclass
class ExportOffice:
    full_name: str
    birth_date: str
    id_number: str
    role: str
    level: str  # roster_words.CHAPTER or COMMUNE
    chapter: str  # the office's chapter ("" at the commune level)
    start: str  # as stored
    end: str


@dataclass
class ExportChapter:
    name: str
    kind: str
    active: bool
    note: str


@dataclass
class RosterExport:
    """Everything the member list writes. Iterating it gives its people's sheets."""

    unit_title: str
    superior_title: str
    unit_kind: str
    made_on: dt.date
    sheets: list[ExportSheet]
    offices: list[ExportOffice] = field(default_factory=list)
    chapters: list[ExportChapter] = field(default_factory=list)

    def __iter__(self) -> Iterator[ExportSheet]:
        return iter(self.sheets)

    @property
    def people(self) -> int:
        return sum(len(s.people) for s in self.sheets)

    def years(self) -> list[int]:
        """The years someone has a classification for: one column each."""
        return sorted({y for s in self.sheets for p in s.people for y in p.classifications})


# ----------------------------------------------------------------------------- reading the roster


def collect(session, chapter_id: str | None = None, today: dt.date | None = None) -> RosterExport:
    """The member list of the roster (of one chapter when ``chapter_id`` is given). People with
    no chapter get a sheet of their own; a chapter with nobody gets none (but is in the list of
    chapters). People and chapters in the trash are left out."""
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from doan_desktop.core.store.models import Chapter, Office, Person
    from doan_desktop.core.text import split_name
    from doan_desktop.core.unit import display_name, get_unit

    unit = get_unit(session)
    unit_kind = unit.kind if unit else "xa"
    chapters = session.scalars(
        select(Chapter).where(Chapter.deleted_at.is_(None)).order_by(Chapter.sort_key)
    ).all()
    names = {c.id: c.name for c in chapters}
    query = (
        select(Person)
        .where(Person.deleted_at.is_(None))
        .options(selectinload(Person.classifications))
        .order_by(Person.sort_key, Person.id)
    )
    if chapter_id:
        query = query.where(Person.chapter_id == chapter_id)
    people = session.scalars(query).all()
    by_id = {p.id: p for p in people}
    offices: list[ExportOffice] = []
    current: dict[str, list[str]] = {}
    rows = session.scalars(
        select(Office).order_by(Office.start_date, Office.created_at, Office.id)
    ).all()
    for office in rows:
        person = by_id.get(office.person_id)
        if person is None or (office.chapter_id and office.chapter_id not in names):
            continue  # someone not exported, or a chapter in the trash
        level = CHAPTER if office.chapter_id else COMMUNE
        chapter = names.get(office.chapter_id, "")
        offices.append(
            ExportOffice(
                person.full_name,
                person.birth_date,
                person.id_number,
                office.role,
                level,
                chapter,
                office.start_date,
                office.end_date,
            )
        )
        if not office.end_date:
            elsewhere = chapter if chapter and office.chapter_id != person.chapter_id else ""
            current.setdefault(person.id, []).append(
                office_words(office.role, level, elsewhere, unit_kind)
            )
    grouped: dict[str | None, list[ExportPerson]] = {}
    for person in people:
        chapter = names.get(person.chapter_id, "") if person.chapter_id else ""
        given = person.given_name if person.given_name != split_name(person.full_name)[1] else ""
        grouped.setdefault(person.chapter_id if chapter else None, []).append(
            ExportPerson(
                full_name=person.full_name,
                given_name=given,
                other_names=person.other_names,
                birth_date=person.birth_date,
                gender=person.gender,
                ethnicity=person.ethnicity,
                religion=person.religion,
                id_number=person.id_number,
                phone=person.phone,
                hometown=person.hometown,
                address=person.address,
                occupation=person.occupation,
                education=person.education,
                qualification=person.qualification,
                political_theory=person.political_theory,
                is_member=person.is_member,
                member_since=person.member_since,
                admission_place=person.admission_place,
                card_number=person.card_number,
                is_party_member=person.is_party_member,
                office=", ".join(current.get(person.id, [])),
                status=person.status,
                chapter=chapter,
                note=person.note,
                classifications={c.year: c.result for c in person.classifications},
            )
        )
    sheets = [ExportSheet(c.name, grouped[c.id]) for c in chapters if c.id in grouped]
    if None in grouped:
        sheets.append(ExportSheet("", grouped[None]))
    wanted = {chapter_id} | {o.chapter for o in offices} if chapter_id else None
    listed = [
        ExportChapter(c.name, c.kind, c.active, c.note)
        for c in chapters
        if wanted is None or c.id in wanted or c.name in wanted
    ]
    return RosterExport(
        unit_title=display_name(unit) if unit else "",
        superior_title=unit.superior_name if unit else "",
        unit_kind=unit_kind,
        made_on=today or clock.today(),
        sheets=sheets,
        offices=offices,
        chapters=listed,
    )


# ----------------------------------------------------------------------------- values


def _date_value(stored: str, as_text: bool) -> object:
    """A stored date as a cell holds it: a date, or the year alone as text ("2001")."""
    if not stored:
        return ""
    value = PartialDate.parse(stored)
    if value is None:
        return stored
    if as_text or not value.is_full:
        return value.display()
    return value.to_date()


def _people_columns(export: RosterExport) -> list[tuple[str, str]]:
    """EXPORT_COLUMNS and one classification column a year."""
    years = export.years()
    return list(EXPORT_COLUMNS) + [(f"classification:{y}", classification_header(y)) for y in years]


def _person_values(
    person: ExportPerson, number: int, columns: list[tuple[str, str]], as_text: bool
) -> list:
    values: list = []
    for name, _header in columns:
        if name == "row_number":
            values.append(number)
        elif name in ("is_member", "is_party_member"):
            values.append("x" if getattr(person, name) else "")
        elif name == "gender":
            values.append({"M": "Nam", "F": "Nữ"}.get(person.gender, ""))
        elif name in _DATE_FIELDS:
            values.append(_date_value(getattr(person, name), as_text))
        elif name == "status":
            values.append(STATUS_WORDS.get(person.status, person.status))
        elif name.startswith("classification:"):
            result = person.classifications.get(int(name.split(":")[1]), "")
            values.append(CLASSIFICATION_WORDS.get(result, result))
        else:
            values.append(getattr(person, name))
    return values


def _office_values(office: ExportOffice, number: int, unit_kind: str, as_text: bool) -> list:
    level = commune_level(unit_kind) if office.level == COMMUNE else CHAPTER_LEVEL
    return [
        number,
        office.full_name,
        _date_value(office.birth_date, as_text),
        office.id_number,
        ROLE_WORDS.get(office.role, office.role),
        level,
        office.chapter,
        _date_value(office.start, as_text),
        _date_value(office.end, as_text),
    ]


def _chapter_values(chapter: ExportChapter, number: int) -> list:
    return [
        number,
        chapter.name,
        CHAPTER_KIND_WORDS.get(chapter.kind, chapter.kind),
        YES if chapter.active else NO,
        chapter.note,
    ]


# ----------------------------------------------------------------------------- writing


def sheet_title(name: str, taken: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique ignoring case."""
    base = re.sub(r"[\[\]:*?/\\]", "-", name).strip("'")[:31] or "Danh sach"
    title, counter = base, 2
    while title.lower() in taken:
        suffix = f" ({counter})"
        title, counter = base[: 31 - len(suffix)] + suffix, counter + 1
    taken.add(title.lower())
    return title


class _Table:
    """Writes one table (its headers, then rows) into a sheet and sets it up to print."""

    def __init__(self, sheet, columns: list[tuple[str, str]], header_row: int):
        from openpyxl.styles import Alignment, Border, Font, Side

        self.sheet, self.columns, self.header_row = sheet, columns, header_row
        self.row = header_row
        self.widths = ColumnWidths()
        self.centred = Alignment(horizontal="center")
        thin = Side(style="thin")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        for index, (_name, header) in enumerate(columns, start=1):
            cell = write_cell(sheet.cell(header_row, index), header)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = self.border
            self.widths.header(index, header)

    def append(self, values: list) -> None:
        self.row += 1
        sheet, row = self.sheet, self.row
        for index, ((name, _header), value) in enumerate(
            zip(self.columns, values, strict=True), start=1
        ):
            if value == "" or value is None:
                continue
            cell = sheet.cell(row, index)
            if isinstance(value, dt.date):
                write_cell(cell, value, DATE_FORMAT).alignment = self.centred
            elif name in _DATE_FIELDS:
                # A year alone stays text, not the number 2001, centred as the dates are.
                text_cell(cell, str(value)).alignment = self.centred
            elif name in _TEXT_FORMAT:
                text_cell(cell, str(value))
            else:
                write_cell(cell, value)
            self.widths.note(index, value)

    def finish(
        self, export: RosterExport, freeze_column: int, printed: int | None = None, note: str = ""
    ) -> None:
        sheet = self.sheet
        for index, (name, _header) in enumerate(self.columns, start=1):
            if name in _TEXT_FORMAT:
                # Typed into later, these stay text too.
                sheet.column_dimensions[sheet.cell(1, index).column_letter].number_format = "@"
        widths = self.widths.apply(sheet, self.header_row + 1, maximum=_WRAP_AT, wrapped=printed)
        self.widths.fit_header(sheet, self.header_row, widths)
        width = sum(widths[:printed] if printed else widths)
        if note:
            sheet.row_dimensions[5].height = note_height(note, width)
        set_up_print(
            sheet,
            unit=export.unit_title,
            made_on=export.made_on,
            header_rows=(self.header_row, self.header_row),
            width=width,
            freeze=sheet.cell(self.header_row + 1, freeze_column).coordinate,
            print_columns=printed if printed and printed < len(self.columns) else None,
        )


def _title_rows(sheet, export: RosterExport, title: str, note: str, width: int) -> None:
    from openpyxl.styles import Alignment, Font

    write_cell(sheet.cell(1, 1), export.superior_title.upper()).font = Font(bold=True, size=12)
    union = write_cell(sheet.cell(1, max(width - 5, 4)), UNION_HEADING)
    union.font = Font(bold=True, size=12)
    write_cell(sheet.cell(2, 1), export.unit_title.upper()).font = Font(bold=True, size=12)
    heading = write_cell(sheet.cell(4, 1), title)
    heading.font = Font(bold=True, size=14)
    heading.alignment = Alignment(horizontal="center")
    sheet.merge_cells(start_row=4, start_column=1, end_row=4, end_column=width)
    if note:
        remark = write_cell(sheet.cell(5, 1), note)
        remark.font = Font(italic=True, size=9)
        remark.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.merge_cells(start_row=5, start_column=1, end_row=5, end_column=width)


def write_xlsx(
    path: Path, export: RosterExport, progress: Callable[[int, int], None] | None = None
) -> Path:
    """The member list as an .xlsx (see the module's docstring), written whole or not at all."""
    import openpyxl

    total = export.people or 1

    def write(target: Path) -> None:
        workbook = openpyxl.Workbook()
        workbook.remove(workbook.active)
        taken: set[str] = set()
        columns = _people_columns(export)
        done = 0
        for item in export.sheets or [ExportSheet("", [])]:
            sheet = workbook.create_sheet(sheet_title(item.chapter or NO_CHAPTER_SHEET, taken))
            title = "DANH SÁCH ĐOÀN VIÊN, THANH NIÊN"
            if item.chapter:
                title += f" CHI ĐOÀN {item.chapter.upper()}"
            _title_rows(sheet, export, title, PEOPLE_NOTE, PRINTED_COLUMNS)
            table = _Table(sheet, columns, header_row=6)
            for number, person in enumerate(item.people, start=1):
                table.append(_person_values(person, number, columns, as_text=False))
                done += 1
                if progress and done % 200 == 0:
                    progress(done, total)
            table.finish(export, freeze_column=3, printed=PRINTED_COLUMNS, note=PEOPLE_NOTE)
        if export.offices:
            sheet = workbook.create_sheet(sheet_title(OFFICES_SHEET, taken))
            note = OFFICES_NOTE.format(commune=commune_level(export.unit_kind))
            _title_rows(sheet, export, "DANH SÁCH CHỨC VỤ", note, len(OFFICE_COLUMNS))
            table = _Table(sheet, list(OFFICE_COLUMNS), header_row=6)
            for number, office in enumerate(export.offices, start=1):
                table.append(_office_values(office, number, export.unit_kind, as_text=False))
            table.finish(export, freeze_column=3, note=note)
        if export.chapters:
            sheet = workbook.create_sheet(sheet_title(CHAPTERS_SHEET, taken))
            _title_rows(sheet, export, "DANH SÁCH CHI ĐOÀN", "", len(CHAPTER_COLUMNS))
            table = _Table(sheet, list(CHAPTER_COLUMNS), header_row=6)
            for number, chapter in enumerate(export.chapters, start=1):
                table.append(_chapter_values(chapter, number))
            table.finish(export, freeze_column=3)
        workbook.save(target)

    write_atomically(path, write)
    if progress:
        progress(total, total)
    return path


def write_csv(path: Path, export: RosterExport) -> Path:
    """The people in one table, the same columns as a chapter's sheet: UTF-8 with a byte-order
    mark (so that Excel shows Vietnamese right), dates as dd/mm/yyyy text, formula-like text
    behind a quote."""
    columns = _people_columns(export)

    def write(target: Path) -> None:
        with open(target, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(csv_row(header for _name, header in columns))
            number = 0
            for item in export.sheets:
                for person in item.people:
                    number += 1
                    writer.writerow(csv_row(_person_values(person, number, columns, True)))

    return write_atomically(path, write)


# ----------------------------------------------------------------------------- the names callers use


def export_sheets(session, chapter_id: str | None = None) -> tuple[str, str, RosterExport]:
    """(unit title, superior title, the export): what the command line and the window call."""
    export = collect(session, chapter_id)
    return export.unit_title, export.superior_title, export


def write_member_list_xlsx(
    path: Path,
    unit_title: str,
    superior_title: str,
    export: RosterExport,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    export.unit_title, export.superior_title = unit_title, superior_title
    return write_xlsx(path, export, progress)


def write_member_list_csv(path: Path, export: RosterExport) -> Path:
    return write_csv(path, export)
