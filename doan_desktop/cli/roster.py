"""``chapters list|add`` and ``roster list``."""

from __future__ import annotations

from doan_desktop.cli.common import (
    CliError,
    Context,
    add_format_option,
    print_csv,
    print_json,
    print_table,
)
from doan_desktop.core import chapters as chapter_cases
from doan_desktop.core import roster as roster_cases
from doan_desktop.core.dates import display
from doan_desktop.core.messages import translate
from doan_desktop.core.validation import ValidationError
from doan_desktop.core.vocab import CHAPTER_KINDS, chapter_kind_labels, gender_labels, status_labels


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
    add.add_argument("name", metavar="NAME")
    add.add_argument("--kind", required=True, choices=CHAPTER_KINDS)
    add.set_defaults(handler=run_chapters_add)

    roster = commands.add_parser("roster", help=translate("CLI", "the roster of people"))
    actions = roster.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(roster)
    )
    listing = actions.add_parser("list", help=translate("CLI", "list people in roster order"))
    listing.add_argument("--chapter", metavar="NAME")
    listing.add_argument("--search", metavar="TEXT", default="")
    add_format_option(listing, ("table", "json", "csv"))
    listing.set_defaults(handler=run_roster_list)
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
