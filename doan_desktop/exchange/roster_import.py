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
from openpyxl.styles import Font, PatternFill
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
from doan_desktop.core.store.models import ChangeLog, Chapter, Office, Person, new_id, utcnow
from doan_desktop.core.text import clean, fold
from doan_desktop.core.validation import Problems, ValidationError
from doan_desktop.core.vocab import GENDERS, STATUSES, office_role_labels
from doan_desktop.exchange.columns import EXPORT_COLUMNS, compact, field_labels, match_header
from doan_desktop.exchange.files import write_atomically
from doan_desktop.exchange.roster_xlsx import ParsedRow, SheetTable, SourceBook, parse_rows

# Fields compared to decide "update" or "unchanged".
_COMPARED = tuple(
    f.name
    for f in dataclasses.fields(PersonInput)
    if f.name not in ("classifications", "given_name")
)

_ROLE_WORDS = {
    "bithu": "bi_thu",
    "bithuchidoan": "bi_thu",
    "secretary": "bi_thu",
    "phobithu": "pho_bi_thu",
    "phobithuchidoan": "pho_bi_thu",
    "deputysecretary": "pho_bi_thu",
    "uyvienbch": "uy_vien_bch",
    "uyvienbanchaphanh": "uy_vien_bch",
    "uyvien": "uy_vien_bch",
    "committeemember": "uy_vien_bch",
}
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

# Words in the office column that mean "no office".
_NO_OFFICE = {"", "doanvien", "thanhnien", "dv", "tn", "khong"}

_CHAPTER_KIND_WORDS = (
    ("thon", "thon"),
    ("buon", "buon"),
    ("ban", "ban"),
    ("ap", "ap"),
    ("to dan pho", "to_dan_pho"),
    ("tdp", "to_dan_pho"),
    ("khu pho", "khu_pho"),
    ("truong", "school"),
)


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
class PlannedRow:
    parsed: ParsedRow
    action: str  # add | update | unchanged
    data: PersonInput  # what will be saved (for an update: the person with the file's values)
    person_id: str | None = None
    chapter: str = ""  # the target chapter's name ("" none)
    role: str = ""  # an office to record, when the person does not hold it yet
    changed: list[str] = field(default_factory=list)  # fields an update changes


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
    _parsed: dict[tuple[str, int], ParsedRow] = field(default_factory=dict)

    @property
    def rows_read(self) -> int:
        return len(self._parsed)


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
        }


def summary_of(
    plan: ImportPlan, created: list[str] | None = None, dry_run: bool = True
) -> ImportResult:
    """What the import did (``created``: the chapters it created) or, in a dry run, would do
    (the chapters it would create)."""
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


def role_of(text: str) -> tuple[str, bool]:
    """(office role code or "", whether the text was understood)."""
    key = compact(text)
    if key in _NO_OFFICE:
        return "", True
    labels = {compact(label): code for code, label in office_role_labels().items()}
    code = _ROLE_WORDS.get(key) or labels.get(key)
    if code is None:
        # "Bí thư, Ủy viên BCH": the first office named
        first = compact(text.split(",")[0])
        code = _ROLE_WORDS.get(first) or labels.get(first)
    return (code or ""), code is not None


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


def _current_roles(session: Session) -> dict[str, set[str]]:
    roles: dict[str, set[str]] = {}
    for person_id, role in session.execute(
        select(Office.person_id, Office.role).where(Office.end_date == "")
    ):
        roles.setdefault(person_id, set()).add(role)
    return roles


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
    for person_id, name, birth, id_number in session.execute(
        select(Person.id, Person.full_name, Person.birth_date, Person.id_number).where(
            Person.deleted_at.is_(None)
        )
    ):
        if id_number:
            by_id.setdefault(id_number, person_id)
        if birth:
            by_name.setdefault((fold(name), birth), person_id)
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
    roles = _current_roles(session)
    seen: dict[tuple, tuple[str, int]] = {}
    matched: dict[str, tuple[str, int]] = {}  # person id → the row that matched it
    missing: dict[str, str] = {}
    total = sum(len(t.rows) for t in book.sheets) or 1
    done = 0

    for table in book.sheets:
        has_chapter_column = any(c.field == "chapter" for c in table.columns)
        for parsed in parse_rows(table):
            done += 1
            if progress and done % 100 == 0:
                progress(done, total)
            key = (parsed.sheet, parsed.row)
            plan._parsed[key] = parsed
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
                chapter_key = folded(chapter_name)
                known = chapters.get(chapter_key)
                if known is None:
                    missing.setdefault(chapter_key, chapter_name)
                    if not options.create_chapters:
                        refuse(
                            {
                                "chapter_id": translate(
                                    "Import", 'There is no chapter named "{name}".'
                                ).format(name=chapter_name)
                            }
                        )
                        continue
                else:
                    chapter_name = known

            role, understood = role_of(parsed.office)
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
                if role and role not in roles.get(person_id, set()):
                    row.role = role
            else:
                merged = data
                merged.chapter_id = None
                row = PlannedRow(parsed, "add", merged, None, chapter_name, role)

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
                if row.role:
                    row.changed.append("office")
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
            if not understood:
                warn(
                    "office",
                    translate(
                        "Import",
                        'The office "{office}" is not a Union office; it was not recorded.',
                    ).format(office=parsed.office),
                )
            if row.action != "unchanged":
                for name, message in age_warnings(merged, today):
                    warn(name, message)
            {"add": plan.to_add, "update": plan.to_update, "unchanged": plan.unchanged}[
                row.action
            ].append(row)
    plan.missing_chapters = list(missing.values())
    plan.chapters_to_create = list(plan.missing_chapters) if options.create_chapters else []
    del loaded
    if progress:
        progress(total, total)
    return plan


