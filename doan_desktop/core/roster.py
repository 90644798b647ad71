"""The roster: people (members and youth), their offices and classifications, the trash."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session, selectinload

from doan_desktop.core import clock
from doan_desktop.core import validation as v
from doan_desktop.core.changelog import log_change, snapshot
from doan_desktop.core.dates import PartialDate, parse_iso
from doan_desktop.core.messages import translate
from doan_desktop.core.store.models import (
    Chapter,
    Classification,
    Office,
    Person,
    new_id,
    utcnow,
)
from doan_desktop.core.text import clean, fold, name_sort_key, normalise_name, split_name
from doan_desktop.core.validation import Problems, ValidationError
from doan_desktop.core.vocab import (
    CLASSIFICATION_SCALES,
    GENDERS,
    OFFICE_ROLES,
    SECRETARY,
    STATUSES,
    office_role_labels,
)

# Free-text fields copied as they are (cleaned); names, dates, IDs and flags are handled apart.
TEXT_FIELDS = (
    "other_names",
    "hometown",
    "address",
    "ethnicity",
    "religion",
    "occupation",
    "education",
    "qualification",
    "political_theory",
    "admission_place",
    "card_number",
    "note",
)


@dataclass
class ClassificationInput:
    year: int
    scale: str
    result: str


@dataclass
class PersonInput:
    """A person as typed in the form or read from a file: dates as dd/mm/yyyy or a year."""

    full_name: str = ""
    given_name: str = ""  # empty: the last word of the full name
    gender: str = ""
    birth_date: str = ""
    id_number: str = ""
    phone: str = ""
    chapter_id: str | None = None
    is_member: bool = False
    member_since: str = ""
    is_party_member: bool = False
    status: str = "active"
    other_names: str = ""
    hometown: str = ""
    address: str = ""
    ethnicity: str = ""
    religion: str = ""
    occupation: str = ""
    education: str = ""
    qualification: str = ""
    political_theory: str = ""
    admission_place: str = ""
    card_number: str = ""
    note: str = ""
    classifications: list[ClassificationInput] = field(default_factory=list)


@dataclass
class PersonRow:
    """One line of the people table."""

    id: str
    full_name: str
    given_name: str
    gender: str
    birth_date: str  # stored form: YYYY-MM-DD or YYYY
    id_number: str
    phone: str
    ethnicity: str
    religion: str
    chapter_id: str | None
    chapter: str
    is_member: bool
    member_since: str
    office: str
    status: str
    search_key: str
    sort_key: str


@dataclass
class OfficeRow:
    id: str
    person_id: str
    person_name: str
    chapter_id: str | None
    chapter: str
    role: str
    start_date: str
    end_date: str


@dataclass
class PeopleFilter:
    chapter_id: str | None = None
    member: bool | None = None  # True: members only; False: youth only
    status: str | None = None
    search: str = ""


class OfficeConflict(Exception):
    """Naming a secretary while another sits: the caller asks whether to end that term."""

    def __init__(self, holder: OfficeRow):
        self.holder = holder
        super().__init__(
            translate(
                "Roster",
                "{name} is the sitting secretary of {chapter}. End that term on the start date?",
            ).format(name=holder.person_name, chapter=holder.chapter)
        )


# ----------------------------------------------------------------------------- validation


def validate_person(
    session: Session, data: PersonInput, person_id: str | None = None, today: dt.date | None = None
) -> Problems:
    """Errors (block saving) and warnings (shown, may be accepted), keyed by field name."""
    today = today or clock.today()
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
    id_number = v.normalise_id_number(data.id_number)
    problems.error("id_number", v.check_id_number(id_number))
    problems.error("phone", v.check_phone(v.normalise_phone(data.phone)))
    if data.gender and data.gender not in GENDERS:
        problems.error("gender", translate("Validation", "Choose male or female."))
    if data.status not in STATUSES:
        problems.error("status", translate("Validation", "Choose a status."))
    if data.chapter_id and session.get(Chapter, data.chapter_id) is None:
        problems.error("chapter_id", translate("Validation", "Choose a chapter from the list."))
    for item in data.classifications:
        if (
            item.scale not in CLASSIFICATION_SCALES
            or item.result not in CLASSIFICATION_SCALES[item.scale]
        ):
            problems.error(
                "classifications", translate("Validation", "Choose a classification from the list.")
            )
        elif not 1950 <= item.year <= today.year:
            problems.error(
                "classifications", translate("Validation", "The classification year is not valid.")
            )
    if data.is_member and birth and "birth_date" not in problems.errors:
        problems.warn("birth_date", v.check_member_age(birth, today))
    if problems.ok:
        _warn_duplicates(session, problems, data, id_number, birth, person_id)
    return problems


def _warn_duplicates(session, problems, data, id_number, birth, person_id) -> None:
    # Trashed people and the record itself are left out here, not in SQL (same_name_and_birth).
    if id_number:
        same_id = session.execute(SAME_ID, {"id_number": id_number})
        name = next((n for other, n, d in same_id if d is None and other != person_id), None)
        if name is not None:
            problems.warn(
                "id_number",
                translate("Validation", "{name} already has this citizen ID.").format(name=name),
            )
    if birth:
        folded = fold(data.full_name)
        same = same_name_and_birth(session, folded, birth.iso())
        if any(
            deleted is None and other != person_id and fold(name) == folded
            for other, name, deleted in same
        ):
            problems.warn(
                "full_name",
                translate(
                    "Validation",
                    "Someone with the same name and birth date is already in the roster.",
                ),
            )


# Built once: a save and every change in the person form run them (building a statement costs
# more than running it on the index).
SAME_ID = select(Person.id, Person.full_name, Person.deleted_at).where(
    Person.id_number == bindparam("id_number")
)
SAME_NAME = select(Person.id, Person.full_name, Person.deleted_at).where(
    Person.search_key >= bindparam("low"),
    Person.search_key < bindparam("high"),
    Person.birth_date == bindparam("birth"),
)


def same_name_and_birth(session: Session, folded_name: str, birth_iso: str) -> list:
    """People (id, full name, deleted_at) whose search key starts with ``folded_name`` as a
    whole (the key is the folded full name, then a space and the other names, ID and phone)
    and born on ``birth_iso``: a range over the indexed key, so that a save and the form's
    live check look up a few rows, not every person. Neither ``LIKE 'name%'`` (SQLite's LIKE
    ignores case, the index does not) nor a test of ``deleted_at`` (whose index SQLite then
    prefers, the live people being nearly all) may be added to SAME_NAME; callers filter."""
    # "!" is the character after the space: the range holds the name alone and the name
    # followed by a space, not a longer name ("nguyen van anh" after "nguyen van an").
    bounds = {"low": folded_name, "high": folded_name + "!", "birth": birth_iso}
    return session.execute(SAME_NAME, bounds).all()


# ----------------------------------------------------------------------------- saving


def _like_escape(text: str) -> str:
    """``text`` for a LIKE pattern in which % and _ are meant literally (escape character \\)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _search_terms(search: str) -> list[str]:
    """Each word of the search must be found; a phone typed as "+84 912 345 678" is one term."""
    phone = v.normalise_phone(search)
    if phone.isdigit() and any(not c.isdigit() for c in clean(search)):
        return [phone]
    return fold(search).split()


