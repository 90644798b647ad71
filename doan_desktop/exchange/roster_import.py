"""Importing a roster file: match against the roster, preview, write in one transaction.

``plan_import`` reads nothing but the database and changes nothing: it sorts the file's rows
into people to add, people to update, people already there unchanged, rows with errors (sheet,
row, column, reason), rows repeated inside the file, and warnings. A row is judged field by
field: only a problem in what identifies the person (``IDENTITY_FIELDS``) keeps it out; a bad
value anywhere else is left out of the row, with a warning, and so is an unlikely age.
``run_import`` writes the plan through the roster's own use cases (validated, change-logged)
inside the caller's transaction, so an import goes in whole or not at all.
``write_error_workbook`` gives back the rows that did not go in ("Lỗi") and those that went in
with a warning ("Cảnh báo"), with their original columns, ready to be fixed and imported again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from doan_desktop.core import chapters as chapter_cases
from doan_desktop.core import clock
from doan_desktop.core import roster as roster_cases
from doan_desktop.core import validation as v
from doan_desktop.core.changelog import log_change, snapshot
from doan_desktop.core.dates import PartialDate
from doan_desktop.core.messages import translate
from doan_desktop.core.roster import PersonInput
from doan_desktop.core.store.models import (
    ChangeLog,
    Chapter,
    Classification,
    Person,
    new_id,
    utcnow,
)
from doan_desktop.core.text import clean, fold
from doan_desktop.core.validation import Problems, ValidationError
from doan_desktop.core.vocab import GENDERS, STATUSES
from doan_desktop.exchange import roster_offices
from doan_desktop.exchange.cells import write_cell
from doan_desktop.exchange.columns import (
    CHAPTER_COLUMNS,
    EXPORT_COLUMNS,
    OFFICE_COLUMNS,
    field_labels,
    match_header,
)
from doan_desktop.exchange.files import write_atomically
from doan_desktop.exchange.roster_offices import OfficeClaim, PlannedOffice
from doan_desktop.exchange.roster_words import (
    CHAPTER,
    COMMUNE,
    guess_chapter_kind,
    read_chapter_kind,
    read_level,
    read_office,
    read_offices,
)
from doan_desktop.exchange.roster_xlsx import (
    CHAPTERS,
    OFFICES,
    PEOPLE,
    ParsedRow,
    SheetTable,
    SourceBook,
    parse_chapter_row,
    parse_date_cell,
    parse_office_row,
    parse_rows,
)
from doan_desktop.exchange.sheet_print import ColumnWidths, set_up_print

# Fields compared to decide "update" or "unchanged" (classifications apart: by year).
_COMPARED = tuple(f.name for f in dataclasses.fields(PersonInput) if f.name != "classifications")
# The fields that say who a row is: a problem in one of them refuses the row (it could not be
# matched with the roster, or would land in the wrong chapter). A problem in any other field only
# leaves that value out.
IDENTITY_FIELDS = frozenset({"full_name", "birth_date", "id_number", "chapter_id"})
# What a new person gets for a value left out: what a row without that column gets.
_EMPTY_ROW = PersonInput(is_member=True)

# Ages that are possible but more likely a typing mistake: shown as warnings in the preview.
ADMISSION_MIN_AGE = v.MEMBER_MIN_AGE  # the Union admits people aged 16 to 30
ADMISSION_MAX_AGE = v.MEMBER_MAX_AGE
PLAUSIBLE_MIN_AGE = 10  # on the day of the import
PLAUSIBLE_MAX_AGE = 60


class ImportCancelled(Exception):
    """The clerk cancelled while the import ran; the transaction is rolled back."""


@dataclass(slots=True)
class RowIssue:
    sheet: str
    row: int
    column: str  # the header of the column, as in the file ("" when no column is to blame)
    message: str

    def as_json(self) -> dict:
        return {
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }


@dataclass(slots=True)
class Duplicate:
    sheet: str
    row: int
    first_sheet: str
    first_row: int

    def as_json(self) -> dict:
        return {
            "sheet": self.sheet,
            "row": self.row,
            "first_sheet": self.first_sheet,
            "first_row": self.first_row,
        }


@dataclass(slots=True)
class FormulaCell:
    """A cell that began like a formula (=, +, -, @, a tab or a carriage return): it is imported
    as the text it is, and every export writes it so that it stays text."""

    sheet: str
    row: int
    column: str
    text: str

    def as_json(self) -> dict:
        return {"sheet": self.sheet, "row": self.row, "column": self.column, "text": self.text}


@dataclass(slots=True)
class PlannedRow:
    parsed: ParsedRow
    action: str  # add | update | unchanged
    data: PersonInput  # what will be saved (for an update: the person with the file's values)
    person_id: str | None = None
    chapter: str = ""  # the target chapter's name ("" none)
    changed: list[str] = field(default_factory=list)  # fields an update changes
    offices: list[PlannedOffice] = field(default_factory=list)  # offices to record or end


@dataclass
class ImportOptions:
    chapter: str | None = None  # every row goes to this chapter
    create_chapters: bool = False
    today: dt.date | None = None


@dataclass
class ImportPlan:
    book: SourceBook
    to_add: list[PlannedRow] = field(default_factory=list)
    to_update: list[PlannedRow] = field(default_factory=list)
    unchanged: list[PlannedRow] = field(default_factory=list)
    errors: list[RowIssue] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    missing_chapters: list[str] = field(
        default_factory=list
    )  # named by the file, not in the roster
    warnings: list[RowIssue] = field(default_factory=list)
    # The missing chapters the import will create (none unless the clerk allowed it).
    chapters_to_create: list[str] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)  # title/totals/signature rows skipped
    # Rows that do not go in, by (sheet, row): what the error workbook holds.
    rejected: dict[tuple[str, int], list[str]] = field(default_factory=dict)
    # Cells taken as text because they looked like formulas.
    formula_like: list[FormulaCell] = field(default_factory=list)
    # What the file's sheet of chapters says of a chapter to create (by folded name).
    chapter_details: dict[str, chapter_cases.ChapterInput] = field(default_factory=dict)
    # Offices of people in the roster whom the file's people sheets do not list.
    offices: list[PlannedOffice] = field(default_factory=list)
    # Every row read (people, offices, chapters), by (sheet, row): anything with ``values``.
    _parsed: dict[tuple[str, int], object] = field(default_factory=dict)

    @property
    def rows_read(self) -> int:
        return len(self._parsed)

    def all_offices(self) -> list[PlannedOffice]:
        planned = [o for rows in (self.to_add, self.to_update) for r in rows for o in r.offices]
        return planned + self.offices


@dataclass
class ImportResult:
    imported: int
    updated: int
    unchanged: int
    errors: list[RowIssue]
    duplicates: list[Duplicate]
    created_chapters: list[str]
    warnings: list[RowIssue]
    dry_run: bool = False
    encoding: str = ""  # a CSV's encoding as read ("" for a workbook)
    offices_added: int = 0
    offices_ended: int = 0
    formula_like: list[FormulaCell] = field(default_factory=list)

    @property
    def people(self) -> int:
        """The people written (or, in a dry run, that would be): added and updated."""
        return self.imported + self.updated

    def as_json(self) -> dict:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "errors": [e.as_json() for e in self.errors],
            "duplicates": [d.as_json() for d in self.duplicates],
            "created_chapters": self.created_chapters,
            "warnings": [w.as_json() for w in self.warnings],
            "dry_run": self.dry_run,
            "encoding": self.encoding or None,
            "offices_added": self.offices_added,
            "offices_ended": self.offices_ended,
            "formula_like": [cell.as_json() for cell in self.formula_like],
        }


def summary_of(
    plan: ImportPlan, created: list[str] | None = None, dry_run: bool = True
) -> ImportResult:
    """What the import did (``created``: the chapters it created) or, in a dry run, would do
    (the chapters it would create)."""
    offices = plan.all_offices()
    return ImportResult(
        imported=len(plan.to_add),
        updated=len(plan.to_update),
        unchanged=len(plan.unchanged),
        errors=list(plan.errors),
        duplicates=list(plan.duplicates),
        created_chapters=list(created if created is not None else plan.chapters_to_create),
        warnings=list(plan.warnings),
        dry_run=dry_run,
        encoding=plan.book.encoding,
        offices_added=sum(1 for o in offices if o.action == "add"),
        offices_ended=sum(1 for o in offices if o.action == "end"),
        formula_like=list(plan.formula_like),
    )


def row_problems(data: PersonInput, person_id: str | None, today: dt.date) -> dict[str, str]:
    """The errors ``roster.validate_person`` finds, without its look-ups for possible duplicates
    (warnings, which the import settles itself by matching): building those two queries for
    each of thousands of rows was most of an import's time. A test keeps the two in step."""
    problems = Problems()
    if not clean(data.full_name):
        problems.error("full_name", translate("Validation", "The full name is required."))
    birth, error = v.parse_date_field(data.birth_date)
    problems.error("birth_date", error or v.check_not_future(birth, today))
    since, error = v.parse_date_field(data.member_since)
    problems.error("member_since", error or v.check_not_future(since, today))
    if birth and since and v.certainly_before(since, birth):
        problems.error(
            "member_since", translate("Validation", "The admission date is before the birth date.")
        )
    problems.error("id_number", v.check_id_number(v.normalise_id_number(data.id_number)))
    problems.error("phone", v.check_phone(v.normalise_phone(data.phone)))
    if data.gender and data.gender not in GENDERS:
        problems.error("gender", translate("Validation", "Choose male or female."))
    if data.status not in STATUSES:
        problems.error("status", translate("Validation", "Choose a status."))
    return problems.errors


