"""``roster import|export``, ``backup create|list|restore`` and ``check``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from doan_desktop.cli.common import CliError, Context, add_format_option, print_json, print_table
from doan_desktop.core import chapters as chapter_cases
from doan_desktop.core.messages import translate
from doan_desktop.core.store import backups, contents, recovery
from doan_desktop.exchange.encodings import ENCODINGS
from doan_desktop.exchange.files import FileWriteError

if TYPE_CHECKING:
    from doan_desktop.exchange.roster_import import ImportResult


def register_roster_actions(actions) -> None:
    """``roster import`` and ``roster export``, added to the ``roster`` command's actions."""
    importing = actions.add_parser(
        "import", help=translate("CLI", "import people from an .xlsx or .csv file")
    )
    importing.add_argument(
        "file", metavar="FILE", type=Path, help=translate("CLI", "the .xlsx or .csv file to read")
    )
    importing.add_argument(
        "--chapter", metavar="NAME", help=translate("CLI", "put every row in this chapter")
    )
    importing.add_argument(
        "--create-chapters",
        action="store_true",
        help=translate("CLI", "create the chapters the file names that do not exist yet"),
    )
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("CLI", "show what would be imported; write nothing"),
    )
    importing.add_argument(
        "--errors",
        metavar="OUT.xlsx",
        type=Path,
        help=translate(
            "CLI",
            "write the rows that were not imported (with the reason) and those imported with a "
            "warning to this workbook",
        ),
    )
    importing.add_argument(
        "--encoding",
        choices=ENCODINGS,
        default="auto",
        help=translate(
            "CLI",
            "the encoding of a CSV file (auto: a byte-order mark, else UTF-8 if valid, "
            "else Windows-1258)",
        ),
    )
    add_format_option(importing, ("text", "json"))
    importing.set_defaults(handler=run_roster_import)

    exporting = actions.add_parser(
        "export", help=translate("CLI", "write the member list to .xlsx or .csv")
    )
    exporting.add_argument(
        "file",
        metavar="FILE",
        type=Path,
        help=translate("CLI", "the file to write, ending in .xlsx or .csv"),
    )
    exporting.add_argument(
        "--chapter", metavar="NAME", help=translate("CLI", "only the people of this chapter")
    )
    exporting.set_defaults(handler=run_roster_export)


def register(commands) -> None:
    backup = commands.add_parser("backup", help=translate("CLI", "make, list or restore backups"))
    actions = backup.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(backup)
    )
    create = actions.add_parser("create", help=translate("CLI", "back up the database now"))
    create.set_defaults(handler=run_backup_create)
    listing = actions.add_parser("list", help=translate("CLI", "list the backups, newest first"))
    add_format_option(listing, ("table", "json"))
    listing.set_defaults(handler=run_backup_list)
    restore = actions.add_parser(
        "restore",
        help=translate(
            "CLI", "put a backup in place of the database (the present state is backed up first)"
        ),
    )
    restore.add_argument(
        "file",
        metavar="FILE",
        help=translate("CLI", "a backup file, or its name in the backups folder"),
    )
    restore.set_defaults(handler=run_backup_restore)

    check = commands.add_parser(
        "check", help=translate("CLI", "check the database (integrity and references)")
    )
    add_format_option(check, ("text", "json"))
    check.set_defaults(handler=run_check)


# ----------------------------------------------------------------------------- roster