def _search_key(person: Person) -> str:
    return " ".join(
        filter(
            None, [fold(person.full_name), fold(person.other_names), person.id_number, person.phone]
        )
    )


def _apply(person: Person, data: PersonInput) -> None:
    person.full_name = normalise_name(data.full_name)
    given = (
        normalise_name(data.given_name)
        if clean(data.given_name)
        else split_name(person.full_name)[1]
    )
    person.given_name = given
    person.gender = data.gender
    birth = PartialDate.parse(data.birth_date)
    person.birth_date = birth.iso() if birth else ""
    since = PartialDate.parse(data.member_since)
    person.member_since = since.iso() if since else ""
    person.id_number = v.normalise_id_number(data.id_number)
    person.phone = v.normalise_phone(data.phone)
    person.chapter_id = data.chapter_id or None
    person.is_member = bool(data.is_member)
    person.is_party_member = bool(data.is_party_member)
    person.status = data.status
    for name in TEXT_FIELDS:
        setattr(person, name, clean(getattr(data, name)))
    person.search_key = _search_key(person)
    person.sort_key = name_sort_key(person.full_name, given)


def _replace_classifications(person: Person, items: list[ClassificationInput]) -> None:
    person.classifications.clear()
    for item in sorted(items, key=lambda i: i.year):
        person.classifications.append(
            Classification(year=item.year, scale=item.scale, result=item.result)
        )