# ----------------------------------------------------------------------------- planning


def _column_for(table: SheetTable, name: str, parsed: ParsedRow) -> str:
    """The header of the column a field was read from."""
    fallbacks = {
        "full_name": ("full_name", "family_name", "given_name"),
        "birth_date": ("birth_date", "birth_male", "birth_female"),
        "gender": ("gender", "birth_male", "birth_female"),
        "chapter_id": ("chapter",),
    }.get(name, (name,))
    for wanted in fallbacks:
        for column in table.columns:
            if column.field == wanted:
                if wanted in ("birth_male", "birth_female"):
                    value = (
                        parsed.values[column.index] if column.index < len(parsed.values) else None
                    )
                    if value in (None, ""):
                        continue
                return column.header
    return ""


# Chapter names repeat on every row of a sheet: folded once.
folded = lru_cache(maxsize=512)(fold)


def _person_keys(data: PersonInput) -> list[tuple]:
    keys = []
    if data.id_number:
        keys.append(("id", data.id_number))
    birth = PartialDate.parse(data.birth_date) if data.birth_date else None
    if birth and clean(data.full_name):
        keys.append(("name", fold(data.full_name), birth.iso()))
    return keys


def _normalised(data: PersonInput) -> PersonInput:
    """IDs and phones as stored (in place: the parsed row is the import's own)."""
    data.id_number = v.normalise_id_number(data.id_number)
    data.phone = v.normalise_phone(data.phone)
    return data


