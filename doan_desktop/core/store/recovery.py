"""Is this data folder in use, never used, or has it lost its data? What can bring it back?

A missing or empty database is a new office only in a folder that never had data: no backups
and no damaged copy set aside. Anywhere else it is lost data, and the window and every command
say so and offer the newest good backup (this program's, sound, with a unit) instead of
setting up an empty office over it. Starting a new office there anyway is the clerk's explicit
choice (``init --new-office``, or the window's confirmed "Start a new office").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from doan_desktop.core.messages import translate
from doan_desktop.core.store import backups, contents
from doan_desktop.core.store.backups import BackupInfo

READY = "ready"  # open it (open_database may still refuse it, with its own reason)
NEW = "new"  # nothing was ever here: set up a new office
LOST = "lost"  # the database is missing, empty or damaged, and the folder had data

# Kinds of unusable database that mean the office's records are not there.
_GONE = {contents.MISSING, contents.EMPTY, contents.NO_UNIT}
_BROKEN = {contents.NOT_SQLITE, contents.FOREIGN, contents.DAMAGED}


@dataclass(frozen=True)
class Offer:
    """A backup that can be restored, with what it holds."""

    path: Path
    made_at: dt.datetime  # local time
    reason_label: str
    contents: contents.Contents


@dataclass
class FolderState:
    kind: str
    database: Path
    backups_dir: Path
    problem: contents.Unusable | None = None  # why the database is not usable
    backups: list[BackupInfo] = field(default_factory=list)
    damaged: list[Path] = field(default_factory=list)
    _offer: Offer | None = field(default=None, repr=False)
    _searched: bool = field(default=False, repr=False)

    def newest_good_backup(self) -> Offer | None:
        """The newest backup that would be restored (checked once, then remembered)."""
        if not self._searched:
            self._offer = newest_good_backup(self.backups)
            self._searched = True
        return self._offer

    def problem_sentence(self) -> str:
        """What is wrong with the database, in one sentence."""
        return problem_sentence(self.database, self.problem, self.damaged)


def assess(database: Path, backups_dir: Path, check: str = contents.NO_CHECK) -> FolderState:
    """The state of the data folder; reads only, never creates or changes a file.

    ``check`` is the check run on a database that looks usable (``contents.NO_CHECK`` by
    default: opening it runs quick_check anyway).
    """
    database, backups_dir = Path(database), Path(backups_dir)
    listed = backups.list_backups(backups_dir)
    damaged = backups.damaged_copies(database)
    try:
        contents.examine(database, check)
    except contents.Unusable as problem:
        if problem.kind in _GONE:
            kind = LOST if listed or damaged else NEW
        elif problem.kind in _BROKEN:
            kind = LOST if listed or damaged else READY
        else:  # newer version, cannot be opened: open_database says why
            kind = READY
        return FolderState(kind, database, backups_dir, problem, listed, damaged)
    return FolderState(READY, database, backups_dir, None, listed, damaged)


def newest_good_backup(listed: list[BackupInfo]) -> Offer | None:
    for info in listed:  # newest first
        try:
            found = contents.examine(info.path, contents.FULL)
        except contents.Unusable:
            continue
        return Offer(info.path, info.made_at, info.reason_label(), found)
    return None


def offer_for(path: Path) -> Offer:
    """The offer of a file the clerk chose (raises ``contents.Unusable`` saying why not)."""
    path = Path(path)
    found = contents.examine(path, contents.FULL)
    listed = backups.info_of(path)
    if listed is not None:
        return Offer(path, listed.made_at, listed.reason_label(), found)
    made = dt.datetime.fromtimestamp(path.stat().st_mtime)
    return Offer(path, made, translate("Backups", "Chosen file"), found)


def problem_sentence(database: Path, problem: contents.Unusable | None, damaged: list[Path]) -> str:
    if problem is None:
        return ""
    if problem.kind == contents.MISSING:
        text = translate("Recovery", "The database {path} is missing.").format(path=database)
    elif problem.kind in (contents.EMPTY, contents.NO_UNIT):
        text = translate("Recovery", "The database {path} has no data: {reason}.").format(
            path=database, reason=problem.reason
        )
    else:
        text = translate("Recovery", "The database {path} cannot be used: {reason}.").format(
            path=database, reason=problem.reason
        )
    if damaged:
        text += " " + translate(
            "Recovery", "A damaged copy was set aside as {name} (nothing was deleted)."
        ).format(name=damaged[-1].name)
    return text


def set_aside_for_new_office(database: Path) -> Path | None:
    """Before a new office is set up: a file that is not ours or is damaged is moved aside.

    A missing file, a zero-byte one, or this program's empty schema is left for open_database
    to build on. Returns where the old file went, if it was moved.
    """
    database = Path(database)
    try:
        contents.examine(database, contents.QUICK)
    except contents.Unusable as problem:
        if problem.kind in _BROKEN:
            return backups.move_aside(database)
    return None
