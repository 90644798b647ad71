"""``chapters list|add``, ``roster list`` and ``roster add``.

``roster add`` is the person form without the window: the same PersonInput, checked and saved by
``core.roster`` (``validate_person``, ``save_person``), each error named by its option. A likely
duplicate (the same citizen ID, or the same name and birth date), which the form shows beside
the field, is refused unless ``--allow-duplicate``; other warnings (a member's unusual age) are
printed and the person is saved, as the form lets the clerk go on.
"""

from __future__ import annotations

import sys

from doan_desktop.cli.common import (
    CliError,
    Context,
    active_chapter,
    add_format_option,
    print_csv,
    print_json,
    print_table,
)
from doan_desktop.core import chapters as chapter_cases
from doan_desktop.core import roster as roster_cases
from doan_desktop.core.dates import display
from doan_desktop.core.messages import translate
from doan_desktop.core.validation import Problems, ValidationError
from doan_desktop.core.vocab import (
    CHAPTER_KINDS,
    CLASSIFICATION_SCALES,
    GENDERS,
    STATUSES,
    chapter_kind_labels,
    gender_labels,
    status_labels,
)


def register(commands) -> None:
    chapters = commands.add_parser("chapters", help=translate("CLI", "list or add chapters"))
    actions = chapters.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(chapters)
    )
    listing = actions.add_parser(
        "list", help=translate("CLI", "list chapters with member and youth counts")
    )
    add_format_option(listing, ("table", "json"))
    listing.set_defaults(handler=run_chapters_list)
    add = actions.add_parser("add", help=translate("CLI", "add a chapter"))
    add.add_argument("name", metavar="NAME", help=translate("CLI", "the chapter's name"))
    add.add_argument(
        "--kind",
        required=True,
        choices=CHAPTER_KINDS,
        help=translate("CLI", "the kind of chapter"),
    )
    add.set_defaults(handler=run_chapters_add)

    roster = commands.add_parser("roster", help=translate("CLI", "the roster of people"))
    actions = roster.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(roster)
    )
    listing = actions.add_parser("list", help=translate("CLI", "list people in roster order"))
    listing.add_argument(
        "--chapter", metavar="NAME", help=translate("CLI", "only the people of this chapter")
    )
    listing.add_argument(
        "--search",
        metavar="TEXT",
        default="",
        help=translate(
            "CLI", "only the people matching every word (name, other names, citizen ID, phone)"
        ),
    )
    add_format_option(listing, ("table", "json", "csv"))
    listing.set_defaults(handler=run_roster_list)
    register_roster_add(actions)
    from doan_desktop.cli.exchange import register_roster_actions

    register_roster_actions(actions)


def run_chapters_list(context: Context, args) -> int:
    context.unit()
    with context.database().session() as session:
        rows = chapter_cases.list_chapters(session)
    if args.format == "json":
        print_json(
            [
                {
                    "id": r.id,
                    "name": r.name,
                    "kind": r.kind,
                    "active": r.active,
                    "members": r.members,
                    "youth": r.youth,
                    "secretary": r.secretary,
                }
                for r in rows
            ]
        )
        return 0
    kinds = chapter_kind_labels()
    print_table(
        [
            translate("CLI", "Chapter"),
            translate("CLI", "Kind"),
            translate("CLI", "Members"),
            translate("CLI", "Youth"),
            translate("CLI", "Secretary"),
            translate("CLI", "Active"),
        ],
        [
            [
                r.name,
                kinds.get(r.kind, r.kind),
                r.members,
                r.youth,
                r.secretary,
                translate("CLI", "yes") if r.active else translate("CLI", "no"),
            ]
            for r in rows
        ],
    )
    return 0


def run_chapters_add(context: Context, args) -> int:
    context.unit()
    try:
        with context.database(write=True).session() as session:
            chapter_cases.add_chapter(session, chapter_cases.ChapterInput(args.name, args.kind))
    except ValidationError as error:
        raise CliError(next(iter(error.problems.errors.values()))) from error
    print(translate("CLI", "Added chapter {name}.").format(name=args.name.strip()))
    return 0


def person_json(row: roster_cases.PersonRow) -> dict:
    return {
        "id": row.id,
        "full_name": row.full_name,
        "given_name": row.given_name,
        "gender": row.gender,
        "birth_date": row.birth_date,
        "id_number": row.id_number,
        "phone": row.phone,
        "ethnicity": row.ethnicity,
        "religion": row.religion,
        "chapter": row.chapter,
        "is_member": row.is_member,
        "member_since": row.member_since,
        "office": row.office,
        "status": row.status,
    }


def person_json_keys() -> tuple[str, ...]:
    return (
        "id",
        "full_name",
        "given_name",
        "gender",
        "birth_date",
        "id_number",
        "phone",
        "ethnicity",
        "religion",
        "chapter",
        "is_member",
        "member_since",
        "office",
        "status",
    )


