"""The command line: the same core functions as the GUI, without a window.

``doan-desktop`` alone (or with ``--demo``) starts the GUI; with a command it runs headless.
Each area registers its commands from its own module (``setup``, ``roster`` …).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys

from sqlalchemy.exc import OperationalError

from doan_desktop import __version__
from doan_desktop.cli import argparse_words
from doan_desktop.cli import compliance as compliance_commands
from doan_desktop.cli import exchange as exchange_commands
from doan_desktop.cli import inbox as inbox_commands
from doan_desktop.cli import indicators as indicator_commands
from doan_desktop.cli import keys as keys_commands
from doan_desktop.cli import meetings as meetings_commands
from doan_desktop.cli import minutes as minutes_commands
from doan_desktop.cli import report as report_commands
from doan_desktop.cli import roster as roster_commands
from doan_desktop.cli import setup as setup_commands
from doan_desktop.cli import trainings as training_commands
from doan_desktop.cli import trash as trash_commands
from doan_desktop.cli import works as works_commands
from doan_desktop.cli.common import CliError, Context, Parser
from doan_desktop.core.messages import translate
from doan_desktop.core.store import write_errors
from doan_desktop.core.store.db import WriteRefused

AREAS = (
    setup_commands,
    roster_commands,
    exchange_commands,
    meetings_commands,
    minutes_commands,
    report_commands,
    keys_commands,
    training_commands,
    compliance_commands,
    inbox_commands,
    indicator_commands,
    works_commands,
    trash_commands,
)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="doan-desktop",
        description=translate(
            "CLI", "Records of a commune Youth Union office. Without a command, opens the window."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"doan-desktop {__version__}",
        help=translate("Argparse", "show program's version number and exit"),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate("CLI", "data folder (default: DOAN_DATA_DIR or the user data folder)"),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("CLI", "open the sample commune (kept in its own data folder)"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate("CLI", "open every page once and exit 0, or 1 naming what failed"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for area in AREAS:
        area.register(commands)
    return parser


def _silence_stdout() -> None:
    """Point stdout at devnull so Python's flush at exit does not raise a second time."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def main(argv: list[str]) -> int:
    from doan_desktop import i18n

    i18n.install(i18n.language_from_env())
    with argparse_words.speaking():
        parser = build_parser()
        args = parser.parse_args(argv)
    if args.command is None:
        from doan_desktop.app import run_gui

        return run_gui(args)
    context = Context(args)
    try:
        return args.handler(context, args) or 0
    except CliError as error:
        print(f"doan-desktop: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`roster list | head`): stop quietly, as Unix tools do.
        _silence_stdout()
        return 0
    except (OSError, OperationalError, sqlite3.OperationalError, WriteRefused) as error:
        # Disk full, no permission, the database locked by another program: still one line.
        detail = getattr(error, "orig", None) or error
        where = getattr(error, "filename", None) or context.data_dir.root
        message = write_errors.describe(error, where) or translate(
            "CLI", "The command could not finish: {detail}"
        ).format(detail=detail)
        print(f"doan-desktop: {message}".replace("\n", " "), file=sys.stderr)
        return 1
    finally:
        context.close()