def _print_result(result: ImportResult, args) -> None:
    if args.format == "json":
        print_json(result.as_json())
        return
    counts = {
        "count": result.people,
        "imported": result.imported,
        "updated": result.updated,
        "unchanged": result.unchanged,
        "errors": len({(e.sheet, e.row) for e in result.errors}),
        "duplicates": len(result.duplicates),
    }
    if result.dry_run:
        print(
            translate(
                "CLI",
                "Would import {count} people ({imported} new, {updated} updated); {unchanged} "
                "unchanged; {errors} rows with errors, {duplicates} repeated rows. Nothing was "
                "written.",
            ).format(**counts)
        )
    else:
        print(
            translate(
                "CLI",
                "Imported {count} people ({imported} new, {updated} updated); {unchanged} "
                "unchanged; {errors} rows with errors, {duplicates} repeated rows.",
            ).format(**counts)
        )
    if result.created_chapters:
        names = ", ".join(result.created_chapters)
        if result.dry_run:
            print(translate("CLI", "Would create chapters: {names}").format(names=names))
        else:
            print(translate("CLI", "Chapters created: {names}").format(names=names))
    if result.offices_added or result.offices_ended:
        offices = {"added": result.offices_added, "ended": result.offices_ended}
        if result.dry_run:
            text = translate("CLI", "Would record {added} offices and end {ended} terms.")
        else:
            text = translate("CLI", "Offices recorded: {added}; terms ended: {ended}.")
        print(text.format(**offices))
    if result.formula_like:
        print(
            translate(
                "CLI",
                "{n} cells begin like a formula (=, +, -, @ or a tab); they are taken as plain "
                "text, and exports write them so that Excel and Calc never run them:",
            ).format(n=len(result.formula_like))
        )
        for cell in result.formula_like:
            print(
                translate("CLI", "  sheet {sheet}, row {row}, column {column}: {text}").format(
                    sheet=cell.sheet, row=cell.row, column=cell.column, text=cell.text.strip()
                )
            )
    for error in result.errors:
        print(
            translate("CLI", "  sheet {sheet}, row {row}, column {column}: {message}").format(
                sheet=error.sheet, row=error.row, column=error.column or "-", message=error.message
            )
        )
    for duplicate in result.duplicates:
        print(
            translate(
                "CLI", "  sheet {sheet}, row {row}: repeats row {first_row} of sheet {first_sheet}"
            ).format(
                sheet=duplicate.sheet,
                row=duplicate.row,
                first_row=duplicate.first_row,
                first_sheet=duplicate.first_sheet,
            )
        )
    for warning in result.warnings:
        print(
            translate("CLI", "  note: sheet {sheet}, row {row}, column {column}: {message}").format(
                sheet=warning.sheet,
                row=warning.row,
                column=warning.column or "-",
                message=warning.message,
            )
        )


def _encoding_line(book) -> str:
    separators = {
        ",": translate("CLI", "commas"),
        ";": translate("CLI", "semicolons"),
        "\t": translate("CLI", "tabs"),
    }
    if book.encoding_detected:
        text = translate("CLI", "Read as {encoding} (detected), columns separated by {separator}.")
    else:
        text = translate("CLI", "Read as {encoding}, columns separated by {separator}.")
    return text.format(
        encoding=book.encoding, separator=separators.get(book.delimiter, book.delimiter)
    )


def run_roster_import(context: Context, args) -> int:
    # Imported here: openpyxl alone takes longer to import than most commands take to run.
    from doan_desktop.exchange.roster_import import (
        ImportOptions,
        plan_import,
        run_import,
        summary_of,
        write_error_workbook,
    )
    from doan_desktop.exchange.roster_xlsx import UnreadableFile, read_book

    if not args.file.is_file():
        raise CliError(translate("CLI", "No such file: {path}").format(path=args.file))
    if not args.dry_run:
        context.lock_for_writing()
    context.unit()
    try:
        book = read_book(args.file, args.encoding)
    except UnreadableFile as error:
        raise CliError(str(error)) from error
    if book.encoding and args.format != "json":
        print(_encoding_line(book))
    options = ImportOptions(chapter=args.chapter, create_chapters=args.create_chapters)
    database = context.database()
    try:
        with database.session() as session:
            plan = plan_import(session, book, options)
    except chapter_cases.UnknownChapter as error:
        raise CliError(
            str(error) + " " + translate("CLI", "Add it first, or add --create-chapters.")
        ) from error
    if args.dry_run:
        result = summary_of(plan, dry_run=True)
    else:
        if plan.to_add or plan.to_update:
            try:
                backups.create_backup(database.path, context.data_dir.backups, "before-import")
            except backups.BackupError as error:
                raise CliError(
                    str(error) + " " + translate("CLI", "Nothing was imported.")
                ) from error
        with database.session() as session:
            result = run_import(session, plan, options)
    if args.errors:
        try:
            written = write_error_workbook(plan, args.errors)
        except FileWriteError as error:
            _print_result(result, args)
            raise CliError(str(error)) from error
        if written and args.format != "json":
            if args.dry_run:
                message = translate(
                    "CLI",
                    "Rows that would not be imported, or would be imported with a warning, were "
                    "written to {path}.",
                )
            else:
                message = translate(
                    "CLI",
                    "Rows not imported, or imported with a warning, were written to {path}.",
                )
            print(message.format(path=written))
    _print_result(result, args)
    if plan.missing_chapters and not args.create_chapters and args.format != "json":
        print(
            translate(
                "CLI", "Missing chapters: {names}. Add them, or add --create-chapters."
            ).format(names=", ".join(plan.missing_chapters))
        )
    return 0


