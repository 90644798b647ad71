"""``trash list`` and ``trash restore KIND ID``: the records moved to the trash, and the way back.

The same use cases as the Trash page (``core.trash``): every kind of record, and the same
refusals (a record whose chapter or person is still in the trash says what to restore first).
"""

from __future__ import annotations

import datetime as dt

from doan_desktop.cli.common import CliError, Context, add_format_option, print_json, print_table
from doan_desktop.core import trash
from doan_desktop.core.messages import translate
from doan_desktop.core.validation import ValidationError


def register(commands) -> None:
    group = commands.add_parser(
        "trash", help=translate("CLI", "records moved to the trash, and restoring them")
    )
    actions = group.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(group)
    )
    listing = actions.add_parser(
        "list", help=translate("CLI", "list what is in the trash, the latest trashed first")
    )
    listing.add_argument(
        "--kind",
        choices=trash.KINDS,
        help=translate("CLI", "only this kind of record"),
    )
    add_format_option(listing, ("table", "json"))
    listing.set_defaults(handler=run_list)

    restoring = actions.add_parser(
        "restore", help=translate("CLI", "bring one record back from the trash")
    )
    restoring.add_argument(
        "kind",
        choices=trash.KINDS,
        metavar="KIND",
        help=translate("CLI", "the kind of record: {kinds}").format(kinds=", ".join(trash.KINDS)),
    )
    restoring.add_argument(
        "id", metavar="ID", help=translate("CLI", "the record's id, as 'trash list' shows it")
    )
    restoring.set_defaults(handler=run_restore)


def _utc(moment: dt.datetime) -> str:
    return moment.replace(microsecond=0).isoformat() + "Z"


def _local(moment: dt.datetime) -> str:
    return moment.replace(tzinfo=dt.UTC).astimezone().strftime("%d/%m/%Y %H:%M")


def item_json(item: trash.TrashItem) -> dict:
    return {
        "kind": item.kind,
        "id": item.id,
        "name": item.name,
        "detail": item.detail,
        "deleted_at": _utc(item.deleted_at),
    }


def run_list(context: Context, args) -> int:
    context.unit()
    with context.database().session() as session:
        items = trash.list_trash(session, args.kind)
    if args.format == "json":
        print_json([item_json(i) for i in items])
        return 0
    if not items:
        print(translate("CLI", "The trash is empty."))
        return 0
    labels = trash.kind_labels()
    headers = [
        translate("CLI", "Kind"),
        translate("CLI", "Name"),
        translate("CLI", "Details"),
        translate("CLI", "Moved to trash"),
        translate("CLI", "Id"),
    ]
    rows = [
        [labels.get(i.kind, i.kind), i.name, i.detail, _local(i.deleted_at), i.id] for i in items
    ]
    print_table(headers, rows)
    return 0


def run_restore(context: Context, args) -> int:
    context.unit()
    try:
        with context.database(write=True).session() as session:
            message = trash.restore(session, args.kind, args.id)
    except ValidationError as error:
        raise CliError(" ".join(error.problems.errors.values())) from error
    except trash.NotInTrash as error:
        raise CliError(str(error)) from error
    print(message)
    return 0
