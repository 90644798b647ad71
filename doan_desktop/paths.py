"""Where the data lives: ``--data-dir`` beats ``DOAN_DATA_DIR`` beats the platform default."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from doan_desktop.core.store import private
from doan_desktop.core.store.backup import is_partial

APP_NAME = "doan-desktop"
DATABASE_NAME = "doan.sqlite3"


def default_data_dir() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False))


def demo_data_dir() -> Path:
    """The sample commune lives apart, so it is never mixed with the office's real records."""
    return default_data_dir().parent / f"{APP_NAME}-demo"


def resolve_data_dir(explicit: str | os.PathLike | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get("DOAN_DATA_DIR")
    if from_env:
        return Path(from_env).expanduser().resolve()
    return default_data_dir()


@dataclass(frozen=True)
class DataDir:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def preferences(self) -> Path:
        return self.root / "preferences.json"

    def ensure(self) -> DataDir:
        private.make_folder(self.root)
        return self

    def make_private(self) -> None:
        """Owner-only on Linux and macOS: the folder and its subfolders 0700, their files 0600.

        Run at every start, so that a folder made by an older version (0755, files 0644) or
        copied in from elsewhere is tightened too. Nothing on Windows (see ``core.store.private``).
        """
        if self.holds_data():
            private.tighten_folder(self.root)

    def holds_data(self) -> bool:
        """Whether the folder holds this program's data (a folder named by mistake with
        --data-dir, a home folder say, is not made private behind the clerk's back)."""
        return (
            self.database.exists()
            or self.backups.is_dir()
            or any(self.root.glob(DATABASE_NAME + ".damaged-*"))
        )

    def remove_partials(self) -> list[Path]:
        """Delete half-written files left by a crash or a full disk (``….partial``).

        Only while holding the data folder's lock: a write in progress belongs to the holder.
        """
        removed = []
        for folder in (self.root, self.backups):
            try:
                names = [p for p in folder.iterdir() if is_partial(p.name) and p.is_file()]
            except OSError:
                continue
            for path in names:
                try:
                    path.unlink()
                except OSError:
                    continue  # removed next time
                removed.append(path)
        return removed