def _leave_out(parsed: ParsedRow, name: str) -> None:
    """Go on as if the file gave no value for ``name``: a new person gets what a row without
    that column gets, a person already in the roster keeps the roster's value."""
    parsed.provided = parsed.provided - {name}
    setattr(parsed.data, name, getattr(_EMPTY_ROW, name))


def _age_range(birth: PartialDate, day: PartialDate) -> tuple[int, int]:
    """The completed years between two dates, as (fewest, most) possible when one is a year."""
    if birth.is_full and day.is_full:
        age = birth.age_on(day.to_date())
        return age, age
    years = day.year - birth.year
    return years - 1, years


def age_warnings(data: PersonInput, today: dt.date) -> list[tuple[str, str]]:
    """(field, message) for ages that are possible but look like a typing mistake: admitted to
    the Union outside 16–30, or under 10 or over 60 today. With a year alone, only an age that
    is certain whatever the month and day counts."""
    found: list[tuple[str, str]] = []
    birth = PartialDate.parse(data.birth_date) if data.birth_date else None
    if birth is None:
        return found
    fewest, most = _age_range(birth, PartialDate.from_date(today))
    if most < PLAUSIBLE_MIN_AGE or fewest > PLAUSIBLE_MAX_AGE:
        found.append(
            (
                "birth_date",
                translate(
                    "Import",
                    "Born {birth}, this person is {age} years old today; check the birth date.",
                ).format(birth=birth.display(), age=most if most < PLAUSIBLE_MIN_AGE else fewest),
            )
        )
    since = PartialDate.parse(data.member_since) if data.member_since else None
    if since is not None:
        fewest, most = _age_range(birth, since)
        if most < ADMISSION_MIN_AGE or fewest > ADMISSION_MAX_AGE:
            found.append(
                (
                    "member_since",
                    translate(
                        "Import",
                        "Admitted to the Union at {age} (born {birth}, admitted {since}); members "
                        "are admitted between {low} and {high}. Check both dates.",
                    ).format(
                        age=most if most < ADMISSION_MIN_AGE else fewest,
                        birth=birth.display(),
                        since=since.display(),
                        low=ADMISSION_MIN_AGE,
                        high=ADMISSION_MAX_AGE,
                    ),
                )
            )
    return found