def run_roster_list(context: Context, args) -> int:
    context.unit()
    with context.database().session() as session:
        filters = roster_cases.PeopleFilter(search=args.search)
        if args.chapter:
            try:
                filters.chapter_id = chapter_cases.find_chapter(session, args.chapter).id
            except chapter_cases.UnknownChapter as error:
                raise CliError(str(error)) from error
        rows = roster_cases.list_people(session, filters)
    if args.format == "json":
        print_json([person_json(r) for r in rows])
        return 0
    if args.format == "csv":  # for scripts: the JSON keys and stored values
        print_csv(person_json_keys(), [list(person_json(r).values()) for r in rows])
        return 0
    genders, statuses = gender_labels(), status_labels()
    headers = [
        translate("CLI", "Full name"),
        translate("CLI", "Birth date"),
        translate("CLI", "Sex"),
        translate("CLI", "Chapter"),
        translate("CLI", "Member"),
        translate("CLI", "Office"),
        translate("CLI", "Status"),
        translate("CLI", "Phone"),
    ]
    table = [
        [
            r.full_name,
            display(r.birth_date),
            genders.get(r.gender, ""),
            r.chapter,
            translate("CLI", "yes") if r.is_member else translate("CLI", "no"),
            r.office,
            statuses.get(r.status, r.status),
            r.phone,
        ]
        for r in rows
    ]
    print_table(headers, table)
    return 0


# ----------------------------------------------------------------------------- roster add

# PersonInput field → the option that sets it, to name the option in an error.
PERSON_OPTIONS = {
    "full_name": "--name",
    "given_name": "--given-name",
    "gender": "--gender",
    "birth_date": "--birth-date",
    "id_number": "--citizen-id",
    "phone": "--phone",
    "chapter_id": "--chapter",
    "is_member": "--youth",
    "member_since": "--member-since",
    "is_party_member": "--party-member",
    "status": "--status",
    "classifications": "--classification",
    **{name: "--" + name.replace("_", "-") for name in roster_cases.TEXT_FIELDS},
}
# validate_person warns of a likely duplicate under these fields (the same citizen ID; the same
# name and birth date); its other warnings (a member's unusual age) do not stop a save.
DUPLICATE_FIELDS = ("id_number", "full_name")
# The form offers the admission details to members only.
MEMBER_ONLY_FIELDS = ("member_since", "admission_place", "card_number")


def _text_field_helps() -> dict[str, str]:
    return {
        "other_names": translate("CLI", "other names the person is known by"),
        "hometown": translate("CLI", "home town"),
        "address": translate("CLI", "current address"),
        "ethnicity": translate("CLI", "ethnicity, for example Kinh or Ê Đê"),
        "religion": translate("CLI", "religion"),
        "occupation": translate("CLI", "occupation"),
        "education": translate("CLI", "general education, for example 12/12"),
        "qualification": translate("CLI", "professional qualification"),
        "political_theory": translate("CLI", "political theory"),
        "admission_place": translate("CLI", "member: the chapter or school where admitted"),
        "card_number": translate("CLI", "member: the member card number"),
        "note": translate("CLI", "a note"),
    }


def register_roster_add(actions) -> None:
    description = translate(
        "CLI",
        "Add a person to the roster, checked as the person form checks it. Dates are "
        "dd/mm/yyyy or a year alone. Nothing is written when anything is wrong.",
    )
    add = actions.add_parser(
        "add",
        help=translate("CLI", "add a person (member or youth) to a chapter"),
        description=description,
    )
    add.add_argument(
        "--name",
        required=True,
        metavar="TEXT",
        help=translate("CLI", "full name: family, middle and given name (Nguyễn Văn An)"),
    )
    add.add_argument(
        "--chapter", required=True, metavar="NAME", help=translate("CLI", "the person's chapter")
    )
    add.add_argument(
        "--given-name",
        metavar="TEXT",
        default="",
        help=translate(
            "CLI",
            "the given name when it is not the last word (Phôn in Y Phôn Ksơr): the roster is "
            "sorted by it",
        ),
    )
    add.add_argument("--gender", choices=GENDERS, help=translate("CLI", "M (male) or F (female)"))
    add.add_argument(
        "--birth-date", metavar="D", default="", help=translate("CLI", "date of birth")
    )
    add.add_argument(
        "--citizen-id",
        metavar="NUMBER",
        default="",
        help=translate("CLI", "citizen ID (CCCD), 12 digits"),
    )
    add.add_argument(
        "--phone",
        metavar="NUMBER",
        default="",
        help=translate("CLI", "phone, 10 digits starting with 0"),
    )
    add.add_argument(
        "--youth",
        action="store_true",
        help=translate("CLI", "a youth who is not a Union member (without it: a member)"),
    )
    add.add_argument(
        "--member-since",
        metavar="D",
        default="",
        help=translate("CLI", "member: date of admission"),
    )
    add.add_argument(
        "--party-member",
        action="store_true",
        help=translate("CLI", "a member of the Communist Party of Vietnam"),
    )
    add.add_argument(
        "--status",
        choices=STATUSES,
        default="active",
        help=translate("CLI", "the person's status (default: active)"),
    )
    for name, help_text in _text_field_helps().items():
        add.add_argument(PERSON_OPTIONS[name], metavar="TEXT", default="", help=help_text)
    add.add_argument(
        "--classification",
        nargs=2,
        action="append",
        default=[],
        metavar=("YEAR", "RESULT"),
        help=translate(
            "CLI", "the annual assessment of a year, RESULT one of {results} (repeat for each year)"
        ).format(results=_result_codes()),
    )
    add.add_argument(
        "--allow-duplicate",
        action="store_true",
        help=translate(
            "CLI",
            "add the person even though someone in the roster has the same citizen ID, or the "
            "same name and birth date",
        ),
    )
    add_format_option(add, ("text", "json"))
    add.set_defaults(handler=run_roster_add)


