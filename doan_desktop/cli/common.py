"""What every command shares: opening the data dir, errors, output formats."""

from __future__ import annotations

import argparse
import csv
import json
import os
import shlex
import subprocess
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from doan_desktop.core import chapters
from doan_desktop.core.messages import translate
from doan_desktop.core.store import contents, recovery, write_errors
from doan_desktop.core.store.db import Database, DatabaseDamaged, DatabaseError, open_database
from doan_desktop.core.store.lock import AlreadyLocked, DataDirLock
from doan_desktop.core.unit import UnitInfo, get_unit
from doan_desktop.paths import DataDir, resolve_data_dir


class CliError(Exception):
    """One clear line for stderr, and the exit code."""

    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code


class Context:
    """The data dir and database of one command run, opened on first use."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.data_dir = DataDir(resolve_data_dir(args.data_dir))
        self._database: Database | None = None
        self._lock: DataDirLock | None = None
        self.data_dir.make_private()  # an existing folder only: reading never creates one

    def lock_for_writing(self) -> None:
        """Commands that write hold the data folder's lock: refused while the window is open."""
        if self._lock is None:
            try:
                self.data_dir.ensure()
                self._lock = DataDirLock(self.data_dir.root, "cli").acquire()
            except AlreadyLocked as error:
                raise CliError(str(error)) from error
            except OSError as error:
                raise CliError(self._folder_error(error)) from error
            # Holding the lock, no other write is in progress here: what is half-written is
            # left from a crash or a full disk.
            self.data_dir.remove_partials()
            self.data_dir.make_private()  # the lock file of a folder made just now, too

    def folder_state(self, check: str = contents.NO_CHECK) -> recovery.FolderState:
        return recovery.assess(self.data_dir.database, self.data_dir.backups, check)

    def database(
        self, create: bool = False, write: bool = False, new_office: bool | None = None
    ) -> Database:
        """The database, opened; refused (naming the backup to restore) when the data is lost.

        ``create`` commands (init, demo) may build a new database in a folder that never had
        data; ``new_office=True`` (init --new-office) lets init do so where the data was lost,
        deliberately, and ``False`` names that option in the refusal (None: no such option).
        """
        if create or write:
            self.lock_for_writing()
        if self._database is None:
            state = self.folder_state()
            if state.kind == recovery.LOST:
                if not (create and new_office):
                    offer = create and new_office is False
                    raise CliError(self.lost_message(state, offer_new_office=offer))
                recovery.set_aside_for_new_office(self.data_dir.database)
            elif not create and state.problem is not None and state.problem.kind in _NO_DATA:
                raise CliError(self._no_data())
            try:
                self.data_dir.ensure()
                self._database = open_database(self.data_dir.database, self.data_dir.backups)
            except DatabaseDamaged as error:
                state = self.folder_state(contents.QUICK)
                if state.kind == recovery.LOST:
                    raise CliError(self.lost_message(state)) from error
                raise CliError(str(error)) from error
            except DatabaseError as error:
                raise CliError(str(error)) from error
            except OSError as error:
                raise CliError(self._folder_error(error)) from error
        return self._database

    def _no_data(self) -> str:
        return translate(
            "CLI", "No data in {path}. Run 'doan-desktop init' first, or check --data-dir."
        ).format(path=self.data_dir.root)

    def _folder_error(self, error: OSError) -> str:
        return write_errors.describe(error, self.data_dir.root) or translate(
            "CLI", "Cannot use the data folder {path}: {detail}"
        ).format(path=self.data_dir.root, detail=error.strerror or error)

    def existing_database(self) -> Path:
        """The database file for commands that read it as a file (backup create): refused when
        the data is lost or there is none, as opening it would be."""
        state = self.folder_state()
        if state.kind == recovery.LOST:
            raise CliError(self.lost_message(state))
        if state.problem is not None and state.problem.kind in _NO_DATA:
            raise CliError(self._no_data())
        if state.problem is not None and state.problem.kind == contents.NO_UNIT:
            raise CliError(no_unit_message())
        return self.data_dir.database

    def lost_message(self, state: recovery.FolderState, offer_new_office: bool = False) -> str:
        """The problem, then one sentence naming the backup to restore and the command."""
        text = state.problem_sentence()
        if offer_new_office:
            text += " " + translate(
                "CLI", "To start a new office in this folder anyway, add --new-office."
            )
        return text + " " + self.offer_sentence(state)

    def offer_sentence(self, state: recovery.FolderState) -> str:
        offer = state.newest_good_backup()
        if offer is None:
            return translate(
                "CLI",
                "No good backup was found in {folder}; restore a copy kept elsewhere with: "
                "{command}",
            ).format(
                folder=state.backups_dir,
                command=self.command("backup", "restore", translate("CLI", "FILE")),
            )
        return translate(
            "CLI",
            "The newest good backup is {name} of {time} ({summary}); restore it with: {command}",
        ).format(
            name=offer.path.name,
            time=offer.made_at.strftime("%d/%m/%Y %H:%M"),
            summary=offer_summary(offer),
            command=self.command("backup", "restore", offer.path.name),
        )

    def command(self, *words: str) -> str:
        """A command line the clerk can paste, naming this data folder."""
        argv = ["doan-desktop", "--data-dir", str(self.data_dir.root), *words]
        return subprocess.list2cmdline(argv) if os.name == "nt" else shlex.join(argv)

    def unit(self) -> UnitInfo:
        with self.database().session() as session:
            unit = get_unit(session)
        if unit is None:
            raise CliError(no_unit_message())
        return unit

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
        if self._lock is not None:
            self._lock.release()


