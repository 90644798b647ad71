"""``minutes pdf|docx MEETING_ID -o FILE``: the minutes of one meeting, as printed by the GUI."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

from doan_desktop.cli.common import CliError, Context
from doan_desktop.core import meetings as meeting_cases
from doan_desktop.core.messages import translate
from doan_desktop.documents.minutes_data import MinutesData
from doan_desktop.documents.output import write_file_atomically


def _builder(document_format: str) -> Callable[[MinutesData], bytes]:
    """The PDF or Word builder, imported only when asked for: reportlab and python-docx
    take longer to import than most commands take to run."""
    if document_format == "pdf":
        from doan_desktop.documents.minutes import build_minutes_pdf

        return build_minutes_pdf
    from doan_desktop.documents.minutes_docx import build_minutes_docx

    return build_minutes_docx


def register(commands) -> None:
    minutes = commands.add_parser(
        "minutes", help=translate("CLI", "the minutes of a meeting as PDF or Word")
    )
    formats = minutes.add_subparsers(
        dest="action", metavar="FORMAT", required=True, parser_class=type(minutes)
    )
    helps = {
        "pdf": translate("CLI", "write the minutes as PDF, exactly as printed"),
        "docx": translate("CLI", "write the minutes as a Word file (.docx) to edit"),
    }
    for name, help_text in helps.items():
        command = formats.add_parser(name, help=help_text)
        command.add_argument(
            "meeting_id",
            metavar="MEETING_ID",
            help=translate("CLI", "the id shown by 'meetings list'"),
        )
        command.add_argument(
            "-o",
            "--output",
            metavar="FILE",
            required=True,
            type=Path,
            help=translate("CLI", "the file to write (replaced if it exists)"),
        )
        command.set_defaults(handler=run_minutes, document_format=name)


def _check_target(path: Path) -> None:
    """Refuse a target that cannot be written before any work is done."""
    folder = path.parent
    if path.is_dir():
        raise CliError(translate("CLI", "Cannot write {path}: it is a folder.").format(path=path))
    if not folder.is_dir():
        raise CliError(
            translate("CLI", "Cannot write {path}: the folder {folder} does not exist.").format(
                path=path, folder=folder
            )
        )


def _write_error(path: Path, error: OSError) -> CliError:
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        detail = translate("CLI", "permission denied")
    elif error.errno == errno.ENOSPC:
        detail = translate("CLI", "the disk is full")
    else:
        detail = error.strerror or str(error)
    return CliError(
        translate("CLI", "Cannot write {path}: {detail}.").format(path=path, detail=detail)
    )


def run_minutes(context: Context, args) -> int:
    target: Path = args.output
    _check_target(target)
    with context.database().session() as session:
        try:
            data = meeting_cases.minutes_data(session, args.meeting_id.strip())
        except LookupError as error:
            raise CliError(str(error.args[0] if error.args else error)) from error
    content = _builder(args.document_format)(data)
    try:
        write_file_atomically(target, content)
    except OSError as error:
        raise _write_error(target, error) from error
    print(translate("CLI", "Wrote the minutes to {path}.").format(path=target))
    return 0