def _result_codes() -> str:
    return ", ".join(code for codes in CLASSIFICATION_SCALES.values() for code in codes)


def _classifications(pairs: list[list[str]]) -> list[roster_cases.ClassificationInput]:
    """YEAR RESULT pairs; the scale is the one the result belongs to. Wrong values are left for
    validate_person to refuse with the form's sentence."""
    scales = {code: scale for scale, codes in CLASSIFICATION_SCALES.items() for code in codes}
    items = []
    for year, result in pairs:
        result = result.strip().lower()
        number = int(year) if year.strip().isascii() and year.strip().isdigit() else 0
        items.append(roster_cases.ClassificationInput(number, scales.get(result, ""), result))
    return items


def person_input(args, chapter_id: str) -> roster_cases.PersonInput:
    data = roster_cases.PersonInput(
        full_name=args.name,
        given_name=args.given_name,
        gender=args.gender or "",
        birth_date=args.birth_date,
        id_number=args.citizen_id,
        phone=args.phone,
        chapter_id=chapter_id,
        is_member=not args.youth,
        member_since=args.member_since,
        is_party_member=args.party_member,
        status=args.status,
        classifications=_classifications(args.classification),
    )
    for name in roster_cases.TEXT_FIELDS:
        setattr(data, name, getattr(args, name))
    return data


def problem_sentences(messages: dict[str, str], options: dict[str, str]) -> str:
    """``--birth-date: Type the date as …`` for each problem, in one line."""
    return " ".join(
        f"{options.get(name, '--' + name.replace('_', '-'))}: {message}"
        for name, message in messages.items()
    )


def _youth_problems(data: roster_cases.PersonInput) -> dict[str, str]:
    if data.is_member:
        return {}
    message = translate(
        "CLI",
        "A youth (--youth) has no admission details: leave this option out, or add the person "
        "as a member.",
    )
    return {name: message for name in MEMBER_ONLY_FIELDS if getattr(data, name).strip()}


def run_roster_add(context: Context, args) -> int:
    context.unit()
    with context.database(write=True).session() as session:
        chapter = active_chapter(context, session, args.chapter)
        data = person_input(args, chapter.id)
        problems = roster_cases.validate_person(session, data)
        errors = {**_youth_problems(data), **problems.errors}
        if "classifications" in errors and any(not c.scale for c in data.classifications):
            errors["classifications"] += " " + translate(
                "CLI", "The results are: {results}."
            ).format(results=_result_codes())
        if errors:
            raise CliError(problem_sentences(errors, PERSON_OPTIONS), 2)
        duplicates = [problems.warnings[f] for f in DUPLICATE_FIELDS if f in problems.warnings]
        if duplicates and not args.allow_duplicate:
            raise CliError(
                " ".join(duplicates)
                + " "
                + translate(
                    "CLI",
                    "Nothing was added; if this is another person, add --allow-duplicate.",
                )
            )
        try:
            person_id = roster_cases.save_person(session, data)
        except ValidationError as error:  # the data changed between the check and the save
            raise CliError(problem_sentences(error.problems.errors, PERSON_OPTIONS), 2) from error
        row = next(
            r
            for r in roster_cases.list_people(
                session, roster_cases.PeopleFilter(chapter_id=chapter.id)
            )
            if r.id == person_id
        )
    _report_added(args, row, problems)
    return 0


def _report_added(args, row: roster_cases.PersonRow, problems: Problems) -> None:
    if args.format == "json":
        print_json({**person_json(row), "warnings": list(problems.warnings.values())})
        return
    for message in problems.warnings.values():
        print(translate("CLI", "warning: {problem}").format(problem=message), file=sys.stderr)
    what = (
        translate("CLI", "Added the member {name} to {chapter} (id {id}).")
        if row.is_member
        else translate("CLI", "Added the youth {name} to {chapter} (id {id}).")
    )
    print(what.format(name=row.full_name, chapter=row.chapter, id=row.id))