def _guess_kind(name: str) -> str:
    folded = fold(name)
    for word, kind in _CHAPTER_KIND_WORDS:
        if folded == word or folded.startswith(word + " "):
            return kind
    return "other"


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
                chapter_ids[fold(name)] = chapter_cases.add_chapter(
                    session, chapter_cases.ChapterInput(name, _guess_kind(name))
                )
                created.append(name)
    for chapter in session.scalars(select(Chapter).where(Chapter.deleted_at.is_(None))):
        chapter_ids.setdefault(chapter.search_key, chapter.id)

    total = (len(plan.to_add) + len(plan.to_update)) or 1
    warnings = list(plan.warnings)
    start = today.strftime("%d/%m/%Y")
    done = 0
    offices: list[tuple[PlannedRow, str, str | None]] = []

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
        offices.extend(
            (row, person_id, d.chapter_id)
            for row, person_id, d in zip(batch, ids, data, strict=True)
            if row.role
        )
        done += len(batch)
        if progress:
            progress(done, total)
    for row in plan.to_update:
        if cancelled and done % 50 == 0 and cancelled():
            raise ImportCancelled()
        data = target(row)
        write_person(session, data, row.person_id, today)
        if row.role:
            offices.append((row, row.person_id, data.chapter_id))
        done += 1
        if progress and (done % 100 == 0 or done == total):
            progress(done, total)
    for row, person_id, chapter_id in offices:
        try:
            roster_cases.add_office(session, person_id, row.role, chapter_id, start, today=today)
        except roster_cases.OfficeConflict as conflict:
            warnings.append(
                RowIssue(row.parsed.sheet, row.parsed.row, "", str(conflict).split("?")[0] + ".")
            )
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
    rows, logs = [], []
    now = utcnow()
    for data in people:
        problems = {} if checked else row_problems(data, None, today)
        if problems:
            raise ValidationError(Problems(errors=problems))
        record = SimpleNamespace(id=new_id(), deleted_at=None, created_at=now, updated_at=now)
        roster_cases._apply(record, data)  # noqa: SLF001 - the roster's own field rules, shared
        row = {key: getattr(record, key) for key in _PERSON_COLUMNS}
        rows.append(row)
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
        # Core inserts on the session's connection (same transaction); the ORM's bulk path
        # costs as much again in bookkeeping.
        connection = session.connection()
        connection.execute(Person.__table__.insert(), rows)
        connection.execute(ChangeLog.__table__.insert(), logs)
    return [row["id"] for row in rows]


def write_person(session: Session, data: PersonInput, person_id: str | None, today: dt.date) -> str:
    """What ``roster.save_person`` writes — the same columns and change-log entry — without
    its look-ups for possible duplicates and its flush. Classifications are not in roster
    files: they are kept as they are."""
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
        for table in plan.book.sheets:
            numbers = sorted(
                {row for sheet, row in plan.rejected if sheet == table.name}
                | {row for sheet, row in warned if sheet == table.name}
            )
            if not numbers:
                continue
            sheet = workbook.create_sheet(table.name[:31])
            headers = [_reimportable_header(c) for c in table.columns]
            sheet.append(headers + [error_column_header(), warning_column_header()])
            for cell in sheet[1]:
                cell.font = Font(bold=True)
            for number in numbers:
                parsed = plan._parsed[(table.name, number)]
                values = list(parsed.values) + [None] * (len(headers) - len(parsed.values))
                reasons = plan.rejected.get((table.name, number), [])
                notes = warned.get((table.name, number), [])
                sheet.append(
                    [_plain(value) for value in values[: len(headers)]]
                    + ["; ".join(reasons) or None, "; ".join(notes) or None]
                )
                sheet.cell(sheet.max_row, len(headers) + (1 if reasons else 2)).fill = marked
            for offset in (1, 2):
                letter = openpyxl.utils.get_column_letter(len(headers) + offset)
                sheet.column_dimensions[letter].width = 60
        workbook.save(target)

    return write_atomically(path, write)


_CANONICAL = dict(EXPORT_COLUMNS) | {
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