def plan_import(
    session: Session,
    book: SourceBook,
    options: ImportOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportPlan:
    """Sort the rows of ``book``; nothing is written."""
    options = options or ImportOptions()
    today = options.today or clock.today()
    plan = ImportPlan(book)
    for table in book.sheets:
        for reason, rows in table.skipped.items():
            plan.skipped[reason] = plan.skipped.get(reason, 0) + len(rows)

    chapters = {
        c.search_key: c.name
        for c in session.scalars(select(Chapter).where(Chapter.deleted_at.is_(None)))
    }
    if (
        options.chapter is not None
        and fold(options.chapter) not in chapters
        and not options.create_chapters
    ):
        raise chapter_cases.UnknownChapter(options.chapter)
    by_id: dict[str, str] = {}
    by_name: dict[tuple[str, str], str] = {}
    chapter_of: dict[str, str | None] = {}
    for person_id, name, birth, id_number, chapter_id in session.execute(
        select(
            Person.id, Person.full_name, Person.birth_date, Person.id_number, Person.chapter_id
        ).where(Person.deleted_at.is_(None))
    ):
        if id_number:
            by_id.setdefault(id_number, person_id)
        if birth:
            by_name.setdefault((fold(name), birth), person_id)
        chapter_of[person_id] = chapter_id
    # Loaded once with their classifications, so that get_person below reads the identity
    # map instead of querying for each matched row.
    loaded = session.scalars(
        select(Person)
        .where(Person.deleted_at.is_(None))
        .options(selectinload(Person.classifications))
    ).all()
    chapter_ids = {
        c.search_key: c.id
        for c in session.scalars(select(Chapter).where(Chapter.deleted_at.is_(None)))
    }
    chapter_names = {chapter_id: chapters[key] for key, chapter_id in chapter_ids.items()}
    seen: dict[tuple, tuple[str, int]] = {}
    matched: dict[str, tuple[str, int]] = {}  # person id → the row that matched it
    planned_by_key: dict[tuple, PlannedRow] = {}  # a person's keys → the file's row of them
    missing: dict[str, str] = {}
    claims: list[OfficeClaim] = []
    # The export's sheet of offices says every office with its dates: the people sheets'
    # "Chức vụ" column is then only for reading.
    offices_sheet = any(t.kind == OFFICES for t in book.sheets)
    total = sum(len(t.rows) for t in book.sheets) or 1
    done = 0

    def note_formulas(parsed, table) -> None:
        for name in parsed.formula_like:
            column = next(c for c in table.columns if c.field == name)
            value = parsed.values[column.index] if column.index < len(parsed.values) else ""
            plan.formula_like.append(FormulaCell(parsed.sheet, parsed.row, column.header, value))

    def known_chapter(name: str, refuse) -> str | None:
        """The roster's spelling of a chapter the file names; None (and the row refused) when
        it does not exist and may not be created."""
        key = folded(name)
        if key in chapters:
            return chapters[key]
        missing.setdefault(key, name)
        if not options.create_chapters:
            refuse(
                {
                    "chapter_id": translate("Import", 'There is no chapter named "{name}".').format(
                        name=name
                    )
                }
            )
            return None
        return name

    # The sheet of chapters first: what it says of a chapter is used when the chapter is made.
    for table in (t for t in book.sheets if t.kind == CHAPTERS):
        for source in table.rows:
            done += 1
            parsed = parse_chapter_row(table, source)
            plan._parsed[(parsed.sheet, parsed.row)] = parsed
            note_formulas(parsed, table)
            name = clean(parsed.name)
            if not name:
                continue
            kind, problem = read_chapter_kind(parsed.kind)
            if problem:
                plan.warnings.append(
                    RowIssue(
                        parsed.sheet,
                        parsed.row,
                        _column_for(table, "chapter_kind", parsed),
                        translate("Import", "{reason} The kind is guessed from the name.").format(
                            reason=problem
                        ),
                    )
                )
            for name_of_field, message in parsed.errors.items():
                plan.warnings.append(
                    RowIssue(
                        parsed.sheet,
                        parsed.row,
                        _column_for(table, name_of_field, parsed),
                        translate(
                            "Import", "{reason} The row is imported without this value."
                        ).format(reason=message),
                    )
                )
            key = folded(name)
            plan.chapter_details.setdefault(
                key,
                chapter_cases.ChapterInput(
                    name,
                    kind or guess_chapter_kind(name),
                    parsed.note,
                    True if parsed.active is None else parsed.active,
                ),
            )
            if key not in chapters:
                missing.setdefault(key, name)

    for table in (t for t in book.sheets if t.kind == PEOPLE):
        has_chapter_column = any(c.field == "chapter" for c in table.columns)
        for parsed in parse_rows(table):
            done += 1
            if progress and done % 100 == 0:
                progress(done, total)
            key = (parsed.sheet, parsed.row)
            plan._parsed[key] = parsed
            note_formulas(parsed, table)
            data = _normalised(parsed.data)
            # Problems in optional fields: the row goes in without those values (and says so),
            # unless it is refused for another reason, when they are reported with it.
            notes: list[tuple[str, str]] = []

            def reject(name: str, message: str, parsed=parsed, table=table, key=key) -> None:
                plan.errors.append(
                    RowIssue(parsed.sheet, parsed.row, _column_for(table, name, parsed), message)
                )
                plan.rejected.setdefault(key, []).append(message)

            def refuse(problems: dict[str, str], notes=notes, reject=reject) -> None:
                for name, message in problems.items():
                    reject(name, message)
                for name, message in notes:
                    reject(name, message)

            identity = {n: m for n, m in parsed.errors.items() if n in IDENTITY_FIELDS}
            for name, message in parsed.errors.items():
                if name not in identity:
                    _leave_out(parsed, name)
                    notes.append((name, message))
            if identity:
                # Its other problems too, so that the error workbook shows all there is to fix.
                others = row_problems(data, None, today)
                notes.extend((n, m) for n, m in others.items() if n not in IDENTITY_FIELDS)
                refuse(identity)
                continue

            # Duplicates inside the file: the first row wins.
            keys = _person_keys(data)
            first = next((seen[k] for k in keys if k in seen), None)
            if first is not None:
                plan.duplicates.append(Duplicate(parsed.sheet, parsed.row, first[0], first[1]))
                plan.rejected.setdefault(key, []).append(
                    translate("Import", "Repeats row {row} of sheet {sheet}.").format(
                        row=first[1], sheet=first[0]
                    )
                )
                continue
            for k in keys:
                seen[k] = key

            # The target chapter: --chapter, else the chapter column, else the sheet's name.
            if options.chapter is not None:
                chapter_name = clean(options.chapter)
            elif has_chapter_column:
                chapter_name = clean(parsed.chapter or "")
            else:
                chapter_name = table.chapter_from_name()
            if chapter_name:
                chapter_name = known_chapter(chapter_name, refuse)
                if chapter_name is None:
                    continue

            name_key = next((k for k in keys if k[0] == "name"), None)
            person_id = (by_id.get(data.id_number) if data.id_number else None) or (
                by_name.get(name_key[1:]) if name_key else None
            )
            if person_id and person_id in matched:
                first = matched[person_id]
                plan.duplicates.append(Duplicate(parsed.sheet, parsed.row, first[0], first[1]))
                plan.rejected.setdefault(key, []).append(
                    translate("Import", "Repeats row {row} of sheet {sheet}.").format(
                        row=first[1], sheet=first[0]
                    )
                )
                continue
            existing = None
            if person_id:
                matched[person_id] = key
                existing = roster_cases.get_person(session, person_id)
                merged = dataclasses.replace(existing)
                for name in parsed.provided:
                    if name == "classifications":
                        merged.classifications = _merged_classifications(
                            existing.classifications, data.classifications
                        )
                        continue
                    value = getattr(data, name)
                    # An empty cell does not erase what the roster knows; yes/no columns
                    # always say something (empty is "no").
                    if value or isinstance(value, bool):
                        setattr(merged, name, value)
                target = (
                    chapter_ids.get(folded(chapter_name), existing.chapter_id)
                    if chapter_name
                    else existing.chapter_id
                )
                merged.chapter_id = target
                row = PlannedRow(parsed, "unchanged", merged, person_id, chapter_name)
            else:
                merged = data
                merged.chapter_id = None
                row = PlannedRow(parsed, "add", merged, None, chapter_name)

            problems = row_problems(merged, person_id, today)
            identity = {n: m for n, m in problems.items() if n in IDENTITY_FIELDS}
            if identity:
                refuse(identity)
                continue
            for name, message in problems.items():
                # The file's value is dropped: a new person gets none, a known one keeps the
                # roster's.
                setattr(merged, name, getattr(existing or _EMPTY_ROW, name))
                notes.append((name, message))
            if problems and row_problems(merged, person_id, today):
                refuse(row_problems(merged, person_id, today))
                continue

            if existing is not None:
                row.changed = [
                    n
                    for n in _COMPARED
                    if n != "chapter_id" and getattr(existing, n) != getattr(merged, n)
                ]
                if chapter_name and merged.chapter_id != existing.chapter_id:
                    row.changed.append("chapter_id")
                if _classified(existing.classifications) != _classified(merged.classifications):
                    row.changed.append("classifications")
                if row.changed:
                    row.action = "update"

            def warn(name: str, message: str, parsed=parsed, table=table) -> None:
                plan.warnings.append(
                    RowIssue(parsed.sheet, parsed.row, _column_for(table, name, parsed), message)
                )

            for name, message in notes:
                warn(
                    name,
                    translate("Import", "{reason} The row is imported without this value.").format(
                        reason=message
                    ),
                )
            if not offices_sheet:
                home = chapter_name or chapter_names.get(row.data.chapter_id or "", "")
                for claim, problem in _column_claims(row, table, home, today):
                    if claim is None:
                        warn("office", problem)
                    else:
                        claims.append(claim)
            for k in keys:
                planned_by_key[k] = row
            if row.action != "unchanged":
                for name, message in age_warnings(merged, today):
                    warn(name, message)
            {"add": plan.to_add, "update": plan.to_update, "unchanged": plan.unchanged}[
                row.action
            ].append(row)

    for table in (t for t in book.sheets if t.kind == OFFICES):
        for source in table.rows:
            done += 1
            parsed = parse_office_row(table, source)
            key = (parsed.sheet, parsed.row)
            plan._parsed[key] = parsed
            note_formulas(parsed, table)
            claim = _sheet_claim(
                parsed,
                table,
                plan,
                planned_by_key,
                (by_id, by_name),
                lambda name, refuse: known_chapter(name, refuse),
                lambda person_id: chapter_names.get(chapter_of.get(person_id) or "", ""),
                today,
            )
            if claim is not None:
                claims.append(claim)

    _settle_offices(session, plan, claims, chapter_ids)
    plan.missing_chapters = list(missing.values())
    plan.chapters_to_create = list(plan.missing_chapters) if options.create_chapters else []
    del loaded
    if progress:
        progress(total, total)
    return plan


def _classified(items) -> list[tuple]:
    return sorted((c.year, c.scale, c.result) for c in items)


def _merged_classifications(existing, given):
    """The roster's classifications with the file's years put over them: an empty cell says
    nothing, so a year the file leaves empty keeps what the roster has."""
    by_year = {c.year: c for c in existing}
    by_year.update({c.year: c for c in given})
    return [by_year[year] for year in sorted(by_year)]


def _column_claims(row: PlannedRow, table: SheetTable, home: str, today: dt.date):
    """(claim, None) for each office of a people sheet's "Chức vụ" cell, (None, warning) for
    what cannot be recorded. The level is the cell's ("Bí thư Chi đoàn", "Ủy viên BCH Đoàn
    xã"), else the sheet's "Cấp" column, else the chapter's; the start date the sheet's "Từ
    ngày" column, else the import's day."""
    parsed = row.parsed
    offices, unknown = read_offices(parsed.office)
    for text in unknown:
        yield (
            None,
            translate(
                "Import", 'The office "{office}" is not a Union office; it was not recorded.'
            ).format(office=text),
        )
    if not offices:
        return
    level, problem = read_level(parsed.office_level)
    if problem:
        yield (
            None,
            translate("Import", "{reason} The office was not recorded.").format(reason=problem),
        )
        return
    start = ""
    if parsed.office_start not in (None, ""):
        found, problem = _office_date(parsed.office_start)
        if problem:
            yield (
                None,
                translate("Import", "{reason} The office was not recorded.").format(reason=problem),
            )
            return
        start = found
    column = _column_for(table, "office", parsed)
    for office in offices:
        where = office.level or level or CHAPTER
        chapter = (office.chapter or home) if where == CHAPTER else ""
        if where == CHAPTER and not chapter:
            yield (
                None,
                translate(
                    "Import",
                    "The office of {office} is a chapter's, but the row names no chapter; it was not "
                    "recorded.",
                ).format(office=parsed.office),
            )
            continue
        claim = OfficeClaim(
            parsed.sheet,
            parsed.row,
            column,
            row,
            row.person_id,
            row.data.full_name,
            office.role,
            where,
            chapter,
            start,
        )
        problem = roster_offices.check_claim(claim, today)
        if problem:
            yield (
                None,
                translate("Import", "{reason} The office was not recorded.").format(reason=problem),
            )
            continue
        yield claim, None


def _office_date(value) -> tuple[str, str | None]:
    parsed, problem = parse_date_cell(value)
    return (parsed.display() if parsed else ""), problem


def _sheet_claim(parsed, table, plan, planned_by_key, roster_keys, known_chapter, home_of, today):
    """The claim of one row of a sheet of offices, or None (the row refused, and why)."""
    key = (parsed.sheet, parsed.row)

    def refuse(problems: dict[str, str]) -> None:
        for name, message in problems.items():
            plan.errors.append(
                RowIssue(parsed.sheet, parsed.row, _column_for(table, name, parsed), message)
            )
            plan.rejected.setdefault(key, []).append(message)

    if parsed.errors:
        refuse(parsed.errors)
        return None
    person = _normalised(parsed.person)
    keys = _person_keys(person)
    holder = next((planned_by_key[k] for k in keys if k in planned_by_key), None)
    by_id, by_name = roster_keys
    person_id = holder.person_id if holder else None
    if holder is None:
        for k in keys:
            person_id = by_id.get(k[1]) if k[0] == "id" else by_name.get(k[1:])
            if person_id:
                break
    if holder is None and person_id is None:
        refuse(
            {
                "full_name": translate(
                    "Import",
                    "Nobody in the file or in the roster has this citizen ID, or this name and "
                    "birth date; the office was not recorded.",
                )
            }
        )
        return None
    office = read_office(parsed.office)
    if office is None:
        refuse(
            {
                "office": translate(
                    "Import",
                    'The office "{office}" is not a Union office; write Bí thư, Phó '
                    "Bí thư or Ủy viên BCH.",
                ).format(office=parsed.office)
            }
        )
        return None
    level, problem = read_level(parsed.level)
    if problem:
        refuse({"office_level": problem})
        return None
    chapter = clean(parsed.chapter) or office.chapter
    level = level or office.level or (CHAPTER if chapter else COMMUNE)
    if level == CHAPTER:
        if not chapter:
            chapter = holder.chapter if holder else home_of(person_id)
        if not chapter:
            refuse(
                {
                    "chapter_id": translate(
                        "Import", "The office is a chapter's: write the chapter's name."
                    )
                }
            )
            return None
        chapter = known_chapter(chapter, refuse)
        if chapter is None:
            return None
    else:
        chapter = ""
    claim = OfficeClaim(
        parsed.sheet,
        parsed.row,
        _column_for(table, "office", parsed),
        holder,
        person_id,
        holder.data.full_name if holder else person.full_name,
        office.role,
        level,
        chapter,
        parsed.start,
        parsed.end,
    )
    problem = roster_offices.check_claim(claim, today)
    if problem:
        refuse({"office_start": problem})
        return None
    return claim


def _settle_offices(session, plan: ImportPlan, claims, chapter_ids) -> None:
    """Match the file's offices with the roster's and put what changes on the person's row
    (an office is a change of the person: "unchanged" becomes "update")."""
    settled = roster_offices.plan_offices(session, claims, chapter_ids)
    for claim, message in settled.notes:
        plan.warnings.append(RowIssue(claim.sheet, claim.row, claim.column, message))
    moved = []
    for planned in settled.offices:
        row = planned.claim.holder
        if row is None:
            plan.offices.append(planned)
            continue
        row.offices.append(planned)
        if "office" not in row.changed and row.action != "add":
            row.changed.append("office")
            if row.action == "unchanged":
                row.action = "update"
                moved.append(row)
    if moved:
        gone = {id(row) for row in moved}
        plan.unchanged = [row for row in plan.unchanged if id(row) not in gone]
        plan.to_update.extend(moved)


# ----------------------------------------------------------------------------- running


def run_import(
    session: Session,
    plan: ImportPlan,
    options: ImportOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Write the plan in ``session`` (the caller's transaction: commit at its end, or roll
    back everything when this raises, ImportCancelled included)."""
    options = options or ImportOptions()
    today = options.today or clock.today()
    created = []
    chapter_ids: dict[str, str] = {}
    if options.create_chapters:
        for name in plan.missing_chapters:
            try:
                chapter_ids[fold(name)] = chapter_cases.find_chapter(session, name).id
            except chapter_cases.UnknownChapter:
                details = plan.chapter_details.get(fold(name))
                chapter_ids[fold(name)] = chapter_cases.add_chapter(
                    session,
                    details or chapter_cases.ChapterInput(name, guess_chapter_kind(name)),
                )
                created.append(name)
    for chapter in session.scalars(select(Chapter).where(Chapter.deleted_at.is_(None))):
        chapter_ids.setdefault(chapter.search_key, chapter.id)

    total = (len(plan.to_add) + len(plan.to_update)) or 1
    warnings = list(plan.warnings)
    done = 0
    person_ids: dict[int, str] = {}

    def target(row: PlannedRow) -> PersonInput:
        data = dataclasses.replace(row.data)
        if row.chapter:
            data.chapter_id = chapter_ids.get(folded(row.chapter), data.chapter_id)
        return data

    for first in range(0, len(plan.to_add), BATCH):
        if cancelled and cancelled():
            raise ImportCancelled()
        batch = plan.to_add[first : first + BATCH]
        data = [target(row) for row in batch]
        ids = write_new_people(session, data, today, checked=True)  # checked by plan_import
        person_ids.update((id(row), person_id) for row, person_id in zip(batch, ids, strict=True))
        done += len(batch)
        if progress:
            progress(done, total)
    for row in plan.to_update:
        if cancelled and done % 50 == 0 and cancelled():
            raise ImportCancelled()
        write_person(
            session,
            target(row),
            row.person_id,
            today,
            classifications="classifications" in row.changed,
        )
        done += 1
        if progress and (done % 100 == 0 or done == total):
            progress(done, total)
    notes = roster_offices.write_offices(
        session, plan.all_offices(), person_ids, chapter_ids, today
    )
    for claim, message in notes:
        warnings.append(RowIssue(claim.sheet, claim.row, claim.column, message))
    session.flush()
    result = summary_of(plan, created, dry_run=False)
    result.warnings = warnings
    return result


BATCH = 500
_PERSON_COLUMNS = [c.key for c in Person.__table__.columns]
_LOGGED_COLUMNS = [
    k for k in _PERSON_COLUMNS if k not in ("search_key", "sort_key", "created_at", "updated_at")
]


def write_new_people(
    session: Session, people: list[PersonInput], today: dt.date, checked: bool = False
) -> list[str]:
    """Add people with the rows and change-log entries ``roster.save_person`` would write,
    in two multi-row INSERTs instead of a unit-of-work flush per person (save_person took
    40x the floor for a 5,000-row file; bench/import.py). Raises ValidationError, writing
    nothing, when one of them breaks a rule."""
    rows, logs, classifications = [], [], []
    now = utcnow()
    for data in people:
        problems = {} if checked else row_problems(data, None, today)
        if problems:
            raise ValidationError(Problems(errors=problems))
        record = SimpleNamespace(id=new_id(), deleted_at=None, created_at=now, updated_at=now)
        roster_cases._apply(record, data)  # noqa: SLF001 - the roster's own field rules, shared
        row = {key: getattr(record, key) for key in _PERSON_COLUMNS}
        rows.append(row)
        classifications.extend(
            {
                "id": new_id(),
                "person_id": record.id,
                "year": item.year,
                "scale": item.scale,
                "result": item.result,
                "created_at": now,
                "updated_at": now,
            }
            for item in sorted(data.classifications, key=lambda i: i.year)
        )
        after = {key: row[key] for key in _LOGGED_COLUMNS}
        logs.append(
            {
                "at": now,
                "entity": "person",
                "entity_id": record.id,
                "action": "create",
                "before": None,
                "after": after,
            }
        )
    if rows:
        # On the session's connection (same transaction), straight to the driver: the ORM's
        # bulk path costs as much again in bookkeeping, and a Core insert as much in per-row
        # parameter handling as the insert itself.
        connection = session.connection()
        insert_rows(connection, Person.__table__, rows)
        insert_rows(connection, ChangeLog.__table__, logs)
        if classifications:
            insert_rows(connection, Classification.__table__, classifications)
    return [row["id"] for row in rows]


def insert_rows(connection, table, rows: list[dict]) -> None:
    """One executemany of ``rows`` (dicts with the same keys) into ``table``, each value made
    what the column stores by the column type's own bind processor (dates as SQLAlchemy's
    text, booleans as 0/1, JSON through the engine's serializer): the rows a Core insert
    writes, without its per-row parameter handling."""
    if not rows:
        return
    keys = list(rows[0])
    columns = [table.c[key] for key in keys]
    processors = [column.type.bind_processor(connection.dialect) for column in columns]
    names = ", ".join(f'"{column.name}"' for column in columns)
    marks = ", ".join("?" * len(columns))
    pairs = list(zip(keys, processors, strict=True))
    values = [
        tuple(process(row[key]) if process else row[key] for key, process in pairs) for row in rows
    ]
    connection.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', values)


def write_person(
    session: Session,
    data: PersonInput,
    person_id: str | None,
    today: dt.date,
    classifications: bool = False,
) -> str:
    """What ``roster.save_person`` writes — the same columns and change-log entry — without
    its look-ups for possible duplicates and its flush. The classifications are replaced by
    ``data``'s only when ``classifications`` (a file without those columns keeps them)."""
    problems = row_problems(data, person_id, today)
    if problems:
        raise ValidationError(Problems(errors=problems))
    if person_id:
        person = session.get_one(Person, person_id)
        before = snapshot(person)
    else:
        person, before = Person(id=new_id(), deleted_at=None), None
        session.add(person)
    roster_cases._apply(person, data)  # noqa: SLF001 - the roster's own field rules, shared
    if classifications:
        roster_cases._replace_classifications(person, data.classifications)  # noqa: SLF001
    log_change(
        session, "person", person.id, "update" if before else "create", before, snapshot(person)
    )
    return person.id


# ----------------------------------------------------------------------------- error workbook


def write_error_workbook(plan: ImportPlan, path: Path) -> Path | None:
    """The rows to look at again, with their original columns: those that did not go in (the
    reasons in a "Lỗi" column) and those that went in with a warning ("Cảnh báo": a value left
    out, an unlikely age). Fixed there, the workbook imports again: the rows that went in are
    then matched and updated.

    Returns None (and writes nothing) when every row went in without a warning.
    """
    warned: dict[tuple[str, int], list[str]] = {}
    for warning in plan.warnings:
        warned.setdefault((warning.sheet, warning.row), []).append(warning.message)
    if not plan.rejected and not warned:
        return None

    def write(target: Path) -> None:
        workbook = openpyxl.Workbook()
        workbook.remove(workbook.active)
        marked = PatternFill("solid", fgColor="FFF2CC")
        wrap = Alignment(wrap_text=True, vertical="top")
        for table in plan.book.sheets:
            numbers = sorted(
                {row for sheet, row in plan.rejected if sheet == table.name}
                | {row for sheet, row in warned if sheet == table.name}
            )
            if not numbers:
                continue
            sheet = workbook.create_sheet(table.name[:31])
            headers = [_reimportable_header(c) for c in table.columns]
            widths = ColumnWidths()
            for column, header in enumerate(
                headers + [error_column_header(), warning_column_header()], start=1
            ):
                write_cell(sheet.cell(1, column), header).font = Font(bold=True)
                widths.header(column, header)
            for number in numbers:
                parsed = plan._parsed[(table.name, number)]
                values = list(parsed.values) + [None] * (len(headers) - len(parsed.values))
                reasons = plan.rejected.get((table.name, number), [])
                notes = warned.get((table.name, number), [])
                line = sheet.max_row + 1
                cells = [_plain(value) for value in values[: len(headers)]]
                cells += ["; ".join(reasons) or None, "; ".join(notes) or None]
                for column, value in enumerate(cells, start=1):
                    if value is not None and value != "":
                        # A formula-like text stays text (exchange/cells.py).
                        write_cell(sheet.cell(line, column), value)
                        widths.note(column, value)
                sheet.cell(line, len(headers) + (1 if reasons else 2)).fill = marked
            for offset in (1, 2):
                for (cell,) in sheet.iter_rows(
                    min_row=2, min_col=len(headers) + offset, max_col=len(headers) + offset
                ):
                    cell.alignment = wrap
            width = sum(widths.apply(sheet, 2))
            set_up_print(
                sheet,
                unit=plan.book.path.name,
                made_on=clock.today(),
                header_rows=(1, 1),
                width=width,
                freeze="A2",
            )
        workbook.save(target)

    return write_atomically(path, write)


_CANONICAL = (
    dict(CHAPTER_COLUMNS)
    | dict(OFFICE_COLUMNS)
    | dict(EXPORT_COLUMNS)
    | {
        "birth_male": "Nam",
        "birth_female": "Nữ",
        "family_name": "Họ đệm",
        "given_name": "Tên",
        "other_names": "Tên gọi khác",
        "qualification": "Trình độ chuyên môn",
        "political_theory": "Lý luận chính trị",
        "admission_place": "Nơi vào Đoàn",
        "card_number": "Số thẻ đoàn viên",
    }
)


def _reimportable_header(column) -> str:
    """The file's own header, unless it no longer names the column on its own (a two-row
    header such as "Ngày sinh / Nam"): then the usual name of the field."""
    if column.field is None or match_header(column.header) == column.field:
        return column.header
    return _CANONICAL.get(column.field, column.header)


def _plain(value):
    """Cell values as they were read; text stays text so that zeros are not lost again."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def error_column_header() -> str:
    return "Lỗi"


def warning_column_header() -> str:
    return "Cảnh báo"


def describe_field(name: str) -> str:
    return field_labels().get(name, name)