def save_person(
    session: Session,
    data: PersonInput,
    person_id: str | None = None,
    today: dt.date | None = None,
    *,
    flush: bool = True,
) -> str:
    """Create (``person_id`` None) or update a person. Raises ValidationError on errors.

    ``flush=False`` leaves the rows pending, for a caller writing many people at once (the
    sample commune), which flushes them in batches: the duplicate checks of the next saves
    then do not see them, and their warnings are never what decides a save.
    """
    problems = validate_person(session, data, person_id, today)
    if not problems.ok:
        raise ValidationError(problems)
    if person_id:
        person = session.get_one(Person, person_id)
        before = snapshot(person)
    else:
        # The id is given here, not at the flush, so that the change log can name it now.
        person, before = Person(id=new_id()), None
        session.add(person)
    _apply(person, data)
    _replace_classifications(person, data.classifications)
    if flush:
        session.flush()
    log_change(
        session, "person", person.id, "update" if before else "create", before, snapshot(person)
    )
    return person.id


def get_person(session: Session, person_id: str) -> PersonInput:
    person = session.get_one(Person, person_id)
    data = PersonInput(
        full_name=person.full_name,
        given_name=person.given_name
        if person.given_name != split_name(person.full_name)[1]
        else "",
        gender=person.gender,
        birth_date=_display(person.birth_date),
        id_number=person.id_number,
        phone=person.phone,
        chapter_id=person.chapter_id,
        is_member=person.is_member,
        member_since=_display(person.member_since),
        is_party_member=person.is_party_member,
        status=person.status,
        classifications=[
            ClassificationInput(c.year, c.scale, c.result) for c in person.classifications
        ],
    )
    for name in TEXT_FIELDS:
        setattr(data, name, getattr(person, name))
    return data


def person_name(session: Session, person_id: str | None) -> str:
    """The full name of a person (trashed ones too, as old records still name them); "" if none."""
    if not person_id:
        return ""
    return session.scalar(select(Person.full_name).where(Person.id == person_id)) or ""


def _display(stored: str) -> str:
    value = parse_iso(stored)
    return value.display() if value else ""


# ----------------------------------------------------------------------------- listing


def _current_offices(session: Session) -> dict[str, str]:
    labels = office_role_labels()
    rows = session.execute(
        select(Office.person_id, Office.role)
        .where(Office.end_date == "")
        .order_by(Office.start_date)
    )
    offices: dict[str, list[str]] = {}
    for person_id, role in rows:
        offices.setdefault(person_id, []).append(labels.get(role, role))
    return {k: ", ".join(v) for k, v in offices.items()}


def list_people(
    session: Session, filters: PeopleFilter | None = None, deleted: bool = False
) -> list[PersonRow]:
    """People in roster order (given name, then family and middle names, Vietnamese alphabet)."""
    filters = filters or PeopleFilter()
    # Plain columns, not Person objects: building 20,000 ORM instances costs several times
    # more than reading the rows (bench/roster.py).
    query = (
        select(
            Person.id,
            Person.full_name,
            Person.given_name,
            Person.gender,
            Person.birth_date,
            Person.id_number,
            Person.phone,
            Person.ethnicity,
            Person.religion,
            Person.chapter_id,
            func.coalesce(Chapter.name, ""),
            Person.is_member,
            Person.member_since,
            Person.status,
            Person.search_key,
            Person.sort_key,
        )
        .outerjoin(Chapter, Chapter.id == Person.chapter_id)
        .where(Person.deleted_at.is_not(None) if deleted else Person.deleted_at.is_(None))
        .order_by(Person.sort_key, Person.id)
    )
    if filters.chapter_id:
        query = query.where(Person.chapter_id == filters.chapter_id)
    if filters.member is not None:
        query = query.where(Person.is_member.is_(filters.member))
    if filters.status:
        query = query.where(Person.status == filters.status)
    for term in _search_terms(filters.search):
        query = query.where(Person.search_key.like("%" + _like_escape(term) + "%", escape="\\"))
    offices = _current_offices(session).get
    # Core execution, positional construction: the ORM's row processing would double the time.
    return [
        PersonRow(*row[:13], offices(row[0], ""), *row[13:])
        for row in session.connection().execute(query)
    ]


# ----------------------------------------------------------------------------- trash


def delete_person(session: Session, person_id: str) -> None:
    """Move to the trash: the record and its history stay whole, hidden from the roster."""
    person = session.get_one(Person, person_id)
    before = snapshot(person)
    person.deleted_at = utcnow()
    log_change(session, "person", person.id, "delete", before, snapshot(person))


