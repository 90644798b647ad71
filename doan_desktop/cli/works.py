"""``works list`` and ``volunteer list``: youth works and tasks, and volunteer drives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from doan_desktop.cli.common import CliError, Context, add_format_option, print_json, print_table
from doan_desktop.cli.meetings import _year
from doan_desktop.core import chapters as chapter_cases
from doan_desktop.core.messages import translate
from doan_desktop.documents.vietnamese import number

if TYPE_CHECKING:
    from doan_desktop.core import volunteering, works


def register(commands) -> None:
    group = commands.add_parser("works", help=translate("CLI", "youth works and tasks"))
    actions = group.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(group)
    )
    listing = actions.add_parser(
        "list", help=translate("CLI", "list youth works and tasks, the latest started first")
    )
    listing.add_argument(
        "--year", type=_year, metavar="Y", help=translate("CLI", "works under way in this year")
    )
    listing.add_argument(
        "--chapter", metavar="NAME", help=translate("CLI", "works of this chapter")
    )
    add_format_option(listing, ("table", "json"))
    listing.set_defaults(handler=run_works_list)

    group = commands.add_parser("volunteer", help=translate("CLI", "volunteer drives"))
    actions = group.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(group)
    )
    listing = actions.add_parser(
        "list", help=translate("CLI", "list volunteer drives, the latest first")
    )
    listing.add_argument(
        "--year", type=_year, metavar="Y", help=translate("CLI", "drives held in this year")
    )
    add_format_option(listing, ("table", "json"))
    listing.set_defaults(handler=run_volunteer_list)


def _day(value) -> str | None:
    return value.isoformat() if value else None


def work_json(row: works.WorkRow) -> dict:
    return {
        "id": row.id,
        "name": row.name,
        "kind": row.kind,
        "state": row.state,
        "start_date": _day(row.start_date),
        "end_date": _day(row.end_date),
        "chapters": row.chapter_names,
        "chapter_ids": row.chapter_ids,
        "value": row.value,
        "workdays": row.workdays,
        "participant_count": row.participant_count,
        "named_participants": row.named_participants,
        "description": row.description,
    }


def drive_json(row: volunteering.DriveRow) -> dict:
    return {
        "id": row.id,
        "name": row.name,
        "field": row.field,
        "start_date": _day(row.start_date),
        "end_date": _day(row.end_date),
        "chapter": row.chapter_name or None,
        "chapter_id": row.chapter_id,
        "teams": row.teams,
        "volunteers": row.volunteers,
        "participation": row.participation,
        "people_helped": row.people_helped,
        "value": row.value,
        "named_participants": row.named_participants,
        "description": row.description,
    }


def _dates(start, end) -> str:
    first = start.strftime("%d/%m/%Y")
    return f"{first} – {end.strftime('%d/%m/%Y')}" if end else first


def run_works_list(context: Context, args) -> int:
    from doan_desktop.core import works

    context.unit()
    with context.database().session() as session:
        chapter_id = None
        if args.chapter:
            try:
                chapter_id = chapter_cases.find_chapter(session, args.chapter).id
            except chapter_cases.UnknownChapter as error:
                raise CliError(str(error)) from error
        rows = works.list_works(session, year=args.year, chapter_id=chapter_id)
    if args.format == "json":
        print_json([work_json(r) for r in rows])
        return 0
    kinds, states = works.kind_labels(), works.state_labels()
    headers = [
        translate("CLI", "Name"),
        translate("CLI", "Kind"),
        translate("CLI", "Chapters"),
        translate("CLI", "Dates"),
        translate("CLI", "State"),
        translate("CLI", "Value (đ)"),
        translate("CLI", "Workdays"),
        translate("CLI", "Participants"),
    ]
    table = [
        [
            r.name,
            kinds.get(r.kind, r.kind),
            ", ".join(r.chapter_names),
            _dates(r.start_date, r.end_date),
            states.get(r.state, r.state),
            number(r.value),
            number(r.workdays),
            number(r.participant_count),
        ]
        for r in rows
    ]
    print_table(headers, table)
    return 0


def run_volunteer_list(context: Context, args) -> int:
    from doan_desktop.core import volunteering

    context.unit()
    with context.database().session() as session:
        rows = volunteering.list_drives(session, year=args.year)
    if args.format == "json":
        print_json([drive_json(r) for r in rows])
        return 0
    fields = volunteering.field_labels()
    headers = [
        translate("CLI", "Name"),
        translate("CLI", "Field"),
        translate("CLI", "Dates"),
        translate("CLI", "Chapter"),
        translate("CLI", "Volunteers"),
        translate("CLI", "Lượt"),
        translate("CLI", "People helped"),
        translate("CLI", "Value (đ)"),
    ]
    table = [
        [
            r.name,
            fields.get(r.field, r.field),
            _dates(r.start_date, r.end_date),
            r.chapter_name,
            number(r.volunteers),
            number(r.participation),
            number(r.people_helped),
            number(r.value),
        ]
        for r in rows
    ]
    print_table(headers, table)
    return 0
