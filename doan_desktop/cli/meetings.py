"""``meetings list``: the meetings held, with attendance counts and their state."""

from __future__ import annotations

import argparse

from doan_desktop.cli.common import CliError, Context, add_format_option, print_json, print_table
from doan_desktop.core import chapters as chapter_cases
from doan_desktop.core import meetings as meeting_cases
from doan_desktop.core.meeting_kinds import JOINT, MEETING_KINDS, meeting_kind_labels, state_labels
from doan_desktop.core.messages import translate


def _year(value: str) -> int:
    try:
        year = int(value)
    except ValueError:
        year = 0
    if not 1900 <= year <= 2100:
        raise argparse.ArgumentTypeError(
            translate("CLI", "not a year: {value} (use four digits, e.g. 2026)").format(value=value)
        )
    return year


def register(commands) -> None:
    meetings = commands.add_parser("meetings", help=translate("CLI", "meetings and their minutes"))
    actions = meetings.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(meetings)
    )
    listing = actions.add_parser("list", help=translate("CLI", "list meetings, most recent first"))
    listing.add_argument(
        "--chapter",
        metavar="NAME",
        help=translate("CLI", "meetings of this chapter, and joint meetings it took part in"),
    )
    listing.add_argument("--kind", choices=MEETING_KINDS)
    listing.add_argument("--year", type=_year, metavar="Y")
    add_format_option(listing, ("table", "json"))
    listing.set_defaults(handler=run_meetings_list)


def meeting_json(row: meeting_cases.MeetingRow) -> dict:
    joint = row.kind == JOINT
    return {
        "id": row.id,
        "kind": row.kind,
        "date": row.date.isoformat(),
        "month": row.month,
        "chapter": (row.chapter or None) if not joint else None,
        "host_chapter": (row.chapter or None) if joint else None,
        "participating_chapters": row.participants,
        "theme": row.theme,
        "place": row.place,
        "chair": row.chair or None,
        "secretary": row.secretary or None,
        "expected": row.expected,
        "present": row.present,
        "guests": row.guests,
        "state": row.state,
    }


def run_meetings_list(context: Context, args) -> int:
    context.unit()
    with context.database().session() as session:
        chapter_id = None
        if args.chapter:
            try:
                chapter_id = chapter_cases.find_chapter(session, args.chapter).id
            except chapter_cases.UnknownChapter as error:
                raise CliError(str(error)) from error
        rows = meeting_cases.list_meetings(
            session, chapter_id=chapter_id, kind=args.kind, year=args.year
        )
    if args.format == "json":
        print_json([meeting_json(r) for r in rows])
        return 0
    kinds, states = meeting_kind_labels(), state_labels()
    headers = [
        translate("CLI", "Date"),
        translate("CLI", "Kind"),
        translate("CLI", "Chapter"),
        translate("CLI", "Present"),
        translate("CLI", "State"),
        translate("CLI", "Id"),
    ]
    table = [
        [
            r.date.strftime("%d/%m/%Y"),
            kinds.get(r.kind, r.kind),
            r.chapter,
            f"{r.present}/{r.expected}",
            states.get(r.state, r.state),
            r.id,
        ]
        for r in rows
    ]
    print_table(headers, table)
    return 0
