"""``indicators import|show``: the indicator list a commune reports, as its superior office's
circulars change it."""

from __future__ import annotations

import sys
from pathlib import Path

from doan_desktop.cli.common import CliError, Context, add_format_option, print_json, print_table
from doan_desktop.core.messages import translate
from doan_desktop.core.periods import Period, PeriodError


def register(commands) -> None:
    area = commands.add_parser(
        "indicators", help=translate("CLI", "the indicator list and the superior's circulars")
    )
    actions = area.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(area)
    )
    imported = actions.add_parser(
        "import",
        help=translate(
            "CLI", "import a circular of the superior office: its indicator list and deadlines"
        ),
    )
    imported.add_argument(
        "files",
        metavar="CIRCULAR.zip",
        nargs="+",
        type=Path,
        help=translate("CLI", "the circular files the superior office sent"),
    )
    imported.set_defaults(handler=run_import)

    show = actions.add_parser(
        "show", help=translate("CLI", "the indicators a period's report uses")
    )
    show.add_argument(
        "--period",
        required=True,
        metavar="P",
        help=translate("CLI", "the period: 2026Q4, 2026S1 or 2026"),
    )
    add_format_option(show, ("table", "json"))
    show.set_defaults(handler=run_show)


def run_import(context: Context, args) -> int:
    from doan_desktop.core import circulars, receipt_import

    context.lock_for_writing()
    context.unit()
    database = context.database(write=True)
    refused = 0
    for path in args.files:
        try:
            data = receipt_import.read_file(path)
            result = circulars.import_circular(database, data, file_name=path.name)
        except receipt_import.ReceiptRefused as error:
            refused += 1
            print(
                translate("CLI", "{path}: refused ({code}): {reason}").format(
                    path=path, code=error.code, reason=error
                ),
                file=sys.stderr,
            )
            continue
        for line in result.lines():
            print(f"{path.name}: {line}")
    return 1 if refused else 0


def run_show(context: Context, args) -> int:
    from doan_desktop.core.indicator_lists import deadline_for, list_for_period

    try:
        period = Period.parse(args.period)
    except PeriodError as error:
        raise CliError(
            translate("CLI", "not a period: {text} (write 2026Q4, 2026S1 or 2026)").format(
                text=args.period
            ),
            2,
        ) from error
    context.unit()
    with context.database().session() as session:
        codes = list_for_period(session, period)
        due = deadline_for(session, period)
    if args.format == "json":
        print_json(
            {
                "period": period.code,
                "version": codes.version,
                "deadline": due.isoformat() if due else None,
                "indicators": [
                    {"code": i.code, "label_vi": i.label_vi, "source": i.source, "unit": i.unit}
                    for i in codes.indicators
                ],
            }
        )
        return 0
    print(
        translate("CLI", "Indicator list version {version} for {period}.").format(
            version=codes.version, period=period.code
        )
    )
    if due:
        print(
            translate("CLI", "The report for {period} is due on {date}.").format(
                period=period.code, date=due.strftime("%d/%m/%Y")
            )
        )
    print_table(
        [translate("CLI", "Code"), translate("CLI", "Indicator"), translate("CLI", "Unit")],
        [(i.code, i.label_vi, i.unit) for i in codes.indicators],
    )
    return 0
