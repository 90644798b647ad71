"""What every command shares: opening the data dir, errors, output formats."""

from __future__ import annotations

import argparse
import csv
import json
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from doan_desktop.core.messages import translate
from doan_desktop.core.store.db import Database, DatabaseError, open_database
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

    def lock_for_writing(self) -> None:
        """Commands that write hold the data folder's lock: refused while the window is open."""
        if self._lock is None:
            try:
                self.data_dir.ensure()
                self._lock = DataDirLock(self.data_dir.root, "cli").acquire()
            except AlreadyLocked as error:
                raise CliError(str(error)) from error
            except OSError as error:
                raise CliError(
                    translate("CLI", "Cannot use the data folder {path}: {detail}").format(
                        path=self.data_dir.root, detail=error.strerror or error
                    )
                ) from error

    def database(self, create: bool = False, write: bool = False) -> Database:
        if create or write:
            self.lock_for_writing()
        if self._database is None:
            if not create and not self.data_dir.database.exists():
                raise CliError(
                    translate(
                        "CLI",
                        "No data in {path}. Run 'doan-desktop init' first, or check --data-dir.",
                    ).format(path=self.data_dir.root)
                )
            try:
                self.data_dir.ensure()
                self._database = open_database(self.data_dir.database, self.data_dir.backups)
            except DatabaseError as error:
                raise CliError(str(error)) from error
            except OSError as error:
                raise CliError(
                    translate("CLI", "Cannot use the data folder {path}: {detail}").format(
                        path=self.data_dir.root, detail=error.strerror or error
                    )
                ) from error
        return self._database

    def unit(self) -> UnitInfo:
        with self.database().session() as session:
            unit = get_unit(session)
        if unit is None:
            raise CliError(
                translate("CLI", "This data folder has no unit yet. Run 'doan-desktop init' first.")
            )
        return unit

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
        if self._lock is not None:
            self._lock.release()


def print_json(value) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_csv(headers: Sequence[str], rows: Sequence[Sequence]) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows(rows)


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(c) else 1 for c in text)


def print_table(headers: Sequence[str], rows: Sequence[Sequence]) -> None:
    """Plain aligned columns for a terminal."""
    cells = [[str(h) for h in headers]] + [
        ["" if c is None else str(c) for c in row] for row in rows
    ]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(headers))]
    for index, row in enumerate(cells):
        line = "  ".join(cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(row))
        print(line.rstrip())
        if index == 0:
            print("  ".join("-" * w for w in widths))


def add_format_option(parser: argparse.ArgumentParser, choices: Sequence[str]) -> None:
    parser.add_argument("--format", choices=choices, default=choices[0], help="output format")


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
