"""``trainings list``: the trainings of a year (or all), with participant counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from doan_desktop.cli.common import Context, add_format_option, print_json, print_table
from doan_desktop.cli.meetings import _year
from doan_desktop.core.messages import translate

if TYPE_CHECKING:
    from doan_desktop.core import trainings as training_cases


def register(commands) -> None:
    trainings = commands.add_parser(
        "trainings", help=translate("CLI", "trainings and their participants")
    )
    actions = trainings.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(trainings)
    )
    listing = actions.add_parser("list", help=translate("CLI", "list trainings, most recent first"))
    listing.add_argument("--year", type=_year, metavar="Y", help=translate("CLI", "started in Y"))
    add_format_option(listing, ("table", "json"))
    listing.set_defaults(handler=run_trainings_list)


def training_json(row: training_cases.TrainingRow) -> dict:
    """``participants``: those who took part (attended or completed), or were invited to a
    planned training; ``hours`` a decimal string, never a float."""
    return {
        "id": row.id,
        "title": row.title,
        "kind": row.kind,
        "level": row.level,
        "state": row.state,
        "start_date": row.start_date.isoformat(),
        "end_date": row.end_date.isoformat(),
        "place": row.place,
        "hours": row.hours or None,
        "participants": row.participants,
        "completed": row.completed,
        "absent": row.absent,
        "for_club": row.for_club,
    }


def _dates(row: training_cases.TrainingRow) -> str:
    start = row.start_date.strftime("%d/%m/%Y")
    if row.end_date == row.start_date:
        return start
    return f"{start}–{row.end_date.strftime('%d/%m/%Y')}"


def run_trainings_list(context: Context, args) -> int:
    from doan_desktop.core import trainings as training_cases

    context.unit()
    with context.database().session() as session:
        rows = training_cases.list_trainings(session, training_cases.TrainingFilter(year=args.year))
    if args.format == "json":
        print_json([training_json(r) for r in rows])
        return 0
    kinds, levels = training_cases.kind_labels(), training_cases.level_labels()
    states = training_cases.state_labels()
    headers = [
        translate("CLI", "Dates"),
        translate("CLI", "Title"),
        translate("CLI", "Kind"),
        translate("CLI", "Level"),
        translate("CLI", "Hours"),
        translate("CLI", "Took part"),
        translate("CLI", "Completed"),
        translate("CLI", "State"),
        translate("CLI", "Id"),
    ]
    table = [
        [
            _dates(r),
            r.title,
            kinds.get(r.kind, r.kind),
            levels.get(r.level, r.level),
            r.hours.replace(".", ","),
            r.participants,
            r.completed,
            states.get(r.state, r.state),
            r.id,
        ]
        for r in rows
    ]
    print_table(headers, table)
    return 0