def restore_person(session: Session, person_id: str) -> None:
    person = session.get_one(Person, person_id)
    before = snapshot(person)
    person.deleted_at = None
    if person.chapter_id and session.get_one(Chapter, person.chapter_id).deleted_at is not None:
        person.chapter_id = (
            None  # its chapter is in the trash too: the person comes back unassigned
        )
    log_change(session, "person", person.id, "restore", before, snapshot(person))


# ----------------------------------------------------------------------------- offices


def _office_row(office: Office) -> OfficeRow:
    return OfficeRow(
        id=office.id,
        person_id=office.person_id,
        person_name=office.person.full_name,
        chapter_id=office.chapter_id,
        chapter=office.chapter.name if office.chapter else "",
        role=office.role,
        start_date=office.start_date,
        end_date=office.end_date,
    )


def list_offices(
    session: Session, person_id: str | None = None, chapter_id: str | None = None
) -> list[OfficeRow]:
    query = select(Office).options(selectinload(Office.person), selectinload(Office.chapter))
    if person_id:
        query = query.where(Office.person_id == person_id)
    if chapter_id:
        query = query.where(Office.chapter_id == chapter_id)
    return [_office_row(o) for o in session.scalars(query.order_by(Office.start_date))]


def sitting_secretary(session: Session, chapter_id: str) -> OfficeRow | None:
    office = session.scalars(
        select(Office)
        .join(Person, Person.id == Office.person_id)
        .where(
            Office.chapter_id == chapter_id,
            Office.role == SECRETARY,
            Office.end_date == "",
            Person.deleted_at.is_(None),
        )
    ).first()
    return _office_row(office) if office else None


def _problem(field_name: str, message: str) -> ValidationError:
    problems = Problems()
    problems.error(field_name, message)
    return ValidationError(problems)


def add_office(
    session: Session,
    person_id: str,
    role: str,
    chapter_id: str | None,
    start_date: str,
    end_previous: bool = False,
    today: dt.date | None = None,
) -> str:
    """Record an office held from ``start_date`` (dd/mm/yyyy).

    A new secretary of a chapter that has one raises OfficeConflict unless ``end_previous``,
    in which case the sitting secretary's term ends on the new one's start date.
    """
    today = today or clock.today()
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise _problem("person_id", translate("Validation", "Choose a person from the roster."))
    if role not in OFFICE_ROLES:
        raise _problem("role", translate("Validation", "Choose an office from the list."))
    start, error = v.parse_date_field(start_date)
    error = error or v.check_not_future(start, today)
    if start is None and not error:
        error = translate("Validation", "The start date is required.")
    if error:
        raise _problem("start_date", error)
    if chapter_id and session.get(Chapter, chapter_id) is None:
        raise _problem("chapter_id", translate("Validation", "Choose a chapter from the list."))
    if role == SECRETARY and chapter_id:
        holder = sitting_secretary(session, chapter_id)
        if holder and holder.person_id != person_id:
            if not end_previous:
                raise OfficeConflict(holder)
            if holder.start_date and v.certainly_before(
                start, PartialDate.parse(holder.start_date)
            ):
                raise _problem(
                    "start_date",
                    translate(
                        "Validation", "The sitting secretary's term started after this date."
                    ),
                )
            end_office(session, holder.id, start.display())
    office = Office(
        person_id=person_id, chapter_id=chapter_id, role=role, start_date=start.iso(), end_date=""
    )
    session.add(office)
    session.flush()
    log_change(session, "office", office.id, "create", None, snapshot(office))
    return office.id


def end_office(session: Session, office_id: str, end_date: str) -> None:
    office = session.get_one(Office, office_id)
    end, error = v.parse_date_field(end_date)
    if end is None and not error:
        error = translate("Validation", "The end date is required.")
    if not error and office.start_date and v.certainly_before(end, parse_iso(office.start_date)):
        error = translate("Validation", "The end date is before the start date.")
    if error:
        raise _problem("end_date", error)
    before = snapshot(office)
    office.end_date = end.iso()
    log_change(session, "office", office.id, "update", before, snapshot(office))


def delete_office(session: Session, office_id: str) -> None:
    """Remove an office entered by mistake (the change log keeps what it was)."""
    office = session.get_one(Office, office_id)
    log_change(session, "office", office.id, "delete", snapshot(office), None)
    session.delete(office)