def run_roster_export(context: Context, args) -> int:
    from doan_desktop.exchange.roster_xlsx import (
        export_sheets,
        write_member_list_csv,
        write_member_list_xlsx,
    )

    suffix = args.file.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise CliError(translate("CLI", "The file name must end in .xlsx or .csv."), 2)
    unit = context.unit()
    with context.database().session() as session:
        chapter_id = None
        if args.chapter:
            try:
                chapter_id = chapter_cases.find_chapter(session, args.chapter).id
            except chapter_cases.UnknownChapter as error:
                raise CliError(str(error)) from error
        unit_title, superior_title, sheets = export_sheets(session, chapter_id)
    try:
        if suffix == ".csv":
            write_member_list_csv(args.file, sheets)
        else:
            write_member_list_xlsx(args.file, unit_title, superior_title, sheets)
    except FileWriteError as error:
        raise CliError(str(error)) from error
    count = sum(len(s.people) for s in sheets)
    print(
        translate("CLI", "Wrote {count} people of {unit} to {path}.").format(
            count=count, unit=unit.name, path=args.file
        )
    )
    return 0


# ----------------------------------------------------------------------------- backups


def run_backup_create(context: Context, args) -> int:
    database = context.existing_database()
    try:
        info = backups.create_backup(database, context.data_dir.backups, "manual")
    except backups.BackupError as error:
        raise CliError(str(error)) from error
    print(translate("CLI", "Backup written and verified: {path}").format(path=info.path))
    return 0


def run_backup_list(context: Context, args) -> int:
    items = backups.list_backups(context.data_dir.backups)
    if args.format == "json":
        print_json(
            [
                {
                    "file": i.path.name,
                    "made_at": i.made_at.isoformat(timespec="seconds"),
                    "reason": i.reason,
                    "size": i.size,
                }
                for i in items
            ]
        )
        return 0
    print_table(
        [
            translate("CLI", "Made"),
            translate("CLI", "Why"),
            translate("CLI", "Size"),
            translate("CLI", "File"),
        ],
        [
            [
                i.made_at.strftime("%d/%m/%Y %H:%M:%S"),
                i.reason_label(),
                f"{i.size // 1024} KB",
                i.path.name,
            ]
            for i in items
        ],
    )
    state = context.folder_state()
    if state.kind == recovery.LOST:  # the list is what the clerk needs now: say which one
        print(f"doan-desktop: {context.lost_message(state)}", file=sys.stderr)
    return 0


def _backup_path(context: Context, name: str) -> Path:
    path = Path(name)
    if path.is_file():
        return path
    inside = context.data_dir.backups / name
    if inside.is_file():
        return inside
    raise CliError(
        translate("CLI", "No such backup: {name}. See 'doan-desktop backup list'.").format(
            name=name
        )
    )


def run_backup_restore(context: Context, args) -> int:
    backup = _backup_path(context, args.file)
    context.lock_for_writing()
    try:
        safety = backups.restore_backup(context.data_dir.database, context.data_dir.backups, backup)
    except backups.BackupError as error:
        raise CliError(str(error)) from error
    print(translate("CLI", "Restored {backup}.").format(backup=backup.name))
    if safety:
        print(
            translate("CLI", "The state before the restore was kept as {path}.").format(
                path=safety.path.name
            )
        )
    return 0


def run_check(context: Context, args: argparse.Namespace) -> int:
    """Integrity, references, and whether the office's records are there at all (an empty
    database is not sound); when it is not, the newest good backup and how to restore it."""
    state = context.folder_state()
    database = context.data_dir.database
    problem = state.problem
    if state.kind == recovery.NEW and problem.kind in (contents.MISSING, contents.EMPTY):
        raise CliError(
            translate(
                "CLI", "No data in {path}. Run 'doan-desktop init' first, or check --data-dir."
            ).format(path=context.data_dir.root)
        )
    if problem is not None and problem.kind == contents.UNREADABLE:
        raise CliError(problem.reason)  # a permission or a full disk: not a fault in the data
    if problem is not None and problem.kind == contents.MISSING:
        problems = [problem.reason]
    else:
        problems = backups.check_database(database)
    if args.format == "json":
        print_json(_check_report(state, problems))
        return 1 if problems else 0
    if problems:
        raise CliError(
            translate("CLI", "The database {path} is not sound: {problems}.").format(
                path=database, problems="; ".join(problems[:5])
            )
            + " "
            + context.offer_sentence(state)
        )
    print(translate("CLI", "The database {path} is sound.").format(path=database))
    return 0


def _check_report(state: recovery.FolderState, problems: list[str]) -> dict:
    report: dict = {"ok": not problems, "problems": problems}
    offer = state.newest_good_backup() if problems else None
    if offer is not None:
        held = offer.contents
        report["newest_good_backup"] = {
            "file": offer.path.name,
            "made_at": offer.made_at.isoformat(timespec="seconds"),
            "unit": held.unit_name,
            "people": held.people,
            "last_change": held.last_change.isoformat(timespec="seconds")
            if held.last_change
            else None,
        }
    return report