# A database that holds nothing: commands other than init and demo do not build one there.
_NO_DATA = {contents.MISSING, contents.EMPTY}


def no_unit_message() -> str:
    return translate("CLI", "This data folder has no unit yet. Run 'doan-desktop init' first.")


def offer_summary(offer: recovery.Offer) -> str:
    """'Hòa Phú, 120 people, last change 24/11/2026 17:29': what a backup holds."""
    held = offer.contents
    if held.last_change is None:
        return translate("CLI", "{unit}, {people} people").format(
            unit=held.unit_name, people=held.people
        )
    return translate("CLI", "{unit}, {people} people, last change {time}").format(
        unit=held.unit_name, people=held.people, time=held.last_change.strftime("%d/%m/%Y %H:%M")
    )


def print_json(value) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_csv(headers: Sequence[str], rows: Sequence[Sequence]) -> None:
    """A CSV on stdout; a text that looks like a formula is written behind a quote, so that a
    spreadsheet opening the output never runs it (exchange/cells.py)."""
    from doan_desktop.exchange.cells import csv_row

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(csv_row(headers))
    writer.writerows(csv_row(row) for row in rows)


def _width(text: str) -> int:
    if text.isascii():  # no combining mark: most cells but names and places
        return len(text)
    return sum(0 if unicodedata.combining(c) else 1 for c in text)


def print_table(headers: Sequence[str], rows: Sequence[Sequence]) -> None:
    """Plain aligned columns for a terminal."""
    cells = [[str(h) for h in headers]] + [
        ["" if c is None else str(c) for c in row] for row in rows
    ]
    sizes = [[_width(cell) for cell in row] for row in cells]  # once a cell: 20,000 rows
    widths = [max(row[i] for row in sizes) for i in range(len(headers))]
    for index, (row, size) in enumerate(zip(cells, sizes, strict=True)):
        line = "  ".join(cell + " " * (widths[i] - size[i]) for i, cell in enumerate(row))
        print(line.rstrip())
        if index == 0:
            print("  ".join("-" * w for w in widths))


def add_format_option(parser: argparse.ArgumentParser, choices: Sequence[str]) -> None:
    parser.add_argument(
        "--format",
        choices=choices,
        default=choices[0],
        help=translate("CLI", "output format (default: {format})").format(format=choices[0]),
    )


def active_chapter(context: Context, session, name: str, option: str = "--chapter"):
    """The chapter named ``name`` for a new record: as the forms offer, an active one."""
    try:
        chapter = chapters.find_chapter(session, name)
    except chapters.UnknownChapter as error:
        listing = translate("CLI", "The chapters are listed by: {command}").format(
            command=context.command("chapters", "list")
        )
        raise CliError(f"{option}: {error} {listing}", 2) from error
    if not chapter.active:
        raise CliError(
            translate(
                "CLI", "{option}: {name} is no longer active; choose an active chapter."
            ).format(option=option, name=chapter.name),
            2,
        )
    return chapter


def existing_file(value: str) -> Path:
    path = Path(value)
    if not path.is_file():
        raise argparse.ArgumentTypeError(
            translate("CLI", "no such file: {path}").format(path=value)
        )
    return path


class Parser(argparse.ArgumentParser):
    """argparse that reports a bad call in one line (and where to find help), exit code 2."""

    def error(self, message: str):
        hint = translate("CLI", "see '{prog} --help'").format(prog=self.prog)
        self.exit(2, f"{self.prog}: {message} ({hint})\n")
